"""JSON Lines (``.jsonl``): one article per line.

Each line is an object with ``text`` (required, non-empty) and optionally
``id``, ``title``, ``published``, ``source``, ``url`` and ``lang``. An article
without ``id`` is ``<file stem>-<line number>``. Blank lines are skipped. A
malformed line (not JSON, not an object, no text, a field of the wrong type,
larger than the size limit) is reported with its line number and the other
lines still load. JSON Lines is UTF-8 by definition (a leading byte-order
mark is tolerated); the size limit applies to each line, so a large batch
file loads as long as each article is within it. ``span`` reads one byte range of
a file (a shard, :mod:`kg.cluster`), its lines numbered as in the whole file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from kg.load.assemble import build_article
from kg.load.dates import parse_date
from kg.load.errors import LoadFailure
from kg.load.inputs import too_large
from kg.load.lang import normalise_lang
from kg.model.article import Article, LoadError

_OPTIONAL = ("id", "title", "published", "source", "url", "lang")
_CHUNK = 1 << 16
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


#: a byte range of a JSON Lines file: (first byte, end byte, number of its first line)
Span = tuple[int, int, int]


def read_jsonl(path: Path, *, max_bytes: int, lang: str | None,
               span: Span | None = None) -> Iterator[Article | LoadError]:
    """The articles of a JSON Lines file (of its ``span``, a range of whole lines), with a
    LoadError for each line that is not one."""
    try:
        f = path.open("rb")
    except OSError as error:
        raise LoadFailure(f"cannot read: {error.strerror or error}") from error
    anything = span is not None  # a range may hold only blank lines; the whole file may not
    with f:
        start, end, first = span or (0, -1, 1)
        f.seek(start)
        for number, raw in _lines(f, max_bytes, first, end):
            try:
                article = _article(path, number, raw, lang)
            except LoadFailure as failure:
                anything = True
                yield LoadError(str(path), failure.reason, number)
                continue
            if article is not None:
                anything = True
                yield article
    if not anything:
        raise LoadFailure("empty file (no JSON lines)")


def _lines(f: IO[bytes], max_bytes: int, first: int = 1,
           end: int = -1) -> Iterator[tuple[int, bytes | LoadFailure]]:
    """(line number, bytes) per line from the file's position up to byte ``end`` (-1: to its end),
    numbered from ``first``; a LoadFailure in place of a line over ``max_bytes``."""
    number = first - 1
    while end < 0 or f.tell() < end:
        number += 1
        try:
            raw = f.readline(max_bytes + 1)
        except OSError as error:
            raise LoadFailure(f"cannot read: {error.strerror or error}", number) from error
        if not raw:
            return
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            size = len(raw) + _skip_rest_of_line(f)
            yield number, LoadFailure(too_large(size, max_bytes))
            continue
        yield number, raw


def _skip_rest_of_line(f: IO[bytes]) -> int:
    skipped = 0
    while chunk := f.readline(_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _article(path: Path, number: int, raw: bytes | LoadFailure, lang: str | None) -> Article | None:
    if isinstance(raw, LoadFailure):
        raise raw
    if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LoadFailure(f"not UTF-8 (JSON Lines must be UTF-8): byte {error.start}") from error
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        raise LoadFailure(f"not valid JSON: {error.msg} at column {error.colno}") from error
    except RecursionError as error:
        raise LoadFailure("not usable JSON: nested too deeply") from error
    if not isinstance(obj, dict):
        raise LoadFailure(f"not a JSON object but {_json_type(obj)}")
    text = obj.get("text")
    if text is not None and not isinstance(text, str):
        raise LoadFailure(f"'text' must be a string, not {_json_type(text)}")
    if not text or not text.strip():
        raise LoadFailure("missing or empty 'text'")
    _check_unicode("text", text)
    fields = {key: _string_field(obj, key) for key in _OPTIONAL}
    if fields["id"] is not None and (bad := _CONTROL.search(fields["id"])):
        raise LoadFailure(f"'id' holds a control character ({bad.group()!r})")
    published = fields["published"]
    if published is not None and (published := parse_date(published)) is None:
        raise LoadFailure(f"'published' is not a date: {fields['published']!r}")
    try:
        line_lang = normalise_lang(fields["lang"]) if fields["lang"] else None
    except ValueError as error:
        raise LoadFailure(str(error)) from error
    return build_article(
        fields["id"] or f"{path.stem}-{number}", text, path=str(path), line=number,
        lang=lang or line_lang, title=fields["title"], published=published,
        source=fields["source"], url=fields["url"],
    )


def _string_field(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise LoadFailure(f"'{key}' must be a string, not {_json_type(value)}")
    _check_unicode(key, value)
    return value.strip() or None


def _check_unicode(key: str, value: str) -> None:
    """A JSON string may escape a lone surrogate (``"\\ud800"``), which is not text: refuse it."""
    if bad := _SURROGATE.search(value):
        raise LoadFailure(f"'{key}' holds a lone surrogate ({bad.group()!r}), not valid Unicode")


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "a number",
             float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
