"""Both secret stores, the choice between them, and that secrets never reach the database."""

from __future__ import annotations

import json
import os
import stat

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from secretary.errors import InvalidInput, SecretStoreError
from secretary.records import AuditQuery
from storage.secrets import EncryptedFileStore, KeyringStore, keyring_usable, open_store

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps passwords in a dict (for tests only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.data.get((service, username))

    def set_password(self, service, username, password):
        self.data[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.data:
            raise keyring.errors.PasswordDeleteError(username)
        del self.data[(service, username)]


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_file_store_with_key_file(tmp_path):
    store = EncryptedFileStore(tmp_path / "s.enc", tmp_path / "s.key")
    assert store.get("x") is None
    store.set("telegram.bot_token", TOKEN)
    assert store.get("telegram.bot_token") == TOKEN
    again = EncryptedFileStore(tmp_path / "s.enc", tmp_path / "s.key")  # another process, same files
    assert again.get("telegram.bot_token") == TOKEN
    assert TOKEN.encode() not in (tmp_path / "s.enc").read_bytes()
    if os.name == "posix":
        for name in ("s.enc", "s.key"):
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    assert again.delete("telegram.bot_token") and not again.delete("telegram.bot_token")
    assert store.get("telegram.bot_token") is None
    assert "key file" in store.description


def test_file_store_with_passphrase(tmp_path):
    store = EncryptedFileStore(tmp_path / "s.enc", tmp_path / "s.key", passphrase="correct horse")
    store.set("openai.api_key", "sk-abcdefghijklmnopqrstuvwxyz")
    assert not (tmp_path / "s.key").exists()
    envelope = json.loads((tmp_path / "s.enc").read_text())
    assert envelope["kdf"] == "scrypt" and envelope["n"] >= 2**15
    assert EncryptedFileStore(tmp_path / "s.enc", tmp_path / "s.key", "correct horse").get("openai.api_key")
    with pytest.raises(SecretStoreError, match="wrong passphrase"):
        EncryptedFileStore(tmp_path / "s.enc", tmp_path / "s.key", "wrong").get("openai.api_key")
    with pytest.raises(SecretStoreError, match="SECRETARY_PASSPHRASE"):
        EncryptedFileStore(tmp_path / "s.enc", tmp_path / "s.key").get("openai.api_key")


def test_tampered_or_damaged_file_is_refused_and_kept(tmp_path):
    store = EncryptedFileStore(tmp_path / "s.enc", tmp_path / "s.key")
    store.set("a", "b")
    envelope = json.loads((tmp_path / "s.enc").read_text())
    envelope["ciphertext"] = envelope["ciphertext"][:-4] + "AAAA"
    (tmp_path / "s.enc").write_text(json.dumps(envelope))
    with pytest.raises(SecretStoreError, match="altered"):
        store.get("a")
    (tmp_path / "s.enc").write_text("{not json")
    with pytest.raises(SecretStoreError, match="cannot be read"):
        store.set("a", "c")
    assert (tmp_path / "s.enc").read_text() == "{not json"  # nothing overwritten


def test_keyring_store(memory_keyring):
    store = KeyringStore("ai-secretary/ws1")
    store.set("stripe.secret_key", "sk_test_123")
    assert memory_keyring.data == {("ai-secretary/ws1", "stripe.secret_key"): "sk_test_123"}
    assert KeyringStore("ai-secretary/ws2").get("stripe.secret_key") is None  # workspaces do not share
    assert store.delete("stripe.secret_key") and not store.delete("stripe.secret_key")
    assert "MemoryKeyring" in store.description


def test_keyring_usable_refuses_fail_and_plaintext_backends(memory_keyring):
    assert keyring_usable(memory_keyring)
    assert not keyring_usable(keyring.backends.fail.Keyring())
    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    assert not keyring_usable(plaintext())


def test_open_store_choice(tmp_path, monkeypatch, memory_keyring):
    files = (tmp_path / "s.enc", tmp_path / "s.key", "svc")
    monkeypatch.delenv("SECRETARY_SECRET_STORE", raising=False)
    assert isinstance(open_store(*files), KeyringStore)
    monkeypatch.setenv("SECRETARY_SECRET_STORE", "file")
    file_store = open_store(*files)
    assert isinstance(file_store, EncryptedFileStore)
    file_store.set("a", "b")
    monkeypatch.delenv("SECRETARY_SECRET_STORE")
    assert isinstance(open_store(*files), EncryptedFileStore)  # an existing file keeps being used
    monkeypatch.setenv("SECRETARY_SECRET_STORE", "vault")
    with pytest.raises(SecretStoreError, match="must be"):
        open_store(*files)


def test_open_store_falls_back_without_keyring(tmp_path, monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        monkeypatch.delenv("SECRETARY_SECRET_STORE", raising=False)
        assert isinstance(open_store(tmp_path / "s.enc", tmp_path / "s.key", "svc"), EncryptedFileStore)
        monkeypatch.setenv("SECRETARY_SECRET_STORE", "keyring")
        with pytest.raises(SecretStoreError, match="no usable OS keyring"):
            open_store(tmp_path / "s.enc", tmp_path / "s.key", "svc")
    finally:
        keyring.set_keyring(previous)


def test_secrets_service_audits_without_values(app):
    app.secrets.set("telegram.bot_token", f"  {TOKEN}\n", "system")
    assert app.secrets.get("telegram.bot_token") == TOKEN
    with pytest.raises(InvalidInput, match="unknown secret"):
        app.secrets.set("nope", "x", "system")
    with pytest.raises(InvalidInput, match="empty"):
        app.secrets.set("openai.api_key", "   ", "system")
    with pytest.raises(InvalidInput, match="is a secret"):
        app.settings.set("telegram.bot_token", TOKEN, "system")
    assert app.secrets.delete("telegram.bot_token", "system")
    entries = [e for e in app.audit.list(AuditQuery())
               if e.resource_type == "secret"]
    assert [e.action for e in entries] == ["secret.delete", "secret.set"]
    assert all(TOKEN not in json.dumps([e.old_values, e.new_values]) for e in entries)
    app.db.dispose()
    for path in app.workspace.root.glob("secretary.db*"):
        assert TOKEN.encode() not in path.read_bytes(), path
