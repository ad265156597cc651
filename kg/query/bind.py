"""Binding typed terms to a query: a ``VALUES`` block, the same for the embedded store and remote endpoints.

The bound terms go in as ``VALUES`` blocks placed first in the query's outermost
``WHERE`` group, each term written by pyoxigraph in its escaped N-Triples form: a
string stays one string literal whatever it holds, an IRI is checked before it is
written. User text is never spliced into the query otherwise. Prepared queries
use their parameters in that outermost group (in triple patterns, ``BIND`` and
top-level ``FILTER``), where the ``VALUES`` row is in scope.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

import pyoxigraph as ox

Term = ox.NamedNode | ox.Literal | ox.BlankNode
TERM_TYPES = (ox.NamedNode, ox.Literal, ox.BlankNode)

_IRIREF = re.compile(r'<[^<>"\s]*>')  # an IRI; "<" before a space is the less-than operator
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_VARIABLE = re.compile(r"[?$]([A-Za-z0-9_\u00b7\u00c0-\ufffd]+)")
_SELECT_ALL = re.compile(r"SELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?\*", re.IGNORECASE)


def _skip(query: str, i: int) -> int:
    """If a comment, string or IRI starts at ``i``, the index just after it; else ``i``."""
    ch = query[i]
    if ch == "#":
        end = query.find("\n", i)
        return len(query) if end < 0 else end + 1
    if ch in "'\"":
        if query.startswith(ch * 3, i):
            end = query.find(ch * 3, i + 3)
            while end > 0 and query[end - 1] == "\\":
                end = query.find(ch * 3, end + 1)
            return len(query) if end < 0 else end + 3
        j = i + 1
        while j < len(query) and query[j] != ch:
            j += 2 if query[j] == "\\" else 1
        return j + 1
    if ch == "<":
        m = _IRIREF.match(query, i)
        if m:
            return m.end()
    return i


def _tokens(query: str) -> Iterator[tuple[int, str]]:
    """Keywords (upper-cased) and braces/parentheses with their index; comments, strings,
    IRIs, variables and prefixed names skipped."""
    i = 0
    while i < len(query):
        j = _skip(query, i)
        if j != i:
            i = j
            continue
        ch = query[i]
        if ch in "?$:":
            m = _WORD.match(query, i + 1)  # a variable or the local part of a prefixed name
            i = m.end() if m else i + 1
            continue
        m = _WORD.match(query, i)
        if m:
            yield i, m.group(0).upper()
            i = m.end()
            continue
        if ch in "{}()":
            yield i, ch
        i += 1


def _top_level(query: str) -> Iterator[tuple[int, str]]:
    """The tokens of :func:`_tokens` outside any group or parentheses (opening braces included)."""
    depth = 0
    for i, tok in _tokens(query):
        if tok in "{(":
            if depth == 0:
                yield i, tok
            depth += 1
        elif tok in "})":
            depth -= 1
        elif depth == 0:
            yield i, tok


QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_OPERATIONS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


def query_form(query: str) -> str | None:
    """The first query form (``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``) or update operation
    (``INSERT``, ``DROP``…) keyword at the top level; None when there is neither."""
    for _, tok in _top_level(query):
        if tok in QUERY_FORMS or tok in UPDATE_OPERATIONS:
            return tok
    return None


def selects_all(query: str) -> bool:
    """Whether the query is a ``SELECT *`` (``DISTINCT`` or ``REDUCED`` allowed)."""
    for i, tok in _top_level(query):
        if tok in QUERY_FORMS:
            return tok == "SELECT" and bool(_SELECT_ALL.match(query, i))
    return False


def variables(query: str) -> list[str]:
    """The query's variables in the order they first appear (comments, strings and IRIs skipped)."""
    seen: dict[str, None] = {}
    i = 0
    while i < len(query):
        j = _skip(query, i)
        if j != i:
            i = j
            continue
        m = _VARIABLE.match(query, i)
        if m:
            seen.setdefault(m.group(1))
            i = m.end()
        else:
            i += 1
    return list(seen)


def where_group_start(query: str) -> int:
    """Index just after the ``{`` that opens the query's outermost ``WHERE`` group.

    That is the first top-level ``{`` after the keyword ``WHERE``, or for ``SELECT``
    and ``ASK`` queries written without the keyword, the first top-level ``{``.
    Raises ``ValueError`` when there is none.
    """
    form, seen_where = None, False
    for i, tok in _top_level(query):
        if tok == "WHERE":
            seen_where = True
        elif tok in QUERY_FORMS and form is None:
            form = tok
        elif tok == "{" and (seen_where or form in ("SELECT", "ASK")):
            return i + 1
    raise ValueError("the query has no WHERE group to bind parameters in")


def values_block(variable: str, terms: Sequence[Term]) -> str:
    """``VALUES ?v { t1 t2 … }`` with every term in its escaped N-Triples form."""
    return f"VALUES ?{variable} {{ {' '.join(str(t) for t in terms)} }}"


def with_bindings(query: str, bindings: Mapping[str, Term | Sequence[Term]]) -> str:
    """The query with one ``VALUES`` block per bound variable (a term, or a list of terms, possibly
    empty: then the query answers nothing), opening its ``WHERE`` group; unchanged when there are none."""
    if not bindings:
        return query
    at = where_group_start(query)
    blocks = [values_block(name, [terms] if isinstance(terms, TERM_TYPES) else terms)
              for name, terms in bindings.items()]
    return query[:at] + "".join(f"\n  {b}" for b in blocks) + "\n" + query[at:]
