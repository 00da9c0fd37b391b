"""AURIXA: conversational AI for healthcare organisations."""

__version__ = "0.1.0"
