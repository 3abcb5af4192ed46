"""The Telegram connector: one bot account, long polling (or a webhook), replies with inline buttons.

A background thread runs its own asyncio loop with python-telegram-bot's ``Bot``.
Polling is the default because offices sit behind NAT. The update offset is
saved only after a batch was handed to the inbox, so a crash loses nothing and a
restart re-reads nothing (the inbox is idempotent on ``chat_id:message_id``
anyway). ``send`` may be called from any thread; when no loop runs (not started,
or stopped) it makes a one-off connection. Translation of Telegram's updates and
errors lives in ``telegram_updates.py``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hmac
import json
import logging
import threading
from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters, Update, User
from telegram.error import InvalidToken, RetryAfter, TelegramError
from telegram.request import HTTPXRequest

from secretary.channels import MAX_TEXT, ChannelHealth, IncomingMessage, OutgoingMessage, Sent
from secretary.errors import AuthFailed, InvalidInput, NotReady, RemoteUnavailable
from services.channels.telegram_updates import (
    GROUP_TYPES,
    TokenRedactor,
    addressed_text,
    button_press,
    download_attachments,
    redact,
    retry_after,
    sender,
    split_text,
    translate,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]

# httpx logs every request URL at INFO, and PTB the base URL at DEBUG: both contain the token.
_REDACTOR = TokenRedactor()
for _name in ("httpx", "httpcore", "telegram"):
    if logging.getLogger(_name).level == logging.NOTSET:
        logging.getLogger(_name).setLevel(logging.WARNING)
logging.getLogger("httpx").addFilter(_REDACTOR)
Bot._LOGGER.addFilter(_REDACTOR)


class TelegramConnector:
    """A Telegram bot as a :class:`secretary.channels.Connector`."""

    retry_base = 1.0  # seconds before the first retry after a failure; doubles up to retry_max
    retry_max = 60.0
    send_timeout = 30.0

    def __init__(self, channel_id: int, token: str, *, api_url: str = "https://api.telegram.org",
                 state: dict[str, Any] | None = None, save_state: Callable[[dict[str, Any]], None] = lambda s: None,
                 poll_timeout: int = 25, bot_username: str | None = None) -> None:
        if not token:
            raise NotReady("no Telegram bot token is set for this channel")
        self.channel_id = channel_id
        self._token = token
        self._api_url = api_url.rstrip("/")
        self._state = dict(state or {})
        self._save_state = save_state
        self._poll_timeout = poll_timeout
        prefix = token.split(":", 1)[0]
        self._me = User(id=int(prefix) if prefix.isdigit() else 0, first_name="", is_bot=True,
                        username=bot_username.lstrip("@") if bot_username else None)
        self._deliver: Callable[[int, IncomingMessage], None] | None = None
        self._lock = threading.Lock()
        self._health = ChannelHealth("stopped", "not started")
        self._restarts = 0
        self._started = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._bot: Bot | None = None
        self._requests: tuple[HTTPXRequest, ...] = ()
        self._future: concurrent.futures.Future[None] | None = None
        self._answered: deque[str] = deque(maxlen=256)
        _REDACTOR.tokens.add(token)

    # -- Connector ---------------------------------------------------------------------------------------------

    def start(self, deliver: Callable[[int, IncomingMessage], None]) -> None:
        with self._lock:
            if self._future is not None:
                return
            self._restarts += int(self._started)
            self._started = True
        self._deliver = deliver
        self._set_health("starting", "connecting to Telegram")
        loop, bot = self._ensure_loop()
        with self._lock:
            self._future = asyncio.run_coroutine_threadsafe(self._run(bot), loop)

    def stop(self) -> None:
        with self._lock:
            loop, thread, future, requests = self._loop, self._thread, self._future, self._requests
            self._loop = self._thread = self._future = self._bot = None
            self._requests, self._deliver = (), None
        if loop is None or thread is None:
            return
        if future is not None:
            future.cancel()  # ends a long poll in flight at once
        try:
            asyncio.run_coroutine_threadsafe(_close(requests), loop).result(timeout=1.0)
        except Exception as exc:  # noqa: BLE001 - closing is best effort
            log.debug("telegram channel %s: closing the HTTP clients failed: %s", self.channel_id, exc)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=1.0)  # the thread closes its loop itself, even if it outlives this wait
        self._set_health("stopped", "stopped")

    def send(self, message: OutgoingMessage) -> Sent:
        if not message.text.strip():
            raise InvalidInput("an empty message cannot be sent to Telegram")
        chat_id = _chat_id(message.chat_id)
        for row in message.buttons:
            for button in row:
                if not button.data or len(button.data.encode()) > 64:
                    raise InvalidInput(f"button {button.text!r}: Telegram allows 1-64 bytes of button data")
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(b.text, callback_data=b.data) for b in row]
                                       for row in message.buttons]) if message.buttons else None
        reply = None
        if message.reply_to_external_id:
            chat, _, replied = message.reply_to_external_id.rpartition(":")
            if chat.lstrip("-").isdigit() and replied.isdigit():  # "cb:..." (a button press) has no message
                reply = ReplyParameters(int(replied), allow_sending_without_reply=True)
        pieces = split_text(message.text)

        async def send_all(bot: Bot) -> int:
            first: int | None = None
            for number, piece in enumerate(pieces):
                sent = await bot.send_message(chat_id, piece, reply_parameters=reply if number == 0 else None,
                                              reply_markup=markup if number == len(pieces) - 1 else None)
                first = first if first is not None else sent.message_id
            assert first is not None
            return first

        return Sent(f"{chat_id}:{self._call(send_all)}")

    def health(self) -> ChannelHealth:
        with self._lock:
            current = self._health
            return ChannelHealth(current.state, current.detail, current.last_error, self._restarts)

    # -- settings and webhook ----------------------------------------------------------------------------------

    def check_token(self) -> str:
        """The bot's username if Telegram accepts the token (``AuthFailed`` if not): the "Test connection" button."""
        me = self._call(lambda bot: bot.get_me())
        return me.username or me.first_name

    def check(self) -> str:
        """One sentence for the settings dialog, as every connector's ``check()`` gives."""
        return f"Telegram bot @{self.check_token()} answers"

    def set_webhook(self, url: str, secret: str | None = None) -> None:
        """Have Telegram post updates to ``url``, with ``secret`` in X-Telegram-Bot-Api-Secret-Token; stops polling."""
        self._call(lambda bot: bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES))
        with self._lock:
            self._state["webhook_url"] = url
            if secret:
                self._state["webhook_secret"] = secret
            else:
                self._state.pop("webhook_secret", None)
            future = self._future
        self._persist()
        if future is not None:
            future.cancel()
            self._set_health("running", "receiving through the webhook")

    async def handle_webhook(self, body: bytes, secret_header: str | None) -> None:
        """Deliver one update Telegram posted; raises so the server answers an error and Telegram retries."""
        expected = str(self._state.get("webhook_secret") or "")
        if expected and not hmac.compare_digest(expected.encode(), (secret_header or "").encode()):
            raise AuthFailed("the webhook request did not carry this channel's secret token")
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            raise InvalidInput("the webhook body is not a Telegram update")
        if self._deliver is None:
            raise NotReady("the Telegram connector is not started")
        loop, bot = self._ensure_loop()
        future = asyncio.run_coroutine_threadsafe(self._handle(Update.de_json(data, bot)), loop)
        try:
            await asyncio.wrap_future(future)
        except TelegramError as exc:
            raise translate(exc, self._token) from None

    # -- the loop ----------------------------------------------------------------------------------------------

    def _ensure_loop(self) -> tuple[asyncio.AbstractEventLoop, Bot]:
        with self._lock:
            if self._loop is None or self._bot is None:
                self._loop = asyncio.new_event_loop()
                self._bot, self._requests = self._new_bot()
                self._thread = threading.Thread(target=_run_loop, args=(self._loop,), daemon=True,
                                                name=f"telegram-channel-{self.channel_id}")
                self._thread.start()
            return self._loop, self._bot

    def _new_bot(self) -> tuple[Bot, tuple[HTTPXRequest, ...]]:
        requests = (HTTPXRequest(connection_pool_size=2, connect_timeout=5.0, read_timeout=5.0),
                    HTTPXRequest(connection_pool_size=8, connect_timeout=5.0, read_timeout=20.0, pool_timeout=5.0))
        bot = Bot(self._token, base_url=f"{self._api_url}/bot", base_file_url=f"{self._api_url}/file/bot",
                  get_updates_request=requests[0], request=requests[1])
        return bot, requests

    def _call(self, make: Callable[[Bot], Coroutine[Any, Any, T]]) -> T:
        """Run ``make(bot)`` on the connector's loop, or on a one-off loop when none runs; errors translated."""
        with self._lock:
            loop, bot, thread = self._loop, self._bot, self._thread
        try:
            if loop is None or bot is None:
                return self._one_shot(make)
            if threading.current_thread() is thread:
                raise RuntimeError("TelegramConnector.send must not be called from its own loop")
            future = asyncio.run_coroutine_threadsafe(make(bot), loop)
            try:
                return future.result(timeout=self.send_timeout)
            except concurrent.futures.TimeoutError:
                future.cancel()
                raise
        except TelegramError as exc:
            raise translate(exc, self._token) from None
        except (TimeoutError, concurrent.futures.TimeoutError):
            raise RemoteUnavailable(f"Telegram did not answer within {self.send_timeout:.0f} s") from None

    def _one_shot(self, make: Callable[[Bot], Coroutine[Any, Any, T]]) -> T:
        async def once() -> T:
            bot, requests = self._new_bot()
            try:
                return await asyncio.wait_for(make(bot), self.send_timeout)
            finally:
                await _close(requests)

        with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="telegram-once") as pool:
            return pool.submit(asyncio.run, once()).result()

    async def _run(self, bot: Bot) -> None:
        network_failures = delivery_failures = 0
        ready = False
        while True:
            try:
                if not ready:
                    await bot.initialize()  # getMe: checks the token, learns the bot's username
                    self._me = bot.bot
                    if self._state.get("webhook_url"):
                        await bot.set_webhook(str(self._state["webhook_url"]), allowed_updates=ALLOWED_UPDATES,
                                              secret_token=self._state.get("webhook_secret") or None)
                        self._set_health("running", "receiving through the webhook")
                        return
                    await bot.delete_webhook()
                    ready = True
                    self._set_health("running", "polling")
                offset = int(self._state.get("offset") or 0) or None
                updates = await bot.get_updates(offset=offset, timeout=self._poll_timeout,
                                                allowed_updates=ALLOWED_UPDATES)
            except InvalidToken as exc:
                self._set_health("failed", "Telegram rejected the bot token; polling stopped",
                                 translate(exc, self._token).message)
                return
            except Exception as exc:  # noqa: BLE001 - network, 5xx, 409 (another poller)...: keep trying
                network_failures += 1
                delay = retry_after(exc) if isinstance(exc, RetryAfter) else self._backoff(network_failures)
                self._set_health("degraded", f"cannot reach Telegram; retrying in {delay:.0f} s", self._reason(exc))
                await asyncio.sleep(delay)
                continue
            network_failures = 0
            try:
                await self._process(updates)
            except Exception as exc:  # noqa: BLE001 - the inbox failed; the same updates come again
                delivery_failures += 1
                delay = self._backoff(delivery_failures)
                reason = self._reason(exc)
                log.warning("telegram channel %s: delivery failed, retrying in %.0f s: %s",
                            self.channel_id, delay, reason)
                self._set_health("degraded", f"could not hand messages to the inbox; retrying in {delay:.0f} s",
                                 reason)
                await asyncio.sleep(delay)
                continue
            delivery_failures = 0
            self._set_health("running", "polling")

    async def _process(self, updates: tuple[Update, ...]) -> None:
        """Deliver in order; the saved offset moves past an update only once it was delivered."""
        before = self._state.get("offset")
        try:
            for update in updates:
                await self._handle(update)
                with self._lock:
                    self._state["offset"] = update.update_id + 1
        finally:
            if self._state.get("offset") != before:
                self._persist()

    async def _handle(self, update: Update) -> None:
        message = await self._to_message(update)
        if message is not None and self._deliver is not None:
            await asyncio.to_thread(self._deliver, self.channel_id, message)

    async def _to_message(self, update: Update) -> IncomingMessage | None:
        query = update.callback_query
        if query is not None:
            if query.id not in self._answered:
                try:  # at once, so the customer's button stops spinning
                    await query.answer()
                    self._answered.append(query.id)
                except TelegramError as exc:
                    log.info("telegram channel %s: button press not acknowledged: %s", self.channel_id,
                             redact(str(exc), {self._token}))
            return button_press(query)
        message = update.message or update.edited_message
        if message is None:
            return None
        text = addressed_text(message, self._me, private=message.chat.type == "private")
        if text is None:
            return None
        attachments, notes = await download_attachments(message, self._token)
        text = "\n".join(part for part in (text, *notes) if part)[:MAX_TEXT]
        if not text and not attachments:
            return None  # stickers, locations...: nothing the secretary can read
        sender_id, sender_name, language = sender(message.from_user)
        return IncomingMessage(chat_id=str(message.chat.id), external_id=f"{message.chat.id}:{message.message_id}",
                               text=text, sender_id=sender_id, sender_name=sender_name, language_hint=language,
                               is_group=message.chat.type in GROUP_TYPES, attachments=tuple(attachments))

    # -- small parts -------------------------------------------------------------------------------------------

    def _reason(self, exc: Exception) -> str:
        if isinstance(exc, TelegramError):
            return translate(exc, self._token).message
        return redact(f"{type(exc).__name__}: {exc}", {self._token})

    def _backoff(self, failures: int) -> float:
        return min(self.retry_max, self.retry_base * 2 ** (failures - 1))

    def _persist(self) -> None:
        with self._lock:  # the webhook's secret token belongs in the secret store, never in the database
            state = {k: v for k, v in self._state.items() if k != "webhook_secret"}
        try:
            self._save_state(state)
        except Exception:  # noqa: BLE001 - the inbox is idempotent; at worst updates are read twice
            log.exception("telegram channel %s: saving the update offset failed", self.channel_id)

    def _set_health(self, state: str, detail: str, last_error: str | None = None) -> None:
        with self._lock:
            self._health = ChannelHealth(state, detail, last_error or self._health.last_error)


def _run_loop(loop: asyncio.AbstractEventLoop) -> None:
    asyncio.set_event_loop(loop)
    try:
        loop.run_forever()
    finally:  # let cancelled tasks finish their clean-up, then release the loop
        pending = asyncio.all_tasks(loop)
        for task in pending:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.close()


async def _close(requests: tuple[HTTPXRequest, ...]) -> None:
    await asyncio.gather(*(request.shutdown() for request in requests), return_exceptions=True)


def _chat_id(value: str) -> int | str:
    stripped = value.strip()
    if stripped.lstrip("-").isdigit():
        return int(stripped)
    if stripped.startswith("@"):
        return stripped
    raise InvalidInput(f"{value!r} is not a Telegram chat id")
