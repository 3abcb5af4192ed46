"""Sanctions lists: download from the official addresses or import files, keep versions, serve the index.

Screening runs on this machine against the stored lists, so it works offline and no
counterparty name leaves the firm. The in-memory screening index is rebuilt when a
list version changes (in any process: the current versions' ids are its key).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from secretary.errors import InvalidInput, NotReady, RemoteUnavailable
from secretary.kyb.counterparty import ListVersion
from secretary.kyb.records import LISTS
from services.kyb import index_cache
from services.secrets_service import SecretsService
from services.settings_service import SettingsService
from storage import audit, sanctions_repo
from storage.db import Database

if TYPE_CHECKING:  # parsers and matcher load when first needed, not at every start
    from secretary.kyb.matching import ScreeningIndex

log = logging.getLogger(__name__)
# What each list's official download is published as.
DOWNLOAD_FORMAT = {"ofac-sdn": "ofac-xml", "ofac-cons": "ofac-xml", "eu-fsf": "eu-xml", "uk-fcdo": "uk-xml",
                   "un-sc": "un-xml"}
MAX_BYTES = 400 * 1024 * 1024  # the largest official file (OFAC enhanced XML) is well below this
Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class UpdateResult:
    """What one list's download did: ``updated``, ``unchanged``, ``skipped`` or ``failed``, and why."""

    list_id: str
    outcome: str
    message: str
    version: str | None = None


class ListsService:
    """Stored sanctions list versions and the screening index built from them."""

    def __init__(self, db: Database, settings: SettingsService, secrets: SecretsService,
                 transport: httpx.BaseTransport | None = None, cache_dir: Path | None = None) -> None:
        self._db = db
        self.cache_dir = cache_dir  # where the built index is kept between runs (None: not kept)
        self._settings = settings
        self._secrets = secrets
        self._transport = transport
        self._index: tuple[tuple[Any, ...], ScreeningIndex] | None = None
        self._index_lock = threading.Lock()
        self.timeout = httpx.Timeout(30.0, read=120.0)  # per read: a stalled server ends the download
        self.max_seconds = 1800.0  # the whole download, however slowly it trickles
        self.on_updated: list[Callable[[list[str]], None]] = []  # called with the list ids that changed

    # -- versions ----------------------------------------------------------------------------------------------

    def status(self) -> list[ListVersion]:
        """The current version of each stored list."""
        with self._db.reading() as session:
            return sanctions_repo.versions(session)

    def import_file(self, fmt: str, path: Path | str, *, list_id: str | None = None, actor: str,
                    origin: str | None = None) -> tuple[ListVersion, bool]:
        """Parse and store a list file (offline import); returns the version and whether it was new."""
        from secretary.kyb import formats
        path = Path(path).expanduser()
        release = formats.parse(fmt, path, list_id)
        if release.list_id not in LISTS:
            raise InvalidInput(f"{path.name}: unknown list {release.list_id!r}")
        if not release.entries:
            raise InvalidInput(f"{path.name}: the file holds no entries; the stored list is kept")
        digest = _sha256(path)
        with self._db.writing(actor) as session:
            existing = sanctions_repo.find(session, release.list_id, digest)
            if existing is None:
                version_id = sanctions_repo.store(session, release, origin or str(path), digest)
                audit.record(session, "sanctions_lists.import", "sanctions_lists", str(version_id), None,
                             {"list": release.list_id, "version": release.version, "entries": len(release.entries),
                              "origin": origin or path.name})
        stored = next(v for v in self.status() if v.list_id == release.list_id)
        if existing is None:
            log.info("stored %s version %s (%d entries, %d warnings)", release.list_id, release.version,
                     len(release.entries), len(release.warnings))
            for hook in list(self.on_updated):
                hook([release.list_id])
        return stored, existing is None

    # -- downloads ---------------------------------------------------------------------------------------------

    def update(self, list_ids: list[str] | None = None, *, actor: str, progress: Progress | None = None,
               cache_dir: Path | None = None) -> list[UpdateResult]:
        """Download the chosen lists (default: those in settings) and store new versions."""
        chosen = list_ids or list(self._settings.get("kyb.lists"))
        results = []
        for n, list_id in enumerate(chosen):
            if progress:
                progress(n / max(1, len(chosen)), list_id)
            results.append(self._update_one(list_id, actor, cache_dir))
        if progress:
            progress(1.0, "")
        return results

    def _update_one(self, list_id: str, actor: str, cache_dir: Path | None) -> UpdateResult:
        if list_id not in DOWNLOAD_FORMAT:
            return UpdateResult(list_id, "failed", f"unknown list {list_id!r}")
        url = str(self._settings.get(f"kyb.url.{list_id}"))
        params = {}
        if list_id == "eu-fsf":
            token = self._secrets.get("kyb.eu_token")
            if not token:
                return UpdateResult(list_id, "skipped", "the EU file needs a download token "
                                                        "(Settings → KYB, from the EU FSF web gate)")
            params["token"] = token
        folder = Path(cache_dir or tempfile.gettempdir())
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f"{list_id}-", suffix=".download", dir=folder)
        os.close(fd)
        target = Path(name)
        try:
            self._download(url, params, target)
            version, new = self.import_file(DOWNLOAD_FORMAT[list_id], target, list_id=list_id, actor=actor,
                                            origin=url)
            return UpdateResult(list_id, "updated" if new else "unchanged",
                                f"{version.entries} entries" if new else "no change since the last download",
                                version.version)
        except (RemoteUnavailable, NotReady, InvalidInput) as exc:
            log.warning("could not update %s: %s", list_id, exc)
            return UpdateResult(list_id, "failed", str(exc))
        finally:
            target.unlink(missing_ok=True)

    def _download(self, url: str, params: dict[str, str], target: Path) -> None:
        ends = time.monotonic() + self.max_seconds
        try:
            with httpx.Client(transport=self._transport, timeout=self.timeout, follow_redirects=True) as client, \
                    client.stream("GET", url, params=params, headers={"User-Agent": "ai-secretary-kyb"}) as answer:
                if answer.status_code in (401, 403):
                    raise NotReady(f"{_host(url)} refused the download ({answer.status_code}): check the token")
                if answer.status_code >= 400:
                    raise RemoteUnavailable(f"{_host(url)} answered {answer.status_code}")
                size = 0
                with target.open("wb") as out:
                    for chunk in answer.iter_bytes():
                        size += len(chunk)
                        if size > MAX_BYTES:
                            raise RemoteUnavailable(f"{_host(url)} sent more than {MAX_BYTES >> 20} MB; stopped")
                        if time.monotonic() > ends:
                            raise RemoteUnavailable(f"{_host(url)} is too slow: gave up after "
                                                    f"{self.max_seconds:.0f} s")
                        out.write(chunk)
        except httpx.HTTPError as exc:
            raise RemoteUnavailable(f"could not download from {_host(url)}: {exc.__class__.__name__}") from exc

    # -- screening index ---------------------------------------------------------------------------------------

    def index(self) -> ScreeningIndex:
        """The screening index over the current version of every list chosen in settings."""
        with self._db.reading() as session:
            versions = sanctions_repo.current_key(session)
        chosen = tuple(sorted(self._settings.get("kyb.lists")))
        key = (versions, chosen)
        with self._index_lock:
            if self._index is not None and self._index[0] == key:
                return self._index[1]
            if not versions:
                raise NotReady("no sanctions list is loaded yet: run 'secretary kyb lists update' "
                               "or import a list file")

            def build() -> ScreeningIndex:
                from secretary.kyb.matching import ScreeningIndex
                with self._db.reading() as session:
                    return ScreeningIndex.build(e for e in sanctions_repo.current_entries(session)
                                                if e.list_id in chosen)
            index = index_cache.load_or_build(self.cache_dir, key, build)
            self._index = (key, index)
            return index

    def versions_label(self) -> str:
        """``list:version`` of every current list, for snapshots and reports."""
        return "; ".join(f"{v.list_id}:{v.version}" for v in self.status())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
    for file in files:
        with file.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def _host(url: str) -> str:
    return httpx.URL(url).host or url
