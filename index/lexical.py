"""The BM25 side of retrieval, over single sentences, built from the chunks in the store.

Chroma is the source of truth: the index is rebuilt from the store's chunks whenever the
store's generation stamp differs from the one it was built at, so it follows every ingest,
update and removal, whether the store is embedded or on a server.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

__all__ = ["LexicalIndex", "SentenceRef"]


@dataclass(frozen=True)
class SentenceRef:
    """Where an indexed sentence lives: its chunk and its span relative to that chunk."""

    chunk_id: str
    start: int
    end: int


# Question words carry no topic; bm25s's English list lacks some, and in a small library
# their inverse frequency would be high enough to drown the words that matter.
_QUESTION_WORDS = ("who", "whom", "whose", "what", "which", "when", "where", "why", "how",
                   "did", "does", "do", "done", "has", "have", "had", "many", "much", "name",
                   "can", "could", "would", "should", "whats")


def _tokenizer():
    import Stemmer
    from bm25s.stopwords import STOPWORDS_EN_PLUS
    from bm25s.tokenization import Tokenizer

    return Tokenizer(stemmer=Stemmer.Stemmer("english").stemWord,
                     stopwords=list(STOPWORDS_EN_PLUS) + list(_QUESTION_WORDS))


class LexicalIndex:
    """BM25 over every sentence of every chunk, with document frequencies for coverage."""

    def __init__(self, generation: str, refs: list[SentenceRef], retriever, tokenizer,
                 doc_freq: np.ndarray) -> None:
        self.generation = generation
        self.refs = refs
        self._retriever = retriever
        self._tokenizer = tokenizer
        self._doc_freq = doc_freq

    @classmethod
    def build(cls, generation: str,
              chunks: Iterable[tuple[str, str, list[list[int]]]]) -> LexicalIndex:
        """Index the sentences of ``(chunk_id, chunk_text, sentence_spans)`` triples."""
        import bm25s

        refs: list[SentenceRef] = []
        texts: list[str] = []
        for chunk_id, text, spans in chunks:
            for s, e in spans:
                refs.append(SentenceRef(chunk_id, s, e))
                texts.append(text[s:e])
        tokenizer = _tokenizer()
        retriever = bm25s.BM25()
        doc_freq = np.zeros(1, dtype=np.int64)
        if texts:
            ids = tokenizer.tokenize(texts, update_vocab=True, return_as="ids",
                                     show_progress=False)
            retriever.index((ids, tokenizer.get_vocab_dict()), show_progress=False)
            doc_freq = np.zeros(len(tokenizer.get_vocab_dict()), dtype=np.int64)
            for doc in ids:
                doc_freq[list(set(doc))] += 1
        return cls(generation, refs, retriever, tokenizer, doc_freq)

    def __len__(self) -> int:
        return len(self.refs)

    def terms(self, text: str) -> list[str]:
        """Stemmed content terms of ``text`` (stop words removed), known to the index or not."""
        tok = self._tokenizer
        words = tok.splitter(text.lower())
        stop = self._stopwords
        return [tok.stemmer(w) for w in words if w not in stop]

    @property
    def _stopwords(self) -> frozenset[str]:
        if not hasattr(self, "_stop"):
            self._stop = frozenset(self._tokenizer.stopwords)
        return self._stop

    def idf(self, term: str) -> float:
        """Inverse sentence frequency of a term; a term the index never saw gets the highest."""
        n = len(self.refs)
        idx = self._tokenizer.get_vocab_dict().get(term)
        df = int(self._doc_freq[idx]) if idx is not None and idx < len(self._doc_freq) else 0
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    def known(self, terms: list[str]) -> list[str]:
        """The terms that occur somewhere in the index."""
        vocab = self._tokenizer.get_vocab_dict()
        return [t for t in terms if t in vocab]

    def search(self, terms: list[str], k: int) -> tuple[list[SentenceRef], dict]:
        """The ``k`` best sentences for the query ``terms``, best first, and the BM25 score
        of every sentence sharing a term with them, keyed by ``(chunk_id, relative start)``."""
        known = self.known(terms)
        if not known or not self.refs:
            return [], {}
        scores = self._retriever.get_scores(known)
        hits = np.flatnonzero(scores > 0)
        by_sentence = {(self.refs[i].chunk_id, self.refs[i].start): float(scores[i])
                       for i in hits}
        k = min(k, len(hits))
        if k == 0:
            return [], by_sentence
        best = hits[np.argpartition(-scores[hits], k - 1)[:k]]
        best = best[np.argsort(-scores[best])]
        return [self.refs[i] for i in best], by_sentence
