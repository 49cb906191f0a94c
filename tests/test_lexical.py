"""The BM25 side: scores as bm25s computes them, and rebuilds that start from the last index."""

import numpy as np
import pytest

from index.chunks import chunk_text
from index.lexical import LexicalIndex
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


def _fetcher(chunks, asked):
    def fetch(ids):
        asked.extend(ids)
        return [chunks[i] for i in ids]
    return fetch


def test_scores_are_those_of_bm25s():
    import bm25s

    chunks = _chunks(TEXT, "seed#")
    index = LexicalIndex.build("g1", list(chunks), _fetcher(chunks, []))
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


def test_a_rebuild_reads_only_new_chunks_and_matches_a_fresh_build():
    first = _chunks(TEXT, "seed#")
    extra = _chunks("Harbour News\n\nThe harbour bridge reopened on Monday. Mara Lind, the "
                    "city engineer, said the cables were replaced.", "bridge#")
    old = LexicalIndex.build("g1", list(first), _fetcher(first, []))
    dropped = next(iter(first))
    now = {k: v for k, v in {**first, **extra}.items() if k != dropped}
    asked = []
    rebuilt = LexicalIndex.build("g2", list(now), _fetcher(now, asked), previous=old)
    assert sorted(asked) == sorted(extra)
    fresh = LexicalIndex.build("g2", list(now), _fetcher(now, []))
    assert rebuilt.rows(dropped) is None and rebuilt.rows("bridge#0") is not None
    for question in ("Who is the city engineer?", "Who owns the Rock Entertainment Centre?"):
        a, b = rebuilt.query(question), fresh.query(question)
        assert a.total_idf == b.total_idf
        assert rebuilt.top_chunks(a, 5) == fresh.top_chunks(b, 5)
        for chunk_id in now:
            assert np.allclose(a.scores[rebuilt.rows(chunk_id)], b.scores[fresh.rows(chunk_id)])


def test_saved_index_loads_only_at_its_generation(tmp_path):
    chunks = _chunks(TEXT, "seed#")
    index = LexicalIndex.build("g1", list(chunks), _fetcher(chunks, []))
    index.save(tmp_path / "lexical")
    assert LexicalIndex.load(tmp_path / "lexical", "g2") is None
    loaded = LexicalIndex.load(tmp_path / "lexical", "g1")
    q = "Who owns the Rock Entertainment Centre?"
    assert np.array_equal(loaded.query(q).scores, index.query(q).scores)
    assert LexicalIndex.load(tmp_path / "lexical").generation == "g1"
