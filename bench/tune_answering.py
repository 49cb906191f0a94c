"""How stop 25 set the answering rules around the readers, reproducible.

    .venv/bin/python bench/tune_answering.py [--questions 1000] [--news]

``cutoffs.lead`` (from which probability the reader's best sentence is cited first; the
shipped ``reader.json`` has 0.05) and ``SHORT_SHARE`` in ``qa/short_answers.py`` (how sure of its
span the reader must be for a short answer to any question; 0.4). Each question is asked once
through ``Library.ask``; its readings are then composed under every setting, so the settings
are compared on the same readings. SQuAD questions of each half are read by the readers
``make reader`` trained on the other half (as ``bench/eval_answers.py`` does; the same sample
for the same ``--questions``), so the readers never saw them; ``--news`` asks the news
development set with the shipped readers instead. The settings themselves were chosen on
these questions: the held-out news sets (``bench/eval_news.py --heldout 1|2``) are the check.

Prints, per setting: first and any citation holding a gold answer, short answers given, and
their exact match and F1 over all answerable questions and over those given.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import qa.library  # noqa: E402
import qa.short_answers  # noqa: E402
from qa.evaluation import contains_answer, load_questions, short_answer_scores  # noqa: E402

LEADS = (0.05, 0.1, 0.15, 0.2, 0.3)
SHARES = (0.3, 0.35, 0.4, 0.5)
SHIPPED_LEAD, SHIPPED_SHARE = 0.05, qa.short_answers.SHORT_SHARE


def settings() -> list[tuple[float, float]]:
    """Each lead at the shipped share, then each share at the shipped lead, and short
    answers for form-checked spans only, as before stop 25 (a share no span reaches; their
    own floor and the 6-word limit stay)."""
    return ([(lead, SHIPPED_SHARE) for lead in LEADS]
            + [(SHIPPED_LEAD, share) for share in SHARES if share != SHIPPED_SHARE]
            + [(SHIPPED_LEAD, 2.0)])


class Tally:
    """Every setting's answers to the questions asked so far."""

    def __init__(self) -> None:
        self.answers: dict[tuple[float, float], list] = {s: [] for s in settings()}
        self.golds: list[tuple[str, ...]] = []
        self._compose = qa.library.compose_read
        qa.library.compose_read = self._each  # what Library.ask composes with

    def _each(self, question, judged, sentences, cutoffs, order=None, choose=False):
        shipped = self._compose(question, judged, sentences, cutoffs, order=order,
                                choose=choose)
        for lead, share in self.answers:
            qa.short_answers.SHORT_SHARE = share
            try:
                answer = self._compose(question, judged, sentences,
                                       dataclasses.replace(cutoffs, lead=lead), order=order,
                                       choose=choose)
            finally:
                qa.short_answers.SHORT_SHARE = SHIPPED_SHARE
            self.answers[lead, share].append(answer)
        return shipped

    def ask(self, lib, questions) -> None:
        for q in questions:
            before = len(self.answers[settings()[0]])
            lib.ask(q.question)
            for answers in self.answers.values():  # a question refused before reading
                if len(answers) == before:
                    answers.append(None)
            self.golds.append(q.answers)

    def print(self, title: str) -> None:
        print(f"{title} ({len(self.golds)} answerable questions)")
        print("  lead  share   first    any  short given   EM / F1 (all)   EM given")
        for (lead, share), answers in self.answers.items():
            first = hit_any = given = em = f1 = 0.0
            for answer, gold in zip(answers, self.golds, strict=True):
                if answer is None or not answer.citations:
                    continue
                first += contains_answer(answer.citations[0].quote, gold)
                hit_any += any(contains_answer(c.quote, gold) for c in answer.citations)
                if answer.short:
                    e, f = short_answer_scores(answer.short.text, gold)
                    given, em, f1 = given + 1, em + e, f1 + f
            n = max(len(self.golds), 1)
            label = "form" if share > 1 else f"{share:.2f}"
            print(f"  {lead:.2f}  {label:>5}   {first / n:.3f}  {hit_any / n:.3f}"
                  f"        {given / n:.3f}   {em / n:.3f} / {f1 / n:.3f}"
                  f"       {em / max(given, 1):.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1000,
                        help="answerable SQuAD questions a half (default 1000)")
    parser.add_argument("--news", action="store_true",
                        help="the news development set instead of SQuAD")
    args = parser.parse_args()
    if args.news:
        from eval_news import QUESTIONS, news_library

        tally = Tally()
        questions = [q for q in load_questions(QUESTIONS) if not q.unanswerable]
        tally.ask(news_library(None), questions)
        tally.print("news development set, shipped readers")
        return 0
    from eval_answers import NO_READER, _library, _questions, crossfit_reader
    from shared_data import squad_articles

    articles = squad_articles()
    base = _library("all", articles, reader=NO_READER)
    for half, trained_on in (("even", "odd"), ("odd", "even")):
        lib = _library("all", articles, embedder=base.embedder,
                       reader=crossfit_reader(trained_on))
        tally = Tally()
        tally.ask(lib, _questions(articles[0::2] if half == "even" else articles[1::2],
                                  args.questions, 1))
        tally.print(f"SQuAD {half} half, read by the readers trained on the {trained_on} half")
        qa.library.compose_read = tally._compose
    return 0


if __name__ == "__main__":
    sys.exit(main())
