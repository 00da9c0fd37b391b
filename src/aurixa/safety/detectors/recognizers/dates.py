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

DATES: list[Recognizer] = [
    Recognizer(
        "DATE",
        ci(
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
    Recognizer("DATE", ci(rf"\b(?:the )?\d{{1,2}}(?:st|nd|rd|th)? of {_MONTHS}\b(?!\.\d)")),
    # A day written as an ordinal word: "the third of May", "March twenty-first",
    # "primero de enero".
    Recognizer(
        "DATE",
        ci(
            rf"\b(?:(?:the )?{_ORDINALS} (?:of |de )?{_MONTHS}|{_MONTHS} (?:the )?{_ORDINALS})"
            r"(?:,? (?:de )?(?:19|20)\d{2})?\b"
        ),
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
        ci(
            r"\b(?:dob|d\.o\.b\.|date of birth|birth ?date|born|fecha de nacimiento)\s*(?:is|es)?"
            r"[:\s]\s*((?:19|20)\d{2}|\d{1,2}[/.-]\d{1,2})\b(?![/.-]\d)"
        ),
        1,
    ),
]
