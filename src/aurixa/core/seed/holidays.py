"""The days the demo clinics close, as their knowledge articles announce them.

Only the handful of US federal holidays both organisations close on, plus the
clinic's extra day after Thanksgiving: a rule per holiday is clearer than a
calendar dependency for six dates a year.
"""

from __future__ import annotations

from datetime import date, timedelta

from aurixa.core.seed.tenants import TenantSpec


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def federal_closures(year: int) -> dict[date, str]:
    thanksgiving = _nth_weekday(year, 11, 3, 4)
    return {
        date(year, 1, 1): "New Year's Day",
        _last_weekday(year, 5, 0): "Memorial Day",
        date(year, 7, 4): "Independence Day",
        _nth_weekday(year, 9, 0, 1): "Labor Day",
        thanksgiving: "Thanksgiving Day",
        date(year, 12, 25): "Christmas Day",
    }


def closed_on(spec: TenantSpec, day: date) -> bool:
    """Whether the tenant's outpatient clinics are closed all day on `day`."""
    if day in federal_closures(day.year):
        return True
    thanksgiving = _nth_weekday(day.year, 11, 3, 4)
    return spec.closed_day_after_thanksgiving and day == thanksgiving + timedelta(days=1)


def closes_at_noon(spec: TenantSpec, day: date) -> bool:
    return spec.closes_at_noon_christmas_eve and (day.month, day.day) == (12, 24)
