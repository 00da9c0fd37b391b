"""PII redaction (for logs, telemetry and audit), output checks, replies, and
the fail-closed behaviour of a guardrail that errors."""

from __future__ import annotations

import pytest

from aurixa.safety.detectors.base import DetectorRegistry, Finding, default_registry
from aurixa.safety.detectors.pii import find_pii
from aurixa.safety.redaction import redact, redact_mapping, redact_processor
from aurixa.safety.replies import crisis_reply, emergency_reply
from aurixa.safety.schemas import Action, Category, SafetyPolicy
from aurixa.safety.service import check_input, check_output
from aurixa.safety.text import Doc


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("call me at (555) 123-4567", "PHONE_NUMBER"),
        ("my email is ada.l@example.org", "EMAIL_ADDRESS"),
        ("SSN 123-45-6789", "US_SSN"),
        ("my MRN: 00123456", "MEDICAL_RECORD"),
        ("member ID XGH123456789", "INSURANCE_ID"),
        ("I was born on 03/14/1982", "DATE"),
        ("I live at 1234 North Oak Street, Apt 5", "STREET_ADDRESS"),
        ("My name is Vanessa Hertzog", "PERSON"),
        ("card 4111 1111 1111 1111", "CREDIT_CARD"),
        ("my driver's license number is 2270-66-1551", "ID_NUMBER"),
        ("the ship's address is USNS Bergman\nFPO AP 93757", "STREET_ADDRESS"),
    ],
)
def test_redact_replaces_each_identifier_with_its_type(text: str, entity: str) -> None:
    redacted = redact(text)
    assert f"[{entity}]" in redacted


def test_an_iban_in_lower_case_is_found_when_its_check_digits_add_up() -> None:
    # Made-up accounts with valid check digits, written as a patient might type them.
    assert ("IBAN_CODE", 11, 33) in find_pii("my iban is gb29nwbk60161331926819")
    assert ("IBAN_CODE", 8, 35) in find_pii("iban is de89 3704 0044 0532 0130 00, thanks")
    # One digit off: a code of that shape, not an account.
    assert all(e != "IBAN_CODE" for e, _, _ in find_pii("my iban is gb29nwbk60161331926818"))
    assert all(e != "IBAN_CODE" for e, _, _ in find_pii("the batch code fr12abcd34567890 ran"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Why is Ivan so impulsive?", "Ivan"),
        ("our founders: Monjeau, Graves and Reed", "Graves"),
        ("Her maiden name is Sandgreen", "Sandgreen"),
        ("Nathan: remember me?", "Nathan"),
        ("please follow up with Kristíana R Valbergsdóttir next week", "Valbergsdóttir"),
        ("my name is borna jerković", "borna jerković"),
        ("follow up with patricia desrosiers in a couple of months", "patricia desrosiers"),
        ("Hola, me llamo Lucía Fernández", "Lucía Fernández"),
    ],
)
def test_names_without_a_cue_are_found_from_name_lists(text: str, name: str) -> None:
    redacted = redact(text)
    assert "[PERSON]" in redacted
    assert name not in redacted


@pytest.mark.parametrize(
    "text",
    [
        "suddenly I can't see out of one eye",
        "nobody would even notice if I was gone",
        "Can I get the Pfizer vaccine or Moderna?",
        "I will be travelling to Finland next week",
        "My insurance is Blue Cross Blue Shield",
        "Please cancel my appointment on Friday",
        "The Golden Helix Orchestra was founded downtown",
    ],
)
def test_ordinary_words_places_and_companies_are_not_names(text: str) -> None:
    assert "[PERSON]" not in redact(text)


def test_a_year_is_a_date_element() -> None:
    assert redact("my heart attack was in 2019") == "my heart attack was in [DATE]"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("the scan was on 2007-01-17 23:08:55, as ordered", "2007-01-17 23:08:55"),
        ("DOB 03-MAR-1950 per the chart", "03-MAR-1950"),
        (
            "seen on Monday, March 3, 2025 at 10:30 am by the nurse",
            "Monday, March 3, 2025 at 10:30 am",
        ),
        ("my surgery was in March 2019", "March 2019"),
        ("my birthday is the 3rd of May", "the 3rd of May"),
        ("admitted 2020/05/04 overnight", "2020/05/04"),
        ("I smoked between 1990 and 1995", "1990 and 1995"),
        ("I was diagnosed in mid-1990s", "1990s"),
    ],
)
def test_written_dates_are_redacted_whole(text: str, date: str) -> None:
    assert redact(text) == text.replace(date, "[DATE]")


@pytest.mark.parametrize(
    "text",
    [
        "Please cancel my appointment on Friday",
        "can I come in at 10:30 tomorrow?",
        "I may be late, 3 may be too many",
        "I took 2000 mg of vitamin C",
    ],
)
def test_weekdays_clock_times_and_amounts_stay_readable(text: str) -> None:
    # Scheduling needs the day and the time, and neither identifies anyone alone.
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("call 1-800-555-0199 tomorrow", "1-800-555-0199"),
        ("my cell is 5403926876", "5403926876"),
        ("desk +1-604-696-5272x565", "+1-604-696-5272x565"),
        ("text me on +447700 921 916", "+447700 921 916"),
    ],
)
def test_phone_numbers_in_international_and_bare_forms(text: str, phone: str) -> None:
    assert redact(text) == text.replace(phone, "[PHONE_NUMBER]")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("have you heard Nijito Asano speak yet?", "Nijito Asano"),
        ("Duqyaha Karataev\n3657 Laukaantie 80\nKOKKOLA", "Duqyaha Karataev"),
        ("For my take on Dr. Wells, see page 4", "Wells"),
    ],
)
def test_unlisted_names_where_only_a_person_fits(text: str, name: str) -> None:
    spans = find_pii(text)
    assert ("PERSON", text.index(name), text.index(name) + len(name)) in spans


@pytest.mark.parametrize(
    "text", ["I work for Wolters Kluwer", "we returned to San Bernardino by helicopter"]
)
def test_employers_and_places_after_their_verbs_are_not_names(text: str) -> None:
    assert all(entity != "PERSON" for entity, _, _ in find_pii(text))


def test_redaction_keeps_the_pipeline_text_intact() -> None:
    text = "I need a refill, my phone is 555-123-4567"
    verdict = check_input(text)
    assert verdict.allowed
    assert verdict.action == Action.REDACT
    assert verdict.redacted_text == "I need a refill, my phone is [PHONE_NUMBER]"
    assert "PHONE_NUMBER" in verdict.evidence


def test_log_processor_redacts_nested_values_but_keeps_ids() -> None:
    event = {
        "event": "turn from 555-123-4567",
        "request_id": "req-555-123-4567",
        "details": {"note": "email jo@example.org", "items": ["SSN 123-45-6789"]},
    }
    out = redact_processor(None, "info", event)
    assert out["event"] == "turn from [PHONE_NUMBER]"
    assert out["request_id"] == "req-555-123-4567"
    assert out["details"] == {"note": "email [EMAIL_ADDRESS]", "items": ["SSN [US_SSN]"]}
    assert redact_mapping({"n": 3}) == {"n": 3}


@pytest.mark.parametrize(
    ("token", "redacted"),
    [
        ("ada.l@example.org", "[EMAIL_ADDRESS]"),
        ("555-123-4567", "[PHONE_NUMBER]"),
        ("knowledge_question", "knowledge_question"),
    ],
)
def test_a_remembered_token_is_redacted_every_time(token: str, redacted: str) -> None:
    # Single tokens (telemetry codes, log fields) take a remembered path; an
    # identifier must come out redacted on the second call as on the first.
    assert [redact(token), redact(token)] == [redacted, redacted]
    assert redact_mapping({"attrs": {"intent": token}}) == {"attrs": {"intent": redacted}}


def test_output_diagnosis_and_unsupported_dosing_fall_back() -> None:
    verdict = check_output(
        "You have pneumonia. Take 500 mg of amoxicillin every 8 hours.",
        sources=["Flu shots are offered on weekdays at the main clinic."],
    )
    assert not verdict.allowed
    assert verdict.action == Action.FALLBACK
    assert verdict.category == Category.DIAGNOSIS
    assert "pneumonia" not in verdict.redacted_text


def test_the_knowledge_bases_own_words_and_conditionals_are_not_a_diagnosis() -> None:
    source = (
        "Asthma is a chronic disease that affects your airways. If you have asthma, "
        "your airways can become inflamed and narrowed. You may have overactive bladder "
        "if you need to urinate often."
    )
    quoted = check_output(
        "You may have overactive bladder if you need to urinate often. [1]", sources=[source]
    )
    conditional = check_output(
        "When you have asthma, your airways can become narrowed and inflamed.", sources=[source]
    )
    said_to_the_patient = check_output("You have asthma. [1]", sources=[source])
    assert quoted.allowed
    assert quoted.action == Action.ALLOW
    assert conditional.allowed
    assert not said_to_the_patient.allowed
    assert said_to_the_patient.category == Category.DIAGNOSIS


def test_dosing_stated_by_the_knowledge_base_is_kept() -> None:
    source = "Adults may take 400 mg of ibuprofen every 6 hours with food."
    verdict = check_output("Adults may take 400 mg of ibuprofen every 6 hours with food.",
                           sources=[source])  # fmt: skip
    assert verdict.allowed
    assert verdict.action == Action.ALLOW


def test_unsupported_sentence_is_dropped_and_the_rest_kept() -> None:
    sources = [
        "The clinic offers flu vaccination for adults and children every weekday morning.",
        "Bring your insurance card and photo identification to each vaccination visit.",
    ]
    answer = (
        "The clinic offers flu vaccination for adults and children every weekday morning. "
        "Bring your insurance card and photo identification to the visit. "
        "Vaccines also cure seasonal allergies permanently within three days."
    )
    verdict = check_output(answer, sources=sources)
    assert verdict.allowed
    assert verdict.action == Action.MODIFY
    assert verdict.category == Category.UNGROUNDED
    assert "allergies" not in verdict.redacted_text
    assert "insurance card" in verdict.redacted_text


@pytest.mark.parametrize(
    "answer",
    [
        "I couldn't find the answer to that in the information available to me. "
        "Please ask a member of staff.",
        "I don't have any information to answer that from.",
        "Lo siento, no encontré la respuesta en la información que tengo.",
    ],
)
def test_saying_nothing_answers_the_question_is_not_an_unsupported_claim(answer: str) -> None:
    # Dropped as ungrounded, it became the safety fallback ("call 911") for a
    # billing question the knowledge base did not cover.
    verdict = check_output(answer, sources=["Balances of $200 or more can be split monthly."])
    assert verdict.allowed
    assert verdict.action == Action.ALLOW


def test_another_patients_identifier_is_never_released() -> None:
    verdict = check_output(
        "Your appointment is moved; John Carter's results are also ready.",
        other_patient_identifiers=["John Carter", "MRN-7781"],
    )
    assert not verdict.allowed
    assert verdict.requires_escalation
    assert verdict.category == Category.OTHER_PATIENT_PHI
    assert "Carter" not in verdict.redacted_text


def test_disclaimer_follows_the_tenant_policy() -> None:
    policy = SafetyPolicy(disclaimer="This is general information, not medical advice.")
    verdict = check_output("Our clinic opens at 8 am on weekdays.", policy=policy)
    assert verdict.redacted_text.endswith("not medical advice.")
    streamed = check_output("Our clinic opens at 8 am.", policy=policy, append_disclaimer=False)
    assert "medical advice" not in streamed.redacted_text


def test_replies_use_the_tenant_numbers_and_language() -> None:
    policy = SafetyPolicy(emergency_number="112", crisis_line="024")
    verdict = check_input("No puedo respirar")
    reply = emergency_reply(verdict, policy)
    assert "112" in reply
    assert "Llame" in reply
    assert "024" in crisis_reply(policy)
    assert "988" not in crisis_reply(policy)
    assert "911" in emergency_reply(check_input("I can't breathe"), SafetyPolicy())


class _Broken:
    name = "broken"
    category = Category.INJECTION
    directions = frozenset({"input", "output"})

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]:
        raise RuntimeError("detector crashed")


def _broken_registry() -> DetectorRegistry:
    registry = DetectorRegistry(default_registry())
    registry.register(_Broken())  # type: ignore[arg-type]
    return registry


def test_a_guardrail_that_errors_fails_closed_on_input() -> None:
    verdict = check_input("hello, my phone is 555-123-4567", registry=_broken_registry())
    assert not verdict.allowed
    assert verdict.requires_escalation
    assert verdict.category == Category.GUARDRAIL_ERROR
    assert "555-123-4567" not in verdict.redacted_text


def test_a_guardrail_that_errors_fails_closed_on_output() -> None:
    verdict = check_output("Our clinic opens at 8 am.", registry=_broken_registry())
    assert not verdict.allowed
    assert verdict.action == Action.FALLBACK
    assert "8 am" not in verdict.redacted_text


def test_the_output_check_does_not_scan_answers_for_pii(monkeypatch: pytest.MonkeyPatch) -> None:
    # Its PII findings were always dropped (the patient's own data is fine to repeat),
    # so the recognizers' time on every answer bought nothing.
    import aurixa.safety.detectors.pii as pii

    scanned: list[str] = []

    def counting(text: str) -> list[tuple[str, int, int]]:
        scanned.append(text)
        return find_pii(text)

    monkeypatch.setattr(pii, "find_pii", counting)
    answer = "Your appointment with Dr. Lee is on 3 May; call 555-123-4567 to change it."
    verdict = check_output(answer, sources=[answer])
    assert verdict.allowed
    assert verdict.redacted_text.startswith(answer)  # the patient's own details stay
    assert scanned == []
    check_input(answer)
    assert scanned == [answer]  # messages are still scanned
