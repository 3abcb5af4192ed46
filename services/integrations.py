"""The "Test connection" of each integration in Settings.

Each check answers one question — do these credentials work against this
service right now? — with a :class:`CheckResult` whose ``code`` the GUI turns
into a translated sentence and whose ``detail`` says exactly what happened.
Integrations whose feature has not landed yet say so instead of pretending.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx

from services.app import App

TIMEOUT = httpx.Timeout(10.0, connect=5.0)


@dataclass(frozen=True)
class CheckResult:
    """Outcome of a connection test."""

    ok: bool
    code: str  # ok | not_configured | auth_failed | rate_limited | unreachable | bad_answer | not_available
    detail: str = ""


def _get(url: str, **kwargs: object) -> httpx.Response | CheckResult:
    try:
        return httpx.get(url, timeout=TIMEOUT, **kwargs)  # type: ignore[arg-type]
    except httpx.TimeoutException:
        return CheckResult(False, "unreachable", f"no answer from {url.split('/bot')[0]} within 10 s")
    except httpx.HTTPError as exc:
        return CheckResult(False, "unreachable", f"{type(exc).__name__}: {exc}".split("/bot")[0])


def _classify(response: httpx.Response) -> CheckResult | None:
    if response.status_code in (401, 403):
        return CheckResult(False, "auth_failed", f"HTTP {response.status_code}")
    if response.status_code == 429:
        return CheckResult(False, "rate_limited", f"retry after {response.headers.get('Retry-After', '?')} s")
    if response.status_code >= 500:
        return CheckResult(False, "unreachable", f"server error HTTP {response.status_code}")
    return None


def check_telegram(app: App) -> CheckResult:
    """Calls getMe with the bot token."""
    token = app.secrets.get("telegram.bot_token")
    if not token:
        return CheckResult(False, "not_configured", "telegram.bot_token is not set")
    base = str(app.settings.get("telegram.api_url")).rstrip("/")
    response = _get(f"{base}/bot{token}/getMe")
    if isinstance(response, CheckResult):
        return response
    if response.status_code in (401, 404):
        return CheckResult(False, "auth_failed", "Telegram rejected the bot token")
    failure = _classify(response)
    if failure:
        return failure
    try:
        bot = response.json()["result"]
    except (ValueError, KeyError, TypeError):
        return CheckResult(False, "bad_answer", "the answer was not Bot API JSON")
    return CheckResult(True, "ok", f"bot @{bot.get('username', '?')} ({bot.get('first_name', '')})")


def _check_models(base: str, key: str | None) -> CheckResult:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    response = _get(f"{base.rstrip('/')}/models", headers=headers)
    if isinstance(response, CheckResult):
        return response
    failure = _classify(response)
    if failure:
        return failure
    try:
        models = [m["id"] for m in response.json()["data"]]
    except (ValueError, KeyError, TypeError):
        return CheckResult(False, "bad_answer", "the answer was not an OpenAI-style model list")
    shown = ", ".join(models[:5]) + (" …" if len(models) > 5 else "")
    return CheckResult(True, "ok", f"{len(models)} model(s): {shown}")


def check_openai(app: App) -> CheckResult:
    """Lists the models the API key can use."""
    key = app.secrets.get("openai.api_key")
    if not key:
        return CheckResult(False, "not_configured", "openai.api_key is not set")
    return _check_models("https://api.openai.com/v1", key)


def check_compatible(app: App) -> CheckResult:
    """Lists the models of the OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio)."""
    base = str(app.settings.get("ai.base_url"))
    if not base:
        return CheckResult(False, "not_configured", "ai.base_url is not set")
    return _check_models(base, app.secrets.get("compatible.api_key"))


def check_stripe(app: App) -> CheckResult:
    """Reads the account balance with the secret key (read-only)."""
    key = app.secrets.get("stripe.secret_key")
    if not key:
        return CheckResult(False, "not_configured", "stripe.secret_key is not set")
    base = str(app.settings.get("stripe.api_url")).rstrip("/")
    response = _get(f"{base}/v1/balance", auth=(key, ""))
    if isinstance(response, CheckResult):
        return response
    failure = _classify(response)
    if failure:
        return failure
    livemode = response.json().get("livemode") if response.headers.get("content-type", "").startswith(
        "application/json") else None
    return CheckResult(True, "ok", "live mode" if livemode else "test mode")


def _later(feature: str) -> Callable[[App], CheckResult]:
    def check(_app: App) -> CheckResult:
        return CheckResult(False, "not_available", f"the connection test arrives with the {feature} feature")
    return check


CHECKS: dict[str, Callable[[App], CheckResult]] = {
    "telegram": check_telegram,
    "openai": check_openai,
    "compatible": check_compatible,
    "stripe": check_stripe,
    "signal": _later("Signal channel"),
    "google_calendar": _later("Google Calendar sync"),
}


def check(app: App, integration: str) -> CheckResult:
    """Run the connection test of ``integration``."""
    try:
        return CHECKS[integration](app)
    except KeyError:
        return CheckResult(False, "not_available", f"unknown integration {integration!r}")
