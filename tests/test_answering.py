"""qa.answering: composing an answer from scored sentences, or abstaining (no model)."""

import pytest

from qa.answering import (
    CONVERSATION_BONUS,
    EMPTY_LIBRARY,
    MAX_CITATIONS,
    NO_ANSWER,
    abstain_below,
    answerable,
    compose,
    favour,
)
from qa.forms import asks_yes_or_no
from tests.fakes import ranked, stored_chunk

pytestmark = pytest.mark.fast

HEADLINE = "Harbor Town Restores Its Old Lighthouse"
TEXT = (f"{HEADLINE}\n\nThe old lighthouse was restored by volunteers over two summers. "
        "The work cost 40,000 dollars. The lighthouse will reopen to visitors in May.")
QUESTION = "Who restored the lighthouse?"
SENTENCES = 1_000


def _quotes_are_exact(answer, *chunks):
    texts = {c.article_id: (c.start, c.text) for c in chunks}
    for c in answer.citations:
        start, text = texts[c.article_id]
        assert text[c.start - start : c.end - start] == c.quote


def test_an_empty_library_says_so():
    answer = compose(QUESTION, [], 0)
    assert answer.abstained and answer.citations == () and answer.text == EMPTY_LIBRARY


def test_weak_evidence_is_a_refusal_without_citations():
    chunk = stored_chunk(TEXT, title=HEADLINE)
    weak = abstain_below(SENTENCES) - 0.01
    answer = compose(QUESTION, ranked(chunk, [0.0, weak, 0.1, 0.1]), SENTENCES)
    assert answer.abstained and answer.citations == () and answer.text == NO_ANSWER


def test_the_answer_is_the_best_sentences_each_with_its_marker():
    chunk = stored_chunk(TEXT, title=HEADLINE)
    answer = compose(QUESTION, ranked(chunk, [0.9, 0.6, 0.2, 0.55]), SENTENCES)
    assert not answer.abstained
    quotes = [c.quote for c in answer.citations]
    assert quotes == ["The old lighthouse was restored by volunteers over two summers.",
                      "The lighthouse will reopen to visitors in May."]  # no headline
    assert answer.text == " ".join(f"{c.quote} [{c.n}]" for c in answer.citations)
    assert [c.n for c in answer.citations] == [1, 2]
    assert answer.citations[0].score == 0.6
    _quotes_are_exact(answer, chunk)


def test_a_close_neighbour_is_quoted_with_the_sentence():
    chunk = stored_chunk(TEXT, title=HEADLINE)
    answer = compose(QUESTION, ranked(chunk, [0.0, 0.6, 0.5, 0.1]), SENTENCES)
    assert [c.quote for c in answer.citations] == [
        "The old lighthouse was restored by volunteers over two summers. "
        "The work cost 40,000 dollars."]
    _quotes_are_exact(answer, chunk)


def test_no_more_than_the_citation_limit_and_none_far_below_the_best():
    text = "\n".join(f"Paragraph {i} says the lighthouse opened in May." for i in range(6))
    chunk = stored_chunk(text, title="Lighthouse")
    answer = compose(QUESTION, ranked(chunk, [0.6] * 6), SENTENCES)
    assert len(answer.citations) == MAX_CITATIONS
    answer = compose(QUESTION, ranked(chunk, [0.6, 0.3, 0.3, 0.3, 0.3, 0.3]), SENTENCES)
    assert len(answer.citations) == 1


def test_the_same_passage_in_two_articles_is_cited_once():
    first, second = (stored_chunk(TEXT, article_id=a, title=HEADLINE) for a in ("a", "b"))
    both = sorted(ranked(first, [0.0, 0.6, 0.1, 0.1]) + ranked(second, [0.0, 0.6, 0.1, 0.1]),
                  key=lambda s: -s.score)
    answer = compose(QUESTION, both, SENTENCES)
    assert len(answer.citations) == 1
    _quotes_are_exact(answer, first)


def test_the_threshold_rises_with_the_library_and_ignores_the_order():
    assert abstain_below(10) < abstain_below(10_000) < abstain_below(10_000_000)
    chunk = stored_chunk(TEXT, title=HEADLINE)
    sentences = ranked(chunk, [0.0, 0.9, 0.1, 0.1])
    assert answerable(list(reversed(sentences)), SENTENCES)
    assert not answerable([], SENTENCES)


def test_a_conversation_favours_the_article_it_is_about():
    first, second = stored_chunk(TEXT, article_id="a"), stored_chunk(TEXT, article_id="b")
    both = ranked(first, [0.0, 0.60, 0.1, 0.1]) + ranked(second, [0.0, 0.58, 0.1, 0.1])
    both.sort(key=lambda s: -s.score)
    favoured = favour(both, frozenset({"b"}))
    assert favoured[0].chunk.article_id == "b"
    assert favoured[0].score == pytest.approx(0.58 + CONVERSATION_BONUS)


@pytest.mark.parametrize(("question", "yes_or_no"), [
    ("Was the owner arrested?", True),
    ("Didn't the police find drugs at the Rock?", True),
    ("Does Montana have a sales tax?", True),
    ("Was the boarding house for male or female students?", False),
    ("Had Milosevic not died, what charges might he have been convicted of?", False),
    ("Who was arrested?", False),
    ("Is is said that some early schools had how many pitakas?", False),
])
def test_a_yes_or_no_question_is_told_from_one_a_span_answers(question, yes_or_no):
    assert asks_yes_or_no(question) is yes_or_no
