"""The wiring that builds the application for one workspace.

Every front end (GUI, CLI, HTTP server, worker) opens the workspace through
:func:`open_app` and then calls the services hanging off :class:`App`.
"""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from secretary import __version__
from secretary.audit import ACTOR_SYSTEM
from secretary.ports import Responder
from secretary.records import StatusReport
from services.ai.service import AIService
from services.audit_service import AuditService
from services.channels.registry import ChannelRegistry
from services.channels.service import ChannelService
from services.inbox.outbox import Outbox
from services.inbox.service import InboxService
from services.knowledge.embedder_factory import EmbedderFactory
from services.knowledge.service import KnowledgeService
from services.kyb.clients import Clients
from services.kyb.lists import ListsService
from services.kyb.monitor import Monitor, telegram_notifier
from services.kyb.service import KybService
from services.queue import Queue
from services.secrets_service import SecretsService
from services.settings_service import SettingsService
from storage import migrate, stats
from storage.db import Database
from storage.lock import WorkspaceLock
from storage.migrate import MigrationResult
from storage.secrets import open_store
from storage.watch import ChangeWatcher
from storage.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass
class App:
    """One open workspace and its services."""

    workspace: Workspace
    db: Database
    settings: SettingsService
    secrets: SecretsService
    audit: AuditService
    queue: Queue
    lock: WorkspaceLock
    knowledge: KnowledgeService
    ai: AIService
    inbox: InboxService
    channels: ChannelService
    connectors: ChannelRegistry
    outbox: Outbox
    kyb: KybService
    monitor: Monitor
    migration: MigrationResult | None = None
    extras: dict[str, object] = field(default_factory=dict)

    @property
    def workspace_id(self) -> str:
        return str(self.settings.get("workspace.id"))

    def status(self) -> StatusReport:
        """Workspace, schema, secret store, who runs the worker, and rows per table."""
        with self.db.reading() as session:
            counts = stats.row_counts(session)
        return StatusReport(workspace=str(self.workspace.root), database=str(self.workspace.database),
                            schema_version=migrate.current_revision(self.db.engine),
                            schema_head=migrate.head_revision(), secret_store=self.secrets.store_description,
                            lock=self.lock.holder(), counts=counts, version=__version__)

    def watcher(self) -> ChangeWatcher:
        """A watcher whose version changes after every commit (for live views); close it when done."""
        return ChangeWatcher(self.workspace.database)

    def close(self) -> None:
        """Release the workspace lock (if held) and close database connections."""
        self.lock.release()
        self.db.dispose()


def _ensure_identity(settings: SettingsService) -> str:
    workspace_id = settings.get("workspace.id")
    if not workspace_id:
        workspace_id = uuid.uuid4().hex
        settings.set_many({"workspace.id": workspace_id,
                           "workspace.created_at": datetime.now(UTC).isoformat(timespec="seconds")}, ACTOR_SYSTEM)
    return str(workspace_id)


def open_app(workspace: Workspace | None = None, *, immediate: bool = False,
             responder: Responder | None = None) -> App:
    """Open (creating if needed) and migrate ``workspace``; nothing is started yet.

    An existing database at an older schema is backed up into ``backups/``
    before it is upgraded. ``immediate`` runs queued tasks synchronously (tests).
    """
    workspace = workspace or Workspace.default()
    workspace.ensure()
    db = Database(workspace.database)
    result = migrate.upgrade(db.engine, workspace.database, workspace.backups)
    if result.changed:
        log.info("database upgraded from %s to %s (backup: %s)", result.before, result.after, result.backup)
    settings = SettingsService(db)
    workspace_id = _ensure_identity(settings)
    store = open_store(workspace.secrets_file, workspace.secrets_key_file, f"ai-secretary/{workspace_id}")
    queue = Queue(db, responder, workspace.queue, immediate=immediate)  # type: ignore[arg-type]  # set below
    secrets = SecretsService(db, store)
    knowledge = KnowledgeService(db, settings, queue, EmbedderFactory(settings, secrets))
    ai = AIService(db, settings, secrets, knowledge)
    queue.responder = responder or ai
    inbox = InboxService(db, queue, workspace.attachments)
    channels = ChannelService(db, secrets)
    connectors = ChannelRegistry(channels, inbox)
    outbox = _wire_outbox(db, queue, inbox, channels, connectors)
    kyb = KybService(db, settings, ListsService(db, settings, secrets, cache_dir=workspace.root / "cache"),
                     Clients(settings))
    monitor = Monitor(kyb, queue, settings, workspace.root / "cache")
    kyb.alerted.append(telegram_notifier(settings, lambda: _telegram_connector(channels, connectors)))
    return App(workspace=workspace, db=db, settings=settings, secrets=secrets, audit=AuditService(db),
               queue=queue, lock=WorkspaceLock(workspace.lock_file), knowledge=knowledge, ai=ai, inbox=inbox,
               channels=channels, connectors=connectors, outbox=outbox, kyb=kyb, monitor=monitor,
               migration=result)


def _telegram_connector(channels: ChannelService, connectors: ChannelRegistry) -> Any:
    """The connector of the first running Telegram channel (staff alerts go through the firm's bot)."""
    for channel in channels.list():
        if channel.type == "telegram" and channel.is_active:
            connector = connectors.get(channel.id)
            if connector is not None:
                return connector
    return None


def _wire_outbox(db: Database, queue: Queue, inbox: InboxService, channels: ChannelService,
                 connectors: ChannelRegistry) -> Outbox:
    """Every stored reply (AI or staff) is queued for sending; retries and recovery go through the queue."""
    outbox = Outbox(db, connectors.get, channels.channel_type)
    send = queue.register("send_message", outbox.send)
    outbox.retry = lambda message_id, delay: send.schedule((message_id,), delay=delay)
    claims = threading.local()  # the claim made inside the reply's transaction, used after its commit

    def claim(session: Any, reply_id: int) -> None:
        claims.pending = (reply_id, outbox.claim_in(session, reply_id))

    def send_now(reply_id: int) -> None:  # the worker that stored the reply sends it: no second queue hop
        pending, claims.pending = getattr(claims, "pending", None), None
        try:
            if pending is not None and pending[0] == reply_id and pending[1] is not None:
                outbox.deliver_claimed(reply_id, pending[1])
            else:
                outbox.send(reply_id)
        except Exception:  # noqa: BLE001 - e.g. the database is busy: the queue tries again
            log.warning("sending reply %s failed; queued to try again", reply_id, exc_info=True)
            send(reply_id)
    queue.on_store = claim
    queue.replied.append(send_now)
    inbox.send = send

    def recover() -> int:
        unsent = outbox.unsent()
        for message_id in unsent:
            send(message_id)
        return len(unsent)
    queue.recoverers.append(recover)
    return outbox
