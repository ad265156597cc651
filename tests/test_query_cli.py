"""``kg queries`` and ``kg query`` on a store folder: listing, prepared, file and ad-hoc queries, formats, errors."""

from __future__ import annotations

import json

import pytest

from kg.cli import main
from kg.query import prepared

def test_kg_queries_lists_every_prepared_query_with_its_parameters(capsys):
    assert main(["queries"]) == 0
    out = capsys.readouterr().out
    for name, q in prepared.load_all().items():
        assert f"{name}\n    {q.description}" in out
        for p in q.params:
            assert f"--param {p.name}=…  ({p.type}, example: {p.example})" in out


def test_kg_queries_json(capsys):
    assert main(["queries", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) >= 14
    by_name = {q["name"]: q for q in listed}
    assert by_name["events-between"]["params"] == [{"name": "from", "type": "date", "example": "2025-07-01"},
                                                   {"name": "to", "type": "date", "example": "2025-07-31"}]
    assert all(q["description"] and isinstance(q["params"], list) for q in listed)


def test_a_prepared_query_runs_with_its_example_values_and_with_given_ones(store_dir, capsys):
    assert main(["query", "events-in-city", "--store", str(store_dir), "--format", "md"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "| event | type | start | end |" and len(lines) == 2 + 3
    assert main(["query", "events-in-city", "--store", str(store_dir), "-p", "city=Wuhan", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("China Medical Device Industry Summit and 2020")


def test_labels_follow_the_language_asked_for(store_dir, capsys):
    for lang, country in (("zh", "白俄罗斯"), ("en", "Belarus")):
        assert main(["query", "ambassadors", "--store", str(store_dir), "--lang", lang, "--format", "csv"]) == 0
        assert capsys.readouterr().out.splitlines()[1].split(",")[1] == country
    assert main(["query", "ambassadors", "--store", str(store_dir), "--iris", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1].split(",")[1] == "https://w3id.org/kg/id/country/BY"


def test_a_query_file_with_its_own_header_and_an_ad_hoc_query(store_dir, tmp_path, capsys):
    rq = tmp_path / "hosts.rq"
    rq.write_text("# title: Hosts\n# param: who: string = 中国医学装备协会\n"
                  "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                  "SELECT ?org ?lang WHERE { GRAPH ?g { ?org rdfs:label ?l } BIND(LANG(?l) AS ?lang) FILTER(STR(?l) = ?who) }",
                  encoding="utf-8")
    assert main(["query", "--file", str(rq), "--store", str(store_dir), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["org,lang", "中国医学装备协会,zh"]
    assert main(["query", "--file", str(rq), "--store", str(store_dir), "-p", "nobody=x"]) == 2
    assert "unknown parameter 'nobody'" in capsys.readouterr().err
    adhoc = "SELECT DISTINCT ?n WHERE { GRAPH ?g { ?c <http://www.w3.org/2004/02/skos/core#notation> ?n } } ORDER BY ?n"
    assert main(["query", "--sparql", adhoc, "--store", str(store_dir), "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["n", "BY", "CN"]
    ask = "ASK { GRAPH ?g { ?c <http://www.w3.org/2004/02/skos/core#notation> ?code } }"
    assert main(["query", "--sparql", ask, "-p", "code=CN", "--store", str(store_dir), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"head": {}, "boolean": True}
    assert main(["query", "--sparql", ask, "-p", "code=XX", "--store", str(store_dir)]) == 0
    assert capsys.readouterr().out.split() == ["boolean", "-------", "false"]


@pytest.mark.parametrize("args,message", [
    (["query", "no-such-query"], "no prepared query 'no-such-query'"),
    (["query"], "give one of NAME, --file Q.rq or --sparql QUERY"),
    (["query", "timeline", "--sparql", "ASK {}"], "give one of NAME"),
    (["query", "events-between", "-p", "from=yesterday"], "not a date"),
    (["query", "--sparql", "SELECT ?x WHERE { ?x }"], "bad query"),
    (["query", "--sparql", "DROP ALL"], "only queries are run"),
])
def test_user_errors_are_one_line_with_exit_code_2(store_dir, capsys, args, message):
    assert main([*args, "--store", str(store_dir)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_missing_store_is_named(tmp_path, capsys):
    assert main(["query", "timeline", "--store", str(tmp_path / "none")]) == 2
    assert str(tmp_path / "none") in capsys.readouterr().err
