"""Drive the signal-cli stand-in (``tests/fakes/signal_cli.py``) from a test.

``FakeSignal(tmp_path)`` lays out an inbox folder, a sent log and a signal-cli
data folder; ``command`` and ``env`` are what the connector should run with.
Envelopes pushed here have the shape signal-cli emits (see the stand-in's
docstring for the sources).
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import time
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

SCRIPT = Path(__file__).with_name("signal_cli.py")


class FakeSignal:
    """One stand-in account: its folders, environment and message helpers."""

    def __init__(self, root: Path, number: str = "+4930100000") -> None:
        self.number = number
        self.uuid = "uuid-" + number.lstrip("+")
        self.inbox = root / "signal-inbox"
        self.log = root / "signal-sent.jsonl"
        self.config_dir = root / "signal-data"
        self.inbox.mkdir(parents=True, exist_ok=True)
        (self.config_dir / "attachments").mkdir(parents=True, exist_ok=True)
        self._seq = itertools.count(1)
        self._ts = int(time.time() * 1000)

    @property
    def command(self) -> list[str]:
        return [sys.executable, str(SCRIPT)]

    def env(self, **extra: str) -> dict[str, str]:
        """Environment for the stand-in; ``extra`` adds e.g. ``FAKE_SIGNAL_CRASH_AFTER="1"``."""
        return {"FAKE_SIGNAL_INBOX": str(self.inbox), "FAKE_SIGNAL_LOG": str(self.log), **extra}

    def timestamp(self) -> int:
        self._ts += 1
        return self._ts

    def push_envelope(self, envelope: dict) -> None:
        """Drop one envelope for the stand-in to emit (written atomically)."""
        name = f"{next(self._seq):06d}"
        tmp = self.inbox / f"{name}.tmp"
        tmp.write_text(json.dumps(envelope), encoding="utf-8")
        os.replace(tmp, self.inbox / f"{name}.json")

    def push_text(
        self,
        source: str,
        text: str,
        *,
        name: str | None = "Customer",
        group_id: str | None = None,
        mentions: Sequence[str] = (),
        quote_author: str | None = None,
        attachments: Iterable[tuple[str, str, bytes]] = (),
        declared_size: int | None = None,
    ) -> int:
        """Push a data message from ``source``; returns its timestamp.

        ``mentions`` are numbers mentioned (one U+FFFC placeholder each, as Signal
        sends them); ``attachments`` are (filename, content type, bytes) written
        to the data folder like signal-cli does; ``declared_size`` overrides the
        size reported in the envelope.
        """
        ts = self.timestamp()
        placeholders = "\ufffc " * len(mentions)
        data: dict = {"timestamp": ts, "message": placeholders + text if text else None, "expiresInSeconds": 0,
                      "viewOnce": False}
        if mentions:
            data["mentions"] = [{"name": n, "number": n, "uuid": "uuid-" + n.lstrip("+"), "start": 2 * i,
                                 "length": 1} for i, n in enumerate(mentions)]
        if group_id:
            data["groupInfo"] = {"groupId": group_id, "groupName": "Team", "revision": 3, "type": "DELIVER"}
        if quote_author:
            data["quote"] = {"id": ts - 1000, "author": quote_author, "authorNumber": quote_author,
                             "authorUuid": "uuid-" + quote_author.lstrip("+"), "text": "earlier", "attachments": []}
        files = []
        for filename, content_type, blob in attachments:
            att_id = uuid.uuid4().hex[:20] + Path(filename).suffix
            (self.config_dir / "attachments" / att_id).write_bytes(blob)
            files.append({"contentType": content_type, "filename": filename, "id": att_id,
                          "size": declared_size if declared_size is not None else len(blob),
                          "width": None, "height": None, "caption": None, "uploadTimestamp": ts})
        if files:
            data["attachments"] = files
        self.push_envelope(self._envelope(source, name, ts, dataMessage=data))
        return ts

    def push_receipt(self, source: str, timestamps: Sequence[int], kind: str = "delivery") -> None:
        """Push a delivery or read receipt for messages we sent."""
        ts = self.timestamp()
        receipt = {"when": ts, "isDelivery": kind == "delivery", "isRead": kind == "read", "isViewed": False,
                   "timestamps": list(timestamps)}
        self.push_envelope(self._envelope(source, None, ts, receiptMessage=receipt))

    def sent(self) -> list[dict]:
        """Every request the stand-in logged: ``{"method": ..., "params": {...}}``."""
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text(encoding="utf-8").splitlines() if line.strip()]

    def pending(self) -> int:
        """Envelopes not yet picked up by the stand-in."""
        return len(list(self.inbox.glob("*.json")))

    def _envelope(self, source: str, name: str | None, ts: int, **content: dict) -> dict:
        return {"source": source, "sourceNumber": source if source.startswith("+") else None,
                "sourceUuid": "uuid-" + source.lstrip("+"), "sourceName": name, "sourceDevice": 1,
                "timestamp": ts, "serverReceivedTimestamp": ts + 5, "serverDeliveredTimestamp": ts + 6, **content}
