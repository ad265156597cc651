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
    assert {q.graph_name.value.rsplit("/", 1)[-1] for q in quads} == {"seed-000", "seed-003"}


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


def test_console_script_help_lists_the_commands():
    result = subprocess.run([sys.executable, "-m", "kg.cli", "--help"], capture_output=True, text=True, check=True)
    for command in ("extract", "build", "export", "validate"):
        assert command in result.stdout
