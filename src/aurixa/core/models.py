"""Imports every service's models so `Base.metadata` knows every table
(Alembic autogenerate and test set-up read it from here)."""

from aurixa.core.db import Base
from aurixa.execution import models as execution_models
from aurixa.gateway import models as gateway_models
from aurixa.llm_router import models as llm_router_models
from aurixa.observability import models as observability_models
from aurixa.orchestration import models as orchestration_models
from aurixa.rag import models as rag_models
from aurixa.safety import models as safety_models

__all__ = [
    "Base",
    "execution_models",
    "gateway_models",
    "llm_router_models",
    "observability_models",
    "orchestration_models",
    "rag_models",
    "safety_models",
]
