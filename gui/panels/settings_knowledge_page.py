"""Settings → Knowledge: the embedding model of the knowledge base, and the state of its search index.

Saving the choice starts re-indexing with the new model (through the op
helper); search keeps using the current index until the new one is complete.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from gui.errors import describe
from gui.operations import knowledge as knowledge_ops
from gui.panels.base_panel import card
from gui.panels.knowledge_model import progress_text
from gui.panels.settings_form_panel import SettingsForm
from gui.session import Session
from gui.theme import SPACE

translate = QCoreApplication.translate
KB_KEYS = ["kb.embedder", "kb.embedding_model"]
POLL_MS = 2000


def switch_text(index_id: int | None, state: dict[str, Any]) -> str:
    """What saving the embedding model led to, as a sentence."""
    if index_id is None:
        return translate("KnowledgeSettings", "Already in use.")
    building, active = state.get("building"), state.get("active")
    info = building if isinstance(building, dict) else active if isinstance(active, dict) else {}
    return translate("KnowledgeSettings", "The knowledge base is being re-indexed with %1; search keeps using the "
                                          "current index until it is done.").replace("%1", str(info.get("model", "?")))


def state_texts(state: dict[str, Any]) -> dict[str, str]:
    """The index state as values for the rows model / dimensions / re-indexing."""
    active, building = state.get("active"), state.get("building")
    if isinstance(active, dict):
        model, dimensions = str(active.get("model", "?")), str(active.get("dimensions", "?"))
    else:
        model = translate("KnowledgeSettings", "None yet: it is built when the first documents are indexed.")
        dimensions = "—"
    if isinstance(building, dict):
        done = int(building.get("vectors") or 0)
        total = done + int(building.get("missing") or 0)
        reindexing = translate("KnowledgeSettings", "In progress with %1: %2").replace(
            "%1", str(building.get("model", "?"))).replace(
            "%2", progress_text(done, total) if total else translate("KnowledgeSettings", "starting"))
    else:
        reindexing = translate("KnowledgeSettings", "No")
    return {"model": model, "dimensions": dimensions, "reindexing": reindexing}


class KnowledgeSettingsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state: dict[str, Any] | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3 * SPACE)
        self.form = SettingsForm(session, KB_KEYS, self)
        layout.addWidget(self.form)
        frame, inner = card(self)
        self.state_title = QLabel(frame)
        self.state_title.setObjectName("SectionTitle")
        inner.addWidget(self.state_title)
        rows = QFormLayout()
        rows.setHorizontalSpacing(2 * SPACE)
        rows.setVerticalSpacing(SPACE)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in ("model", "dimensions", "reindexing"):
            self.names[key], self.values[key] = QLabel(frame), QLabel(frame)
            self.values[key].setWordWrap(True)
            rows.addRow(self.names[key], self.values[key])
        inner.addLayout(rows)
        layout.addWidget(frame)
        self.poll = QTimer(self, interval=POLL_MS)
        self.poll.timeout.connect(self.refresh)
        kind = self.form.editors["kb.embedder"]
        assert isinstance(kind, QComboBox)
        self.kind = kind
        kind.currentIndexChanged.connect(lambda _i: self._sync_name())
        self.form.saved.connect(lambda _stored: self.switch())
        self.form.unchanged.connect(self.switch)
        self._sync_name()
        self.retranslate_ui()

    def _sync_name(self) -> None:
        """The model name only means something for OpenAI and a compatible server."""
        self.form.editors["kb.embedding_model"].setEnabled(self.kind.currentData() != "embedded")  # type: ignore[union-attr]

    @property
    def service(self) -> Any:
        return self.session.app.knowledge

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        knowledge_ops.index_state(self, self.service).success(self._show_state).failure(self._state_failed).run()

    def _show_state(self, state: dict[str, Any]) -> None:
        self._loading = False
        self.state = state
        self._fill_state()
        if isinstance(state.get("building"), dict) and self.isVisible():
            if not self.poll.isActive():
                self.poll.start()
        else:
            self.poll.stop()

    def _state_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.poll.stop()
        self.values["model"].setText(describe(exc).splitlines()[0])

    def switch(self) -> None:
        """Re-index with the model just saved (or say it is in use already)."""
        self.form.save_button.setEnabled(False)
        knowledge_ops.switch_model(self, self.service, self.session.actor).success(self._switched).failure(
            self._switch_failed).run()

    def _switched(self, result: tuple[int | None, dict[str, Any]]) -> None:
        index_id, state = result
        self.form.save_button.setEnabled(True)
        self.form.set_status(switch_text(index_id, state), "Muted" if index_id is None else "Success")
        self._show_state(state)

    def _switch_failed(self, exc: BaseException) -> None:
        self.form.save_button.setEnabled(True)
        self.form.set_status(describe(exc), "FieldError")

    def _fill_state(self) -> None:
        if self.state is None:
            for label in self.values.values():
                label.setText("…")
            return
        for key, text in state_texts(self.state).items():
            self.values[key].setText(text)

    def retranslate_ui(self) -> None:
        self.state_title.setText(translate("KnowledgeSettings", "Search index"))
        for key, text in (("model", translate("KnowledgeSettings", "Model")),
                          ("dimensions", translate("KnowledgeSettings", "Dimensions")),
                          ("reindexing", translate("KnowledgeSettings", "Re-indexing"))):
            self.names[key].setText(text)
        self._fill_state()
