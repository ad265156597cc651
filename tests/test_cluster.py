"""``kg build --cluster``: a real Dask scheduler and two workers on loopback, started and stopped here.

The cluster build must give the same records and the same graph as a local build of the
same inputs (the two seed articles, articles written for this test, and JSON Lines cut into
line ranges), skip the shards it finished on a re-run, and report a shard that keeps
failing with one line naming it while the others are kept.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import pyoxigraph as ox

from kg.resources import example_articles

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"

#: articles written for this test (no third-party text); organizations recur across files so
#: that identity resolution has to join mentions that different shards extracted
ARTICLES = {
    "en-battery.txt": (
        "Northfield Battery Summit opens in Shanghai\n"
        "The 2025 Northfield Battery Summit opened in Shanghai on April 10, 2025. The summit was hosted by the "
        "Northfield Battery Association and co-hosted by the Shanghai Municipal Commission of Economy and "
        "Informatization. John Carver, president of the Northfield Battery Association, delivered a keynote speech.\n"
    ),
    "en-robotics.txt": (
        "Robotics forum held in Wuhan\n"
        "The Central China Robotics Forum was held in Wuhan on May 18, 2025. It was organized by the Hubei "
        "Robotics Industry Alliance and hosted by the Wuhan Municipal People's Government. Representatives of the "
        "Northfield Battery Association attended the forum.\n"
    ),
    "zh-hydrogen.txt": (
        "氢能产业大会在成都举办\n"
        "2025年6月3日,2025中国氢能产业大会在成都开幕。大会由中国氢能产业联盟主办,成都市人民政府承办。"
        "中国氢能产业联盟理事长王建国出席开幕式并致辞。\n"
    ),
}
JSON_LINES = [
    {"id": "line-summit", "text": "The Minsk Textile Expo opened in Minsk on September 2, 2025. The expo was hosted "
                                  "by the Belarusian Light Industry Association and the Hubei Robotics Industry "
                                  "Alliance attended."},
    {"id": "line-forum", "lang": "zh", "text": "2025年8月20日,长三角智能制造论坛在杭州举行。论坛由浙江省经济和信息化厅主办,"
                                               "中国氢能产业联盟协办。"},
    {"id": "line-meeting", "text": "The Hubei Robotics Industry Alliance held its annual meeting in Wuhan on "
                                   "October 9, 2025. The meeting was hosted by the Hubei Robotics Industry Alliance."},
    {"id": "line-expo", "lang": "zh", "text": "2025年11月5日,第三届中国医学装备博览会在上海开幕。博览会由中国医学装备协会主办。"},
    {"id": "line-award", "text": "The Northfield Battery Association held an award ceremony in Shanghai on "
                                 "December 1, 2025. John Carver presented the awards."},
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory) -> Iterator[str]:
    """The address of a Dask scheduler with two single-thread workers, all on 127.0.0.1."""
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask-logs")
    dask = [sys.executable, "-m", "dask"]
    commands = [[*dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"]]
    commands += [[*dask, "worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--nworkers", "1",
                  "--no-dashboard", "--name", f"w{i}"] for i in (1, 2)]
    processes = []
    try:
        for i, command in enumerate(commands):
            log = (logs / f"{i}.log").open("w")
            processes.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=logs,
                                              stdin=subprocess.DEVNULL))
            if i == 0:
                _wait_for_port(port)
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_for_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the Dask scheduler did not listen on port {port} in {timeout} s")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seed articles, the articles above and a JSON Lines file of five articles."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in example_articles():
        shutil.copyfile(path, folder / path.name)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "more.jsonl").write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in JSON_LINES) + "\n\n",
                                       encoding="utf-8")
    return folder


def _records(out: Path) -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((out / "records").glob("*.json"))}


def _quads(out: Path) -> set[ox.Quad]:
    return set(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))


def _build(run_kg, folder: Path, corpus: Path, *options: object) -> subprocess.CompletedProcess[str]:
    folder.mkdir(exist_ok=True)
    return run_kg("build", corpus, "--store", folder / "store", "--out", folder / "out", "--no-view", *options,
                  cwd=folder)


@pytest.fixture(scope="module")
def local_build(tmp_path_factory, corpus, kg_command) -> Path:
    """The exports of a local build of the corpus."""
    folder = tmp_path_factory.mktemp("local")
    command = [kg_command, "build", str(corpus), "--store", "store", "--out", "out", "--no-view"]
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    return folder / "out"


def test_a_cluster_build_gives_the_records_and_graph_of_a_local_build(tmp_path, run_kg, scheduler, corpus,
                                                                       local_build):
    result = _build(run_kg, tmp_path, corpus, "--cluster", scheduler, "--shards", "shards", "--shard-size", "2")
    assert result.returncode == 0, result.stderr
    assert "built 10 articles" in result.stdout
    assert _records(tmp_path / "out") == _records(local_build)
    assert len(_records(local_build)) == 10
    assert _quads(tmp_path / "out") == _quads(local_build)
    manifest = json.loads((tmp_path / "shards" / "manifest.json").read_text(encoding="utf-8"))
    shards = manifest["shards"]
    assert [s["status"] for s in shards] == ["done"] * len(shards)
    assert sum(s["articles"] for s in shards) == 10
    assert {"more.jsonl lines 1-2", "more.jsonl lines 3-4", "more.jsonl lines 5-6"} <= \
        {s["inputs"].rsplit("/", 1)[-1] for s in shards}
    for shard in shards:  # every shard wrote its records and its N-Quads
        done = tmp_path / "shards" / shard["digest"]
        assert len(list((done / "records").glob("*.json"))) == shard["articles"]
        assert len(list(ox.parse(path=str(done / "graph.nq"), format=ox.RdfFormat.N_QUADS))) > 0


def test_a_rerun_skips_finished_shards_and_a_failing_shard_is_reported_by_name(tmp_path, run_kg, scheduler, corpus,
                                                                                 local_build):
    first = _build(run_kg, tmp_path, corpus, "--cluster", scheduler, "--shards", "shards", "--shard-size", "2")
    assert first.returncode == 0, first.stderr
    shards = json.loads((tmp_path / "shards" / "manifest.json").read_text(encoding="utf-8"))["shards"]
    finished = {s["digest"]: (tmp_path / "shards" / s["digest"] / "done.json").stat().st_mtime_ns for s in shards}

    # the re-run needs no cluster at all: an address nothing listens on is never contacted
    again = _build(run_kg, tmp_path, corpus, "--cluster", f"tcp://127.0.0.1:{_free_port()}", "--shards", "shards",
                   "--shard-size", "2")
    assert again.returncode == 0, again.stderr
    assert {d: (tmp_path / "shards" / d / "done.json").stat().st_mtime_ns for d in finished} == finished
    assert _quads(tmp_path / "out") == _quads(local_build)

    # a shard whose output cannot be written fails on every attempt: one line names it, the rest is built
    broken = next(s for s in shards if s["inputs"].endswith("more.jsonl lines 3-4"))
    shutil.rmtree(tmp_path / "shards" / broken["digest"])
    (tmp_path / "shards" / broken["digest"]).write_text("in the way\n")
    shutil.rmtree(tmp_path / "out")  # the exports keep files no later build replaces: look at this build's alone
    failed = _build(run_kg, tmp_path, corpus, "--cluster", scheduler, "--shards", "shards", "--shard-size", "2")
    assert failed.returncode == 1
    errors = [line for line in failed.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, failed.stderr
    assert f"shard {broken['shard']} (" in errors[0] and "more.jsonl lines 3-4) failed after 3 attempts" in errors[0]
    assert "Traceback" not in failed.stderr
    assert "built 8 articles (1 problem, listed above)" in failed.stdout
    assert sorted(_records(tmp_path / "out")) == sorted(n for n in _records(local_build)
                                                        if n not in ("line-meeting.json", "line-expo.json"))
    manifest = json.loads((tmp_path / "shards" / "manifest.json").read_text(encoding="utf-8"))["shards"]
    assert [s["status"] for s in manifest].count("failed") == 1


def test_kg_extract_on_a_local_cluster_writes_the_records_of_a_local_run(tmp_path, run_kg, corpus, local_build):
    result = run_kg("extract", corpus, "--out", "records", "--workers", "1", "--shards", "shards",
                    "--shard-size", "4", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert {p.name: json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "records").glob("*.json")} \
        == _records(local_build)


def test_an_unreachable_scheduler_is_one_error_line(tmp_path, run_kg, corpus):
    result = run_kg("extract", corpus, "--out", "records", "--cluster", f"tcp://127.0.0.1:{_free_port()}",
                    "--shards", "shards", cwd=tmp_path, env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("kg extract: error: cannot reach the Dask scheduler")
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason=f"no dev corpus at {DEV_CORPUS}")
def test_the_dev_corpus_builds_the_same_on_the_cluster(tmp_path, run_kg, scheduler):
    local = _build(run_kg, tmp_path / "local", DEV_CORPUS)
    assert local.returncode == 0, local.stderr
    cluster = _build(run_kg, tmp_path / "cluster", DEV_CORPUS, "--cluster", scheduler, "--shards", "shards",
                     "--shard-size", "20")
    assert cluster.returncode == 0, cluster.stderr
    articles = len(list(DEV_CORPUS.glob("*.txt")))
    assert f"built {articles} articles" in cluster.stdout
    assert len(_records(tmp_path / "local" / "out")) == articles
    assert _records(tmp_path / "cluster" / "out") == _records(tmp_path / "local" / "out")
    assert _quads(tmp_path / "cluster" / "out") == _quads(tmp_path / "local" / "out")
    shards = json.loads((tmp_path / "cluster" / "shards" / "manifest.json").read_text(encoding="utf-8"))["shards"]
    assert len(shards) == -(-articles // 20) and {s["status"] for s in shards} == {"done"}
