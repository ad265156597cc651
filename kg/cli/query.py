"""``kg queries``, ``kg query``, ``kg push`` and ``kg serve``: the graph in SPARQL, here and in triple stores."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.cli.common import UserError, add_store, non_negative_int, port, positive_int, store_path
from kg.query.bulk import CHUNK_BYTES, SERVERS
from kg.query.endpoint import EndpointError
from kg.query.params import ParamError, parse_assignments, typed_bindings
from kg.wording import counted

AUTH_HELP = ("credentials come from the environment only: KG_SPARQL_USER, KG_SPARQL_PASSWORD, "
             "KG_SPARQL_AUTH=basic|digest (default basic), KG_SPARQL_REALM (digest realm for queries, default SPARQL)")


def _add_http(p: argparse.ArgumentParser) -> None:
    p.add_argument("--timeout", type=float, default=30.0, metavar="S", help="seconds to wait for each answer (default 30)")
    p.add_argument("--retries", type=non_negative_int, default=3, metavar="N",
                   help="tries again after 429 and 5xx answers, with backoff (default 3)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("queries", help="list the prepared queries",
                       description="List the prepared SPARQL queries with their descriptions and parameters.")
    p.add_argument("--json", action="store_true", help="print a JSON list of {name, description, params}")
    p.set_defaults(func=run_queries)

    p = sub.add_parser("query", help="run a prepared or ad-hoc SPARQL query",
                       description="Run a prepared query (see kg queries), a .rq file or a SPARQL string on the "
                                   "embedded store or a remote SPARQL endpoint. Parameters missing from --param "
                                   "take the query's example values. On the embedded store the default graph is "
                                   "the union of the article graphs, so SELECT * { ?s ?p ?o } sees every triple "
                                   "(GRAPH ?g { … } still names each article's graph).", epilog=AUTH_HELP)
    p.add_argument("name", nargs="?", metavar="NAME", help="a prepared query (kg queries lists them)")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--file", type=Path, metavar="Q.rq", help="run the query in this file")
    source.add_argument("--sparql", metavar="QUERY", help="run this query text")
    add_store(p)
    p.add_argument("--endpoint", metavar="URL",
                   help="a SPARQL query endpoint instead of the store (Oxigraph: http://HOST:PORT/query)")
    p.add_argument("--param", "-p", action="append", default=[], metavar="KEY=VALUE",
                   help="a parameter value (repeatable); KEY:TYPE=VALUE types an ad-hoc one "
                        "(string, label, name, country, iri, date, integer)")
    p.add_argument("--format", "-f", choices=("table", "csv", "json", "md"), default="table",
                   help="table (default), csv, json (SPARQL 1.1 Results JSON) or md (Markdown)")
    p.add_argument("--lang", choices=("zh", "en"), default="en",
                   help="language of the labels shown for entities, falling back to the other (default en)")
    p.add_argument("--iris", action="store_true", help="show entities as IRIs, not labels")
    _add_http(p)
    p.set_defaults(func=run_query)

    p = sub.add_parser("push", help="upload the store to a triple store",
                       description="Upload every article graph of the store to a triple store, named graphs kept; "
                                   "an article pushed again replaces its graph there.", epilog=AUTH_HELP)
    add_store(p)
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--graph-store", metavar="URL",
                        help="SPARQL 1.1 Graph Store Protocol endpoint (Oxigraph: http://HOST:PORT/store)")
    target.add_argument("--update", metavar="URL", help="SPARQL 1.1 Update endpoint (Oxigraph: http://HOST:PORT/update)")
    target.add_argument("--bulk", metavar="URL",
                        help="the server's bulk path, TriG in large chunks (--server says which: oxigraph "
                             "http://HOST:PORT, fuseki http://HOST:PORT/DATASET, graphdb http://HOST:PORT/repositories/ID)")
    target.add_argument("--virtuoso-isql", metavar="HOST:PORT",
                        help="a Virtuoso on this machine, through its bulk loader (isql at its SQL port; "
                             "needs --virtuoso-dir)")
    p.add_argument("--server", choices=sorted(SERVERS), default="oxigraph", help="with --bulk: the server kind "
                   "(default oxigraph)")
    p.add_argument("--virtuoso-dir", type=Path, metavar="DIR",
                   help="with --virtuoso-isql: a folder in Virtuoso's DirsAllowed for the chunk files")
    p.add_argument("--manifest", type=Path, metavar="FILE",
                   help="with --bulk or --virtuoso-isql: record the chunks (from a store built with --keep-log: the "
                        "updates) the server took here; a re-run skips them")
    p.add_argument("--chunk-mb", type=positive_int, default=CHUNK_BYTES >> 20, metavar="MB",
                   help="with --bulk or --virtuoso-isql: the most TriG per request; chunks end at a graph past "
                        f"a quarter of it (default {CHUNK_BYTES >> 20})")
    _add_http(p)
    p.set_defaults(func=run_push)

    p = sub.add_parser("serve", help="serve the store as a local SPARQL endpoint",
                       description="A read-only SPARQL 1.1 Protocol endpoint over the embedded store "
                                   "(GET and POST at /query and /sparql, CORS on), for YASGUI-style tools.")
    add_store(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=port, default=7879, help="port (default 7879; 0 picks a free one)")
    p.add_argument("--union-default-graph", action="store_true",
                   help="let the default graph be the union of the article graphs (as oxigraph serve's flag)")
    p.set_defaults(func=run_serve)


def run_queries(args: argparse.Namespace) -> int:
    from kg.query import prepared

    queries = _load_all(prepared)
    if args.json:
        print(json.dumps([q.to_dict() for q in queries.values()], ensure_ascii=False, indent=2))
        return 0
    for q in queries.values():
        print(f"{q.name}\n    {q.description or q.title}")
        for p in q.params:
            print(f"    --param {p.name}=…  ({p.type}, example: {p.example})")
    return 0


def _load_all(prepared):
    try:
        return prepared.load_all()
    except prepared.PreparedError as exc:
        raise UserError(str(exc)) from None


def _the_query(args: argparse.Namespace):
    from kg.query import prepared

    given = sum(x is not None for x in (args.name, args.file, args.sparql))
    if given != 1:
        raise UserError("give one of NAME, --file Q.rq or --sparql QUERY")
    if args.sparql is not None:
        return prepared.parse(args.sparql, "sparql")
    try:
        return prepared.load_file(args.file) if args.file else prepared.get(args.name)
    except KeyError as exc:
        raise UserError(exc.args[0]) from None
    except prepared.PreparedError as exc:
        raise UserError(str(exc)) from None


def _backend(args: argparse.Namespace):
    """The remote endpoint, or the embedded store opened read-only (closed by the caller),
    its default graph the union of the article graphs."""
    if args.endpoint:
        from kg.query.remote import RemoteBackend

        try:
            return RemoteBackend(args.endpoint, timeout=args.timeout, retries=args.retries), None
        except EndpointError as exc:
            raise UserError(str(exc)) from None
    from kg.query.run import EmbeddedBackend
    from kg.store import open_store

    store = open_store(store_path(args), read_only=True)
    return EmbeddedBackend(store.ox, f"store {store.path}", union_default_graph=True), store


def run_query(args: argparse.Namespace) -> int:
    from kg.query import format, labels, run_bound
    from kg.query.run import QueryError

    query = _the_query(args)
    strict = args.sparql is None and (args.name is not None or bool(query.params))  # ad-hoc text takes any
    try:
        bound = typed_bindings(query.params, parse_assignments(args.param), strict=strict)
    except ParamError as exc:
        raise UserError(str(exc)) from None
    backend, store = _backend(args)
    try:
        result = run_bound(backend, query.sparql, bound)
        display = labels.raw if args.iris or args.format == "json" else labels.Labeller.for_result(backend, result, args.lang)
        sys.stdout.write(format.render(result, args.format, display))
    except (QueryError, EndpointError) as exc:
        raise UserError(str(exc)) from None
    finally:
        if store is not None:
            store.close()
    return 0


def run_push(args: argparse.Namespace) -> int:
    from kg.query.push import GraphStoreTarget, UpdateTarget, push
    from kg.store import open_store

    if args.bulk or args.virtuoso_isql:
        return _run_bulk_push(args)

    try:
        target = (GraphStoreTarget(args.graph_store, args.timeout, args.retries) if args.graph_store
                  else UpdateTarget(args.update, args.timeout, args.retries))
    except EndpointError as exc:
        raise UserError(str(exc)) from None
    with open_store(store_path(args), read_only=True) as store:
        try:
            report = push(store.ox, target)
        except EndpointError as exc:
            raise UserError(str(exc)) from None
    print(f"pushed {counted(report.graphs, 'graph')} ({counted(report.triples, 'triple')}) to {target.url} "
          f"in {report.seconds:.1f} s", file=sys.stderr)
    return 0


def _run_bulk_push(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from kg.query.bulk import BulkTarget, bulk_push, log_push
    from kg.query.virtuoso import VirtuosoLoader
    from kg.store import log, open_store

    if args.virtuoso_isql and args.virtuoso_dir is None:
        raise UserError("--virtuoso-isql needs --virtuoso-dir (a folder in Virtuoso's DirsAllowed)")
    try:
        target = (VirtuosoLoader(args.virtuoso_isql, args.virtuoso_dir) if args.virtuoso_isql
                  else BulkTarget(args.server, args.bulk, max(args.timeout, 600.0), args.retries))
    except EndpointError as exc:
        raise UserError(str(exc)) from None
    with open_store(store_path(args), read_only=True) as store, \
            tqdm(total=len(store.ox), unit=" quads", unit_scale=True, file=sys.stderr, dynamic_ncols=True,
                 disable=not sys.stderr.isatty(), desc="push") as bar:
        from_log = isinstance(target, BulkTarget) and log.kept(store.path)  # the N-Quads the builds wrote, as they are
        try:
            if from_log:
                report = log_push(store.path, store.ox, target, manifest=args.manifest,
                                  chunk_bytes=args.chunk_mb << 20, on_chunk=lambda r: bar.update(r.quads - bar.n))
            else:
                report = bulk_push(store.ox, target, manifest=args.manifest, chunk_bytes=args.chunk_mb << 20,
                                   on_chunk=lambda r: bar.update(r.quads - bar.n))
        except EndpointError as exc:
            raise UserError(str(exc)) from None
    skipped = (f", {counted(report.skipped, 'update' if from_log else 'chunk')} already there"
               if report.skipped else "")
    source = "from the store's update log " if from_log else ""
    print(f"pushed {counted(report.graphs, 'graph')} ({counted(report.quads, 'quad')}, "
          f"{counted(report.chunks, 'chunk')}{skipped}) {source}to {target.url} in {report.seconds:.1f} s "
          f"({report.quads / max(report.seconds, 1e-9):,.0f} quads/s); the server holds {report.on_server:,} "
          "quads in named graphs", file=sys.stderr)
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from kg.query.serve import make_server
    from kg.store import open_store

    with open_store(store_path(args), read_only=True) as store:
        try:
            server = make_server(store.ox, args.host, args.port, union_default_graph=args.union_default_graph)
        except OSError as exc:
            raise UserError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
        host, port = server.server_address[:2]
        print(f"SPARQL endpoint over {store.path}: http://{host}:{port}/query (Ctrl-C stops)", file=sys.stderr)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    return 0
