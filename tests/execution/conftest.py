from __future__ import annotations

import pytest

from aurixa.core.db import Database
from tests.execution.clinic import Clinic, make_clinic
from tests.factories import Factory


@pytest.fixture
async def clinic(factory: Factory, db: Database) -> Clinic:
    return await make_clinic(factory, db)
