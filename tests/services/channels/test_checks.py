"""The channel checks behind Settings → Channels' "Test" buttons, against the local stand-ins."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretary.errors import AuthFailed, InvalidInput, NotReady, RemoteUnavailable
from services.channels.checks import NOT_INSTALLED, check_signal, check_telegram, find_signal_cli, signal_number
from tests.fakes.signal_control import SCRIPT
from tests.fakes.telegram_api import TOKEN, FakeTelegram


@pytest.fixture
def telegram():
    with FakeTelegram() as fake:
        yield fake


def test_telegram_names_the_bot(telegram: FakeTelegram):
    assert check_telegram(TOKEN, telegram.url) == "@secretary_test_bot"
    assert [call["method"] for call in telegram.calls] == ["getMe"]


def test_telegram_wrong_token_is_rejected(telegram: FakeTelegram):
    with pytest.raises(AuthFailed):
        check_telegram("987654321:AAH-wrong-token_0123456789abcdefghij", telegram.url)


def test_telegram_unreachable_server(telegram: FakeTelegram):
    url = telegram.url
    telegram.close()
    with pytest.raises(RemoteUnavailable):
        check_telegram(TOKEN, url, timeout=5)


@pytest.mark.parametrize(("token", "url", "field"), [("", None, "token"), ("  ", None, "token"),
                                                     (TOKEN, "api.example.com", "api_url")])
def test_telegram_input_is_checked_before_any_call(token, url, field):
    with pytest.raises(InvalidInput) as caught:
        check_telegram(token, url)
    assert caught.value.details["field"] == field


def test_signal_number_is_normalised_or_rejected():
    assert signal_number("+49 30 123-456 (7)") == "+49301234567"
    for wrong in ("030 1234567", "+0301234567", "+49", "hello"):
        with pytest.raises(InvalidInput):
            signal_number(wrong)


def test_signal_missing_executable_says_how_to_install(tmp_path: Path):
    missing = str(tmp_path / "no-such-signal-cli")
    with pytest.raises(NotReady) as caught:
        check_signal("+4930100000", missing)
    assert caught.value.details == {"reason": NOT_INSTALLED, "path": missing}
    assert "Java 21" in caught.value.message and "docs/signal-setup.md" in caught.value.message


def test_signal_invalid_number_is_reported_before_looking_for_signal_cli(tmp_path: Path):
    with pytest.raises(InvalidInput):
        check_signal("12345", str(tmp_path / "missing"))


def test_signal_answers_through_the_stand_in():
    assert find_signal_cli(str(SCRIPT)) == str(SCRIPT)
    assert check_signal("+4930100000", str(SCRIPT), timeout=10) == "signal-cli 0.13.99-fake answers for +4930100000"


def test_signal_without_java_says_so(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FAKE_SIGNAL_NO_JAVA", "1")
    with pytest.raises(NotReady, match="Java is missing"):
        check_signal("+4930100000", str(SCRIPT), timeout=10)
