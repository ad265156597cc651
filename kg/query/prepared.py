"""Prepared queries: the ``queries/*.rq`` files and the header comment each one starts with.

The header is the comment block at the top of the file::

    # title: Events in a city
    # description: Events held in a city, given by any of its names in Chinese or English.
    # param: city: string = 上海
    # example:
    #   event                        start       end
    #   2025中国医学装备国际合作大会  2025-07-11  2025-07-12

``param`` lines declare the query's parameters (one per line: ``name: type = example``,
types in :data:`kg.query.params.TYPES`); each binds the SPARQL variable of the same
name. Lines after ``example:`` show the answer on the sample articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from importlib.resources.abc import Traversable

from kg.query.params import Param, ParamError
from kg.resources import data_files

_PARAM = re.compile(r"^(\w+)\s*:\s*(\w+)\s*=\s*(.*)$")


class PreparedError(ValueError):
    """A query file whose header cannot be read; the message names the file."""


@dataclass
class PreparedQuery:
    name: str
    sparql: str
    title: str = ""
    description: str = ""
    params: list[Param] = field(default_factory=list)
    example: str = ""
    path: Path | None = None

    def to_dict(self) -> dict:
        """The ``kg queries --json`` entry."""
        return {"name": self.name, "title": self.title, "description": self.description,
                "params": [p.to_dict() for p in self.params]}


def parse(text: str, name: str, path: Path | None = None) -> PreparedQuery:
    """A query and its header from the text of a ``.rq`` file."""
    query = PreparedQuery(name=name, sparql=text, path=path)
    where = path or name
    example: list[str] | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        body = stripped[1:]
        if example is not None:
            example.append(body[1:] if body.startswith(" ") else body)
            continue
        key, sep, value = body.strip().partition(":")
        key, value = key.strip().lower(), value.strip()
        if not sep:
            continue
        if key == "title":
            query.title = value
        elif key == "description":
            query.description = value
        elif key == "param":
            m = _PARAM.match(value)
            if not m:
                raise PreparedError(f"{where}: bad param line {value!r} (expected 'name: type = example')")
            try:
                query.params.append(Param(*m.groups()))
            except ParamError as exc:
                raise PreparedError(f"{where}: {exc}") from None
        elif key == "example":
            example = [value] if value else []
    query.example = "\n".join(example or []).strip("\n")
    return query


def load_file(path: str | Path | Traversable) -> PreparedQuery:
    """One ``.rq`` file (``--file``, or one of the package's); its name is the file's stem."""
    path = Path(path) if isinstance(path, str) else path
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PreparedError(f"{path}: cannot read: {exc}") from None
    return parse(text, Path(path.name).stem, path if isinstance(path, Path) else None)


def load_all() -> dict[str, PreparedQuery]:
    """Every prepared query (the ``.rq`` files of the package's ``kg.queries``), by name, in name order."""
    return {q.name: q for q in map(load_file, data_files("queries", ".rq"))}


def get(name: str) -> PreparedQuery:
    """The prepared query called ``name``; ``KeyError`` naming the known ones when there is none."""
    queries = load_all()
    if name not in queries:
        raise KeyError(f"no prepared query {name!r} (known: {', '.join(queries) or 'none'})")
    return queries[name]
