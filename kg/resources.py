"""The ontology, the SHACL shapes, the prepared queries and the sample articles: package data,
installed or in a source checkout.

``ontology/``, ``queries/`` and ``examples/articles/`` at the top of the repo install as the
data-only packages ``kg.ontology``, ``kg.queries`` and ``kg.examples`` (namespace packages,
no ``__init__.py``). Their files are
reached through :mod:`importlib.resources`, whose ``Traversable`` works whatever the
install (a folder, a zip, a namespace package spread over several folders); a checkout
run without installing (the bench scripts) reads the folders themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


#: data package -> its folder in a source checkout
CHECKOUT = {"ontology": "ontology", "queries": "queries", "examples": "examples/articles"}


def data_dir(name: str) -> Traversable:
    """``ontology``, ``queries`` or ``examples``: the installed ``kg.<name>`` package data, else the checkout's folder."""
    try:
        return files(f"kg.{name}")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[1] / CHECKOUT[name]


def data_file(name: str, filename: str) -> Traversable:
    """One file of :func:`data_dir` (``data_file("ontology", "shapes.ttl")``); ``FileNotFoundError`` if absent."""
    found = data_dir(name).joinpath(filename)
    if not found.is_file():
        raise FileNotFoundError(f"kg.{name}/{filename} is missing from the installed package")
    return found


def data_files(name: str, suffix: str) -> Iterator[Traversable]:
    """The files of :func:`data_dir` whose names end with ``suffix``, in name order."""
    yield from sorted((f for f in data_dir(name).iterdir() if f.is_file() and f.name.endswith(suffix)),
                      key=lambda f: f.name)


def read_text(name: str, filename: str) -> str:
    """The UTF-8 text of one file of :func:`data_dir`."""
    return data_file(name, filename).read_text(encoding="utf-8")


def example_articles() -> list[Path]:
    """The two sample articles shipped with kg, as files to load from any folder:
    ``seed-000.txt`` (Chinese) and ``seed-003.txt`` (English)."""
    return [Path(f) for f in data_files("examples", ".txt")]  # a file-system install: pathlib paths
