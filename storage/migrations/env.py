"""Alembic environment: runs on the connection storage.migrate hands over."""

from __future__ import annotations

from alembic import context

from storage.index import is_index_table
from storage.models import Base

config = context.config


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001 - Alembic's signature
    # The sqlite-vec and FTS5 tables (and their shadow tables) are managed by storage.index.
    return not (type_ == "table" and is_index_table(name))


def run() -> None:
    connection = config.attributes["connection"]
    # SQLite DDL is transactional: the whole upgrade commits or nothing does.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      transactional_ddl=True,
                      include_object=include_object, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run()
