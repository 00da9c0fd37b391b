"""Secrets: password hashing (argon2), API key generation and hashing, and
signed tokens for sessions and service-to-service identity."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeTimedSerializer

_hasher = PasswordHasher()

KEY_PREFIX = "ak"


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class NewApiKey:
    key: str  # shown once, never stored
    prefix: str
    key_hash: str


def generate_api_key() -> NewApiKey:
    """`ak_<prefix>_<secret>`: the prefix identifies the key in lists and logs."""
    prefix = f"{KEY_PREFIX}_{secrets.token_hex(6)}"
    key = f"{prefix}_{secrets.token_urlsafe(32)}"
    return NewApiKey(key=key, prefix=prefix, key_hash=hash_api_key(key))


def hash_api_key(key: str) -> str:
    # Keys carry 256 bits of randomness, so a fast hash is enough (unlike passwords)
    # and keeps authentication cheap on every request.
    return hashlib.sha256(key.encode()).hexdigest()


def api_key_prefix(key: str) -> str | None:
    parts = key.split("_")
    if len(parts) < 3 or parts[0] != KEY_PREFIX:
        return None
    return f"{parts[0]}_{parts[1]}"


def api_key_matches(key: str, key_hash: str) -> bool:
    return hmac.compare_digest(hash_api_key(key), key_hash)


class Signer:
    """Signs small JSON payloads with SECRET_KEY (sessions, internal identity)."""

    def __init__(self, secret_key: str, salt: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret_key, salt=salt)

    def sign(self, payload: dict[str, Any]) -> str:
        return self._serializer.dumps(payload)

    def unsign(self, token: str, *, max_age: int) -> dict[str, Any] | None:
        try:
            value = self._serializer.loads(token, max_age=max_age)
        except BadSignature:
            return None
        return value if isinstance(value, dict) else None
