"""The installed package works from any folder: the README's main job and its API snippet run in a
temporary folder with nothing of the checkout at hand, and the package data (queries, shapes,
ontology, sample articles) is found wherever kg is installed."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def readme_snippet() -> str:
    """The README's Python API snippet, as printed there."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(r"## Python API\n+```python\n(.*?)```", text, re.S).group(1)


def test_the_readme_main_job_runs_from_another_folder(run_kg, tmp_path):
    """README command (1)'s job: kg build on the two sample articles, in a fresh folder."""
    samples = tmp_path / "samples"
    samples.mkdir()
    for name in ("seed-000.txt", "seed-003.txt"):
        (samples / name).write_bytes((ROOT / "examples" / "articles" / name).read_bytes())
    done = run_kg("build", "samples")
    assert done.returncode == 0, done.stderr
    assert "built 2 articles into .kg/store; the store now holds 2 articles," in done.stdout
    for name in ("graph.ttl", "graph.trig", "graph.html", "records/seed-000.json", "records/seed-003.json"):
        assert (tmp_path / "exports" / name).stat().st_size > 0, name
    assert run_kg("validate").returncode == 0


def test_the_readme_api_snippet_runs_from_another_folder(tmp_path):
    """The snippet, run by the installed package's Python in an empty folder, and each variant the
    README's comments name (extract_all with 2 jobs; an in-memory store)."""
    snippet = readme_snippet()
    variants = {
        "as printed": snippet,
        "extract_all": snippet.replace("records = [kg.extract(a) for a in articles]",
                                       "records = kg.extract_all(articles, jobs=2)"),
        "in memory": snippet.replace('kg.open_store(".kg/store")', "kg.open_store(in_memory=True)"),
    }
    assert len({*variants.values()}) == 3, "the README's variants are no longer where this test looks"
    for name, code in variants.items():
        folder = tmp_path / name.replace(" ", "-")
        folder.mkdir()
        check = "\nassert len(records) == 2 and len(list(dataset.graphs())) >= 2\n"
        done = subprocess.run([sys.executable, "-c", code + check], cwd=folder, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, f"{name}: {done.stderr}"
        lines = done.stdout.splitlines()
        assert lines[0] == "True", f"{name}: validate says {lines[0]}"
        assert "/event/" in lines[1] and "2025-07-11" in lines[1], f"{name}: events-in-city answers {lines[1]}"
        ttl = folder / "exports" / "graph.ttl"
        assert ttl.stat().st_size > 10_000, f"{name}: graph.ttl has {ttl.stat().st_size} bytes"
        assert (folder / "exports" / "graph.html").stat().st_size > 0


def test_the_package_data_is_found_from_another_folder(run_kg, store_dir):
    """kg queries, kg query NAME and kg validate read the queries and the shapes installed with kg."""
    listed = run_kg("queries", "--json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == len(list((ROOT / "queries").glob("*.rq"))) == 17
    answered = run_kg("query", "events-in-city", "--store", store_dir, "-p", "city=上海", "-f", "json")
    assert answered.returncode == 0, answered.stderr
    assert json.loads(answered.stdout)["results"]["bindings"]
    checked = run_kg("validate", "--store", store_dir)
    assert checked.returncode == 0 and "conforms" in checked.stdout, checked.stderr


def test_the_sample_articles_are_installed(tmp_path, monkeypatch):
    import kg

    monkeypatch.chdir(tmp_path)
    samples = kg.example_articles()
    assert [p.name for p in samples] == ["seed-000.txt", "seed-003.txt"]
    assert all(p.read_bytes() == (ROOT / "examples" / "articles" / p.name).read_bytes() for p in samples)
    assert {a.lang for a in kg.load_articles(samples) if isinstance(a, kg.Article)} == {"zh", "en"}


def test_validate_reads_the_installed_shapes_from_another_folder(gold_store, tmp_path, monkeypatch):
    import kg

    monkeypatch.chdir(tmp_path)
    assert kg.validate(gold_store).conforms


@pytest.mark.parametrize("args", [["--version"], ["-m", "kg", "--version"]])
def test_version_and_python_m_kg(kg_command, tmp_path, args):
    from importlib.metadata import version

    command = [kg_command, *args] if args[0] != "-m" else [sys.executable, *args]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"kg {version('kg')}", done.stderr
