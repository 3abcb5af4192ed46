"""Where a workspace lives on disk: one folder per firm."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "AI Secretary"
APP_AUTHOR = "AI Secretary"
ENV_HOME = "SECRETARY_HOME"


@dataclass(frozen=True)
class Workspace:
    """The folder of one workspace and the well-known files inside it."""

    root: Path

    @classmethod
    def default(cls) -> Workspace:
        """``$SECRETARY_HOME`` if set, else the platform's user data folder."""
        env = os.environ.get(ENV_HOME)
        root = Path(env).expanduser() if env else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
        return cls(root.resolve())

    @property
    def database(self) -> Path:
        return self.root / "secretary.db"

    @property
    def queue(self) -> Path:
        return self.root / "queue.db"

    @property
    def lock_file(self) -> Path:
        return self.root / "secretary.lock"

    @property
    def secrets_file(self) -> Path:
        return self.root / "secrets.enc"

    @property
    def secrets_key_file(self) -> Path:
        return self.root / "secrets.key"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def exists(self) -> bool:
        """True when the workspace has a database already."""
        return self.database.exists()

    def ensure(self) -> None:
        """Create the folder tree (private to the user where the OS allows)."""
        for folder in (self.root, self.backups, self.attachments, self.documents, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.root, 0o700)
