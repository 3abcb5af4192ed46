"""Every domain setting and every secret, declared once.

Like Picard's option registry: each setting has a section, key, type, default
and a label the GUI translates. Domain settings live in the ``settings`` table,
window geometry in QSettings, secrets in the secret store. Nothing else may
invent a key: :func:`setting` rejects unknown ones, so a typo fails loudly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from secretary.errors import InvalidInput


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate recognises
    """Mark ``text`` for Qt's lupdate without importing Qt; returns it unchanged."""
    return text


LANGUAGES = ("en", "de", "uk")


@dataclass(frozen=True)
class Setting:
    """One domain setting: where it lives, what it holds, how the GUI labels it."""

    key: str
    type: type[Any]
    default: Any
    label: str
    section: str
    choices: tuple[Any, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None
    item_choices: tuple[str, ...] = ()

    def coerce(self, raw: Any) -> Any:
        """Turn ``raw`` (possibly a string from the CLI) into a valid value or raise InvalidInput."""
        value: Any = raw
        if isinstance(raw, str) and self.type is not str:
            try:
                if self.type is bool:
                    lowered = raw.strip().lower()
                    if lowered not in {"true", "false", "1", "0", "yes", "no", "on", "off"}:
                        raise ValueError(raw)
                    value = lowered in {"true", "1", "yes", "on"}
                elif self.type is int:
                    value = int(raw)
                elif self.type is list:
                    value = json.loads(raw) if raw.strip().startswith("[") else [
                        part.strip() for part in raw.split(",") if part.strip()]
                else:
                    value = self.type(raw)
            except (ValueError, json.JSONDecodeError) as exc:
                raise InvalidInput(f"{self.key}: {raw!r} is not a valid {self.type.__name__}", key=self.key) from exc
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if self.type in (int, float) and isinstance(value, bool) or not isinstance(value, self.type):
            raise InvalidInput(f"{self.key}: expected {self.type.__name__}, got {type(value).__name__}", key=self.key)
        if self.choices and value not in self.choices:  # scalar settings only
            allowed = ", ".join(map(str, self.choices))
            raise InvalidInput(f"{self.key}: {value!r} is not one of {allowed}", key=self.key)
        if self.type in (int, float):
            if self.minimum is not None and value < self.minimum:
                raise InvalidInput(f"{self.key}: must be at least {self.minimum}", key=self.key)
            if self.maximum is not None and value > self.maximum:
                raise InvalidInput(f"{self.key}: must be at most {self.maximum}", key=self.key)
        if self.type is str:
            value = value.strip()
            if len(value) > 2000:
                raise InvalidInput(f"{self.key}: longer than 2000 characters", key=self.key)
            if self.pattern and value and not re.fullmatch(self.pattern, value):
                raise InvalidInput(f"{self.key}: {value!r} has the wrong format", key=self.key)
        if self.type is list:
            if not all(isinstance(item, str) for item in value):
                raise InvalidInput(f"{self.key}: expected a list of strings", key=self.key)
            if self.item_choices and not set(value) <= set(self.item_choices):
                allowed = ", ".join(self.item_choices)
                raise InvalidInput(f"{self.key}: each item must be one of {allowed}", key=self.key)
        return value


@dataclass(frozen=True)
class SecretSpec:
    """A secret an integration needs; its value lives only in the secret store."""

    name: str
    label: str
    integration: str


@dataclass(frozen=True)
class Integration:
    """An outside service the firm may turn on, with the secrets it needs."""

    name: str
    label: str
    secrets: tuple[SecretSpec, ...] = field(default_factory=tuple)


_T = QT_TRANSLATE_NOOP
_SECTION_FIRM = "firm"

SETTINGS: tuple[Setting, ...] = (
    Setting("workspace.id", str, "", _T("settings", "Workspace id"), "workspace"),
    Setting("workspace.created_at", str, "", _T("settings", "Created"), "workspace"),
    Setting("workspace.demo", bool, False, _T("settings", "Demo workspace"), "workspace"),
    Setting("firm.name", str, "", _T("settings", "Firm name"), _SECTION_FIRM),
    Setting("firm.legal_form", str, "", _T("settings", "Legal form"), _SECTION_FIRM),
    Setting("firm.street", str, "", _T("settings", "Street and number"), _SECTION_FIRM),
    Setting("firm.postcode", str, "", _T("settings", "Postcode"), _SECTION_FIRM),
    Setting("firm.city", str, "", _T("settings", "City"), _SECTION_FIRM),
    Setting("firm.country", str, "DE", _T("settings", "Country (ISO code)"), _SECTION_FIRM,
            pattern=r"[A-Z]{2}"),
    Setting("firm.vat_id", str, "", _T("settings", "VAT id"), _SECTION_FIRM,
            pattern=r"[A-Z]{2}[0-9A-Za-z+*.]{2,13}"),
    Setting("firm.email", str, "", _T("settings", "E-mail"), _SECTION_FIRM,
            pattern=r"[^@\s]+@[^@\s]+\.[^@\s]+"),
    Setting("firm.phone", str, "", _T("settings", "Phone"), _SECTION_FIRM),
    Setting("firm.website", str, "", _T("settings", "Web site"), _SECTION_FIRM),
    Setting("firm.currency", str, "EUR", _T("settings", "Currency"), _SECTION_FIRM,
            choices=("EUR", "UAH", "USD", "GBP", "CHF", "PLN")),
    Setting("firm.timezone", str, "Europe/Berlin", _T("settings", "Time zone"), _SECTION_FIRM),
    Setting("firm.languages", list, ["en", "de", "uk"], _T("settings", "Languages customers write in"),
            _SECTION_FIRM, item_choices=LANGUAGES),
    Setting("ui.language", str, "en", _T("settings", "Interface language"), "ui", choices=LANGUAGES),
    Setting("ai.backend", str, "embedded", _T("settings", "AI back-end"), "ai",
            choices=("embedded", "openai", "compatible")),
    Setting("ai.model", str, "gpt-4o-mini", _T("settings", "Model"), "ai"),
    Setting("ai.base_url", str, "", _T("settings", "Server address (OpenAI-compatible)"), "ai"),
    Setting("ai.temperature", float, 0.2, _T("settings", "Temperature"), "ai", minimum=0, maximum=2),
    Setting("ai.timeout_seconds", int, 30, _T("settings", "Time limit per AI request (seconds)"), "ai",
            minimum=2, maximum=300),
    Setting("ai.agents", list, ["sales", "support", "billing", "operations"], _T("settings", "Agents that answer"),
            "ai", item_choices=("sales", "support", "billing", "operations")),
    Setting("ai.toxicity_action", str, "flag", _T("settings", "When a message is abusive"), "ai_policy",
            choices=("calm", "flag", "handoff", "block")),
    Setting("ai.russian_reply", str, "uk", _T("settings", "Reply to messages in Russian in"), "ai_policy",
            choices=("uk", "en", "handoff")),
    Setting("ai.other_language", str, "en", _T("settings", "Reply to other languages in"), "ai_policy",
            choices=("en", "de", "uk", "handoff")),
    Setting("ai.forbidden_topics", list, [], _T("settings", "Topics the AI must not discuss"), "ai_policy"),
    Setting("ai.disclaimer", str, "", _T("settings", "Disclaimer added to every AI reply"), "ai_policy"),
    Setting("ai.business_hours", str, "Mon-Fri 09:00-17:00", _T("settings", "Business hours"), "ai_policy",
            pattern=r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(-(Mon|Tue|Wed|Thu|Fri|Sat|Sun))? "
                    r"\d{2}:\d{2}-\d{2}:\d{2}(, *(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(-(Mon|Tue|Wed|Thu|Fri|Sat|Sun))? "
                    r"\d{2}:\d{2}-\d{2}:\d{2})*"),
    Setting("ai.meeting_minutes", int, 30, _T("settings", "Meeting length (minutes)"), "ai_policy",
            minimum=10, maximum=240),
    Setting("telegram.api_url", str, "https://api.telegram.org", _T("settings", "Telegram Bot API address"),
            "channels", pattern=r"https?://\S+"),
    Setting("stripe.api_url", str, "https://api.stripe.com", _T("settings", "Stripe API address"), "billing",
            pattern=r"https?://\S+"),
    Setting("kb.embedder", str, "embedded", _T("settings", "Embedding model for the knowledge base"), "knowledge",
            choices=("embedded", "openai", "compatible")),
    Setting("kb.embedding_model", str, "text-embedding-3-small",
            _T("settings", "Embedding model name (OpenAI or compatible server)"), "knowledge"),
    Setting("kb.chunk_chars", int, 1200, _T("settings", "Chunk size (characters)"), "knowledge",
            minimum=200, maximum=8000),
    Setting("kb.chunk_overlap", int, 150, _T("settings", "Chunk overlap (characters)"), "knowledge",
            minimum=0, maximum=1000),
    Setting("kyb.threshold", float, 0.85, _T("settings", "Alert when a name matches a listed name at least"),
            "kyb", minimum=0.5, maximum=1.0),
    Setting("kyb.check_interval", str, "weekly", _T("settings", "Re-check new counterparties"), "kyb",
            choices=("daily", "weekly")),
    Setting("kyb.auto_update_lists", bool, True, _T("settings", "Download the sanctions lists daily when online"),
            "kyb"),
    Setting("kyb.lists", list, ["ofac-sdn", "ofac-cons", "eu-fsf", "uk-fcdo", "un-sc"],
            _T("settings", "Sanctions lists to screen against"), "kyb",
            item_choices=("ofac-sdn", "ofac-cons", "eu-fsf", "uk-fcdo", "un-sc")),
    Setting("kyb.url.ofac-sdn", str,
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_ENHANCED.XML",
            _T("settings", "OFAC SDN list address"), "kyb_sources", pattern=r"https?://\S+"),
    Setting("kyb.url.ofac-cons", str,
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ENHANCED.XML",
            _T("settings", "OFAC consolidated list address"), "kyb_sources", pattern=r"https?://\S+"),
    Setting("kyb.url.eu-fsf", str,
            "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content",
            _T("settings", "EU financial sanctions file address (the token is kept as a secret)"), "kyb_sources",
            pattern=r"https?://\S+"),
    Setting("kyb.url.uk-fcdo", str, "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml",
            _T("settings", "UK Sanctions List address"), "kyb_sources", pattern=r"https?://\S+"),
    Setting("kyb.url.un-sc", str, "https://scsanctions.un.org/resources/xml/en/consolidated.xml",
            _T("settings", "UN Security Council list address"), "kyb_sources", pattern=r"https?://\S+"),
    Setting("kyb.vies_url", str, "https://ec.europa.eu/taxation_customs/vies/services/checkVatService",
            _T("settings", "VIES service address"), "kyb_sources", pattern=r"https?://\S+"),
    Setting("kyb.vies_requester", bool, True,
            _T("settings", "Ask VIES for a consultation number with the firm's VAT id"), "kyb"),
    Setting("kyb.gleif_url", str, "https://api.gleif.org/api/v1", _T("settings", "GLEIF API address"),
            "kyb_sources", pattern=r"https?://\S+"),
    Setting("kyb.insolvency", bool, True, _T("settings", "Search German insolvency notices"), "kyb"),
    Setting("kyb.insolvency_url", str, "https://neu.insolvenzbekanntmachungen.de",
            _T("settings", "Insolvency notices portal address"), "kyb_sources", pattern=r"https?://\S+"),
    Setting("kyb.alert_chat", str, "", _T("settings", "Also send alerts to this Telegram chat id"), "kyb",
            pattern=r"-?[0-9]{1,20}"),
    Setting("server.host", str, "127.0.0.1", _T("settings", "Local server address"), "server"),
    Setting("server.port", int, 8765, _T("settings", "Local server port"), "server",
            minimum=1, maximum=65535),
    Setting("queue.workers", int, 2, _T("settings", "Background workers"), "server", minimum=1, maximum=8),
    Setting("queue.answer_helpers", bool, True,
            _T("settings", "Answer customers in helper processes on multi-core machines"), "server"),
)

_BY_KEY = {s.key: s for s in SETTINGS}

INTEGRATIONS: tuple[Integration, ...] = (
    Integration("telegram", _T("settings", "Telegram"), (
        SecretSpec("telegram.bot_token", _T("settings", "Bot token"), "telegram"),)),
    Integration("signal", _T("settings", "Signal"), ()),
    Integration("openai", _T("settings", "OpenAI"), (
        SecretSpec("openai.api_key", _T("settings", "API key"), "openai"),)),
    Integration("compatible", _T("settings", "Local LLM server"), (
        SecretSpec("compatible.api_key", _T("settings", "API key (optional)"), "compatible"),)),
    Integration("stripe", _T("settings", "Stripe"), (
        SecretSpec("stripe.secret_key", _T("settings", "Secret key"), "stripe"),
        SecretSpec("stripe.webhook_secret", _T("settings", "Webhook signing secret"), "stripe"))),
    Integration("kyb_eu", _T("settings", "EU sanctions file"), (
        SecretSpec("kyb.eu_token", _T("settings", "Download token of the EU financial sanctions file"), "kyb_eu"),)),
    Integration("google_calendar", _T("settings", "Google Calendar"), (
        SecretSpec("google_calendar.oauth_token", _T("settings", "OAuth token"), "google_calendar"),)),
)

SECRETS: tuple[SecretSpec, ...] = tuple(spec for i in INTEGRATIONS for spec in i.secrets)
_SECRET_NAMES = {s.name for s in SECRETS}


def setting(key: str) -> Setting:
    """Return the declared setting ``key`` or raise InvalidInput naming the unknown key."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise InvalidInput(f"unknown setting {key!r}", key=key) from None


# a bot token per configured channel, and a Telegram webhook's secret token
CHANNEL_SECRET = re.compile(r"channel\.[1-9][0-9]{0,8}\.(token|webhook_secret)")


def secret_spec(name: str) -> SecretSpec:
    """Return the declared secret ``name`` or raise InvalidInput."""
    for spec in SECRETS:
        if spec.name == name:
            return spec
    if CHANNEL_SECRET.fullmatch(name):
        return SecretSpec(name, _T("settings", "Channel token"), "channels")
    raise InvalidInput(f"unknown secret {name!r}; known: {', '.join(sorted(_SECRET_NAMES))}", key=name)


def is_secret_name(name: str) -> bool:
    """True if ``name`` is a declared secret (and so must never be stored as a setting)."""
    return name in _SECRET_NAMES or bool(CHANNEL_SECRET.fullmatch(name))
