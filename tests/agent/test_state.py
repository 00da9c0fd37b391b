"""The dialogue state between turns."""

from __future__ import annotations

import pytest
from pydantic.fields import FieldInfo

from aurixa.agent.state import DialogueState, PendingWrite


def test_reset_forgets_the_flow_without_asking_pydantic_for_each_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # `FieldInfo.get_default` inspects every default factory's signature on each
    # call: about 0.8 ms of CPU per reset, once for every finished flow.
    def refuse(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("reset asked pydantic for a field's default")

    state = DialogueState(
        flow="book", intent="book_appointment", awaiting="slot", span_days=3,
        offered=[{"slot_id": "s1"}], options=[{"id": "o1"}], llm_messages=[{"role": "user"}],
        pending=PendingWrite(action="book", params={"slot_id": "s1"}),
    )  # fmt: skip
    monkeypatch.setattr(FieldInfo, "get_default", refuse)
    state.reset()
    assert state.dump() == DialogueState().dump()
    state.offered.append({"slot_id": "s2"})
    assert DialogueState().offered == []  # a list of its own, not a shared default
