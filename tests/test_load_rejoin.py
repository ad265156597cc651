"""Sentences a page broke apart (kg.load.rejoin), on texts written for these tests."""

from __future__ import annotations

from kg.load.rejoin import rejoin

ZH_BROKEN = ("1月9日,2024年湖光春节联谊会在南宁举行。来自越南、老挝、柬\n\n"
             "湖光联谊会现场 李明 摄\n\n"
             "埔寨、泰国和缅甸等5个国家的领事出席了联谊会。")


def test_a_chinese_sentence_cut_by_a_caption_is_joined_and_the_caption_dropped():
    joined = rejoin(ZH_BROKEN)
    assert "来自越南、老挝、柬埔寨、泰国和缅甸等5个国家的领事出席了联谊会。" in joined
    assert "李明 摄" not in joined


def test_an_english_sentence_cut_by_a_caption_is_joined_with_a_space():
    text = ("The Harbour Trade Week opened in Mombasa on Monday. Delegations from Kenya, Uganda and\n\n"
            "Photo: the opening hall\n\n"
            "the Democratic Republic of Congo attended the opening session.")
    assert "Uganda and the Democratic Republic of Congo attended" in rejoin(text)


def test_headlines_photo_credits_and_finished_sentences_stay_apart():
    kept = ["湖光公司拟以三亿元收购南宁机械厂百分之五十五股权并计划在两年内完成重组\n\n2024-08-09 19:49 来源:湖光日报",
            "1月9日,湖光联谊会在南宁举行。主办方供图\n\n在9日上午举行的开幕式上,湖光协会会长致辞。",
            "1月9日,湖光联谊会在南宁举行。图为开幕式现场。 本报记者 李明 摄\n\n开幕式上还举行了签约仪式。",
            "The Harbour Trade Week opened in Mombasa on Monday.\n\nthe organisers said more than 300 firms took part."]
    for text in kept:
        assert rejoin(text) == text


def test_an_english_paragraph_after_an_open_one_that_starts_a_sentence_is_not_joined():
    text = ("The Harbour Trade Week opened in Mombasa on Monday. Delegations came from Kenya and\n\n"
            "Organisers said more than 300 firms took part in the week.")
    assert rejoin(text) == text
