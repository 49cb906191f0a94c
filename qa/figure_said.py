"""How a figure is said in a sentence: in digits or in words, its form (money, a share), the
"million" or "per cent" after it, a time asked before it; the few patterns that
:mod:`qa.figure_asked`, :mod:`qa.figure_parts`, :mod:`qa.figure_times` and
:mod:`qa.sum_asked` share.
"""

from __future__ import annotations

import re

from qa.forms import (
    ASKS_FOR_COUNT,
    asked_for,
)

__all__ = ["ASKS_BEFORE", "A_FIGURE_SAID", "FIGURE_OR_WORDS", "FIGURE_SAID", "HEDGE", "HEDGED",
           "MAGNITUDE_AFTER", "NUMBER_WORD", "OF_THE_WHOLE", "SENTENCE_END", "TIME_ASKED",
           "asks_for_count", "figure_form", "number_asked", "with_its_magnitude"]


def asks_for_count(question: str) -> bool:
    return bool(ASKS_FOR_COUNT.search(question.lower()))


# The words between a part and its whole ("27 of its 112 UK stores": see qa.figure_parts).
OF_THE_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:[\w'’\-]+\s+){0,3}?")

# A figure in digits, with its currency, its "m" or its "%" ("£18.6m", "14%").
FIGURE_SAID = re.compile(r"(?<![\w.,$£€\-])[$£€]?\d(?:[\d,.]*\d)?(?:bn|m|k|p|%)?(?![\w\-])")


def figure_form(figure: str) -> tuple[bool, bool]:
    """A figure's form: whether a sum, whether a share."""
    return figure[:1] in "$£€", figure.endswith("%")


# The end of a sentence in a quote of several (the next opening on a capital or a quote mark).
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z“\"])")

# A figure in digits or in words ("Twenty-three volunteers helped this season, up from nine
# last year", the last README check of stop 52).
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
NUMBER_WORD = (rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:{_UNITS}))?"
                rf"|{_UNITS}|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)")
FIGURE_OR_WORDS = re.compile(rf"{FIGURE_SAID.pattern}|\b{NUMBER_WORD}\b(?!-)", re.IGNORECASE)


def number_asked(question: str, quote: str, start: int) -> bool:
    """Whether ``question`` asks for a number, or asks "What...?" of a figure marked at
    ``quote[start:]`` ("What was the Grand Esplanade Hotel's average occupancy rate in 2024?",
    "What did ticket sales ... earn last year?": trials IK and IM of stop 56 were shown the
    other year's figure of the sentence)."""
    hedge = HEDGED.match(quote, start)  # (after its hedge: "about £450,000", trial ZQ of
    # stop 70)
    return asked_for(question) == "number" or bool(
        re.match(r"\s*(?:[^,?]+,\s*)?what\b", question, re.IGNORECASE)  # (or after a clause:
        # "Under the previous scheme, what did full-time staff pay ...?", trial ZZ of stop 70)
        and FIGURE_SAID.match(quote, hedge.end() if hedge else start))


# (a wider hedge than HEDGE below, compiled, for a figure marked with it: "roughly", "more
# than", "over", "up to" too)
HEDGED = re.compile(r"(?:about|around|some|nearly|almost|roughly|more than|over|up to)\s+",
                      re.IGNORECASE)


# The "million" or "per cent" said just after a figure.
MAGNITUDE_AFTER = re.compile(r"\s(?:million|billion|trillion)\b|\s?per ?cent\b")


def with_its_magnitude(quote: str, figure: re.Match[str]) -> tuple[int, int]:
    """Where ``figure`` of ``quote`` is, with the "million" or "per cent" after it ("£1.1",
    not "£1.1 million", was shown for "compared with £1.1 million last year", the README check
    of 78ddb68; "31 per cent", trial PQ of stop 61)."""
    magnitude = MAGNITUDE_AFTER.match(quote, figure.end())
    return figure.start(), magnitude.end() if magnitude else figure.end()


ASKS_BEFORE = re.compile(r"\b(?:before(?! tax)|previous|previously|last year|earlier|originally|"
                          r"used to|"
                          # (not "from September", a time from which: trial AV, stop 47, was shown
                          # "£2.45" of "rise from £2.45 to £2.60 from September")
                          r"from(?!\s+(?:next|this|january|february|march|april|may|june|july|"
                          r"august|september|october|november|december)\b)|ago|first|"
                          r"(?:19|20)\d\d|start|began|begin)\b", re.IGNORECASE)

TIME_ASKED = re.compile(r"\b(?:last|this) (?:year|month|week|season|summer|winter|spring|"
                         r"autumn)\b|\b(?:19|20)\d\d\b"
                         # (or "two years ago": "148 are women, up from 119 two years ago", trial
                         # ABF of stop 72 shown "148" for two years ago's)
                         r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years ago\b",
                         re.IGNORECASE)

# A figure with its magnitude and its unit ("2.3 million tonnes").
A_FIGURE_SAID = re.compile(r"[$£€]?\d[\d,.]*(?:\s?(?:bn|m|k|%|million|billion)\b)?"
                            r"(?:\s(?:tonnes|tons|barrels|litres|gallons|miles|kilometres|km|"
                            r"metres|hectares|acres)\b)?")

# A figure's hedge before it ("about 350").
HEDGE = r"(?:about |around |some |nearly |almost )?"
