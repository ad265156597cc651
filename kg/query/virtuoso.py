"""Virtuoso's bulk loader as a :class:`kg.query.bulk.Loader`, run through ``isql`` (Virtuoso on this machine).

    bulk_push(store, VirtuosoLoader("127.0.0.1:1111", Path("/var/lib/virtuoso/load")))

Each chunk is written as a TriG file into ``folder`` (which must be in the
server's ``DirsAllowed``), registered with ``ld_dir`` and loaded by
``rdf_loader_run()``; the file is removed afterwards. One chunk at a time: a second
``rdf_loader_run()`` would also take the first one's file from the shared load list.
Graphs are dropped first with ``SPARQL DROP SILENT GRAPH``. The account comes from ``KG_SPARQL_USER`` and
``KG_SPARQL_PASSWORD`` (:mod:`kg.query.endpoint`); isql takes the password as an
argument, so it shows in this machine's process list while a command runs.
A remote Virtuoso is reached with ``kg push --update URL`` instead (SPARQL Update).
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pyoxigraph as ox

from kg.query.endpoint import Credentials, EndpointError


def _isql_command() -> str:
    for name in ("isql-vt", "isql"):
        if (found := shutil.which(name)) is not None:
            return found
    raise EndpointError("Virtuoso's isql is not installed (isql-vt or isql; apt-get install virtuoso-opensource)")


class VirtuosoLoader:
    """Chunks into a local Virtuoso through ``isql`` at ``address`` (``HOST:PORT``, the SQL port)."""

    in_flight = 1

    def __init__(self, address: str, folder: Path, timeout: float = 3600.0) -> None:
        credentials = Credentials.from_env()
        if credentials is None:
            raise EndpointError("Virtuoso's bulk loader needs an account: set KG_SPARQL_USER and KG_SPARQL_PASSWORD")
        if not folder.is_dir():
            raise EndpointError(f"{folder}: not a folder (give one in Virtuoso's DirsAllowed)")
        self.command = [_isql_command(), address, credentials.user, credentials.password]
        self.url = f"virtuoso+isql://{address}"
        self.folder = folder.resolve()
        self.timeout = timeout

    def sql(self, statements: str) -> str:
        """Run SQL statements; :class:`EndpointError` with isql's message when one fails."""
        try:
            done = subprocess.run(self.command, input=statements, capture_output=True, text=True, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            raise EndpointError(f"{self.url} did not finish within {self.timeout:.0f} s") from None
        out = done.stdout + done.stderr
        if done.returncode != 0 or "*** Error" in out:
            raise EndpointError(f"{self.url}: {out.strip()[-300:]}")
        return done.stdout

    def drop(self, graphs: list[ox.NamedNode]) -> None:
        self.sql("".join(f"SPARQL DROP SILENT GRAPH {g};\n" for g in graphs))

    def load(self, trig: bytes) -> None:
        file = self.folder / f"kg-push-{uuid.uuid4().hex}.trig"
        file.write_bytes(trig)
        try:
            self.sql(f"ld_dir('{self.folder}', '{file.name}', 'urn:kg:default');\nrdf_loader_run();\ncheckpoint;\n")
            errors = self.sql(f"select ll_error from DB.DBA.LOAD_LIST where ll_file like '%{file.name}' "
                              "and ll_error is not null;\n")
            if "0 Rows." not in errors:
                raise EndpointError(f"{self.url}: the bulk loader failed on a chunk: {errors.strip()[-300:]}")
        finally:
            file.unlink(missing_ok=True)

    def count(self) -> int:
        out = self.sql("SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } };\n")
        numbers = [line.strip() for line in out.splitlines() if line.strip().isdigit()]
        if not numbers:
            raise EndpointError(f"{self.url}: no count in isql's answer: {out.strip()[-200:]}")
        return int(numbers[-1])
