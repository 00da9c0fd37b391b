"""Logs are JSON lines with the request id, and never carry PHI."""

from __future__ import annotations

import json
import logging

import pytest

from aurixa.core.logging import configure_logging, get_logger, request_id_var


@pytest.fixture
def json_logs(capsys: pytest.CaptureFixture[str]) -> pytest.CaptureFixture[str]:
    configure_logging(level="INFO", fmt="json")
    yield capsys
    configure_logging(level="WARNING", fmt="json")


def _lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]


def test_our_events_carry_the_request_id_and_lose_phi(
    json_logs: pytest.CaptureFixture[str],
) -> None:
    token = request_id_var.set("rid-log-1")
    try:
        get_logger("t").info("lookup_failed", detail="Maria Lopez, phone 555-867-5309")
    finally:
        request_id_var.reset(token)
    (line,) = _lines(json_logs)
    assert line["request_id"] == "rid-log-1"
    assert line["event"] == "lookup_failed"
    assert "555-867-5309" not in json.dumps(line)


def test_other_libraries_messages_are_redacted_too(json_logs: pytest.CaptureFixture[str]) -> None:
    logging.getLogger("somelib").warning("could not email jane.doe@example.org")
    (line,) = _lines(json_logs)
    assert "jane.doe@example.org" not in json.dumps(line)
    assert line["level"] == "warning"
