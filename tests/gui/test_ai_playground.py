"""The AI playground: a run's reply, route, flags, masked text and tools; streaming; errors shown, not raised."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gui.panels.ai_playground import Playground
from gui.session import Session
from secretary.ai.records import ToolCall, Trace, Usage
from secretary.errors import RemoteUnavailable

TRACE = Trace(language="de", reply_language="de", intent="sales", agent="sales",
              masked_input="Was kostet eine Steuererklärung? Ich bin <PERSON_1>, Tel. <PHONE_1>.",
              flags=("injection", "ungrounded"),
              tool_calls=(ToolCall("search_knowledge", {"query": "Preis Steuererklärung"},
                                   {"hits": [{"title": "Preisliste 2026"}]}),
                          ToolCall("create_lead", {"name": "<PERSON_1>"}, {}, error="dry run")),
              reply="Eine Steuererklärung kostet ab 280 €.", backend="openai", usage=Usage(800, 40),
              sources=("Preisliste 2026",), handoff=True)


class StandIn:
    """A run(text, contact_id, on_delta) that records its calls and answers with a fixed Trace."""

    def __init__(self, trace: Trace = TRACE, pieces: tuple[str, ...] = (), fail: BaseException | None = None):
        self.trace, self.pieces, self.fail = trace, pieces, fail
        self.calls: list[tuple[str, int | None]] = []
        self.release = threading.Event()
        if not pieces:
            self.release.set()

    def __call__(self, text, contact_id, on_delta):
        self.calls.append((text, contact_id))
        for piece in self.pieces:
            on_delta(piece)
        self.release.wait(10)
        if self.fail is not None:
            raise self.fail
        return self.trace


def make(session: Session, qtbot, run: StandIn | None) -> Playground:
    playground = Playground(session, run)
    qtbot.addWidget(playground)
    playground.resize(900, 800)
    playground.show()
    return playground


def chips(playground: Playground) -> dict[str, str]:
    return {label.text(): label.objectName().split(":")[1]
            for label in playground.reply_card.findChildren(QLabel) if label.objectName().startswith("FlagChip")}


def test_a_run_shows_reply_route_flags_masked_text_and_tools(session: Session, qtbot):
    run = StandIn()
    playground = make(session, qtbot, run)
    assert not playground.send.isEnabled()
    assert "nothing is sent or saved" in playground.header.subtitle.text()
    qtbot.keyClicks(playground.message, "What does a tax return cost?")  # QTest types ASCII only
    qtbot.mouseClick(playground.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: playground.trace is not None, timeout=10_000)
    assert run.calls == [("What does a tax return cost?", None)]
    assert playground.reply.text() == "Eine Steuererklärung kostet ab 280 €."
    assert playground.values["route"].text() == "Language: German · Topic: sales · Agent: sales"
    assert playground.values["masked"].text() == TRACE.masked_input
    assert playground.values["sources"].text() == "Preisliste 2026"
    assert playground.values["backend"].text() == "OpenAI · 840 tokens (800 in, 40 out)"
    qtbot.waitUntil(lambda: chips(playground) == {"Prompt injection": "error",
                                                  "Not backed by your documents": "warn",
                                                  "Handed to a person": "warn"})
    tools = playground.tools
    assert tools.topLevelItemCount() == 2
    search, lead = tools.topLevelItem(0), tools.topLevelItem(1)
    assert search.text(0) == "search_knowledge" and "Preis Steuererklärung" in search.text(1)
    assert search.child(1).text(0) == "Result" and "Preisliste 2026" in search.child(1).text(1)
    assert lead.child(1).text(0) == "Error" and lead.child(1).text(1) == "dry run"
    assert playground.state.text() == "Done. Nothing was sent or saved."
    assert playground.send.isEnabled()


def test_ctrl_enter_sends(session: Session, qtbot):
    run = StandIn()
    playground = make(session, qtbot, run)
    playground.message.setFocus()
    qtbot.keyClicks(playground.message, "Hallo")
    qtbot.keyClick(playground.message, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: playground.trace is not None, timeout=10_000)
    assert run.calls == [("Hallo", None)]


def test_streamed_text_appears_while_the_reply_is_written(session: Session, qtbot):
    run = StandIn(pieces=("Eine Steuer", "erklärung kostet"))
    playground = make(session, qtbot, run)
    playground.message.setPlainText("Preis?")
    playground.submit()
    qtbot.waitUntil(lambda: playground.reply.text() == "Eine Steuererklärung kostet", timeout=10_000)
    assert playground.trace is None and not playground.send.isEnabled()
    run.release.set()
    qtbot.waitUntil(lambda: playground.trace is not None, timeout=10_000)
    assert playground.reply.text() == TRACE.reply  # the final text replaces the stream


def test_no_flags_say_no_concerns_and_no_tools_say_none(session: Session, qtbot):
    calm = Trace(language="uk", reply_language="uk", intent="smalltalk", agent=None, masked_input="Привіт",
                 flags=(), tool_calls=(), reply="Вітаю!", backend="embedded")
    playground = make(session, qtbot, StandIn(calm))
    playground.message.setPlainText("Привіт")
    playground.submit()
    qtbot.waitUntil(lambda: playground.trace is not None, timeout=10_000)
    qtbot.waitUntil(lambda: chips(playground) == {"No concerns": "ok"})
    assert playground.no_tools.isVisibleTo(playground) and not playground.tools.isVisibleTo(playground)
    assert playground.values["route"].text() == ("Language: Ukrainian · Topic: small talk · "
                                                 "Agent: none (the supervisor answered)")
    assert playground.values["backend"].text() == "Embedded · no tokens used"


def test_an_error_is_shown_not_raised(session: Session, qtbot):
    run = StandIn(fail=RemoteUnavailable("OpenAI did not answer within 30 s"))
    playground = make(session, qtbot, run)
    playground.message.setPlainText("Hallo")
    playground.submit()
    qtbot.waitUntil(lambda: playground.error is not None, timeout=10_000)
    assert playground.error_label.isVisibleTo(playground)
    assert playground.error_label.text().startswith("The service could not be reached.")
    assert "OpenAI did not answer within 30 s" in playground.error_label.text()
    assert not playground.reply_card.isVisibleTo(playground)
    assert playground.send.isEnabled()


def test_the_real_service_answers_offline_with_the_embedded_back_end(session: Session, qtbot):
    playground = make(session, qtbot, None)  # the default: app.ai.playground, a dry run
    playground.message.setPlainText("Hello, what does a tax return cost? My e-mail is max@example.com.")
    playground.submit()
    qtbot.waitUntil(lambda: playground.trace is not None or playground.error is not None, timeout=60_000)
    assert playground.error is None, playground.error_label.text()
    trace = playground.trace
    assert trace.backend.startswith("embedded") and trace.language == "en"
    assert "max@example.com" not in trace.masked_input
    assert playground.values["masked"].text() == trace.masked_input
    assert playground.values["route"].text().startswith("Language: English")
    assert playground.reply.text()
