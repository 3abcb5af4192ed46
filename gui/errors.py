"""The one place that turns exceptions into sentences people can act on.

The sentence is translated and says what to do next; the error's own message
follows as details. Tracebacks only ever go behind the "Show Details…" button.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from secretary.errors import RateLimited, SecretaryError

translate = QCoreApplication.translate


def sentence(exc: BaseException) -> str:
    """The translated sentence for ``exc`` alone, without details."""
    code = getattr(exc, "code", None) if isinstance(exc, SecretaryError) else None
    if code == "invalid_input":
        return translate("Errors", "The value was not accepted. Correct it and try again.")
    if code == "not_found":
        return translate("Errors", "That item no longer exists. It may have been removed in the meantime.")
    if code == "conflict":
        return translate("Errors", "The change clashes with a newer one. Reload and try again.")
    if code == "not_ready":
        return translate("Errors", "This feature is not set up yet. Check it in Settings.")
    if code == "auth_failed":
        return translate("Errors", "The service rejected the credentials. Check them in Settings → Integrations.")
    if code == "rate_limited":
        retry = exc.retry_after if isinstance(exc, RateLimited) else None
        if retry:
            return translate("Errors", "The service asks us to slow down. Try again in %n second(s).", "",
                             max(1, round(retry)))
        return translate("Errors", "The service asks us to slow down. Try again in a minute.")
    if code == "remote_unavailable":
        return translate("Errors", "The service could not be reached. Check the internet connection and try again.")
    if code == "workspace_locked":
        return translate("Errors", "The workspace is in use by another program. Close it or wait until it ends.")
    if code == "secret_store":
        return translate("Errors", "The secret store could not be opened. Check the passphrase or the secrets file.")
    if code == "migration":
        return translate("Errors", "The database could not be brought up to date. A backup of it was kept in the "
                                   "workspace's backups folder.")
    if isinstance(exc, SecretaryError):
        return translate("Errors", "The operation did not succeed.")
    return translate("Errors", "Something unexpected went wrong. The details can help support find the cause.")


def details(exc: BaseException) -> str:
    """One line of what actually happened (the error's message), no traceback."""
    if isinstance(exc, SecretaryError):
        return exc.message
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def describe(exc: BaseException) -> str:
    """Translated sentence, then the details on their own line."""
    extra = details(exc)
    return f"{sentence(exc)}\n{extra}" if extra else sentence(exc)


def technical(exc: BaseException) -> str:
    """The full traceback, for the details button and bug reports."""
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def check_sentence(code: str) -> str:
    """The sentence for an integration's connection test result code."""
    sentences = {
        "ok": translate("Errors", "Connection works."),
        "not_configured": translate("Errors", "Not set up yet: enter the credentials above and save them, then "
                                              "test again."),
        "auth_failed": translate("Errors", "The service rejected the credentials. Check that they are complete "
                                           "and still valid."),
        "rate_limited": translate("Errors", "The service asks us to slow down. Try again in a minute."),
        "unreachable": translate("Errors", "The service could not be reached. Check the internet connection and "
                                           "the address."),
        "bad_answer": translate("Errors", "Something answered, but not like this service. Check the address."),
        "not_available": translate("Errors", "The connection test for this service is not available yet."),
    }
    return sentences.get(code, translate("Errors", "The test ended with an unknown result."))


def show_error(parent: QObject | None, exc: BaseException) -> QMessageBox:
    """A non-blocking message box: the sentence, the details, and the traceback one click away."""
    widget = parent if isinstance(parent, QWidget) else None
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Errors", "Something did not work"), sentence(exc),
                      QMessageBox.StandardButton.Ok, widget)
    box.setInformativeText(details(exc))
    box.setDetailedText(technical(exc))
    box.setObjectName("ErrorBox")
    box.open()
    return box
