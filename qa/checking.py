"""Checking each sentence a language model wrote against the quotes it cites.

A sentence is supported when:

1. it carries at least one ``[n]`` naming a quote the model was given;
2. every number and name in it (digits, capitalised words past its first) appears in the
   quotes it cites (:func:`missing_facts`): a small model most often goes wrong by putting a
   figure or a name where the quote has another;
3. a :class:`SupportScorer` finds that those quotes say what it says.

The scorer is a protocol so that a better one (the reader, when it can score a passage
against a claim) can replace the bundled one: :class:`AlignmentScorer` reads the sentence and
the quotes with the bundled embedding model, word piece by word piece, and scores the share of
the sentence's content words that have a close match in the quotes (see its docstring for
how that was chosen, and ``bench/eval_llm_support.py`` for the measurement).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from index.embeddings import Embedder
from qa.models import WrittenSentence

__all__ = ["AlignmentScorer", "SupportScorer", "check_sentences", "markers", "missing_facts",
           "split_written", "strip_markers"]

_MARKER = re.compile(r"\[\s*(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\s*\]")
_LEADING_MARKERS = re.compile(r"^(?:\s*\[\s*\d{1,3}(?:\s*[,;]\s*\d{1,3})*\s*\][.,;:]?)+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]*")
_WORD = re.compile(r"[\w'\u2019-]+")
# Capitalised words that name nothing: they open clauses, or are how a model refers to the
# quotes themselves ("According to Quote 2").
_NOT_NAMES = frozenset("""i a an the this that these those it its he she they we you his her
their there here in on at of for by to from with as and but or so yet if when while after
before during also however although according quote quotes question answer yes no not
mr mrs ms dr""".split())
# Words a supported sentence may add without changing what the quotes say.
_FUNCTION_WORDS = frozenset("""a an the of to in on at by for with from as and or but that
which who whom whose this these those it its is are was were be been being has have had do
does did will would can could may might must shall should there their they them he she his
her him we our you your i me my not no also than then so such about into over after before
while during according quote quotes said says""".split())


def markers(sentence: str) -> tuple[int, ...]:
    """The numbers of the ``[n]`` (and ``[n, m]``) markers in ``sentence``, in order."""
    return tuple(int(n) for group in _MARKER.findall(sentence)
                 for n in re.split(r"\s*[,;]\s*", group))


def strip_markers(sentence: str) -> str:
    """The sentence without its markers, spaces tidied."""
    text = _MARKER.sub("", sentence)
    return re.sub(r"\s+([.,;:!?])", r"\1", " ".join(text.split())).strip()


def split_written(text: str) -> list[str]:
    """The sentences of a written answer, each with the markers that follow it: in
    ``"He owns it. [2] The court charged him [1]."`` the ``[2]`` belongs to the first."""
    from index.chunks import split_sentences

    sentences: list[str] = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        lead = _LEADING_MARKERS.match(sentence)
        if lead and sentences:
            sentences[-1] += " " + lead.group().strip()
            sentence = sentence[lead.end():].strip()
        if sentence:
            sentences.append(sentence)
    return sentences


def missing_facts(sentence: str, quotes: Sequence[str]) -> list[str]:
    """The numbers and names of ``sentence`` that none of ``quotes`` holds (its first word is
    read as a name only when a capitalised word follows it, or it has a capital past its
    first letter)."""
    plain = strip_markers(sentence)
    held = " ".join(quotes)
    held_words = {_norm(w) for w in _WORD.findall(held)}
    held_numbers = {n.replace(",", "") for n in _NUMBER.findall(held)}
    missing = [n for n in _NUMBER.findall(plain) if n.replace(",", "") not in held_numbers]
    first = _WORD.search(plain)
    for found in _CAPITALISED.finditer(plain):
        word = _norm(found.group())
        opening = first is not None and found.start() == first.start()
        if word in _NOT_NAMES or (opening and found.group()[1:].islower()
                                  and not _CAPITALISED.match(plain, found.end() + 1)):
            continue
        if word not in held_words and found.group() not in missing:
            missing.append(found.group())
    return missing


def _norm(word: str) -> str:
    """A word for matching: lower case, without a possessive or the quotes' curly marks."""
    word = word.lower().replace("\u2019", "'").strip("'-")
    return word[:-2] if word.endswith("'s") else word


class SupportScorer(Protocol):
    """Scores how well evidence (the quotes a sentence cites, joined) supports a claim (the
    sentence, markers removed): 0 (not at all) to 1; ``threshold`` is the least score that
    counts as supported."""

    threshold: float

    def support(self, claims: Sequence[str], evidence: Sequence[str]) -> list[float]:
        """One score per (claim, evidence) pair."""
        ...


@dataclass
class AlignmentScorer:
    """The share of a claim's content words that the evidence holds or closely paraphrases.

    Each word piece of the claim (function words and punctuation left out) is matched with
    its closest piece of the evidence, in context, with the bundled all-MiniLM-L6-v2 (as
    :mod:`qa.reranking` reads questions); a word the evidence has verbatim counts as matched.
    The score is the share of pieces whose best cosine reaches ``match``: a sentence that
    adds what the quote does not say has pieces with no match.

    Measured on 34 sentences SmolLM2-135M wrote for bench/llm_questions.jsonl, judged by hand
    (``bench/eval_llm_support.py measure``), each against its closest quote: with the
    number-and-name check, a threshold of 0.75 marked 18 of the 24 unsupported sentences and 2
    of the 10 supported ones (precision 0.89, recall 0.67), where the cosine of the two
    sentence vectors did no better than 0.83 / 0.62 at any threshold tried (a long quote on
    the sentence's topic keeps it high). 0.9 marked 21 and 4 (0.84 / 0.88): too few
    sentences to choose on, so the threshold set beforehand stays. What neither catches is
    the quote's own words in a wrong relation ("the court ruled in favour of Netbula").
    """

    embedder: Embedder
    match: float = 0.6
    threshold: float = 0.75

    def support(self, claims: Sequence[str], evidence: Sequence[str]) -> list[float]:
        """One score per (claim, evidence) pair, read in one batch."""
        if not claims:
            return []
        read = self.embedder.encode_tokens([*claims, *evidence])
        return [self._share(c, e) for c, e in zip(read[:len(claims)], read[len(claims):],
                                                  strict=True)]

    def _share(self, claim, evidence) -> float:
        keep = [i for i, (piece, word) in enumerate(zip(claim.pieces, claim.words, strict=True))
                if any(ch.isalnum() for ch in piece) and _norm(word) not in _FUNCTION_WORDS]
        if not keep or not len(evidence.vectors):
            return 0.0 if keep else 1.0
        best = (claim.vectors[keep] @ evidence.vectors.T).max(axis=1)
        present = {_norm(w) for w in evidence.words}
        verbatim = np.array([_norm(claim.words[i]) in present for i in keep])
        return float(np.mean((best >= self.match) | verbatim))


def check_sentences(sentences: Sequence[str], quotes: Sequence[str],
                    scorer: SupportScorer) -> tuple[WrittenSentence, ...]:
    """Each sentence of a written answer checked against ``quotes`` (quote ``n`` is
    ``quotes[n - 1]``)."""
    found = [markers(s) for s in sentences]
    cited = [[quotes[n - 1] for n in dict.fromkeys(m) if 1 <= n <= len(quotes)] for m in found]
    to_score = [i for i, c in enumerate(cited) if c]
    scores = scorer.support([strip_markers(sentences[i]) for i in to_score],
                            ["\n".join(cited[i]) for i in to_score])
    score_of = dict(zip(to_score, scores, strict=True))
    return tuple(_verdict(s, m, c, score_of.get(i, 0.0), scorer.threshold, len(quotes))
                 for i, (s, m, c) in enumerate(zip(sentences, found, cited, strict=True)))


def _verdict(sentence: str, found: tuple[int, ...], cited: list[str], score: float,
             threshold: float, given: int) -> WrittenSentence:
    reason = None
    if not found:
        reason = "cites no quote"
    elif not cited:
        reason = f"cites {_list(found)}, which {'is' if len(found) == 1 else 'are'} not " \
                 f"among the {given} quotes"
    elif missing := missing_facts(sentence, cited):
        reason = f"{', '.join(repr(m) for m in missing[:3])} not in {_list(found)}"
    elif score < threshold:
        reason = f"{_list(found)} does not say this"
    return WrittenSentence(text=sentence, markers=found, supported=reason is None,
                           support=score, reason=reason)


def _list(numbers: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in dict.fromkeys(numbers))
