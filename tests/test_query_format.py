"""Answers as tables (Chinese double width), CSV, SPARQL 1.1 Results JSON and Markdown; labels by language."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox

from kg.query import answer, format, prepared
from kg.query.labels import Labeller, best, raw, short_iri
from kg.query.results import Result, from_json
from kg.query.run import EmbeddedBackend

EX = "http://example.org/"


def _result() -> Result:
    zh = ox.Literal("中国医学装备协会", language="zh")
    return Result("select", ["name", "n", "note"], [
        (zh, ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), None),
        (ox.Literal("CMDC", language="en"), ox.Literal("22"), ox.Literal('a | b, "c"\nd')),
    ])


def test_table_columns_line_up_in_terminal_columns_with_chinese_double_width():
    text = format.table(_result(), raw)
    lines = text.splitlines()
    assert lines[0].split() == ["name", "n", "note"]
    starts = {format.text_width(line[: line.index(cell)]) for line, cell in ((lines[2], "1"), (lines[3], "22"))}
    assert starts == {format.text_width(lines[0][: lines[0].index(" n ") + 1])}  # "n" column starts at one width
    assert format.text_width("中国医学装备协会") == 16
    assert lines[-1] == "(2 rows)"
    assert "a | b, \"c\" d" in lines[3]  # newlines inside a cell become spaces


def test_long_cells_are_cut_to_the_column_limit():
    long = Result("select", ["x"], [(ox.Literal("长" * 100),)])
    cell = format.table(long, raw).splitlines()[2]
    assert format.text_width(cell) <= format.MAX_CELL and cell.endswith("…")


def test_csv_round_trips():
    rows = list(csv.reader(io.StringIO(format.to_csv(_result(), raw))))
    assert rows == [["name", "n", "note"], ["中国医学装备协会", "1", ""], ["CMDC", "22", 'a | b, "c"\nd']]


def test_json_is_sparql_results_json_with_the_terms_themselves(gold_store):
    query = prepared.get("ambassadors")
    ours = answer(EmbeddedBackend(gold_store.ox), query)
    doc = json.loads(format.results_json(ours))
    oxigraph_own = json.loads(gold_store.ox.query(query.sparql, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.JSON))
    assert doc["head"]["vars"] == ["person", "sending", "receiving", "event"]
    assert doc["results"]["bindings"] == oxigraph_own["results"]["bindings"]
    assert from_json(doc) == ours


def test_json_of_a_boolean_and_of_typed_and_tagged_literals():
    assert json.loads(format.results_json(Result("ask", boolean=True))) == {"head": {}, "boolean": True}
    cells = json.loads(format.results_json(_result()))["results"]["bindings"]
    assert cells[0]["name"] == {"type": "literal", "value": "中国医学装备协会", "xml:lang": "zh"}
    assert cells[0]["n"]["datatype"].endswith("#integer")
    assert "note" not in cells[0] and "datatype" not in cells[1]["n"]


def test_markdown_escapes_pipes():
    lines = format.markdown(_result(), raw).splitlines()
    assert lines[0] == "| name | n | note |" and lines[1] == "|---|---|---|"
    assert lines[3] == '| CMDC | 22 | a \\| b, "c" d |'


def test_labels_in_the_language_asked_for_with_fallback(gold_store):
    backend = EmbeddedBackend(gold_store.ox)
    result = answer(backend, prepared.get("ambassadors"))
    zh, en = Labeller.for_result(backend, result, "zh"), Labeller.for_result(backend, result, "en")
    person, sending, receiving, event = result.rows[0]
    assert (zh(sending), en(sending)) == ("白俄罗斯", "Belarus")
    assert en(person) == zh(person) == "亚历山大·切尔维亚科夫"  # only a Chinese name: shown in English too
    assert en(event) == "2025中国医学装备国际合作大会"


def test_the_label_most_articles_give_wins_then_the_shortest():
    assert best({"en": [(1, "Long name"), (3, "Name B"), (3, "Name")]}, "en") == "Name"
    assert best({"fr": [(1, "Nom")]}, "zh") == "Nom"
    assert best({}, "zh") is None


def test_iris_without_labels_show_as_prefixed_names():
    assert short_iri("https://w3id.org/kg/ontology#host") == "kg:host"
    assert short_iri("https://w3id.org/kg/id/article/seed-000") == "id:article/seed-000"
    assert short_iri(EX + "x") == EX + "x"
    assert Labeller({}, "en")(ox.NamedNode("http://www.w3.org/ns/org#subOrganizationOf")) == "org:subOrganizationOf"
