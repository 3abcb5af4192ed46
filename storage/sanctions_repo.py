"""Sanctions list versions and their entries."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from secretary.kyb import counterparty as rec
from secretary.kyb.records import ListRelease
from secretary.kyb.serialize import entry_from_dict, entry_to_dict
from storage.models import SanctionsEntry, SanctionsList, utcnow

KEEP_VERSIONS = 3  # per list: the current one and two before it (evidence for older reports)
BATCH = 2000


def find(session: Session, list_id: str, sha256: str) -> int | None:
    """The stored version of ``list_id`` with this content hash, if any."""
    return session.scalar(select(SanctionsList.id).where(SanctionsList.list_id == list_id,
                                                         SanctionsList.sha256 == sha256))


def store(session: Session, release: ListRelease, origin: str, sha256: str) -> int:
    """Store ``release`` as the current version of its list (older versions beyond KEEP_VERSIONS go)."""
    names = sum(len(e.names) for e in release.entries)
    row = SanctionsList(list_id=release.list_id, version=release.version[:120], published=release.published,
                        format=release.format, origin=origin, sha256=sha256, entries=len(release.entries),
                        names=names, warnings=list(release.warnings[:500]), is_current=False, imported_at=utcnow())
    session.add(row)
    session.flush()
    batch: list[dict[str, Any]] = []
    for entry in release.entries:
        batch.append({"list_version_id": row.id, "entity_id": entry.entity_id[:60], "schema": entry.schema,
                      "name": entry.name, "data": entry_to_dict(entry)})
        if len(batch) >= BATCH:
            session.execute(insert(SanctionsEntry), batch)
            batch = []
    if batch:
        session.execute(insert(SanctionsEntry), batch)
    session.execute(update(SanctionsList).where(SanctionsList.list_id == release.list_id)
                    .values(is_current=SanctionsList.id == row.id))
    old = list(session.scalars(select(SanctionsList.id).where(SanctionsList.list_id == release.list_id)
                               .order_by(SanctionsList.id.desc()).offset(KEEP_VERSIONS)))
    if old:
        session.execute(delete(SanctionsEntry).where(SanctionsEntry.list_version_id.in_(old)))
        session.execute(delete(SanctionsList).where(SanctionsList.id.in_(old)))
    return row.id


def versions(session: Session, current_only: bool = True) -> list[rec.ListVersion]:
    """Stored list versions (the current one of each list by default), by list."""
    stmt = select(SanctionsList)
    if current_only:
        stmt = stmt.where(SanctionsList.is_current.is_(True))
    return [rec.ListVersion(id=r.id, list_id=r.list_id, version=r.version, published=r.published, format=r.format,
                            origin=r.origin, sha256=r.sha256, entries=r.entries, names=r.names,
                            warnings=list(r.warnings or []), is_current=r.is_current, imported_at=r.imported_at)
            for r in session.scalars(stmt.order_by(SanctionsList.list_id, SanctionsList.id.desc()))]


def current_key(session: Session) -> tuple[tuple[int, str, str], ...]:
    """Id, list and SHA-256 of each current version: changes whenever any list is updated (the index is
    rebuilt then), and names the content, not only the row (a stored index is kept by it)."""
    return tuple((row.id, row.list_id, row.sha256) for row in session.execute(
        select(SanctionsList.id, SanctionsList.list_id, SanctionsList.sha256)
        .where(SanctionsList.is_current.is_(True)).order_by(SanctionsList.id)))


def current_entries(session: Session) -> Iterator[Any]:
    """Every entry of every current list version, as ListEntry records (streamed)."""
    stmt = (select(SanctionsEntry.data).join(SanctionsList, SanctionsList.id == SanctionsEntry.list_version_id)
            .where(SanctionsList.is_current.is_(True)).execution_options(yield_per=BATCH))
    for (data,) in session.execute(stmt):
        yield entry_from_dict(data)


def entry(session: Session, list_id: str, entity_id: str) -> Any | None:
    """One entry of the current version of ``list_id`` (for the side-by-side view)."""
    data = session.scalar(select(SanctionsEntry.data).join(SanctionsList,
                                                           SanctionsList.id == SanctionsEntry.list_version_id)
                          .where(SanctionsList.list_id == list_id, SanctionsList.is_current.is_(True),
                                 SanctionsEntry.entity_id == entity_id).limit(1))
    return entry_from_dict(data) if data is not None else None


def remove_list(session: Session, list_ids: Iterable[str]) -> None:
    """Forget every version of the given lists."""
    ids = list(session.scalars(select(SanctionsList.id).where(SanctionsList.list_id.in_(list(list_ids)))))
    session.execute(delete(SanctionsEntry).where(SanctionsEntry.list_version_id.in_(ids)))
    session.execute(delete(SanctionsList).where(SanctionsList.id.in_(ids)))
