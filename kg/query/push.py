"""Uploading the store's article graphs to a triple store, named graphs kept.

Two ways, both replacing each graph wholesale so that pushing an article again
replaces what the server held for it:

- SPARQL 1.1 Graph Store Protocol: ``PUT <url>?graph=<article IRI>`` with the
  graph as N-Triples (Oxigraph ``/store``, Fuseki ``/DATASET/data``, GraphDB
  ``/repositories/ID/rdf-graphs/service``);
- SPARQL 1.1 Update: ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }``
  (Oxigraph ``/update``, Fuseki ``/DATASET/update``, Virtuoso ``/sparql``).

The graph content is pyoxigraph's N-Triples serialisation (escaped by it), valid
inside ``INSERT DATA``. Credentials come from the environment
(:mod:`kg.query.endpoint`); 429 and 5xx answers are retried with backoff.
"""

from __future__ import annotations

import base64
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg.query.endpoint import Credentials, call, checked_url

#: INSERT DATA requests carry at most this many triples (big graphs go in several requests)
UPDATE_CHUNK = 5000


def _opener(url: str, credentials: Credentials | None) -> urllib.request.OpenerDirector:
    if credentials is None:
        return urllib.request.build_opener()
    if credentials.scheme == "basic":
        return urllib.request.build_opener(_PreemptiveBasic(credentials))
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, url, credentials.user, credentials.password)
    return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(manager))


class _PreemptiveBasic(urllib.request.BaseHandler):
    """Sends basic credentials with the first request (a PUT body is not sent twice after a 401)."""

    def __init__(self, credentials: Credentials) -> None:
        token = base64.b64encode(f"{credentials.user}:{credentials.password}".encode()).decode()
        self.header = f"Basic {token}"

    def http_request(self, request: urllib.request.Request) -> urllib.request.Request:
        request.add_unredirected_header("Authorization", self.header)
        return request

    https_request = http_request


@dataclass
class _Target:
    url: str
    timeout: float = 30.0
    retries: int = 3
    credentials: Credentials | None = None

    def __post_init__(self) -> None:
        checked_url(self.url)
        if self.credentials is None:
            self.credentials = Credentials.from_env()
        self.opener = _opener(self.url, self.credentials)

    def _send(self, request: urllib.request.Request) -> None:
        def once() -> None:
            with self.opener.open(request, timeout=self.timeout) as response:
                response.read()

        call(once, self.url, self.retries, timeout=self.timeout)


class GraphStoreTarget(_Target):
    """A SPARQL 1.1 Graph Store Protocol endpoint."""

    def put_graph(self, graph: ox.NamedNode, ntriples: bytes) -> None:
        sep = "&" if "?" in self.url else "?"
        url = f"{self.url}{sep}graph={urllib.parse.quote(graph.value, safe='')}"
        self._send(urllib.request.Request(url, data=ntriples, method="PUT",
                                          headers={"Content-Type": "application/n-triples"}))


class UpdateTarget(_Target):
    """A SPARQL 1.1 Update endpoint."""

    def put_graph(self, graph: ox.NamedNode, ntriples: bytes) -> None:
        lines = [line for line in ntriples.decode("utf-8").split("\n") if line]
        chunks = [lines[i:i + UPDATE_CHUNK] for i in range(0, len(lines), UPDATE_CHUNK)] or [[]]
        for n, chunk in enumerate(chunks):
            head = f"DROP SILENT GRAPH {graph} ;\n" if n == 0 else ""
            body = "\n".join(chunk)
            update = f"{head}INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
            self._send(urllib.request.Request(
                self.url, data=urllib.parse.urlencode({"update": update}).encode("utf-8"), method="POST",
                headers={"Content-Type": "application/x-www-form-urlencoded"}))


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0
    seconds: float = 0.0


def article_graphs(store: ox.Store) -> Iterator[tuple[ox.NamedNode, bytes, int]]:
    """Each named graph of the store as (name, N-Triples, number of triples), in name order."""
    for graph in sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value):
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        yield graph, data, data.count(b"\n")


def push(store: ox.Store, target: GraphStoreTarget | UpdateTarget) -> PushReport:
    """Upload every named graph of ``store`` to ``target``, replacing each there."""
    report = PushReport()
    started = time.perf_counter()
    for graph, data, triples in article_graphs(store):
        target.put_graph(graph, data)
        report.graphs += 1
        report.triples += triples
    report.seconds = time.perf_counter() - started
    return report
