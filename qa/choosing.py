"""Which sentence of the best article to cite first: a choice weighed on news questions.

The reader ranks each sentence by itself. On news, the sentence it ranks first is often the
article's lead, which shares the question's topic words, while the sentence with the name,
date or figure asked for comes later in the same story. Among the sentences of the best
sentence's article that the reader read, at least CHOICE_SHARE as probable as the best,
the one cited first is the one with the highest score

    WEIGHTS . (log of its probability over the best's, the reader's score, lead, fits, span share)

where *lead* is 1 for the article's first sentence (after any headline), *fits* is +1 when
the reader's answer in it has the form the question asks for (a figure for "how much", a
name for "who", a date for "when": :func:`qa.fitting.typed_fit`), -1 when it has not, 0
when the question asks for none of these, and *span share* is how sure the reader is of its
span. Whether to refuse is not decided here: the question's best probability still decides.

The weights were fitted by ``bench/tune_choosing.py``: a pairwise logistic regression (each
sentence holding a gold answer against each that does not, of the same question) over the
news development set and held-out set 1 (363 answerable questions, asked of their stores
with the shipped reader), its strength chosen by cross-fitting over two halves of their
articles. Held-out sets 2, 3 and 4, which it never saw, are the check (the module's figures
are in the README).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qa.reading import Judged

__all__ = ["CHOICE_SHARE", "FEATURES", "WEIGHTS", "candidates", "choice_features", "choose_first",
           "is_lead"]

# Sentences less probable than this share of the best are never chosen.
CHOICE_SHARE = 0.1
# Fitted by bench/tune_choosing.py (see the module's text).
WEIGHTS = (0.10, 0.84, -2.21, 1.43, 1.77)
# (what each weight weighs, as bench/tune_choosing.py prints them)
FEATURES = ("log_share", "reader_score", "lead", "fits", "span_share")


def is_lead(j: Judged) -> bool:
    """Whether ``j``'s sentence is its article's first (a headline before it aside)."""
    s = j.sentence
    if s.chunk.start != 0:
        return False
    before = s.chunk.text[: s.start - s.chunk.start].strip()
    return not before or " ".join(before.split()) == " ".join(s.chunk.title.split())


def choice_features(j: Judged, best: Judged, fits: bool | None) -> list[float]:
    """The row :data:`WEIGHTS` weighs for sentence ``j`` (see the module's text)."""
    assert j.reading is not None
    return [math.log(max(j.probability / max(best.probability, 1e-9), 1e-6)),
            max(-20.0, min(20.0, j.reading.score)),
            1.0 if is_lead(j) else 0.0,
            0.0 if fits is None else 1.0 if fits else -1.0,
            j.reading.span_share]


def candidates(judged: Sequence[Judged]) -> list[Judged]:
    """The sentences the choice is among: read, of the best sentence's article, at least
    CHOICE_SHARE as probable as the best."""
    if not judged or judged[0].reading is None:
        return []
    best = judged[0]
    floor = CHOICE_SHARE * best.probability
    article = best.sentence.chunk.article_id
    return [j for j in judged if j.reading is not None and j.probability >= floor
            and j.sentence.chunk.article_id == article]


def choose_first(judged: Sequence[Judged], fits: Callable[[Judged], bool | None],
                 weights: Sequence[float] | None = None) -> Judged | None:
    """The sentence to cite first (see the module's text), or None when none was read.
    ``weights``: other than :data:`WEIGHTS` (read when called, so that a measurement can
    set it)."""
    among = candidates(judged)
    if not among:
        return None
    best = judged[0]
    weights = WEIGHTS if weights is None else weights

    def score(j: Judged) -> float:
        return sum(w * x for w, x in zip(weights, choice_features(j, best, fits(j)),
                                         strict=True))

    return max(among, key=score)  # (the first of equals: the reader's order)
