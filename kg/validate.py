"""SHACL validation of a built graph against ``ontology/shapes.ttl``, reported in plain language.

    report = kg.validate(store)          # a GraphStore, an rdflib Graph/Dataset, a file or a store folder
    if not report.conforms:
        print(report.text())
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Identifier, Node

from kg.verbs import callable_module
from kg.graph.vocab import KG, PREFIXES, RDF, RDFS, superclasses
from kg.resources import read_text
from kg.store import GraphStore, StoreError, open_store
from kg.store.terms import to_rdflib

Source = GraphStore | Graph | Dataset | str | Path


@dataclass
class Violation:
    """One thing wrong with one node, as a person would say it."""

    focus: str  # IRI of the node that is wrong
    label: str | None  # its name, when it has one
    kind: str | None  # its kg class (Event, Organization…), when typed
    path: str | None  # the property, prefixed (kg:host)
    value: str | None  # the offending value, when there is one
    message: str  # the shape's sh:message
    severity: str = "Violation"  # Violation, Warning or Info

    def __str__(self) -> str:
        who = " ".join(x for x in (self.kind, f'"{self.label}"' if self.label else None) if x) or "node"
        where = f" [{self.path}]" if self.path else ""
        value = f" (found: {self.value})" if self.value else ""
        return f"{self.severity}: {who} <{self.focus}>{where}: {self.message}{value}"


@dataclass
class ValidationReport:
    conforms: bool
    triples: int  # triples validated (union of the article graphs)
    violations: list[Violation] = field(default_factory=list)  # all results, warnings included

    @property
    def errors(self) -> list[Violation]:
        return [v for v in self.violations if v.severity == "Violation"]

    def text(self) -> str:
        head = (f"The graph conforms to the shapes ({self.triples} triples checked)." if self.conforms else
                f"The graph does NOT conform: {len(self.errors)} violation(s) in {self.triples} triples.")
        return "\n".join([head, *map(str, self.violations)])


def _union(source: Source) -> Graph:
    """The union of all graphs of the source as one rdflib Graph."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    if isinstance(source, GraphStore):
        _add_ox(graph, source.ox.quads_for_pattern(None, None, None, None))
    elif isinstance(source, Dataset):
        for s, p, o, _ in source.quads((None, None, None, None)):
            graph.add((s, p, o))
    elif isinstance(source, Graph):
        for triple in source:
            graph.add(triple)
    else:
        path = Path(source)
        if path.is_dir():
            with open_store(path, read_only=True) as store:
                _add_ox(graph, store.ox.quads_for_pattern(None, None, None, None))
        elif path.is_file():
            try:
                _add_ox(graph, ox.parse(path=str(path)))
            except (SyntaxError, ValueError) as exc:
                raise StoreError(f"{path}: cannot read it as RDF: {exc}") from exc
        else:
            raise StoreError(f"{path}: no such file or store folder")
    return graph


def _add_ox(graph: Graph, quads) -> None:
    add = graph.add
    for q in quads:
        add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))


def _label(graph: Graph, node: Node) -> str | None:
    labels = [o for o in graph.objects(node, RDFS.label) if isinstance(o, Literal)]
    labels.sort(key=lambda o: (o.language != "en", str(o)))
    return str(labels[0]) if labels else None


def _kind(graph: Graph, node: Node) -> str | None:
    """The node's most specific kg class (it also carries the superclasses: kg:Summit and kg:Event)."""
    kinds = {str(t) for t in graph.objects(node, RDF.type) if str(t).startswith(str(KG._NS))}
    narrowest = sorted(k[len(str(KG._NS)):] for k in kinds - {up for k in kinds for up in superclasses().get(k, ())})
    return narrowest[0] if narrowest else None


def _short(graph: Graph, term: Identifier | None) -> str | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return graph.namespace_manager.normalizeUri(term)
    return term.n3(graph.namespace_manager)


def _turtle(path: str | Path | None, packaged: str) -> Graph:
    """The Turtle file at ``path``, or else the package's ``kg.ontology/<packaged>``."""
    if path is not None:
        return Graph().parse(str(path), format="turtle")
    return Graph().parse(data=read_text("ontology", packaged), format="turtle")


def validate(source: Source, shapes: str | Path | None = None, ontology: str | Path | None = None) -> ValidationReport:
    """Check a graph against the SHACL shapes (default ``ontology/shapes.ttl``), with the
    ontology (default ``ontology/kg.ttl``) mixed in so class targets follow rdfs:subClassOf.

    ``source``: a :class:`GraphStore`, an rdflib Graph or Dataset, an RDF file, or a store folder.
    """
    import pyshacl

    data = _union(source)
    shapes_graph = _turtle(shapes, "shapes.ttl")
    ontology_graph = _turtle(ontology, "kg.ttl")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph, ont_graph=ontology_graph,
                                            inference="none", allow_warnings=True)
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        severity = results.value(result, SH.resultSeverity)
        message = results.value(result, SH.resultMessage)
        violations.append(Violation(
            focus=str(focus),
            label=_label(data, focus),
            kind=_kind(data, focus),
            path=_short(data, results.value(result, SH.resultPath)),
            value=_short(data, results.value(result, SH.value)),
            message=str(message) if message else "does not match its shape",
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
        ))
    violations.sort(key=lambda v: (v.severity != "Violation", v.kind or "", v.focus, v.path or ""))
    return ValidationReport(bool(conforms), len(data), violations)


callable_module(__name__, validate)
