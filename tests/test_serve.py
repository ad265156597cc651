"""``kg serve``: a SPARQL 1.1 Protocol endpoint over the embedded store, on loopback, for browser tools."""

from __future__ import annotations

import json
import re
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest


from kg.query import answer, prepared
from kg.query.remote import RemoteBackend
from kg.query.run import EmbeddedBackend
from kg.query.serve import make_server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture
def endpoint(gold_store):
    server = make_server(gold_store.ox, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def fetch(url: str, data: bytes | None = None, method: str | None = None, **headers: str):
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_every_prepared_query_answers_through_the_endpoint_as_embedded(gold_store, endpoint):
    for q in prepared.load_all().values():
        there, here = answer(RemoteBackend(f"{endpoint}/query"), q), answer(EmbeddedBackend(gold_store.ox), q)
        assert sorted(map(str, there.rows)) == sorted(map(str, here.rows))


def test_get_and_both_kinds_of_post_with_cors(gold_store, endpoint):
    status, headers, body = fetch(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": COUNT}))
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(len(gold_store))
    status, _, body = fetch(f"{endpoint}/query", COUNT.encode(), **{"Content-Type": "application/sparql-query",
                                                                    "Accept": "text/csv"})
    assert status == 200 and body.decode().split() == ["n", str(len(gold_store))]
    form = urllib.parse.urlencode({"query": "ASK { GRAPH ?g { ?s ?p ?o } }"}).encode()
    status, _, body = fetch(f"{endpoint}/query", form, **{"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(body)["boolean"] is True
    status, headers, _ = fetch(f"{endpoint}/query", method="OPTIONS",
                               **{"Origin": "http://yasgui.example", "Access-Control-Request-Method": "POST"})
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


def test_graphs_come_in_the_format_asked_for(gold_store, endpoint):
    construct = "CONSTRUCT { ?s a ?o } WHERE { GRAPH ?g { ?s a ?o } }"
    url = f"{endpoint}/query?" + urllib.parse.urlencode({"query": construct})
    status, headers, body = fetch(url, Accept="text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and b"ontology#Conference" in body
    remote = RemoteBackend(f"{endpoint}/query").run(construct)
    assert remote.kind == "graph" and remote.variables == ["subject", "predicate", "object"]
    assert sorted(map(str, remote.rows)) == sorted(map(str, EmbeddedBackend(gold_store.ox).run(construct).rows))


def test_the_default_graph_is_not_the_union_unless_asked(gold_store, endpoint):
    flat = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    status, _, body = fetch(f"{endpoint}/query?" + urllib.parse.urlencode({"query": flat}))
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "0"
    # asked per request, as on an Oxigraph server (kg query --endpoint always asks)
    asked = urllib.parse.urlencode({"query": flat, "union-default-graph": "true"})
    status, _, body = fetch(f"{endpoint}/query?" + asked)
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(len(gold_store))
    assert RemoteBackend(f"{endpoint}/query").run(flat).rows[0][0].value == str(len(gold_store))
    union = make_server(gold_store.ox, "127.0.0.1", 0, union_default_graph=True)
    threading.Thread(target=union.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{union.server_address[1]}/query"
        assert RemoteBackend(url).run(flat).rows[0][0].value == str(len(gold_store))
    finally:
        union.shutdown()
        union.server_close()


def test_updates_and_bad_queries_are_refused(gold_store, endpoint):
    before = len(gold_store)
    status, _, body = fetch(f"{endpoint}/query", b"DROP ALL", **{"Content-Type": "application/sparql-update"})
    assert status == 403 and b"read-only" in body
    status, _, _ = fetch(f"{endpoint}/query", urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
                         **{"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    status, _, body = fetch(f"{endpoint}/query?" + urllib.parse.urlencode({"query": "DROP ALL"}))
    assert status == 400 and b"bad query" in body
    assert fetch(f"{endpoint}/elsewhere?query=ASK%7B%7D")[0] == 404
    assert len(gold_store) == before


def test_kg_serve_listens_on_loopback_and_answers_a_query(store_dir, gold_store, kg_command):
    quads = len(gold_store)
    process = subprocess.Popen([kg_command, "serve", "--store", str(store_dir), "--port", "0"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        m = re.search(r"http://(127\.0\.0\.1):(\d+)/query", line)
        assert m, line
        url = m.group(0)
        deadline = time.monotonic() + 20
        while True:
            try:
                result = RemoteBackend(url, retries=0).run(COUNT)
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        assert result.rows[0][0].value == str(quads)
    finally:
        process.terminate()
        process.wait(10)
