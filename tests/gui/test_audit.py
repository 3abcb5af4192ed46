"""The audit panel and its lazily paged model."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from gui.main_window import MainWindow
from gui.panels.audit_model import PAGE_SIZE, AuditModel, changes_text
from secretary.audit import user_actor
from secretary.records import AuditQuery


def test_panel_shows_rows_after_a_settings_change_and_filters_by_text(window: MainWindow, qtbot):
    app = window.session.app
    app.settings.set("firm.city", "Leipzig", user_actor(window.session.owner_id))
    window.show_panel("audit")
    panel = window.panels["audit"]
    model = panel.model
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() > 0)
    first = model.entry(0)
    assert first is not None and first.resource_type == "settings"
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    owner_name = window.session.user_names[window.session.owner_id]  # people are shown by name
    assert texts[1:] == [owner_name, "Created", "Setting · City", "Leipzig"]

    qtbot.keyClicks(panel.search, "Leipzig")
    qtbot.waitUntil(lambda: model.query.text == "Leipzig" and not model.loading)
    assert model.rowCount() == 1
    panel.table.selectRow(0)
    assert '"value": "Leipzig"' in panel.after.toPlainText()
    assert panel.before.toPlainText() == "(nothing)"

    panel.search.setText("no such text anywhere")
    qtbot.waitUntil(lambda: model.query.text == "no such text anywhere" and not model.loading)
    assert model.rowCount() == 0
    assert panel.list_stack.currentWidget() is panel.empty
    assert "No changes match these filters" in panel.empty.text()


def test_panel_filters_by_actor(window: MainWindow, qtbot):
    window.session.app.settings.set("firm.city", "Kyiv", user_actor(window.session.owner_id))
    window.show_panel("audit")
    panel = window.panels["audit"]
    qtbot.waitUntil(lambda: panel.actor.count() > 2)
    panel.actor.setCurrentIndex(panel.actor.findData(user_actor(window.session.owner_id)))
    qtbot.waitUntil(lambda: not panel.model.loading and panel.model.query.actor is not None)
    actors = {panel.model.entry(r).actor for r in range(panel.model.rowCount())}
    assert actors == {user_actor(window.session.owner_id)}


def test_model_fetches_further_pages_when_scrolled(app, owner, qtbot):
    actor = user_actor(owner)
    for i in range(PAGE_SIZE + 20):
        app.settings.set("firm.phone", f"+49 30 {i:04d}", actor)
    model = AuditModel(app.audit.list, owner)
    model.set_query(AuditQuery())
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: not model.loading)
    total = app.audit.count(AuditQuery())
    assert model.rowCount() == total > PAGE_SIZE
    assert not model.canFetchMore(QModelIndex())
    assert model.pages_loaded == 2
    assert changes_text(model.entry(0)) == "+49 30 0218 → +49 30 0219"


def test_view_scrolling_triggers_fetch_more(window: MainWindow, qtbot):
    app = window.session.app
    actor = user_actor(window.session.owner_id)
    for i in range(PAGE_SIZE + 5):
        app.settings.set("firm.phone", str(i), actor)
    window.show_panel("audit")
    panel = window.panels["audit"]
    qtbot.waitUntil(lambda: not panel.model.loading and panel.model.rowCount() == PAGE_SIZE)
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.rowCount() > PAGE_SIZE)


def test_stale_page_is_dropped_when_filters_change(app, owner, qtbot):
    model = AuditModel(app.audit.list, owner)
    model.set_query(AuditQuery(text="nothing matches this"))
    model.set_query(AuditQuery())
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == app.audit.count(AuditQuery())
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time"


def test_people_are_shown_by_name():
    from gui.panels.audit_model import actor_text

    assert actor_text("user:2", owner_id=1, names={1: "Katharina Weber", 2: "Jonas Richter"}) == "Jonas Richter"
    assert actor_text("user:9", owner_id=9) == "Owner"  # unknown name: the role still tells who
