"""Phone numbers in the shapes people write them, and the runs of readings that have
a phone number's digits but are the patient's data."""

from __future__ import annotations

import re

from aurixa.safety.detectors.recognizers.common import Recognizer, ci

# Words for a phone or for calling; "number" only when no other kind of number is named.
_PHONE_WORDS = (
    r"phone|mobile|desk|fax|tel|telephone|cell(?:phone)?|(?:land|hot|help)?line|call(?:ing)?|"
    r"ring(?:ing)?|dial(?:ing)?|text(?:ing)?|reach(?:ed)?|contact|whatsapp|sms|ph|message|"
    r"voicemail|registered|"
    r"(?<!order )(?<!tracking )"
    r"(?<!reference )(?<!confirmation )(?<!case )(?<!claim )(?<!ticket )(?<!serial )"
    r"(?<!account )(?<!card )(?<!member )(?<!policy )(?<!record )(?<!security )number|"
    r"telefono|teléfono|celular|movil|móvil|llamar|llámame"
)
# A dot right before a number ends a word ("tel.0221 123456", "Tel.+44 20 ...") and the
# number may be a phone's; after a figure it is a decimal point or a version ("3.555").
PHONES: list[Recognizer] = [
    # A phone number as people write it: an optional international prefix ("+44",
    # "(+44)", "0044", "00 33", "001-") or trunk digit ("1", "8"), an optional area code in
    # brackets ("(0)20", "(0221)"), then groups of digits and an extension ("x123",
    # "Ext. 12"). After a prefix the first group may be one digit ("+33 6 12 34 56 78").
    Recognizer(
        "PHONE_NUMBER",
        re.compile(
            r"(?<![\w/+-])(?<![\d.]\.)(?:"
            r"(?:(?:\+|\(\+)\d{1,3}\)?|\b00[\s.-]?\d{1,3}|\b[18])[\s.-]?"
            r"(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{2,8}){1,5}|"
            r"(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,8}){1,4}|"
            # One unbroken run after a bracketed area code or a "+" prefix: "(0221) 123456",
            # "+49(0)221123456", "(351) 921283577", "(+358) 239735932", "+90(351)2171518".
            r"\(\d{2,5}\)[\s.-]?\d{5,10}|"
            r"(?:\+|\(\+)\d{1,3}\)?[\s.-]?(?:\(\d{1,5}\)[\s.-]?)?\d{6,12})"
            r"(?:\s?(?i:x|ext\.?|extension)\s?\d{1,5})?(?![\w/-])"
        ),
    ),
    # A German or Austrian area code before a slash: "0221/123456", "089 / 12 34 56".
    # The leading zero keeps blood pressures ("140/90") and dates out.
    Recognizer(
        "PHONE_NUMBER",
        re.compile(r"(?<![\w/-])(?<![\d.]\.)0\d{2,4}\s?/\s?\d{2,8}(?:[\s-]\d{2,4}){0,3}(?![\w/-])"),
    ),
    # A short area code before a slash, with or without a trunk prefix, as Central
    # European numbers are written: "06-1/234 5678", "(06)30/123-4567", "30/123 4567".
    # Six or seven digits after the slash keep readings ("140/90") and dates out.
    Recognizer(
        "PHONE_NUMBER",
        re.compile(
            r"(?<![\w/-])(?<![\d.]\.)(?:\(\d{1,4}\)[\s-]?(?:\d{1,3})?|\d{1,4}(?:[\s-]\d{1,3})?)"
            r"\s?/\s?\d{3}[\s-]?\d{3,4}(?![\w/-])"
        ),
    ),
    # An unbroken run after a word for a phone, up to four words between: "call me back
    # on 4158648289538", "the number is 0535225659", "best number to reach my husband:".
    Recognizer(
        "PHONE_NUMBER",
        ci(
            rf"\b(?:{_PHONE_WORDS})\b(?:[\s,]+[^\W\d_][\w'’]*){{0,4}}[\s:.#-]{{1,3}}"
            r"(\+?\d{7,15})\b"
        ),
        1,
        validate=False,
    ),
    # A trunk zero and nine or ten digits, unbroken, as European and British numbers are
    # often written: "01164960551", "0531511810". No card number starts with 0.
    Recognizer("PHONE_NUMBER", re.compile(r"(?<![\w+/-])(?<![\d.]\.)0[1-9]\d{8,9}(?![\w/-])")),
    # Ten digits in the North American shape (area code and exchange do not start with
    # 0 or 1) are a phone number even without a separator or a cue.
    Recognizer(
        "PHONE_NUMBER",
        re.compile(r"(?<![\w+-])(?<![\d.]\.)(?:\+?1)?[2-9]\d\d[2-9]\d{6}(?![\w-])"),
    ),
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
