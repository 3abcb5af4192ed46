"""Secret stores: the OS keyring, or an encrypted file where no keyring exists.

Secrets never go to the database, the logs or settings files. The keyring is
used when the OS offers a real backend; on headless Linux and in CI it does
not, so an AES-GCM encrypted file in the workspace takes over. Its key comes
from a passphrase through scrypt, or, for unattended installs, from a random
key file readable only by the owner (0600). keyrings.alt's plaintext backends
are refused: they would silently store passwords in clear.
"""

from __future__ import annotations

import base64
import json
import os
import secrets as pysecrets
import threading
from pathlib import Path

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from secretary.errors import SecretStoreError
from secretary.ports import SecretStore

ENV_STORE = "SECRETARY_SECRET_STORE"  # "keyring" or "file" forces a store
ENV_PASSPHRASE = "SECRETARY_PASSPHRASE"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
FORMAT_VERSION = 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` atomically with owner-only permissions (a crash leaves the old file)."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


class KeyringStore:
    """Secrets in the OS keyring, under a service name unique to the workspace."""

    def __init__(self, service: str, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self.service = service
        self._backend = backend or keyring.get_keyring()
        self.description = f"OS keyring ({type(self._backend).__name__})"

    def get(self, name: str) -> str | None:
        return self._backend.get_password(self.service, name)

    def set(self, name: str, value: str) -> None:
        self._backend.set_password(self.service, name, value)

    def delete(self, name: str) -> bool:
        try:
            self._backend.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            return False
        return True


class EncryptedFileStore:
    """Secrets in one AES-256-GCM encrypted JSON file.

    The file is re-read on every access, so the GUI and a separate worker
    process see each other's changes; writes are atomic (temp file + rename).
    """

    def __init__(self, path: Path, key_file: Path, passphrase: str | None = None) -> None:
        self.path = path
        self.key_file = key_file
        self._passphrase = passphrase
        self._lock = threading.Lock()
        mode = "passphrase" if self._uses_passphrase() else "key file"
        self.description = f"encrypted file {path.name} ({mode})"

    def _uses_passphrase(self) -> bool:
        if self.path.exists():
            return self._read_envelope().get("kdf") == "scrypt"
        return self._passphrase is not None

    def _read_envelope(self) -> dict:
        try:
            envelope = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise SecretStoreError(f"the secrets file {self.path} cannot be read: {exc}") from exc
        if not isinstance(envelope, dict) or envelope.get("version") != FORMAT_VERSION:
            raise SecretStoreError(f"the secrets file {self.path} has an unknown format")
        return envelope

    def _key(self, envelope: dict) -> bytes:
        if envelope["kdf"] == "scrypt":
            if self._passphrase is None:
                raise SecretStoreError(f"the secrets file is protected by a passphrase: set {ENV_PASSPHRASE}")
            kdf = Scrypt(salt=_unb64(envelope["salt"]), length=32, n=envelope["n"], r=envelope["r"],
                         p=envelope["p"])
            return kdf.derive(self._passphrase.encode("utf-8"))
        try:
            key = self.key_file.read_bytes()
        except OSError as exc:
            raise SecretStoreError(f"the key file {self.key_file} is missing: {exc}") from exc
        if len(key) != 32:
            raise SecretStoreError(f"the key file {self.key_file} is damaged")
        return key

    def _load(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        envelope = self._read_envelope()
        try:
            plain = AESGCM(self._key(envelope)).decrypt(_unb64(envelope["nonce"]), _unb64(envelope["ciphertext"]),
                                                        b"ai-secretary-secrets")
        except InvalidTag as exc:
            raise SecretStoreError("wrong passphrase or key file, or the secrets file was altered") from exc
        return json.loads(plain)

    def _new_envelope(self) -> dict:
        if self._passphrase is not None:
            return {"version": FORMAT_VERSION, "kdf": "scrypt", "salt": _b64(pysecrets.token_bytes(16)),
                    "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
        if not self.key_file.exists():
            _write_private(self.key_file, pysecrets.token_bytes(32))
        return {"version": FORMAT_VERSION, "kdf": "keyfile"}

    def _save(self, values: dict[str, str]) -> None:
        envelope = self._read_envelope() if self.path.exists() else self._new_envelope()
        nonce = pysecrets.token_bytes(12)
        ciphertext = AESGCM(self._key(envelope)).encrypt(nonce, json.dumps(values).encode("utf-8"),
                                                          b"ai-secretary-secrets")
        envelope.update(nonce=_b64(nonce), ciphertext=_b64(ciphertext))
        _write_private(self.path, json.dumps(envelope).encode("utf-8"))

    def get(self, name: str) -> str | None:
        with self._lock:
            return self._load().get(name)

    def set(self, name: str, value: str) -> None:
        with self._lock:
            values = self._load()
            values[name] = value
            self._save(values)

    def delete(self, name: str) -> bool:
        with self._lock:
            values = self._load()
            if name not in values:
                return False
            del values[name]
            self._save(values)
            return True


def keyring_usable(backend: keyring.backend.KeyringBackend | None = None) -> bool:
    """True if ``backend`` (default: keyring's choice) really stores secrets safely."""
    backend = backend or keyring.get_keyring()
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or module == "keyring.backends.fail":
        return False
    children = getattr(backend, "backends", None)
    if children is not None:  # ChainerBackend: usable only if one of its members is
        return any(keyring_usable(child) for child in children)
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend whose priority check itself fails is not usable
        return False


def open_store(secrets_file: Path, key_file: Path, service: str) -> SecretStore:
    """The store for this workspace.

    ``SECRETARY_SECRET_STORE`` forces one. Otherwise an existing encrypted file
    keeps being used (switching silently would hide the secrets in it), else the
    keyring if it is usable, else a new encrypted file.
    """
    forced = os.environ.get(ENV_STORE, "").strip().lower()
    passphrase = os.environ.get(ENV_PASSPHRASE) or None
    if forced not in ("", "keyring", "file"):
        raise SecretStoreError(f"{ENV_STORE} must be 'keyring' or 'file', not {forced!r}")
    if forced == "keyring":
        if not keyring_usable():
            raise SecretStoreError(f"{ENV_STORE}=keyring but no usable OS keyring is available")
        return KeyringStore(service)
    if forced == "file" or secrets_file.exists() or not keyring_usable():
        return EncryptedFileStore(secrets_file, key_file, passphrase)
    return KeyringStore(service)
