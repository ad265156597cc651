"""GraphStore: the embedded Oxigraph store holding one named graph per article."""

from __future__ import annotations

import gc
import logging
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from kg import config
from kg.cli.common import UserError
from kg.graph import cohosts
from kg.graph.iris import Iris
from kg.graph.terms import NQuadsWriter
from kg.graph.triples import record_triples
from kg.graph.vocab import PREFIXES
from kg.model import EventRecord
from kg.resolve import Resolver, load_aliases, resolution_triples
from kg.resolve import keyindex
from kg.resolve.keyindex import KeyIndex
from kg.resolve.stored import StoredSource, rewritten_graphs, stored_mentions
from kg.store import journal, terms
from kg.store.results import QueryRows

log = logging.getLogger(__name__)


class StoreError(UserError):
    """The store cannot be opened (locked by another process, not a store) or used."""


def _log_error(record: EventRecord, exc: Exception) -> None:
    log.error("article %s: could not build its graph: %s", record.id, exc)


class GraphStore:
    """A pyoxigraph ``Store`` with the kg conventions: one named graph per article.

    Use :func:`kg.store.open_store` to get one. ``ox`` is the underlying
    ``pyoxigraph.Store`` for anything this class does not wrap.
    """

    def __init__(self, store: ox.Store, path: Path | None = None, base_iri: str | None = None,
                 read_only: bool = False) -> None:
        self._ox: ox.Store | None = store
        self.path = path
        self.read_only = read_only
        self.iris = Iris(base_iri or config.base_iri())
        self.aliases_file: Path | None = None  # the user's alias file (kg.resolve.aliases), else $KG_ALIASES
        self._resolver: Resolver | None = None
        try:
            ox.NamedNode(self.iris.article("x"))
        except ValueError as exc:
            raise StoreError(f"the base IRI {self.iris.base!r} does not make valid IRIs: {exc}") from exc

    # -- lifecycle --------------------------------------------------------------------
    @property
    def ox(self) -> ox.Store:
        if self._ox is None:
            raise StoreError(f"the store at {self.path or '(memory)'} is closed")
        return self._ox

    def close(self) -> None:
        """Flush and release the store (and its lock on disk). Closing twice is harmless."""
        if self._ox is not None:
            if self.path is not None and not self.read_only:
                self._ox.flush()
            self._ox = None

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"GraphStore({str(self.path) if self.path else 'in memory'!r})"

    # -- writing ----------------------------------------------------------------------
    def add_records(self, records: Iterable[EventRecord],
                    on_error: Callable[[EventRecord, Exception], None] = _log_error) -> int:
        """Write each record's article graph, replacing the graph the article had before.

        Returns the number of quads written (the records' graphs and the co-host pairs that changed, not the
        stored graphs a merge rewrites). A record whose graph cannot be built
        is reported to ``on_error`` (default: logged) and skipped, its old graph kept;
        the others are written. A record repeated in ``records`` counts once (the last
        one wins). The replacement is all-or-nothing (:mod:`kg.store.journal`): if the
        process is killed or the disk fills, every article keeps its old graph or has
        its new one. Raises :class:`StoreError` when the update cannot be written.
        """
        store = self._writable()
        latest = {record.id: record for record in records}
        resolver = self.resolver()
        for article_id in latest:  # the articles' earlier mentions give way to the new ones
            resolver.forget(self.iris.article(article_id))
        failed: set[str] = set()

        def failure(record: EventRecord, exc: Exception) -> None:
            failed.add(record.id)
            on_error(record, exc)

        resolution = resolver.add(latest.values(), failure)
        count = 0
        writer = NQuadsWriter()

        def entries() -> Iterator[tuple[str, bytes]]:
            nonlocal count
            written: set[str] = set()
            hosts: set[cohosts.Host] = set()
            for record in latest.values():
                if record.id in failed:
                    continue
                try:
                    graph, triples = record_triples(record, self.iris, resolution.ids(self.iris.article(record.id)))
                    triples += resolution_triples(resolution, graph)
                    text = writer.graph(graph, triples)
                except Exception as exc:  # one bad record never stops a batch
                    on_error(record, exc)
                    continue
                count += len(triples)
                written.add(graph)
                hosts.update(cohosts.host_statements(triples))
                yield graph, text
            # the other stored graphs naming a node this update retired: in the same journal
            # the network and the pairs of a retired organization are counted again below, not rewritten
            network = cohosts.network_graphs(store) | cohosts.pairs_naming(store, (old for old, _, _ in resolution.retired))
            for graph, text in rewritten_graphs(self, resolution, written | network):
                written.add(graph)
                hosts.update(cohosts.quad_hosts(ox.parse(text, format=ox.RdfFormat.N_QUADS)))
                yield graph, text
            if written:  # the co-host network of the store as the update leaves it
                for graph, text in cohosts.journal_entries(store, self.iris, written, hosts):
                    count += text.count(b"\n")  # one quad a line
                    yield graph, text

        collecting = gc.isenabled()
        gc.disable()  # millions of short-lived tuples: the cycle collector would only slow the build
        try:
            with self._journal_folder() as folder:
                try:
                    pending = journal.write(folder, entries())
                except OSError as exc:
                    raise StoreError(f"cannot write the update to the store at {self.path or '(memory)'}: "
                                     f"{exc.strerror or exc}; the store is unchanged") from exc
                if pending is not None:
                    try:
                        journal.apply(store, pending)
                    except OSError as exc:
                        raise StoreError(f"the update of the store at {self.path} stopped: {exc}; it is kept "
                                         f"in {pending} and finishes when the store is next opened") from exc
        except BaseException:
            self._resolver = None  # it holds this batch's mentions: read the store again on next use
            raise
        finally:
            if collecting:
                gc.enable()
        self._done_with(resolver)
        return count

    @contextmanager
    def _journal_folder(self) -> Iterator[Path]:
        """Where the update journal goes: the store folder, or a temporary one for an in-memory store."""
        if self.path is not None:
            yield self.path
            return
        with tempfile.TemporaryDirectory(prefix="kg-journal-") as folder:
            yield Path(folder)

    def remove_article(self, article_id: str) -> bool:
        """Drop an article's graph; True when it was there. It goes through the update journal as an
        update that replaces the graph by nothing (and recounts the co-host pairs it named), so
        that the store's update log has it too."""
        graph = ox.NamedNode(self.iris.article(article_id))
        store = self._writable()
        if not store.contains_named_graph(graph):
            return False
        entries = [(graph.value, b""), *cohosts.journal_entries(store, self.iris, {graph.value}, ())]
        with self._journal_folder() as folder:
            pending = journal.write(folder, entries)
            if pending is not None:
                journal.apply(store, pending)
        if self._resolver is not None:
            self._resolver.forget(graph.value)
            self._done_with(self._resolver)
        return True

    def resolver(self) -> Resolver:
        """The entity resolver for the next update. On a store with a key index (:mod:`kg.resolve.keyindex`)
        it reads the stored mentions the update's keys lead to, and is made anew for each update; otherwise
        it holds every stored mention (read on first use), and an on-disk store gets its key index from them."""
        if self._resolver is None:
            resolver = Resolver(self.iris, load_aliases(self.aliases_file))
            if keyindex.kept(self.path):
                resolver.source = StoredSource(self.ox, KeyIndex(self.path))
            else:
                rows = resolver.load(stored_mentions(self.ox))
                if self.path is not None and not self.read_only:
                    keyindex.create(self.path, rows)
            self._resolver = resolver
        return self._resolver

    def _done_with(self, resolver: Resolver) -> None:
        """After an update: a resolver reading the store on demand is not kept (the next reads the store as
        the update left it, the same as a new process would: kg.resolve.resolver, "Order")."""
        if isinstance(resolver.source, StoredSource):
            resolver.source.index.close()
            resolver.source = None  # nor does it hold the store open
            self._resolver = None

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"the store at {self.path} was opened read-only; open it without read_only to change it")
        return self.ox

    def optimize(self) -> None:
        """Compact the on-disk store after a large load (reads, exports and queries get faster)."""
        self._writable().optimize()

    # -- reading ----------------------------------------------------------------------
    def __len__(self) -> int:
        """The number of quads."""
        return len(self.ox)

    def graphs(self) -> list[URIRef]:
        """The article graphs, sorted (the co-host network's graphs, :mod:`kg.graph.cohosts`, are not)."""
        networks = cohosts.network_graphs(self.ox) | cohosts.pair_graphs(self.ox)
        return sorted(URIRef(g.value) for g in self.ox.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value not in networks)

    def article_graph(self, article_id: str) -> URIRef:
        """The IRI of an article's named graph (whether or not it is stored)."""
        return URIRef(self.iris.article(article_id))

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None,
              union: bool = True) -> QueryRows | bool | Graph:
        """Run a SPARQL query.

        ``bindings`` maps variable names (without ``?``) to values substituted
        as RDF terms before evaluation (never pasted into the query text): rdflib
        or pyoxigraph terms, or str/int/float/bool/date (typed literals). A
        SELECT must project every bound variable (``SELECT ?org ?event …`` or
        ``SELECT *``; Oxigraph's substitution rule); ASK and CONSTRUCT need not.
        With ``union`` the default graph is the union of all named graphs;
        without it, the (empty) store default graph. ``GRAPH ?g {…}`` works either way.

        Returns :class:`QueryRows` for SELECT, ``bool`` for ASK, an rdflib
        ``Graph`` for CONSTRUCT/DESCRIBE. Raises :class:`StoreError` for a
        malformed query.
        """
        substitutions = {ox.Variable(k.lstrip("?$")): terms.to_oxigraph(v) for k, v in (bindings or {}).items()}
        try:
            result = self.ox.query(sparql, use_default_graph_as_union=union, substitutions=substitutions or None)
        except SyntaxError as exc:
            raise StoreError(f"bad SPARQL query: {exc}") from exc
        except RuntimeError as exc:  # a bound variable the SELECT does not project
            raise StoreError(f"cannot bind {sorted(bindings or {})} in this query: {exc}") from exc
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = [{n: terms.to_rdflib(solution[n]) for n in names} for solution in result]
            return QueryRows(names, rows)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace, replace=True)
        for t in result:
            graph.add((terms.to_rdflib(t.subject), terms.to_rdflib(t.predicate), terms.to_rdflib(t.object)))
        return graph

    def dataset(self) -> Dataset:
        """A copy of the store as an rdflib Dataset (one graph per article), for rdflib/networkx consumers."""
        dataset = Dataset()
        for prefix, namespace in PREFIXES.items():
            dataset.bind(prefix, namespace, replace=True)
        graphs: dict[str, Graph] = {}
        quads = []
        for q in self.ox.quads_for_pattern(None, None, None, None):
            g = q.graph_name
            key = "" if isinstance(g, ox.DefaultGraph) else g.value
            graph = graphs.get(key)
            if graph is None:
                graph = graphs[key] = dataset.default_graph if not key else dataset.graph(terms.to_rdflib(g))
            quads.append((terms.to_rdflib(q.subject), terms.to_rdflib(q.predicate), terms.to_rdflib(q.object), graph))
        dataset.addN(quads)
        return dataset
