"""The Signal connector: spawns ``signal-cli -a NUMBER jsonRpc``, keeps it alive, receives and sends.

Threads: a supervisor (spawn, probe with ``version``, ping, restart with
exponential backoff), the process's two pipe readers (``rpc.RpcProcess``) and
a dispatcher that hands messages to ``deliver``, so a slow inbox, or one that
replies from inside ``deliver``, never blocks the reader ``send`` waits on.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from secretary.channels import ChannelHealth, IncomingMessage, OutgoingMessage, Sent
from secretary.errors import NotReady, RemoteUnavailable
from services.channels.signal import envelope as env
from services.channels.signal.rpc import RpcError, RpcProcess, java_problem

log = logging.getLogger(__name__)
INSTALL_HINT = "signal-cli was not found at {}; install it (see README: Signal setup)"
RECEIPTS_KEPT = 1000


class SignalConnector:
    """One Signal account served through signal-cli (implements ``secretary.channels.Connector``).

    ``signal_cli`` is the executable, a ``.py`` stand-in (run with this
    interpreter) or a whole command prefix such as ``[sys.executable, path]``.
    ``extra_args`` are global signal-cli options placed before ``jsonRpc``.
    ``state``/``save_state`` persist our account uuid and recent receipts.
    """

    def __init__(
        self,
        channel_id: int,
        number: str,
        *,
        signal_cli: str | Sequence[str] = "signal-cli",
        config_dir: str | None = None,
        extra_args: Sequence[str] = (),
        state: dict | None = None,
        save_state: Callable[[dict], None] = lambda s: None,
        restart_backoff: tuple[float, float] = (1.0, 60.0),
        on_receipt: Callable[[str, str], None] | None = None,
        env: Mapping[str, str] | None = None,
        request_timeout: float = 30.0,
        startup_timeout: float = 120.0,
        ping_interval: float = 60.0,
    ) -> None:
        self.channel_id = channel_id
        self.number = number
        if isinstance(signal_cli, str):  # no shebangs on Windows: a .py stand-in runs with this interpreter
            signal_cli = [sys.executable, signal_cli] if signal_cli.endswith(".py") else [signal_cli]
        self._prefix = list(signal_cli)
        self._config_dir = config_dir
        self._extra_args = list(extra_args)
        self._state = dict(state or {})
        self._save_state = save_state
        self._backoff = restart_backoff
        self._on_receipt = on_receipt
        self._env = {**os.environ, **env} if env else None
        self._request_timeout, self._startup_timeout, self._ping = request_timeout, startup_timeout, ping_interval
        self.receipts: dict[int, str] = {int(k): str(v) for k, v in dict(self._state.get("receipts") or {}).items()}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._process: RpcProcess | None = None
        self._health = ChannelHealth("stopped")
        self._restarts = 0
        self._threads: list[threading.Thread] = []
        self._inbox: queue.Queue[dict | None] = queue.Queue()
        self._deliver: Callable[[int, IncomingMessage], None] | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    def command(self) -> list[str]:
        """The command line; signal-cli wants its global options (``--config``, ``-a``, ``-o``) before ``jsonRpc``."""
        config = ["--config", self._config_dir] if self._config_dir else []
        return [*self._prefix, *config, *self._extra_args, "-a", self.number, "-o", "json", "jsonRpc"]

    def start(self, deliver: Callable[[int, IncomingMessage], None]) -> None:
        """Start signal-cli in the background; never raises (problems show in ``health()``)."""
        if self._threads:
            return
        self._deliver = deliver
        self._stop.clear()
        with self._lock:
            self._health = ChannelHealth("starting", "starting signal-cli", None, self._restarts)
        for target, name in ((self._supervise, "supervisor"), (self._dispatch, "dispatcher")):
            thread = threading.Thread(target=target, name=f"signal-{self.channel_id}-{name}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        """Terminate signal-cli (kill after 3 s) and join the threads; safe to call twice."""
        self._stop.set()
        with self._lock:
            process = self._process
        if process is not None:
            process.terminate()  # wakes the supervisor out of its wait or probe
        self._inbox.put(None)
        for thread in self._threads:
            if thread is not threading.current_thread():
                thread.join(timeout=5)
        self._threads.clear()
        with self._lock:  # the supervisor may have spawned a newer one meanwhile
            process, self._process = self._process, None
            if self._health.state != "failed":
                self._health = ChannelHealth("stopped", "stopped", self._health.last_error, self._restarts)
        if process is not None:
            process.terminate()

    def health(self) -> ChannelHealth:
        """The connector's current state: starting | running | degraded | stopped | failed."""
        with self._lock:
            return self._health

    def _set_health(self, state: str, detail: str, error: str | None = None) -> None:
        with self._lock:
            if self._stop.is_set():
                return
            # the last error outlives recovery, so "running, 2 restarts" can still say why
            self._health = ChannelHealth(state, detail, error or self._health.last_error, self._restarts)
        log.log(logging.WARNING if state in ("failed", "degraded") else logging.INFO,
                "signal channel %s: %s (%s)", self.channel_id, state, detail)

    def _supervise(self) -> None:
        delay = self._backoff[0]
        while not self._stop.is_set():
            try:
                process = RpcProcess(self.command(), self._env, self._inbox.put)
            except FileNotFoundError:
                return self._set_health("failed", INSTALL_HINT.format(self._prefix[0]), "executable not found")
            except OSError as e:
                return self._set_health("failed", f"signal-cli at {self._prefix[0]} could not be started: {e}", str(e))
            with self._lock:
                self._process = process
            if self._stop.is_set():
                break
            began = time.monotonic()
            alive = self._probe(process, self._startup_timeout)
            if alive:
                self._set_health("running", f"signal-cli is running for {self.number}")
            while alive and not self._stop.is_set():
                alive = not process.wait(self._ping) and self._probe(process, self._request_timeout)
            process.terminate()
            if self._stop.is_set():
                break
            problem = java_problem(process.returncode, list(process.stderr_tail))
            if problem:
                return self._set_health("failed", problem, process.last_error())
            with self._lock:
                self._restarts += 1
            if time.monotonic() - began > self._backoff[1]:
                delay = self._backoff[0]  # it ran a good while: start the backoff afresh
            self._set_health("degraded", f"signal-cli exited (code {process.returncode}); restarting in {delay:g} s",
                             process.last_error() or "signal-cli stopped responding")
            if self._stop.wait(delay):
                break
            delay = min(delay * 2, self._backoff[1])
        with self._lock:
            last, self._process = self._process, None
        if last is not None:
            last.terminate()

    @staticmethod
    def _probe(process: RpcProcess, timeout: float) -> bool:
        """Whether the process answers at all (an error answer counts: it is alive)."""
        try:
            process.call("version", None, timeout)
        except RpcError:
            return True
        except RemoteUnavailable:
            return False
        return True

    def _call(self, method: str, params: dict, timeout: float) -> Any:
        with self._lock:
            process = self._process
        if process is None:
            raise RemoteUnavailable("signal-cli is not running")
        try:
            return process.call(method, params, timeout)
        except RpcError as e:
            raise env.send_error(e.code, e.message, env.error_results(e.data)) from e

    # -- receiving -------------------------------------------------------------------------------

    def _ours(self) -> set[str]:
        return {self.number, *([self._state["account_uuid"]] if self._state.get("account_uuid") else [])}

    def _dispatch(self) -> None:
        while True:
            params = self._inbox.get()
            if params is None or self._stop.is_set():
                return
            try:
                message = self._incoming(env.envelope_of(params))
                if message is not None and self._deliver is not None:
                    log.info("signal channel %s: message received (%d chars, %d attachments)",
                             self.channel_id, len(message.text), len(message.attachments))
                    self._deliver(self.channel_id, message)
            except Exception:
                log.exception("signal channel %s: could not handle an incoming envelope", self.channel_id)

    def _incoming(self, envelope: dict) -> IncomingMessage | None:
        source = env.source_of(envelope)
        if source in self._ours():  # our own devices (sync messages) tell us our uuid; nothing to answer
            if envelope.get("sourceUuid") and self._state.get("account_uuid") != envelope["sourceUuid"]:
                self._state["account_uuid"] = envelope["sourceUuid"]
                self._persist()
            return None
        if envelope.get("receiptMessage"):
            self._record_receipt(envelope["receiptMessage"])
            return None
        data_dir = Path(self._config_dir) if self._config_dir else env.default_data_dir()
        message = env.incoming_message(envelope, ours=self._ours(), data_dir=data_dir)
        if message is None and (envelope.get("dataMessage") or {}).get("groupInfo"):
            log.debug("signal channel %s: group message not addressed to us", self.channel_id)
        return message

    def _record_receipt(self, receipt: dict) -> None:
        state = env.receipt_state(receipt)
        if state is None:
            return
        changed = []
        with self._lock:
            for ts in (t for t in receipt.get("timestamps") or [] if isinstance(t, int)):
                if self.receipts.get(ts) not in (state, "read"):  # never downgrade read to delivered
                    self.receipts[ts] = state
                    changed.append(ts)
            for old in sorted(self.receipts)[:-RECEIPTS_KEPT]:
                del self.receipts[old]
        if changed:
            self._persist()
        for ts in changed:
            if self._on_receipt is not None:
                try:
                    self._on_receipt(f"{self.number}:{ts}", state)
                except Exception:
                    log.exception("signal channel %s: on_receipt failed", self.channel_id)

    def delivery_state(self, external_id: str) -> str | None:
        """``"delivered"`` or ``"read"`` for a message we sent (its ``Sent.external_id``), else None."""
        try:
            return self.receipts.get(int(external_id.rsplit(":", 1)[1]))
        except (IndexError, ValueError):
            return None

    def _persist(self) -> None:
        with self._lock:
            self._state["receipts"] = {str(k): v for k, v in self.receipts.items()}
            snapshot = dict(self._state)
        try:
            self._save_state(snapshot)
        except Exception:
            log.exception("signal channel %s: could not save state", self.channel_id)

    # -- sending ---------------------------------------------------------------------------------

    def send(self, message: OutgoingMessage) -> Sent:
        """Send one message (blocking); buttons become a numbered list, as Signal has none."""
        text = env.with_buttons(message.text, message.buttons)
        params: dict[str, Any] = {"message": text}
        if message.chat_id.startswith("group:"):
            params["groupId"] = message.chat_id.removeprefix("group:")
            author, _, ts = (message.reply_to_external_id or "").rpartition(":")
            if author and ts.isdigit():  # quoting keeps a busy group readable
                params.update(quoteTimestamp=int(ts), quoteAuthor=author)
        else:
            params["recipient"] = [message.chat_id]
        result = self._call("send", params, self._request_timeout) or {}
        results = result.get("results") or []
        if results and not any(r.get("type") == "SUCCESS" for r in results):
            raise env.send_error(0, "signal-cli could not send the message", results)
        log.info("signal channel %s: message sent (%d chars)", self.channel_id, len(text))
        return Sent(external_id=f"{self.number}:{result.get('timestamp')}")

    def send_read_receipt(self, external_id: str) -> None:
        """Tell the sender we read their message (``sendReceipt``); ``external_id`` as received."""
        sender, _, ts = external_id.rpartition(":")
        if not sender or not ts.isdigit():
            raise ValueError(f"not a Signal message id: {external_id!r}")
        self._call("sendReceipt", {"recipient": sender, "targetTimestamp": [int(ts)], "type": "read"},
                   self._request_timeout)

    def check(self) -> str:
        """Test the connection ("version"), through the running process or a one-off one. Raises NotReady."""
        with self._lock:
            process = self._process
        if process is not None and process.alive:
            return self._describe(process, self._request_timeout)
        try:
            process = RpcProcess(self.command(), self._env, lambda params: None)
        except FileNotFoundError as e:
            raise NotReady(INSTALL_HINT.format(self._prefix[0])) from e
        except OSError as e:
            raise NotReady(f"signal-cli at {self._prefix[0]} could not be started: {e}") from e
        try:
            return self._describe(process, self._startup_timeout)
        except RemoteUnavailable as e:
            process.terminate()
            problem = java_problem(process.returncode, list(process.stderr_tail))
            raise NotReady(problem or process.last_error() or str(e)) from e
        finally:
            process.terminate()

    def _describe(self, process: RpcProcess, timeout: float) -> str:
        try:
            result = process.call("version", None, timeout)
            version = result.get("version") if isinstance(result, dict) else result
        except RpcError as e:  # an old signal-cli without "version" still answered
            version = f"(version unknown: {e.message})"
        return f"signal-cli {version} answers for {self.number}"
