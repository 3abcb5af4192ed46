"""One-line operations for the knowledge base: list, add, remove, re-index, search.

The service is passed in (``app.knowledge``, or a test's fake with the same
methods), so the panel can be tried without a real index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from gui.operations import Op, op
from secretary.knowledge import SearchFilters

if TYPE_CHECKING:
    from services.knowledge.service import KnowledgeService
    from storage.knowledge_repo import SourceInfo

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Snapshot:
    """What the panel shows: every source and the state of the search index."""

    sources: list[SourceInfo]
    index: dict[str, Any]


@dataclass
class AddOutcome:
    """Sources added from one gesture (a drop, a file dialog), and the targets that were refused."""

    added: list[int] = field(default_factory=list)
    refused: list[tuple[str, BaseException]] = field(default_factory=list)


def snapshot(service: KnowledgeService) -> Snapshot:
    try:
        index = dict(service.index_state() or {})
    except Exception:  # noqa: BLE001 - the list matters more than the index line
        index = {}
    return Snapshot(service.list(), index)


def load(parent: QObject, service: KnowledgeService) -> Op:
    """The sources and the index state (one poll)."""
    return op(parent, lambda: snapshot(service))


def add_all(service: KnowledgeService, targets: Sequence[str], actor: str, *, name: str | None = None,
            include: Sequence[str] = (), exclude: Sequence[str] = (), watch: bool | None = None) -> AddOutcome:
    """Add each target on its own, so one refused path does not stop the others."""
    outcome = AddOutcome()
    for target in targets:
        try:
            outcome.added.append(service.add(target, name=name, include=tuple(include), exclude=tuple(exclude),
                                             watch=watch, actor=actor))
        except Exception as exc:  # noqa: BLE001 - reported per target in the panel
            outcome.refused.append((target, exc))
    return outcome


def add(parent: QObject, service: KnowledgeService, targets: Sequence[str], actor: str, *,
        name: str | None = None, include: Sequence[str] = (), exclude: Sequence[str] = (),
        watch: bool | None = None) -> Op:
    """Add files, folders or URLs as sources (ingestion is queued); the result is an AddOutcome."""
    targets = list(targets)
    return op(parent, lambda: add_all(service, targets, actor, name=name, include=include, exclude=exclude,
                                      watch=watch)).with_progress(translate("Operations", "Adding documents…"))


def remove(parent: QObject, service: KnowledgeService, source_id: int, actor: str) -> Op:
    """Delete a source with its documents and passages; the result is the removed SourceInfo."""
    return op(parent, lambda: service.remove(source_id, actor=actor)).with_progress(
        translate("Operations", "Removing a knowledge source…"))


def reindex(parent: QObject, service: KnowledgeService, source_id: int | None, actor: str) -> Op:
    """Queue a re-index of one source, or of all with ``None``; the result is the ids queued."""
    return op(parent, lambda: service.reindex(source_id, actor=actor)).with_progress(
        translate("Operations", "Queueing a re-index…"))


def search(parent: QObject, service: KnowledgeService, query: str, k: int = 8,
           sources: Sequence[str] = ()) -> Op:
    """Hybrid search; the first one loads the embedding model, so it may take a moment."""
    filters = SearchFilters(sources=tuple(sources))
    return op(parent, lambda: service.search(query, k=k, filters=filters)).with_progress(
        translate("Operations", "Searching the documents…"))


def stop(parent: QObject, service: KnowledgeService, source_id: int) -> Op:
    """Ask the ingestion of ``source_id`` running in this process to stop; False when it runs elsewhere."""
    return op(parent, lambda: service.stop(source_id))


def index_state(parent: QObject, service: KnowledgeService) -> Op:
    """The active and building search index (model, dimensions, vectors, missing)."""
    return op(parent, lambda: dict(service.index_state() or {}))


def switch_model(parent: QObject, service: KnowledgeService, actor: str) -> Op:
    """Start re-indexing with the configured embedding model; the result is (new index id or None, index state)."""
    def run() -> tuple[int | None, dict[str, Any]]:
        index_id = service.switch_model(actor=actor)
        return index_id, dict(service.index_state() or {})
    return op(parent, run).with_progress(translate("Operations", "Switching the embedding model…"))
