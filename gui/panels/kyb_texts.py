"""The words the KYB views share: types, levels, sources, alerts, lists, and times in the firm's zone.

The services speak English in their stored reasons and alert messages; what
follows a known pattern is re-said here in the interface language (the
original stays available as a tooltip), anything else is shown as stored.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone
from PySide6.QtGui import QColor

from gui import theme
from secretary.kyb.counterparty import Alert
from secretary.kyb.decisions import MatchDecision

translate = QCoreApplication.translate
LEVELS = ("critical", "high", "medium", "low", "none")
SEVERITIES = ("critical", "high", "medium", "low")
STALE_DAYS = 7


def kind_text(kind: str) -> str:
    names = {"company": translate("Kyb", "Company"), "person": translate("Kyb", "Person"),
             "organisation": translate("Kyb", "Organisation"), "vessel": translate("Kyb", "Vessel")}
    return names.get(kind, kind)


def level_text(level: str) -> str:
    names = {"critical": translate("Kyb", "Critical"), "high": translate("Kyb", "High"),
             "medium": translate("Kyb", "Medium"), "low": translate("Kyb", "Low"),
             "none": translate("Kyb", "No risk found")}
    return names.get(level, level)


def badge_text(level: str, score: int, checked: bool = True) -> str:
    """What the risk badge says: "Critical · 100", or "Not checked" before the first check."""
    if not checked:
        return translate("Kyb", "Not checked")
    if level == "none":
        return translate("Kyb", "Clear · %1").replace("%1", QLocale().toString(score))
    return f"{level_text(level)} · {QLocale().toString(score)}"


def on_color(background: str) -> str:
    """Text colour readable on a solid ``background``: white on dark red, near-black on the dark theme's light red."""
    return "#1b1d22" if QColor(background).lightnessF() > 0.6 else "#ffffff"


def level_colors(level: str, checked: bool = True) -> tuple[str, str, bool]:
    """(text colour, chip colour, solid): critical is a solid red chip, the rest are soft tints."""
    c = theme.colors()
    if not checked:
        return c.muted, c.rail, True
    if level == "critical":
        return on_color(c.error), c.error, True
    tone = {"high": c.error, "medium": c.warn, "low": c.accent, "none": c.ok}.get(level, c.muted)
    return tone, tone, False


def severity_text(severity: str) -> str:
    names = {"critical": translate("Kyb", "Critical"), "high": translate("Kyb", "High"),
             "medium": translate("Kyb", "Medium"), "low": translate("Kyb", "Low")}
    return names.get(severity, severity)


def status_text(status: str) -> str:
    """A counterparty's monitoring status."""
    names = {"active": translate("Kyb", "Monitored"), "paused": translate("Kyb", "Paused"),
             "archived": translate("Kyb", "Archived")}
    return names.get(status, status)


def interval_text(interval: str) -> str:
    return {"daily": translate("Kyb", "Daily"), "weekly": translate("Kyb", "Weekly")}.get(interval, interval)


def alert_status_text(status: str) -> str:
    names = {"new": translate("Kyb", "New"), "acknowledged": translate("Kyb", "Acknowledged"),
             "resolved": translate("Kyb", "Resolved")}
    return names.get(status, status)


def source_text(source: str) -> str:
    names = {"sanctions": translate("Kyb", "Sanctions lists"), "vies": translate("Kyb", "EU VAT register (VIES)"),
             "gleif": translate("Kyb", "LEI register (GLEIF)"),
             "insolvency": translate("Kyb", "German insolvency notices"),
             "changes": translate("Kyb", "Recent changes")}
    return names.get(source, source)


def source_state_text(status: str) -> str:
    names = {"ok": translate("Kyb", "Checked"), "unavailable": translate("Kyb", "Could not be reached"),
             "error": translate("Kyb", "Failed"), "skipped": translate("Kyb", "Skipped")}
    return names.get(status, status)


def source_state_tone(status: str) -> str:
    return {"ok": "ok", "unavailable": "warn", "error": "error"}.get(status, "muted")


def list_title(list_id: str) -> str:
    names = {"ofac-sdn": translate("Kyb", "OFAC Specially Designated Nationals (SDN)"),
             "ofac-cons": translate("Kyb", "OFAC Consolidated (non-SDN) lists"),
             "eu-fsf": translate("Kyb", "EU consolidated financial sanctions"),
             "uk-fcdo": translate("Kyb", "UK Sanctions List (FCDO)"),
             "un-sc": translate("Kyb", "UN Security Council consolidated list")}
    return names.get(list_id, list_id)


def version_text(version: str) -> str:
    """A list version as published, or "file 317f9856" when the file carries none (OFAC CSV)."""
    if version.startswith("sha256:"):
        return translate("Kyb", "file %1").replace("%1", version[7:15])
    return version


def field_text(field: str) -> str:
    """The label of a counterparty field (form and CSV mapping)."""
    names = {"name": translate("Kyb", "Name"), "kind": translate("Kyb", "Type"),
             "country": translate("Kyb", "Country"), "vat_number": translate("Kyb", "VAT id"),
             "lei_code": translate("Kyb", "LEI"), "address": translate("Kyb", "Address"),
             "registration_number": translate("Kyb", "Register number"),
             "birth_date": translate("Kyb", "Date of birth"), "notes": translate("Kyb", "Notes"),
             "check_interval": translate("Kyb", "Check interval"), "identifiers": translate("Kyb", "Identifiers")}
    return names.get(field, field)


# -- times ---------------------------------------------------------------------------------------------------

def parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def firm_time(value: Any, timezone: str, date_only: bool = False) -> str:
    """A stored moment (UTC) in the firm's time zone and the user's locale; "" when there is none."""
    at = parse_time(value)
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    zone = QTimeZone(timezone.encode())
    stamp = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000), zone if zone.isValid() else QTimeZone.utc())
    if date_only:
        return QLocale().toString(stamp.date(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def age_days(value: Any, now: datetime | None = None) -> int | None:
    at = parse_time(value)
    if at is None:
        return None
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return max(0, ((now or datetime.now(UTC)) - at).days)


def age_text(days: int | None) -> str:
    if days is None:
        return translate("Kyb", "Not loaded")
    if days == 0:
        return translate("Kyb", "Today")
    return translate("Kyb", "%n day(s) old", "", days)


# -- reasons and alert messages ------------------------------------------------------------------------------

_DECIDED = r" \(score (?P<c>[\d.]+)\), decided(?: by (?P<d>.+?))?: (?P<e>.*)"  # secretary.kyb.risk
_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"not the same as on (?P<a>\S+): (?P<b>.+?)" + _DECIDED, re.DOTALL), "dismissed"),
    (re.compile(r"confirmed match on (?P<a>\S+): (?P<b>.+?)" + _DECIDED, re.DOTALL), "confirmed"),
    (re.compile(r"possible match on (?P<a>\S+): (?P<b>.+) \(score (?P<c>[\d.]+)\)"), "match"),
    (re.compile(r"insolvency notice (?P<a>.*) \((?P<b>.*), (?P<c>.*)\)"), "insolvency"),
    (re.compile(r"VAT id (?P<a>\S+) is not valid in VIES"), "vat"),
    (re.compile(r"LEI (?P<a>\S+) has lapsed \(not renewed\)"), "lapsed"),
    (re.compile(r"LEI (?P<a>\S+) renewal was due on (?P<b>\S+)"), "renewal"),
    (re.compile(r"the legal entity of LEI (?P<a>\S+) is inactive"), "inactive"),
    (re.compile(r"LEI (?P<a>\S+) is (?P<b>[A-Z]+)"), "lei_status"),
    (re.compile(r"(?P<a>\d+) recent change\(s\): (?P<b>.+)"), "changes"),
)


def _fill(text: str, *values: str) -> str:
    for n, value in enumerate(values, start=1):
        text = text.replace(f"%{n}", value)
    return text


def reason_text(text: str) -> str:
    """A stored risk reason in the interface language (as stored when its pattern is unknown)."""
    for pattern, key in _REASONS:
        found = pattern.fullmatch(text.strip())
        if not found:
            continue
        a, b, c, d, e = (found.groupdict().get(k) or "" for k in ("a", "b", "c", "d", "e"))
        if key == "dismissed":
            text = translate("Kyb", "Not the same as on %1: %2 (name score %3), decided by %4: %5") if d else \
                translate("Kyb", "Not the same as on %1: %2 (name score %3), decided: %5")
            return _fill(text, list_title(a), b, c, d, e)
        if key == "confirmed":
            text = translate("Kyb", "Confirmed match on %1: %2 (name score %3), decided by %4: %5") if d else \
                translate("Kyb", "Confirmed match on %1: %2 (name score %3), decided: %5")
            return _fill(text, list_title(a), b, c, d, e)
        if key == "match":
            return _fill(translate("Kyb", "Possible match on %1: %2 (name score %3)"), list_title(a), b, c)
        if key == "insolvency":
            return _fill(translate("Kyb", "Insolvency notice %1 (%2, published %3)"), a, b, c)
        if key == "vat":
            return _fill(translate("Kyb", "The VAT id %1 is not valid in VIES"), a)
        if key == "lapsed":
            return _fill(translate("Kyb", "The LEI %1 has lapsed (not renewed)"), a)
        if key == "renewal":
            return _fill(translate("Kyb", "The LEI %1 was due for renewal on %2"), a, b)
        if key == "inactive":
            return _fill(translate("Kyb", "The legal entity of the LEI %1 is inactive"), a)
        if key == "lei_status":
            return _fill(translate("Kyb", "The LEI %1 is %2 at GLEIF"), a, b)
        return _fill(translate("Kyb", "%1 recent change(s) in the registers: %2"), a, b)
    return text


def alert_type_text(alert_type: str) -> str:
    if alert_type.startswith("lei_"):
        return translate("Kyb", "LEI status")
    names = {"sanctions_match": translate("Kyb", "Sanctions match"), "insolvency": translate("Kyb", "Insolvency"),
             "vat_invalid": translate("Kyb", "VAT id invalid"), "changed": translate("Kyb", "Register change")}
    return names.get(alert_type, alert_type.replace("_", " ").capitalize())


def alert_text(alert: Alert) -> str:
    """The alert's message in the interface language, from its type and details."""
    name = alert.counterparty_name or translate("Kyb", "A business partner")
    details = alert.details or {}
    if alert.type == "sanctions_match" and isinstance(details.get("match"), dict):
        m = details["match"]
        score = QLocale().toString(float(m.get("score", 0)), "f", 2)
        return _fill(translate("Kyb", "%1 may be listed: %2 on %3 (score %4)."), name, str(m.get("name", "")),
                     list_title(str(m.get("list", ""))), score)
    if alert.type == "insolvency" and isinstance(details.get("notice"), dict):
        n = details["notice"]
        return _fill(translate("Kyb", "Insolvency notice for %1: case %2 at %3, published %4."), name,
                     str(n.get("case_number", "")), str(n.get("court", "")), str(n.get("published", "")))
    if alert.type == "vat_invalid" and isinstance(details.get("check"), dict):
        c = details["check"]
        return _fill(translate("Kyb", "The VAT id %1 of %2 is not valid in VIES."),
                     f"{c.get('country', '')}{c.get('number', '')}", name)
    if alert.type.startswith("lei_") and isinstance(details.get("record"), dict):
        r = details["record"]
        return _fill(translate("Kyb", "The LEI %1 of %2 is now %3 at GLEIF."), str(r.get("lei", "")), name,
                     str(r.get("status", "")))
    if alert.type == "changed" and isinstance(details.get("change"), dict):
        ch = details["change"]
        return _fill(translate("Kyb", "%1: %2 changed from “%3” to “%4”."), name, str(ch.get("path", "")),
                     str(ch.get("old", "")), str(ch.get("new", "")))
    return alert.message


def decision_text(decision: MatchDecision, timezone: str) -> str:
    """The decision in force on a match: what, who, when and why."""
    what = {"false_positive": translate("Kyb", "Not the same (false positive)"),
            "confirmed": translate("Kyb", "Confirmed match")}.get(decision.decision, decision.decision)
    who = decision.decided_by or translate("Kyb", "someone")
    return _fill(translate("Kyb", "%1: decided by %2 on %3 — %4"), what, who,
                 firm_time(decision.created_at, timezone), decision.reason)


def acted_text(alert: Alert, timezone: str) -> str:
    """Who acted on the alert and when ("" while it is new)."""
    if alert.status == "new":
        return ""
    who = alert.acted_by or translate("Kyb", "someone")
    text = _fill(translate("Kyb", "%1 by %2 on %3"), alert_status_text(alert.status), who,
                 firm_time(alert.updated_at, timezone))
    if alert.reason:
        text += " — " + alert.reason
    return text
