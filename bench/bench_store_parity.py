"""Benchmark: every prepared query gives the same rows, in the same order, on Virtuoso and Oxigraph at ~1M triples.

    python3 bench/bench_store_parity.py [--triples N] [--seed S] [--no-virtuoso]

Builds bench_build's synthetic records (plus the two seed gold records, so that the
queries' example values find something) into an on-disk store, exports graph.ttl and
graph.trig, then loads each into an Oxigraph server (``oxigraph load``, then
``oxigraph serve`` on a loopback port, no --union-default-graph: kg's queries ask for
the union per request) and graph.trig into Virtuoso (Debian's ``virtuoso-opensource``), which this script starts on loopback
ports with its own database folder and virtuoso.ini and loads with its bulk loader
(``ld_dir`` + ``rdf_loader_run``). Each prepared query runs with its example values on
the embedded store, the two Oxigraph servers and Virtuoso; the script prints the rows each
gives and whether they are identical (same rows, same order) to the embedded store's.
Exit status 1 when any query differs.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_queries import scale_parser, scale_records  # noqa: E402

from kg.query import answer, prepared  # noqa: E402
from kg.query.oxigraph_server import free_port  # noqa: E402

#: virtuoso.ini for a private instance: loopback ports, its own folder, no row cap, no query time limit
#: (a capped or timed-out Virtuoso query returns partial rows without an error)
VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {data}
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


def _wait_for(url: str, process: subprocess.Popen, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError, socket.timeout):
            time.sleep(0.3)
    raise RuntimeError(f"{what} did not answer at {url} within {seconds:.0f} s")


def isql(sql_port: int, statements: str) -> str:
    """Run SQL statements through ``isql-vt`` as dba (a fresh database's password is dba)."""
    done = subprocess.run(["isql-vt", f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={statements}"],
                          capture_output=True, text=True, timeout=3600)
    if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
        raise RuntimeError(f"isql-vt failed: {(done.stdout + done.stderr).strip()[-500:]}")
    return done.stdout


@contextmanager
def virtuoso(folder: Path, data: Path) -> Iterator[tuple[int, str]]:
    """A private Virtuoso (``virtuoso-t +foreground``) on loopback ports, allowed to read ``data``;
    yields its SQL port and SPARQL endpoint URL; shut down afterwards."""
    command = shutil.which("virtuoso-t")
    if command is None or shutil.which("isql-vt") is None:
        raise RuntimeError("virtuoso-t / isql-vt not found (apt-get install virtuoso-opensource)")
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=folder, data=data, sql_port=sql_port, http_port=http_port))
    with open(folder / "stdout.log", "wb") as log:
        process = subprocess.Popen([command, "+foreground", "+configfile", str(ini)], cwd=folder,
                                   stdout=log, stderr=subprocess.STDOUT)
    endpoint = f"http://127.0.0.1:{http_port}/sparql"
    try:
        _wait_for(f"{endpoint}?query=ASK%7B%7D", process, 120, "virtuoso-t")
        yield sql_port, endpoint
    finally:
        try:
            isql(sql_port, "shutdown;")
            process.wait(60)
        except (RuntimeError, subprocess.TimeoutExpired):
            process.terminate()
            process.wait(30)


def virtuoso_load(sql_port: int, file: Path) -> None:
    """Virtuoso's bulk loader on one file (TriG and N-Quads keep their graphs; the third argument
    is the graph for triple formats)."""
    isql(sql_port, f"ld_dir('{file.parent}', '{file.name}', 'urn:kg:default'); rdf_loader_run(); checkpoint;")
    errors = isql(sql_port, "select ll_file, ll_error from DB.DBA.LOAD_LIST where ll_error is not null;")
    if "0 Rows." not in errors:
        raise RuntimeError(f"Virtuoso's bulk loader reports an error: {errors.strip()[-500:]}")


def triples_on(backend) -> int:
    rows = backend.run("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), 'https://w3id.org/kg/')) }").rows
    return int(rows[0][0].value)


#: parameter values that reach far into the synthetic data (the examples mostly find the seed records)
_PICKS = {
    "busiest parent": """PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label (COUNT(DISTINCT ?child) AS ?n) WHERE { ?child org:subOrganizationOf+ ?o . ?o rdfs:label ?label }
        GROUP BY ?label ORDER BY DESC(?n) STR(?label) LIMIT 1""",
    "busiest main event": """PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label (COUNT(DISTINCT ?sub) AS ?n) WHERE { ?sub schema:superEvent ?e . ?e rdfs:label ?label }
        GROUP BY ?label ORDER BY DESC(?n) STR(?label) LIMIT 1""",
    "busiest host": """PREFIX kg: <https://w3id.org/kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e kg:host ?o . ?o rdfs:label ?label }
        GROUP BY ?label ORDER BY DESC(?n) STR(?label) LIMIT 1""",
    "hosted event": """PREFIX kg: <https://w3id.org/kg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label ?host WHERE { ?e kg:host ?o . ?e rdfs:label ?label . ?o rdfs:label ?host . ?p org:postIn ?o }
        ORDER BY STR(?label) STR(?host) LIMIT 1""",
}


def data_params(backend) -> dict[str, dict[str, tuple[None, str]]]:
    """Parameter values for a second round of every query with parameters, picked from the data."""
    picked = {what: backend.run(sparql).rows[0] for what, sparql in _PICKS.items()}
    parent, main_event, host = (picked[k][0].value for k in ("busiest parent", "busiest main event", "busiest host"))
    event, event_host = (t.value for t in picked["hosted event"])
    values = {"organization": parent, "event": event, "city": "Shanghai", "country": "CN", "label": host,
              "from": "2020-01-01", "to": "2021-06-30", "min_articles": "1", "subject": event, "object": event_host}
    runs = {}
    for name, query in prepared.load_all().items():
        if query.params:
            runs[name] = {p.name: (None, values[p.name]) for p in query.params}
    runs["sub-events"]["event"] = (None, main_event)
    return runs


def compare(backends: dict, given: dict[str, dict[str, tuple[None, str]]] | None = None) -> bool:
    """Run every prepared query everywhere (with the examples, or the ``given`` values and only those queries);
    print rows, time and whether each store gives the rows of the first, in the same order."""
    names = list(backends)
    print(f"\n{'query':<22}" + "".join(f"{n:>22}" for n in names) + "  identical")
    all_same = True
    for name, query in prepared.load_all().items():
        if given is not None and name not in given:
            continue
        results, cells = {}, []
        for where, backend in backends.items():
            t = time.perf_counter()
            try:
                results[where] = answer(backend, query, None if given is None else given[name])
                cells.append(f"{len(results[where].rows):>8,} rows {time.perf_counter() - t:6.2f} s")
            except Exception as exc:  # a store that fails a query is reported, the others go on
                results[where] = None
                cells.append(f"{'failed':>22}")
                print(f"  {name} on {where}: {exc}")
        first = results[names[0]]
        same = [where for where in names[1:] if first is not None and results[where] is not None
                and results[where].variables == first.variables and results[where].rows == first.rows]
        ok = len(same) == len(names) - 1
        all_same &= ok
        print(f"{name:<22}" + "".join(f"{c:>22}" for c in cells) + ("  yes" if ok else "  NO"))
        if not ok and first is not None:
            for where in names[1:]:
                other = results[where]
                if other is None or other.rows == first.rows:
                    continue
                extra = set(other.rows) - set(first.rows)
                missing = set(first.rows) - set(other.rows)
                print(f"    {where}: {len(extra)} rows not on {names[0]}, {len(missing)} missing"
                      + (" (same rows, other order)" if not extra and not missing else ""))
    return all_same


def check(backends: dict) -> bool:
    """Every query with its example values, then the queries with parameters with values from the data."""
    print("\nwith the example parameter values (the seed records):")
    same = compare(backends)
    given = data_params(backends["embedded"])
    print("\nwith parameter values picked from the synthetic data:")
    for name, values in given.items():
        print(f"  {name}: " + ", ".join(f"{k}={v}" for k, (_, v) in values.items()))
    return compare(backends, given) and same


def main() -> int:
    parser = scale_parser(__doc__)
    parser.add_argument("--no-virtuoso", action="store_true", help="compare the embedded store and Oxigraph only")
    args = parser.parse_args()

    from kg.export import export
    from kg.query.oxigraph_server import oxigraph_load, oxigraph_server
    from kg.query.remote import RemoteBackend
    from kg.query.run import EmbeddedBackend
    from kg.store import open_store

    records = scale_records(args)
    with tempfile.TemporaryDirectory(prefix="kg-bench-parity-") as tmp:
        folder = Path(tmp)
        data = folder / "exports"
        data.mkdir()
        with open_store(folder / "store") as store:
            t = time.perf_counter()
            store.add_records(records)
            store.ox.flush()
            store.optimize()
            print(f"{len(records):,} records -> {len(store):,} quads in {len(store.graphs()):,} article graphs "
                  f"(built in {time.perf_counter() - t:.1f} s)")
            for fmt in ("ttl", "trig"):
                t = time.perf_counter()
                n = export(store, fmt, data / f"graph.{fmt}")
                print(f"graph.{fmt}: {n:,} statements, {(data / f'graph.{fmt}').stat().st_size / 1e6:.0f} MB, "
                      f"written in {time.perf_counter() - t:.1f} s")
            backends = {"embedded": EmbeddedBackend(store.ox)}
            for fmt in ("ttl", "trig"):
                t = time.perf_counter()
                oxigraph_load(folder / f"oxigraph-{fmt}", data / f"graph.{fmt}")
                print(f"oxigraph load graph.{fmt}: {time.perf_counter() - t:.1f} s")
            with oxigraph_server(folder / "oxigraph-ttl") as ttl, oxigraph_server(folder / "oxigraph-trig") as trig:
                backends["oxigraph (ttl)"] = RemoteBackend(f"{ttl}/query", timeout=600, retries=0)
                backends["oxigraph (trig)"] = RemoteBackend(f"{trig}/query", timeout=600, retries=0)
                if args.no_virtuoso:
                    return 0 if check(backends) else 1
                try:
                    with virtuoso(folder / "virtuoso", data) as (sql_port, endpoint):
                        t = time.perf_counter()
                        virtuoso_load(sql_port, data / "graph.trig")
                        remote = RemoteBackend(endpoint, timeout=600, retries=0)
                        print(f"Virtuoso bulk load of graph.trig: {time.perf_counter() - t:.1f} s; "
                              f"{triples_on(remote):,} kg statements seen through its default graph (the union of its graphs)")
                        backends["virtuoso (trig)"] = remote
                        return 0 if check(backends) else 1
                except RuntimeError as exc:
                    print(f"Virtuoso could not be used: {exc}")
                    check(backends)
                    return 2


if __name__ == "__main__":
    sys.exit(main())
