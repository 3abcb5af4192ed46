"""Storage: the only package that speaks SQL.

SQLAlchemy models, engine and session setup, Alembic migrations, the vector
and full-text index, the secret store, the workspace lock and backups.
"""
