"""Conversations: follow-up questions read in the light of the earlier turns."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from qa.models import Answer, Citation
from qa.phrasing import asks_for_more, asks_for_the_gist, plain_question
from qa.roles import ROLES, names_a_body, role_holder

__all__ = ["Asker", "Chat", "Turn", "is_follow_up", "read_with_context"]

# Words that point back at an earlier turn ("he", "that book", "such systems", "and ...?").
_BACK_REFERENCE = re.compile(
    r"\b(he|she|it|its|it's|they|them|their|theirs|his|her|hers|him|this|that|these|those|"
    r"there|then|such|same|former|latter|one|ones)\b|^\s*(and|also|but|so|what about|"
    r"how about)\b", re.IGNORECASE)


# The most characters between two sentences that follow one another (a space, a paragraph's
# line breaks).
_BETWEEN = 4


# "How much is the company planning to invest?" after "Which Australian mining firm runs La
# Escondida?": a thing named by its kind alone, in a question that names nothing, is the one
# the conversation is about (a new user's trial, stop 35: it was asked alone, and refused).
# Kinds of the same group name the same thing ("the company" for a firm asked about; "the
# group" for a firm or a band).
_KINDS = {kind: group for group, kinds in (
    ("firm", "company companies firm firms group business bank airline carrier retailer chain "
             "studio network channel miner maker"),
    ("team", "club team side"), ("band", "band"), ("party", "party"), ("film", "film movie"),
    ("show", "show programme series"), ("album", "album record"), ("book", "book novel"),
    ("game", "game"), ("country", "country nation"), ("city", "city town"),
    ("person", "singer player actor actress star minister manager coach man woman person"),
) for kind in kinds.split()}
_THE_KIND = re.compile(r"\bthe (" + "|".join(sorted(_KINDS, key=len, reverse=True)) + r")\b",
                       re.IGNORECASE)
_NAME = re.compile(r"(?<!^)(?<![.?!] )\b[A-Z]")
# The kind an earlier question asked for: "Which Australian mining firm...?" a firm, "Who...?"
# a person.
_ASKED_KIND = re.compile(r"^\s*(?:\w+ )?(?:which|what) (?:is the name of (?:[\w'’\-]+ ){0,3}?|"
                         r"(?:[\w'’\-]+ ){0,3}?)(" + "|".join(
    sorted(_KINDS, key=len, reverse=True)) + r")\b|^\s*(who|whom)\b", re.IGNORECASE)


def _named_by_kind(question: str, turns: Sequence[Turn]) -> str | None:
    """``question`` with "the company" (a thing named by its kind alone) replaced by the
    short answer of the last of ``turns``, when that turn asked for a thing of the same kind
    ("Which Australian mining firm runs La Escondida?" -> "BHP Billiton"); else None. Read
    with the earlier question before it, the reader marks the earlier answer again, not the
    figure asked for; asked with the name, it reads as a question by itself does."""
    the = _THE_KIND.search(question)
    if the is None or not turns or re.match(r"\s+[A-Z]", question[the.end() :]) or any(
            names_a_body(run) for run in _RUN.findall(question.strip())):
        return None  # ("the company Umbro", "the Ashby Lock Water Company": named)
    # (a question naming something else too may still mean the body asked about: "How much
    # has the firm spent upgrading the Ashby Lock works?" after "Who is the chief executive
    # of Southmere Water?" and "How old is he?", a trial of stop 45, was refused)
    named = None if _NAME.search(question.strip()) else _kind_answered(the.group(1).lower(),
                                                                       turns[-1])
    if named is None and _KINDS[the.group(1).lower()] in _BODIES:
        # "Who leads the party?" after "Who is the Liberal Democrats' economics spokesman?":
        # the one body the last question naming any names (a trial of stop 35 had it
        # refused; one of stop 37 asked "Which brands does the company own?" after "Who is
        # the chief executive of Electrolux?" and "How many plants does he say are at risk?")
        for turn in reversed(turns):
            runs = _RUN.findall(turn.question.strip())
            if runs or not is_follow_up(turn.question):
                named = runs[0] if len(runs) == 1 else None
                break
    return None if named is None else question[: the.start()] + named + question[the.end() :]


# Kinds that are bodies, which an earlier question may name ("the club" after "Who is the
# chairman of Wigan?"), and its runs of capitalised words after its first.
_BODIES = frozenset({"firm", "team", "party", "band"})
_RUN = re.compile(r"(?<!^)(?<=\s)[A-Z][\w&\-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&\-]*)*")


def _not_the_earlier(answer: Answer, earlier: Turn | None) -> Answer:
    """``answer`` to a follow-up, without its short answer when that is the earlier turn's:
    read after the earlier question, the reader marks the person "he" is ("What did he say
    about direct payments?" after "Who is the director general of Age Concern?" showed
    "Gordon Lishman" again, in a trial of stop 35). Its passages are the answer."""
    short, before = answer.short, earlier.answer.short if earlier else None
    if short is None or before is None or short.text != before.text or answer.written:
        return answer
    text = " ".join(f"{c.quote} [{c.n}]" for c in answer.citations)
    return replace(answer, short=None, text=text)


def _kind_answered(kind_word: str, earlier: Turn) -> str | None:
    """The short answer of ``earlier`` when that turn asked for a thing of the kind of
    ``kind_word`` ("Which mining firm...?" for "the company"), else None."""
    short = earlier.answer.short
    asked = _ASKED_KIND.search(earlier.question)
    if short is None or asked is None:
        return None
    kind = "person" if asked.group(2) else _KINDS[asked.group(1).lower()]
    if _KINDS[kind_word] != kind and not (kind == "band" and kind_word == "group"):
        return None
    return short.text


# A person pointed back at ("he", "his", "her"), and the possessive "her" ("her coach", not
# "beat her in").
_PERSON_WORD = re.compile(r"\b(he|she|him|his|her)\b", re.IGNORECASE)
_NOT_OWNED = frozenset("and or to in on at for with by from of as than that when after before "
                       "into over".split())


def _named_person(question: str, turns: Sequence[Turn]) -> str | None:
    """``question`` with its first "he", "she", "him", "his" or "her" replaced by the person
    the conversation is about (:func:`_person_of`), or None when it has no such word or the
    conversation no such person. Asked with the name, a follow-up reads as a question by
    itself does; read after the earlier question, the reader looks again at what answered
    that ("What event was he speaking at?" after "On what day did he make his remarks?"
    cited the lead, "What event was Sar Kheng speaking at?" the conference)."""
    person = _person_of(turns)
    if person is None:
        return None
    for m in _PERSON_WORD.finditer(question):
        word, rest = m.group(1).lower(), question[m.end():].split()
        owned = word == "his" or (word == "her" and bool(rest)
                                  and rest[0].strip(",.?!").lower() not in _NOT_OWNED
                                  and rest[0][:1].islower())
        return question[: m.start()] + (f"{person}'s" if owned else person) + question[m.end():]
    return None


def _person_of(turns: Sequence[Turn]) -> str | None:
    """The person the conversation is about: the short answer of the last turn that asked
    who (or for a person by kind: "Which singer...?"), as long as the turns since it are
    follow-ups; None after a question that stands alone and asks for no person."""
    person = None
    for turn in turns:
        if not is_follow_up(turn.question):
            person = None
        asked = _ASKED_KIND.search(turn.question)
        if turn.answer.short is not None and (
                (asked and (asked.group(2) or _KINDS[asked.group(1).lower()] == "person"))
                or _person_by_role(turn.question, turn.answer.short.text)):
            person = turn.answer.short.text
        elif (turn.answer.short is None and not turn.answer.abstained and turn.answer.citations
              and asked and asked.group(2)):
            quote = turn.answer.citations[0].quote
            aged = _NAMED_AND_AGED.match(quote)
            held = role_holder(turn.question, quote)
            if aged:
                person = aged.group("name")  # the person a "Not sure" answer's passage opens
                # on, named with an age ("Ms Marwood, 47, a former nurse...": the next turn's
                # "How old is she?" was refused, trial L)
            elif held:
                person = quote[held[1] : held[2]]  # or names beside the role asked ("Opposition
                # leader Councillor Derek Fenwick, 63,": "How old is he?" next was refused,
                # trial CL, stop 50)
    return person


# A passage opening on a person, named with an age: "Ms Marwood, 47,", "Ringleader Connor
# Walsh, 34,".
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)"
_NAMED_AND_AGED = re.compile(rf"^[\W]*(?:(?!{_TITLES}\b)[A-Z][a-z]+\s+)?(?P<name>(?:{_TITLES}\s+)?"
                             r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}),\s+\d{1,3},")


# "Which ecologist...?", "Which judge...?": a person asked for by what they do, when the
# answer is a name of two to four capitalised words naming no body ("she" after "Which
# ecologist has studied the moor?" was not read as the one named: a trial of stop 45).
_WHICH_DOER = re.compile(r"^\s*(?:\w+ )?which (?:[\w'’\-]+ ){0,2}?(?P<who>[a-z]+(?:ist|er|or|ian|"
                         r"man|woman|person)|" + "|".join(sorted(ROLES)) + r")\b", re.IGNORECASE)
_PERSONS_NAME = re.compile(r"(?:[A-Z][\w'’\-]*\s+){1,3}[A-Z][\w'’\-]*")


def _person_by_role(question: str, short: str) -> bool:
    """Whether ``question`` asks which person of a role or a trade, and ``short``, its
    answer, is a person's name (see _WHICH_DOER)."""
    return bool(_WHICH_DOER.match(question) and _PERSONS_NAME.fullmatch(short.strip())
                and not names_a_body(short))


def is_follow_up(question: str) -> bool:
    """True when the question refers back to the conversation instead of standing alone."""
    question = question.strip()
    return bool(_BACK_REFERENCE.search(question)) or (
        bool(_THE_KIND.search(question)) and not _NAME.search(question))


# "Tell me more" before any answer with a passage.
NOTHING_TO_READ_ON = "Ask a question first: \"Tell me more\" then reads on from its answer."

# The first sentence of a context: up to a question mark, full stop or exclamation mark and a
# space, or the end. Chat puts the last turn's question first.
_FIRST_SENTENCE = re.compile(r"^.*?[?.!](?=\s|$)|^.*$", re.DOTALL)
# At most this many words of it are read with a follow-up.
MAX_EARLIER_WORDS = 30


def read_with_context(question: str, context: str | None) -> str:
    """What the reader reads for ``question`` asked with ``context``: the question alone,
    or, for a follow-up, the context's first sentence (the earlier question, as
    :class:`Chat` writes contexts) and then the question, so that "he" in "Which newspaper
    did he talk to?" is read after "Who is the National Police spokesman?". On the
    follow-up set (bench/eval_followups.py) this took follow-ups answered right from 29 of
    35 (the question alone) to 33, the figure of before the reader; in a first trial, the
    earlier question after the follow-up gave 32 as before it, and the whole context (with
    the quote that answered it) 25: the reader then looks for the earlier answer again."""
    if not context or not context.strip():
        return question
    match = _FIRST_SENTENCE.match(context.strip())
    earlier = (match.group(0) if match else context).split()[:MAX_EARLIER_WORDS]
    return " ".join([*earlier, question])


class Asker(Protocol):
    """What a conversation needs of a library: :meth:`qa.Library.ask`. (A protocol, so that
    this module does not import :mod:`qa.library`, which builds on it.)"""

    def ask(self, question: str, *, context: str | None = None,
            prefer: Collection[str] = (), llm: Any = None, strict: bool = False,
            on_text: Any = None, cancel: Any = None) -> Answer:
        """Answer ``question``, read with ``context``, favouring the ``prefer`` articles;
        written by ``llm`` when one is given."""
        ...

    def read_on(self, question: str, after: Citation,
                shown: Sequence[Citation] = ()) -> Answer:
        """The sentences of ``after``'s article that follow it, but for those in ``shown``."""
        ...


@dataclass(frozen=True)
class Turn:
    """One question and its answer."""

    question: str
    answer: Answer


@dataclass
class Chat:
    """A conversation with a :class:`~qa.Library` (made by :meth:`qa.Library.chat`).

    ``chat.ask("Who owns the Rock?")`` then ``chat.ask("What was he charged with?")``: the
    second question is retrieved together with the first turn, so "he" finds its referent.
    """

    library: Asker
    turns: list[Turn] = field(default_factory=list)

    def ask(self, question: str, **writing: Any) -> Answer:
        """Answer ``question`` as the next turn of this conversation; ``writing`` goes to
        :meth:`qa.Library.ask` (``llm``, ``strict``, ``on_text``, ``cancel``). "Tell me more"
        reads on from the last answer's passage (:meth:`qa.Library.read_on`)."""
        if asks_for_more(question):
            last, shown = self._reading()
            read = (self.library.read_on(question, last, shown) if last is not None else
                    Answer(question=question, text=NOTHING_TO_READ_ON, citations=(),
                           abstained=True))
            self.turns.append(Turn(read.question, read))
            return read
        answer: Answer | None = None
        named = _named_by_kind(question, self.turns)
        if named is not None:  # "How much is BHP Billiton planning to invest?"
            answer = replace(self.library.ask(named, prefer=self._articles(), **writing),
                             question=question)
        elif (named := _named_person(question, self.turns)) is not None:
            # "What event was Sar Kheng speaking at?"; refused so, it is read after the
            # earlier question as below ("Which newspaper did he talk to?" is answered then)
            asked = replace(self.library.ask(named, prefer=self._articles(), **writing),
                            question=question)
            answer = None if asked.abstained else asked
        if answer is None:
            if not (is_follow_up(question) or asks_for_the_gist(question)):
                answer = self.library.ask(question, **writing)
            else:
                answer = _not_the_earlier(self.library.ask(question, context=self._context(),
                                                           prefer=self._articles(), **writing),
                                          self.turns[-1] if self.turns else None)
        self.turns.append(Turn(answer.question, answer))
        return answer

    def reset(self) -> None:
        """Forget the earlier turns: the next question starts a new conversation."""
        self.turns.clear()

    def _context(self) -> str | None:
        if not self.turns:
            return None
        last = self.turns[-1]
        parts = [plain_question(last.question)]  # "Can you tell me who...?" read as "Who...?"
        if last.answer.citations:
            parts.append(last.answer.citations[0].quote)
        return " ".join(parts)

    def _reading(self) -> tuple[Citation | None, tuple[Citation, ...]]:
        """Where "Tell me more" reads on from, and what the reader has been shown since the
        question it reads on from: after the furthest passage of the last "Tell me more";
        before any, after the answer's first passage, or the last of the passages it cites
        one right after another from there (nothing just read is read again, nothing after
        the answer skipped)."""
        chain: list[Turn] = []
        for turn in reversed(self.turns):
            chain.append(turn)
            if not asks_for_more(turn.question):
                break
        if not chain or not chain[-1].answer.citations:  # read on from the last answer
            origin = next((t for t in reversed(self.turns) if t.answer.citations), None)
            if origin is None:
                return None, ()
            chain = [origin]
        shown = tuple(c for t in chain for c in t.answer.citations)
        read_on = next((t.answer for t in chain[:-1] if t.answer.citations), None)
        if read_on is not None:
            return max(read_on.citations, key=lambda c: c.end), shown
        answered = chain[-1].answer
        last = answered.citations[0]
        following = True
        while following:
            following = False
            for c in answered.citations:
                if c.article_id == last.article_id and 0 <= c.start - last.end <= _BETWEEN:
                    last, following = c, True
        return last, shown

    def _articles(self) -> frozenset[str]:
        # Follow-ups are mostly about the article the last answer came from.
        if not self.turns:
            return frozenset()
        return frozenset(c.article_id for c in self.turns[-1].answer.citations[:1])
