"""KYB background work on the queue: due checks, daily list downloads, re-screening after a list update,
and alerts to staff on Telegram.

Checks run as Huey tasks in whichever process runs the workspace (``secretary serve`` or the
desktop app); the database says what is due, so nothing is lost when a process stops.
"""

from __future__ import annotations

import logging
from typing import Any

from huey import crontab

from secretary.channels import OutgoingMessage
from secretary.kyb.counterparty import Alert
from services.kyb.service import ACTOR, KybService
from services.queue import Queue
from services.settings_service import SettingsService

log = logging.getLogger(__name__)
SEVERITY_MARK = {"critical": "‼️", "high": "❗", "medium": "⚠️", "low": "ℹ️"}


class Monitor:
    """Registers the KYB tasks on the queue."""

    def __init__(self, kyb: KybService, queue: Queue, settings: SettingsService, cache_dir: Any) -> None:
        self._kyb = kyb
        self._settings = settings
        self._cache_dir = cache_dir
        self.check_task = queue.huey.task(retries=2, retry_delay=60, name="kyb_check")(self._check)
        self.rescreen_task = queue.huey.task(retries=1, retry_delay=60, name="kyb_rescreen")(self.rescreen)
        self.update_task = queue.huey.task(retries=1, retry_delay=900, name="kyb_lists_update")(self.update_lists)
        queue.huey.periodic_task(crontab(minute="7"), name="kyb_due")(self.run_due)
        queue.huey.periodic_task(crontab(hour="4", minute="17"), name="kyb_lists_daily")(self.daily_update)
        kyb.lists.on_updated.append(lambda _lists: self.rescreen_task())

    def _check(self, counterparty_id: int) -> None:
        try:
            self._kyb.check(counterparty_id)
        except Exception:  # noqa: BLE001 - logged; the next hourly run picks it up again
            log.exception("KYB check of counterparty %s failed", counterparty_id)
            raise

    def run_due(self) -> int:
        """Queue a check of every counterparty that is due (hourly)."""
        due = self._kyb.due()
        for counterparty_id in due:
            self.check_task(counterparty_id)
        return len(due)

    def rescreen(self) -> int:
        """Screen every active counterparty against the lists again (after a list update)."""
        ids = self._kyb.active_ids()
        for counterparty_id in ids:
            try:
                self._kyb.check(counterparty_id, sources=("sanctions",))
            except Exception:  # noqa: BLE001 - one broken record must not stop the others
                log.exception("re-screening counterparty %s failed", counterparty_id)
        return len(ids)

    def daily_update(self) -> None:
        if self._settings.get("kyb.auto_update_lists"):
            self.update_task()

    def update_lists(self) -> list[Any]:
        """Download every chosen list (the body of the daily task and of 'Update now')."""
        return self._kyb.lists.update(actor=ACTOR, cache_dir=self._cache_dir)


def telegram_notifier(settings: SettingsService, connector_for_chat: Any) -> Any:
    """An alert hook that also messages staff on Telegram when ``kyb.alert_chat`` is set."""
    def notify(alert: Alert) -> None:
        chat = str(settings.get("kyb.alert_chat") or "").strip()
        if not chat:
            return
        connector = connector_for_chat()
        if connector is None:
            log.info("KYB alert %s not sent to Telegram: no Telegram channel is running", alert.id)
            return
        text = f"{SEVERITY_MARK.get(alert.severity, '')} KYB {alert.severity}: {alert.message}".strip()
        connector.send(OutgoingMessage(chat_id=chat, text=text[:4000], idempotency_key=f"kyb-alert-{alert.id}"))
    return notify
