"""Against a real Oxigraph server (``oxigraph serve``, default graph NOT the union of the named graphs):
push the gold store, get the same answers as the embedded store, replace graphs on re-push,
retry on 429/5xx, authenticate from the environment, and fail cleanly when the endpoint is down.

Retries and authentication are checked through a small real HTTP gate in front of the
server (it refuses the first requests, or asks for credentials, then forwards).
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


from kg.cli import main as kg_main
from kg.model import EventRecord
from kg.query import answer, prepared
from kg.query.endpoint import Credentials, EndpointError
from kg.query.labels import Labeller
from kg.query.oxigraph_server import free_port, oxigraph_server
from kg.query.push import GraphStoreTarget, UpdateTarget, article_graphs, push
from kg.query.remote import RemoteBackend
from kg.query.run import EmbeddedBackend

pytestmark = pytest.mark.skipif(shutil.which("oxigraph") is None, reason="the oxigraph server (PyPI 'oxigraph') is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Base URL of an Oxigraph server on a free loopback port, stopped after the module."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as base:
        yield base


@pytest.fixture
def empty_server(server):
    """The server with nothing in it."""
    request = urllib.request.Request(f"{server}/update", data=b"DROP ALL", method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(request, timeout=10).read()
    return server


def server_graphs(base: str) -> dict[str, set[str]]:
    """Every named graph of the server and its triples (N-Triples lines)."""
    result = RemoteBackend(f"{base}/query").run(
        "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    graphs: dict[str, set[str]] = {}
    for g, s, p, o in result.rows:
        graphs.setdefault(g.value, set()).add(f"{s} {p} {o} .")
    return graphs


def default_graph_holds_triples(base: str) -> bool:
    """ASK on the server's default graph as a plain client sees it (no union-default-graph parameter)."""
    query = urllib.parse.quote("ASK { ?s ?p ?o }")
    request = urllib.request.Request(f"{base}/query?query={query}", headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())["boolean"]


def store_graphs(store) -> dict[str, set[str]]:
    return {g.value: {line for line in data.decode().split("\n") if line} for g, data, _ in article_graphs(store.ox)}


def test_push_through_the_graph_store_protocol_keeps_the_named_graphs(gold_store, empty_server):
    report = push(gold_store.ox, GraphStoreTarget(f"{empty_server}/store"))
    assert report.graphs == 5 and report.triples == len(gold_store)  # the two articles, the network and its 2 pairs
    assert server_graphs(empty_server) == store_graphs(gold_store)
    assert not default_graph_holds_triples(empty_server)  # the server's own default graph stays empty
    assert RemoteBackend(f"{empty_server}/query").run("ASK { ?s ?p ?o }").boolean is True  # kg asks for the union


@pytest.mark.parametrize("name", sorted(prepared.load_all()))
def test_every_prepared_query_answers_the_same_embedded_and_remote(gold_store, empty_server, name):
    push(gold_store.ox, GraphStoreTarget(f"{empty_server}/store"))
    query = prepared.get(name)
    here, there = EmbeddedBackend(gold_store.ox), RemoteBackend(f"{empty_server}/query")
    local, remote = answer(here, query), answer(there, query)
    assert local.variables == remote.variables
    assert sorted(map(str, remote.rows)) == sorted(map(str, local.rows))  # (ties may come in any order)
    if name not in ("multi-source-events", "conflicting-claims"):  # their examples match nothing on the seeds
        assert remote.rows
    for lang in ("zh", "en"):
        show_here, show_there = Labeller.for_result(here, local, lang), Labeller.for_result(there, remote, lang)
        assert sorted([show_there(t) for t in row] for row in remote.rows) == sorted(
            [show_here(t) for t in row] for row in local.rows)
    for param in (p.name for p in query.params if p.type in ("name", "label", "string")):
        assert answer(there, query, {param: (None, 'x" } ; DROP ALL ; #')}).rows == []
    assert server_graphs(empty_server) == store_graphs(gold_store)  # nothing dropped


def _changed(record: EventRecord) -> EventRecord:
    """The seed-000 record with its main conference hosted by the Belarus ministry instead of the association."""
    d = record.to_dict()
    d["events"][0]["hosts"] = ["o2"]
    return EventRecord.from_dict(d)


@pytest.mark.parametrize("how", ["graph-store", "update"])
def test_pushing_an_article_again_replaces_its_graph(gold_store, gold_records, empty_server, how):
    target = GraphStoreTarget(f"{empty_server}/store") if how == "graph-store" else UpdateTarget(f"{empty_server}/update")
    push(gold_store.ox, target)
    remote = RemoteBackend(f"{empty_server}/query")
    hosts = prepared.get("event-hosts")
    before = answer(remote, hosts, {"event": (None, "2025中国医学装备国际合作大会")})
    gold_store.add_records([_changed(gold_records[0])])
    push(gold_store.ox, target)
    after = answer(remote, hosts, {"event": (None, "2025中国医学装备国际合作大会")})
    assert before.rows != after.rows
    assert after.rows == answer(EmbeddedBackend(gold_store.ox), hosts, {"event": (None, "2025中国医学装备国际合作大会")}).rows
    assert server_graphs(empty_server) == store_graphs(gold_store)


def test_update_push_splits_big_graphs_into_several_requests(gold_store, empty_server, monkeypatch):
    monkeypatch.setattr("kg.query.push.UPDATE_CHUNK", 50)
    push(gold_store.ox, UpdateTarget(f"{empty_server}/update"))
    assert server_graphs(empty_server) == store_graphs(gold_store)


# -- the command line ---------------------------------------------------------------------------------

def test_kg_push_and_kg_query_endpoint(store_dir, empty_server, capsys):
    assert kg_main(["push", "--store", str(store_dir), "--graph-store", f"{empty_server}/store"]) == 0
    assert "pushed 5 graphs" in capsys.readouterr().err  # the two articles, the co-host network and its 2 pairs
    assert kg_main(["query", "events-in-city", "--endpoint", f"{empty_server}/query", "--param", "city=Wuhan",
                    "--format", "csv", "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["event,type,start,end",
                   "China Medical Device Industry Summit and 2020 Sinopharm-CMDC Ecosystem Conference,kg:Summit,"
                   "2020-11-27,2020-11-27"]


def test_a_down_endpoint_gives_a_clean_error_naming_it_and_a_non_zero_exit(store_dir, run_kg):
    url = f"http://127.0.0.1:{free_port()}"
    for args in (["query", "timeline", "--endpoint", f"{url}/query"],
                 ["push", "--store", str(store_dir), "--graph-store", f"{url}/store"],
                 ["push", "--store", str(store_dir), "--update", f"{url}/update"]):
        done = run_kg(*args, timeout=60)
        assert done.returncode != 0
        assert f"cannot reach {url}/" in done.stderr and "Traceback" not in done.stderr
        assert done.stdout == ""


def test_an_endpoint_that_refuses_is_named_with_its_status(gold_store, server):
    with pytest.raises(EndpointError, match=rf"{server}/nowhere answered HTTP 404"):
        push(gold_store.ox, GraphStoreTarget(f"{server}/nowhere", retries=0))
    with pytest.raises(EndpointError, match=rf"{server}/query answered HTTP 400"):
        RemoteBackend(f"{server}/query").run("SELECT ?x WHERE { ?x ?y }")


def test_an_endpoint_that_never_answers_times_out():
    with socket.socket() as silent:  # accepts connections (the kernel does), never replies
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/query"
        started = time.monotonic()
        with pytest.raises(EndpointError, match=rf"{url} did not answer within 1"):
            RemoteBackend(url, timeout=1, retries=2).run("ASK {}")
        assert time.monotonic() - started < 10


# -- a real HTTP gate in front of the server: refusals, then forwarding; or credentials ------------------

class Gate(ThreadingHTTPServer):
    """Forwards to ``upstream`` after answering the first requests with ``refusals`` statuses,
    and (with ``auth``) only requests carrying the right basic or digest credentials."""

    def __init__(self, upstream: str, refusals: list[int] = (), auth: str | None = None,
                 user: str = "kg", password: str = "s3cret") -> None:
        super().__init__(("127.0.0.1", 0), GateHandler)
        self.upstream, self.refusals, self.auth = upstream, list(refusals), auth
        self.user, self.password, self.seen = user, password, 0
        self.daemon_threads = True
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


class GateHandler(BaseHTTPRequestHandler):
    server: Gate
    NONCE = "b1f0c4e2"

    def log_message(self, *args) -> None:
        pass

    def _authorized(self) -> bool:
        header = self.headers.get("Authorization") or ""
        gate = self.server
        if gate.auth == "basic":
            return header == "Basic " + base64.b64encode(f"{gate.user}:{gate.password}".encode()).decode()
        if not header.startswith("Digest "):
            return False
        f = urllib.request.parse_keqv_list(urllib.request.parse_http_list(header[7:]))
        ha1 = _md5(f"{f.get('username')}:{f.get('realm')}:{gate.password}")
        ha2 = _md5(f"{self.command}:{f.get('uri')}")
        expected = _md5(f"{ha1}:{f.get('nonce')}:{f.get('nc')}:{f.get('cnonce')}:{f.get('qop')}:{ha2}")
        return f.get("username") == gate.user and f.get("nonce") == self.NONCE and f.get("response") == expected

    def _handle(self) -> None:
        gate = self.server
        gate.seen += 1
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if gate.refusals:
            status = gate.refusals.pop(0)
            self.send_response(status)
            self.send_header("Retry-After", "0")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if gate.auth and not self._authorized():
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="SPARQL"' if gate.auth == "basic" else
                             f'Digest realm="SPARQL", nonce="{self.NONCE}", qop="auth", algorithm=MD5')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
        request = urllib.request.Request(gate.upstream + self.path, data=body or None, method=self.command,
                                         headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                status, payload, ctype = response.status, response.read(), response.headers.get("Content-Type")
        except urllib.error.HTTPError as exc:
            status, payload, ctype = exc.code, exc.read(), exc.headers.get("Content-Type")
        self.send_response(status)
        self.send_header("Content-Type", ctype or "text/plain")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = _handle


@pytest.fixture
def pushed(gold_store, empty_server):
    push(gold_store.ox, GraphStoreTarget(f"{empty_server}/store"))
    return empty_server


def test_429_and_5xx_answers_are_retried_with_backoff(gold_store, pushed):
    gate = Gate(pushed, refusals=[429, 503, 502])
    try:
        result = answer(RemoteBackend(f"{gate.url}/query", retries=3, backoff=0.01), prepared.get("timeline"))
        assert result.rows == answer(EmbeddedBackend(gold_store.ox), prepared.get("timeline")).rows
        assert gate.seen == 4
        gate.refusals = [503, 500]
        push(gold_store.ox, GraphStoreTarget(f"{gate.url}/store", retries=2))
        assert server_graphs(pushed) == store_graphs(gold_store)
        gate.refusals = [503, 503]
        with pytest.raises(EndpointError, match=rf"{gate.url}/query answered HTTP 503"):
            RemoteBackend(f"{gate.url}/query", retries=1, backoff=0.01).run("ASK {}")
    finally:
        gate.shutdown()
        gate.server_close()


@pytest.mark.parametrize("scheme", ["basic", "digest"])
def test_credentials_come_from_the_environment(gold_store, pushed, monkeypatch, scheme):
    gate = Gate(pushed, auth=scheme)
    try:
        monkeypatch.delenv("KG_SPARQL_USER", raising=False)
        with pytest.raises(EndpointError, match="HTTP 401.*KG_SPARQL_USER"):
            RemoteBackend(f"{gate.url}/query").run("ASK {}")
        monkeypatch.setenv("KG_SPARQL_USER", "kg")
        monkeypatch.setenv("KG_SPARQL_PASSWORD", "s3cret")
        monkeypatch.setenv("KG_SPARQL_AUTH", scheme)
        assert Credentials.from_env() == Credentials("kg", "s3cret", scheme)
        result = answer(RemoteBackend(f"{gate.url}/query"), prepared.get("ambassadors"))
        assert result.rows == answer(EmbeddedBackend(gold_store.ox), prepared.get("ambassadors")).rows
        push(gold_store.ox, GraphStoreTarget(f"{gate.url}/store"))
        monkeypatch.setenv("KG_SPARQL_PASSWORD", "wrong")
        with pytest.raises(EndpointError, match="HTTP 401"):
            push(gold_store.ox, GraphStoreTarget(f"{gate.url}/store"))
    finally:
        gate.shutdown()
        gate.server_close()
