"""Phone numbers in the shapes people write them, and the readings, doses, codes and
ZIP codes with a phone number's digits that must stay readable."""

from __future__ import annotations

import pytest

from aurixa.safety.detectors.pii import find_pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(entity, text[s:e]) for entity, s, e in find_pii(text)]


@pytest.mark.parametrize(
    "phone",
    [
        # International prefixes, one-digit area codes after them, trunk "(0)".
        "+33 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "+61 2 9876 5432",
        "+353 1 234 5678",
        "+46 8 123 456 78",
        "(+44) 20 7946 0958",
        "+44-20-7946-0958",
        "+49(0)221123456",
        "+4915112345678",
        # 00 and 001 instead of "+".
        "00 33 1 42 68 53 00",
        "0044 20 7946 0958",
        "001-555-123-4567x8901",
        "001 (555) 123-4567",
        # Area codes in brackets, trunk digits before them, slashes after a leading zero.
        "(07911) 123456",
        "(0221) 123456",
        "8 (495) 123-45-67",
        "0221/123456",
        "089 / 12 34 56",
        # Extensions, in any case.
        "(555) 123-4567 ext. 12",
        "555.123.4567 x123",
        "+1 555-123-4567 Ext. 1234",
        "555-123-4567 extension 12",
        # European groupings.
        "06 12 34 56 78",
        "+48 12 345 67 89",
        "+90 212 123 45 67",
    ],
)
def test_phone_number_shapes(phone: str) -> None:
    assert _found(f"you can reach me at {phone} after work") == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize(
    "text",
    [
        "my blood sugar was 110 120 130 140 this week",
        "bp readings 120 80 118 76 since Monday",
        "glucose readings 110, 125, 140 and 160",
        "mi azúcar fue 110 120 130 140",
        "take 1 to 2 tablets every 4 to 6 hours",
        "take 500 mg 2 times a day for 10 days",
        "blood pressure 140/90 and pulse 88",
        "my appointment is at 10:30 tomorrow",
        "count 1 2 3 4 5 6 7 8 9 and breathe",
    ],
)
def test_readings_doses_and_times_are_not_phone_numbers(text: str) -> None:
    assert _found(text) == []


def test_zip_plus_four_is_not_a_phone_number() -> None:
    assert ("PHONE_NUMBER", "90210-1234") not in _found("I moved to 90210-1234 last year")


def test_a_phone_number_beside_a_reading_is_still_found() -> None:
    text = "my sugar was 110 120 130 140, call me on 555 123 4567"
    assert _found(text) == [("PHONE_NUMBER", "555 123 4567")]


def test_member_ids_stay_insurance_ids() -> None:
    assert _found("my member number is W123456789") == [("INSURANCE_ID", "W123456789")]


@pytest.mark.parametrize(
    "phone",
    [
        # A country code or a bracketed area code before one unbroken run of digits,
        # whose last nine digits alone would pass for a US social security number.
        "+34 612345678",
        "(+358) 401234567",
        "(351) 912345678",
        "+49(0) 301234567",
        "+90(312)4567890",
    ],
)
def test_a_country_code_makes_the_digits_after_it_a_phone_number(phone: str) -> None:
    assert _found(f"my number abroad is {phone} for now") == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize(
    "phone",
    [
        # Luhn-valid digits that open with 0, as international and trunk prefixes do; no
        # card number starts with 0.
        "00420 612 345 009",
        "001-212-555-0009x12",
    ],
)
def test_numbers_opening_with_zero_are_not_card_numbers(phone: str) -> None:
    assert _found(f"the clinic abroad is on {phone}") == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # Words between the word for a phone and an unbroken run (the run is Luhn-valid,
        # so without the word it would be a card number).
        ("please ring me back on 4488123456785 after lunch", "4488123456785"),
        ("best number to reach my wife: 33612345678", "33612345678"),
        ("my mobile changed, it is now 447700900123", "447700900123"),
        ("the out of hours line 0300123456 was busy", "0300123456"),
    ],
)
def test_an_unbroken_number_after_a_phone_word_and_a_few_words(text: str, phone: str) -> None:
    assert _found(text) == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize(
    "text",
    [
        "my order number is 112233445566 and it never came",
        "tracking number 123456789012 says delivered",
        "call me about the reference number, it is 99887766",
    ],
)
def test_other_kinds_of_numbers_after_number_are_not_phones(text: str) -> None:
    assert "PHONE_NUMBER" not in [e for e, _ in _found(text)]


@pytest.mark.parametrize("phone", ["01632960123", "0612345678", "02079460958"])
def test_a_trunk_zero_and_ten_or_eleven_digits_is_a_phone_number(phone: str) -> None:
    assert _found(f"try {phone} if I do not answer") == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize(
    "text",
    [
        # Zero-padded references and decimals are not trunk numbers.
        "the letter quotes reference 0000123456",
        "take 0.5 mg at night",
    ],
)
def test_zero_padded_references_are_not_phone_numbers(text: str) -> None:
    assert "PHONE_NUMBER" not in [e for e, _ in _found(text)]


@pytest.mark.parametrize("phone", ["06-1/234 5678", "(06)30/123-4567", "30/123 4567"])
def test_a_short_area_code_before_a_slash(phone: str) -> None:
    assert _found(f"my sister is on {phone} in Budapest") == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize(
    "text",
    [
        "pain was 7/10, now 24/7 aching",
        "bp 140/90 and 1/2 a tablet",
        "the MMSE was 24/30",
    ],
)
def test_slashes_in_scores_and_readings_are_not_phone_numbers(text: str) -> None:
    assert "PHONE_NUMBER" not in [e for e, _ in _found(text)]


def test_a_brazilian_postcode_is_not_a_phone_number() -> None:
    text = "Rua das Flores, 120, 01310-100 Campinas"
    assert "PHONE_NUMBER" not in [e for e, _ in _found(text)]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # A dot that ends a word, with no space before the number.
        ("tel.0221 123456 (office)", "0221 123456"),
        ("Tel.+34 912 34 56 78", "+34 912 34 56 78"),
        ("tel.555-123-4567 after six", "555-123-4567"),
    ],
)
def test_a_number_right_after_an_abbreviations_dot(text: str, phone: str) -> None:
    assert ("PHONE_NUMBER", phone) in _found(text)


@pytest.mark.parametrize("text", ["version 3.5551234567 is out", "pi is 3.1415926535"])
def test_digits_after_a_decimal_point_are_not_a_phone(text: str) -> None:
    assert all(e != "PHONE_NUMBER" for e, _, _ in find_pii(text))
