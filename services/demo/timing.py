"""Demo dates relative to the moment the demo is created, in the firm's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _berlin() -> tzinfo:
    try:
        return ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:  # Windows without the tzdata package: close enough for demo data
        return timezone(timedelta(hours=1), "CET")


BERLIN = _berlin()


def local(now: datetime, days: int, hour: int, minute: int = 0) -> datetime:
    """UTC instant of ``hour:minute`` Berlin time, ``days`` after the Berlin date of ``now``."""
    day = now.astimezone(BERLIN).date() + timedelta(days=days)
    return datetime.combine(day, time(hour, minute), BERLIN).astimezone(UTC)


def this_week(now: datetime, weekday: int, hour: int, minute: int = 0, weeks: int = 0) -> datetime:
    """UTC instant of ``weekday`` (0 = Monday) of this week (+ ``weeks``) at Berlin ``hour:minute``."""
    today = now.astimezone(BERLIN).date()
    return local(now, weekday - today.weekday() + 7 * weeks, hour, minute)


def ago(now: datetime, *, days: float = 0, hours: float = 0, minutes: float = 0) -> datetime:
    """``now`` minus the given span (UTC)."""
    return (now - timedelta(days=days, hours=hours, minutes=minutes)).astimezone(UTC)


def berlin_date(now: datetime, days: int = 0) -> date:
    """The Berlin calendar date ``days`` after today."""
    return now.astimezone(BERLIN).date() + timedelta(days=days)
