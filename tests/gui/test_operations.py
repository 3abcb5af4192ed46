"""The op helper: work on the pool, results and errors back on the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from gui import errors
from gui.operations import op, tracker
from secretary.errors import AuthFailed, InvalidInput, RateLimited


def test_success_runs_fn_off_the_ui_thread_and_delivers_on_it(qtbot):
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback_thread"] = threading.get_ident()

    parent = QObject()
    op(parent, work).success(done).run()
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["work_thread"] != ui_thread
    assert seen["callback_thread"] == ui_thread


def test_failure_is_delivered_on_the_ui_thread(qtbot):
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> None:
        raise InvalidInput("firm.vat_id: 'x' has the wrong format", key="firm.vat_id")

    def failed(exc: BaseException) -> None:
        seen["exc"] = exc
        seen["thread"] = threading.get_ident()

    op(QObject(), work).success(lambda _r: seen.setdefault("success", True)).failure(failed).run()
    qtbot.waitUntil(lambda: "exc" in seen)
    assert isinstance(seen["exc"], InvalidInput)
    assert seen["thread"] == ui_thread
    assert "success" not in seen


def test_progress_label_is_tracked_while_running(qtbot):
    release = threading.Event()
    finished: list[object] = []
    op(QObject(), lambda: release.wait(5)).success(finished.append).with_progress("Downloading lists…").run()
    qtbot.waitUntil(lambda: tracker().count >= 1)
    assert "Downloading lists…" in tracker().labels
    release.set()
    qtbot.waitUntil(lambda: bool(finished) and "Downloading lists…" not in tracker().labels)


def test_callbacks_are_skipped_when_the_parent_is_gone(qtbot):
    called: list[object] = []
    parent = QWidget()
    release = threading.Event()
    op(parent, lambda: release.wait(5)).success(called.append).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _valid(parent))
    release.set()
    qtbot.wait(200)
    assert called == []


def _valid(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_unhandled_failure_opens_a_sentence_not_a_traceback(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def work() -> None:
        raise AuthFailed("Telegram rejected the bot token")

    op(parent, work).run()
    qtbot.waitUntil(lambda: parent.findChild(QWidget, "ErrorBox") is not None)
    box = parent.findChild(QWidget, "ErrorBox")
    assert "rejected the credentials" in box.text()
    assert "Traceback" not in box.text() and "Traceback" not in box.informativeText()
    assert "Traceback" in box.detailedText()
    box.close()


def test_describe_gives_sentence_and_details():
    text = errors.describe(InvalidInput("firm.country: 'x' has the wrong format"))
    sentence, details = text.split("\n")
    assert sentence == "The value was not accepted. Correct it and try again."
    assert details == "firm.country: 'x' has the wrong format"
    assert "30 seconds" in errors.describe(RateLimited("slow down", retry_after=30))
    generic = errors.describe(ZeroDivisionError("division by zero"))
    assert generic.startswith("Something unexpected went wrong")
    assert "Traceback" not in generic
