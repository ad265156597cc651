"""Analytics on the seed gold graph: entity lookup, shortest paths with their evidence, statistics,
and the ``kg stats`` / ``kg path`` / ``kg view`` commands on a store on disk."""

from __future__ import annotations

import json

import pytest

from kg.analytics.lookup import LabelIndex
from kg.analytics.paths import format_paths, paths_json, shortest_paths
from kg.analytics.stats import format_stats, graph_stats
from kg.cli import main
from kg.cli.common import UserError
from kg.store import open_store
from kg.analytics.network import display_label, load_graph


@pytest.fixture
def graph(gold_store):
    return load_graph(gold_store)


@pytest.fixture
def index(graph):
    return LabelIndex(graph)


@pytest.fixture
def store_dir(gold_records, tmp_path):
    path = tmp_path / "store"
    with open_store(path) as store:
        store.add_records(gold_records)
    return path


def names(graph, nodes) -> list[str]:
    return [display_label(graph.nodes[n]) for n in nodes]


# -- lookup ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Belarus", "Belarus"), ("白俄罗斯", "Belarus"), ("by", "Belarus"),
    ("https://w3id.org/kg/id/country/BY", "Belarus"),
    ("Sinopharm", "China National Pharmaceutical Group Co Ltd"),  # an alias
    ("cmdc", "China National Medical Device Co Ltd"),  # case does not matter
    ("滬", "Shanghai"),  # traditional form of the alias 沪
    ("切尔维亚科夫", "亚历山大·切尔维亚科夫"),
    ("Optics Valley of China", "Optics Valley"),
    ("白俄罗斯卫生", "白俄罗斯卫生部"),  # part of exactly one label
])
def test_lookup_by_any_label(graph, index, text, expected):
    assert display_label(graph.nodes[index.find(text)]) == expected


def test_lookup_names_the_candidates_when_ambiguous(index):
    with pytest.raises(UserError, match="names [0-9]+ entities") as err:
        index.find("中国医学装备")
    assert "中国医学装备协会" in str(err.value) and "2025中国医学装备国际合作大会" in str(err.value)
    with pytest.raises(UserError, match="no entity named 'Atlantis'"):
        index.find("Atlantis")
    assert index.candidates("Belarus", kinds={"organization"}) == []


def test_a_main_label_beats_another_entitys_alias(gold_records):
    from kg.model import EventRecord

    namesake = EventRecord.from_dict({
        "article": {"id": "namesake", "lang": "zh", "title": "协会活动"},
        # in another country: entity resolution would otherwise take the shared name for one body
        "organizations": [{"id": "o1", "names": ["中國醫學裝備協會(分會)", "中國醫學裝備協會"], "country": "SG"}],
    })
    with open_store(in_memory=True) as store:
        store.add_records([*gold_records, namesake])
        graph = load_graph(store)
    index = LabelIndex(graph)
    assert graph.nodes[index.find("中国医学装备协会")]["sources"][0].endswith("/article/seed-000")
    assert graph.nodes[index.find("中国医学装备协会(分会)")]["sources"][0].endswith("/article/namesake")


# -- paths -------------------------------------------------------------------------------------

def test_path_from_belarus_to_shanghai(graph, index):
    belarus, shanghai = index.find("Belarus"), index.find("Shanghai")
    paths = shortest_paths(graph, belarus, shanghai)
    conference = "2025中国医学装备国际合作大会"
    # shortest: Belarus took part in the conference, held in Shanghai
    assert names(graph, paths[0].nodes) == ["Belarus", conference, "Shanghai"]
    assert [[(l.relation, l.forward) for l in s.links] for s in paths[0].steps] == [
        [("participantCountry", False)], [("city", True)]]
    # next: through the ambassador of Belarus, who attended the conference
    assert names(graph, paths[1].nodes) == ["Belarus", "亚历山大·切尔维亚科夫", conference, "Shanghai"]
    steps = paths[1].steps
    assert [[(l.label, l.forward) for l in s.links] for s in steps] == [
        [("ambassador of", False)], [("attended", True)], [("in city", True)]]
    for step in steps:
        (source,) = step.links[0].sources
        assert source.iri.endswith("/article/seed-000") and source.title.startswith("中国医学装备国际合作大会在沪举办")
        assert source.date == "2025-07-13"
    assert all(len(p.steps) >= len(paths[0].steps) for p in paths)


def test_paths_avoid_places_unless_asked(graph, index):
    hou, wuhan = index.find("侯岩"), index.find("Wuhan")
    assert shortest_paths(graph, hou, wuhan) == []  # the two articles meet only in China
    (path, *_) = shortest_paths(graph, hou, wuhan, through_places=True)
    assert "China" in names(graph, path.nodes) and len(path.steps) == 3
    text = format_paths(graph, hou, wuhan, [], through_places=False)
    assert "not connected" in text and "--through-places" in text


def test_path_text_and_json(graph, index):
    belarus, shanghai = index.find("Belarus"), index.find("上海")
    paths = shortest_paths(graph, belarus, shanghai, limit=2)
    text = format_paths(graph, belarus, shanghai, paths, through_places=False)
    assert "<-[ambassador of]- 亚历山大·切尔维亚科夫 (Ambassador)" in text
    assert "source: 中国医学装备国际合作大会在沪举办" in text
    data = json.loads(json.dumps(paths_json(graph, paths), ensure_ascii=False))
    assert data[1]["steps"][0]["links"][0]["relation"] == "ambassadorOf"
    assert data[1]["steps"][0]["links"][0]["sources"][0]["date"] == "2025-07-13"


# -- statistics ------------------------------------------------------------------------------------

def test_stats_of_the_seed_graph(graph):
    stats = graph_stats(graph)
    assert stats["classes"] == {"conference": 1, "summit": 1, "forum": 1, "exhibition": 1, "meeting": 1,
                                "organization": 5, "ambassador": 1, "person": 1, "city": 2, "country": 2}
    assert stats["relations"]["country"] == 7  # five events and two cities
    assert stats["relations"]["coHost"] == 4 and stats["relations"]["host"] == 1
    assert sum(stats["relations"].values()) == stats["edges"] == 30
    top = stats["top_organizations_by_events_hosted"][0]
    assert (top["label"], top["events"], top["hosted"], top["co_hosted"]) == ("中国医学装备协会", 2, 1, 1)
    assert [(c["label"], c["events"], c["participated"]) for c in stats["top_countries_by_events"]] == [
        ("China", 4, 0), ("Belarus", 1, 1)]
    assert [(c["label"], c["sent"], c["received"]) for c in stats["top_countries_by_ambassadors"]] == [
        ("Belarus", 1, 0), ("China", 0, 1)]
    assert stats["components"] == {"count": 1, "largest": [16], "isolated": 0}
    assert stats["degree_leaders"][0]["label"] == "China" and stats["degree_leaders"][0]["degree"] == 11
    assert stats["degree_leaders"][1]["label"] == "2025中国医学装备国际合作大会"
    assert stats["betweenness_leaders"][0]["label"] == "China"
    assert stats["betweenness_sampled_sources"] is None
    text = format_stats(stats)
    assert "中国医学装备协会 (Organization): events 2, hosted 1, co-hosted 1" in text


# -- commands ------------------------------------------------------------------------------------

def test_kg_stats_json(store_dir, capsys):
    assert main(["stats", "--store", str(store_dir), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["nodes"] == 16 and stats["classes"]["ambassador"] == 1


def test_kg_path(store_dir, capsys):
    assert main(["path", "--store", str(store_dir), "白俄罗斯", "Shanghai", "-k", "2"]) == 0
    out = capsys.readouterr().out
    assert "Belarus (Country) to Shanghai (City): 2 shortest paths" in out
    assert main(["path", "--store", str(store_dir), "侯岩", "Wuhan"]) == 1
    assert "not connected" in capsys.readouterr().out
    assert main(["path", "--store", str(store_dir), "Atlantis", "Wuhan"]) == 2
    assert "no entity named 'Atlantis'" in capsys.readouterr().err


def test_kg_view(store_dir, tmp_path, capsys):
    target = tmp_path / "out" / "belarus.html"
    assert main(["view", "--store", str(store_dir), "-o", str(target), "--around", "Belarus"]) == 0
    assert f"wrote {target}: 5 nodes, 6 edges (around Belarus (depth 1))" in capsys.readouterr().out
    assert "亚历山大·切尔维亚科夫" in target.read_text(encoding="utf-8")
    assert main(["view", "--store", str(store_dir), "-o", str(target), "--threshold", "3"]) == 0
    assert "past the threshold of 3" in capsys.readouterr().out
    assert main(["view", "--store", str(store_dir), "-o", str(target), "--since", "July"]) == 2
    assert "not an ISO date" in capsys.readouterr().err
