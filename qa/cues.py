"""Answer-type cues: does a sentence hold the kind of thing the question asks for?

"How many..." wants a number, "when..." a date, "who..." a name: a sentence that only
restates the question lacks them. The cue is 1 when the sentence has such a token that the
question does not, 0 when it has none, and 0.5 when the question asks for no particular type.
"""

from __future__ import annotations

import re

__all__ = ["answer_type", "type_match"]

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|monday|tuesday|wednesday|thursday|friday|saturday|sunday")
_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                 "thirty|forty|fifty|hundred|thousand|million|billion|dozen|half")
_TYPES = (
    ("number", re.compile(r"^\s*(how (many|much|long|far|old|large|big|tall|often|high)|"
                          r"what (percentage|percent|number|proportion|amount))\b", re.I)),
    ("date", re.compile(r"^\s*(when|(in |during )?(what|which) (year|month|day|date|decade|"
                        r"century|period))\b", re.I)),
    ("name", re.compile(r"^\s*(who|whom|whose|where|(what|which) (is the name|city|country|"
                        r"company|team|person|newspaper|organi[sz]ation|party|group))\b", re.I)),
)
_PATTERNS = {
    "number": re.compile(rf"\b(\d[\d,.]*|{_NUMBER_WORDS})\b", re.I),
    "date": re.compile(rf"\b(1\d{{3}}|20\d{{2}}|\d{{1,2}}(st|nd|rd|th)|{_MONTHS}|"
                       r"(last|this|next) (year|month|week)|yesterday|today)\b", re.I),
    # A capitalised word that does not start the sentence or a quotation.
    "name": re.compile(r"(?<=[\w,;:)] )[A-Z][\w'\u2019-]+"),
}


def answer_type(question: str) -> str | None:
    """``"number"``, ``"date"``, ``"name"`` or None, from the question's opening words."""
    for name, pattern in _TYPES:
        if pattern.search(question):
            return name
    return None


def type_match(kind: str | None, question: str, sentence: str) -> float:
    """1.0 when ``sentence`` holds a token of ``kind`` absent from the question, else 0.0;
    0.5 when the question wants no particular kind."""
    if kind is None:
        return 0.5
    asked = {w.lower() for w in re.findall(r"[\w'\u2019-]+", question)}
    return float(any(m.group().lower() not in asked
                     for m in _PATTERNS[kind].finditer(sentence)))
