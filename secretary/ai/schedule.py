"""Business hours and free meeting slots, computed in the firm's time zone and returned in UTC."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from secretary.errors import InvalidInput

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_PART = re.compile(r"(?P<a>[A-Z][a-z]{2})(?:-(?P<b>[A-Z][a-z]{2}))? (?P<s>\d{2}:\d{2})-(?P<e>\d{2}:\d{2})")

Hours = dict[int, list[tuple[time, time]]]


def parse_hours(text: str) -> Hours:
    """``"Mon-Fri 09:00-17:00, Sat 10:00-13:00"`` → opening intervals per weekday (0 = Monday)."""
    hours: Hours = {}
    for part in (p.strip() for p in text.split(",") if p.strip()):
        match = _PART.fullmatch(part)
        if match is None or match["a"] not in DAYS or (match["b"] and match["b"] not in DAYS):
            raise InvalidInput(f"business hours: {part!r} is not like 'Mon-Fri 09:00-17:00'", key="ai.business_hours")
        first, last = DAYS.index(match["a"]), DAYS.index(match["b"] or match["a"])
        try:
            start, end = time.fromisoformat(match["s"]), time.fromisoformat(match["e"])
        except ValueError as exc:
            raise InvalidInput(f"business hours: {part!r} has an invalid time", key="ai.business_hours") from exc
        if end <= start:
            raise InvalidInput(f"business hours: {part!r} ends before it starts", key="ai.business_hours")
        day = first
        while True:
            hours.setdefault(day, []).append((start, end))
            if day == last:
                break
            day = (day + 1) % 7
    return hours


def is_open(now: datetime, zone: str, hours: Hours) -> bool:
    """Whether ``now`` (aware) falls inside business hours."""
    local = now.astimezone(ZoneInfo(zone))
    return any(start <= local.time() < end for start, end in hours.get(local.weekday(), []))


def next_opening(now: datetime, zone: str, hours: Hours) -> datetime | None:
    """When the office next opens after ``now`` (UTC), or None if it never does."""
    tz = ZoneInfo(zone)
    local = now.astimezone(tz)
    for offset in range(8):
        day = (local + timedelta(days=offset)).date()
        for start, _end in sorted(hours.get(day.weekday(), [])):
            opening = datetime.combine(day, start, tz)
            if opening > local:
                return opening.astimezone(UTC)
    return None


def free_slots(now: datetime, zone: str, hours: Hours, busy: Sequence[tuple[datetime, datetime]], minutes: int,
               count: int = 3, days_ahead: int = 14, notice: timedelta = timedelta(hours=2),
               after: datetime | None = None) -> list[datetime]:
    """Up to ``count`` free starts (UTC), at most one per day, on the half hour, ``notice`` ahead of now."""
    tz = ZoneInfo(zone)
    length = timedelta(minutes=minutes)
    earliest = max(now + notice, after or now)
    local_day = earliest.astimezone(tz).date()
    slots: list[datetime] = []
    for offset in range(days_ahead + 1):
        day = local_day + timedelta(days=offset)
        for start, end in sorted(hours.get(day.weekday(), [])):
            slot = datetime.combine(day, start, tz)
            close = datetime.combine(day, end, tz)
            found = None
            while slot + length <= close:
                if slot >= earliest and not _overlaps(slot, slot + length, busy):
                    found = slot
                    break
                slot += timedelta(minutes=30)
            if found is not None:
                slots.append(found.astimezone(UTC))
                break
        if len(slots) >= count:
            break
    return slots


def _overlaps(start: datetime, end: datetime, busy: Sequence[tuple[datetime, datetime]]) -> bool:
    return any(b_start < end and start < b_end for b_start, b_end in busy)
