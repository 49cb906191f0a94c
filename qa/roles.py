"""Finding the person a "who" question names by a role: "Who is the police spokesman?"

News names people by their role right beside the name, in one of two ways:

- before it: "National Police spokesman Chhay Kim Khoeun told The Post...", "Economy Minister
  Heizo Takenaka said...";
- after it, set off by a comma: "Robert Sinche, head of currency strategy at Bank of America,
  said...".

:func:`role_name` finds such a name in a sentence: a run of two to five capitalised words
that shares no word with the question, with one of the question's own role words (a word it
writes in lower case: "spokesman", "chief", "minister") among the three words before the
name, or within six words after a comma that follows it. The reader's span is often another
name in the same sentence ("Rock club"), and the article's lead sentence, which shares the
question's topic, often has no name at all; the role beside the name is the evidence a
person reading the article uses.
"""

from __future__ import annotations

import re

__all__ = ["asks_for_a_person", "named_by_role", "role_name", "role_words"]

_TOKEN = re.compile(r"\w(?:[\w'’\-]|\.(?=\w))*|[^\w\s]")
# Lower-case parts of names: "Ghazi al-Gosaibi", "Ursula von der Leyen".
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "di", "du", "van", "von", "der",
                        "le", "la", "del", "dos", "ben"})
_NOT_ROLES = frozenset(
    "a an the of in on at for to by with from and or who whom whose is was are were be been "
    "has have had does did do what which that this these those it its his her their as into "
    "about after before over under current currently now then new former named called "
    "quoted said says say spoke who's".split())
# Capitalised words that begin a run without being part of the name.
_LEADING = frozenset("but and so yet the a an however meanwhile now then also while when "
                     "although though as if mr mrs ms dr".split())
# "Who is the police spokesman?", "Who chairs the council?": a role asked about. Not "Who
# must ensure...?" or "Who vowed to fight...?", whose words are no role.
_PERSON_QUESTION = re.compile(r"^\s*who (is|was|are|were|chairs|chaired|heads|headed|leads|led|"
                              r"runs|ran|edits|edited|manages|managed|directs|directed)\b",
                              re.IGNORECASE)
# Where an apposition after the name ends: "San Chey, the executive director of ANSA, said
# police officers' involvement...".
_APPOSITION_ENDS = frozenset(". ; : ? ! \" “ ” said says told added warned".split())
BEFORE = 3
AFTER_COMMA = 6


def asks_for_a_person(question: str) -> bool:
    """True for "Who is...?", "Who chairs...?" (a person asked for by a role)."""
    return bool(_PERSON_QUESTION.search(question))


def _stem(word: str) -> str:
    word = word.lower().strip("'’.")
    return word[:5] if len(word) > 5 else word


def role_words(question: str) -> frozenset[str]:
    """The stems of the words ``question`` writes in lower case that can name a role
    ("spokesman", "chief", "executive"): not its small words, and not its proper names,
    which say whose role it is rather than which."""
    words = re.findall(r"[\w][\w'’\-]*", question)
    return frozenset(_stem(w) for w in words[1:]
                     if w[:1].islower() and w.lower() not in _NOT_ROLES and len(w) > 2)


def _is_name_token(tokens: list[re.Match[str]], i: int) -> bool:
    text = tokens[i].group()
    if text[:1].isupper() and any(ch.isalpha() for ch in text):
        return True
    head = text.split("-", 1)[0].lower()
    if "-" in text and head in _PARTICLES:
        return text.split("-", 1)[1][:1].isupper()  # "al-Gosaibi"
    return (text.lower() in _PARTICLES and 0 < i < len(tokens) - 1
            and tokens[i - 1].group()[:1].isupper() and tokens[i + 1].group()[:1].isupper())


def role_name(question: str, text: str) -> tuple[int, int] | None:
    """The span in ``text`` (character offsets) of the person it names by a role that
    ``question`` asks about, or None (see the module's description)."""
    found = named_by_role(question, text)
    return found[1:] if found else None


def named_by_role(question: str, text: str) -> tuple[int, int, int] | None:
    """``(roles, start, end)``: the person :func:`role_name` finds, with how many of the
    question's role words stand beside the name ("Jean-Philippe Cotis, the OECD's chief
    economist" has two of "chief economist", "Vincent Koen, a senior economist" one); the
    name with the most when there are several."""
    if not asks_for_a_person(question):
        return None
    roles = role_words(question)
    if not roles:
        return None
    asked = {w.lower().strip("'’.") for w in re.findall(r"[\w][\w'’.\-]*", question)}
    asked |= {w[:-2] for w in asked if w.endswith(("'s", "’s"))}
    tokens = list(_TOKEN.finditer(text))
    best: tuple[int, int, int] | None = None
    i = 0
    while i < len(tokens):
        if not _is_name_token(tokens, i):
            i += 1
            continue
        j = i
        while j < len(tokens) and _is_name_token(tokens, j):
            j += 1
        # A run such as "Economy Minister Heizo Takenaka": the name is what follows the
        # last word the question has; the words before it are the role.
        start = i
        while start < j and tokens[start].group().lower() in _LEADING:
            start += 1  # "But Ian Shepherdson, chief US economist..."
        for k in range(start, j):
            if tokens[k].group().lower().strip("'’.") in asked or _stem(tokens[k].group()) in roles:
                start = k + 1
        found = _named(tokens, start, j, i, asked, roles)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
        i = j
    return best


def _named(tokens: list[re.Match[str]], start: int, end: int, run_start: int,
           asked: set[str], roles: frozenset[str]) -> tuple[int, int, int] | None:
    name = [t.group() for t in tokens[start:end]]
    if name and name[-1].endswith(("'s", "’s")):
        return None  # "Glaxo's chief executive": an owner, not the person
    if not 2 <= len(name) <= 5 or any(w.lower().strip("'’.") in asked for w in name):
        return None
    if name[0][:1].islower():
        return None  # "de Gaulle" without its first name
    before = [t.group() for t in tokens[max(0, run_start - BEFORE) : start]]
    after: list[str] = []
    if end < len(tokens) and tokens[end].group() in {",", "-", "–", "—"}:
        for t in tokens[end + 1 : end + 1 + AFTER_COMMA]:
            if t.group() in _APPOSITION_ENDS:
                break
            after.append(t.group())
    beside = {_stem(w) for w in before + after} & roles
    if not beside:
        return None
    return len(beside), tokens[start].start(), tokens[end - 1].end()
