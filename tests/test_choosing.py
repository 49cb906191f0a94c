"""The first citation's choice among the best article's sentences (qa.choosing), with a
fake reader: the lead that shares the question's words against the later sentence that
gives what is asked."""

import pytest

from qa.answering import Cutoffs, compose_read
from qa.choosing import choose_first, is_lead
from qa.fitting import typed_fit
from qa.reading import judge_sentences
from tests.fakes import FakeReader, ranked, stored_chunk

pytestmark = pytest.mark.fast

TEXT = ("The council met on Monday. Its leader, Ann Lee, spoke first. She said the bridge "
        "would reopen in May. Repairs cost 2 million pounds. Traffic will return slowly.")
QUESTION = "Who spoke at the council?"  # (no role: qa.roles stays out)
LEAD = "The council met on Monday."
NAMED = "Its leader, Ann Lee, spoke first."


def answer(name_score: float, choose: bool, chunks=None):
    chunk = stored_chunk(TEXT)
    candidates = ranked(chunk, [0.9, 0.8, 0.5, 0.4, 0.3])
    for other in chunks or []:
        candidates = sorted([*candidates, *ranked(other, [0.85, 0.1])], key=lambda s: -s.score)
    # The reader's answer in the lead is the question's own words, not a name: p 0.88.
    reader = FakeReader({LEAD: (2.0, "The council"), NAMED: (name_score, "Ann Lee"),
                         "Bob Roe": (1.9, "Bob Roe")})
    judged = judge_sentences(QUESTION, candidates, reader)
    assert judged[0].sentence.text == LEAD
    return compose_read(QUESTION, judged, 100, Cutoffs(0.1, 0.9, 0.3, lead=0.95),
                        order=candidates, choose=choose)


@pytest.mark.parametrize(("choose", "first"), [
    (True, NAMED),  # p 0.31, under 0.4 of the lead's: only the choice puts it first
    (False, LEAD),  # a follow-up: the reader's order and the form check, as before
])
def test_the_sentence_giving_the_name_is_cited_before_a_more_probable_lead(choose, first):
    got = answer(-0.8, choose)
    # (the two sentences touch: one passage quotes both; the sentence cited first gives the
    # short answer)
    assert LEAD in got.citations[0].quote and NAMED in got.citations[0].quote
    assert (got.short is not None and got.short.text == "Ann Lee") is (first == NAMED)


@pytest.mark.parametrize(("name_score", "chosen"), [
    (-3.0, LEAD),  # p 0.05: under a tenth of the lead's, though it would score higher
    (-2.0, NAMED),  # p 0.12: among the candidates
])
def test_a_sentence_far_less_probable_than_the_best_is_not_chosen(name_score, chosen):
    chunk = stored_chunk(TEXT)
    reader = FakeReader({LEAD: (2.0, "The council"), NAMED: (name_score, "Ann Lee")})
    judged = judge_sentences(QUESTION, ranked(chunk, [0.9, 0.8, 0.5, 0.4, 0.3]), reader)
    got = choose_first(judged, lambda j: typed_fit(QUESTION, j))
    assert got is not None and got.sentence.text == chosen


def test_a_sentence_of_another_article_is_not_chosen():
    other = stored_chunk("The mayor, Bob Roe, spoke for the council. Nothing changed.",
                         article_id="other")
    got = answer(-3.0, True, [other])
    assert got.citations[0].article_id != "other"


def test_the_lead_is_the_first_sentence_after_a_headline():
    chunk = stored_chunk("Council meets\n\nThe council met on Monday. Ann Lee spoke.",
                         title="Council meets")
    judged = judge_sentences(QUESTION, ranked(chunk, [0.9, 0.8, 0.7]),
                             FakeReader({"met": (1.0, "Monday"), "spoke": (1.0, "Ann Lee")}))
    leads = {j.sentence.text: is_lead(j) for j in judged if j.reading is not None}
    assert leads == {"The council met on Monday.": True, "Ann Lee spoke.": False}
    assert choose_first([], lambda j: None) is None
