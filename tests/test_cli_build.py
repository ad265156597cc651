"""`kg build` and `kg extract` end to end through the command line."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def records_dir(tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    for name in ("seed-000.gold.json", "seed-003.gold.json"):
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def test_build_from_records_writes_exports_and_summary(tmp_path, records_dir, capsys):
    store, out = tmp_path / "store", tmp_path / "out"
    assert main(["build", "--records", str(records_dir), "--store", str(store), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "2 articles, 5 events, 5 organizations, 2 people" in printed
    assert sorted(p.name for p in (out / "records").iterdir()) == ["seed-000.json", "seed-003.json"]
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (out / name).stat().st_size > 0
    quads = list(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
    graphs = {q.graph_name.value for q in quads}
    assert {g.rsplit("/", 1)[-1] for g in graphs if "/cohost/" not in g} == {"seed-000", "seed-003", "cohosts"}
    assert len(graphs) == 5  # and a graph for each of the network's two pairs


def test_rebuilding_the_same_records_gives_the_same_triple_count(tmp_path, records_dir, capsys):
    args = ["build", "--records", str(records_dir), "--store", str(tmp_path / "s"), "--out", str(tmp_path / "o"),
            "--no-view"]
    main(args)
    first = capsys.readouterr().out
    main(args)
    second = capsys.readouterr().out
    assert first.split("holds")[1] == second.split("holds")[1]


def test_build_reports_a_bad_record_file_and_keeps_the_rest(tmp_path, records_dir, capsys):
    (records_dir / "broken.json").write_text("{not json", encoding="utf-8")
    (records_dir / "other.json").write_text(json.dumps({"events": []}), encoding="utf-8")
    code = main(["build", "--records", str(records_dir), "--store", str(tmp_path / "s"),
                 "--out", str(tmp_path / "o"), "--no-view"])
    captured = capsys.readouterr()
    assert code == 1
    assert "broken.json" in captured.err and "other.json" in captured.err
    assert "2 articles" in captured.out


def test_build_needs_inputs_or_records(tmp_path, capsys):
    assert main(["build", "--store", str(tmp_path / "s")]) == 2
    assert "--records" in capsys.readouterr().err


def test_console_script_and_python_m_kg_help_list_the_commands(kg_command, tmp_path):
    for command in ([kg_command, "--help"], [sys.executable, "-m", "kg", "--help"]):
        result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=True)
        for name in ("extract", "build", "export", "validate"):
            assert name in result.stdout


EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def test_extract_writes_one_record_per_article_and_reports_bad_files(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("seed-000.txt", "seed-003.txt"):
        shutil.copy(EXAMPLES / name, inputs / name)
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "notes.md").write_text("skipped: not an article type", encoding="utf-8")
    (inputs / "seed-000.gold.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(inputs), "--out", str(out)]) == 1
    assert "empty.txt" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["seed-000.json", "seed-003.json"]
    record = json.loads((out / "seed-000.json").read_text(encoding="utf-8"))
    assert record["article"]["lang"] == "zh" and record["article"]["published"] == "2025-07-13"
    names = {n for e in record["events"] for n in e["names"]}
    assert "2025中国医学装备国际合作大会" in names
    assert not any("研讨会" in n for n in names)  # the list of other stories after the article is furniture
    evidence = record["events"][0]["evidence"][0]
    text = (inputs / "seed-000.txt").read_text(encoding="utf-8")
    assert text[evidence["start"]:evidence["end"]] == evidence["sentence"]


def test_extract_with_two_jobs_gives_the_same_records(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["extract", str(EXAMPLES), "--out", str(one)]) == 0
    assert main(["extract", str(EXAMPLES), "--out", str(two), "--jobs", "2"]) == 0
    for path in one.iterdir():
        assert json.loads(path.read_text(encoding="utf-8")) == json.loads((two / path.name).read_text(encoding="utf-8"))
