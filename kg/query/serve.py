"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the embedded store (stdlib ``http.server``).

- ``GET /query?query=…`` and ``POST /query`` (form ``query=…`` or an
  ``application/sparql-query`` body); ``/sparql`` is the same endpoint;
  ``default-graph-uri`` and ``named-graph-uri`` select the dataset;
  ``union-default-graph`` (as on an Oxigraph server) makes the default graph the
  union of the article graphs for that request.
- Answers in the format the ``Accept`` header asks for: SPARQL results as JSON
  (default), XML, CSV or TSV; graphs as N-Triples (default), Turtle, RDF/XML…
- CORS headers on every answer and ``OPTIONS`` preflight, so browser tools
  (YASGUI and the like) on other origins can use it.
- Updates are refused (403): the endpoint only reads.
"""

from __future__ import annotations

import logging
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox

log = logging.getLogger(__name__)

PATHS = ("/query", "/sparql")
MAX_BODY = 1 << 20  # bytes of a POSTed query
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Max-Age": "86400",
}
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"


def _accepted(accept: str | None) -> list[str]:
    """The media types of an Accept header, most wanted first."""
    ranked = []
    for n, part in enumerate((accept or "").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, n, media.lower()))
    return [media for _, _, media in sorted(ranked)]


def _pick(accept: str | None, from_media_type, default):
    for media in _accepted(accept):
        if media in ("*/*", "application/*", "text/*"):
            return default
        found = from_media_type(media)
        if found is not None:
            return found
    return default


class SparqlHandler(BaseHTTPRequestHandler):
    """One request to the endpoint; ``server.store`` and ``server.union`` set by :func:`make_server`."""

    server_version = "kg-serve"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (BaseHTTPRequestHandler's name)
        log.info("%s %s", self.address_string(), format % args)

    def _reply(self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        for key, value in CORS.items():
            self.send_header(key, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._reply(status, (message.rstrip() + "\n").encode("utf-8"))

    def do_OPTIONS(self) -> None:
        self._reply(HTTPStatus.NO_CONTENT, b"")

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query)
        if url.path == "/" and "query" not in params:
            self._reply(HTTPStatus.OK, b"kg SPARQL endpoint: GET or POST /query (SPARQL 1.1 Protocol), read-only\n")
            return
        self._answer(url.path, params)

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the query is larger than {MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == FORM:
            for key, values in urllib.parse.parse_qs(body).items():
                params.setdefault(key, []).extend(values)
        elif ctype == SPARQL_QUERY:
            params["query"] = [body]
        elif ctype == "application/sparql-update":
            params["update"] = [body]
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"POST {FORM} or {SPARQL_QUERY}, not {ctype or 'nothing'}")
            return
        self._answer(url.path, params)

    def _answer(self, path: str, params: dict[str, list[str]]) -> None:
        if path not in PATHS and path != "/":
            self._error(HTTPStatus.NOT_FOUND, f"no such endpoint {path}; use {PATHS[0]}")
            return
        if "update" in params:
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL updates are refused")
            return
        queries = params.get("query") or []
        if len(queries) != 1:
            self._error(HTTPStatus.BAD_REQUEST, "give exactly one 'query' parameter")
            return
        dataset = {}
        try:
            if params.get("default-graph-uri"):
                dataset["default_graph"] = [ox.NamedNode(g) for g in params["default-graph-uri"]]
            if params.get("named-graph-uri"):
                dataset["named_graphs"] = [ox.NamedNode(g) for g in params["named-graph-uri"]]
            result = self.server.store.query(
                queries[0], use_default_graph_as_union=((self.server.union or "union-default-graph" in params)
                                                        and "default_graph" not in dataset),
                **dataset)
        except (SyntaxError, ValueError) as exc:
            self._error(HTTPStatus.BAD_REQUEST, f"bad query: {exc}")
            return
        accept = self.headers.get("Accept")
        try:
            if isinstance(result, ox.QueryTriples):
                fmt = _pick(accept, ox.RdfFormat.from_media_type, ox.RdfFormat.N_TRIPLES)
                body = result.serialize(format=fmt)
            else:
                fmt = _pick(accept, ox.QueryResultsFormat.from_media_type, ox.QueryResultsFormat.JSON)
                body = result.serialize(format=fmt)
        except (OSError, ValueError) as exc:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {exc}")
            return
        self._reply(HTTPStatus.OK, body, fmt.media_type + ("; charset=utf-8" if "json" in fmt.media_type else ""))


def make_server(store: ox.Store, host: str = "127.0.0.1", port: int = 7879,
                union_default_graph: bool = False) -> ThreadingHTTPServer:
    """An HTTP server answering SPARQL queries on ``store`` (call ``serve_forever``; port 0 picks a free one)."""
    server = ThreadingHTTPServer((host, port), SparqlHandler)
    server.daemon_threads = True
    server.store = store  # type: ignore[attr-defined]
    server.union = union_default_graph  # type: ignore[attr-defined]
    return server
