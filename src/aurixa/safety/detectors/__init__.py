"""Pure, fast detectors behind one small interface, and the registry that holds them."""

from aurixa.safety.detectors.base import Detector, DetectorRegistry, Finding, default_registry

__all__ = ["Detector", "DetectorRegistry", "Finding", "default_registry"]
