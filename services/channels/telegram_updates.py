"""Telegram's side of the Telegram connector: updates read, texts split, errors translated, token kept out of logs.

Pure helpers over python-telegram-bot objects; ``services/channels/telegram.py``
runs them. Entity offsets in Telegram count UTF-16 code units, so mentions are
cut out on the UTF-16 form of the text.
"""

from __future__ import annotations

import logging
import mimetypes
import os
import re
import warnings
from datetime import timedelta
from typing import Any

# PTB 22 warns whenever it builds a RetryAfter unless time periods are timedeltas: opt in (we handle both).
os.environ.setdefault("PTB_TIMEDELTA", "true")

from telegram import CallbackQuery, Message, MessageEntity, User
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from secretary.audit import scrub
from secretary.channels import MAX_ATTACHMENT_BYTES, MAX_TEXT, IncomingAttachment, IncomingMessage
from secretary.errors import AuthFailed, InvalidInput, RateLimited, RemoteUnavailable, SecretaryError

MAX_MESSAGE = 4096  # Telegram's limit for one message, in UTF-16 code units
GROUP_TYPES = ("group", "supergroup")
MEGABYTE = 1024 * 1024


class TokenRedactor(logging.Filter):
    """Cuts bot tokens out of log records (httpx logs every request URL, and the URL holds the token)."""

    def __init__(self) -> None:
        super().__init__()
        self.tokens: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.tokens:
            message = record.getMessage()
            cleaned = redact(message, self.tokens)
            if cleaned != message:
                record.msg, record.args = cleaned, None
        return True


def redact(text: str, tokens: set[str] | frozenset[str]) -> str:
    for token in tokens:
        if token:
            text = text.replace(token, "***")
    return scrub(text)


def translate(exc: TelegramError, token: str) -> SecretaryError:
    """Our error for a PTB exception: what to do next is in the type (retry, wait, give up, fix the token)."""
    message = redact(str(exc), {token})
    if isinstance(exc, RetryAfter):
        return RateLimited(f"Telegram asks to slow down: {message}", retry_after=retry_after(exc))
    if isinstance(exc, InvalidToken):
        return AuthFailed("Telegram rejected the bot token (check it with @BotFather)")
    if isinstance(exc, Forbidden):
        return InvalidInput(f"Telegram refused to deliver: {message} (the customer blocked the bot or left)")
    if isinstance(exc, ChatMigrated):
        return InvalidInput(f"the group became a supergroup with chat id {exc.new_chat_id}",
                            new_chat_id=exc.new_chat_id)
    if isinstance(exc, BadRequest):  # before NetworkError: PTB derives BadRequest from it
        return InvalidInput(f"Telegram refused the message: {message}")
    if isinstance(exc, TimedOut):
        return RemoteUnavailable(f"Telegram did not answer in time: {message}")
    if isinstance(exc, Conflict):
        return RemoteUnavailable(f"another program is polling with this bot token: {message}")
    if isinstance(exc, NetworkError):
        return RemoteUnavailable(f"Telegram cannot be reached: {message}")
    return RemoteUnavailable(f"Telegram answered unexpectedly: {message}")


def retry_after(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns about int vs timedelta; either is fine here
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def split_text(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """``text`` in pieces Telegram accepts, cut at a line break or space where one is near the limit."""
    pieces: list[str] = []
    rest = text
    while _utf16_len(rest) > limit:
        cut = _fit(rest, limit)
        window = rest[:cut]
        soft = max(window.rfind("\n"), window.rfind(" "))
        if soft > cut // 2:
            cut = soft + 1
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n")
    if rest.strip() or not pieces:
        pieces.append(rest)
    return [piece for piece in pieces if piece.strip()] or [text]


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _fit(text: str, limit: int) -> int:
    """The longest prefix of ``text`` (in characters) that is at most ``limit`` UTF-16 units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


def addressed_text(message: Message, bot: User, private: bool) -> str | None:
    """The message text with mentions of the bot cut out; ``None`` for a group message not meant for the bot."""
    text = message.text or message.caption or ""
    entities = message.entities or message.caption_entities or ()
    cuts: list[tuple[int, int]] = []
    for entity in entities:
        if entity.type == MessageEntity.MENTION:
            if bot.username and _part(text, entity).lower() == f"@{bot.username.lower()}":
                cuts.append((entity.offset, entity.offset + entity.length))
        elif entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id:
            cuts.append((entity.offset, entity.offset + entity.length))
        elif entity.type == MessageEntity.BOT_COMMAND:
            command, _, target = _part(text, entity).partition("@")
            if target and bot.username and target.lower() == bot.username.lower():
                cuts.append((entity.offset + _utf16_len(command), entity.offset + entity.length))
            elif target and not private:
                return None  # "/help@other_bot" in a group is for another bot
    replied = message.reply_to_message
    to_bot = bool(replied and replied.from_user and replied.from_user.id == bot.id)
    if not private and not cuts and not to_bot:
        return None
    encoded = text.encode("utf-16-le")
    for start, end in sorted(cuts, reverse=True):
        encoded = encoded[:start * 2] + encoded[end * 2:]
    cleaned = re.sub(r"[ \t]{2,}", " ", encoded.decode("utf-16-le")).strip()
    if cuts:
        cleaned = re.sub(r"^[\s,:;]+", "", cleaned)  # "@bot, when are you open?"
    return cleaned[:MAX_TEXT]


def _part(text: str, entity: MessageEntity) -> str:
    encoded = text.encode("utf-16-le")
    return encoded[entity.offset * 2:(entity.offset + entity.length) * 2].decode("utf-16-le", "replace")


def sender(user: User | None) -> tuple[str | None, str | None, str | None]:
    """Id, full name and language code of whoever sent an update."""
    if user is None:
        return None, None, None
    return str(user.id), user.full_name or None, user.language_code


def button_press(query: CallbackQuery) -> IncomingMessage | None:
    """A pressed inline button as a message: the button's label as text (when known), its data as choice."""
    if query.message is None or query.data is None:
        return None
    label = query.data
    markup = getattr(query.message, "reply_markup", None)
    for row in (markup.inline_keyboard if markup else ()):
        for button in row:
            if button.callback_data == query.data:
                label = button.text
    chat = query.message.chat
    sender_id, sender_name, language = sender(query.from_user)
    return IncomingMessage(chat_id=str(chat.id), external_id=f"cb:{query.id}", text=label[:MAX_TEXT],
                           sender_id=sender_id, sender_name=sender_name, language_hint=language,
                           is_group=chat.type in GROUP_TYPES, choice=query.data)


async def download_attachments(message: Message, token: str) -> tuple[list[IncomingAttachment], list[str]]:
    """The message's photo (largest size) and files, downloaded; a note instead of each one too big to take."""
    media: list[tuple[Any, str, str]] = []
    if message.photo:
        photo = max(message.photo, key=lambda size: (size.width * size.height, size.file_size or 0))
        media.append((photo, f"photo_{message.message_id}.jpg", "image/jpeg"))
    for item, kind in ((message.document, "document"), (message.audio, "audio"), (message.video, "video"),
                       (message.voice, "voice")):
        if item is not None:
            name = getattr(item, "file_name", None) or f"{kind}_{message.message_id}"
            guessed = mimetypes.guess_type(name)[0]
            media.append((item, name, item.mime_type or guessed or "application/octet-stream"))
    found: list[IncomingAttachment] = []
    notes: list[str] = []
    limit = f"{MAX_ATTACHMENT_BYTES // MEGABYTE} MB"
    for item, name, mime_type in media:
        if (item.file_size or 0) > MAX_ATTACHMENT_BYTES:
            notes.append(f"[{name} not received: {item.file_size / MEGABYTE:.1f} MB is over the {limit} limit]")
            continue
        try:
            data = bytes(await (await item.get_file()).download_as_bytearray())
        except BadRequest as exc:  # "file is too big" and the like; a network error retries the update
            notes.append(f"[{name} not received: {redact(str(exc), {token})}]")
            continue
        if len(data) > MAX_ATTACHMENT_BYTES:
            notes.append(f"[{name} not received: it is over the {limit} limit]")
            continue
        found.append(IncomingAttachment(name, mime_type, data))
    return found, notes
