"""The screening index is kept on disk between runs: read back when the lists, the chosen lists and
the matcher are the same, built again otherwise or when the file is damaged; a failed write loses
nothing."""

from __future__ import annotations

import logging
import pickle

import pytest

from secretary.kyb.matching import Query, ScreeningIndex
from services.kyb import index_cache
from services.kyb.lists import ListsService

QUERY = Query("Elvis Angus Logan Morey", "Person", birth_date="1963-07-28")


@pytest.fixture
def lists(app, kyb_fixtures):
    app.kyb.lists.import_file("ofac-csv", kyb_fixtures / "ofac" / "csv-mini", actor="cli")
    return app.kyb.lists


def next_run(app) -> ListsService:
    """The lists service of a new process on the same workspace."""
    return ListsService(app.db, app.settings, app.secrets, cache_dir=app.kyb.lists.cache_dir)


@pytest.fixture
def builds(monkeypatch):
    counted = []
    real = ScreeningIndex.build.__func__

    def build(cls, entries):
        counted.append(1)
        return real(cls, entries)
    monkeypatch.setattr(ScreeningIndex, "build", classmethod(build))
    return counted


def test_the_index_is_read_back_in_the_next_run(app, lists, builds):
    first = lists.index().screen(QUERY)
    assert builds == [1] and (lists.cache_dir / index_cache.NAME).is_file()
    again = next_run(app).index()
    assert builds == [1]  # read, not built
    assert again.screen(QUERY) == first and first[0].entity_id == "10278"


def test_other_lists_or_another_choice_build_it_again(app, lists, builds, kyb_fixtures):
    lists.index()
    app.kyb.lists.import_file("un-xml", kyb_fixtures / "un" / "un_consolidated_sample.xml", actor="cli")
    assert {e.list_id for e in next_run(app).index().entries} == {"ofac-sdn", "un-sc"} and builds == [1, 1]
    app.settings.set("kyb.lists", ["un-sc"], "cli")
    assert {e.list_id for e in next_run(app).index().entries} == {"un-sc"} and builds == [1, 1, 1]
    next_run(app).index()
    assert builds == [1, 1, 1]


def test_a_damaged_file_is_built_again(app, lists, builds, caplog):
    lists.index()
    path = lists.cache_dir / index_cache.NAME
    path.write_bytes(path.read_bytes()[:5000])  # cut short, as by a full disk
    with caplog.at_level(logging.WARNING):
        assert next_run(app).index().screen(QUERY)[0].entity_id == "10278"
    assert builds == [1, 1] and "built again" in caplog.text
    next_run(app).index()
    assert builds == [1, 1]  # the rebuilt one was stored whole


def test_a_failed_write_leaves_no_file_and_loses_nothing(app, lists, builds, monkeypatch):
    real = pickle.dump

    def dump(obj, out, protocol=None):
        if isinstance(obj, ScreeningIndex):
            out.write(b"half an index")
            raise OSError("No space left on device")
        return real(obj, out, protocol=protocol)
    monkeypatch.setattr(index_cache.pickle, "dump", dump)
    assert lists.index().screen(QUERY)[0].entity_id == "10278"
    assert list(lists.cache_dir.iterdir()) == []  # neither the file nor a part of it
