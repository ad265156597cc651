"""Extraction on a Dask distributed cluster (``kg extract``/``kg build`` with ``--cluster`` or ``--workers``).

The inputs are cut into shards (:mod:`.shards`: groups of files, line ranges of large
JSON Lines files), each with a content hash; every worker extracts whole shards with
models it loads once (:mod:`.worker`) and writes their records and N-Quads to a shared
shards folder; :mod:`.engine` hands out the shards, retries or reports the failed ones,
skips those finished by an earlier run and yields the records in input order, so that
identity resolution (the store's resolve stage) runs over all shards' records as in a
local run. Needs the ``cluster`` extras (``pip install 'kg[cluster]'``); see docs/distributed.md.
"""

from kg.cluster.engine import cluster_records

__all__ = ["cluster_records"]
