"""Running a real Oxigraph server (the ``oxigraph`` command from PyPI) on a loopback port, for tests and benchmarks.

    with oxigraph_server(tmp_dir) as base:      # e.g. http://127.0.0.1:41237
        push(store, GraphStoreTarget(f"{base}/store"))
        RemoteBackend(f"{base}/query").run("ASK {}")

    oxigraph_load(location, "exports/graph.trig")   # or graph.ttl, before starting the server on it

The server is started *without* ``--union-default-graph``, like a production
Oxigraph or Fuseki: its default graph is not the union of the named graphs (kg's
remote queries ask for the union per request, :mod:`kg.query.remote`).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _command() -> str:
    command = shutil.which("oxigraph")
    if command is None:
        raise RuntimeError("the oxigraph server is not installed (pip install oxigraph)")
    return command


def oxigraph_load(location: str | Path, file: str | Path) -> None:
    """``oxigraph load --location LOCATION --file FILE`` (Turtle into the default graph, TriG/N-Quads
    into their named graphs); RuntimeError with oxigraph's message when it fails."""
    done = subprocess.run([_command(), "load", "--location", str(location), "--file", str(file)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"oxigraph load {file} failed: {done.stderr.strip()}")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (at the time of asking)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with status {process.returncode}: "
                               f"{process.stderr.read() if process.stderr else ''}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise RuntimeError(f"oxigraph serve did not answer at {url} within {seconds:.0f} s")


@contextmanager
def oxigraph_server(location: str | Path, port: int | None = None, wait: float = 30.0) -> Iterator[str]:
    """Start ``oxigraph serve --location LOCATION --bind 127.0.0.1:PORT``, wait until it answers,
    yield its base URL, and stop it afterwards."""
    port = port or free_port()
    process = subprocess.Popen([_command(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{base}/query?query=ASK%7B%7D", process, wait)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
