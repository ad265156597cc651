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


def test_verbs_taking_records_take_any_iterable_and_extract_all_gives_a_list(gold_records):
    """A generator is read whole; extract_all's answer is a list, usable twice (the README's build_graph
    then add_records), the articles that failed kept apart in its ``errors``."""
    whole = kg.build_graph(gold_records)
    assert len(kg.build_graph(r for r in gold_records)) == len(whole) > 0
    with kg.open_store(in_memory=True) as store:
        assert store.add_records(r for r in gold_records) > 0
        assert len(store.graphs()) == 2
    articles = [a for a in kg.load_articles(kg.example_articles()) if isinstance(a, kg.Article)]
    broken = kg.Article(id="broken", text="text", lang="xx")  # no extractor for this language
    records = kg.extract_all(iter([*articles, broken]))
    assert isinstance(records, list) and [r.id for r in records] == ["seed-000", "seed-003"]
    assert [e.article.id for e in records.errors] == ["broken"]
    assert len(kg.build_graph(records)) > 0 and len(kg.build_graph(records)) == len(kg.build_graph(records))
