"""Plain functions the Inbox runs on the thread pool (testable without Qt): the poll and staff actions.

Each action returns the thread's fresh list row, so the header shows what was
stored even when the change moves the thread out of the filtered list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from services.inbox.service import InboxService
from storage.inbox_views import ThreadFilter, ThreadRow

UNREAD = ThreadFilter(unread_only=True)


@dataclass(frozen=True)
class Arrival:
    """The newest customer message not read yet (for the desktop notification)."""

    message_id: int
    thread_id: int
    title: str
    text: str


@dataclass(frozen=True)
class Poll:
    """What the rail badge and notifications need after a change."""

    unread_threads: int
    newest: Arrival | None


def poll(service: InboxService) -> Poll:
    """Unread conversations and the newest unread customer message."""
    unread = service.count_threads(UNREAD)
    newest = None
    top = service.threads(UNREAD, 0, 1)
    if top:
        thread = top[0]
        total = service.count_messages(thread.id)
        incoming = [m for m in service.messages(thread.id, max(0, total - 20), 20) if m.direction == "in"]
        if incoming:
            last = incoming[-1]
            newest = Arrival(last.id, thread.id, thread.title, " ".join(last.text.split())[:200])
    return Poll(unread, newest)


def has_any(service: InboxService, channels: Callable[[], int]) -> tuple[int, int]:
    """(conversations, channels): channels are only counted when there is no conversation at all."""
    threads = service.count_threads(ThreadFilter())
    return threads, (1 if threads else channels())


def act(service: InboxService, thread_id: int, action: Callable[[], object]) -> ThreadRow:
    action()
    return service.thread(thread_id)


def send(service: InboxService, thread_id: int, text: str, actor: str, sender: str | None, me: int | None,
         take_over: bool) -> ThreadRow:
    """A staff reply; with ``take_over`` the AI is switched off (and the thread assigned to ``me``) first."""
    if take_over:
        service.take_over(thread_id, me, actor)
    service.reply(thread_id, text, actor, sender)
    return service.thread(thread_id)


def note(service: InboxService, thread_id: int, text: str, actor: str, sender: str | None) -> ThreadRow:
    service.note(thread_id, text, actor, sender)
    return service.thread(thread_id)
