"""The Telegram connector sending, its errors, the webhook, and the stand-in's wire format."""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.request
from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secretary.channels import Button, OutgoingMessage
from secretary.errors import AuthFailed, InvalidInput, NotReady, RateLimited, RemoteUnavailable
from services.channels.telegram import TelegramConnector
from services.channels.telegram_updates import MAX_MESSAGE, split_text
from tests.services.channels import telegram_helpers as helpers

fake, harness, inbox = helpers.fake, helpers.harness, helpers.inbox


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_send_with_buttons_and_a_reply(fake, harness):
    asked = fake.push_text(42, "Can I book a call?")
    connector = harness.connector()  # not started: send makes a one-off connection

    buttons = ((Button("Mon", "day:mon"), Button("Tue", "day:tue")), (Button("Talk to a person", "human"),))
    sent = connector.send(OutgoingMessage("42", "Which day suits you?", buttons=buttons,
                                          reply_to_external_id=f"42:{asked['message_id']}"))
    call = fake.sent[-1]
    assert sent.external_id == f"42:{call['message_id']}"
    assert call["chat_id"] == 42 and call["text"] == "Which day suits you?"
    assert call["reply_markup"] == {"inline_keyboard": [
        [{"text": "Mon", "callback_data": "day:mon"}, {"text": "Tue", "callback_data": "day:tue"}],
        [{"text": "Talk to a person", "callback_data": "human"}]]}
    assert call["reply_parameters"] == {"message_id": asked["message_id"], "allow_sending_without_reply": True}


def test_a_reply_to_a_deleted_message_is_still_sent(fake, harness, inbox):
    connector = harness.started(inbox)  # through the running loop this time
    sent = connector.send(OutgoingMessage("42", "Here you go", reply_to_external_id="42:99999"))
    assert sent.external_id == f"42:{fake.sent[-1]['message_id']}"
    connector.send(OutgoingMessage("42", "You chose Monday", reply_to_external_id="cb:4000000001"))
    assert "reply_parameters" not in fake.sent[-1]


def test_a_long_text_goes_in_several_messages(fake, harness):
    paragraph = "Our office is open Monday to Friday from nine to five. " * 20 + "\n"
    text = paragraph * 9  # about 10,000 characters
    connector = harness.connector()

    sent = connector.send(OutgoingMessage("42", text, buttons=((Button("OK", "ok"),),)))
    parts = [call["text"] for call in fake.sent]
    assert len(parts) == 3 and all(utf16(part) <= MAX_MESSAGE for part in parts)
    assert "".join(" ".join(parts).split()) == "".join(text.split())
    assert sent.external_id == f"42:{fake.sent[0]['message_id']}"
    assert ["reply_markup" in call for call in fake.sent] == [False, False, True]  # buttons under the last part


@given(st.text(alphabet=st.sampled_from(["a", "ü", "😀", " ", "\n", "я"]), min_size=1, max_size=300),
       st.integers(min_value=8, max_value=64))
def test_split_text_keeps_every_word_within_the_limit(text, limit):
    pieces = split_text(text, limit)
    assert all(utf16(piece) <= limit for piece in pieces)
    assert "".join("".join(pieces).split()) == "".join(text.split())


def test_telegram_errors_become_ours(fake, harness):
    connector = harness.connector()
    message = OutgoingMessage("42", "Hello")

    fake.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(RateLimited) as limited:
        connector.send(message)
    assert limited.value.retry_after == 3

    fake.block(42)
    with pytest.raises(InvalidInput, match="blocked"):
        connector.send(message)

    fake.fail_next("sendMessage", 400)
    with pytest.raises(InvalidInput):
        connector.send(OutgoingMessage("43", "Hello"))
    with pytest.raises(InvalidInput, match="chat id"):
        connector.send(OutgoingMessage("not a chat", "Hello"))
    with pytest.raises(InvalidInput, match="64 bytes"):
        connector.send(OutgoingMessage("43", "Pick", buttons=((Button("x", "d" * 65),),)))

    fake.fail_next("sendMessage", 500)
    with pytest.raises(RemoteUnavailable):
        connector.send(OutgoingMessage("43", "Hello"))
    fake.close()
    with pytest.raises(RemoteUnavailable, match="cannot be reached"):
        connector.send(OutgoingMessage("43", "Hello"))


def test_a_wrong_token_is_reported_without_showing_it(fake, harness):
    wrong = "987654321:not-the-right-token"
    connector = harness.connector(token=wrong)
    with pytest.raises(AuthFailed) as failed:
        connector.check_token()
    assert wrong not in str(failed.value) and failed.value.__cause__ is None
    with pytest.raises(AuthFailed):
        connector.send(OutgoingMessage("42", "Hello"))
    assert harness.connector().check_token() == "secretary_test_bot"
    assert harness.connector().check() == "Telegram bot @secretary_test_bot answers"
    with pytest.raises(NotReady):
        TelegramConnector(7, "")


def test_the_token_never_reaches_the_log(fake, harness, inbox, caplog):
    caplog.set_level(logging.DEBUG, logger="httpx")
    caplog.set_level(logging.DEBUG, logger="telegram")
    fake.push_text(42, "hi")
    connector = harness.started(inbox)
    inbox.wait(1)
    connector.send(OutgoingMessage("42", "Hello"))
    assert "HTTP Request" in caplog.text and "/bot***/sendMessage" in caplog.text
    assert fake.token not in caplog.text
    assert fake.token.split(":")[1] not in caplog.text


def test_the_webhook_delivers_updates_with_the_right_secret(fake, harness, inbox):
    connector = harness.started(inbox)
    connector.set_webhook("https://office.example/telegram/7", "s3cret-value")
    assert fake.webhook == {"url": "https://office.example/telegram/7", "secret_token": "s3cret-value"}
    # the URL is remembered with the channel's state; the secret token never is (it lives in the secret store)
    assert harness.saved[-1]["webhook_url"] == "https://office.example/telegram/7"
    assert "webhook_secret" not in harness.saved[-1]
    assert connector.health().detail == "receiving through the webhook"
    update = {"update_id": 5, "message": {"message_id": 77, "date": 1700000000, "text": "via webhook",
                                          "chat": {"id": 42, "type": "private", "first_name": "Olena"},
                                          "from": {"id": 42, "is_bot": False, "first_name": "Olena"}}}
    body = json.dumps(update).encode()

    with pytest.raises(AuthFailed):
        asyncio.run(connector.handle_webhook(body, "wrong"))
    with pytest.raises(InvalidInput):
        asyncio.run(connector.handle_webhook(b"{not json", "s3cret-value"))
    asyncio.run(connector.handle_webhook(body, "s3cret-value"))
    [message] = inbox.wait(1)
    assert (message.external_id, message.text, message.sender_name) == ("42:77", "via webhook", "Olena")

    inbox.fail_on["via webhook"] = 1  # the server answers an error and Telegram posts again
    with pytest.raises(RuntimeError):
        asyncio.run(connector.handle_webhook(body, "s3cret-value"))


def test_the_stand_in_takes_json_and_form_bodies(fake):
    def post(method: str, data: bytes, content_type: str, token: str = fake.token) -> tuple[int, dict]:
        request = urllib.request.Request(f"{fake.url}/bot{token}/{method}", data=data,
                                         headers={"Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return response.status, json.load(response)
        except urllib.error.HTTPError as error:
            return error.code, json.load(error)

    markup = {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}
    status, body = post("sendMessage", json.dumps({"chat_id": 42, "text": "[1, 2]", "reply_markup": markup}).encode(),
                        "application/json")
    assert status == 200 and body["ok"] and body["result"]["reply_markup"] == markup
    status, body = post("sendMessage", urlencode({"chat_id": "42", "text": "[1, 2]",
                                                  "reply_markup": json.dumps(markup)}).encode(),
                        "application/x-www-form-urlencoded")
    assert status == 200 and body["result"]["text"] == "[1, 2]"  # text stays text
    assert fake.sent[0]["reply_markup"] == fake.sent[1]["reply_markup"] == markup

    fake.push_text(42, "queued")
    status, body = post("getUpdates", json.dumps({"offset": 0, "timeout": 0}).encode(), "application/json")
    assert [u["message"]["text"] for u in body["result"]] == ["queued"]
    confirm = body["result"][0]["update_id"] + 1
    post("getUpdates", json.dumps({"offset": confirm, "timeout": 0}).encode(), "application/json")
    assert fake.pending() == []

    status, body = post("getMe", b"{}", "application/json", token="1:wrong")
    assert (status, body) == (401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
    status, body = post("sendMessage", json.dumps({"chat_id": 42, "text": "x" * 4097}).encode(), "application/json")
    assert (status, body["description"]) == (400, "Bad Request: message is too long")
