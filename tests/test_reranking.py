"""qa.reranking: the best sentences read again word by word against the question.

The first tests use the fake encoder (tests/fakes.py) and check the logic in milliseconds;
the last ones use the bundled model, whose word pieces in context are what is relied on.
"""

import numpy as np
import pytest

from index.store import Store
from qa.reranking import RERANK_DEPTH, RERANK_MARGIN, alignment, distinctive, rerank
from qa.retrieval import Retriever
from tests.fakes import FakeEmbedder, ranked, stored_chunk
from tests.helpers import assert_quotes_exact, write

PLAN = ("A plan for the towns\n\nThe plan took effect in 2009. The plan did last three "
        "years. Officials met.")
QUESTION = "How long did the plan last?"


class CountingEmbedder(FakeEmbedder):
    """The fake encoder, remembering which texts it was asked to read word by word."""

    def __init__(self) -> None:
        super().__init__()
        self.read: list[str] = []

    def encode_tokens(self, texts):
        self.read.extend(texts)
        return super().encode_tokens(texts)


@pytest.mark.fast
def test_the_sentence_that_lines_up_with_the_question_goes_first():
    chunk = stored_chunk(PLAN, title="A plan for the towns")
    before = ranked(chunk, [0.9, 0.60, 0.58, 0.10])
    after = rerank(QUESTION, before, FakeEmbedder())
    assert [s.text for s in after] == ["The plan did last three years.",
                                       "The plan took effect in 2009.", "Officials met."]
    # The retrieval score is kept: abstaining and the citation floor are calibrated on it.
    assert {s.text: s.score for s in after} == {s.text: s.score for s in before[1:]}


@pytest.mark.fast
def test_only_sentences_close_to_the_best_are_read_again():
    chunk = stored_chunk(PLAN, title="A plan for the towns")
    embedder = CountingEmbedder()
    far = 0.60 - RERANK_MARGIN - 0.01
    after = rerank(QUESTION, ranked(chunk, [0.0, 0.60, far, 0.0]), embedder)
    assert embedder.read == []  # one sentence within the margin: nothing to reorder
    assert [s.text for s in after][:2] == ["The plan took effect in 2009.",
                                           "The plan did last three years."]


@pytest.mark.fast
def test_at_most_the_depth_of_different_texts_is_read():
    text = " ".join(f"The plan number {i} did last {i} years." for i in range(8))
    chunk = stored_chunk(text, title="Plans")
    embedder = CountingEmbedder()
    rerank(QUESTION, ranked(chunk, [0.6] * 8), embedder)
    assert embedder.read[0] == QUESTION and len(embedder.read) == 1 + RERANK_DEPTH


@pytest.mark.fast
@pytest.mark.parametrize(("line", "left_out"), [
    ("*Saturday 4 April 2026*", True),  # a dateline, its Markdown marks and all
    ("By Helen Rusk · 14 March 2026", True),
    ("He was born on 3 March 1990 in Leeds", False),  # a sentence naming a date
])
def test_a_dateline_is_left_out_as_a_headline_is(line, left_out):
    # A trial of stop 41 saw "*Saturday 4 April 2026*" cited for the date of a cup final
    chunk = stored_chunk(f"Lions reach the final\n\n{line}\n\nThe final is on 9 May.",
                         title="Lions reach the final")
    sentences = ranked(chunk, [0.5, 0.4, 0.3])
    assert [s.is_headline for s in sentences] == [True, left_out, False]


@pytest.mark.fast
def test_headlines_are_left_out():
    chunk = stored_chunk(PLAN, title="A plan for the towns")
    after = rerank(QUESTION, ranked(chunk, [0.9, 0.2, 0.1, 0.0]), FakeEmbedder())
    assert all(not s.is_headline for s in after) and len(after) == 3


@pytest.mark.fast
def test_rare_question_words_weigh_more_and_verbatim_words_count_in_full():
    embedder = FakeEmbedder()
    question, = embedder.encode_tokens(["When did the plan start?"])
    candidates = ["The plan was agreed.", "The plan cost a lot.", "The plan started in May."]
    weights = dict(zip(question.pieces, distinctive(question, candidates), strict=True))
    assert weights["?"] == 0.0
    assert weights["the"] == weights["plan"] < weights["when"] == weights["start"]
    same, other = embedder.encode_tokens(["the plan did start", "rain fell"])
    assert alignment(question, same) > alignment(question, other)
    only_plan = np.array([float(p == "plan") for p in question.pieces])
    assert alignment(question, same, only_plan) == 1.0


# -- with the bundled model ------------------------------------------------------------------


def test_token_vectors_are_the_word_pieces_in_context(embedder):
    question, same, other = embedder.encode_tokens(
        ["Who owns the centre?", "The owner of the centre", "Rain fell all day"])
    assert question.pieces == ("who", "owns", "the", "centre", "?")
    assert question.vectors.shape == (5, 384)
    assert np.allclose(np.linalg.norm(question.vectors, axis=1), 1.0, atol=1e-5)
    # Each question word finds a closer match among the pieces of a sentence on its topic.
    assert alignment(question, same) > alignment(question, other) + 0.1


def test_question_words_weigh_by_how_few_candidates_have_them(embedder):
    question, = embedder.encode_tokens(["When did the plan start?"])
    candidates = ["The plan was agreed by the council.", "The plan cost a lot.",
                  "The plan started in May.", "Nobody liked the plan."]
    weights = dict(zip(question.pieces, distinctive(question, candidates), strict=True))
    assert weights["?"] == 0.0
    assert weights["the"] == weights["plan"] < 0.2  # in every candidate
    assert weights["when"] == weights["start"] > 2.0  # in none ("started" is another word)


def test_a_word_present_verbatim_is_a_full_match(embedder):
    question, sentence = embedder.encode_tokens(["Who charged him?", "The court charged him."])
    best = (question.vectors @ sentence.vectors.T).max(axis=1)
    assert best[question.pieces.index("charged")] < 0.999  # context changes the vector...
    only_charged = np.array([float(p == "charged") for p in question.pieces])
    assert alignment(question, sentence, only_charged) == 1.0  # ...but the word is there


def test_the_sentence_that_lines_up_with_the_question_is_cited_first(tmp_path, embedder):
    # Retrieval alone puts "The plan took effect in 2009." first (it shares "the plan" and
    # little else to tell them apart); reading the two again word by word puts the
    # sentence that says how long the plan lasted first.
    from qa import Library

    write(tmp_path / "news" / "plan.txt", "A plan for the towns\n\nThe plan took effect in "
          "2009.\n\nThe plan spanned three years, and cost no less than one percent of each "
          "town's budget. Officials said it had met most of its aims.")
    library = Library(tmp_path / "store", embedder=embedder)
    library.ingest([tmp_path / "news"])
    retriever = Retriever(Store.open_directory(tmp_path / "store", create=False), embedder)
    retrieved = [s for s in retriever.sentences(QUESTION) if not s.is_headline]
    assert retrieved[0].text == "The plan took effect in 2009."
    answer = library.ask(QUESTION)
    assert "spanned three years" in answer.citations[0].quote
    assert_quotes_exact(library, answer)
