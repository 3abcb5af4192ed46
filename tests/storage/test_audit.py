"""Every change through a write session lands in the audit log, once, without secrets or PII."""

from __future__ import annotations

import pytest

from secretary.audit import redact, scrub
from secretary.records import AuditQuery
from storage import inbox_repo
from storage.models import Contact, SettingRow


def _entries(app, **filters):
    return app.audit.list(AuditQuery(**filters))


def test_create_update_delete_are_audited_with_old_and_new_values(app):
    with app.db.writing("user:cli") as session:
        contact = Contact(name="Olena", email="o@kunde.example")
        session.add(contact)
        session.flush()
        contact_id = contact.id
    with app.db.writing("ai") as session:
        session.get(Contact, contact_id).email = "olena@kunde.example"
    with app.db.writing("job:cleanup") as session:
        session.delete(session.get(Contact, contact_id))
    rows = _entries(app, resource_type="contacts")
    assert [(r.action, r.actor) for r in rows] == [
        ("contacts.delete", "job:cleanup"), ("contacts.update", "ai"), ("contacts.create", "user:cli")]
    # personal columns are recorded as digests: the change is visible, the value is not
    old_email, new_email = rows[1].old_values["email"], rows[1].new_values["email"]
    assert old_email.startswith("pii:") and new_email.startswith("pii:") and old_email != new_email
    assert set(rows[1].old_values) == {"email"}
    assert rows[2].resource_id == str(contact_id) and rows[2].new_values["name"].startswith("pii:")
    assert rows[0].old_values["name"] == rows[2].new_values["name"] and rows[0].new_values is None
    dump = " ".join(str(r.old_values) + str(r.new_values) for r in rows)
    assert "Olena" not in dump and "kunde.example" not in dump


def test_failed_transaction_leaves_no_audit_row(app):
    before = app.audit.count(AuditQuery())
    with pytest.raises(RuntimeError), app.db.writing("user:cli") as session:
        session.add(Contact(name="Ghost"))
        session.flush()
        raise RuntimeError("boom")
    assert app.audit.count(AuditQuery()) == before


def test_settings_service_changes_are_audited(app):
    app.settings.set("firm.name", "Weber & Partner", "cli")
    app.settings.set("firm.name", "Weber & Partner", "cli")  # unchanged: no second entry
    app.settings.set("firm.name", "Weber GmbH", "cli")
    rows = _entries(app, resource_type="settings", text="firm.name")
    assert [r.action for r in rows] == ["settings.update", "settings.create"]
    assert rows[0].old_values["value"] == "Weber & Partner" and rows[0].new_values["value"] == "Weber GmbH"


def test_message_text_is_not_copied_into_the_audit_log(app):
    with app.db.writing("connector:test") as session:
        channel = inbox_repo.ensure_channel(session, "widget", "site")
        inbox_repo.receive(session, channel, "chat-1", "m-1", "My IBAN is DE89370400440532013000")
    assert "DE8937" not in str([(r.old_values, r.new_values) for r in _entries(app)])


def test_write_session_needs_an_actor(app):
    with pytest.raises(RuntimeError, match="actor"), app.db._write() as session:
        session.add(SettingRow(key="firm.name", value="x"))
        session.flush()


def test_user_actor_is_linked_and_filters_work(app):
    from services.users import ensure_owner

    owner = ensure_owner(app.db, "system", "owner@firm.example", "Owner")
    app.settings.set("firm.city", "Berlin", f"user:{owner}")
    assert [r.action for r in _entries(app, actor=f"user:{owner}")] == ["settings.create"]
    assert app.audit.count(AuditQuery(action="settings.")) >= 1
    actors, types = app.audit.filter_values()
    assert f"user:{owner}" in actors and "settings" in types


def test_redaction_rules():
    assert redact({"api_key": "sk-1", "name": "x", "nested": {"oauth_token": "t", "ok": 1}}) == {
        "api_key": "***", "name": "x", "nested": {"oauth_token": "***", "ok": 1}}
    line = "GET https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe"
    assert "AAHdq" not in scrub(line) and scrub(line).endswith("/bot***/getMe")
    assert scrub("key sk_live_abcdefgh123 and sk-proj-abcdefghijklmnop12") == "key *** and ***"
