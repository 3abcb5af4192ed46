"""Settings' "Test connection" against local stand-ins speaking each service's format."""

from __future__ import annotations

import socket

import pytest

from services.integrations import check
from tests.fakes.http_stub import StubServer

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


@pytest.fixture
def telegram():
    def route(path, _headers):
        if path == f"/bot{TOKEN}/getMe":
            return 200, {"ok": True, "result": {"id": 123456789, "is_bot": True, "first_name": "Weber Bot",
                                                "username": "weber_demo_bot"}}
        return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}

    server = StubServer(route)
    yield server
    server.close()


def test_telegram_ok_wrong_token_and_missing_token(app, telegram):
    app.settings.set("telegram.api_url", telegram.url, "test")
    assert check(app, "telegram").code == "not_configured"
    app.secrets.set("telegram.bot_token", TOKEN, "test")
    result = check(app, "telegram")
    assert result.ok and result.detail == "bot @weber_demo_bot (Weber Bot)"
    app.secrets.set("telegram.bot_token", "987654321:" + "x" * 35, "test")
    result = check(app, "telegram")
    assert not result.ok and result.code == "auth_failed"


def test_unreachable_service_names_no_token(app):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    app.settings.set("telegram.api_url", f"http://127.0.0.1:{port}", "test")
    app.secrets.set("telegram.bot_token", TOKEN, "test")
    result = check(app, "telegram")
    assert result.code == "unreachable" and TOKEN not in result.detail


def test_compatible_server_lists_models_and_rate_limit_is_reported(app):
    calls = {"n": 0}

    def route(path, headers):
        calls["n"] += 1
        if calls["n"] > 1:
            return 429, {"error": "slow down"}
        assert path == "/v1/models" and headers.get("authorization") == "Bearer local-key"
        return 200, {"object": "list", "data": [{"id": "llama3.2"}, {"id": "qwen2.5"}]}

    server = StubServer(route)
    try:
        app.settings.set("ai.base_url", f"{server.url}/v1", "test")
        app.secrets.set("compatible.api_key", "local-key", "test")
        assert check(app, "compatible").detail == "2 model(s): llama3.2, qwen2.5"
        assert check(app, "compatible").code == "rate_limited"
    finally:
        server.close()


def test_stripe_balance_and_features_not_landed_yet(app):
    server = StubServer(lambda path, headers: (200, {"object": "balance", "livemode": False})
                        if path == "/v1/balance" and headers.get("authorization", "").startswith("Basic ")
                        else (401, {"error": {"type": "invalid_request_error"}}))
    try:
        app.settings.set("stripe.api_url", server.url, "test")
        app.secrets.set("stripe.secret_key", "sk_test_abcdefgh12345678", "test")
        assert check(app, "stripe").detail == "test mode"
    finally:
        server.close()
    assert check(app, "signal").code == "not_available"
    assert check(app, "nonsense").code == "not_available"
