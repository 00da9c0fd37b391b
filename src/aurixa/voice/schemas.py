"""What the voice service can do on this installation."""

from __future__ import annotations

from pydantic import BaseModel


class Engine(BaseModel):
    kind: str  # speech_to_text | text_to_speech
    name: str
    available: bool
    install_hint: str


class Capabilities(BaseModel):
    engines: list[Engine]
    speech_to_text: bool
    text_to_speech: bool
