"""Words several families of symptom reports share."""

from __future__ import annotations

CANT = r"(?:can't|cant|cannot|can not|couldn't|unable to)"
WHO = r"(?:my|his|her|their|the|our)"
