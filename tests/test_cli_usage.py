"""The command line as a user meets it: wrong arguments are one error line and exit status 2, inputs
without articles are said so, bad files are reported once, counts read as English, the progress bar
knows its total, kg path quotes its sentences, help names only what a user has, and kg query sees
the union of the article graphs."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import shutil
import struct
import subprocess
import termios
from pathlib import Path

import pytest

from kg.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
FIXTURES = Path(__file__).parent / "fixtures"


def exit_and_error(args: list[str], capsys) -> tuple[int, list[str]]:
    """``kg ARGS`` in this process: its exit status and its stderr lines (argparse exits by SystemExit)."""
    try:
        code = main(args)
    except SystemExit as exc:
        code = exc.code
    return code, capsys.readouterr().err.strip().splitlines()


@pytest.fixture
def article_dir(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(EXAMPLES / "seed-003.txt", folder / "seed-003.txt")
    return folder


@pytest.mark.parametrize("args, message", [
    (["query", "timeline", "--endpoint", "not-a-url"], "'not-a-url' is not an http:// or https:// URL"),
    (["query", "timeline", "--endpoint", "http://127.0.0.1:99999/query"], "not a valid URL"),
    (["push", "--graph-store", "not-a-url"], "'not-a-url' is not an http:// or https:// URL"),
    (["push", "--update", "ftp://127.0.0.1/update"], "is not an http:// or https:// URL"),
    (["extract", "IN", "--out", "OUT", "--max-bytes", "0"], "argument --max-bytes: 0 is not 1 or more"),
    (["build", "IN", "--max-bytes", "-5"], "argument --max-bytes: -5 is not 1 or more"),
    (["build", "IN", "--max-bytes", "lots"], "argument --max-bytes: 'lots' is not a whole number"),
    (["serve", "--port", "99999"], "argument --port: 99999 is not a port (0 to 65535)"),
    (["extract", "IN", "--jobs", "0", "--out", "OUT"], "argument --jobs/-j: 0 is not 1 or more"),
    (["stats", "--top", "-1"], "argument --top: -1 is not 1 or more"),
    (["view", "--depth", "2"], "--depth counts steps from --around ENTITY: give --around too"),
    (["view", "--around", "Belarus", "--depth", "-1"], "argument --depth: -1 is not 0 or more"),
    (["extract", "IN", "--out", "FILE"], "it is a file, not a folder"),
    (["build", "IN", "--out", "FILE"], "it is a file, not a folder"),
    (["view", "-o", "IN"], "it is a folder; give a file name"),
])
def test_a_wrong_argument_is_one_error_line_and_exit_2(args, message, article_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "FILE").write_text("a file", encoding="utf-8")
    given = [str(article_dir) if a == "IN" else a for a in args]
    code, lines = exit_and_error(given, capsys)
    assert code == 2 and lines, lines
    assert message in lines[-1] and "error" in lines[-1]
    assert not any("Traceback" in line for line in lines)
    assert not (tmp_path / ".kg").exists()  # refused before the store was touched


def test_a_bad_kg_max_bytes_is_refused_before_anything_is_done(article_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KG_MAX_BYTES", "abc")
    code, lines = exit_and_error(["build", str(article_dir), "--store", str(tmp_path / "s"),
                                  "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and lines == ["kg build: error: KG_MAX_BYTES='abc' is not a number of bytes "
                                   "(a whole number, 1 or more)"]
    assert not (tmp_path / "s").exists() and not (tmp_path / "o").exists()


def test_a_malformed_records_file_is_one_error_line(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"article": {"id": "x"},\n "events": [}', encoding="utf-8")
    code, lines = exit_and_error(["build", "--records", str(bad), "--store", str(tmp_path / "s"),
                                  "--out", str(tmp_path / "o")], capsys)
    assert code == 2
    assert lines == [f"kg build: error: {bad}: not valid JSON: Expecting value (line 2, column 13)"]
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"article": {"id": 7}}', encoding="utf-8")
    code, lines = exit_and_error(["build", "--records", str(wrong), "--store", str(tmp_path / "s")], capsys)
    assert code == 2 and lines == [f"kg build: error: {wrong}: not an event record: 'article' has no 'id' string"]
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize("command", ["extract", "build"])
@pytest.mark.parametrize("content", ["empty", "skipped files only"])
def test_inputs_without_an_article_are_said_so_with_exit_1(command, content, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    if content != "empty":
        (folder / "notes.md").write_text("not an article type", encoding="utf-8")
        (folder / "a.gold.json").write_text("{}", encoding="utf-8")
    code, lines = exit_and_error([command, str(folder), "--out", str(tmp_path / "out"),
                                  *(["--store", str(tmp_path / "s")] if command == "build" else [])], capsys)
    assert code == 1
    assert lines == [f"error: no article found in {folder} (articles are .txt, .html, .htm and .jsonl files)"]
    assert not (tmp_path / "s").exists() and not (tmp_path / "out").exists()


def test_a_missing_input_is_reported_once(tmp_path, capsys):
    code, lines = exit_and_error(["extract", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")], capsys)
    assert code == 1 and lines == [f"error: {tmp_path / 'nowhere'}: no such file or folder"]


def test_no_input_names_the_installed_sample_articles(tmp_path, capsys):
    import kg

    code, lines = exit_and_error(["build", "--store", str(tmp_path / "s")], capsys)
    assert code == 2 and str(kg.example_articles()[0].parent) in lines[-1] and "--records" in lines[-1]


def test_each_bad_file_is_reported_once_and_counts_read_as_english(article_dir, tmp_path, capsys):
    (article_dir / "empty.txt").write_bytes(b"")
    code, lines = exit_and_error(["-v", "build", str(article_dir), "--store", str(tmp_path / "s"),
                                  "--out", str(tmp_path / "o"), "--no-view"], capsys)
    assert code == 1
    assert [line for line in lines if "empty.txt" in line] == [f"error: {article_dir / 'empty.txt'}: empty file"]


def test_build_summary_says_1_article_and_counts_the_problems(article_dir, tmp_path, capsys):
    (article_dir / "empty.txt").write_bytes(b"")
    assert main(["build", str(article_dir), "--store", str(tmp_path / "s"), "--out", str(tmp_path / "o"),
                 "--no-view", "-v"]) == 1
    printed = capsys.readouterr().out
    assert f"built 1 article (1 problem, listed above) into {tmp_path / 's'}; " \
           "the store now holds 1 article, 1 event, " in printed
    assert main(["extract", str(article_dir), "--out", str(tmp_path / "r")]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == f"1 record written to {tmp_path / 'r'}, 1 problem"


def test_graph_exports_count_nodes_and_edges(store_dir, tmp_path, capsys):
    assert main(["export", "--store", str(store_dir), "-f", "graphml", "-o", str(tmp_path / "g.graphml")]) == 0
    assert re.fullmatch(r"\d+ nodes and \d+ edges written to .*g\.graphml", capsys.readouterr().err.strip())
    assert main(["export", "--store", str(store_dir), "-f", "ttl", "-o", str(tmp_path / "g.ttl")]) == 0
    assert re.fullmatch(r"\d+ statements written to .*g\.ttl", capsys.readouterr().err.strip())


def test_verbose_goes_before_or_after_the_command(store_dir, capsys):
    for args in (["-v", "stats", "--store", str(store_dir)], ["stats", "-v", "--store", str(store_dir)],
                 ["stats", "--store", str(store_dir), "--verbose"]):
        assert build_parser().parse_args(args).verbose is True
        assert main(args) == 0
    assert build_parser().parse_args(["stats"]).verbose is False


def test_the_progress_bar_shows_the_total_a_percentage_and_the_time_left(kg_command, tmp_path):
    """On a real terminal (a pty) the bar counts the articles first: 2/2, 100%, an ETA field."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("seed-000.txt", "seed-003.txt"):
        shutil.copy(EXAMPLES / name, folder / name)
    main_fd, term_fd = pty.openpty()
    fcntl.ioctl(term_fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a terminal 120 columns wide
    try:
        done = subprocess.run([kg_command, "extract", str(folder), "--out", str(tmp_path / "out")], cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=term_fd, stdin=subprocess.DEVNULL, timeout=300)
        os.close(term_fd)
        screen = b""
        while True:
            try:
                chunk = os.read(main_fd, 65536)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            screen += chunk
    finally:
        os.close(main_fd)
    text = screen.decode("utf-8", "replace")
    assert done.returncode == 0, text
    assert "100%" in text and "2/2" in text, text
    assert re.search(r"<\d\d:\d\d", text), text  # tqdm's time left


PATH_RECORD = {
    "article": {"id": "path-1", "lang": "en", "title": "Harbour Expo opens", "published": "2024-05-02"},
    "events": [{"id": "e1", "names": ["Harbour Expo"], "type": "Exhibition", "hosts": ["o1"],
                "evidence": [{"fact": "hosts", "value": "o1", "start": 0, "end": 51,
                              "sentence": "The Harbour Expo was hosted by the Acme Trade Council."}]}],
    "organizations": [{"id": "o1", "names": ["Acme Trade Council"]}],
    "people": [{"id": "p1", "names": ["Jan Novak"], "ambassador_of": "CZ", "posted_to": "CN", "attended": ["e1"],
                "evidence": [{"fact": "ambassador_of", "start": 52, "end": 100,
                              "sentence": "Czech Ambassador Jan Novak opened the fair."},
                             {"fact": "attended", "value": "e1", "start": 52, "end": 100,
                              "sentence": "Czech Ambassador Jan Novak opened the fair."}]}],
}


def test_kg_path_shows_the_sentence_behind_each_step(tmp_path, capsys):
    records = tmp_path / "records"
    records.mkdir()
    (records / "path-1.json").write_text(json.dumps(PATH_RECORD), encoding="utf-8")
    store = str(tmp_path / "s")
    assert main(["build", "--records", str(records), "--store", store, "--out", str(tmp_path / "o"), "--no-view"]) == 0
    capsys.readouterr()
    assert main(["path", "Acme Trade Council", "CZ", "--store", store, "--through-places"]) == 0
    lines = capsys.readouterr().out.splitlines()
    steps = [i for i, line in enumerate(lines) if re.match(r"   (<-|-)\[", line)]
    assert len(steps) == 3, lines
    quoted = [[line.strip() for line in lines[i + 1:j] if line.strip().startswith("“")]
              for i, j in zip(steps, [*steps[1:], len(lines)])]
    assert quoted == [["“The Harbour Expo was hosted by the Acme Trade Council.”"],
                      ["“Czech Ambassador Jan Novak opened the fair.”"],  # attended
                      ["“Czech Ambassador Jan Novak opened the fair.”"]]  # ambassador of, through the post
    assert main(["path", "Acme Trade Council", "CZ", "--store", store, "--through-places", "--json"]) == 0
    (path,) = json.loads(capsys.readouterr().out)["paths"]
    assert [s["sentences"][0]["text"] for s in path["steps"]] == [
        "The Harbour Expo was hosted by the Acme Trade Council.", *["Czech Ambassador Jan Novak opened the fair."] * 2]


def test_help_names_nothing_a_user_does_not_have():
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    texts = [parser.format_help(), *(p.format_help() for p in sub.choices.values())]
    for text in texts:
        assert "shared/" not in text and "SCHEMA.md" not in text, text
    assert "docs/record-format.md" in sub.choices["build"].format_help()
    assert (ROOT / "docs" / "record-format.md").is_file()
    assert "(docs/record-format.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_kg_query_sees_the_union_of_the_article_graphs(store_dir, capsys):
    assert main(["query", "--store", str(store_dir), "-f", "json", "--sparql",
                 "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["results"]["bindings"]
    assert int(row["n"]["value"]) > 100
    assert main(["query", "--store", str(store_dir), "--sparql", "SELECT * { ?s ?p ?o } LIMIT 1"]) == 0
    assert "(1 row)" in capsys.readouterr().out


def test_select_star_keeps_the_query_s_variable_order(store_dir, capsys):
    query = "SELECT * WHERE { ?zebra ?apple ?mango } LIMIT 2"
    assert main(["query", "--store", str(store_dir), "-f", "csv", "--iris", "--sparql", query]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "zebra,apple,mango"
    assert main(["query", "--store", str(store_dir), "-f", "json", "--sparql", query]) == 0
    assert json.loads(capsys.readouterr().out)["head"]["vars"] == ["zebra", "apple", "mango"]
