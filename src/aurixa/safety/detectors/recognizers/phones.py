"""Phone numbers in the shapes people write them, and the runs of readings that have
a phone number's digits but are the patient's data."""

from __future__ import annotations

import re

from aurixa.safety.detectors.recognizers.common import Recognizer, ci

PHONES: list[Recognizer] = [
    # A phone number as people write it: an optional international prefix ("+44",
    # "(+44)", "0044", "00 33", "001-") or trunk digit ("1", "8"), an optional area code in
    # brackets ("(0)20", "(0221)"), then groups of digits and an extension ("x123",
    # "Ext. 12"). After a prefix the first group may be one digit ("+33 6 12 34 56 78").
    Recognizer(
        "PHONE_NUMBER",
        re.compile(
            r"(?<![\w/.+-])(?:"
            r"(?:(?:\+|\(\+)\d{1,3}\)?|\b00[\s.-]?\d{1,3}|\b[18])[\s.-]?"
            r"(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{2,8}){1,5}|"
            r"(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,8}){1,4}|"
            # One unbroken run after a bracketed area code or a "+" prefix: "(0221) 123456",
            # "+49(0)221123456".
            r"\(\d{2,5}\)[\s.-]?\d{5,8}|\+\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\d{6,12})"
            r"(?:\s?(?i:x|ext\.?|extension)\s?\d{1,5})?(?![\w/-])"
        ),
    ),
    # A German or Austrian area code before a slash: "0221/123456", "089 / 12 34 56".
    # The leading zero keeps blood pressures ("140/90") and dates out.
    Recognizer(
        "PHONE_NUMBER",
        re.compile(r"(?<![\w/.-])0\d{2,4}\s?/\s?\d{2,8}(?:[\s-]\d{2,4}){0,3}(?![\w/-])"),
    ),
    Recognizer(
        "PHONE_NUMBER",
        ci(
            r"\b(?:phone|mobile|desk|fax|tel|telephone|cell|call|text|reach|contact|whatsapp|"
            r"sms|ph|call me (?:at|on)|text me (?:at|on)|reach me (?:at|on)|number|registered|"
            r"telefono|teléfono|celular|movil|móvil|llamar|llámame)\W{0,3}(\+?\d{7,15})\b"
        ),
        1,
        validate=False,
    ),
    # Ten digits in the North American shape (area code and exchange do not start with
    # 0 or 1) are a phone number even without a separator or a cue.
    Recognizer("PHONE_NUMBER", re.compile(r"(?<![\w+.-])(?:\+?1)?[2-9]\d\d[2-9]\d{6}(?![\w-])")),
]


# A run of readings after what was measured ("blood sugar 110 120 130 140", "bp was
# 120 80 118 76") has a phone number's digits and groups; it is the patient's data.
READINGS = re.compile(
    r"(?i)\b(?:sugars?|glucose|readings?|pressures?|bp|pulse|heart ?rate|weights?|"
    r"temperatures?|temps?|levels?|scores?|numbers? (?:were|have been)|az[uú]car|glucosa|"
    r"presi[oó]n|lecturas?)\b(?:\s+(?:was|were|is|are|of|at|been|has|have|today|"
    r"this morning|yesterday|es|fue|de))*[:\s]+"
    r"((?:\d{2,3}(?:/\d{2,3})?,?\s+(?:(?:and|then|y)\s+)?){2,}\d{2,3}(?:/\d{2,3})?)\b"
)
