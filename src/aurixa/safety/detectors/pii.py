"""PII/PHI recognizers: compiled regular expressions plus checksums and context,
and person names from name lists (`detectors/names/`).

The recognizers run on the hot path of every message (about a millisecond),
which is why they are ours and not an NER model; the eval compares them with
Presidio on the same data. Spans are reported on the original text so callers
can redact exactly what was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aurixa.safety.detectors.base import Direction, Finding
from aurixa.safety.detectors.names import person_spans
from aurixa.safety.schemas import Category, SafetyPolicy, Severity
from aurixa.safety.text import Doc

_U = r"A-ZÀ-ÖØ-ÞĀ-ŽА-Я"  # upper-case letters, incl. Latin Extended and Cyrillic
_L = r"a-zß-öø-ÿā-žа-я'"

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
)
# A weekday is not a date element on its own (and scheduling needs it), but it is
# part of a written date: "Monday, March 3, 2025".
_WEEKDAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|"
    r"thurs|fri|sat|sun|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)"
)
# Days of the month as ordinal words ("twenty-first", "thirty first", "primero").
_ORDINALS = (
    r"(?:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|thirtieth|primero)"
)
_STREET_WORDS = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|"
    r"terrace|parkway|pkwy|circle|cir|highway|hwy|square|sq|trail|plaza|alley|row|crescent)"
)
# Street suffixes of the USPS standard (Publication 28) beyond the common ones above;
# with a house number, or after "on"/"at", they end a street name ("Countess Close").
_STREET_SUFFIXES = (
    r"(?:close|dale|lodge|flats?|isle|hills?|parks?|turnpike|bridge|point|rapids|union|forges?|"
    r"creek|village|crossing|gardens?|heights|meadows?|ridge|run|springs?|stream|summit|"
    r"track|tunnel|valley|view|vista|walk|wells?|causeway|common|corners?|cove|crest|estates?|"
    r"expressway|extension|falls|ferry|fields?|ford|forest|fork|fort|freeway|gateway|glen|"
    r"green|grove|harbou?r|haven|hollow|inlet|island|junction|key|knoll|landing|loop|mall|"
    r"manor|mews|mills?|mission|motorway|mount|mountain|orchard|oval|pass|path|pike|pines?|"
    r"plains?|port|prairie|ranch|rest|route|shoals?|shores?|skyway|spur|stravenue|trace|"
    r"trafficway|underpass|villas?|ville|wharf|ways|coves|lakes?|loaf|lock|neck|radial|ramp|"
    r"roads|squares|streets|burg|bypass|camp|canyon|cape|cliffs?|club|courts|drives|"
    r"greens|groves|harbors|keys|knolls|lights?|locks|parkways|passage|plaza|"
    r"str|rue|via)"
)
_EURO_STREET = (
    r"(?:katu|kuja|tie|polku|kaari|laan|straat|weg|vej|vagen|gatan|gata|gade|strasse|gasse|"
    r"allee|platz|plein|kade|dreef|steeg|ranta|veien|vegen|utca|ulica|ut)"
)


# Words that join two doses, not the words of a street name: "2 Tylenol and 1 Aleve".
_DOSE_WORDS = r"(?i:and|or|every|each|per|then|plus|with|to|a|an|the|of|for|at|in|on|x)"
# An address's last number is not followed by a unit: "every 6 hours", "2 and 1 tablets".
_NOT_A_QUANTITY = (
    r"(?!\s*(?:%|x\b|mg|mcg|ml|g\b|kg|lbs?|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|"
    r"years?|times?|pills?|tablets?|tabs?|capsules?|puffs?|drops?|units?|doses?|am\b|pm\b|"
    r"a\.m\.|p\.m\.|o'clock))"
)
_ADDRESS_CUE = (
    r"\b(?:address(?: is)?:?|lives? (?:at|on)|living (?:at|on)|lived (?:at|on)|located at|"
    r"meet (?:me|us) at|send (?:it|this|them)? ?to|deliver(?:ed)? (?:it )?to|"
    r"ship(?:ped)? (?:it )?to|"
    r"drops? (?:you|me) off at|mail (?:it )?to|vivo en|direccion(?: es)?:?|dirección(?: es)?:?)"
)

# Without a house number a person may follow "send it to"; these take only places.
_ADDRESS_CUE_NO_NUMBER = (
    r"\b(?:address(?: is)?:?|lives? on|living on|lived on|located on|direccion:?|dirección:?)"
)


def _capitalised(alternation: str) -> str:
    """ "(?:close|dale)" as "(?:Close|Dale)": the words only as a proper name's part."""
    return re.sub(r"(?<=[(|:])([a-z])", lambda m: m.group(1).upper(), alternation)


@dataclass(frozen=True)
class Recognizer:
    entity: str
    pattern: re.Pattern[str]
    group: int = 0
    # Context-anchored recognizers ("card number 5018...") skip the shape checks.
    validate: bool = True


def _ci(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


RECOGNIZERS: list[Recognizer] = [
    Recognizer("EMAIL_ADDRESS", _ci(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    Recognizer(
        "US_SSN",
        # After "+" or "(0)" nine digits are the rest of an international phone number.
        re.compile(r"(?<![+)])\b(?!000|666|9\d\d)\d{3}([- ]?)(?!00)\d{2}\1(?!0000)\d{4}\b"),
    ),
    Recognizer(
        "MEDICAL_RECORD",
        _ci(
            r"\b(?:mrn|medical record(?: number| no\.?| #)?|record (?:number|no\.?|#)|patient id|"
            r"chart (?:number|no\.?|#)|expediente|historia clinica)\s*(?:is|es)?[:#\s]*"
            r"([A-Z]{0,4}-?\d[\dA-Z-]{3,14})\b"
        ),
        1,
    ),
    Recognizer(
        "INSURANCE_ID",
        _ci(
            r"\b(?:member|policy|subscriber|insurance|group|medicare|medicaid|plan|poliza|afiliado)"
            r"(?: id| number| no\.?| #| card| numero(?: de)?)*\s*(?:is|es)?[:#\s]+"
            r"([A-Z]{0,5}-?\d[\dA-Z-]{4,19})\b"
        ),
        1,
    ),
    Recognizer("IBAN_CODE", re.compile(r"\b[A-Z]{2}\d{2} ?(?:[A-Z0-9]{4} ?){2,7}[A-Z0-9]{1,4}\b")),
    Recognizer(
        "IP_ADDRESS",
        re.compile(
            r"(?<![\d.])\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b(?![.\d])"
        ),
    ),
    Recognizer(
        "IP_ADDRESS",
        _ci(r"\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:[0-9a-f]{1,4}\b"),
    ),
    # A "+" opens an international phone number, never a card number.
    Recognizer("CREDIT_CARD", re.compile(r"(?<![\d+-])(?:\d[ -]?){12,18}\d(?![\d-])")),
    Recognizer(
        "CREDIT_CARD",
        _ci(r"\bcard(?: number| no\.?| #)?\s*(?:is|:)?\s*((?:\d[ -]?){11,18}\d)\b"),
        1,
        validate=False,
    ),
    Recognizer(
        "DATE",
        _ci(
            rf"\b(?:(?:{_WEEKDAYS},? )?(?:"
            rf"(?<![\d][/.-])\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)?\d{{2}}(?![/.-]\d)|"
            rf"(?:19|20)\d{{2}}(?:-\d{{1,2}}-|/\d{{1,2}}/|\.\d{{1,2}}\.)\d{{1,2}}(?![/.-]?\d)|"
            rf"\d{{1,2}}[-/ ]{_MONTHS}[-/ ](?:19|20)?\d{{2}}(?!\d)|"
            rf"{_MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d{{2}}|"
            rf"(?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of |de )?{_MONTHS}\.?,? "
            rf"(?:de )?(?:19|20)\d{{2}}|"
            rf"\d{{1,2}} de {_MONTHS}(?: de (?:19|20)\d{{2}})?|"
            rf"{_MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?\b|"
            rf"{_MONTHS}\.?,? (?:of |de )?(?:19|20)\d{{2}}|"
            # "Jan-2019", "March '19".
            rf"{_MONTHS}(?:-(?:19|20)\d{{2}}| ['’]\d{{2}}(?!['’\w]))|"
            # The basic ISO form with a valid month and day: "19820315".
            r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d))"
            # A clock time written with the date is part of it ("2007-01-17 23:08:55").
            rf"(?:,?(?: at|T| )\s?\d{{1,2}}(?::\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:\s?[ap]\.?m\.?)?|"
            rf"\s?[ap]\.?m\.?)(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)"
            r"(?!\w)"
        ),
    ),
    # Day and month without a year: "the 3rd of May", "14 March". The month must be
    # capitalised, so "3 may" (the verb) stays text.
    Recognizer(
        "DATE",
        re.compile(
            # An English weekday before it ("Tuesday the 5th of March") is part of it.
            r"\b(?:[MTWFS][a-z]{2,5}day,? )?(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?"
            r"(?:Jan(?:uary)?|Feb(?:ruary)?|"
            r"Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
            r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?!\.\d)"
        ),
    ),
    # After "of" a month is a month in any case: "the 3rd of march".
    Recognizer("DATE", _ci(rf"\b(?:the )?\d{{1,2}}(?:st|nd|rd|th)? of {_MONTHS}\b(?!\.\d)")),
    # A day written as an ordinal word: "the third of May", "March twenty-first",
    # "primero de enero".
    Recognizer(
        "DATE",
        _ci(
            rf"\b(?:(?:the )?{_ORDINALS} (?:of |de )?{_MONTHS}|{_MONTHS} (?:the )?{_ORDINALS})"
            r"(?:,? (?:de )?(?:19|20)\d{2})?\b"
        ),
    ),
    # A year on its own: HIPAA counts every date element; "in 1977", "a 2017 film".
    Recognizer(
        "DATE",
        _ci(
            r"\b(?:in|since|of|from|until|till|to|through|between|by|during|circa|around|before|"
            r"after|a|an|the|year|born|early|mid|late|spring|summer|autumn|fall|winter|en|"
            # A holiday's year dates it too: "Christmas 2019", "Navidad 2020".
            r"christmas|xmas|easter|thanksgiving|halloween|navidad|pascua|"
            r"desde|del|de|hasta)(?:\s+|(?<=mid)-)((?:19|20)\d{2}s?)\b(?![-/.:]\d)"
            # Before another number and a name it is a house number: "to 1987 74 Diakou Street".
            rf"(?!\s+\d{{1,5}}\s+[{_U}])"
        ),
        1,
    ),
    Recognizer(
        "DATE",
        _ci(r"\b(?:19|20)\d{2}\s*(?:-|–|to|and|through|until)\s*(?:19|20)\d{2}\b(?![-/.:]\d)"),
    ),
    # A month and a year in figures: "since 05/2019", "2019-05".
    Recognizer(
        "DATE",
        re.compile(
            r"(?<![\d/.-])(?:(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}|(?:19|20)\d{2}[/-](?:0[1-9]|1[0-2]))"
            r"(?![\d/.-]?\d)"
        ),
    ),
    # A month named on its own after a word of time: "in March", "since last June",
    # "hasta enero". "May" and "March" are verbs too, so those two count capitalised only.
    Recognizer(
        "DATE",
        re.compile(
            r"\b(?i:in|since|until|till|from|during|through|by|before|after|last|next|this|early|"
            r"late|mid|end of|beginning of|start of|en|desde|hasta|el mes de)"
            r"(?:\s+|(?<=mid)-)((?:May|March|Mar)\b|(?i:jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|"
            r"june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
            r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
            r"diciembre)\b)(?!\.?\d)"
        ),
        1,
    ),
    # A year or a month and day written after a date of birth's label: "DOB: 1982".
    Recognizer(
        "DATE",
        _ci(
            r"\b(?:dob|d\.o\.b\.|date of birth|birth ?date|born|fecha de nacimiento)\s*(?:is|es)?"
            r"[:\s]\s*((?:19|20)\d{2}|\d{1,2}[/.-]\d{1,2})\b(?![/.-]\d)"
        ),
        1,
    ),
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
        _ci(
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
    # Certificate, licence, passport and account numbers are HIPAA identifiers too; their
    # digits would otherwise pass for a phone or a card number.
    Recognizer(
        "ID_NUMBER",
        _ci(
            r"\b(?:(?:driver'?s |driving )?licen[cs]e|passport|account|acct|certificate|"
            r"permit|license plate|plate|vin|dea|npi|pasaporte|licencia|cuenta)"
            r"(?: number| no\.?| #| id)?\s*(?:is|es)?[:#\s]+([A-Z]{0,3}-?\d[\dA-Z-]{4,19})\b"
        ),
        1,
        validate=False,
    ),
    Recognizer(
        "STREET_ADDRESS",
        _ci(r"\b(?:zip|zip code|postal code|postcode|codigo postal)\s*:?\s*(\d[\d -]{2,8}\d)\b"),
        1,
        validate=False,
    ),
    # The last line of a postal address: a place name and a postcode.
    # Digits are kept out of the place name, so a phone number's last group is not a postcode.
    Recognizer(
        "STREET_ADDRESS",
        re.compile(rf"(?m)^\W*[{_U}][^\W\d_()' ]*[^\d\n]{{1,40}} (\d{{4,6}})\s*$"),
        1,
    ),
    Recognizer("STREET_ADDRESS", _ci(r"\bp\.?\s?o\.? box \d+\b")),
    # US military mail: a ship or a unit, then APO/FPO/DPO, the region and the ZIP code.
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            rf"\b(?:(?:USNS|USNV|USS|USCGC)\s+[{_U}][\w'.-]*(?:\s+[{_U}][\w'.-]*)?|"
            r"(?:PSC|Unit|CMR)\s+\d{3,5},?\s+Box\s+\d{1,5})\s*,?\s+"
            r"(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b"
        ),
    ),
    # Number, street name, number: the usual European order ("20789 Allika 46"). The
    # words between are capitalised or particles, so "take 2 Advil every 6 hours" is a dose.
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            # "4567 Ext. 1234" is a phone number's extension.
            rf"\b\d{{1,6}}\s+(?!(?i:ext|extension)\b)(?:(?:ul\.|u\.)\s+)?[{_U}][\w'.-]*"
            rf"(?:\s+(?!{_DOSE_WORDS}\b)[\w'.-]+){{0,3}}\s+\d{{1,5}}\b{_NOT_A_QUANTITY}"
        ),
    ),
    # After "lives at", "address:" or "send it to" the same order is an address in lower
    # case too ("meet me at 2407 tawastintie 6"), or without the house number when the
    # street is capitalised ("lives on Joaquin Suarez 2906").
    Recognizer(
        "STREET_ADDRESS",
        _ci(
            rf"{_ADDRESS_CUE}\s+(\d{{1,6}}\s+[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){{0,3}}"
            rf"\s+\d{{1,5}}[a-z]?\b){_NOT_A_QUANTITY}"
        ),
        1,
    ),
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            rf"(?i:{_ADDRESS_CUE_NO_NUMBER})\s+((?:the \w+ side of )?[{_U}][\w'.-]*"
            rf"(?:\s+[{_U}][\w'.-]*){{0,3}}\s+\d{{1,5}}[a-z]?\b){_NOT_A_QUANTITY}"
        ),
        1,
    ),
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            rf"\b\d{{1,6}}[A-Za-z]?(?:\s+\d{{1,5}})?(?:\s+[{_U}][\w'.-]*){{1,4}}\s+"
            rf"{_STREET_WORDS}\b\.?"
            r"(?:,?\s+(?:apt|apartment|suite|unit|#)\.?\s*\w+)?",
            re.IGNORECASE,
        ),
    ),
    Recognizer(
        "STREET_ADDRESS",
        _ci(
            r"\b(?:\d{1,6}\s+)?(?:rue|via|calle|avenida|av\.|ul\.|ulica|rua|viale|piazza|chemin|"
            rf"carrer|avenue|boulevard)(?:\s+(?:de|del|la|le|des|du|di)?\s*[{_U}][\w'.-]*){{1,4}},?"
            r"\s+\d{1,5}[A-Za-z]?\b"
        ),
    ),
    Recognizer(
        "STREET_ADDRESS",
        re.compile(rf"\b(?:\d{{1,6}}\s+)?[{_U}][{_L}]*{_EURO_STREET}\s+\d{{1,5}}[A-Za-z]?\b"),
    ),
    Recognizer("STREET_ADDRESS", _ci(r"\b(?:apt|apartment|suite|unit)\.?\s*#?\s*\d+[A-Za-z]?\b")),
    # The rarer suffixes ("Countess Close") are ordinary words too ("eating well"), so they
    # count only capitalised.
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            rf"\b\d{{1,6}}[A-Za-z]?(?:\s+\d{{1,5}})?(?:\s+[{_U}][\w'.-]*){{1,4}}\s+"
            rf"{_capitalised(_STREET_SUFFIXES)}\b\.?"
        ),
    ),
    # A named street without a number: "on Marina Fort Street".
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            # "on Dr. Wells" is a person: a title does not open a street name.
            rf"\b(?:on|at|to|along|near|off|of|in)\s+(?!(?:Dr|Mr|Mrs|Ms|Miss|Prof)\b)"
            rf"((?:[{_U}][\w'.-]*\s+){{1,3}}"
            rf"(?:{_capitalised(_STREET_WORDS)}|{_capitalised(_STREET_SUFFIXES)})\b\.?)"
        ),
        1,
    ),
    # An intersection: "the corner of 35 Pentelis Str. and Waechter Turnpike".
    Recognizer(
        "STREET_ADDRESS",
        _ci(
            rf"\b(?:the )?corner of\s+([^\n,?!]{{2,60}}?\s+(?:and|&|y)\s+[{_U}][\w'.-]*"
            rf"(?:\s+[{_U}][\w'.-]*){{0,3}})"
        ),
        1,
    ),
]


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _plausible(entity: str, value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if entity == "CREDIT_CARD":
        return 13 <= len(digits) <= 19 and _luhn(digits)
    if entity == "PHONE_NUMBER":
        # 7-15 digits before any extension, and not a year range or a ZIP+4 code.
        digits = re.sub(r"\D", "", re.split(r"(?i)\s?(?:x|ext)", value)[0])
        return 7 <= len(digits) <= 15 and not re.fullmatch(
            r"(?:19|20)\d\d[\s-](?:19|20)\d\d|\d{5}-\d{4}", value
        )
    return True


_PRIORITY = [
    "EMAIL_ADDRESS", "US_SSN", "MEDICAL_RECORD", "INSURANCE_ID", "ID_NUMBER", "IBAN_CODE",
    "CREDIT_CARD",
    "IP_ADDRESS", "DATE", "STREET_ADDRESS", "PHONE_NUMBER", "PERSON",
]  # fmt: skip


# A run of readings after what was measured ("blood sugar 110 120 130 140", "bp was
# 120 80 118 76") has a phone number's digits and groups; it is the patient's data.
_READINGS = re.compile(
    r"(?i)\b(?:sugars?|glucose|readings?|pressures?|bp|pulse|heart ?rate|weights?|"
    r"temperatures?|temps?|levels?|scores?|numbers? (?:were|have been)|az[uú]car|glucosa|"
    r"presi[oó]n|lecturas?)\b(?:\s+(?:was|were|is|are|of|at|been|has|have|today|"
    r"this morning|yesterday|es|fue|de))*[:\s]+"
    r"((?:\d{2,3}(?:/\d{2,3})?,?\s+(?:(?:and|then|y)\s+)?){2,}\d{2,3}(?:/\d{2,3})?)\b"
)


def find_pii(text: str) -> list[tuple[str, int, int]]:
    """Non-overlapping (entity, start, end) spans, the more specific entity winning."""
    candidates: list[tuple[int, int, int, str]] = []
    readings = [m.span(1) for m in _READINGS.finditer(text)] if text else []
    for recognizer in RECOGNIZERS:
        for m in recognizer.pattern.finditer(text):
            start, end = m.span(recognizer.group)
            value = m.group(recognizer.group)
            if recognizer.entity == "PHONE_NUMBER" and any(
                s <= start and end <= e for s, e in readings
            ):
                continue
            if start < end and (not recognizer.validate or _plausible(recognizer.entity, value)):
                rank = _PRIORITY.index(recognizer.entity)
                candidates.append((rank, start, end, recognizer.entity))
    rank = _PRIORITY.index("PERSON")
    candidates.extend((rank, start, end, "PERSON") for start, end in person_spans(text))
    # Specific entities first, then longer spans; a span overlapping a kept one is dropped.
    candidates.sort(key=lambda c: (c[0], -(c[2] - c[1])))
    kept: list[tuple[str, int, int]] = []
    for _, start, end, entity in candidates:
        if all(end <= s or start >= e for _, s, e in kept):
            kept.append((entity, start, end))
    return sorted(kept, key=lambda k: k[1])


def redact_spans(text: str, spans: list[tuple[str, int, int]]) -> str:
    out: list[str] = []
    last = 0
    for entity, start, end in sorted(spans, key=lambda s: s[1]):
        out.append(text[last:start])
        out.append(f"[{entity}]")
        last = end
    out.append(text[last:])
    return "".join(out)


class PIIDetector:
    name = "pii"
    category = Category.PII
    directions: frozenset[Direction] = frozenset({"input", "output"})

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]:
        return [
            Finding(self.category, Severity.LOW, entity, start, end, entity)
            for entity, start, end in find_pii(doc.text)
        ]
