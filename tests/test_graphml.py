"""GraphML and GEXF exports: registered with ``kg export``, readable back with labels, kinds,
relations and sources as attributes, and valid XML whatever the article text holds."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.cli import main
from kg.export import export, formats
from kg.model import EventRecord
from kg.store import open_store

CONTROL = {
    "article": {"id": "ctl-1", "lang": "en", "title": "Odd\x0bbytes\x01here", "published": "2024-01-02"},
    "events": [{"id": "e1", "names": ["Vertical\x0bTab Expo & <Fair>"], "type": "Exhibition",
                "start_date": "2024", "country": "DE"}],
}


def _node(graph: nx.Graph, label: str) -> dict:
    return next(attrs for _, attrs in graph.nodes(data=True) if attrs["label"] == label)


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_reads_back_with_attributes(gold_store, tmp_path, fmt, read):
    assert {"graphml", "gexf"} <= set(formats())
    path = tmp_path / f"g.{fmt}"
    assert export(gold_store, fmt, path) == 16 + 30
    graph = read(path)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (16, 30)
    shanghai = _node(graph, "Shanghai")
    assert shanghai["kind"] == "city" and shanghai["type"] == "City"
    assert shanghai["label_zh"] == "上海 | 沪" and shanghai["label_en"] == "Shanghai"
    conference = _node(graph, "2025中国医学装备国际合作大会")
    assert (conference["kind"], conference["start_date"], conference["end_date"]) == ("conference", "2025-07-11",
                                                                                      "2025-07-12")
    assert conference["sources"].endswith("/article/seed-000") and int(conference["articles"]) == 1
    assert _node(graph, "Belarus")["code"] == "BY"
    relations = {(graph.nodes[u]["label"], d["relation"], graph.nodes[v]["label"]) for u, v, d in graph.edges(data=True)}
    assert ("亚历山大·切尔维亚科夫", "ambassadorOf", "Belarus") in relations
    assert ("China National Medical Device Co Ltd", "subOrganizationOf", "China National Pharmaceutical Group Co Ltd") \
        in relations
    role = next(d for _, _, d in graph.edges(data=True) if d["relation"] == "role")
    assert role["label"] == "理事长"


def test_text_xml_cannot_hold_is_dropped(gold_records, tmp_path):
    with open_store(in_memory=True) as store:
        store.add_records([*gold_records, EventRecord.from_dict(CONTROL)])
        for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
            export(store, fmt, tmp_path / f"c.{fmt}")
            graph = read(tmp_path / f"c.{fmt}")
            assert _node(graph, "VerticalTab Expo & <Fair>")["start_date"] == "2024"


def test_kg_export_command(gold_records, tmp_path, capsys):
    with open_store(tmp_path / "store") as store:
        store.add_records(gold_records)
    target = tmp_path / "out" / "graph.gexf"
    assert main(["export", "--store", str(tmp_path / "store"), "--format", "gexf", "-o", str(target)]) == 0
    assert nx.read_gexf(target).number_of_nodes() == 16
