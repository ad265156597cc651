"""SHACL validation: built graphs conform; broken ones are reported in plain language."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

import kg
from kg.cli import main
from kg.graph.vocab import KG, SDO
from kg.validate import validate


def _broken(gold_records):
    """The gold graph with a country as host, an untyped date and a text offset that is not a number."""
    dataset = kg.build_graph(gold_records)
    graph = dataset.graph(URIRef("https://w3id.org/kg/id/article/seed-003"))
    event = next(graph.subjects(KG.city, None))
    graph.add((event, KG.host, URIRef("https://w3id.org/kg/id/country/CN")))
    graph.add((event, SDO.startDate, Literal("27 November 2020")))
    sentence = URIRef("https://w3id.org/kg/id/article/seed-003/s0-10")
    graph.add((sentence, RDF.type, KG.Sentence))
    graph.add((sentence, KG.start, Literal("zero")))
    return dataset, event


def test_the_built_gold_graph_conforms(gold_store):
    report = validate(gold_store)
    assert report.conforms, report.text()
    assert report.violations == []
    assert report.text().startswith("The graph conforms")


def test_violations_name_the_node_the_property_and_the_problem(gold_records):
    dataset, event = _broken(gold_records)
    report = validate(dataset)
    assert not report.conforms
    by_path = {v.path: v for v in report.errors if v.focus == str(event)}
    host = by_path["kg:host"]
    assert host.kind == "Summit"
    assert host.label == "China Medical Device Industry Summit and 2020 Sinopharm-CMDC Ecosystem Conference"
    assert host.message == "a host must be a kg:Organization"
    assert "country/CN" in host.value
    assert "start date must be" in by_path["schema:startDate"].message
    assert any(v.path == "kg:start" and "integer" in v.message for v in report.errors)
    text = report.text()
    assert "does NOT conform" in text and 'Summit "China Medical Device Industry Summit' in text


def test_validate_reads_files_and_the_cli_exits_1_on_violations(gold_records, gold_store, tmp_path, capsys):
    good = tmp_path / "good.ttl"
    kg.export(gold_store, "ttl", good)
    assert validate(good).conforms
    dataset, _ = _broken(gold_records)
    bad = tmp_path / "bad.trig"
    kg.export(dataset, "trig", bad)
    assert main(["validate", str(bad)]) == 1
    assert "a host must be a kg:Organization" in capsys.readouterr().out
    assert main(["validate", str(good)]) == 0


def test_validate_a_store_folder(gold_records, tmp_path, capsys):
    with kg.open_store(tmp_path / "store") as store:
        store.add_records(gold_records)
    assert main(["validate", "--store", str(tmp_path / "store")]) == 0
    assert "conforms" in capsys.readouterr().out


def test_dates_of_every_precision_are_accepted(gold_records):
    dataset = kg.build_graph(gold_records)
    graph = dataset.graph(URIRef("https://w3id.org/kg/id/article/seed-003"))
    event = next(graph.subjects(KG.city, None))
    graph.add((event, SDO.endDate, Literal("2020-11", datatype=XSD.gYearMonth)))
    assert validate(dataset).conforms


def test_cli_validate_names_a_missing_or_unreadable_file(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "missing.ttl")]) == 2
    assert "no such file or store folder" in capsys.readouterr().err
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    assert main(["validate", str(broken)]) == 2
    assert "broken.ttl: cannot read it as RDF" in capsys.readouterr().err
