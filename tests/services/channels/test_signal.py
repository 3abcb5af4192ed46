"""The Signal connector against the signal-cli stand-in (tests/fakes/signal_cli.py), over real pipes."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretary.channels import MAX_ATTACHMENT_BYTES, MAX_TEXT, Button, IncomingMessage, OutgoingMessage
from secretary.errors import InvalidInput, NotReady, RateLimited, RemoteUnavailable
from services.channels.signal import SignalConnector
from services.channels.signal.envelope import incoming_message
from tests.fakes.signal_control import FakeSignal

CUSTOMER = "+4917612345678"
GROUP = "Z3JvdXAtaWQtYmFzZTY0PT0="


def wait_for(predicate: Callable[[], object], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


@pytest.fixture
def fake(tmp_path: Path) -> FakeSignal:
    return FakeSignal(tmp_path)


@pytest.fixture
def run(fake: FakeSignal) -> Iterator[Callable[..., tuple[SignalConnector, queue.Queue[IncomingMessage]]]]:
    """Start a connector on the stand-in; it is stopped after the test."""
    started: list[SignalConnector] = []

    def start(wait: bool = True, extra_env: dict[str, str] | None = None, **kwargs):
        received: queue.Queue[IncomingMessage] = queue.Queue()
        kwargs.setdefault("restart_backoff", (0.05, 0.2))
        kwargs.setdefault("request_timeout", 5.0)
        kwargs.setdefault("startup_timeout", 5.0)
        connector = SignalConnector(7, fake.number, signal_cli=fake.command, config_dir=str(fake.config_dir),
                                    env=fake.env(**(extra_env or {})), **kwargs)
        started.append(connector)
        connector.start(lambda channel_id, message: received.put(message))
        if wait:
            wait_for(lambda: connector.health().state == "running")
        return connector, received

    yield start
    for connector in started:
        connector.stop()


def test_receives_a_one_to_one_text(fake, run):
    connector, received = run()
    ts = fake.push_text(CUSTOMER, "Hallo, was kostet eine Beratung?", name="Anna")
    message = received.get(timeout=5)
    assert message.chat_id == CUSTOMER and message.sender_id == CUSTOMER
    assert message.external_id == f"{CUSTOMER}:{ts}"
    assert message.text == "Hallo, was kostet eine Beratung?"
    assert message.sender_name == "Anna" and not message.is_group and message.attachments == ()


def test_long_text_is_truncated(fake, run):
    connector, received = run()
    fake.push_text(CUSTOMER, "x" * (MAX_TEXT + 50))
    assert len(received.get(timeout=5).text) == MAX_TEXT


def test_group_messages_only_when_mentioned_or_quoted(fake, run):
    connector, received = run()
    fake.push_text("+4915100000001", "chatting among ourselves", group_id=GROUP)
    fake.push_text("+4915100000002", "someone else mentioned", group_id=GROUP, mentions=["+4915100000003"])
    fake.push_text("+4915100000001", "can you help?", group_id=GROUP, mentions=[fake.number])
    fake.push_text("+4915100000002", "thanks, and the price?", group_id=GROUP, quote_author=fake.number)
    first, second = received.get(timeout=5), received.get(timeout=5)
    assert (first.text, second.text) == ("can you help?", "thanks, and the price?")
    assert first.chat_id == f"group:{GROUP}" and first.is_group and first.sender_id == "+4915100000001"
    time.sleep(0.2)
    assert received.empty()


def test_group_mention_by_our_uuid_counts_once_learned(tmp_path):
    envelope = {"sourceNumber": "+491", "timestamp": 5, "dataMessage": {
        "message": "\ufffc hi", "groupInfo": {"groupId": GROUP},
        "mentions": [{"number": None, "uuid": "our-uuid", "start": 0, "length": 1}]}}
    assert incoming_message(envelope, ours={"+4930100000"}, data_dir=tmp_path) is None
    message = incoming_message(envelope, ours={"+4930100000", "our-uuid"}, data_dir=tmp_path)
    assert message is not None and message.text == "hi"


def test_attachment_is_delivered(fake, run):
    connector, received = run()
    fake.push_text(CUSTOMER, "my invoice", attachments=[("invoice.pdf", "application/pdf", b"%PDF-1.4 tiny")])
    message = received.get(timeout=5)
    assert message.text == "my invoice"
    [attachment] = message.attachments
    assert (attachment.filename, attachment.mime_type, attachment.data) == (
        "invoice.pdf", "application/pdf", b"%PDF-1.4 tiny")


def test_oversize_attachment_is_skipped_with_a_note(fake, run):
    connector, received = run()
    fake.push_text(CUSTOMER, "a video", attachments=[("film.mp4", "video/mp4", b"0000"),
                                                     ("photo.jpg", "image/jpeg", b"\xff\xd8")],
                   declared_size=MAX_ATTACHMENT_BYTES + 1)
    message = received.get(timeout=5)
    assert message.attachments == ()
    assert "a video" in message.text and "film.mp4 skipped" in message.text and "photo.jpg skipped" in message.text


def test_send_one_to_one_and_group_with_buttons_as_a_list(fake, run):
    connector, _ = run()
    sent = connector.send(OutgoingMessage(CUSTOMER, "Gern! Wann passt es Ihnen?",
                                          buttons=((Button("Montag", "mon"), Button("Dienstag", "tue")),
                                                   (Button("Anrufen", "call"),))))
    assert sent.external_id and sent.external_id.startswith(f"{fake.number}:")
    group_sent = connector.send(OutgoingMessage(f"group:{GROUP}", "Hallo zusammen",
                                                reply_to_external_id="+4915100000001:1700000000123"))
    first, second = fake.sent()
    assert first["method"] == "send" and first["params"]["recipient"] == [CUSTOMER]
    assert first["params"]["message"] == "Gern! Wann passt es Ihnen?\n\n1. Montag\n2. Dienstag\n3. Anrufen"
    assert second["params"]["groupId"] == GROUP and "recipient" not in second["params"]
    assert second["params"]["quoteTimestamp"] == 1700000000123
    assert second["params"]["quoteAuthor"] == "+4915100000001"
    assert group_sent.external_id != sent.external_id


def test_delivery_and_read_receipts_are_recorded_and_reported(fake, run):
    seen: list[tuple[str, str]] = []
    saved: list[dict] = []
    connector, _ = run(on_receipt=lambda external_id, state: seen.append((external_id, state)),
                       save_state=saved.append)
    sent = connector.send(OutgoingMessage(CUSTOMER, "Ihr Termin ist bestätigt."))
    assert connector.delivery_state(sent.external_id) is None
    ts = int(sent.external_id.rsplit(":", 1)[1])
    fake.push_receipt(CUSTOMER, [ts], "delivery")
    wait_for(lambda: connector.delivery_state(sent.external_id) == "delivered")
    fake.push_receipt(CUSTOMER, [ts], "read")
    wait_for(lambda: connector.delivery_state(sent.external_id) == "read")
    fake.push_receipt(CUSTOMER, [ts], "delivery")  # late delivery receipt: read stays read
    time.sleep(0.2)
    assert connector.delivery_state(sent.external_id) == "read"
    assert seen == [(sent.external_id, "delivered"), (sent.external_id, "read")]
    assert saved[-1]["receipts"] == {str(ts): "read"}


def test_read_receipt_is_sent_back(fake, run):
    connector, received = run()
    ts = fake.push_text(CUSTOMER, "hello")
    connector.send_read_receipt(received.get(timeout=5).external_id)
    [request] = fake.sent()
    assert request == {"method": "sendReceipt",
                       "params": {"recipient": CUSTOMER, "targetTimestamp": [ts], "type": "read"}}


@pytest.mark.parametrize(("kind", "error"), [("rate_limit", RateLimited), ("untrusted", InvalidInput),
                                             ("unregistered", InvalidInput)])
def test_send_errors_are_mapped(fake, run, kind, error):
    connector, _ = run(extra_env={"FAKE_SIGNAL_ERRORS": f'{{"{CUSTOMER}": "{kind}"}}'})
    with pytest.raises(error) as caught:
        connector.send(OutgoingMessage(CUSTOMER, "hi"))
    if kind == "rate_limit":
        assert caught.value.retry_after == 7
    if kind == "untrusted":
        assert "untrusted identity" in caught.value.message


def test_crash_restarts_and_later_messages_flow(fake, run, tmp_path):
    connector, received = run(extra_env={"FAKE_SIGNAL_CRASH_AFTER": "1",
                                         "FAKE_SIGNAL_CRASH_MARKER": str(tmp_path / "crashed")})
    connector.send(OutgoingMessage(CUSTOMER, "before the crash"))
    wait_for(lambda: connector.health().restarts == 1 and connector.health().state == "running")
    assert "simulated crash" in (connector.health().last_error or "")
    connector.send(OutgoingMessage(CUSTOMER, "after the restart"))
    fake.push_text(CUSTOMER, "still there?")
    assert received.get(timeout=5).text == "still there?"
    assert [r["params"]["message"] for r in fake.sent()] == ["before the crash", "after the restart"]


def test_unresponsive_process_is_restarted(fake, run):
    connector, _ = run(wait=False, extra_env={"FAKE_SIGNAL_DELAY": "5"}, startup_timeout=0.3)
    wait_for(lambda: connector.health().restarts >= 1)
    health = connector.health()
    assert health.state == "degraded" and health.last_error
    with pytest.raises(RemoteUnavailable):
        connector.send(OutgoingMessage(CUSTOMER, "hi"))


def test_missing_executable_fails_with_the_install_hint(tmp_path):
    missing = str(tmp_path / "no-such-signal-cli")
    connector = SignalConnector(1, "+4930100000", signal_cli=missing)
    connector.start(lambda channel_id, message: None)
    wait_for(lambda: connector.health().state == "failed")
    assert connector.health().detail == f"signal-cli was not found at {missing}; install it (see README: Signal setup)"
    with pytest.raises(RemoteUnavailable):
        connector.send(OutgoingMessage(CUSTOMER, "hi"))
    with pytest.raises(NotReady, match="install it"):
        connector.check()
    connector.stop()
    assert connector.health().state == "failed"


def test_missing_java_fails_clearly(fake, run):
    connector, _ = run(wait=False, extra_env={"FAKE_SIGNAL_NO_JAVA": "1"})
    wait_for(lambda: connector.health().state == "failed")
    assert connector.health().detail.startswith("Java is missing")
    assert connector.health().restarts == 0
    with pytest.raises(NotReady, match="Java is missing"):
        connector.check()


def test_check_works_running_or_not(fake, run):
    idle = SignalConnector(3, fake.number, signal_cli=fake.command, env=fake.env(), startup_timeout=5)
    assert idle.check() == f"signal-cli 0.13.99-fake answers for {fake.number}"
    connector, _ = run()
    assert "0.13.99-fake" in connector.check()


def test_command_line_puts_global_options_before_jsonrpc():
    connector = SignalConnector(1, "+4930100000", signal_cli="/opt/signal-cli/bin/signal-cli", config_dir="/data",
                                extra_args=["--verbose"])
    assert connector.command() == ["/opt/signal-cli/bin/signal-cli", "--config", "/data", "--verbose",
                                   "-a", "+4930100000", "-o", "json", "jsonRpc"]


def test_stop_is_prompt_and_idempotent(fake, run):
    connector, _ = run()
    began = time.monotonic()
    connector.stop()
    connector.stop()
    assert time.monotonic() - began < 4
    assert connector.health().state == "stopped"
    with pytest.raises(RemoteUnavailable):
        connector.send(OutgoingMessage(CUSTOMER, "hi"))


_values = st.none() | st.booleans() | st.integers() | st.text(max_size=20)
_json = st.recursive(_values, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.sampled_from(["message", "groupInfo", "groupId", "mentions", "quote", "author", "number", "uuid",
                     "attachments", "id", "size", "filename", "contentType", "timestamp"]), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(source=st.text(min_size=1, max_size=15), data=_json, text=st.text(max_size=MAX_TEXT + 10))
def test_any_envelope_parses_or_is_skipped(tmp_path, source, data, text):
    envelope = {"sourceNumber": source, "timestamp": 1, "dataMessage": data}
    message = incoming_message(envelope, ours={"+4930100000"}, data_dir=tmp_path)
    if message is not None:
        assert len(message.text) <= MAX_TEXT and message.chat_id and message.external_id.startswith(source)
    plain = incoming_message({"sourceNumber": source, "timestamp": 1, "dataMessage": {"message": text}},
                             ours=set(), data_dir=tmp_path)
    assert plain is None or (len(plain.text) <= MAX_TEXT and "\ufffc" not in plain.text)


def test_attachment_ids_cannot_leave_the_attachment_folder(tmp_path):
    (tmp_path / "secret.txt").write_text("do not read")
    (tmp_path / "attachments").mkdir()
    envelope = {"sourceNumber": CUSTOMER, "timestamp": 9, "dataMessage": {"message": "see file", "attachments": [
        {"id": "../secret.txt", "filename": "x.txt", "contentType": "text/plain", "size": 11}]}}
    message = incoming_message(envelope, ours=set(), data_dir=tmp_path)
    assert message is not None and message.attachments == () and "could not be read" in message.text
