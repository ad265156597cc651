"""Views: the page is self-contained and escapes article text; selections pick the right entities;
and in a real headless Chromium the page draws every node and edge, asks for nothing outside
file://, logs no error, and shows a hostile label as text without running it."""

from __future__ import annotations

import json
import os
import re
import time
from html import unescape

import pytest

from kg.cli.common import UserError
from kg.model import EventRecord
from kg.store import open_store
from kg.view import browser, write_view
from kg.analytics.network import display_label, load_graph
from kg.view.html import script_json
from kg.view.selection import Selection, select

XSS = "<img src=x onerror=alert(1)>"
BREAKOUT = "</script><script>alert(2)</script>"
SVG = "\"'><svg onload=alert(4)>"
HOSTILE_RECORD = {
    "article": {"id": "hostile-1", "lang": "en", "title": f"Breaking {BREAKOUT}", "published": "2025-03-02",
                "source": "<b>Daily</b>", "url": "javascript:alert(3)"},
    "events": [{"id": "e1", "names": [XSS], "type": "Conference", "start_date": "2025-03-01",
                "end_date": "2025-03-01", "city": ["Shanghai", "上海"], "country": "CN", "hosts": ["o1"]}],
    "organizations": [{"id": "o1", "names": [BREAKOUT], "country": "CN"}],
    "people": [{"id": "p1", "names": [SVG], "roles": [{"title": "<b>主席</b>", "org": "o1"}], "attended": ["e1"]}],
}
LINKED_RECORD = {
    "article": {"id": "linked-1", "lang": "en", "title": "Expo opens", "published": "2024-05-01",
                "source": "Wire", "url": "https://example.org/expo"},
    "events": [{"id": "e1", "names": ["Harbour Expo"], "type": "Exhibition", "start_date": "2024-05-01",
                "city": ["Shanghai"], "country": "CN"}],
}
RAW = (XSS, BREAKOUT, "<svg onload", "<b>Daily", "<b>主席", "<script>alert")


@pytest.fixture
def hostile_store(gold_records):
    with open_store(in_memory=True) as store:
        store.add_records([*gold_records, EventRecord.from_dict(HOSTILE_RECORD), EventRecord.from_dict(LINKED_RECORD)])
        yield store


def embedded(html: str) -> dict:
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def labels(part) -> set[str]:
    return {display_label(attrs) for _, attrs in part.nodes(data=True)}


# -- the page ------------------------------------------------------------------------------

def test_script_json_escapes_what_could_end_a_script():
    text = script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_page_links_nothing_and_forbids_requests(gold_store, tmp_path):
    html = (write_view(gold_store, tmp_path / "g.html").path).read_text(encoding="utf-8")
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//|\.\.?/)""", html, re.I)
    assert not re.search(r"""url\(\s*["']?(https?:|//)|@import""", html, re.I)
    assert "cdnjs" not in html and "jsdelivr" not in html and "node_modules" not in html
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1))
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split(";")[1]
    assert len(re.findall(r"^<script>", html, re.M)) == 2  # vis-network and the page's script, both inline


def test_article_text_never_appears_raw(hostile_store, tmp_path):
    html = write_view(hostile_store, tmp_path / "h.html").path.read_text(encoding="utf-8")
    for raw in RAW:
        assert raw not in html
    block = re.search(r'id="kg-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block
    data = embedded(html)
    assert {n["fullLabel"] for n in data["nodes"]} >= {XSS, BREAKOUT, SVG}
    assert {e["label"] for e in data["edges"]} >= {"<b>主席</b>"}
    assert {a["title"] for a in data["articles"]} >= {f"Breaking {BREAKOUT}"}


def test_page_is_utf8_with_both_languages(gold_store, tmp_path):
    html = write_view(gold_store, tmp_path / "g.html").path.read_bytes().decode("utf-8")
    assert '<meta charset="utf-8">' in html
    data = embedded(html)
    shanghai = next(i for n, i in zip(data["nodes"], data["info"]) if n["fullLabel"] == "Shanghai")
    assert shanghai["labels"]["zh"][0] == "上海" and shanghai["kind"] == "city"
    assert shanghai["sources"] and data["articles"][shanghai["sources"][0]]["title"].startswith("中国医学装备")


def test_large_view_turns_physics_off_and_says_how_to_narrow(gold_store, tmp_path):
    summary = write_view(gold_store, tmp_path / "g.html", threshold=10)
    assert summary.large and summary.nodes == 16
    assert "--around" in summary.notice and "threshold of 10" in summary.notice
    html = summary.path.read_text(encoding="utf-8")
    data = embedded(html)
    assert data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == 16
    assert "--around" in html
    small = write_view(gold_store, tmp_path / "s.html")
    assert not small.large and small.notice is None
    assert embedded(small.path.read_text(encoding="utf-8"))["options"]["physics"]["enabled"] is True


def test_legend_lists_the_classes_present(gold_store, tmp_path):
    html = write_view(gold_store, tmp_path / "g.html").path.read_text(encoding="utf-8")
    legend = re.search(r'<div id="kg-legend">(.*?)</div>', html, re.S).group(1)
    for text in ("Conference", "Summit", "Forum", "Exhibition", "Meeting", "Organization", "Ambassador",
                 "Other person", "City", "Country"):
        assert text in legend
    assert "Ceremony" not in legend  # no ceremony in the seed graph


def test_every_kind_has_a_look():
    from kg.analytics.network import KIND_NAMES
    from kg.view.style import LOOKS

    assert LOOKS.keys() == KIND_NAMES.keys()


def test_layout_spreads_large_components_and_keeps_small_ones_apart():
    import networkx as nx
    import numpy as np
    from scipy.spatial import cKDTree

    from kg.view.layout import MIN_GAP, SPACING, positions

    graph = nx.connected_watts_strogatz_graph(600, 4, 0.1, seed=1)  # large: pivot MDS
    graph.add_edges_from((0, f"leaf{i}") for i in range(300))  # a hub with 300 leaves
    graph.add_edges_from([("a", "b"), ("b", "c")])  # small components: spring layout
    graph.add_node("alone")
    where = positions(graph)
    assert where.keys() == set(graph) and where == positions(graph)
    xy = np.array(list(where.values()))
    nearest = cKDTree(xy).query(xy, k=2)[0][:, 1]
    assert nearest.min() > MIN_GAP / 2  # nobody sits on anybody
    lengths = [np.hypot(where[u][0] - where[v][0], where[u][1] - where[v][1]) for u, v in graph.edges()]
    assert SPACING / 2 < np.median(lengths) < SPACING * 3


# -- selections ------------------------------------------------------------------------------

def test_around_belarus(gold_store):
    graph = load_graph(gold_store)
    part = select(graph, Selection(around="白俄罗斯", depth=1))
    assert labels(part) == {"Belarus", "2025中国医学装备国际合作大会", "第二届中国医学装备(白俄罗斯)展览会",
                            "白俄罗斯卫生部", "亚历山大·切尔维亚科夫"}
    by_iri = select(graph, Selection(around="https://w3id.org/kg/id/country/BY", depth=0))
    assert labels(by_iri) == {"Belarus"}
    assert len(select(graph, Selection(around="BY", depth=2))) > len(part)


def test_event_by_alias_brings_its_sub_events(gold_store):
    part = select(load_graph(gold_store), Selection(event="首届中国医学装备国际合作大会"))
    assert {"中国医学装备产业链国际合作对接会", "中非智慧医疗国际论坛", "侯岩", "中国医学装备协会", "Shanghai"} <= labels(part)
    assert "Wuhan" not in labels(part)


def test_country_selection(gold_store):
    part = select(load_graph(gold_store), Selection(country="BY"))
    assert {"Belarus", "白俄罗斯卫生部", "亚历山大·切尔维亚科夫", "第二届中国医学装备(白俄罗斯)展览会",
            "2025中国医学装备国际合作大会"} <= labels(part)
    assert "Wuhan" not in labels(part) and "Optics Valley" not in labels(part)


def test_dates_keep_overlapping_events(gold_store):
    graph = load_graph(gold_store)
    july = labels(select(graph, Selection(since="2025-07-12", until="2025-07-12")))
    # the conference (11-12 July), its two side events (12 July) and the exhibition dated only "2025"
    assert {"2025中国医学装备国际合作大会", "中国医学装备产业链国际合作对接会", "中非智慧医疗国际论坛",
            "第二届中国医学装备(白俄罗斯)展览会", "亚历山大·切尔维亚科夫", "Belarus"} <= july
    assert "Wuhan" not in july
    old = labels(select(graph, Selection(until="2021")))
    assert "Wuhan" in old and "Shanghai" not in old
    with pytest.raises(UserError, match="2025-13"):
        select(graph, Selection(since="2025-13"))


def test_unknown_and_ambiguous_names_are_user_errors(gold_store):
    graph = load_graph(gold_store)
    with pytest.raises(UserError, match="no entity named"):
        select(graph, Selection(around="Atlantis"))
    with pytest.raises(UserError, match="names [0-9]+ events"):
        select(graph, Selection(event="中国医学装备"))
    with pytest.raises(UserError, match="outside the selection"):
        select(graph, Selection(until="2021", around="Belarus"))


# -- in a real browser ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def chromium():
    if not browser.available():
        if os.environ.get("CI"):
            pytest.fail("chromium, chromium-driver and selenium are needed (see .ci/run)")
        pytest.skip("chromium, chromium-driver or selenium not installed")
    with browser.Browser() as b:
        yield b


def _offline(load) -> None:
    assert load.errors == []
    assert load.requests and all(url.startswith("file://") for url in load.requests), load.requests


def test_browser_draws_every_node_and_edge_offline(chromium, gold_store, tmp_path):
    summary = write_view(gold_store, tmp_path / "graph.html")
    load = chromium.load(summary.path)
    _offline(load)
    # 5 events, 5 organizations, 2 people, 2 cities, 2 countries; 21 facts in seed-000, 9 in seed-003
    assert (load.nodes, load.edges) == (16, 30) == (summary.nodes, summary.edges)
    assert (load.drawn_nodes, load.drawn_edges) == (16, 30)
    shot = chromium.screenshot(tmp_path / "graph.png")
    assert shot.stat().st_size > 10_000


def test_browser_large_view_without_physics(chromium, gold_store, tmp_path):
    summary = write_view(gold_store, tmp_path / "large.html", threshold=10)
    load = chromium.load(summary.path)
    _offline(load)
    assert (load.drawn_nodes, load.drawn_edges) == (16, 30)
    assert chromium.driver.execute_script("return kgView.network.physics.physicsEnabled") is False
    notice = chromium.driver.execute_script("return document.querySelector('.kg-notice').textContent")
    assert "--around" in notice


def test_browser_shows_hostile_label_as_text(chromium, hostile_store, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains

    summary = write_view(hostile_store, tmp_path / "hostile.html")
    load = chromium.load(summary.path)
    _offline(load)
    driver = chromium.driver
    x, y = driver.execute_script("""
        var label = arguments[0], v = kgView;
        var id = v.nodes.get().filter(function (n) { return n.fullLabel === label; })[0].id;
        var p = v.network.canvasToDOM(v.network.getPosition(id));
        var box = document.getElementById('kg-network').getBoundingClientRect();
        return [p.x - box.width / 2, p.y - box.height / 2];""", XSS)
    network = driver.find_element("id", "kg-network")
    ActionChains(driver).move_to_element_with_offset(network, int(x), int(y)).click().perform()
    panel = driver.find_element("id", "kg-info")
    assert panel.is_displayed()
    assert driver.execute_script("return document.querySelector('#kg-info h2').textContent") == XSS
    assert driver.execute_script("return document.querySelectorAll('img, svg, iframe').length") == 0
    sources = driver.execute_script("return document.querySelector('#kg-info .kg-sources').textContent")
    assert f"Breaking {BREAKOUT}" in sources and "<b>Daily</b>" in sources
    assert driver.execute_script("return document.querySelectorAll('#kg-info a').length") == 0  # javascript: URL
    time.sleep(0.5)
    assert chromium.alert_text() is None
    assert chromium.console_errors() == []
    chromium.screenshot(tmp_path / "hostile.png")


def test_browser_source_links_open_http_urls_only(chromium, hostile_store, tmp_path):
    summary = write_view(hostile_store, tmp_path / "hostile.html")
    chromium.load(summary.path)
    href = chromium.driver.execute_script("""
        var v = kgView, id = v.nodes.get().filter(function (n) { return n.fullLabel === 'Harbour Expo'; })[0].id;
        v.show(id); return document.querySelector('#kg-info a').getAttribute('href');""")
    assert href == "https://example.org/expo"
