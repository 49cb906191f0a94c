"""Written answers: the quotes a language model is given, its prompt, and what is kept.

The extractive answer is made first, as always. When a language model is asked, it is given
that answer's quotes and the next best passages (up to :data:`MAX_QUOTES`) as numbered
verbatim quotes, with the question; it writes a short answer citing them as ``[n]``, or says
that they do not answer. Each sentence it wrote is then checked (:mod:`qa.checking`). When it
declines, or nothing it wrote is supported, the answer is the usual abstention; when the
server fails or the writing is cancelled, the extractive answer stands, with a notice.
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace

from qa.answering import NO_ANSWER, abstain_below
from qa.checking import SupportScorer, check_sentences, split_written
from qa.errors import LLMCancelled, LLMError
from qa.llm import LocalLLM, Message, OnText, stream_reply
from qa.models import Answer, Citation, WrittenAnswer
from qa.retrieval import ScoredSentence

__all__ = ["DECLINE", "MAX_QUOTES", "declined", "more_quotes", "prompt", "write_answer"]

# Quotes given to the model: the extractive answer's (up to 3) and then the next best
# passages, so that a question no single sentence answers can be answered from several. A
# 1-3B model reads a handful of short quotes well; more dilutes its attention.
MAX_QUOTES = 5
DECLINE = "The quotes do not answer this question."
_DECLINES = re.compile(
    r"\b(?:do(?:es)?\s+not|don't|doesn't|cannot|can't|can\s+not|unable\s+to)\s+(?:answer|say|"
    r"mention|contain|provide|tell|state|include|specify|know)|\bno\s+information\b|"
    r"\bnot\s+(?:mentioned|stated|specified|provided)\b", re.IGNORECASE)

SYSTEM = (
    "You answer questions using only the numbered quotes you are given. Write a short answer "
    "of one to three sentences. End every sentence with the number of the quote it comes "
    "from in square brackets, like [1]. Use only facts the quotes state; do not add any. If "
    f"the quotes do not answer the question, reply only: {DECLINE}")


# One worked example before the real quotes: with it, SmolLM2-135M ended about half its
# sentences with a marker (0 of 32 without it, on bench/llm_questions.jsonl); instruction-
# tuned 1-3B models follow the format more reliably when shown it too.
EXAMPLE = [("user", "Quotes:\n[1] The Golden Gate Bridge opened in 1937 after four years of "
                    "work.\n[2] Its main span is 1,280 metres long.\n\nQuestion: When did the "
                    "bridge open, and how long is its span?"),
           ("assistant", "The bridge opened in 1937 [1]. Its main span is 1,280 metres long "
                         "[2].")]


def prompt(question: str, quotes: list[str], context: str | None = None) -> list[Message]:
    """The chat messages: the instructions, a worked example, then the numbered quotes and
    the question."""
    numbered = "\n".join(f"[{n}] {' '.join(q.split())}" for n, q in enumerate(quotes, start=1))
    earlier = f"Earlier in the conversation: {context}\n\n" if context else ""
    return [("system", SYSTEM), *EXAMPLE,
            ("user", f"Quotes:\n{numbered}\n\n{earlier}Question: {question}")]


def more_quotes(answer: Answer, ranked: list[ScoredSentence], sentences: int) -> tuple[
        Citation, ...]:
    """The answer's citations, then further sentences from ``ranked`` that are evidence on
    their own (above the abstention threshold), up to :data:`MAX_QUOTES`, numbered on."""
    chosen = list(answer.citations)
    seen = {" ".join(c.quote.split()).lower() for c in chosen}
    floor = abstain_below(sentences)
    for s in ranked:
        if len(chosen) >= MAX_QUOTES or s.score < floor:
            break
        key = " ".join(s.text.split()).lower()
        if s.is_headline or key in seen or any(
                c.article_id == s.chunk.article_id and c.start < s.end and s.start < c.end
                for c in chosen):
            continue
        seen.add(key)
        c = s.chunk
        chosen.append(Citation(n=len(chosen) + 1, article_id=c.article_id, title=c.title,
                               source=c.source, start=s.start, end=s.end, quote=s.text,
                               score=round(s.score, 4), date=c.date))
    return tuple(chosen)


def declined(sentences: list[str]) -> bool:
    """True when the reply opens by saying the quotes do not answer (or is empty)."""
    return not sentences or bool(_DECLINES.search(sentences[0]))


def write_answer(answer: Answer, ranked: list[ScoredSentence], sentences: int,
                 llm: LocalLLM, scorer: SupportScorer, *, context: str | None = None,
                 strict: bool = False, on_text: OnText | None = None,
                 cancel: threading.Event | None = None) -> Answer:
    """``answer`` (extractive, from ``ranked``) with the model's written answer, checked;
    or the abstention, or ``answer`` with a notice when the model fails."""
    if answer.abstained:
        return answer  # nothing to quote: the model is not asked
    citations = more_quotes(answer, ranked, sentences)
    quotes = [c.quote for c in citations]
    try:
        reply = stream_reply(llm, prompt(answer.question, quotes, context), on_text, cancel)
    except LLMCancelled:
        return replace(answer, notice=f"the written answer from {llm.model} was cancelled; "
                                      "this is the extractive answer")
    except LLMError as e:
        return replace(answer, notice=f"{e}. This is the extractive answer.")
    parts = split_written(reply)
    checked = check_sentences(parts, quotes, scorer)
    written = WrittenAnswer(model=llm.name, sentences=checked, declined=declined(parts),
                            strict=strict)
    if strict:
        written = replace(written, sentences=tuple(s for s in checked if s.supported))
    if written.declined or not written.supported:
        why = ("said the quotes do not answer" if written.declined
               else "wrote nothing that the quotes it cited support")
        return Answer(question=answer.question, text=NO_ANSWER, citations=(), abstained=True,
                      written=written, notice=f"{llm.model} {why}")
    return replace(answer, citations=citations, written=written)
