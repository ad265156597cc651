"""The Python API: one verb per pipeline stage, usable from a notebook."""

from pathlib import Path

import kg

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def test_verbs_work_whatever_was_imported_first(tmp_path):
    import kg.export  # noqa: F401 - the modules named like the verbs are imported
    import kg.extract  # noqa: F401
    import kg.validate  # noqa: F401

    articles = [a for a in kg.load_articles([EXAMPLES / "seed-003.txt"]) if isinstance(a, kg.Article)]
    record = kg.extract(articles[0])
    assert isinstance(record, kg.EventRecord) and record.events
    dataset = kg.build_graph([record])
    assert len(dataset) > 0
    with kg.open_store(in_memory=True) as store:
        assert store.add_records([record]) > 0
        target = tmp_path / "graph.ttl"
        assert kg.export(store, "ttl", target) > 0
        assert kg.validate(target).conforms
        result = kg.run_query("events-in-city", store=store, city="Wuhan")
        assert len(result.rows) == 1
        view = kg.write_view(store, tmp_path / "graph.html")
        assert view.nodes > 0 and (tmp_path / "graph.html").exists()
