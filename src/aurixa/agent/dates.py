"""Days and times in patient language, resolved in the clinic's time zone.

Phrases patients use most ("next Tuesday morning", "tomorrow after 3", "the
14th", "next week") are read by the rules here, which are exact and fast;
everything else that names a date ("December 3", "12/3", "in two weeks") goes
to `dateparser`, always preferring the future.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = re.compile(
    r"\b(?:(next|this|coming)\s+)?(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"(?:day|nesday|rsday|urday|sday)?\b"
)
_ORDINAL_RE = re.compile(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b")
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_EXPLICIT_RE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})(?:\s+\d{{4}})?"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|in\s+(?:\d+|a|one|two|three|four)\s+(?:days?|weeks?))\b"
)
_TIME = r"(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?"
_AFTER_RE = re.compile(rf"\b(?:after|from|later than|no earlier than)\s+{_TIME}")
_BEFORE_RE = re.compile(rf"\b(?:before|by|earlier than|no later than)\s+{_TIME}")
_AT_RE = re.compile(rf"\b(?:at|around|about)\s+{_TIME}")
_CLOCK_RE = re.compile(
    r"\b(\d{1,2})(?::(\d{2}))\s*(a\.?m\.?|p\.?m\.?)?|\b(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)"
)

PARTS_OF_DAY = {
    "morning": (0, 12 * 60),
    "afternoon": (12 * 60, 17 * 60),
    "evening": (16 * 60, 24 * 60),
    "lunch": (11 * 60 + 30, 14 * 60),
}


@dataclass
class When:
    """What a message says about when: a first day, how many days to look at,
    and a window of minutes after midnight."""

    day: date | None = None
    span_days: int = 1
    after: int | None = None
    before: int | None = None

    @property
    def has_time(self) -> bool:
        return self.after is not None or self.before is not None


def _minutes(hour: str, minute: str | None, meridiem: str | None) -> int | None:
    h, m = int(hour), int(minute or 0)
    if h > 23 or m > 59:
        return None
    mer = (meridiem or "").replace(".", "")
    if mer == "pm" and h < 12:
        h += 12
    elif mer == "am" and h == 12:
        h = 0
    elif not mer and 1 <= h <= 7:
        h += 12  # clinics do not open at 3 a.m.: "after 3" is the afternoon
    return h * 60 + m


def clock_time(text: str) -> int | None:
    """A time of day written as a clock ("10:30", "2 pm"), in minutes."""
    match = _CLOCK_RE.search(text.lower())
    if match is None:
        return None
    if match.group(1) is not None:
        return _minutes(match.group(1), match.group(2), match.group(3))
    return _minutes(match.group(4), None, match.group(5))


def _weekday(text: str, today: date) -> date | None:
    match = _WEEKDAY_RE.search(text)
    if match is None:
        return None
    index = next(i for i, name in enumerate(WEEKDAYS) if name.startswith(match.group(2)[:3]))
    ahead = (index - today.weekday()) % 7
    return today + timedelta(days=ahead or 7)


def _ordinal_day(text: str, today: date) -> date | None:
    match = _ORDINAL_RE.search(text)
    if match is None:
        return None
    number = int(match.group(1))
    year, month = today.year, today.month
    for _ in range(3):  # this month, else the next month that has that day
        try:
            candidate = date(year, month, number)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= today:
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _explicit(text: str, now: datetime) -> date | None:
    match = _EXPLICIT_RE.search(text)
    if match is None:
        return None
    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "DATE_ORDER": "MDY",
    }
    parsed = dateparser.parse(match.group(0), languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _day(text: str, now: datetime) -> tuple[date | None, int]:
    today = now.date()
    if "day after tomorrow" in text:
        return today + timedelta(days=2), 1
    if re.search(r"\btomorrow\b", text):
        return today + timedelta(days=1), 1
    if re.search(r"\b(today|this (morning|afternoon|evening))\b", text):
        return today, 1
    if re.search(r"\bnext week\b", text):
        return today + timedelta(days=7 - today.weekday()), 5
    if re.search(r"\bthis week\b", text):
        return today, max(1, 5 - today.weekday())
    if (found := _explicit(text, now)) is not None:
        return found, 1
    for rule in (_weekday, _ordinal_day):
        if (found := rule(text, today)) is not None:
            return found, 1
    return None, 1


def _window(text: str) -> tuple[int | None, int | None]:
    after = before = None
    for part, (start, end) in PARTS_OF_DAY.items():
        if re.search(rf"\b{part}s?\b", text):
            after, before = start, end
    if re.search(r"\bnoon\b", text) and re.search(r"\bafter\s+noon\b", text):
        after = 12 * 60
    elif re.search(r"\bbefore\s+noon\b", text):
        before = 12 * 60
    if (m := _AFTER_RE.search(text)) and (value := _minutes(*m.groups())) is not None:
        after = value
    if (m := _BEFORE_RE.search(text)) and (value := _minutes(*m.groups())) is not None:
        before = value
    if (m := _AT_RE.search(text)) and (value := _minutes(*m.groups())) is not None:
        after = value if after is None else after
    return after, before


def parse_when(text: str, now: datetime) -> When:
    """Everything `text` says about when, relative to `now` (clinic-local)."""
    lowered = text.lower()
    day, span = _day(lowered, now)
    after, before = _window(lowered)
    return When(day=day, span_days=span, after=after, before=before)


def minutes_of(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def describe_day(day: date) -> str:
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B')}"


def describe_time(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    suffix = "AM" if moment.hour < 12 else "PM"
    return f"{hour}:{moment.minute:02d} {suffix}"


def describe(moment: datetime) -> str:
    return f"{describe_day(moment.date())} at {describe_time(moment)}"
