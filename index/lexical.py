"""The BM25 side of retrieval, over single sentences, built from the chunks in the store.

Chroma is the source of truth: the index is rebuilt from the store's chunks whenever the
store's generation stamp differs from the one it was built at, so it follows every ingest,
update and removal, whether the store is embedded or on a server. It is saved beside the
store (or in the user cache for a server) so that a new process loads it instead of
rebuilding it.

Besides BM25 it keeps, for every sentence, the set of its term ids (as flat arrays), which
retrieval uses to measure how much of a question a sentence or a chunk covers.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = ["LexicalIndex", "QueryTerms"]

# Question words carry no topic; bm25s's English list lacks some, and in a small library
# their inverse frequency would be high enough to drown the words that matter.
_QUESTION_WORDS = ("who", "whom", "whose", "what", "which", "when", "where", "why", "how",
                   "did", "does", "do", "done", "has", "have", "had", "many", "much", "name",
                   "can", "could", "would", "should", "whats")
_FORMAT = 1


def _tokenizer():
    import Stemmer
    from bm25s.stopwords import STOPWORDS_EN_PLUS
    from bm25s.tokenization import Tokenizer

    return Tokenizer(stemmer=Stemmer.Stemmer("english").stemWord,
                     stopwords=list(STOPWORDS_EN_PLUS) + list(_QUESTION_WORDS))


@dataclass(frozen=True)
class QueryTerms:
    """A query as the index sees it: IDF weights per term id, and its BM25 scores."""

    weights: np.ndarray  # per vocabulary id; zero for terms not in the query
    total_idf: float  # includes terms unknown to the index, at the highest IDF
    scores: np.ndarray  # BM25 score of every sentence row


class LexicalIndex:
    """BM25 over every sentence of every chunk, plus each sentence's term ids."""

    def __init__(self, generation: str, chunk_ids: list[str], chunk_rows: np.ndarray,
                 row_starts: np.ndarray, term_ptr: np.ndarray, term_ids: np.ndarray,
                 doc_freq: np.ndarray, retriever) -> None:
        self.generation = generation
        self.chunk_ids = chunk_ids
        self._chunk_index = {c: i for i, c in enumerate(chunk_ids)}
        self.chunk_rows = chunk_rows  # chunk i owns sentence rows chunk_rows[i]:chunk_rows[i+1]
        self.row_starts = row_starts  # sentence start, relative to its chunk
        self.term_ptr = term_ptr  # row r's unique term ids: term_ids[term_ptr[r]:term_ptr[r+1]]
        self.term_ids = term_ids
        self.doc_freq = doc_freq
        self._retriever = retriever
        self._tokenizer = _tokenizer()
        self._vocab: dict[str, int] = retriever.vocab_dict if retriever is not None else {}
        self._stop = frozenset(self._tokenizer.stopwords)
        self._row_chunk = np.repeat(np.arange(len(chunk_ids)), np.diff(chunk_rows))

    def __len__(self) -> int:
        return len(self.row_starts)

    # -- building, saving, loading -----------------------------------------------------------

    @classmethod
    def build(cls, generation: str,
              chunks: Iterable[tuple[str, str, list[list[int]]]]) -> LexicalIndex:
        """Index the sentences of ``(chunk_id, chunk_text, sentence_spans)`` triples."""
        import bm25s

        chunk_ids: list[str] = []
        rows = [0]
        starts: list[int] = []
        texts: list[str] = []
        for chunk_id, text, spans in chunks:
            chunk_ids.append(chunk_id)
            for s, e in spans:
                starts.append(s)
                texts.append(text[s:e])
            rows.append(len(texts))
        tokenizer = _tokenizer()
        ids = tokenizer.tokenize(texts, update_vocab=True, return_as="ids",
                                 show_progress=False) if texts else []
        vocab = tokenizer.get_vocab_dict()
        retriever = None
        if texts:
            retriever = bm25s.BM25()
            retriever.index((ids, vocab), show_progress=False)
        unique = [np.unique(np.asarray(doc, dtype=np.int32)) for doc in ids]
        term_ptr = np.zeros(len(unique) + 1, dtype=np.int64)
        term_ptr[1:] = np.cumsum([len(u) for u in unique])
        term_ids = np.concatenate(unique) if unique else np.zeros(0, dtype=np.int32)
        doc_freq = np.bincount(term_ids, minlength=max(len(vocab), 1)).astype(np.int64)
        return cls(generation, chunk_ids, np.asarray(rows, dtype=np.int64),
                   np.asarray(starts, dtype=np.int64), term_ptr, term_ids, doc_freq, retriever)

    def save(self, directory: Path) -> None:
        """Write the index to ``directory`` (replaced atomically)."""
        partial = directory.with_name(f"{directory.name}.{os.getpid()}.tmp")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        np.savez(partial / "arrays.npz", chunk_rows=self.chunk_rows, row_starts=self.row_starts,
                 term_ptr=self.term_ptr, term_ids=self.term_ids, doc_freq=self.doc_freq)
        (partial / "chunks.json").write_text(json.dumps(self.chunk_ids))
        if self._retriever is not None:
            self._retriever.save(str(partial / "bm25"), show_progress=False)
        (partial / "meta.json").write_text(json.dumps({"format": _FORMAT,
                                                       "generation": self.generation}))
        old = directory.with_name(f"{directory.name}.{os.getpid()}.old")
        if directory.exists():
            directory.rename(old)
        partial.rename(directory)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path, generation: str) -> LexicalIndex | None:
        """The index saved in ``directory`` if it was built at ``generation``, else None."""
        try:
            meta = json.loads((directory / "meta.json").read_text())
            if meta != {"format": _FORMAT, "generation": generation}:
                return None
            import bm25s

            arrays = np.load(directory / "arrays.npz")
            chunk_ids = json.loads((directory / "chunks.json").read_text())
            retriever = None
            if (directory / "bm25").exists():
                retriever = bm25s.BM25.load(str(directory / "bm25"), mmap=True,
                                            show_progress=False)
            return cls(generation, chunk_ids, arrays["chunk_rows"], arrays["row_starts"],
                       arrays["term_ptr"], arrays["term_ids"], arrays["doc_freq"], retriever)
        except (OSError, ValueError, KeyError):
            return None  # missing or damaged: the caller rebuilds it

    # -- querying ------------------------------------------------------------------------

    def terms(self, text: str) -> list[str]:
        """Stemmed content terms of ``text`` (stop words removed), known to the index or not."""
        tok = self._tokenizer
        return [tok.stemmer(w) for w in tok.splitter(text.lower()) if w not in self._stop]

    def query(self, text: str) -> QueryTerms:
        """Weights of the query's terms and the BM25 score of every sentence."""
        n = len(self)
        weights = np.zeros(len(self.doc_freq), dtype=np.float32)
        total = 0.0
        known: list[str] = []
        for term in dict.fromkeys(self.terms(text)):
            idx = self._vocab.get(term)
            df = int(self.doc_freq[idx]) if idx is not None and idx < len(self.doc_freq) else 0
            idf = float(np.log(1 + (n - df + 0.5) / (df + 0.5)))
            total += idf
            if idx is not None and df:
                weights[idx] = idf
                known.append(term)
        scores = (self._retriever.get_scores(known) if known and self._retriever is not None
                  else np.zeros(n, dtype=np.float32))
        return QueryTerms(weights=weights, total_idf=total or 1.0, scores=scores)

    def top_chunks(self, q: QueryTerms, k: int) -> list[str]:
        """Ids of the chunks holding the ``k`` best BM25 sentences, best first."""
        hits = np.flatnonzero(q.scores > 0)
        if not len(hits):
            return []
        k = min(k, len(hits))
        best = hits[np.argpartition(-q.scores[hits], k - 1)[:k]]
        best = best[np.argsort(-q.scores[best])]
        return list(dict.fromkeys(self.chunk_ids[self._row_chunk[r]] for r in best))

    def rows(self, chunk_id: str) -> np.ndarray | None:
        """The sentence rows of a chunk, or None if the chunk is newer than the index."""
        i = self._chunk_index.get(chunk_id)
        return None if i is None else np.arange(self.chunk_rows[i], self.chunk_rows[i + 1])

    def _terms_of(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The term ids of ``rows`` end to end, and how many belong to each row."""
        starts, ends = self.term_ptr[rows], self.term_ptr[rows + 1]
        lengths = ends - starts
        if not lengths.sum():
            return np.zeros(0, dtype=np.int32), lengths
        flat = np.concatenate([self.term_ids[s:e] for s, e in zip(starts, ends, strict=True)])
        return flat, lengths

    def cover(self, rows: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """For each row, the summed weight of the query terms it contains."""
        flat, lengths = self._terms_of(rows)
        owner = np.repeat(np.arange(len(rows)), lengths)
        return np.bincount(owner, weights=weights[flat], minlength=len(rows)).astype(np.float32)

    def cover_by_group(self, rows: np.ndarray, groups: np.ndarray, weights: np.ndarray,
                       n_groups: int) -> np.ndarray:
        """For each group of rows (a chunk), the summed weight of the query terms found
        anywhere in it, each term counted once."""
        flat, lengths = self._terms_of(rows)
        hit = weights[flat] > 0
        present, owner = flat[hit], np.repeat(groups, lengths)[hit]
        out = np.zeros(n_groups, dtype=np.float32)
        pairs = np.unique(owner.astype(np.int64) * len(weights) + present)
        np.add.at(out, pairs // len(weights), weights[pairs % len(weights)])
        return out
