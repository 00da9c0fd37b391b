"""What the safety tests share."""

from __future__ import annotations

from aurixa.safety.detectors.base import DetectorRegistry
from aurixa.safety.detectors.emergency import EmergencyDetector
from aurixa.safety.detectors.selfharm import SelfHarmDetector


def rules_only() -> DetectorRegistry:
    """The rules without the learned backstop, so a test shows the rule itself fires."""
    return DetectorRegistry([EmergencyDetector(), SelfHarmDetector()])
