"""The BM25 side of retrieval, over single sentences, built from the chunks in the store.

Chroma is the source of truth: the index is rebuilt from the store's chunks whenever the
store's generation stamp differs from the one it was built at, so it follows every ingest,
update and removal, whether the store is embedded or on a server. It is saved beside the
store (or in the user cache for a server) so that a new process loads it instead of
rebuilding it.

A rebuild starts from the previous index: chunks it already holds keep their tokens, and only
chunks new to it are read from the store and tokenized. Scores are computed at query time
from postings (term -> sentence rows and counts), with the BM25 formula bm25s uses by
default (Lucene's, k1 1.5, b 0.75), so nothing global has to be recomputed per chunk.

Besides BM25 it keeps, for every sentence, the set of its term ids (as flat arrays), which
retrieval uses to measure how much of a question a sentence or a chunk covers.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = ["QUESTION_WORDS", "LexicalIndex", "QueryTerms", "Terms"]

# Question words carry no topic; bm25s's English list lacks some, and in a small library
# their inverse frequency would be high enough to drown the words that matter.
QUESTION_WORDS = ("who", "whom", "whose", "what", "which", "when", "where", "why", "how",
                   "did", "does", "do", "done", "has", "have", "had", "many", "much", "name",
                   "can", "could", "would", "should", "whats")
# bm25s's STOPWORDS_EN_PLUS (NLTK's English list) and its default word pattern, copied so
# that a question does not import bm25s; tests/test_lexical.py checks they still agree.
_STOPWORDS = frozenset("""
a about above after again against ain all am an and any are aren aren't as at be because
been before being below between both but by can couldn couldn't d did didn didn't do
does doesn doesn't doing don don't down during each few for from further had hadn hadn't
has hasn hasn't have haven haven't having he her here hers herself him himself his how i
if in into is isn isn't it it's its itself just ll m ma me mightn mightn't more most
mustn mustn't my myself needn needn't no nor not now o of off on once only or other our
ours ourselves out over own re s same shan shan't she she's should should've shouldn
shouldn't so some such t than that that'll the their theirs them themselves then there
these they this those through to too under until up ve very was wasn wasn't we were
weren weren't what when where which while who whom why will with won won't wouldn
wouldn't y you you'd you'll you're you've your yours yourself yourselves
""".split())
_WORDS = re.compile(r"(?u)\b\w\w+\b")
_FORMAT = 2
K1, B = 1.5, 0.75  # bm25s's defaults, with which retrieval's weights were tuned
_ARRAYS = ("chunk_rows", "row_starts", "tok_ptr", "tok_ids", "term_ptr", "term_ids",
           "post_ptr", "post_rows", "post_tf", "doc_freq")

ChunkTexts = Iterable[tuple[str, str, Sequence[Sequence[int]]]]


class Terms:
    """Lower case, split into words, drop stop words, stem: what bm25s's ``Tokenizer`` does
    with its English list, without importing bm25s (and SciPy) on the question path."""

    def __init__(self) -> None:
        import Stemmer

        self._split = _WORDS.findall
        self._stem = Stemmer.Stemmer("english").stemWord
        self.stopwords = _STOPWORDS | frozenset(QUESTION_WORDS)
        self._stems: dict[str, str] = {}

    def __call__(self, text: str) -> list[str]:
        stems, out = self._stems, []
        for w in self._split(text.lower()):
            if w in self.stopwords:
                continue
            stem = stems.get(w)
            if stem is None:
                stem = stems[w] = self._stem(w)
            out.append(stem)
        return out


@dataclass(frozen=True)
class QueryTerms:
    """A query as the index sees it: IDF weights per term id, and its BM25 scores."""

    weights: np.ndarray  # per vocabulary id; zero for terms not in the query
    total_idf: float  # includes terms unknown to the index, at the highest IDF
    scores: np.ndarray  # BM25 score of every sentence row


class LexicalIndex:
    """BM25 over every sentence of every chunk, plus each sentence's term ids."""

    def __init__(self, generation: str, vocab: list[str], chunk_ids: list[str],
                 arrays: dict[str, np.ndarray], sources: dict[str, str] | None = None) -> None:
        self.generation = generation
        # What the caller built it from (article id -> its text versions), to compare later.
        self.sources = sources or {}
        self.vocab = vocab
        self.chunk_ids = chunk_ids
        self._chunk_index = {c: i for i, c in enumerate(chunk_ids)}
        self._vocab = {t: i for i, t in enumerate(vocab)}
        self.chunk_rows = arrays["chunk_rows"]  # chunk i owns rows chunk_rows[i]:chunk_rows[i+1]
        self.row_starts = arrays["row_starts"]  # sentence start, relative to its chunk
        self.tok_ptr = arrays["tok_ptr"]  # row r's tokens, in order: tok_ids[tok_ptr[r]:...]
        self.tok_ids = arrays["tok_ids"]
        self.term_ptr = arrays["term_ptr"]  # row r's distinct terms: term_ids[term_ptr[r]:...]
        self.term_ids = arrays["term_ids"]
        self.post_ptr = arrays["post_ptr"]  # term t's rows: post_rows[post_ptr[t]:...]
        self.post_rows = arrays["post_rows"]
        self.post_tf = arrays["post_tf"]  # and how often t occurs in each of them
        self.doc_freq = arrays["doc_freq"]
        self._terms = Terms()
        lengths = np.diff(self.tok_ptr)
        self._avg_len = float(lengths.mean()) if len(lengths) else 1.0
        self._len_norm = (K1 * (1 - B + B * lengths / max(self._avg_len, 1e-9))
                          ).astype(np.float32)
        self._row_chunk = np.repeat(np.arange(len(chunk_ids)), np.diff(self.chunk_rows))

    def __len__(self) -> int:
        return len(self.row_starts)

    # -- building, saving, loading -----------------------------------------------------------

    @classmethod
    def build(cls, generation: str, chunk_ids: Sequence[str],
              fetch: Callable[[list[str]], ChunkTexts],
              previous: LexicalIndex | None = None,
              sources: dict[str, str] | None = None) -> LexicalIndex:
        """Index the sentences of the chunks ``chunk_ids``.

        Chunks that ``previous`` holds keep their tokens from it; ``fetch(ids)`` gives the
        ``(chunk_id, chunk_text, sentence_spans)`` of the others.
        """
        vocab = list(previous.vocab) if previous is not None else []
        kept = [c for c in chunk_ids if previous is not None and c in previous._chunk_index]
        fresh = [c for c in chunk_ids if previous is None or c not in previous._chunk_index]
        order, rows, starts, lengths, tokens = [], [0], [], [], []
        if kept and previous is not None:
            kept_rows = previous._rows_of(kept)
            order.extend(kept)
            sizes = np.diff(previous.chunk_rows)[[previous._chunk_index[c] for c in kept]]
            rows.extend(np.cumsum(sizes).tolist())
            starts.append(previous.row_starts[kept_rows])
            lengths.append(np.diff(previous.tok_ptr)[kept_rows])
            tokens.append(previous._tokens_of(kept_rows))
        index = {t: i for i, t in enumerate(vocab)}
        terms = Terms()
        new_starts, new_lengths, new_tokens = [], [], []
        for chunk_id, text, spans in fetch(fresh):
            order.append(chunk_id)
            for s, e in spans:
                ids = []
                for term in terms(text[s:e]):
                    i = index.get(term)
                    if i is None:
                        i = index[term] = len(vocab)
                        vocab.append(term)
                    ids.append(i)
                new_starts.append(s)
                new_lengths.append(len(ids))
                new_tokens.extend(ids)
            rows.append(rows[-1] + len(spans))
        starts.append(np.asarray(new_starts, dtype=np.int64))
        lengths.append(np.asarray(new_lengths, dtype=np.int64))
        tokens.append(np.asarray(new_tokens, dtype=np.int32))
        tok_ptr = np.zeros(sum(len(x) for x in lengths) + 1, dtype=np.int64)
        np.cumsum(np.concatenate(lengths), out=tok_ptr[1:])
        arrays = _derive(np.concatenate(tokens), tok_ptr, len(vocab))
        arrays.update(chunk_rows=np.asarray(rows, dtype=np.int64),
                      row_starts=np.concatenate(starts))
        return cls(generation, vocab, order, arrays, sources)

    def _rows_of(self, chunk_ids: list[str]) -> np.ndarray:
        """The sentence rows of these chunks, end to end."""
        i = np.fromiter((self._chunk_index[c] for c in chunk_ids), dtype=np.int64,
                        count=len(chunk_ids))
        return _ranges(self.chunk_rows[i], self.chunk_rows[i + 1])

    def _tokens_of(self, rows: np.ndarray) -> np.ndarray:
        return self.tok_ids[_ranges(self.tok_ptr[rows], self.tok_ptr[rows + 1])]

    def save(self, directory: Path) -> None:
        """Write the index to ``directory`` (replaced atomically)."""
        partial = directory.with_name(f"{directory.name}.{os.getpid()}.tmp")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        np.savez(partial / "arrays.npz", **{k: getattr(self, k) for k in _ARRAYS})
        (partial / "chunks.json").write_text(json.dumps(self.chunk_ids))
        (partial / "vocab.json").write_text(json.dumps(self.vocab))
        (partial / "sources.json").write_text(json.dumps(self.sources))
        (partial / "meta.json").write_text(json.dumps({"format": _FORMAT,
                                                       "generation": self.generation}))
        old = directory.with_name(f"{directory.name}.{os.getpid()}.old")
        if directory.exists():
            directory.rename(old)
        partial.rename(directory)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path, generation: str | None = None) -> LexicalIndex | None:
        """The index saved in ``directory`` if it was built at ``generation`` (any, if None),
        else None."""
        try:
            meta = json.loads((directory / "meta.json").read_text())
            if meta.get("format") != _FORMAT or (
                    generation is not None and meta.get("generation") != generation):
                return None
            with np.load(directory / "arrays.npz") as saved:
                arrays = {k: saved[k] for k in _ARRAYS}
            return cls(meta["generation"], json.loads((directory / "vocab.json").read_text()),
                       json.loads((directory / "chunks.json").read_text()), arrays,
                       json.loads((directory / "sources.json").read_text()))
        except (OSError, ValueError, KeyError):
            return None  # missing or damaged: the caller rebuilds it

    # -- querying ------------------------------------------------------------------------

    def terms(self, text: str) -> list[str]:
        """Stemmed content terms of ``text`` (stop words removed), known to the index or not."""
        return self._terms(text)

    def query(self, text: str) -> QueryTerms:
        """Weights of the query's terms and the BM25 score of every sentence."""
        n = len(self)
        weights = np.zeros(len(self.doc_freq), dtype=np.float32)
        scores = np.zeros(n, dtype=np.float32)
        total = 0.0
        for term in dict.fromkeys(self.terms(text)):
            idx = self._vocab.get(term)
            df = int(self.doc_freq[idx]) if idx is not None else 0
            idf = float(np.log(1 + (n - df + 0.5) / (df + 0.5)))
            total += idf
            if df and idx is not None:
                weights[idx] = idf
                lo, hi = self.post_ptr[idx], self.post_ptr[idx + 1]
                rows, tf = self.post_rows[lo:hi], self.post_tf[lo:hi]
                scores[rows] += idf * tf / (self._len_norm[rows] + tf)
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

    def holds(self, chunk_id: str) -> bool:
        """Whether the chunk was indexed."""
        return chunk_id in self._chunk_index

    def rows(self, chunk_id: str) -> np.ndarray | None:
        """The sentence rows of a chunk, or None if the chunk is newer than the index."""
        i = self._chunk_index.get(chunk_id)
        return None if i is None else np.arange(self.chunk_rows[i], self.chunk_rows[i + 1])

    def _terms_of(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The term ids of ``rows`` end to end, and how many belong to each row."""
        starts, ends = self.term_ptr[rows], self.term_ptr[rows + 1]
        return self.term_ids[_ranges(starts, ends)], ends - starts

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


def _ranges(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The indices ``starts[i]:ends[i]`` for every i, end to end."""
    lengths = ends - starts
    total = int(lengths.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    return offsets + np.arange(total)


def _derive(tok_ids: np.ndarray, tok_ptr: np.ndarray, n_terms: int) -> dict[str, np.ndarray]:
    """Each row's distinct terms, and each term's postings, from the rows' tokens."""
    n_rows = len(tok_ptr) - 1
    width = max(n_terms, 1)
    row_of = np.repeat(np.arange(n_rows, dtype=np.int64), np.diff(tok_ptr))
    pairs, counts = np.unique(row_of * width + tok_ids, return_counts=True)
    pair_row, pair_term = pairs // width, pairs % width
    term_ptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(pair_row, minlength=n_rows), out=term_ptr[1:])
    doc_freq = np.bincount(pair_term, minlength=width).astype(np.int64)
    by_term = np.argsort(pair_term, kind="stable")
    post_ptr = np.zeros(width + 1, dtype=np.int64)
    np.cumsum(doc_freq, out=post_ptr[1:])
    return {"tok_ids": tok_ids, "tok_ptr": tok_ptr, "term_ptr": term_ptr,
            "term_ids": pair_term.astype(np.int32), "doc_freq": doc_freq,
            "post_ptr": post_ptr, "post_rows": pair_row[by_term].astype(np.int64),
            "post_tf": counts[by_term].astype(np.float32)}
