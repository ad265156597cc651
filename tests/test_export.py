"""Exports: every format loads back with pyoxigraph's strict parser and rdflib; writes are atomic."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset

import kg
from kg.cli import main
from kg.export import default_path, export, formats
from kg.store import open_store

OX_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
              "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
RDFLIB_FORMATS = {"ttl": "turtle", "trig": "trig", "nt": "nt", "nq": "nquads", "jsonld": "json-ld"}
DATASET_FORMATS = {"trig", "nq", "jsonld"}


def _union_size(store) -> int:
    return len({q.triple for q in store.ox.quads_for_pattern(None, None, None, None)})


@pytest.mark.parametrize("fmt", sorted(OX_FORMATS))
def test_export_round_trips_with_both_parsers(fmt, gold_store, tmp_path):
    path = tmp_path / f"graph.{fmt}"
    written = export(gold_store, fmt, path)
    expected = len(gold_store) if fmt in DATASET_FORMATS else _union_size(gold_store)
    assert written == expected
    strict = ox.Store()
    strict.load(path=str(path), format=OX_FORMATS[fmt])  # strict: IRIs and literals validated
    assert len(strict) == expected
    loaded = Dataset()
    loaded.parse(path, format=RDFLIB_FORMATS[fmt])
    assert len(set(loaded.quads((None, None, None, None)))) == expected


def test_turtle_uses_the_kg_prefixes(gold_store, tmp_path):
    export(gold_store, "ttl", tmp_path / "g.ttl")
    text = (tmp_path / "g.ttl").read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/kg/ontology#> ." in text
    assert '"中国医学装备协会"@zh' in text


def test_an_rdflib_dataset_exports_like_the_store(gold_records, gold_store, tmp_path):
    for fmt in ("ttl", "nq"):
        assert export(kg.build_graph(gold_records), fmt, tmp_path / f"d.{fmt}") == \
            export(gold_store, fmt, tmp_path / f"s.{fmt}")


def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old content")
    with pytest.raises(TypeError):
        export(object(), "ttl", target)  # fails after the temporary file was opened
    assert target.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_formats_are_a_registry_and_unknown_ones_are_refused():
    assert {"ttl", "trig", "nt", "nq", "jsonld"} <= set(formats())
    with pytest.raises(ValueError, match="unknown export format"):
        export(None, "rdfxml", "x.rdf")


def test_default_path_is_under_kg_out(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_OUT", str(tmp_path / "out"))
    assert default_path("trig") == tmp_path / "out" / "graph.trig"


def test_cli_export_to_file_and_stdout(gold_records, tmp_path, capfdbinary):
    store_dir = tmp_path / "store"
    with open_store(store_dir) as store:
        store.add_records(gold_records)
    assert main(["export", "--store", str(store_dir), "--format", "nt", "-o", str(tmp_path / "g.nt")]) == 0
    lines = (tmp_path / "g.nt").read_text(encoding="utf-8").splitlines()
    capfdbinary.readouterr()
    assert main(["export", "--store", str(store_dir), "-f", "nq", "-o", "-"]) == 0
    out = capfdbinary.readouterr().out.decode("utf-8").splitlines()
    assert len(out) > len(lines) > 400
    assert all(line.endswith(" .") for line in out)


def test_cli_export_without_a_store_is_a_user_error(tmp_path, capsys):
    assert main(["export", "--store", str(tmp_path / "none"), "-f", "ttl", "-o", str(tmp_path / "g.ttl")]) == 2
    assert "no store at" in capsys.readouterr().err
    assert not (tmp_path / "g.ttl").exists()
