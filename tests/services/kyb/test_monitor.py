"""KYB background work: due checks, the daily download switch, alerts to staff on Telegram."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from secretary.audit import ACTOR_SYSTEM
from secretary.kyb.counterparty import CounterpartyInput
from storage import channels_repo
from tests.fakes.connector import FakeConnector


def test_due_checks_run_once_per_interval(app, kyb_fixtures):
    app.kyb.lists.import_file("ofac-csv", kyb_fixtures / "ofac" / "csv-mini", actor="cli")
    app.settings.set("kyb.insolvency", False, "cli")  # only the local lists: no remote source to wait for
    daily = app.kyb.add(CounterpartyInput(name="Anna Schmidt", kind="person", check_interval="daily"), actor="cli")
    weekly = app.kyb.add(CounterpartyInput(name="Muster GmbH", check_interval="weekly"), actor="cli")
    paused = app.kyb.add(CounterpartyInput(name="Pause GmbH"), actor="cli")
    app.kyb.set_status(paused, "paused", actor="cli")
    assert app.monitor.run_due() == 2  # never checked: both active ones (immediate mode: checked now)
    assert app.kyb.get(daily).last_checked_at is not None and app.kyb.get(paused).last_checked_at is None
    assert app.monitor.run_due() == 0
    now = datetime.now(UTC)
    app.kyb.clock = lambda: now + timedelta(days=1, minutes=1)
    assert app.kyb.due() == [daily]
    app.kyb.clock = lambda: now + timedelta(days=7, minutes=1)
    assert app.kyb.due() == [daily, weekly]


def test_daily_download_follows_the_setting(app, monkeypatch):
    calls = []
    monkeypatch.setattr(app.kyb.lists, "update", lambda *a, **k: calls.append(k) or [])
    app.settings.set("kyb.auto_update_lists", False, "cli")
    app.monitor.daily_update()
    assert calls == []
    app.settings.set("kyb.auto_update_lists", True, "cli")
    app.monitor.daily_update()
    assert len(calls) == 1


def test_new_alert_is_sent_to_the_staff_chat_on_telegram(app, kyb_fixtures):
    app.kyb.lists.import_file("ofac-csv", kyb_fixtures / "ofac" / "csv-mini", actor="cli")
    with app.db.writing(ACTOR_SYSTEM) as session:
        channel = channels_repo.add(session, "telegram", "bot", {})
    connector = FakeConnector(channel.id)
    app.connectors.attach(channel.id, connector)
    party = app.kyb.add(CounterpartyInput(name="Elvis Angus Logan Morey", kind="person"), actor="cli")
    app.kyb.check(party)
    assert connector.sent == []  # no staff chat configured: nothing sent
    app.settings.set("kyb.alert_chat", "-100123", "cli")
    other = app.kyb.add(CounterpartyInput(name="Daniel Moreno", kind="person", birth_date="1972-10-12"), actor="cli")
    app.kyb.check(other)
    (sent,) = connector.sent
    assert sent.chat_id == "-100123" and "KYB critical" in sent.text and "Daniel Moreno" in sent.text


def test_alert_notifier_failure_does_not_undo_the_check(app, kyb_fixtures):
    app.kyb.lists.import_file("ofac-csv", kyb_fixtures / "ofac" / "csv-mini", actor="cli")

    def broken(_alert):
        raise RuntimeError("telegram down")
    app.kyb.alerted.append(broken)
    party = app.kyb.check(app.kyb.add(CounterpartyInput(name="Daniel Moreno", kind="person"), actor="cli"))
    assert party.risk_level == "critical" and party.open_alerts == 1
