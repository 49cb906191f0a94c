"""The BM25 side of retrieval, over single sentences: segments, and the index read over them.

As in Lucene, the index is a list of immutable *segments*, each the postings (term ->
sentence rows and counts) and per-row terms of the sentences of some chunks, with its own
vocabulary. Adding chunks writes a new small segment; removing chunks marks them dead in
the segment that holds them; segments are merged later (:mod:`index.lexical_cache` decides
when, and keeps them in step with the store). Nothing is rewritten in proportion to the
whole library when one article changes.

Scores are computed at query time from the postings of every segment, with the BM25 formula
bm25s uses by default (Lucene's, k1 1.5, b 0.75) over the live rows only: the document
frequencies, the number of rows and the mean row length leave out dead rows, so an index of
appended segments with deletions scores every sentence as one built afresh would
(``tests/test_lexical.py``).

Besides BM25 it keeps, for every sentence, the set of its term ids, which retrieval uses to
measure how much of a question a sentence or a chunk covers. Saved segments are memory-mapped
``.npy`` arrays: a new process pays for the pages a question touches, not for the index.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.records import article_of

__all__ = ["QUESTION_WORDS", "LexicalIndex", "QueryTerms", "Segment", "Terms"]

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
K1, B = 1.5, 0.75  # bm25s's defaults, with which retrieval's weights were tuned
_ARRAYS = ("chunk_rows", "row_len", "term_ptr", "term_ids", "term_tf", "post_ptr",
           "post_rows", "post_tf", "doc_freq")

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


class Segment:
    """The sentences of some chunks, indexed: immutable once made.

    Arrays (one row per sentence, chunk by chunk): ``chunk_rows`` (chunk i owns rows
    ``chunk_rows[i]:chunk_rows[i+1]``), ``row_len`` (terms in the row, repeats counted),
    ``term_ptr``/``term_ids``/``term_tf`` (each row's distinct terms and their counts),
    ``post_ptr``/``post_rows``/``post_tf`` (each term's rows and counts), ``doc_freq``.
    """

    def __init__(self, name: str, chunk_ids: list[str] | Path, vocab: list[str],
                 arrays: dict[str, np.ndarray]) -> None:
        self.name = name
        # the ids, or the file they are read from when first needed (at 100k chunks, 10 MB
        # of JSON and some 20 MB of strings that adding an article to the index never needs)
        self._chunk_ids = chunk_ids
        self.vocab = vocab
        self.arrays = arrays
        self._vocab_index: dict[str, int] | None = None
        self._chunk_index: dict[str, int] | None = None

    @property
    def chunk_ids(self) -> list[str]:
        """The id of each chunk, in order."""
        if isinstance(self._chunk_ids, Path):
            try:
                self._chunk_ids = json.loads(self._chunk_ids.read_text())
            except ValueError as e:
                raise OSError(f"damaged segment {self._chunk_ids}: {e}") from e
        assert not isinstance(self._chunk_ids, Path)
        return self._chunk_ids

    def may_hold(self, article_ids: Iterable[str]) -> bool:
        """False if no chunk of these articles is in the segment (True may be wrong): the
        saved ids are searched as bytes, a block at a time, without making them (a chunk id
        is ``<article id>#<key>``, written as JSON)."""
        if not isinstance(self._chunk_ids, Path):
            wanted = set(article_ids)
            return any(article_of(c) in wanted for c in self._chunk_ids)
        patterns = [(json.dumps(a)[:-1] + "#").encode() for a in article_ids]
        if not patterns:
            return False
        overlap = max(map(len, patterns)) - 1
        tail = b""
        with open(self._chunk_ids, "rb") as f:
            while block := f.read(1 << 20):
                text = tail + block
                if any(p in text for p in patterns):
                    return True
                tail = text[-overlap:] if overlap else b""
        return False

    def __getattr__(self, key: str) -> np.ndarray:
        try:
            return self.__dict__["arrays"][key]
        except KeyError:
            raise AttributeError(key) from None

    @property
    def rows(self) -> int:
        """How many sentence rows it holds, dead ones included."""
        return int(self.chunk_rows[-1])

    def term_id(self, term: str) -> int | None:
        """The segment's id of ``term``, or None."""
        if self._vocab_index is None:
            self._vocab_index = {t: i for i, t in enumerate(self.vocab)}
        return self._vocab_index.get(term)

    def chunk_index(self) -> dict[str, int]:
        """Chunk id -> its position in the segment."""
        if self._chunk_index is None:
            self._chunk_index = {c: i for i, c in enumerate(self.chunk_ids)}
        return self._chunk_index

    def rows_of(self, positions: np.ndarray) -> np.ndarray:
        """The rows of the chunks at ``positions``, end to end."""
        return _ranges(self.chunk_rows[positions], self.chunk_rows[positions + 1])

    # -- making --------------------------------------------------------------------------

    @classmethod
    def build(cls, name: str, chunks: ChunkTexts, terms: Terms | None = None) -> Segment:
        """Index the ``(chunk_id, chunk_text, sentence_spans)`` of ``chunks``."""
        terms = terms or Terms()
        index: dict[str, int] = {}
        chunk_ids: list[str] = []
        chunk_rows = [0]
        row_of: list[int] = []
        term_of: list[int] = []
        row = 0
        for chunk_id, text, spans in chunks:
            chunk_ids.append(chunk_id)
            for s, e in spans:
                for term in terms(text[s:e]):
                    row_of.append(row)
                    term_of.append(index.setdefault(term, len(index)))
                row += 1
            chunk_rows.append(row)
        arrays = _derive(np.asarray(row_of, dtype=np.int64), np.asarray(term_of, dtype=np.int64),
                         np.ones(len(row_of), dtype=np.int64), row, len(index))
        arrays["chunk_rows"] = np.asarray(chunk_rows, dtype=np.int64)
        return cls(name, chunk_ids, list(index), arrays)

    @classmethod
    def merge(cls, name: str, parts: Sequence[tuple[Segment, frozenset[str]]]) -> Segment:
        """One segment holding the live chunks of ``parts`` (each a segment and its dead
        chunk ids), in order; terms no live row uses are left out."""
        vocab: dict[str, int] = {}
        chunk_ids: list[str] = []
        sizes, rows_of, terms_of, counts = [], [], [], []
        row_base = 0
        for seg, dead in parts:
            live = np.array([i for i, c in enumerate(seg.chunk_ids) if c not in dead],
                            dtype=np.int64)
            if not len(live):
                continue
            chunk_ids.extend(seg.chunk_ids[i] for i in live)
            chunk_sizes = np.diff(seg.chunk_rows)[live]
            sizes.append(chunk_sizes)
            rows = seg.rows_of(live)
            starts, ends = seg.term_ptr[rows], seg.term_ptr[rows + 1]
            flat = _ranges(starts, ends)
            local = np.asarray(seg.term_ids[flat], dtype=np.int64)
            used = np.unique(local)
            remap = np.full(len(seg.vocab), -1, dtype=np.int64)
            remap[used] = [vocab.setdefault(seg.vocab[t], len(vocab)) for t in used]
            terms_of.append(remap[local])
            counts.append(np.asarray(seg.term_tf[flat], dtype=np.int64))
            rows_of.append(row_base + np.repeat(np.arange(len(rows)), ends - starts))
            row_base += len(rows)
        if not chunk_ids:
            return cls.build(name, [])
        arrays = _derive(np.concatenate(rows_of), np.concatenate(terms_of),
                         np.concatenate(counts), row_base, len(vocab))
        chunk_rows = np.zeros(len(chunk_ids) + 1, dtype=np.int64)
        np.cumsum(np.concatenate(sizes), out=chunk_rows[1:])
        arrays["chunk_rows"] = chunk_rows
        return cls(name, chunk_ids, list(vocab), arrays)

    # -- saving, loading -----------------------------------------------------------------

    def save(self, directory: Path) -> None:
        """Write the segment to ``directory/<name>`` (whole or not at all)."""
        partial = directory / f"{self.name}.{os.getpid()}.tmp"
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        for key in _ARRAYS:
            np.save(partial / f"{key}.npy", self.arrays[key])
        (partial / "chunks.json").write_text(json.dumps(self.chunk_ids))
        (partial / "vocab.json").write_text(json.dumps(self.vocab))
        partial.rename(directory / self.name)

    @classmethod
    def load(cls, directory: Path, name: str) -> Segment:
        """The segment saved as ``directory/<name>``, its arrays memory-mapped.

        Raises:
            OSError: it is missing (merged away since) or damaged.
        """
        path = directory / name
        try:
            arrays = {k: np.load(path / f"{k}.npy", mmap_mode="r") for k in _ARRAYS}
            vocab = json.loads((path / "vocab.json").read_text())
            if not (path / "chunks.json").is_file():
                raise OSError(f"damaged segment {path}: no chunks.json")
        except ValueError as e:
            raise OSError(f"damaged segment {path}: {e}") from e
        return cls(name, path / "chunks.json", vocab, arrays)


class LexicalIndex:
    """BM25 over every live sentence of a list of segments, plus each sentence's term ids.

    Rows are numbered across the segments end to end (dead rows keep their numbers and never
    score); term ids likewise (a term has one id per segment that holds it).
    """

    def __init__(self, key: str, parts: Sequence[tuple[Segment, frozenset[str]]]) -> None:
        self.key = key  # what it was read at (the store's id and sequence number)
        self.segments = [seg for seg, _ in parts]
        self._row_base = np.zeros(len(parts) + 1, dtype=np.int64)
        np.cumsum([seg.rows for seg in self.segments], out=self._row_base[1:])
        self._term_base = np.zeros(len(parts) + 1, dtype=np.int64)
        np.cumsum([len(seg.vocab) for seg in self.segments], out=self._term_base[1:])
        self._dead = [dead for _, dead in parts]
        dead_rows, self._live_df = [], []
        rows = length = 0
        for si, (seg, dead) in enumerate(parts):
            index = seg.chunk_index()
            gone = np.array(sorted(index[c] for c in dead if c in index), dtype=np.int64)
            gone_rows = seg.rows_of(gone) if len(gone) else np.zeros(0, dtype=np.int64)
            df = np.asarray(seg.doc_freq, dtype=np.int64)
            if len(gone_rows):
                flat = seg.term_ids[_ranges(seg.term_ptr[gone_rows], seg.term_ptr[gone_rows + 1])]
                df = df - np.bincount(flat, minlength=len(df))
            self._live_df.append(df)
            dead_rows.append(gone_rows + self._row_base[si])
            rows += seg.rows - len(gone_rows)
            length += int(np.sum(seg.row_len, dtype=np.int64)) - int(
                np.sum(seg.row_len[gone_rows], dtype=np.int64))
        self._dead_rows = np.concatenate(dead_rows) if dead_rows else np.zeros(0, np.int64)
        self._rows = rows
        self._avg_len = length / rows if rows else 1.0
        self._terms = Terms()

    def __len__(self) -> int:
        return self._rows

    @property
    def chunk_ids(self) -> list[str]:
        """The live chunks it holds."""
        return [c for seg, dead in zip(self.segments, self._dead, strict=True)
                for c in seg.chunk_ids if c not in dead]

    def _where(self, chunk_id: str) -> tuple[int, int] | None:
        """The segment and position of a live chunk (newest segment first)."""
        for si in range(len(self.segments) - 1, -1, -1):
            i = self.segments[si].chunk_index().get(chunk_id)
            if i is not None and chunk_id not in self._dead[si]:
                return si, i
        return None

    # -- querying ------------------------------------------------------------------------

    def terms(self, text: str) -> list[str]:
        """Stemmed content terms of ``text`` (stop words removed), known to the index or not."""
        return self._terms(text)

    def query(self, text: str) -> QueryTerms:
        """Weights of the query's terms and the BM25 score of every sentence."""
        n = self._rows
        weights = np.zeros(int(self._term_base[-1]), dtype=np.float32)
        scores = np.zeros(int(self._row_base[-1]), dtype=np.float32)
        total = 0.0
        for term in dict.fromkeys(self.terms(text)):
            found = [(si, i) for si, seg in enumerate(self.segments)
                     if (i := seg.term_id(term)) is not None]
            df = sum(int(self._live_df[si][i]) for si, i in found)
            idf = float(np.log(1 + (n - df + 0.5) / (df + 0.5)))
            total += idf
            if not df:
                continue
            for si, i in found:
                seg = self.segments[si]
                weights[self._term_base[si] + i] = idf
                lo, hi = seg.post_ptr[i], seg.post_ptr[i + 1]
                rows, tf = seg.post_rows[lo:hi], seg.post_tf[lo:hi]
                norm = (K1 * (1 - B + B * seg.row_len[rows] / max(self._avg_len, 1e-9))
                        ).astype(np.float32)
                scores[rows + self._row_base[si]] += idf * tf / (norm + tf)
        scores[self._dead_rows] = 0.0
        return QueryTerms(weights=weights, total_idf=total or 1.0, scores=scores)

    def top_chunks(self, q: QueryTerms, k: int) -> list[str]:
        """Ids of the chunks holding the ``k`` best BM25 sentences, best first."""
        hits = np.flatnonzero(q.scores > 0)
        if not len(hits):
            return []
        k = min(k, len(hits))
        best = hits[np.argpartition(-q.scores[hits], k - 1)[:k]]
        best = best[np.argsort(-q.scores[best], kind="stable")]
        return list(dict.fromkeys(self._chunk_of(int(r)) for r in best))

    def _chunk_of(self, row: int) -> str:
        si = int(np.searchsorted(self._row_base, row, side="right")) - 1
        seg = self.segments[si]
        i = int(np.searchsorted(seg.chunk_rows, row - self._row_base[si], side="right")) - 1
        return seg.chunk_ids[i]

    def holds(self, chunk_id: str) -> bool:
        """Whether the chunk was indexed (and is live)."""
        return self._where(chunk_id) is not None

    def rows(self, chunk_id: str) -> np.ndarray | None:
        """The sentence rows of a chunk, or None if the chunk is newer than the index."""
        where = self._where(chunk_id)
        if where is None:
            return None
        si, i = where
        seg, base = self.segments[si], self._row_base[si]
        return np.arange(base + seg.chunk_rows[i], base + seg.chunk_rows[i + 1])

    def _terms_of(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The term ids of ``rows`` end to end, and how many belong to each row."""
        rows = np.asarray(rows, dtype=np.int64)
        seg_of = np.searchsorted(self._row_base, rows, side="right") - 1
        flat_parts, lengths = [], np.zeros(len(rows), dtype=np.int64)
        order = np.argsort(seg_of, kind="stable")
        for si in np.unique(seg_of):
            picked = order[seg_of[order] == si]
            seg = self.segments[si]
            local = rows[picked] - self._row_base[si]
            starts, ends = seg.term_ptr[local], seg.term_ptr[local + 1]
            lengths[picked] = ends - starts
            flat_parts.append((picked, seg.term_ids[_ranges(starts, ends)] + self._term_base[si],
                               ends - starts))
        if len(flat_parts) == 1:  # the usual case: one segment, rows in the caller's order
            picked, flat, _ = flat_parts[0]
            if np.array_equal(picked, np.arange(len(rows))):
                return np.asarray(flat, dtype=np.int64), lengths
        pieces: list[np.ndarray] = [np.zeros(0, dtype=np.int64)] * len(rows)
        for picked, flat, sizes in flat_parts:
            for r, part in zip(picked, np.split(flat, np.cumsum(sizes)[:-1]), strict=True):
                pieces[r] = part
        return np.concatenate(pieces).astype(np.int64), lengths

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


def _derive(row_of: np.ndarray, term_of: np.ndarray, count: np.ndarray, n_rows: int,
            n_terms: int) -> dict[str, np.ndarray]:
    """Each row's distinct terms with their counts, and each term's postings, from
    (row, term, count) triples."""
    width = max(n_terms, 1)
    keys = row_of * width + term_of
    pairs, inverse = np.unique(keys, return_inverse=True)
    tf = np.bincount(inverse, weights=count, minlength=len(pairs)).astype(np.int64)
    pair_row, pair_term = pairs // width, pairs % width
    term_ptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(pair_row, minlength=n_rows), out=term_ptr[1:])
    row_len = np.bincount(pair_row, weights=tf, minlength=n_rows).astype(np.int32)
    doc_freq = np.bincount(pair_term, minlength=n_terms).astype(np.int32)
    by_term = np.argsort(pair_term, kind="stable")
    post_ptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.cumsum(doc_freq, out=post_ptr[1:])
    return {"row_len": row_len, "term_ptr": term_ptr, "term_ids": pair_term.astype(np.int32),
            "term_tf": tf.astype(np.int32), "doc_freq": doc_freq, "post_ptr": post_ptr,
            "post_rows": pair_row[by_term].astype(np.int32),
            "post_tf": tf[by_term].astype(np.float32)}
