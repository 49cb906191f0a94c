"""A question as it is asked, and the plain question it stands for.

A reader asks "Who is the interior minister quoted in the story?", "According to the article,
when did the club close?" or "Can you tell me who owns the Rock?". Neither "quoted", "story",
"article" nor "tell me" is in the sentence that answers, so retrieval found the seed's
sentences too weak to answer (their evidence fell under the abstention line) while "Who is
the interior minister?" and "Who owns the Rock?" were answered. Such words are left out of
what is retrieved and read (:func:`plain_question`); the answer keeps the question as asked.
"""

from __future__ import annotations

import re

__all__ = ["about_the_subject", "asks_for_more", "asks_for_the_gist", "gist_asked",
           "plain_question", "topic_asked"]

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
_AUXILIARY_BEFORE = re.compile(r"(?<! who )(?<! that )(?<! which )\b(?:is|are|was|were|be|been|"
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


# A request around the question: "Can you tell me who owns the Rock?", "Do you know when...",
# "I'd like to know what...", "Please tell me where...". Not "Do you know if...": a yes-or-no
# question has no passage that answers it by itself.
_REQUEST = re.compile(
    r"^(?:(?:please|so|ok|okay|hi|hello)[,!]?\s+)*"
    r"(?:(?:can|could|would|will) you(?: please)? (?:tell|show|let) me(?: know)?"
    r"|(?:do|does) (?:you|anyone|anybody) know"
    r"|(?:i(?:['’]d| would) like|i want|i need|i(?:['’]m| am) trying) to "
    r"(?:know|find out|understand)"
    r"|i (?:wonder|was wondering)"
    r"|(?:please )?(?:tell|show) me|let me know)"
    r"\s*,?\s+(?=(?:who|whom|whose|what|which|where|when|why|how)\b)",
    re.IGNORECASE)
# The question's order after a request: "who the police spokesman is" -> "who is the police
# spokesman", "what the owner was charged with" -> "what was the owner charged with", "who
# Sar Kheng is" -> "who is Sar Kheng".
_EMBEDDED = re.compile(r"^(who|whom|what|which|where|when|why|how(?: \w+)?)\s+"
                       r"((?:the|a|an|his|her|its|their|this|that)\s+[^,?]*?|(?-i:[A-Z])[^,?]*?)\s+"
                       r"(is|are|was|were|will|would|has|had|can|could)\b\s*(.*)$",
                       re.IGNORECASE)
# "What's" is "What is" (not "Who's", which SQuAD's writers use for "Whose").
_CONTRACTED = re.compile(r"^(what|where|when|how)['’]s\b", re.IGNORECASE)
# "Name the police spokesman." asks "What is the name of the police spokesman?".
_NAME_THE = re.compile(r"^name (the|a|an) ", re.IGNORECASE)


# A relative asked by whose they are, after "of": "How old is the daughter of Kettlewood
# resident Dorothy Aldridge?" is "How old is Dorothy Aldridge's daughter?" (trial HQ of stop
# 55 was shown the mother's age, "91"); what the owner is ("Kettlewood resident") is left out.
_KIN_OF = re.compile(r"^((?i:how old|what age) (?:is|was)) the (wife|husband|son|daughter|father|"
                     r"mother|brother|sister|partner|grandson|granddaughter|grandfather|"
                     r"grandmother) of (?:[A-Z][\w'’\-]*\s+)*?(?:[a-z][\w\-]*\s+)?"
                     r"([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)+)\s*\?$")


def plain_question(question: str) -> str:
    """``question`` as a plain question: without a request around it ("Can you tell me who
    owns the Rock?" -> "Who owns the Rock?"), with "What's" as "What is", "Name the X" as
    "What is the name of the X?", and without what it says about the text
    (:func:`about_the_subject`)."""
    asked = question
    request = _REQUEST.match(asked)
    if request:
        clause = asked[request.end():].rstrip(" .!?")
        embedded = _EMBEDDED.match(clause)
        if embedded and not embedded.group(4).startswith(("the ", "a ", "an ")):
            wh, subject, verb, rest = embedded.groups()
            clause = " ".join(w for w in (wh, verb, subject, rest) if w)
        asked = clause + "?"
    asked = _CONTRACTED.sub(lambda m: f"{m.group(1)} is", asked)
    asked = _NAME_THE.sub(lambda m: f"What is the name of {m.group(1).lower()} ", asked)
    asked = about_the_subject(asked)
    asked = _KIN_OF.sub(lambda m: f"{m.group(1)} {m.group(3)}'s {m.group(2)}?", asked)
    if asked == question or len(re.findall(r"\w+", asked)) < 2:
        return question
    return asked[:1].upper() + asked[1:] if request else asked


# "What is this article about?", "Summarize the story.", "Give me the main points": the
# question asks what an article says as a whole, which no one passage answers.
_ASKING = r"(?:(?:can|could|would) you )?(?:please )?"
_OF_THE_TEXT = rf"(?:\s+(?:of|in|from|for) {_THE_TEXT})?"
_GIST = re.compile(
    r"^(?:what(?:'s|’s| is| was) "
    rf"(?:(?:{_THE_TEXT})|it|this|that) (?:all )?about"
    rf"|what (?:does|did) {_THE_TEXT} (?:say|tell us|report)"
    rf"|{_ASKING}(?:summari[sz]e|sum up|recap)(?: (?:it|this|that)|\s+{_THE_TEXT})?"
    rf"|(?:{_ASKING}give me |i(?:['’]d| would) like |can i (?:have|get) )?(?:a |the )?"
    rf"(?:summary|gist|tl;?dr|main points?|key points?|short version){_OF_THE_TEXT}"
    rf"|what(?:'s|’s| is| are) the (?:gist|summary|main points?|key points?|story)"
    rf"{_OF_THE_TEXT})"
    r"(?: please)?\s*[?.!]*\s*$", re.IGNORECASE)


def asks_for_the_gist(question: str) -> bool:
    """Whether ``question`` asks what an article says as a whole ("What is this article
    about?", "Summarize the story."), read as :func:`plain_question` reads it."""
    return bool(_GIST.match(plain_question(question).strip()))


# "What is the steelworks story about?", "Summarise the article about the bin collections",
# "What does the Regal cinema piece say?": the gist of the article on a subject (a trial of
# stop 46 asked one of six articles so, and was told only that the library holds several).
_A_TEXT = r"(?:news )?(?:article|story|piece)"
_SUMMARY_OF = (rf"{_ASKING}(?:(?:give me |i(?:['’]d| would) like |can i (?:have|get) )?"
               r"(?:a |the )?(?:summary|gist|main points?|key points?|short version) of"
               r"|what(?:'s|’s| is| are) (?:a |the )?(?:summary|gist|main points?|key points?) of"
               r"|summari[sz]e|sum up|recap)")
_GIST_OF = re.compile(
    r"^(?:what(?:'s|’s| is| was) the (?P<a>.+?) " + _A_TEXT + r" (?:all )?about"
    r"|what(?:'s|’s| is| was) the " + _A_TEXT + r" (?:about|on) (?P<b>.+?) (?:all )?about"
    r"|what (?:does|did) the (?P<c>.+?) " + _A_TEXT + r" (?:say|tell us|report)"
    rf"|what (?:does|did) the {_A_TEXT} (?:about|on) (?P<d>.+?) (?:say|tell us|report)"
    rf"|{_SUMMARY_OF} the (?P<e>.+?) {_A_TEXT}"
    rf"|{_SUMMARY_OF} the {_A_TEXT} (?:about|on) (?P<f>.+?)"
    rf"|{_ASKING}tell me about the (?P<g>.+?) {_A_TEXT})"
    r"(?: please)?\s*[?.!]*\s*$", re.IGNORECASE)
# Words that say which article without a subject ("the main story", "the other article").
_NO_SUBJECT = frozenset("main whole first last latest other new next previous same".split())


def gist_asked(question: str) -> str | None:
    """The subject of a question asking what the article on it says as a whole ("What is the
    steelworks story about?" -> "steelworks"), or None."""
    match = _GIST_OF.match(question.strip())
    subject = next((g for g in match.groups() if g), None) if match else None
    if subject is None or set(subject.lower().split()) <= _NO_SUBJECT:
        return None
    return subject


# "Tell me about the raid.", "What does the article say about the owner?", "What do we know
# about Kith Theang?": a request for what the articles say on a subject, not for one fact.
_ABOUT = re.compile(
    rf"^(?:{_ASKING}tell me (?:more |something |anything )?about"
    rf"|what (?:does|did|do) (?:{_THE_TEXT}|it|they) (?:say|said|tell us|report) about"
    r"|what (?:do|did) (?:we|you) know about|what is (?:known|said) about"
    r"|(?:is there )?anything (?:on|about))"
    r"\s+(.+?)\s*[?.!]*\s*$", re.IGNORECASE)


def topic_asked(question: str) -> str | None:
    """The subject of a request for what the articles say about it ("Tell me about the raid."
    -> "the raid"), or None for a question that asks for a fact."""
    match = _ABOUT.match(question.strip())
    return match.group(1) if match else None


# "Tell me more.", "Go on", "What else?": read on from the last answer's passage.
_MORE = re.compile(
    rf"^(?:{_ASKING}tell me more(?: about (?:him|her|it|them|that|this))?|more(?: please)?"
    r"|go on|continue|keep going|read on|and then|what else|anything else|what next"
    r"|what happened next)\s*[?.!]*\s*$", re.IGNORECASE)


def asks_for_more(question: str) -> bool:
    """Whether ``question`` asks to read on from the last answer ("Tell me more.")."""
    return bool(_MORE.match(question.strip()))
