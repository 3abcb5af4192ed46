"""Session-wide test setup: Qt offscreen, and a fresh workspace per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """An empty workspace folder in tmp_path, with secrets in its encrypted file (no OS keyring)."""
    from storage.workspace import Workspace

    monkeypatch.setenv("SECRETARY_SECRET_STORE", "file")
    monkeypatch.delenv("SECRETARY_PASSPHRASE", raising=False)
    return Workspace(tmp_path / "workspace")


@pytest.fixture
def app(workspace):
    """The workspace opened through services, with Huey in immediate mode."""
    from services.app import open_app

    opened = open_app(workspace, immediate=True)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user's workspace."""
    monkeypatch.setenv("SECRETARY_HOME", str(tmp_path / "default-home"))


@pytest.fixture
def restore_signals():
    """Huey's consumer installs signal handlers on start; put pytest's back afterwards."""
    import signal

    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    yield
    for sig, handler in saved.items():
        signal.signal(sig, handler)


# The CI clone has `shared` beside the checkout: <repo>/../shared/kyb-fixtures.
_KYB_FIXTURES = Path(__file__).resolve().parents[1] / ".." / "shared" / "kyb-fixtures"


@pytest.fixture(scope="session")
def kyb_fixtures() -> Path:
    """The folder of real sanctions-list, VIES and GLEIF excerpts (see its SOURCES.md)."""
    if not _KYB_FIXTURES.is_dir():
        pytest.skip(f"KYB fixtures not found at {_KYB_FIXTURES.resolve()} (the shared folder beside the checkout)")
    return _KYB_FIXTURES


_LOCAL_HOSTS = {"127.0.0.1", "::1", "localhost", "0.0.0.0", ""}


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reaches the internet: resolving any host but this machine fails as if offline."""
    import socket

    real = socket.getaddrinfo

    def local_only(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        name = host.decode() if isinstance(host, bytes) else host
        if name is not None and str(name) not in _LOCAL_HOSTS:
            raise socket.gaierror(socket.EAI_NONAME, f"tests are offline: {name} is not resolved")
        return real(host, *args, **kwargs)
    monkeypatch.setattr(socket, "getaddrinfo", local_only)
