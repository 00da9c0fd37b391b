"""Written dates and date elements: day, month and year in figures or words, a month
or a year on its own after a word of time, and a clock time written with a date."""

from __future__ import annotations

import re

from aurixa.safety.detectors.recognizers.common import Recognizer, U, ci

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

# A year in full, or in two digits after an apostrophe ("March 3, '21").
_YEAR = r"(?:(?:19|20)\d{2}|['’]\d{2}(?!['’\w]))"
_FULL_WEEKDAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|"
    r"miercoles|jueves|viernes|sábado|sabado|domingo)"
)
# "the first week", "the 2nd dose": an ordinal before such a noun counts, not dates.
_ORDINAL_DAY = (
    rf"(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)|{_ORDINALS})"
    r"(?!\s+(?:week|weekend|month|year|time|day|dose|visit|round|trimester|quarter|half|"
    r"thing|one|place)s?\b)"
)
# A day and a month in figures, either order ("14/08", "08/14"); the year left out.
_DAY_MONTH = (
    r"(?:(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))"
)
# A day and a month that cannot be a fraction or a score: a side written with a leading
# zero ("07/05", "5/07"), or a day above 12 with a month ("17/08", "10/31").
_UNAMBIGUOUS_DAY_MONTH = (
    r"(?:0[1-9]/(?:0?[1-9]|[12]\d|3[01])|(?:[1-9]|[12]\d|3[01])/0[1-9]|"
    r"(?:1[3-9]|2\d|3[01])/(?:[1-9]|1[0-2])|(?:[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01]))"
)
# What follows a fraction, a dose or a measure rather than a date: "1/2 a tablet",
# "2/3 of the dose", "5/16 inch".
_NOT_A_FRACTION = (
    r"(?![/.]?\d)(?!\s*(?:of|an?|tabs?|tablets?|pills?|caps?|capsules?|mg|mcg|ml|g|units?|"
    r"doses?|cups?|times|x|%|inch(?:es)?|in|cm|mm|ft|oz|lbs?)\b)"
)

# Numbers these words name are not years: "room 2014", "flight 1987", "model 2000".
_NOT_AFTER_A_NUMBER_WORD = "".join(
    rf"(?<!(?i:{word}) )"
    for word in (
        "room", "suite", "unit", "apt", "ext", "no", "number", "flight", "bus", "route",
        "model", "version", "code", "pin", "gate", "bed", "ward", "floor", "level", "page",
        "step", "item", "order", "ticket", "box", "lot", "batch",
    )
)  # fmt: skip
# What a count or a measure is followed by ("2000 mg", "1990 calories", "2000 people").
_QUANTITY_UNITS = (
    r"x|mg|mcg|µg|g|grams?|kg|lbs?|pounds|ml|l|liters?|litres?|iu|units?|cal|calories|"
    r"kcal|steps|feet|ft|foot|meters?|metres?|m|km|miles?|mi|dollars?|usd|eur|euros?|bucks|"
    r"points?|words?|people|persons|patients|cases|deaths|times|tablets?|pills?|caps?|"
    r"capsules?|doses?|mm|cm|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|"
    r"months?|years?|ppm|bpm|mmhg|ms"
)

DATES: list[Recognizer] = [
    Recognizer(
        "DATE",
        ci(
            rf"\b(?:(?:{_WEEKDAYS}\.?,? )?(?:"
            rf"(?<![\d][/.-])\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)?\d{{2}}(?![/.-]\d)|"
            rf"(?:19|20)\d{{2}}(?:-\d{{1,2}}-|/\d{{1,2}}/|\.\d{{1,2}}\.)\d{{1,2}}(?![/.-]?\d)|"
            rf"\d{{1,2}}[-/ ]{_MONTHS}[-/ ](?:19|20)?\d{{2}}(?!\d)|"
            rf"{_MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?,? {_YEAR}|"
            rf"(?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of |de )?{_MONTHS}\.?,? "
            rf"(?:de )?{_YEAR}|"
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
            r"\b(?:(?:[MTWFS][a-z]{2,5}day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,? )?"
            r"(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?"
            r"(?:Jan(?:uary)?|Feb(?:ruary)?|"
            r"Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
            r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?!\.\d)"
        ),
    ),
    # After "of" a month is a month in any case: "the 3rd of march".
    Recognizer("DATE", ci(rf"\b(?:the )?\d{{1,2}}(?:st|nd|rd|th)? of {_MONTHS}\b(?!\.\d)")),
    # A day written as an ordinal word: "the third of May", "March twenty-first",
    # "primero de enero".
    Recognizer(
        "DATE",
        ci(
            rf"\b(?:(?:the )?{_ORDINALS} (?:of |de )?{_MONTHS}|{_MONTHS} (?:the )?{_ORDINALS})"
            r"(?:,? (?:de )?(?:19|20)\d{2})?\b"
        ),
        digits=False,
    ),
    # A day of the month named with its weekday or its month but no year: "Friday the
    # 14th", "Sat 3rd", "April the 26th". A weekday alone stays text (see _WEEKDAYS).
    Recognizer(
        "DATE",
        re.compile(
            rf"\b(?:(?i:{_FULL_WEEKDAYS})|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
            rf",? (?i:the )?(?i:{_ORDINAL_DAY})\b|"
            rf"\b(?i:{_MONTHS})\.? (?i:the) (?:0?[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)\b"
        ),
        digits=False,
    ),
    # A day and a month in figures after a word that dates them: "on 14/08", "dated 3/12",
    # "Date of surgery: 08/20". Readings and fractions have no such word before them
    # ("140/90", "pain 7/10") or a unit after them ("on 1/2 a tablet").
    Recognizer(
        "DATE",
        ci(
            r"\b(?:on|since|until|till|by|dated|due|starting|started|began|from|before|after|"
            r"around|admitted|discharged|"
            r"expires?|exp\.?|effective|(?:booked|scheduled|set) for|date\b[^:\n]{0,30}:|"
            r"el|desde|hasta)\s+"
            rf"({_DAY_MONTH}){_NOT_A_FRACTION}"
            # A score out of ten is not a date: "from 7/10 to 3/10" ("09/10" still is).
            r"(?<!\b[1-9]/10)(?<![1-9]\d/10)"
        ),
        1,
    ),
    # The same without a word before it, when its shape is a date's only: "passed away
    # 17/08", "Scan booked: 09/15". "open 24/7" and eye charts ("vision 6/18") are not.
    Recognizer(
        "DATE",
        re.compile(
            r"(?<![\w/.:-])(?<!(?i:vision) )(?<!(?i:sight) )(?<!(?i:acuity) )"
            rf"({_UNAMBIGUOUS_DAY_MONTH}){_NOT_A_FRACTION}"
            r"(?<!\b24/7)(?!/)"
        ),
        1,
    ),
    # A year on its own: HIPAA counts every date element; "in 1977", "a 2017 film".
    Recognizer(
        "DATE",
        ci(
            r"\b(?:in|since|of|from|until|till|to|through|between|by|during|circa|around|before|"
            r"after|a|an|the|year|born|early|mid|late|spring|summer|autumn|fall|winter|en|"
            # A holiday's year dates it too: "Christmas 2019", "Navidad 2020".
            r"christmas|xmas|easter|thanksgiving|halloween|navidad|pascua|"
            r"desde|del|de|hasta)(?:\s+|(?<=mid)-)((?:19|20)\d{2}s?)\b(?![-/.:]\d)"
            # Before another number and a name it is a house number: "to 1987 74 Diakou Street".
            rf"(?!\s+\d{{1,5}}\s+[{U}])"
        ),
        1,
    ),
    Recognizer(
        "DATE",
        ci(r"\b(?:19|20)\d{2}\s*(?:-|–|to|and|through|until)\s*(?:19|20)\d{2}\b(?![-/.:]\d)"),
    ),
    # A year wherever it stands ("Date: 2011", "On 2004, the board met", "the 1990s"):
    # the words before a year are too many to list, and a number of this shape is a year
    # far more often than anything else. It is not one as a quantity ("2000 mg", "1950
    # steps"), a room, flight or model number, a price or part of a longer number, and
    # it gives way to any other entity it overlaps (a house number, a phone number).
    Recognizer(
        "DATE",
        re.compile(
            # The look-ahead first, so most positions fail before the look-behinds run.
            r"(?=(?:19|20)\d\d)(?<![\w$€£¥#@/.:+-])(?<!\d,)(?<!\d, )"
            rf"{_NOT_AFTER_A_NUMBER_WORD}"
            r"((?:19|20)\d{2}s?)\b(?![-/.:,]\d)(?!['’]\w)(?!\s+\d{1,5}\s+[A-ZÀ-Þ])"
            rf"(?!\s*%)(?!\s*(?i:{_QUANTITY_UNITS})\b)"
        ),
        1,
        weak=True,
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
        digits=False,
    ),
    # A year or a month and day written after a date of birth's label: "DOB: 1982".
    Recognizer(
        "DATE",
        ci(
            r"\b(?:dob|d\.o\.b\.|date of birth|birth ?date|born|fecha de nacimiento)\s*(?:is|es)?"
            r"[:\s]\s*((?:19|20)\d{2}|\d{1,2}[/.-]\d{1,2})\b(?![/.-]\d)"
        ),
        1,
    ),
]
