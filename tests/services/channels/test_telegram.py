"""The Telegram connector receiving: long polling against the local Bot API stand-in over real HTTP."""

from __future__ import annotations

import time

from secretary.channels import MAX_TEXT, Button, OutgoingMessage
from services.channels.telegram import ALLOWED_UPDATES
from tests.fakes.telegram_objects import customer, text_mention
from tests.services.channels import telegram_helpers as helpers
from tests.services.channels.telegram_helpers import eventually

fake, harness, inbox = helpers.fake, helpers.harness, helpers.inbox


def test_a_text_message_arrives_with_the_customer_details(fake, harness, inbox):
    sent = fake.push_text(42, "Hello, do you do tax returns?", user=customer(42, "Olena", "Shevchenko", "uk"))
    harness.started(inbox)

    [message] = inbox.wait(1)
    assert message.chat_id == "42"
    assert message.external_id == f"42:{sent['message_id']}"
    assert message.text == "Hello, do you do tax returns?"
    assert (message.sender_id, message.sender_name, message.language_hint) == ("42", "Olena Shevchenko", "uk")
    assert not message.is_group and message.choice is None and message.attachments == ()
    assert len(fake.calls_of("deleteWebhook")) == 1
    poll = fake.calls_of("getUpdates")[0]
    assert poll["content_type"] == "application/x-www-form-urlencoded"  # PTB posts forms
    assert poll["params"]["allowed_updates"] == ALLOWED_UPDATES and poll["params"]["timeout"] == 1


def test_commands_pass_as_text_and_long_texts_are_cut(fake, harness, inbox):
    for text in ("/start", "/help", "/human"):
        fake.push_text(42, text)
    fake.push_text(42, "x" * 5000)
    harness.started(inbox)

    messages = inbox.wait(4)
    assert [m.text for m in messages[:3]] == ["/start", "/help", "/human"]
    assert len(messages[3].text) == MAX_TEXT


def test_the_offset_is_saved_and_a_restart_reads_nothing_twice(fake, harness, inbox):
    fake.push_text(42, "one")
    fake.push_text(42, "two")
    first = harness.started(inbox)
    inbox.wait(2)
    harness.consumed()
    first.stop()
    assert harness.saved[-1]["offset"] == fake._ids["update"] + 1

    fake.push_text(42, "three")
    later = helpers.Inbox()
    harness.started(later, state=harness.saved[-1])
    later.wait(1)
    harness.consumed()
    assert later.texts() == ["three"]
    assert inbox.texts() == ["one", "two"]


def test_a_failed_delivery_is_retried_not_lost(fake, harness, inbox):
    inbox.fail_on["two"] = 2  # the inbox refuses "two" twice
    for text in ("one", "two", "three"):
        fake.push_text(42, text)
    connector = harness.started(inbox)

    eventually(lambda: inbox.texts() == ["one", "two", "three"], what="all three delivered")
    assert inbox.calls == ["one", "two", "two", "two", "three"]  # "one" was not delivered again
    harness.consumed()
    assert connector.health().state == "running"
    assert "database is locked" in (connector.health().last_error or "")
    # while "two" failed the saved offset never moved past it
    two_id = fake._ids["update"] - 1
    assert all(state["offset"] <= two_id for state in harness.saved[:-1])


def test_in_groups_only_mentions_and_replies_are_answered(fake, harness, inbox):
    bot = fake.bot_user
    group = -100123
    fake.push_text(group, "Anyone around?", chat_type="supergroup")
    fake.push_text(group, "@secretary_test_bot, when are you open?", chat_type="supergroup")
    fake.push_text(group, "Thanks", chat_type="group", reply_to_bot=True)
    fake.push_text(group, "@some_other_bot hello", chat_type="group")
    fake.push_text(group, "/human@secretary_test_bot", chat_type="group")
    fake.push_text(group, "/help@other_helper_bot", chat_type="group")
    fake.push_text(group, "Secretary, call me back", chat_type="group",
                   entities=[text_mention("Secretary, call me back", "Secretary", bot)])
    fake.push_text(42, "@secretary_test_bot hi")  # in a private chat the mention is cut too
    harness.started(inbox)

    harness.consumed()
    messages = inbox.wait(5)
    assert [m.text for m in messages] == ["when are you open?", "Thanks", "/human", "call me back", "hi"]
    assert [m.is_group for m in messages] == [True, True, True, True, False]
    assert messages[0].chat_id == str(group) and messages[0].sender_id == "5001"


def test_a_button_press_arrives_as_a_choice_and_is_acknowledged(fake, harness, inbox):
    connector = harness.started(inbox)
    sent = connector.send(OutgoingMessage("42", "When suits you?", buttons=(
        (Button("Monday 10:00", "slot:mon10"), Button("Tuesday 14:00", "slot:tue14")),)))
    message_id = int(sent.external_id.split(":")[1])
    query_id = fake.push_callback(42, "slot:tue14", message_id)
    fake.push_callback(42, "menu:prices", 999)  # a message the stand-in does not know: no label

    pressed, unknown = inbox.wait(2)
    assert (pressed.text, pressed.choice, pressed.external_id) == ("Tuesday 14:00", "slot:tue14", f"cb:{query_id}")
    assert pressed.chat_id == "42" and pressed.sender_id == "42"
    assert (unknown.text, unknown.choice) == ("menu:prices", "menu:prices")
    eventually(lambda: len(fake.answered) == 2, what="both presses acknowledged")
    assert fake.answered[0]["callback_query_id"] == query_id


def test_photos_and_documents_arrive_as_attachments(fake, harness, inbox):
    photo = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20
    pdf = b"%PDF-1.4\n" + b"0" * 3000
    fake.push_photo(42, photo, caption="the broken meter")
    fake.push_document(42, pdf, filename="contract.pdf", mime_type="application/pdf")
    fake.push_document(42, b"tiny", filename="scan.tiff", mime_type="image/tiff", caption="big scan",
                       file_size=25 * 1024 * 1024)
    harness.started(inbox)

    with_photo, with_pdf, oversize = inbox.wait(3)
    [image] = with_photo.attachments
    assert (image.data, image.mime_type, with_photo.text) == (photo, "image/jpeg", "the broken meter")
    assert image.filename.endswith(".jpg")
    [document] = with_pdf.attachments
    assert (document.filename, document.mime_type, document.data, with_pdf.text) == (
        "contract.pdf", "application/pdf", pdf, "")
    assert oversize.attachments == ()
    assert oversize.text.startswith("big scan\n[scan.tiff not received: 25.0 MB")
    assert len(fake.calls_of("getFile")) == 2  # the oversize file was never asked for


def test_when_telegram_is_unreachable_the_connector_is_degraded_then_recovers(fake, harness, inbox):
    connector = harness.started(inbox)
    fake.close()
    eventually(lambda: connector.health().state == "degraded", what="degraded")
    assert "cannot reach Telegram" in connector.health().detail
    fake.restart()
    fake.push_text(42, "back again")
    assert inbox.wait(1)[0].text == "back again"
    eventually(lambda: connector.health().state == "running", what="running again")


def test_a_rejected_token_fails_the_connector_and_says_so(fake, harness, inbox):
    connector = harness.connector(token="987654321:not-the-right-token")
    connector.start(inbox)
    health = eventually(lambda: connector.health() if connector.health().state == "failed" else None,
                        what="failed")
    assert "token" in health.detail and "not-the-right-token" not in (health.last_error or "")
    calls = len(fake.calls)
    time.sleep(0.3)
    assert len(fake.calls) == calls  # polling stopped


def test_stop_is_prompt_during_a_long_poll_and_idempotent(fake, harness, inbox):
    connector = harness.started(inbox, poll_timeout=25)
    eventually(lambda: fake.calls_of("getUpdates"), what="a long poll")
    began = time.monotonic()
    connector.stop()
    assert time.monotonic() - began < 2.0
    connector.stop()
    assert connector.health().state == "stopped"


def test_the_connector_can_start_again_after_stop(fake, harness, inbox):
    connector = harness.started(inbox)
    connector.stop()
    fake.push_text(42, "still there?")
    connector.start(inbox)
    assert inbox.wait(1)[0].text == "still there?"
    assert connector.health().restarts == 1
