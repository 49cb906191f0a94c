"""The BM25 side: scores as bm25s computes them, and appended segments with deletions (and
their merges) that score as an index built afresh."""

import numpy as np
import pytest

from index.chunks import chunk_text
from index.lexical import LexicalIndex, Segment
from tests.helpers import SEED_FILE

pytestmark = pytest.mark.fast

TEXT = SEED_FILE.read_text(encoding="utf-8")


def _chunks(text: str, prefix: str) -> dict[str, tuple[str, str, list[list[int]]]]:
    out = {}
    for c in chunk_text(text):
        chunk = text[c.start : c.end]
        out[f"{prefix}{c.index}"] = (f"{prefix}{c.index}", chunk,
                                     [[s - c.start, e - c.start] for s, e in c.sentences])
    return out


def _index(*parts) -> LexicalIndex:
    """An index over segments, each given as (chunks, dead chunk ids)."""
    return LexicalIndex("k", [(Segment.build(f"s{i}", chunks.values()), frozenset(dead))
                              for i, (chunks, dead) in enumerate(parts)])


def test_scores_are_those_of_bm25s():
    import bm25s

    chunks = _chunks(TEXT, "seed#")
    index = _index((chunks, ()))
    sentences = [t[s:e] for _, t, spans in chunks.values() for s, e in spans]
    assert len(index) == len(sentences)
    reference = bm25s.BM25()
    reference.index([index.terms(s) for s in sentences], show_progress=False)
    for question in ("Who owns the Rock Entertainment Centre?", "What was he charged with?",
                     "How many people died in the fire?"):
        ours = index.query(question).scores
        known = [t for t in index.terms(question) if t in reference.vocab_dict]
        theirs = reference.get_scores(known)
        assert ours.max() > 0
        assert np.allclose(ours, theirs, atol=1e-5)


def test_terms_are_those_of_bm25s_tokenizer():
    """The stop words and word pattern copied from bm25s (so that a question does not import
    it) still agree with it: an index built earlier keeps matching new questions."""
    import Stemmer
    from bm25s.stopwords import STOPWORDS_EN_PLUS
    from bm25s.tokenization import Tokenizer

    from index.lexical import QUESTION_WORDS, Terms

    ours = Terms()
    theirs = Tokenizer(stopwords=list(STOPWORDS_EN_PLUS) + list(QUESTION_WORDS))
    assert ours.stopwords == frozenset(theirs.stopwords)
    stem = Stemmer.Stemmer("english").stemWord
    text = TEXT + " Don't re-run it: naïve café-goers' 2,500 U.S. e-mails_x 3rd."
    assert ours(text) == [stem(w) for w in theirs.splitter(text.lower())
                          if w not in theirs.stopwords]


BRIDGE = ("Harbour News\n\nThe harbour bridge reopened on Monday. Mara Lind, the city "
          "engineer, said the cables were replaced. The seed owner visited the bridge.")
QUESTIONS = ("Who is the city engineer?", "Who owns the Rock Entertainment Centre?",
             "What did the police spokesman say about the owner and the bridge?")


def _same_answers(a: LexicalIndex, b: LexicalIndex, chunk_ids) -> None:
    """Scores, weights, coverage and top chunks agree, sentence by sentence."""
    assert len(a) == len(b) and sorted(a.chunk_ids) == sorted(chunk_ids)
    for question in QUESTIONS:
        qa, qb = a.query(question), b.query(question)
        assert np.isclose(qa.total_idf, qb.total_idf)
        assert a.top_chunks(qa, 6) == b.top_chunks(qb, 6)
        rows_a = np.concatenate([a.rows(c) for c in chunk_ids])
        rows_b = np.concatenate([b.rows(c) for c in chunk_ids])
        assert np.allclose(qa.scores[rows_a], qb.scores[rows_b], atol=1e-6)
        assert np.allclose(a.cover(rows_a, qa.weights), b.cover(rows_b, qb.weights), atol=1e-5)
        groups = np.repeat(np.arange(len(chunk_ids)),
                           [len(a.rows(c)) for c in chunk_ids])
        assert np.allclose(a.cover_by_group(rows_a, groups, qa.weights, len(chunk_ids)),
                           b.cover_by_group(rows_b, groups, qb.weights, len(chunk_ids)),
                           atol=1e-5)


def test_appended_segments_with_deletions_answer_as_a_full_rebuild():
    first, extra = _chunks(TEXT, "seed#"), _chunks(BRIDGE, "bridge#")
    dropped = sorted(first)[:2]
    live = {k: v for k, v in {**first, **extra}.items() if k not in dropped}
    appended = _index((first, dropped), (extra, ()))
    fresh = _index((live, ()))
    assert appended.rows(dropped[0]) is None and not appended.holds(dropped[1])
    assert fresh.rows(dropped[0]) is None
    _same_answers(appended, fresh, list(live))


def test_a_merge_keeps_the_live_chunks_and_the_answers():
    first, extra = _chunks(TEXT, "seed#"), _chunks(BRIDGE, "bridge#")
    dropped = sorted(first)[1:4] + ["bridge#0"]
    parts = [(Segment.build("a", first.values()), frozenset(dropped[:3])),
             (Segment.build("b", extra.values()), frozenset(dropped[3:]))]
    merged = Segment.merge("m", parts)
    live = {k: v for k, v in {**first, **extra}.items() if k not in dropped}
    assert merged.chunk_ids == list(live)
    _same_answers(LexicalIndex("k", [(merged, frozenset())]), _index((live, ())), list(live))
    _same_answers(LexicalIndex("k", parts), _index((live, ())), list(live))


def test_a_chunk_added_again_is_live_in_its_new_segment_only():
    first = _chunks(TEXT, "seed#")
    again = dict(list(first.items())[:1])
    index = _index((first, list(again)), (again, ()))
    _same_answers(index, _index((first, ())), list(first))


def test_saved_segments_load_memory_mapped_and_score_the_same(tmp_path):
    segment = Segment.build("seg-1", _chunks(TEXT, "seed#").values())
    segment.save(tmp_path)
    loaded = Segment.load(tmp_path, "seg-1")
    assert isinstance(loaded.post_rows, np.memmap)
    a = LexicalIndex("k", [(segment, frozenset())])
    b = LexicalIndex("k", [(loaded, frozenset())])
    _same_answers(a, b, segment.chunk_ids)


def test_a_saved_segment_tells_which_articles_it_may_hold_without_making_its_ids(tmp_path):
    odd = ['"quoted" article', "caf\u00e9/\u00e9t\u00e9", "a#b"]
    chunks = {}
    for n, article in enumerate(["seed", *odd]):
        chunks.update(_chunks(TEXT, f"{article}#{n}-"))
    Segment.build("seg-1", chunks.values()).save(tmp_path)
    loaded = Segment.load(tmp_path, "seg-1")
    for article in ["seed", *odd]:
        assert loaded.may_hold([article]) and loaded.may_hold(["other", article])
    assert not loaded.may_hold(["see", "eed", "\u00e9t\u00e9", "quoted", "other"])
    assert isinstance(loaded._chunk_ids, type(tmp_path))  # the ids are not made yet
    assert len(loaded.chunk_ids) == len(chunks)  # read when first needed
    assert loaded.may_hold(["a#b"]) and not loaded.may_hold(["a"])
