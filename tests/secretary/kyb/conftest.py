"""Shared fixtures for the KYB tests (kyb_fixtures, the real list excerpts, is in tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def kyb_data() -> Path:
    """Small hand-written test files kept with the tests."""
    return _DATA
