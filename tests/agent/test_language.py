"""Patient language: days, times, picks, yes/no and the tool registry."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from aurixa.agent import nlu
from aurixa.agent.dates import describe, parse_when
from aurixa.agent.records import TARGET_DAY
from aurixa.agent.tools import openai_tools

# A Thursday afternoon.
NOW = datetime(2026, 11, 26, 13, 0)


@pytest.mark.parametrize(
    ("text", "day", "after", "before"),
    [
        ("next Tuesday morning", date(2026, 12, 1), 0, 720),
        ("tomorrow after 3", date(2026, 11, 27), 900, None),
        ("the 14th", date(2026, 12, 14), None, None),
        ("the 30th please", date(2026, 11, 30), None, None),
        ("actually make it Thursday", date(2026, 12, 3), None, None),
        ("friday at 2:30pm", date(2026, 11, 27), 870, None),
        ("monday before 10", date(2026, 11, 30), None, 600),
        ("December 9", date(2026, 12, 9), None, None),
        ("12/3", date(2026, 12, 3), None, None),
        ("in two weeks", date(2026, 12, 10), None, None),
        ("January 5th in the afternoon", date(2027, 1, 5), 720, 1020),
        ("something later", None, None, None),
    ],
)
def test_days_and_times(text: str, day: date | None, after: int | None, before: int | None) -> None:
    when = parse_when(text, NOW)
    assert (when.day, when.after, when.before) == (day, after, before)


def test_next_week_spans_the_working_week() -> None:
    when = parse_when("sometime next week", NOW)
    assert when.day == date(2026, 11, 30)
    assert when.span_days == 5


def test_describe_speaks_like_a_receptionist() -> None:
    assert describe(datetime(2026, 12, 1, 14, 30)) == "Tuesday 1 December at 2:30 PM"


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("the second one", 1),
        ("first", 0),
        ("3", 2),
        ("option 2", 1),
        ("the last one", 2),
        ("the 10:30 one", None),
        ("something later", None),
    ],
)
def test_picking_an_offered_option(text: str, index: int | None) -> None:
    assert nlu.choice_index(text, 3) == index


@pytest.mark.parametrize(
    ("text", "yes", "no"),
    [
        ("yes please", True, False),
        ("Sure, go ahead", True, False),
        ("no", False, True),
        ("no thanks", False, True),
        ("not now", False, True),
        ("maybe", False, False),
    ],
)
def test_yes_and_no(text: str, yes: bool, no: bool) -> None:
    assert (nlu.is_yes(text), nlu.is_no(text)) == (yes, no)


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("I need to reschedule my appointment", "reschedule"),
        ("cancel my appointment on Friday", "cancel"),
        ("can I get a refill of lisinopril", "refill"),
        ("is an MRI covered by my insurance", "insurance"),
        ("when is my appointment?", "appointments"),
        ("any openings with cardiology?", "availability"),
        ("I'd like to book a checkup", "book"),
        ("what's the weather", None),
    ],
)
def test_which_task(text: str, flow: str | None) -> None:
    assert nlu.detect_flow(text) == flow


def test_stop_only_when_it_leads() -> None:
    assert nlu.wants_abort("never mind")
    assert nlu.wants_abort("Stop, please")
    assert not nlu.wants_abort("stomach pain that won't stop")


def test_service_types_and_reasons() -> None:
    assert nlu.service_type_in("does it cover physical therapy?") == "physical_therapy"
    assert nlu.service_type_in("is an x-ray covered") == "imaging"
    assert nlu.reason_in("book me for tomorrow because of a sore knee") == "a sore knee"
    assert nlu.reason_in("I need a checkup next week") == "checkup"
    assert nlu.specialty_in("my heart races", ["cardiology", "family medicine"]) == "cardiology"


def test_tools_are_the_actions_in_openai_format_without_patient_ids() -> None:
    tools = {t["function"]["name"]: t for t in openai_tools()}
    assert set(tools) == {
        "get_appointments",
        "get_availability",
        "create_appointment",
        "cancel_appointment",
        "reschedule_appointment",
        "check_insurance",
        "list_prescriptions",
        "request_prescription_refill",
        "list_practitioners",
    }
    availability = tools["get_availability"]["function"]["parameters"]
    assert availability["required"] == ["date_from"]
    assert availability["properties"]["date_from"]["format"] == "date"
    for tool in tools.values():
        assert tool["type"] == "function"
        assert "patient_id" not in tool["function"]["parameters"].get("properties", {})


def test_a_day_after_to_is_where_an_appointment_moves() -> None:
    assert TARGET_DAY.search("move my appointment to next friday afternoon")
    assert TARGET_DAY.search("push it to the 14th")
    assert not TARGET_DAY.search("i need to reschedule my appointment on monday")
