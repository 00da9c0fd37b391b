"""Numbers and codes that identify a person or an account: email, SSN, record and
member numbers, IBAN, IP addresses, card numbers and other licence or account numbers."""

from __future__ import annotations

import re

from aurixa.safety.detectors.recognizers.common import Recognizer, ci

IDENTIFIERS: list[Recognizer] = [
    Recognizer("EMAIL_ADDRESS", ci(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"), digits=False),
    Recognizer(
        "US_SSN",
        # After "+" or "(0)" nine digits are the rest of an international phone number.
        re.compile(r"(?<![+)])\b(?!000|666|9\d\d)\d{3}([- ]?)(?!00)\d{2}\1(?!0000)\d{4}\b"),
    ),
    Recognizer(
        "MEDICAL_RECORD",
        ci(
            r"\b(?:mrn|medical record(?: number| no\.?| #)?|record (?:number|no\.?|#)|patient id|"
            r"chart (?:number|no\.?|#)|expediente|historia clinica)\s*(?:is|es)?[:#\s]*"
            r"([A-Z]{0,4}-?\d[\dA-Z-]{3,14})\b"
        ),
        1,
    ),
    Recognizer(
        "INSURANCE_ID",
        ci(
            r"\b(?:member|policy|subscriber|insurance|group|medicare|medicaid|plan|poliza|afiliado)"
            r"(?: id| number| no\.?| #| card| numero(?: de)?)*\s*(?:is|es)?[:#\s]+"
            r"([A-Z]{0,5}-?\d[\dA-Z-]{4,19})\b"
        ),
        1,
    ),
    # In lower case too ("my iban is gb29nwbk60161331926819"), where its check digits
    # must add up (see _plausible in pii.py), as no word is spelt that way by chance.
    Recognizer("IBAN_CODE", ci(r"\b[A-Z]{2}\d{2} ?(?:[A-Z0-9]{4} ?){2,7}[A-Z0-9]{1,4}\b")),
    Recognizer(
        "IP_ADDRESS",
        re.compile(
            r"(?<![\d.])\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b(?![.\d])"
        ),
    ),
    Recognizer(
        "IP_ADDRESS",
        ci(r"\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:[0-9a-f]{1,4}\b"),
        digits=False,
    ),
    # A "+" opens an international phone number, never a card number; and no card number
    # starts with 0, which opens phone numbers ("00420 605 657 931", "001-932-...").
    Recognizer("CREDIT_CARD", re.compile(r"(?<![\d+-])[1-9](?:[ -]?\d){12,18}(?![\d-])")),
    Recognizer(
        "CREDIT_CARD",
        ci(r"\bcard(?: number| no\.?| #)?\s*(?:is|:)?\s*((?:\d[ -]?){11,18}\d)\b"),
        1,
        validate=False,
    ),
]

ID_NUMBERS: list[Recognizer] = [
    # Certificate, licence, passport and account numbers are HIPAA identifiers too; their
    # digits would otherwise pass for a phone or a card number.
    Recognizer(
        "ID_NUMBER",
        ci(
            r"\b(?:(?:driver'?s |driving )?licen[cs]e|passport|account|acct|certificate|"
            r"permit|license plate|plate|vin|dea|npi|pasaporte|licencia|cuenta)"
            r"(?: number| no\.?| #| id)?\s*(?:is|es)?[:#\s]+([A-Z]{0,3}-?\d[\dA-Z-]{4,19})\b"
        ),
        1,
        validate=False,
    ),
]


def iban_checksum(code: str) -> bool:
    """ISO 13616: the country and check digits moved to the end, letters as 10-35,
    leave 1 modulo 97."""
    compact = re.sub(r"\s", "", code).upper()
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0
