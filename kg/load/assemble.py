"""Turn decoded text and what a file said about it into an :class:`Article`."""

from __future__ import annotations

from kg.load.errors import LoadFailure
from kg.load.furniture import cut_furniture, has_article_text
from kg.load.dates import url_date
from kg.load.glosses import drop_pinyin_glosses
from kg.load.header import read_header
from kg.load.lang import detect_lang
from kg.load.rejoin import rejoin
from kg.load.unwrap import unwrap
from kg.model.article import Article


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def build_article(
    article_id: str,
    text: str,
    *,
    path: str,
    line: int | None = None,
    lang: str | None = None,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    site: str | None = None,
) -> Article:
    """The article whose text is ``text`` without page furniture.

    Values given here (from a JSON line or a page's meta tags) win; the header
    lines of the text fill in what is missing, then a date in the page's address;
    ``site`` (a page's site name) is the source of last resort. The language is
    detected unless given.
    """
    text = normalise_newlines(text)
    if not text.strip():
        raise LoadFailure("no text (empty apart from whitespace)", line)
    body = drop_pinyin_glosses(rejoin(unwrap(cut_furniture(text))))
    if not has_article_text(body):
        raise LoadFailure("no article text: only navigation, headlines or short link-like lines", line)
    header = read_header(body)
    return Article(
        id=article_id,
        text=body,
        title=title or header.title,
        published=published or header.published or url_date(url),
        source=source or header.source or site,
        url=url,
        lang=lang or detect_lang(body),
        path=path,
        line=line,
    )
