"""Measuring a library on a question file: ``qa eval`` and the benchmark scripts use this.

A question is answered right when a citation's quote contains a gold answer after SQuAD's
answer normalisation (lower case, no punctuation, no articles, single spaces). Questions
marked ``unanswerable`` are right when the library abstains.
"""

from __future__ import annotations

import json
import re
import string
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from index.reports import Progress
from qa.errors import InputError
from qa.models import Answer, Result

__all__ = ["EvalQuestion", "EvalReport", "contains_answer", "contains_answer_squad", "evaluate",
           "load_questions", "normalize_answer", "short_answer_scores"]


@dataclass(frozen=True)
class EvalQuestion:
    """A question with its gold answers (empty when ``unanswerable``). ``before``: a turn of
    a conversation, asked after these questions of it (``()`` for its first turn)."""

    question: str
    answers: tuple[str, ...]
    unanswerable: bool = False
    article: str | None = None
    before: tuple[str, ...] | None = None


@dataclass(frozen=True)
class EvalReport(Result):
    """What ``qa eval`` prints; rates are fractions of the relevant questions."""

    questions: int
    answerable: int
    unanswerable: int
    first_citation_hit: float
    any_citation_hit: float
    first_citation_words: float
    words_shown: float
    answered_when_answerable: float
    abstention_precision: float
    abstention_recall: float
    quotes_exact: float
    latency_p50_ms: float
    latency_p95_ms: float
    short_answer_given: float = 0.0
    short_exact_match: float = 0.0
    short_f1: float = 0.0
    removed_asked: int = 0
    removed_refused: float | None = None  # None: the answer-removed test did not run
    refused: int | None = None  # questions refused (None: not counted)
    # Answers given as passages under "Not sure" (:attr:`qa.models.Answer.unsure`): of the
    # answerable questions, and of the unanswerable ones (counted as answered above).
    unsure_answerable: int = 0
    unsure_unanswerable: int = 0
    # Conversations' turns (lines of {"turns": [...]}), asked in order through
    # :meth:`qa.library.Library.chat` and counted apart from the questions above: how many,
    # and the share right (the first citation holds the answer; a turn marked unanswerable,
    # refused).
    turns: int = 0
    conversations: int = 0
    turns_right: float = 0.0

    @property
    def near_misses_answered(self) -> int:
        """How many unanswerable questions were answered (not refused)."""
        return self.unanswerable - round(self.abstention_recall * self.unanswerable)

    def lines(self) -> list[str]:
        """One figure a line, for people (the figures of answerable questions are "n/a"
        when there are none: a file of near misses only scored them 0.000, a trial of stop
        39)."""
        answers = ([
            f"first citation has the answer  {self.first_citation_hit:.3f}",
            f"any citation has the answer    {self.any_citation_hit:.3f}",
            f"words in first citation        {self.first_citation_words:.1f}",
            f"words shown (all citations)    {self.words_shown:.1f}",
            f"answered when answerable       {self.answered_when_answerable:.3f}"
            + (f"  ({self.unsure_answerable} of them \"Not sure\")"
               if self.unsure_answerable else "")]
            if self.answerable else ["answers (first citation, words, answered)  n/a (no "
                                     "answerable questions)"])
        shorts = ([
            f"short answer given             {self.short_answer_given:.3f}",
            f"short answer exact match / F1  {self.short_exact_match:.3f} / "
            f"{self.short_f1:.3f}  (of answerable questions; none given counts 0)"]
            if self.answerable else [])
        turns = ([f"follow-up turns right          {self.turns_right:.3f}  "
                  f"({round(self.turns_right * self.turns)} of {self.turns} turns of "
                  f"{self.conversations} conversation{'s' * (self.conversations != 1)}, asked "
                  "in order as a chat: the first "
                  "citation holds the answer, or a turn marked unanswerable is refused)"]
                 if self.turns else [])
        if not self.questions:
            return [*turns, f"latency p50 / p95              {self.latency_p50_ms:.1f} / "
                            f"{self.latency_p95_ms:.1f} ms"]
        return [
            *turns,
            f"questions                      {self.questions} "
            f"({self.answerable} answerable, {self.unanswerable} not)",
            *answers,
            # (nothing refused: the precision of no refusals is no figure, a trial of stop 39)
            # (in plain words beside each: three new users' trials of stop 46 had to work out
            # that the recall is the share of near misses refused)
            *([f"abstention precision           {self.abstention_precision:.3f}  (of the "
               "questions refused, the share the articles do not answer)"
               if self.refused != 0 else "abstention precision           n/a (nothing refused)",
               f"abstention recall              {self.abstention_recall:.3f}  (unanswerable "
               f"questions refused: {round(self.abstention_recall * self.unanswerable)} of "
               f"{self.unanswerable}"
               # (of those answered: "3 more answered" read as three more handled, trial QC of
               # stop 61)
               + (f"; of the {self.near_misses_answered} answered, "
                  f"{self.unsure_unanswerable} under \"Not sure\")"
                  if self.unsure_unanswerable else ")")]
              if self.unanswerable else
              ["abstention precision / recall  n/a (no unanswerable questions)"]),
            *shorts,
            *([f"refused when the answer is removed  {self.removed_refused:.3f} "
               f"({self.removed_asked} asked again without their answer sentences)"]
              if self.removed_asked else []),
            f"quotes exact at their span     {self.quotes_exact:.3f}",
            f"latency p50 / p95              {self.latency_p50_ms:.1f} / "
            f"{self.latency_p95_ms:.1f} ms",
        ]


def normalize_answer(text: str) -> str:
    """SQuAD's normalisation: lower case, no punctuation, no articles, single spaces."""
    text = text.lower()
    text = "".join(ch for ch in text if ch not in _PUNCT)
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


_PUNCT = set(string.punctuation) | set("\u2018\u2019\u201c\u201d\u2013\u2014")


def short_answer_scores(prediction: str, answers: Iterable[str]) -> tuple[float, float]:
    """SQuAD's exact match and word F1 of ``prediction``, the best over ``answers``."""
    from collections import Counter

    pred = normalize_answer(prediction).split()
    em = f1 = 0.0
    for a in answers:
        gold = normalize_answer(a).split()
        em = max(em, float(pred == gold))
        common = sum((Counter(pred) & Counter(gold)).values())
        if common:
            precision, recall = common / len(pred), common / len(gold)
            f1 = max(f1, 2 * precision * recall / (precision + recall))
    return em, f1


def contains_answer_squad(quote: str, answers: Iterable[str]) -> bool:
    """:func:`contains_answer` as it was until stop 44, with SQuAD's normalisation alone
    ("The 24-year-old" does not hold "24"): what ``make reader`` builds its training data
    with, so that it rebuilds the shipped readers as they were trained."""
    q = f" {normalize_answer(quote)} "
    return any(f" {a} " in q for a in (normalize_answer(x) for x in answers) if a)


def contains_answer(quote: str, answers: Iterable[str]) -> bool:
    """True when the normalised quote contains one of the normalised answers, word by word;
    also with hyphens and slashes read as spaces ("The 24-year-old" holds "24": SQuAD's
    normalisation makes it "24yearold", and a trial of stop 44 saw that counted a miss)."""
    answers = list(answers)
    for spaced in (lambda t: t, lambda t: re.sub(r"[\-\u2010-\u2014/]", " ", t)):
        q = f" {normalize_answer(spaced(quote))} "
        if any(f" {a} " in q for a in (normalize_answer(spaced(x)) for x in answers) if a):
            return True
    return False


def load_questions(path: str | Path) -> list[EvalQuestion]:
    """Questions from a JSONL file (``question``, ``answers``, ``unanswerable``) or SQuAD JSON."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror}); check the path") from None
    if path.suffix == ".json":
        return _squad_questions(text, path)
    questions = []
    for no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            raise InputError(f"{path} line {no}: invalid JSON; each line is one JSON object "
                             "with 'question', 'answers' and optionally 'unanswerable'") from None
        if isinstance(obj, dict) and "turns" in obj:
            # a conversation: its turns asked in order, each after the ones before (three
            # new users' trials of stop 63 wrote their follow-ups so, and had to script them)
            turns = obj["turns"]
            if not isinstance(turns, list) or not turns:
                raise InputError(f"{path} line {no}: 'turns' is no list of questions; give "
                                 "'turns': [{'question': ..., 'answers': [...]}, ...]")
            asked: list[str] = []
            for turn in turns:
                questions.append(_question(turn, f"{path} line {no}", tuple(asked)))
                asked.append(questions[-1].question)
        else:
            questions.append(_question(obj, f"{path} line {no}"))
    if not questions:
        raise InputError(f"{path}: no questions in it; write one JSON object a line with "
                         "'question', 'answers' and optionally 'unanswerable'")
    return questions


def _question(obj: Any, where: str, before: tuple[str, ...] | None = None) -> EvalQuestion:
    """The question of one JSON object of a question file (``where`` names its line)."""
    try:
        answers = obj.get("answers") or ()
        q = EvalQuestion(
            question=obj["question"],
            answers=(answers,) if isinstance(answers, str) else tuple(answers),
            unanswerable=bool(obj.get("unanswerable", False)),
            article=obj.get("article"), before=before)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise InputError(f"{where}: not a question object; each line needs 'question', "
                         "'answers' and optionally 'unanswerable' (or 'turns': a list of "
                         "them, a conversation)") from None
    if not q.unanswerable and not q.answers:
        # (a new user's file said "answer": every question scored 0, and nothing said why)
        other = sorted(set(obj) - {"question", "answers", "unanswerable", "article"})
        got = f" (it has {', '.join(repr(k) for k in other)})" if other else ""
        none = "'answers' is empty" if "answers" in obj else f"no 'answers'{got}"
        raise InputError(f"{where}: {none}; give 'answers': a list of the answer's wordings, "
                         "or 'unanswerable': true")
    return q


def _squad_questions(text: str, path: Path) -> list[EvalQuestion]:
    try:
        data = json.loads(text)["data"]
    except (ValueError, KeyError, TypeError):
        raise InputError(f"{path}: not SQuAD JSON (no 'data' list); "
                         "use a .jsonl question file") from None
    return [
        EvalQuestion(question=qa["question"], answers=tuple(a["text"] for a in qa["answers"]),
                     unanswerable=bool(qa.get("is_impossible", False)), article=art["title"])
        for art in data for para in art["paragraphs"] for qa in para["qas"]
    ]


def evaluate(ask: Callable[[str], Answer], questions: Sequence[EvalQuestion],
             article_text: Callable[[str], str],
             progress: Progress | None = None,
             on_answer: Callable[[EvalQuestion, Answer, bool], None] | None = None,
             ask_without: Callable[[str, Sequence[str]], Answer] | None = None,
             chat: Callable[[], Callable[[str], Answer]] | None = None) -> EvalReport:
    """Ask every question and score the answers.

    ``on_answer(question, answer, right)`` is called after each question, where ``right``
    means: a citation holds a gold answer (the first one counts for the hit rate), or the
    library abstained on an unanswerable question.

    With ``ask_without(question, answers)``, which answers as if no sentence holding one of
    ``answers`` were indexed, every answerable question is asked again that way (the
    answer-removed test): the right response is to refuse.

    A conversation's turns (``before`` not None) are asked in order of one ``chat()`` (a new
    one at each first turn; without ``chat``, each by ``ask``), scored apart, and not asked
    again without their answers (alone, a follow-up is another question).
    """
    tally, turns = _Tally(), _Tally()
    texts: dict[str, str] = {}
    conversation = ask
    for i, q in enumerate(questions, start=1):
        if q.before == ():
            conversation = chat() if chat is not None else ask
        start = time.perf_counter()
        answer = (ask if q.before is None else conversation)(q.question)
        tally.latencies.append((time.perf_counter() - start) * 1000)
        for c in answer.citations:
            if c.article_id not in texts:
                texts[c.article_id] = article_text(c.article_id)
            tally.quotes += 1
            tally.exact += texts[c.article_id][c.start : c.end] == c.quote
        right = (tally if q.before is None else turns).add(q, answer)
        if ask_without is not None and not q.unanswerable and q.answers and q.before is None:
            tally.removed_asked += 1
            tally.removed_refused += ask_without(q.question, q.answers).abstained
        if on_answer:
            on_answer(q, answer, right)
        if progress:
            progress("asking", i, len(questions))
    alone = sum(q.before is None for q in questions)
    return replace(tally.report(alone), turns=len(questions) - alone,
                   conversations=sum(q.before == () for q in questions),
                   turns_right=_rate(turns.first + turns.abstained_right,
                                     len(questions) - alone))


class _Tally:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.quotes = self.exact = 0
        self.answerable = self.unanswerable = 0
        self.first = self.any = self.answered = 0
        self.abstained_right = self.abstained_wrong = 0
        self.first_words: list[int] = []
        self.shown_words: list[int] = []
        self.short_given = 0
        self.short_em = self.short_f1 = 0.0
        self.removed_asked = self.removed_refused = 0
        self.unsure_answerable = self.unsure_unanswerable = 0

    def add(self, q: EvalQuestion, answer: Answer) -> bool:
        if answer.citations:
            self.first_words.append(len(answer.citations[0].quote.split()))
            self.shown_words.append(sum(len(c.quote.split()) for c in answer.citations))
        if q.unanswerable:
            self.unanswerable += 1
            self.unsure_unanswerable += answer.unsure
            if answer.abstained:
                self.abstained_right += 1
            return answer.abstained
        self.answerable += 1
        if answer.abstained:
            self.abstained_wrong += 1
            return False
        self.answered += 1
        self.unsure_answerable += answer.unsure
        if answer.short is not None:
            self.short_given += 1
            em, f1 = short_answer_scores(answer.short.text, q.answers)
            self.short_em += em
            self.short_f1 += f1
        hits = [contains_answer(c.quote, q.answers) for c in answer.citations]
        self.first += bool(hits and hits[0])
        self.any += any(hits)
        return any(hits)

    def report(self, n: int) -> EvalReport:
        abstained = self.abstained_right + self.abstained_wrong
        lat = sorted(self.latencies) or [0.0]
        return EvalReport(
            questions=n, answerable=self.answerable, unanswerable=self.unanswerable,
            first_citation_hit=_rate(self.first, self.answerable),
            any_citation_hit=_rate(self.any, self.answerable),
            first_citation_words=_mean(self.first_words), words_shown=_mean(self.shown_words),
            answered_when_answerable=_rate(self.answered, self.answerable),
            abstention_precision=_rate(self.abstained_right, abstained),
            refused=abstained,
            abstention_recall=_rate(self.abstained_right, self.unanswerable),
            quotes_exact=_rate(self.exact, self.quotes) if self.quotes else 1.0,
            latency_p50_ms=lat[len(lat) // 2], latency_p95_ms=lat[min(len(lat) - 1,
                                                                      int(len(lat) * 0.95))],
            short_answer_given=_rate(self.short_given, self.answerable),
            short_exact_match=self.short_em / max(self.answerable, 1),
            short_f1=self.short_f1 / max(self.answerable, 1),
            removed_asked=self.removed_asked,
            removed_refused=(_rate(self.removed_refused, self.removed_asked)
                             if self.removed_asked else None),
            unsure_answerable=self.unsure_answerable,
            unsure_unanswerable=self.unsure_unanswerable)


def _rate(a: int, b: int) -> float:
    return a / b if b else 0.0


def _mean(xs: list[int]) -> float:
    return sum(xs) / len(xs) if xs else 0.0
