"""Web pages (``.html``, ``.htm``): main text and metadata by trafilatura.

trafilatura finds the article's main content and drops navigation, comments
and boilerplate, and reads title, date, canonical URL (``<link
rel=canonical>`` or ``og:url``) and site name from the page and its meta
tags. Its text then goes through the same furniture cutter and header reader
as plain text (a 来源: line in the body names the original source, which wins
over the site name). The headline is put before the text when the text does
not open with it, so that extraction sees it, as it does for ``.txt`` files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import trafilatura

from kg.load.assemble import build_article
from kg.load.dates import parse_date
from kg.load.decode import decode
from kg.load.errors import LoadFailure
from kg.load.inputs import read_bytes
from kg.model.article import Article

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_PRESCAN_BYTES = 4096
#: labels pages declare, read the way browsers read them (WHATWG Encoding Standard)
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs",
                    "iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}


def read_html(path: Path, *, max_bytes: int, lang: str | None) -> Iterator[Article]:
    """The article of a web page, its id the file's stem."""
    data = read_bytes(path, max_bytes)
    page = decode(data, declared=declared_charset(data))
    try:
        doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True)
    except Exception as error:  # a third-party parser on untrusted input: report, never stop the batch
        raise LoadFailure(f"cannot parse the page: {error}") from error
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise LoadFailure("no article text found in the page")
    title = (doc.title or "").strip() or None
    if title and text.split("\n", 1)[0].strip() != title:
        text = f"{title}\n\n{text}"
    yield build_article(
        path.stem, text, path=str(path), lang=lang, title=title,
        published=parse_date(doc.date) if doc.date else None,
        url=doc.url or None, site=doc.sitename or None,
    )


def declared_charset(data: bytes) -> str | None:
    """The encoding a ``<meta charset>`` or ``http-equiv`` tag near the top of the page declares."""
    m = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    if not m:
        return None
    label = m.group(1).decode("ascii").lower()
    return _CHARSET_ALIASES.get(label, label)
