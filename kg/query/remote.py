"""Queries against a remote SPARQL 1.1 query endpoint, through SPARQLWrapper.

Parameters travel as a ``VALUES`` row of escaped terms (:mod:`kg.query.bind`);
credentials come from the environment (:mod:`kg.query.endpoint`); 429 and 5xx
answers are retried with backoff; every failure names the endpoint.

kg's queries read the default graph as the union of the article graphs. Every
request asks for that with Oxigraph's ``union-default-graph`` parameter, so an
Oxigraph server loaded from ``graph.trig`` (named graphs only) answers as one
loaded from ``graph.ttl``; Virtuoso and GraphDB make their default graph the
union anyway and ignore the parameter, as Fuseki does (see docs/triple-stores.md).
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Mapping, Sequence

import pyoxigraph as ox
from SPARQLWrapper import DIGEST, JSON, POST, TURTLE, URLENCODED, BASIC, SPARQLWrapper
from SPARQLWrapper import SPARQLExceptions as swe

from kg.query.bind import UPDATE_OPERATIONS, query_form, with_bindings
from kg.query.endpoint import Credentials, EndpointError, HttpFailure, call, checked_url
from kg.query.results import Result, Term, from_json, from_triples

#: SPARQLWrapper turns these statuses into its own exceptions; turned back into statuses for the retry loop
_SW_STATUS = {swe.QueryBadFormed: 400, swe.Unauthorized: 401, swe.EndPointNotFound: 404,
              swe.URITooLong: 414, swe.EndPointInternalError: 500}


class RemoteBackend:
    """A SPARQL query endpoint (Oxigraph: ``http://HOST:PORT/query``; Fuseki: ``…/DATASET/sparql``)."""

    def __init__(self, endpoint: str, timeout: float = 30.0, retries: int = 3, backoff: float = 0.5,
                 credentials: Credentials | None = None) -> None:
        self.endpoint = checked_url(endpoint)
        self.name = endpoint
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.credentials = credentials if credentials is not None else Credentials.from_env()

    def _wrapper(self, text: str, graph: bool) -> SPARQLWrapper:
        w = SPARQLWrapper(self.endpoint)
        with warnings.catch_warnings():  # SPARQLWrapper warns on a form it does not know; the server judges
            warnings.simplefilter("ignore", RuntimeWarning)
            w.setQuery(text)
        w.addParameter("union-default-graph", "true")
        w.setMethod(POST)
        w.setRequestMethod(URLENCODED)
        w.setReturnFormat(TURTLE if graph else JSON)
        w.setTimeout(max(1, round(self.timeout)))
        if self.credentials:
            c = self.credentials
            w.setHTTPAuth(DIGEST if c.scheme == "digest" else BASIC)
            w.setCredentials(c.user, c.password, realm=c.realm)
        return w

    def _fetch(self, w: SPARQLWrapper) -> bytes:
        try:
            response = w.query().response
            return response.read()
        except tuple(_SW_STATUS) as exc:
            raise HttpFailure(_SW_STATUS[type(exc)], str(exc)) from None

    def run(self, sparql: str, bindings: Mapping[str, Term | Sequence[Term]] | None = None) -> Result:
        """Run a query (``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``) with typed ``bindings``."""
        form = query_form(sparql)
        if form in UPDATE_OPERATIONS:
            raise EndpointError("only queries are run (SELECT, ASK, CONSTRUCT, DESCRIBE); use kg push to write")
        try:
            text = with_bindings(sparql, dict(bindings or {}))
        except ValueError as exc:
            raise EndpointError(f"cannot bind parameters: {exc}") from None
        graph = form in ("CONSTRUCT", "DESCRIBE")
        body = call(lambda: self._fetch(self._wrapper(text, graph)), self.endpoint,
                    self.retries, self.backoff, self.timeout)
        try:
            if graph:
                return from_triples(ox.parse(body, format=ox.RdfFormat.TURTLE))
            result = from_json(json.loads(body))
        except (ValueError, SyntaxError) as exc:
            raise EndpointError(f"{self.endpoint} sent an answer that is not SPARQL results: {exc}") from None
        if form == "ASK" and result.kind == "select":  # Virtuoso 7 answers ASK as one row of __ASK_RETVAL
            first = result.rows[0][0] if result.rows and result.rows[0] else None
            return Result("ask", boolean=first is not None and first.value not in ("0", "false"))
        return result
