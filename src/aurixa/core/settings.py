"""Typed configuration, read from the environment and `.env`.

Every setting is documented in the README and `.env.example`. Code reads
settings only through `get_settings()`, which tests and split mode override.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from aurixa.core.embeddings import DEFAULT_MODEL
from aurixa.core.errors import ConfigurationError

SERVICES: tuple[str, ...] = (
    "gateway",
    "orchestration",
    "llm_router",
    "agent",
    "rag",
    "safety",
    "voice",
    "execution",
    "observability",
)

SERVICE_PORTS: dict[str, int] = {
    "gateway": 3000,
    "orchestration": 8001,
    "llm_router": 8002,
    "agent": 8003,
    "rag": 8004,
    "safety": 8005,
    "voice": 8006,
    "execution": 8007,
    "observability": 8008,
}

DEFAULT_SECRET = "dev-insecure-change-me"  # noqa: S105 - refused outside development


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    env: Literal["development", "test", "production"] = Field(
        "development", validation_alias=_env("AURIXA_ENV")
    )
    data_dir: Path = Field(Path("data"), validation_alias=_env("AURIXA_DATA_DIR_PATH"))
    database_url: str = Field("", validation_alias=_env("DATABASE_URL"))
    redis_url: str | None = Field(None, validation_alias=_env("REDIS_URL"))
    secret_key: str = Field(DEFAULT_SECRET, validation_alias=_env("SECRET_KEY"))
    log_level: str = Field("INFO", validation_alias=_env("LOG_LEVEL"))
    log_format: Literal["json", "console"] = Field("json", validation_alias=_env("LOG_FORMAT"))

    host: str = Field("127.0.0.1", validation_alias=_env("AURIXA_HOST"))
    port: int = Field(3000, validation_alias=_env("AURIXA_PORT"))

    gateway_url: str | None = Field(None, validation_alias=_env("AURIXA_GATEWAY_URL"))
    orchestration_url: str | None = Field(None, validation_alias=_env("AURIXA_ORCHESTRATION_URL"))
    llm_router_url: str | None = Field(None, validation_alias=_env("AURIXA_LLM_ROUTER_URL"))
    agent_url: str | None = Field(None, validation_alias=_env("AURIXA_AGENT_URL"))
    rag_url: str | None = Field(None, validation_alias=_env("AURIXA_RAG_URL"))
    safety_url: str | None = Field(None, validation_alias=_env("AURIXA_SAFETY_URL"))
    voice_url: str | None = Field(None, validation_alias=_env("AURIXA_VOICE_URL"))
    execution_url: str | None = Field(None, validation_alias=_env("AURIXA_EXECUTION_URL"))
    observability_url: str | None = Field(None, validation_alias=_env("AURIXA_OBSERVABILITY_URL"))
    service_timeout_seconds: float = Field(30.0, validation_alias=_env("AURIXA_SERVICE_TIMEOUT"))

    cors_origins: list[str] = Field(
        default_factory=lambda: ["http://127.0.0.1:3000", "http://localhost:3000"],
        validation_alias=_env("AURIXA_CORS_ORIGINS"),
    )
    max_body_bytes: int = Field(2_000_000, validation_alias=_env("AURIXA_MAX_BODY_BYTES"))
    rate_limit_per_minute: int = Field(200, validation_alias=_env("AURIXA_RATE_LIMIT"))
    metrics_public: bool = Field(True, validation_alias=_env("AURIXA_METRICS_PUBLIC"))
    session_ttl_seconds: int = Field(8 * 3600, validation_alias=_env("AURIXA_SESSION_TTL"))
    embedding_model: str = Field(DEFAULT_MODEL, validation_alias=_env("AURIXA_EMBEDDING_MODEL"))
    # Only with REDIS_URL: processes share recent message vectors (core/shared_vectors.py).
    shared_vectors: bool = Field(True, validation_alias=_env("AURIXA_SHARED_VECTORS"))
    # Knowledge change log compaction (rag/compaction.py) keeps whichever is more: the
    # newest this many versions of a tenant, or every change younger than this.
    change_log_keep_versions: int = Field(
        1_000, ge=0, validation_alias=_env("AURIXA_CHANGE_LOG_KEEP_VERSIONS")
    )
    change_log_keep_seconds: int = Field(
        24 * 3600, ge=0, validation_alias=_env("AURIXA_CHANGE_LOG_KEEP_SECONDS")
    )

    openai_api_key: str | None = Field(None, validation_alias=_env("OPENAI_API_KEY"))
    anthropic_api_key: str | None = Field(None, validation_alias=_env("ANTHROPIC_API_KEY"))
    gemini_api_key: str | None = Field(
        None, validation_alias=_env("GEMINI_API_KEY", "GOOGLE_API_KEY")
    )
    openai_compatible_base_url: str | None = Field(
        None, validation_alias=_env("OPENAI_COMPATIBLE_BASE_URL")
    )
    openai_compatible_api_key: str | None = Field(
        None, validation_alias=_env("OPENAI_COMPATIBLE_API_KEY")
    )
    model_catalogue_path: Path | None = Field(None, validation_alias=_env("AURIXA_MODEL_CATALOGUE"))

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str) and not value.startswith("["):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @model_validator(mode="after")
    def _check(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite+aiosqlite:///{self.data_dir / 'aurixa.db'}"
        try:
            url = make_url(self.database_url)
        except ArgumentError as exc:
            raise ConfigurationError(f"DATABASE_URL is not a valid database URL: {exc}") from exc
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise ConfigurationError("DATABASE_URL must be a sqlite or postgresql URL")
        if url.get_backend_name() == "postgresql" and url.drivername != "postgresql+asyncpg":
            self.database_url = url.set(drivername="postgresql+asyncpg").render_as_string(
                hide_password=False
            )
        if url.get_backend_name() == "sqlite" and url.drivername != "sqlite+aiosqlite":
            self.database_url = url.set(drivername="sqlite+aiosqlite").render_as_string()
        if self.redis_url is not None and not self.redis_url.strip():
            self.redis_url = None
        if self.redis_url and not self.redis_url.startswith(("redis://", "rediss://", "unix://")):
            raise ConfigurationError("REDIS_URL must start with redis://, rediss:// or unix://")
        if self.env == "production" and self.secret_key == DEFAULT_SECRET:
            raise ConfigurationError("SECRET_KEY must be set in production (the default is public)")
        if self.env == "production" and len(self.secret_key) < 32:
            raise ConfigurationError("SECRET_KEY must be at least 32 characters in production")
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def service_url(self, service: str) -> str | None:
        url: str | None = getattr(self, f"{service}_url")
        return url.rstrip("/") if url else None


@lru_cache
def get_settings() -> Settings:
    return Settings()
