"""The full-text index beside ``chunks`` (FTS5), and the names of the vector tables.

These are the SQLite-only parts of the schema; everything else is portable
SQLAlchemy. A PostgreSQL port would implement the same with tsvector and
pgvector. The FTS5 table is an external-content index over ``chunks`` kept in
step by triggers. Vectors live in one table per embedding index, made and
dropped by storage.vector_index; the single sqlite-vec table that revision 0003
created (``chunk_vectors``) is dropped again by revision 0008, because sqlite-vec's
KNN and re-scoring were measured too slow at a million chunks (see vector_index).
"""

from __future__ import annotations

import re
from typing import Any

DEFAULT_DIMENSIONS = 384
VECTOR_TABLE = "chunk_vectors"
FTS_TABLE = "chunks_fts"

_FTS_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "content, heading_path, content='chunks', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER IF NOT EXISTS chunks_fts_ai AFTER INSERT ON chunks BEGIN
        INSERT INTO {FTS_TABLE}(rowid, content, heading_path) VALUES (new.id, new.content, new.heading_path);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS chunks_fts_ad AFTER DELETE ON chunks BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, content, heading_path)
        VALUES ('delete', old.id, old.content, old.heading_path);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS chunks_fts_au AFTER UPDATE ON chunks BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, content, heading_path)
        VALUES ('delete', old.id, old.content, old.heading_path);
        INSERT INTO {FTS_TABLE}(rowid, content, heading_path) VALUES (new.id, new.content, new.heading_path);
    END""",
    # Vectors have no foreign key (virtual table): remove them with their chunk.
    f"""CREATE TRIGGER IF NOT EXISTS chunks_vec_ad AFTER DELETE ON chunks BEGIN
        DELETE FROM {VECTOR_TABLE} WHERE chunk_id = old.id;
    END""",
)


def create(execute: Any, dimensions: int = DEFAULT_DIMENSIONS) -> None:
    """Create the vector and FTS tables with ``execute(sql)`` (a connection's or Alembic's op)."""
    execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {VECTOR_TABLE} USING vec0("
            f"chunk_id INTEGER PRIMARY KEY, embedding float[{int(dimensions)}] distance_metric=cosine)")
    for statement in _FTS_DDL:
        execute(statement)


def drop_legacy_vectors(execute: Any) -> None:
    """Drop revision 0003's sqlite-vec table and its trigger (revision 0008)."""
    execute("DROP TRIGGER IF EXISTS chunks_vec_ad")
    execute(f"DROP TABLE IF EXISTS {VECTOR_TABLE}")


def create_legacy_vectors(execute: Any, dimensions: int = DEFAULT_DIMENSIONS) -> None:
    """Re-create revision 0003's sqlite-vec table (downgrade of revision 0008)."""
    execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {VECTOR_TABLE} USING vec0("
            f"chunk_id INTEGER PRIMARY KEY, embedding float[{int(dimensions)}] distance_metric=cosine)")
    execute(_FTS_DDL[-1])


def drop(execute: Any) -> None:
    """Drop what :func:`create` made."""
    for trigger in ("chunks_fts_ai", "chunks_fts_ad", "chunks_fts_au", "chunks_vec_ad"):
        execute(f"DROP TRIGGER IF EXISTS {trigger}")
    execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    execute(f"DROP TABLE IF EXISTS {VECTOR_TABLE}")


INDEX_TABLES = (VECTOR_TABLE, FTS_TABLE)
# One table per embedding index, made and dropped at run time by storage.vector_index.
_PER_INDEX_TABLE = re.compile(r"vec_\d+_\w+")


def is_index_table(name: str) -> bool:
    """True for the virtual tables above, the shadow tables SQLite makes for them and the per-index tables."""
    return any(name == t or name.startswith(f"{t}_") for t in INDEX_TABLES) or bool(_PER_INDEX_TABLE.fullmatch(name))
