"""Sanctions lists downloaded from their (stand-in) official addresses: new versions stored, unchanged
ones recognised, broken or slow servers and malformed files reported without losing the stored list."""

from __future__ import annotations

import pytest

from secretary.errors import InvalidInput, NotReady
from tests.fakes.web_server import Reply, WebServer, closed_port


@pytest.fixture
def server(kyb_fixtures):
    un = (kyb_fixtures / "un" / "un_consolidated_sample.xml").read_bytes()
    cons = (kyb_fixtures / "ofac" / "enhanced-xml" / "CONS_ENHANCED.XML").read_bytes()
    uk = (kyb_fixtures / "uk" / "uk_sanctions_list_sample.xml").read_bytes()
    eu = (kyb_fixtures / "eu" / "eu_fsf_full_1_1_sample.xml").read_bytes()
    routes = {"/un.xml": Reply(body=un, content_type="application/xml"),
              "/cons.xml": Reply(body=cons, content_type="application/xml"),
              "/uk.xml": Reply(body=uk, content_type="application/xml"),
              "/eu?token=s3cret": Reply(body=eu, content_type="application/xml"),
              "/broken.xml": Reply(body=b"<CONSOLIDATED_LIST><INDIVIDUALS><INDIV", content_type="application/xml"),
              "/down.xml": Reply(503, b"maintenance")}
    with WebServer(routes) as web:
        yield web


def point(app, web, **paths):
    for list_id, path in paths.items():
        app.settings.set(f"kyb.url.{list_id}", web.url(path), "cli")


def test_download_stores_each_list_and_recognises_an_unchanged_one(app, server, tmp_path):
    point(app, server, **{"un-sc": "/un.xml", "ofac-cons": "/cons.xml", "uk-fcdo": "/uk.xml", "eu-fsf": "/eu"})
    progress = []
    first = app.kyb.lists.update(["un-sc", "ofac-cons", "uk-fcdo", "eu-fsf"], actor="cli", cache_dir=tmp_path / "dl",
                                 progress=lambda f, label: progress.append((f, label)))
    assert [(r.list_id, r.outcome) for r in first] == [("un-sc", "updated"), ("ofac-cons", "updated"),
                                                       ("uk-fcdo", "updated"), ("eu-fsf", "skipped")]
    assert "token" in first[3].message  # the EU file needs its token from the secret store
    assert progress[0] == (0.0, "un-sc") and progress[-1] == (1.0, "")
    status = {v.list_id: v for v in app.kyb.lists.status()}
    assert status["ofac-cons"].entries == 443 and status["ofac-cons"].published.startswith("2025-01-10")
    assert status["un-sc"].origin == server.url("/un.xml")
    app.secrets.set("kyb.eu_token", "s3cret", "cli")
    again = app.kyb.lists.update(["un-sc", "eu-fsf"], actor="cli", cache_dir=tmp_path / "dl")
    assert [(r.list_id, r.outcome) for r in again] == [("un-sc", "unchanged"), ("eu-fsf", "updated")]
    assert not list((tmp_path / "dl").iterdir())  # downloads are removed once stored
    assert "/eu?token=s3cret" in server.requests


def test_broken_file_or_server_keeps_the_stored_list(app, server, tmp_path):
    point(app, server, **{"un-sc": "/un.xml"})
    app.kyb.lists.update(["un-sc"], actor="cli", cache_dir=tmp_path / "dl")
    before = app.kyb.lists.status()
    for path in ("/broken.xml", "/down.xml", "/missing.xml"):
        point(app, server, **{"un-sc": path})
        (result,) = app.kyb.lists.update(["un-sc"], actor="cli", cache_dir=tmp_path / "dl")
        assert result.outcome == "failed" and result.message
    app.settings.set("kyb.url.un-sc", f"http://127.0.0.1:{closed_port()}/un.xml", "cli")
    (result,) = app.kyb.lists.update(["un-sc"], actor="cli", cache_dir=tmp_path / "dl")
    assert result.outcome == "failed" and "could not download" in result.message
    assert app.kyb.lists.status() == before


def test_a_slow_server_is_given_up(app, tmp_path):
    with WebServer({"/slow.xml": Reply(body=b"<x>" * 1000, trickle=0.05)}) as web:
        point(app, web, **{"un-sc": "/slow.xml"})
        app.kyb.lists.max_seconds = 0.5
        (result,) = app.kyb.lists.update(["un-sc"], actor="cli", cache_dir=tmp_path / "dl")
    assert result.outcome == "failed" and "too slow" in result.message


def test_import_refuses_malformed_and_empty_files(app, tmp_path):
    bad = tmp_path / "un.xml"
    bad.write_text("<CONSOLIDATED_LIST><INDIVIDUALS>", encoding="utf-8")
    with pytest.raises(InvalidInput):
        app.kyb.lists.import_file("un-xml", bad, actor="cli")
    with pytest.raises(NotReady, match="no sanctions list"):
        app.kyb.lists.index()
