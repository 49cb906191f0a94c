"""Words a question says about the text rather than about its subject.

A reader asks "Who is the interior minister quoted in the story?" or "According to the
article, when did the club close?". Neither "quoted", "story" nor "article" is in the sentence
that answers, so retrieval found the seed's minister sentence too weak to answer (its evidence
fell under the abstention line) while "Who is the interior minister?" was answered. Such
words are left out of what is retrieved and read; the answer keeps the question as asked.
"""

from __future__ import annotations

import re

__all__ = ["about_the_subject"]

# "the article", "this story", "the news piece", "these articles": the text itself. Not
# "report": news questions name reports they mean ("according to the NAO report").
_THE_TEXT = (r"(?:the|this|that|these|those) (?:news )?"
             r"(?:articles?|story|stories|text|texts|piece|passage|paragraph)")
# At the start: "According to the article, ...", "In this story, ...".
_LEADING = re.compile(rf"^(?:according to|in|from|based on) {_THE_TEXT}\s*,?\s*", re.IGNORECASE)
# At the end: "... in the story?", "... according to the text?".
_TRAILING = re.compile(rf"\s*,?\s*(?:in|from|by|according to|within) {_THE_TEXT}"
                       r"(?=\s*[?.!]*\s*$)", re.IGNORECASE)
# Then a participle left at the end, with the "who is" before it: "Who is the interior
# minister quoted?", "Who is the man who is mentioned?". Only in a question that asks who or
# what someone is ("Who is", "Which minister was"): in "At what event was it mentioned?" the
# participle is the verb, and in "What was it named?" too (so "named" is not one of them).
_PARTICIPLE = re.compile(r"(?:,?\s+(?:that|who|which) (?:is|are|was|were))?"
                         r"\s+(?:quoted|mentioned|cited|featured|interviewed)"
                         r"(?=\s*[?.!]*\s*$)", re.IGNORECASE)
_IS_THE = re.compile(r"^(?:who|whom|what|which)\s+(?:\w+\s+)?(?:is|are|was|were)\s+\w",
                     re.IGNORECASE)
# "Which newspaper is mentioned?": the participle is the verb (not after "who is").
_AUXILIARY_BEFORE = re.compile(r"(?<!who )(?<!that )(?<!which )\b(?:is|are|was|were|be|been|"
                               r"being)\s+\w+\W*$", re.IGNORECASE)


def about_the_subject(question: str) -> str:
    """``question`` without the words it says about the text ("in the article", "quoted in
    the story", "according to this piece"); the question itself when nothing would be left
    but a question word or two ("What does the article say?" stays as it is)."""
    asked = _LEADING.sub("", question)
    asked = _TRAILING.sub("", asked)
    if _IS_THE.match(asked) and not _AUXILIARY_BEFORE.search(asked):
        asked = _PARTICIPLE.sub("", asked)
    if asked == question or len(re.findall(r"\w+", asked)) < 3:
        return question
    return asked[:1].upper() + asked[1:]
