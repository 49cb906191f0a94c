"""Whether a sentence's answer has the form the question asks for, and the sentence that
is cited first for it.

The reader ranks sentences by themselves; a question asking for a name, a number or a date
is answered from the most probable sentence of the best article whose reader's span has
that form (:func:`typed_choice`), or refused when none has; a person asked for by a role is
cited from the sentence naming someone beside that role (:func:`named_by_role`). The checks
of figures are :mod:`qa.figures`; what a question asks for is :mod:`qa.forms`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from qa.figure_times import (
    figure_of_the_time_marked,
    figure_of_the_year_asked,
    figure_per_time,
    of_the_time_asked,
)
from qa.figures import (
    SUM_SAID,
    asks_now,
    asks_this_year,
    gives_the_figure,
    said_as_asked,
    says_now,
    span_in_chunk,
    the_opposite_deed,
    told_of_the_year_before_last,
)
from qa.forms import (
    ASKS_AHEAD,
    ASKS_FOR_A_DATE,
    ASKS_FOR_AGE,
    ASKS_FOR_COUNT,
    ASKS_FOR_MONEY,
    ASKS_WHICH,
    COUNT_FIGURE,
    DATE,
    FUNCTION_WORDS,
    NOT_VERBS,
    PAST,
    PEOPLE_COUNTED,
    SAYS_IT_WEIGHS,
    WEIGHT_ASKED,
    after_a_verb,
    body_for_a_person,
    counted_noun,
    counted_phrase,
    deed_asked,
    kind_asked,
    noun_stem,
    proper_names,
    short_fits,
    verb_stems,
)
from qa.rescues import (
    called_here,
    did_it_here,
    done_by_here,
    named_here,
    record_set_by,
    role_of_another,
)
from qa.retrieval import ScoredSentence
from qa.roles import (
    ROLES,
    asks_for_a_person,
    held_by_another_verb,
    initials,
    names_a_body,
    role_holder,
)
from qa.subjects import mentions, question_names
from qa.sum_asked import raised_for_a_sum_hoped_for, sum_of_another_noun

if TYPE_CHECKING:
    from qa.reading import Judged

__all__ = ["TYPED_SHARE", "TYPED_SHARE_NUMBER", "UNDATED_SHARE", "VERB_SHARE",
           "best_article_read", "counts_asked", "last_years_event_told", "life_event",
           "deed_dated", "marks_a_figure", "marks_a_sum_raised_so_far", "named_by_role",
           "noun_sum_marked", "opened_by_last_year",
           "per_time_read",
           "noun_sum_unmarked", "sum_of_the_noun",
           "sum_of_the_verb", "typed_choice",
           "typed_fit", "verb_said", "year_said_instead"]


# Any saying of time in a sentence: a date, a year of three digits after a preposition, a
# length of time, a season of a show, a word of time ("after", "during", "immediately").
# A sentence without one does not say when (the news near misses' "When will the result be
# announced?" cited "Hundreds of ballot papers ... have disappeared").
_TIME = re.compile(DATE.pattern + r"|(?i:\b(centur(y|ies)|decades?|eras?|periods?|ages?|"
                   r"dynast(y|ies)|reigns?|wars?|times?|during|after|afterwards|before|until|"
                   r"till|since|when|while|immediately|soon|later|earlier|recently|now|then|"
                   r"once|years?|months?|weeks?|days?|hours?|minutes?|morning|evening|night|"
                   r"noon|midnight|dawn|dusk|early|late|mid|seasons?|rounds?|BC|AD|BCE|CE)\b"
                   r"|\b\d+(st|nd|rd|th)\b|\b(in|of|by|from|to|until|around|circa|c\.) \d{3,4}\b)")

# How probable, against the best sentence, a sentence whose answer has the asked-for form must
# be to be cited first instead (a name or a date), or to be cited at all rather than refused
# (a number: see gives_the_figure). Chosen on bench/eval_news.py's development set and the
# first held-out set, whose misses were read (the second held-out set checks it); measured
# before the alternatives were kept to the best sentence's article and dates made stricter,
# which then gave 0.741 / 0.987 / 0.469 and 0.640 / 0.940 / 0.300 for the shares kept:
#   number, other   dev: first / answered / near misses refused   held-out 1: the same
#   top sentence only    0.732 / 0.981 / 0.500                    0.500 / 0.900 / 0.325
#   2, 0.5               0.735 / 0.981 / 0.500                    0.580 / 0.900 / 0.325
#   0.8, 0.5 (kept)      0.741 / 0.990 / 0.453                    0.620 / 0.940 / 0.275
#   0.5, 0.5             0.744 / 0.997 / 0.375                    0.640 / 0.960 / 0.275
#   0.3, 0.3             0.741 / 0.997 / 0.344                    0.660 / 0.960 / 0.275
# Stop 33, measured again on the readings of every news set (bench/replay_news.py,
# with stop 33's other checks): the share for names and dates 0.5 -> 0.4 moved only news set
# 6 (read to find it: first 0.700 -> 0.740, answered 0.880 -> 0.920, near misses 0.550 ->
# 0.525) and the clean set 7 (answered 0.940 -> 0.960, first unchanged); 0.3 gave the same.
# Numbers at 0.3-0.6 refused fewer near misses on dev (0.672 -> 0.656) and on every clean set
# but 5, for one more right answer on set 1: kept at 0.8. 800 SQuAD questions read by the
# shipped reader (in-sample): no change.
TYPED_SHARE = 0.4
TYPED_SHARE_NUMBER = 0.8
# A date asked for, and the best sentence has no word of time (_TIME): cite instead a sentence
# of its article whose answer is a date and that is at least this share as probable, or refuse.
# Stop 29, against no such rule (the same install; news held-out 1 was read to find it, so
# only its second held-out set and SQuAD check it):
#                    news dev / held-out 1: first, answered, near misses refused
#   no rule          0.776 / 0.981 / 0.438     0.720 / 0.960 / 0.300
#   refuse           0.776 / 0.981 / 0.438     0.720 / 0.940 / 0.350
#   0.3 (kept)       0.776 / 0.981 / 0.438     0.740 / 0.960 / 0.350
#   0.1              0.776 / 0.981 / 0.438     0.740 / 0.960 / 0.325
# Held-out set 2, measured once with 0.3: 0.580 / 0.960 / 0.175 -> 0.580 / 0.960 / 0.250.
# SQuAD's 1,265 date questions, all 44 articles indexed, cross-fitted readers (first citation /
# answered / answer-removed refused): 0.797 / 0.989 / 0.104 -> 0.793 / 0.981 / 0.155; the
# questions about 11 absent articles refused 0.915 -> 0.918.
UNDATED_SHARE = 0.3


def _fits_for(kind: str) -> Callable[[str, Judged], bool]:
    """The check that a sentence's answer has the form of ``kind`` (see :func:`kind_asked`)."""
    return {"number": gives_the_figure, "which": _span_names,
            "score": _gives_the_score, "date": _date_fits}.get(kind, _span_fits)


def _date_fits(question: str, j: Judged) -> bool:
    """Whether the readers' span in ``j`` is a date, in a sentence not telling only of the
    opposite deed of the one asked ("opened the Wessington Cottage Hospital in 1902" for when
    it shut: trial AEL of stop 76; :func:`qa.figures.the_opposite_deed`)."""
    return _span_fits(question, j) and not (
        the_opposite_deed(question, j.sentence.text)
        # (a reopening tells of both: "reopened its doors on Saturday, 14 June, almost three
        # years after it closed" for when it opened again, trial PA, replayed)
        and not re.search(r"\breopen", j.sentence.text, re.IGNORECASE))


# (or in words: "by 98 shots to 91", trial EQ of stop 53, refused)
_A_SCORE = re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b|\b\d{1,3} (?:shots|points|goals|frames|"
                      r"games|sets|legs) to \d{1,3}\b")


# A score on the way, not the result: "The Rockets led 27-22 at half-time, but the Cats
# pulled level at 40-40..." was cited, "40-40" in bold, for "What was the final score when
# Ravensworth Rockets beat Calderbridge Cats?" (trial CZ, stop 51).
_ON_THE_WAY_BEFORE = re.compile(r"\b(?:level at|led|leading|trailed|trailing|was|were|at)\s+$")
_ON_THE_WAY_AFTER = re.compile(r"^\s+(?:at half-time|at the break|at half time|after \w+ "
                               r"(?:minutes|overs|frames|sets|quarters|rounds))\b")
_ASKS_ON_THE_WAY = re.compile(r"\b(?:half-time|half time|the break|level|lead|led)\b",
                              re.IGNORECASE)


_ASKS_A_COST = re.compile(r"\b(?:cost|costs|costing|price|worth|value)\b", re.IGNORECASE)
_QUESTION_WORDS = frozenset("what which when where whom whose with that this have were does "
                            "score".split())


def _gives_the_score(question: str, j: Judged) -> bool:
    """Whether sentence ``j`` gives a score between the sides ``question`` names (the
    result, unless a score on the way is asked)."""
    text = j.sentence.text
    scores = list(_A_SCORE.finditer(text))
    if not _ASKS_ON_THE_WAY.search(question):
        scores = [m for m in scores if not (_ON_THE_WAY_BEFORE.search(text[: m.start()])
                                            or _ON_THE_WAY_AFTER.match(text[m.end() :]))]
    if not scores:
        return False
    names = question_names(question)
    said = sum(mentions((name,), text) for name in names)
    if said == 0 and len(names) <= 1:
        # (no side named, only where: "What was the score in the under-14 boys' final at the
        # Gloucester sevens?" of "... won the under-14 boys' final, beating Stroud 26-12",
        # trial EO of stop 53, refused): the match said in the question's own words
        asked = {w for w in re.findall(r"[a-z][\w\-]*", question)
                 if (len(w) > 3 or "-" in w) and w not in _QUESTION_WORDS}
        return len(asked & {w.lower().strip("’'") for w in re.findall(r"[\w\-’']+", text)}) >= 3
    return said >= min(2, len(names))


# Last year's event asked by its noun ("the previous year's Wheels for Willow ride": its last
# word before a verb or the end).
LAST_YEARS_EVENT_ASKED = re.compile(r"\b(?:last|the previous) year['’]s\s+"
                                     r"(?:(?:[A-Z][\w'’\-]*|for|of|the|and|on|in|at)\s+)*"
                                     r"(?!for\b|of\b|the\b|and\b|on\b|in\b|at\b)([a-z][a-z\-]+)\b")


def last_years_event_told(question: str, text: str) -> bool:
    """Whether ``question`` asks of last year's event by its noun (LAST_YEARS_EVENT_ASKED) and
    ``text`` opens on it so ("Last year's ride raised £36,200")."""
    asked = LAST_YEARS_EVENT_ASKED.search(question)
    if asked is None:
        return False
    # (its noun any of the three lower-case words from the first: "model railway exhibition"
    # of "How many people visited last year's Market Harwood model railway exhibition?" told by
    # "Last year's exhibition drew 2,650 visitors", trial AEM of stop 76, refused)
    nouns = [asked.group(1), *re.findall(r"[a-z][a-z\-]+", question[asked.end() :])[:2]]
    nouns = nouns[: next((n for n, w in enumerate(nouns) if w in FUNCTION_WORDS), len(nouns))]
    return re.match(  # (as its subject: not "who had beaten Ferndale in last year's final" for
        # the spectators of last year's final, trial OS of stop 60)
        rf"\W*(?:last|the previous) year['’]s\s+(?:[\w'’\-]+\s+){{0,3}}?(?:{'|'.join(nouns)})\b",
        text, re.IGNORECASE) is not None


_RAISED_ASKED = re.compile(r"\s*how much\b(?!\s+of\b).*\b(?:raise|raised|make|made|take|took|"
                           r"collect|collected|bring in|brought in)\b", re.IGNORECASE)




def typed_choice(question: str, judged: list[Judged]) -> Judged | None:
    """The sentence to cite first: the most probable one, unless the question asks for a
    name, a number or a date and the reader's answer in it does not have that form while
    the answer in another sentence of the same article, at least TYPED_SHARE as probable,
    does (an article's lead sentence shares the question's words, the name asked for comes
    later; another article's sentence of that form answers about something else). None, a
    refusal, when a number is asked for and no such sentence gives one
    (:func:`gives_the_figure`), when a kind of named thing is asked for ("Which firm...?")
    and no such sentence names one, when a date of the calendar ("On what date...?"), or a
    birth or a death (:func:`life_event`), is asked about and no such sentence gives it, or
    when a date is asked for and the best sentence says nothing of time (see
    UNDATED_SHARE)."""
    kind = kind_asked(question)
    if kind is None:
        return judged[0]
    share = (TYPED_SHARE_NUMBER if kind == "number" and not ASKS_FOR_AGE.search(question)
             else TYPED_SHARE)
    ahead = kind == "date" and bool(ASKS_AHEAD.search(question.strip()))
    event = life_event(question)
    form: Callable[[str, Judged], bool] = (
        (lambda q, j: bool(typed_fit(q, j))) if event is not None
        else _span_to_come if ahead else _fits_for(kind))

    def fits(q: str, j: Judged) -> bool:
        return form(q, j) and not the_other_side(q, j.sentence.text)

    floor = (LIFE_EVENT_SHARE if event is not None else share) * judged[0].probability
    article = judged[0].sentence.chunk.article_id
    if (kind == "number" and _ASKS_A_COST.search(question) and not noun_sum_marked(question,
                                                                                 judged[0])
            and (noun := _first_giving(question, judged, article, VERB_SHARE,
                                       lambda j: noun_sum_marked(question, j)))):
        return noun  # a sum said of the noun asked, before one that merely fits: "The £285,000
        # concrete park" for the skate park's cost, not "paid for with £150,000 from the
        # National Lottery" (trial EM of stop 53, refused)
    if kind == "number" and noun_sum_unmarked(question, judged[0]) and not the_other_side(
            question, judged[0].sentence.text):
        return judged[0]  # "after a £1.2 million restoration of its Art Deco pool" for what
        # the restoration cost, the readers marking "38,400" swimmers in it (the README check
        # of e780b47 was shown an adult ticket's "£6.50")
    if kind == "number" and not told_of_the_year_before_last(
            question, judged[0].sentence.text) and (
            before_last := _first_giving(question, judged, article, SAID_SHARE,
                                         lambda j: told_of_the_year_before_last(
                                             question, j.sentence.text))):
        return before_last  # the year before last asked: "Last year it carried 9,340
        # passengers, up from 8,120 the year before", not "carries more than 9,000 passengers a
        # year", which says no year (trial QV of stop 62)
    if kind == "number" and (opened := _opened_by_last_year(question, judged, article, fits)):
        return opened  # (see _opened_by_last_year)
    last_years = LAST_YEARS_EVENT_ASKED.search(question) if kind == "number" else None
    if last_years is not None and not gives_the_figure(question, judged[0]) and (
            said := next((j for j in judged if j.sentence.chunk.article_id == article
                          and last_years_event_told(question, j.sentence.text)
                          # (its figure marked: not an unread "Last year's festival raised
                          # £4,700" for the pints served then, trial TV, replayed)
                          and marks_a_figure(j) and gives_the_figure(question, j)
                          # (a sum, asked what it raised: not "Last year's show drew 247
                          # entries" for what honey sales raised then, trial TY, replayed)
                          and not (_RAISED_ASKED.match(question)
                                   and not marks_a_figure(j, r"[$£€]\d"))),
                         None)):
        return said  # last year's event asked by its noun, and a sentence saying it so: "Last
        # year's ride raised £36,200" for "How much did the previous year's Wheels for Willow
        # ride raise?", read at 0.09 of this year's (trial RC of stop 62, refused)
    for n, j in enumerate(judged):
        if n and j.probability < floor:
            break
        if n and j.sentence.chunk.article_id != article:
            continue  # the best sentence's article is almost always the right one
        if fits(question, j):
            return j
    if kind == "number" and (told := _told_as_asked(question, judged, article)):
        return told  # "The force had 3,295 officers at the end of last year" (trial AL, stop
        # 47: refused, at 0.52 of "212 officers had left the force")
    if kind == "number" and (year := _year_told(question, judged, article)):
        return year  # "took in 412 dogs in 2025, compared with 296 in 2024" for 2024's
        # (trial HZ of stop 56: refused, the readers marking 2025's)
    if kind == "number" and (marked := _first_giving(question, judged, article, SAID_SHARE,
                                                     lambda j: _time_marked(question, j))):
        return marked  # "A total of 412 kayakers ... compared with 318 who started last year"
        # for last year's (trial KU of stop 58: refused, at 0.68 of this year's "More than 400
        # paddlers")
    if kind == "number" and _another_times_figure(question, judged[0]) and (
            then := _first_giving(question, judged, article, TIME_SAID_SHARE,
                                  lambda j: _time_said_asked(question, j))):
        return then  # (see TIME_SAID_SHARE)
    if kind == "number" and (dated := _first_giving(question, judged, article, SAID_SHARE,
                                                    lambda j: _said_in_the_year_asked(question,
                                                                                      j))):
        return dated  # "the list stood at 104 people in 2025" for last year's list of a story
        # dated 2026 (the README check of 87b4181: refused, at 0.40 of this year's "212")
    if kind == "number" and (dated := _first_giving(question, judged, article, TIME_SAID_SHARE,
                                                    lambda j: _a_figure_said_in_the_year_asked(
                                                        question, j))):
        return dated  # ... or another figure of the sentence so: "spent £38,500 on food this
        # year ..., more than double the £17,200 it spent in 2025" for last year's spending of a
        # story dated 2026, marked "£38,500" at 0.20 of the best (the last README check of
        # stop 75, RC75-hexham: refused)
    counted_share = (SAID_SHARE if marked_last_year(question, judged[0])
                     else COUNTED_SHARE)  # (the best sentence's figure last year's: "drew 3,150
    # people last year" first, "counting 4,380 visitors" at 0.45 of it, for this year's
    # visitors, trial PK of stop 61, refused)
    if kind == "number" and (noun := _first_giving(question, judged, article, counted_share,
                                                   lambda j: _span_counts_the_noun(question, j))):
        return noun  # "The council received 27 written objections" (trial CH, stop 50:
        # refused, at 0.60 of the lead), "About 900 people attended." (trial CR)
    if kind == "number" and (
            not re.search(r"\d", judged[0].sentence.text)
            and (noun := _first_giving(question, judged, article, FIGURELESS_SHARE,
                                       lambda j: _span_counts_the_noun(question, j))
                 or _first_giving(question, judged, article, FIGURELESS_SUM_SHARE,
                                  lambda j: sum_of_the_verb(question, j.sentence.text)))
            # (a sum, below a best sentence that says no sum: see SUMLESS_SUM_SHARE)
            or not _A_SUM.search(judged[0].sentence.text)
            and (noun := _first_giving(question, judged, article, SUMLESS_SUM_SHARE,
                                       lambda j: sum_of_the_verb(question, j.sentence.text)))):
        return noun  # (see FIGURELESS_SHARE)
    if kind == "number" and (percent := _first_giving(question, judged, article, SAID_SHARE,
                                                      lambda j: _span_is_a_share(question, j))):
        return percent  # "an increase of 41% on 2024" for "By what percentage did Swaledale
        # Creamery's summer turnover rise?" (trial DT of stop 52: refused, at 0.70 of the lead)
    if kind == "number" and (per := next((j for j in judged if j.probability >= SAID_SHARE
                                          * judged[0].probability
                                          and j.sentence.chunk.article_id == article
                                          and per_time_read(question, j)), None)):
        return per  # "The shop's rent rose from £18,500 to £24,000 a year when its lease was
        # renewed in January" for what annual rent the shop pays, the readers marking
        # "January" (trial GE of stop 55, refused once "annual rent" asked a sum)
    if kind == "number" and (said := _said_of_the_noun(question, judged, article)):
        return said  # "Turnout was 31%." (trial I, stop 42: refused, at 0.33 of the best)
    if kind == "number" and (now := _said_now(question, judged, article)):
        return now  # "A report ... now says it will ... cost £414m" (trial AI, stop 47)
    if kind == "number" and (paid := _sum_of_the_verb(question, judged, article)):
        return paid  # "The 420-metre bridge cost £96m" (trial AD, stop 46: refused, at 0.27)
    if kind == "number" and (noun := _first_giving(question, judged, article, VERB_SHARE,
                                                   lambda j: noun_sum_marked(question, j))):
        return noun  # "construction of the £310m furnace" (trial CA, stop 49, refused)
    if kind == "number" and WEIGHT_ASKED.search(question):
        low = WEIGHED_SHARE * judged[0].probability
        weighed = next((j for j in judged[1:] if j.probability >= low
                        and j.sentence.chunk.article_id == article
                        and SAYS_IT_WEIGHS.search(j.sentence.text) and fits(question, j)), None)
        if weighed is not None:
            return weighed
    if (kind in ("number", "which", "score") or event is not None
            or (ahead and _span_past(judged[0]))
            or (kind == "date" and ASKS_FOR_A_DATE.search(question))):
        return None
    if kind == "date" and not _TIME.search(judged[0].sentence.text):
        # The best sentence says nothing of time: a sentence of its article whose answer is
        # a date, if one is at least UNDATED_SHARE as probable, or else a refusal.
        deeper = UNDATED_SHARE * judged[0].probability
        return next((j for j in judged[1:] if j.probability >= deeper
                     and j.sentence.chunk.article_id == article and fits(question, j)),
                    None)
    return judged[0]


# A figure asked of a noun ("What was the turnout in the Ashworth Vale by-election?") and a
# sentence of the best article that gives it by that noun ("Turnout was 31%, down from 44%"):
# cited first down to SAID_SHARE of the best sentence's probability, as a weight is (the
# readers rated it a third of the lead, under TYPED_SHARE_NUMBER: trial I of stop 42 was
# refused).
SAID_SHARE = 0.3
_NOUN_ASKED = re.compile(r"^what (?:was|is|were|are|will be) (?:the |its |their |"
                         r"(?:[A-Z][\w\-]*\s+(?:&\s+)?){0,3}[\w\-]+(?:['’]s|s['’]) )?"
                         r"(?P<noun>[a-z][\w\-]{3,})\b")
# A count asked by its noun ("How many passengers...?"): the figure said of the noun's numbers.
_COUNT_ASKED = re.compile(r"^how many (?P<noun>[a-z]{4,})\b", re.IGNORECASE)
# (the owner in several words: "What were Calder Pharma's sales last year?", trial BA, stop
# 48, read "Calder" as the noun; or with "&": "What was Crumb & Co's turnover ...?", trial GH
# of stop 54, refused)


_ASKS_A_SHARE = re.compile(r"\bwhat (?:share|percentage|percent|proportion)\b(?! price)",
                          re.IGNORECASE)


def _span_is_a_share(question: str, j: Judged) -> bool:
    """Whether ``question`` asks for a share and the reader's span in ``j`` is a percentage
    ("41%", "12 per cent")."""
    at = span_in_chunk(j)
    return bool(at and _ASKS_A_SHARE.search(question) and re.fullmatch(
        r"(?:about |around |nearly |almost |more than |over |some )?\d[\d.]*\s?(?:%|per ?cent)",
        j.sentence.chunk.text[at[0] : at[1]].strip(), re.IGNORECASE))


def _first_giving(question: str, judged: list[Judged], article: str, share: float,
                  says: Callable[[Judged], bool]) -> Judged | None:
    """The first sentence of ``article`` among ``judged``, at least ``share`` as probable as
    the best, that ``says`` holds of and that gives the figure (:func:`gives_the_figure`):
    the sentences typed_choice cites, below TYPED_SHARE_NUMBER, for what they say."""
    low = share * judged[0].probability
    return next((j for j in judged if j.probability >= low
                 and j.sentence.chunk.article_id == article and says(j)
                 and gives_the_figure(question, j)), None)


def marked_last_year(question: str, j: Judged) -> bool:
    """Whether ``question`` asks of this year and the readers' span in ``j`` is a figure said
    to be last year's ("drew 3,150 people last year")."""
    at = _span_in_sentence(j)
    text = j.sentence.text
    return (at is not None and asks_this_year(question)
            and re.match(r"(?:\s+(?!on\b|than\b|from\b|against\b|with\b)[a-z]+){0,2}\s+last "
                         r"year\b(?!['’])", text[at[1] :]) is not None
            # (not one this year's is compared with: "42,000 LED bulbs, up from 35,000 last
            # year", trial FW, nor "up 18% on last year", trial IZ: found replaying the rule)
            and not re.search(r"\bthis (?:year|season|summer)\b", text, re.IGNORECASE)
            and not re.search(r"\b(?:from|than|on|against|with)\s+$", text[: at[0]])
            and not re.search(r"\b(?:compared|from|than|up|down|against)\b",
                              text[at[0] : at[1]]))


def _span_in_sentence(j: Judged) -> tuple[int, int] | None:
    """The readers' span in ``j`` as offsets in its sentence's text, or None (none, or not
    inside the sentence)."""
    at = j.answer_span
    if at is None:
        return None
    start, end = at[0] - j.sentence.start, at[1] - j.sentence.start
    return (start, end) if 0 <= start < end <= len(j.sentence.text) else None


# Last year asked, and a sentence opening on it ("Last year's event drew around 450 people."),
# below a best sentence that says no time at all ("More than 600 people gathered in a Somerset
# orchard on Saturday night", this year's, in a story dated January: trial VT of stop 66 was
# shown "More than 600").
_OPENS_ON_LAST_YEAR = re.compile(r"^\W*last (?:year|season)(?:['’]s)?\b", re.IGNORECASE)
_LAST_YEAR_ASKED = re.compile(r"\blast (?:year|season)\b", re.IGNORECASE)
_A_TIME_SAID = re.compile(r"\b(?:last|this|next|previous|following) (?:year|season|summer|"
                          r"winter)\b|\b(?:year|season) before\b|\ba year (?:earlier|ago)\b|"
                          r"\b(?:19|20)\d\d\b", re.IGNORECASE)


def _opened_by_last_year(question: str, judged: list[Judged], article: str,
                         fits: Callable[[str, Judged], bool]) -> Judged | None:
    """The sentence of ``article`` opening on last year, giving the figure ``question`` asks
    of last year, when the best sentence says no time (see _OPENS_ON_LAST_YEAR)."""
    if not _LAST_YEAR_ASKED.search(question) or _A_TIME_SAID.search(judged[0].sentence.text):
        return None
    noun = counted_noun(question) if ASKS_FOR_COUNT.search(question.lower()) else None
    money = ASKS_FOR_MONEY.search(question.lower()) is not None
    doer = re.search(r"\b(?:did|does|do|had|has|have)\s+((?:[A-Z][\w'’\-]*\s+)+)", question)
    # (a doer named is said: not "Last year's event ... raised £71,500" for what Fenbridge
    # Academy raised at it, trial SN's near miss, replayed)
    named = {w.lower() for w in doer.group(1).split()} if doer else set()
    return _first_giving(question, judged, article, SAID_SHARE,
                         lambda j: bool(_OPENS_ON_LAST_YEAR.match(j.sentence.text))
                         and fits(question, j)
                         # (of the noun asked: not "Last year's event attracted 780
                         # competitors" for the members, trial JD, replayed; a sum for a sum)
                         and (noun is None or noun_stem(noun)
                              in j.sentence.text.lower())
                         and (not money or _A_SUM.search(j.sentence.text) is not None)
                         and (not named or bool(named & {w.lower() for w in re.findall(
                             r"[\w'’\-]+", j.sentence.text)})))


def opened_by_last_year(question: str, chosen: Judged, other: Judged) -> bool:
    """Whether ``chosen`` opens on last year, which ``question`` asks of, and ``other`` says
    no time (see _OPENS_ON_LAST_YEAR): the first citation stays ``chosen``."""
    return (_LAST_YEAR_ASKED.search(question) is not None
            and _OPENS_ON_LAST_YEAR.match(chosen.sentence.text) is not None
            and not _A_TIME_SAID.search(other.sentence.text))


def _time_marked(question: str, j: Judged) -> bool:
    """Whether the readers marked in ``j`` a figure of another time than the one ``question``
    asks while the sentence marks one as of that time
    (:func:`qa.figure_times.figure_of_the_time_marked`)."""
    at = _span_in_sentence(j)
    return at is not None and figure_of_the_time_marked(question, j.sentence.text,
                                                         *at) is not None


# A figure marked in a sentence of the best article as of the time asked ("That is up from 870
# last year" for "How many people were waiting for an allotment in Hartsbridge last year?"),
# the best sentence's own figure not so (it said this year's 1,140): cited first down to a
# tenth of the best sentence's probability (trial ABX of stop 73 was refused: the readers rated
# it 0.15 of the lead).
TIME_SAID_SHARE = 0.1


def _another_times_figure(question: str, j: Judged) -> bool:
    """Whether the readers marked in ``j`` a figure not said of the time ``question`` asks,
    of the noun it counts (a count asked) or a sum (a sum asked): "rose to a record 1,140"
    for last year's count of people (see TIME_SAID_SHARE; not the best sentence of another
    thing, whose figure tells nothing of the one asked: "the charity took in 290 rabbits last
    year" below it was cited for what a pet shop sold, trial UG's near miss, replayed)."""
    at = _span_in_sentence(j)
    if at is None or not re.search(r"\d", j.sentence.text[at[0] : at[1]]) or re.fullmatch(
            r"(?:in |since )?(?:19|20)\d\d", j.sentence.text[at[0] : at[1]].strip()):
        return False  # (a year is no figure of a time: "stopped selling rabbits in 2021")
    if _asks_a_sum(question) and not re.search(r"[$£€]", j.sentence.text[at[0] : at[1]]):
        return False
    if _counts_another_noun(question, j.sentence.text):
        return False
    return not _time_said_asked(question, j)


def _asks_a_sum(question: str) -> bool:
    """Whether ``question`` asks a sum of money ("How much did ... raise?")."""
    return bool(ASKS_FOR_MONEY.search(question.lower()) or re.match(
        r"\s*how much (?:money )?(?:did|does|do|has|have|had|will|is|was|are|were)\b",
        question.lower()))


def _time_said_asked(question: str, j: Judged) -> bool:
    """Whether the readers' span in ``j`` is a figure said of the time ``question`` asks
    (:func:`qa.figure_times.of_the_time_asked`: "870 last year")."""
    at = _span_in_sentence(j)
    if _counts_another_noun(question, j.sentence.text, people_said_otherwise=True):
        return False  # (a count of another noun: "1,400 competitors last year" for the crews,
        # trial ZU's near miss, replayed)
    noun = counted_noun(question) if ASKS_FOR_COUNT.search(question.lower()) else None
    if noun is not None and noun.lower() in ("people", "persons") and at is not None and (
            re.match(r"\s+(?!last\b|this\b|the\b|a\b|in\b)[a-z]+s\b", j.sentence.text[at[1] :])):
        return False  # (people counted by another noun: "drew 2,940 walkers" for the people on
        # its accessible walks, trial UA's near miss, replayed; not "up from 870 last year")
    if at is not None and re.search(r"%|\bper ?cent\b", j.sentence.text[at[0] : at[1] + 9]) and (
            not re.search(r"%|\bper ?cent|\bpercentage\b|\bshare\b|\bproportion\b|\brate\b",
                          question, re.IGNORECASE)):
        return False  # (a change, no count: "membership had grown by 30 per cent since last
        # year" for last year's members, trial TP's near miss, replayed)
    if at is not None and _asks_a_sum(question) and not re.search(
            r"[$£€]", j.sentence.text[at[0] : at[1]]):
        return False  # (a sum asked, a count marked: "made 14 toppers this year" for what the
        # toppers raised, trial VR's near miss, replayed)
    return at is not None and of_the_time_asked(question, j.sentence.text, at[0])


def _counts_another_noun(question: str, text: str, people_said_otherwise: bool = False) -> bool:
    """Whether ``question`` asks a count of a noun that ``text`` does not say (with
    ``people_said_otherwise``, not for people, whom a sentence may count by no noun: "up from
    870 last year")."""
    noun = counted_noun(question) if ASKS_FOR_COUNT.search(question.lower()) else None
    if noun is None or people_said_otherwise and noun.lower() in ("people", "persons"):
        return False
    return noun_stem(noun) not in text.lower()


def _year_asked(question: str, j: Judged) -> str | None:
    """The one year ``question`` asks of: the year it says, or last year of the dateline of
    ``j``'s story."""
    years = set(re.findall(r"\b(?:19|20)\d\d\b", question))
    dated = j.sentence.chunk.date
    if not years and dated and re.match(r"\d{4}", dated) and re.search(
            r"\blast year\b", question, re.IGNORECASE):
        years = {str(int(dated[:4]) - 1)}
    return years.pop() if len(years) == 1 else None


def _said_in_the_year_asked(question: str, j: Judged) -> bool:
    """Whether the readers' span in ``j`` is a figure said "in" the one year ``question``
    asks of ("104 people in 2025"): the year it says, or last year of the story's dateline."""
    at = _span_in_sentence(j)
    if at is None:
        return False
    year = _year_asked(question, j)
    if _counts_another_noun(question, j.sentence.text):
        return False  # (a count of another noun: "arrests ... rose from 1,240 in 2023" for the
        # county lines closed in 2023, trial IL's near miss)
    return year is not None and re.match(rf"(?:\s+[a-z]+){{0,2}}\s+in\s+{year}\b",
                                         j.sentence.text[at[1] :]) is not None


def _a_figure_said_in_the_year_asked(question: str, j: Judged) -> bool:
    """Whether ``j``'s sentence says a figure "in" the one year ``question`` asks of (three
    words between at most: "the £17,200 it spent in 2025"), whatever figure the readers
    marked in it, and counts no other noun (see _said_in_the_year_asked)."""
    year = _year_asked(question, j)
    asked = set(re.findall(r"[\w'’\-]+", question))
    if any(name not in asked for name in re.findall(r"(?<=\s)[A-Z][a-z][\w'’\-]*",
                                                     j.sentence.text)):
        return False  # (a name the question does not say, another place's perhaps: "numbers
        # at Askrigg had fallen from 52 pupils in 2019" for Aysgarth's, trial RZ, replayed)
    return (year is not None and not _counts_another_noun(question, j.sentence.text)
            and re.search(rf"\d(?:[\d,.]*\d)?(?:bn|m|k)?(?:\s+[a-z]+){{0,3}}\s+in\s+(?:the\s+"
                          rf"whole\s+of\s+)?{year}\b", j.sentence.text) is not None)


def year_figure_told(question: str, j: Judged) -> bool:
    """Whether the sentence of ``j`` says the figure of the year ``question`` asks of while
    the readers marked another year's in it (:func:`qa.figure_times.figure_of_the_year_asked`,
    with the story's date)."""
    at = _span_in_sentence(j)
    return at is not None and figure_of_the_year_asked(question, j.sentence.text, *at,
                                                       j.sentence.chunk.date)


def _year_told(question: str, judged: list[Judged], article: str) -> Judged | None:
    """The first sentence of ``article`` among ``judged``, at least TYPED_SHARE as probable
    as the best, whose span is a figure of another year than the one asked while it says the
    figure of that year too (:func:`qa.figure_times.figure_of_the_year_asked`)."""
    low = TYPED_SHARE * judged[0].probability
    elsewhere = " ".join(j.sentence.text for j in judged if j.sentence.chunk.article_id == article)
    for j in judged:
        at = _span_in_sentence(j)
        if j.probability < low or at is None or j.sentence.chunk.article_id != article:
            continue
        if figure_of_the_year_asked(question, j.sentence.text, *at,
                                    j.sentence.chunk.date) and not any(
                _said(word, elsewhere.replace(j.sentence.text, " "))
                for word in _asked_words(question) if not _said(word, j.sentence.text)
                and not _said(word, j.sentence.chunk.title)):
            return j  # (a word asked that the sentence lacks and another of its article says
            # tells of something else: "rehomed 351 dogs last year" for the dogs rehomed in
            # 2024, "612 claims were successful" for the successful claims of 2024-25; not a
            # word of the headline, the story's subject: "ferry" of "Windermere ferry passenger
            # numbers soar", the README check of 547d6e3)
    return None


# The words of a question that say what is asked, for _year_told: not its function words,
# names, figures nor the words of "how many".
_NOT_ASKED = FUNCTION_WORDS | frozenset("""that whom whose being can could may might must shall
should there they them he she him we our you your not no also then so such after before while
during year years last make""".split())
_FORMS = {"take": "took taken", "sell": "sold", "make": "made", "buy": "bought", "pay": "paid",
          "win": "won", "give": "gave given", "spend": "spent", "bring": "brought",
          "catch": "caught", "see": "saw seen", "draw": "drew drawn", "lose": "lost",
          # (what a thing cost its payer is what they spent: "How much did the ferry cost the
          # council in 2025?" of "The council spent £340,000 ... in 2026, compared with
          # £295,000 in 2025", the README check of 547d6e3, refused)
          "cost": "spent spend"}


def year_said_instead(question: str, text: str, other: str) -> bool:
    """Whether ``question`` says years, ``text`` says each of them, ``other`` none, and
    ``other`` says no more of the words asked (:func:`_asked_words`) than ``text``: "The council
    spent £340,000 ... in 2026, compared with £295,000 in 2025", not "Ticket income rose to
    £186,000 from £141,000", for what the ferry cost the council in 2025 (the README check of
    547d6e3); not "Singapore's economy grew by 8.1% in 2004" before "growth of 13.1% in the key
    manufacturing sector" for the sector's growth (news set 0)."""
    years = re.findall(r"\b(?:19|20)\d\d\b", question)
    # (a figure's year, said just after it: not "spent £65,000 on a new set of LED lights,
    # replacing decorations that were first put up in 2009" for what those cost, trial JE)
    if not years or not all(re.search(rf"\d(?:[\w ]*?\s)?(?:in|for|during) {y}\b", text)
                            for y in years) or any(re.search(rf"\b{y}\b", other) for y in years):
        return False
    noun = counted_noun(question) if ASKS_FOR_COUNT.search(question.lower()) else None
    if noun and _said(noun, other) and not _said(noun, text):
        return False  # (the noun counted: "will give 46 performances", not "will stage five
        # productions in its 2026 season", for 2026's performances: trial IT of stop 56)
    words = _asked_words(question)
    return sum(_said(w, other) for w in words) <= sum(_said(w, text) for w in words)


def _asked_words(question: str) -> list[str]:
    return [w for w in re.findall(r"\b[a-z][a-z\-]{2,}\b", question)
            if w not in _NOT_ASKED]


def _said(word: str, text: str) -> bool:
    stems = [word[: max(4, len(word) - 2)], *_FORMS.get(word, "").split()]
    return any(re.search(rf"\b{re.escape(stem)}", text, re.IGNORECASE) for stem in stems)


# A count asked and a sentence whose span counts the noun asked ("27 written objections"):
# cited first down to this share of the best sentence's probability (0.3, as SAID_SHARE,
# answered 8 more answerable questions of news sets and trials but 11 near misses with
# another count of the noun: 0.5 is the measured middle; see bench/ANSWERS.md, stop 50).
COUNTED_SHARE = 0.5
# ... or down to this share when the best sentence says no figure at all ("Little Acorns
# Nursery in Wexcombe has been rated outstanding by Ofsted" first, "which cares for 62
# children" at 0.27 of it, for "How many children attend Little Acorns Nursery?": trial KX of
# stop 58, refused).
FIGURELESS_SHARE = 0.2
# ... and a sum said after the question's verb, down to this share ("Kettleford Town Council
# leader Councillor Anita Bramwell said a hardship fund had been set up" first, "By Thursday
# afternoon it had raised £23,400" at 0.187 of it, for what the fund had collected: trial LK
# of stop 58, refused; trial HW's "The project cost £48,000" at 0.188). Replayed: 0.1 also
# answered a near miss at 0.154 (trial GV, "The project is expected to cost £14.6m" for the
# repair's cost) and one answerable question at 0.12 (news set 5); 0.15 was kept.
FIGURELESS_SUM_SHARE = 0.15
# ... or down to this share when the best sentence gives figures but no sum ("have bought an
# 80% stake" first, "has paid £2.6m for the shares" at 0.60 of it, for what the consortium
# paid: trial MG of stop 59, refused). Replayed: FIGURELESS_SUM_SHARE here answered three near
# misses at 0.15-0.2 of their best (trials FF, IQ, KB: "Tickets for the dinner cost £45" for
# a pavilion's cost in 1962); 0.5, COUNTED_SHARE, was kept.
SUMLESS_SUM_SHARE = 0.5


_A_SUM = re.compile(r"[$£€]\s?\d")


# Who is employed, and the verb that counts them.
_EMPLOYED = re.compile(r"(?:employees?|staff|workers?|workforce)$")
_EMPLOY_BEFORE = re.compile(r"\bemploy(?:s|ed|ing)?\s+(?:a\s+staff\s+of\s+|a\s+workforce\s+of\s+)?"
                            r"(?:about |around |nearly |almost |more than |over |some )?$",
                            re.IGNORECASE)


def _span_counts_the_noun(question: str, j: Judged) -> bool:
    """Whether the reader's span in ``j`` is a figure said just before (two words at most)
    the noun a count ``question`` counts (:func:`qa.forms.counted_noun`)."""
    noun = counted_noun(question) if ASKS_FOR_COUNT.search(question.lower()) else None
    at = span_in_chunk(j)
    if noun is None or at is None:
        return False
    text = j.sentence.chunk.text
    figure = re.match(r"(?:about |around |nearly |almost |more than |over |some )?"
                      r"\d[\d,.]*(?: million| billion)?", text[at[0] : at[1]], re.IGNORECASE)
    if figure is not None and _EMPLOYED.match(noun) and _EMPLOY_BEFORE.search(text, 0, at[0]):
        return True  # "The shop employed 19 people" for its employees (trial MD of stop 59,
        # refused at 0.74 of the best sentence)
    return figure is not None and re.match(
        rf"\s+(?:[a-z\-]+\s+){{0,2}}?{re.escape(noun_stem(noun))}",
        text[at[0] + figure.end() : at[0] + figure.end() + 40], re.IGNORECASE) is not None


def _told_as_asked(question: str, judged: list[Judged], article: str) -> Judged | None:
    """The first sentence of ``article`` among ``judged`` at least SAID_SHARE as probable as
    the best whose span is a figure said with three or more of the question's words after it
    (:func:`qa.figures.said_as_asked`; three words, figures not counted: "surveyed 4,000
    households between 2007 and 2009" is no count of the families asked of those years) and
    gives the figure."""
    words = re.sub(r"\b\d[\d,.]*\b", " ", question)
    return _first_giving(question, judged, article, SAID_SHARE,
                         lambda j: said_as_asked(words, j, 3))


# A firm's sales, by any of their names.
_SAME_ACCOUNT = ("sales", "turnover", "revenue", "takings")


def figure_of_the_noun(question: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` gives a figure as the value of the noun ``question`` asks (see
    _NOUN_ASKED: "sales of £410m" for "What were Calder Pharma's sales last year?"), or
    None."""
    asked = (_NOUN_ASKED.match(question.strip()[:1].lower() + question.strip()[1:])
             or _COUNT_ASKED.match(question.strip()))
    if asked is None:
        return None
    noun = asked.group("noun").lower()
    if asked.re is _COUNT_ASKED:
        noun = noun[:-1] if noun.endswith("s") else noun  # ("Passenger numbers fell last year
        # to 412,000" for "How many passengers travelled on the Skellan ferry last year?",
        # trial KP of stop 58, refused)
    # (a firm's sales said as its turnover or revenue: "reported turnover of £8.2m" for "What
    # were Hedgerow Preserves' sales...?", trial EY of stop 53, refused)
    nouns = _SAME_ACCOUNT if noun in _SAME_ACCOUNT else (re.escape(noun),)
    # (or what it went to: "its pre-tax profit fell from £27.4m to £19.6m" for "What was
    # Marston Arms Group's pre-tax profit in the latest year?", trial CW of stop 51; "from
    # £38.6 million last year to £47.2 million", trial EZ of stop 53)
    said = re.search(rf"\b(?:{'|'.join(nouns)})\w*(?:\s+[a-z][\w\-]*)?\s+(?:(?:was|is|"
                     r"were|are|of|stood at|reached|came to|totalled|totaled|hit)\s+|"
                     r"(?:(?:has|have|had)\s+)?(?:fell|fallen|rose|risen|grown|dropped|climbed|"
                     r"increased|decreased|grew|jumped|slipped)\s+"
                     r"(?:(?:last|this) year\s+|in (?:19|20)\d\d\s+)?(?:from\s+"
                     r"[$£€]?\d[\d,.]*(?:bn|m|k|%)?(?:\s(?:million|billion))?(?:\s+[a-z]+){0,3}"
                     r"\s+)?to\s+)(?P<figure>(?:about |around |"
                     r"nearly |almost |just |some )?[$£€]?\d[\d,.]*(?:bn|m|k|%)?"
                     r"(?:\s(?:million|billion))?)", text, re.IGNORECASE)
    return said.span("figure") if said else None


def _said_of_the_noun(question: str, judged: list[Judged], article: str) -> Judged | None:
    """The first sentence of ``article`` among ``judged`` at least SAID_SHARE as probable as
    the best that gives a figure as the value of the noun ``question`` asks (see
    _NOUN_ASKED), or None."""
    low = SAID_SHARE * judged[0].probability
    return next((j for j in judged if j.probability >= low
                 and j.sentence.chunk.article_id == article
                 and figure_of_the_noun(question, j.sentence.text) is not None
                 and (gives_the_figure(question, j) or not marks_a_figure(j))), None)


def per_time_read(question: str, j: Judged) -> tuple[int, int] | None:
    """Where in ``j``'s chunk the one figure said per the time ``question`` asks is
    (:func:`qa.figure_times.figure_per_time`: "£650" of "We had to hire one at £650 a week"
    for "What weekly cost ...?"), when the readers marked it or no figure at all; else
    None."""
    per = figure_per_time(question, j.sentence.text)
    if per is None:
        return None
    start, end = j.sentence.start + per[0], j.sentence.start + per[1]
    marked = j.answer_span
    if marked is not None and marked[0] <= start < marked[1] or not marks_a_figure(j):
        return start, end
    return None


def marks_a_figure(j: Judged, form: str = r"\d") -> bool:
    """Whether the reader's span in ``j`` holds a digit (a span that is no figure, "March" of
    "reported turnover of £8.2m in the year to March", is no other figure: trial EY of stop
    53 refused the sales asked), or, with ``form``, that pattern (a sum: ``[$£€]`` then a
    digit)."""
    at = span_in_chunk(j)
    return at is not None and bool(re.search(form, j.sentence.chunk.text[at[0] : at[1]]))


def marks_a_sum_raised_so_far(question: str, j: Judged) -> bool:
    """Whether the readers marked in ``j`` a sum raised so far for the sum hoped for that
    ``question`` asks (:func:`qa.sum_asked.raised_for_a_sum_hoped_for`)."""
    at = span_in_chunk(j)
    return at is not None and raised_for_a_sum_hoped_for(question, j.sentence.chunk.text, at[0])


# A sum asked of a verb ("How much did the Northgate Crossing cost to build?", "How much was
# Severn Vale Water fined...?") and a sentence of the best article that says one just after
# that verb ("The 420-metre bridge cost £96m"): cited first down to VERB_SHARE of the best
# sentence's probability, as a figure said of the noun asked is, and shown (without a short
# answer when the readers rate it low) rather than refused (trial AD, stop 46, refused the
# bridge's cost, rated 0.27 of the lead; trials R and Z a vice-chancellor's pay and a
# campaign's legal fund so). Not a sum said of a person the question does not name
# ("Arsene Wenger, who was fined £15,000" for Luis Aragones's fine).
VERB_SHARE = 0.2
# The last words of places, not people ("Tarrow Valley", "Hollin Moor").
_PLACE_ENDINGS = frozenset("Valley Vale Hill Hills Bay Moor Park Road Street Lane Bridge Forest "
                           "Lake River Estate Green Common Heath Wood Island Point Head Harbour "
                           "Dale Abbey Square Quay Town City United Rovers Athletic Wanderers "
                           "Albion".split())  # (a club's: "Dunmere Town", trial MG of stop 59)
# A person's name of two capitalised words, not opening its text ("Luis Aragones").
_FULL_NAME = re.compile(r"(?<=\s)[A-Z][a-z][\w'’\-]*\s+[A-Z][a-z][\w'’\-]*")


# ("How much did the Kettlestone Fell Race raise...?" asks a sum, said just after the verb or
# before it in the passive: "£6,240 was raised", trial MI of stop 59, refused; not of another
# time or a part: as a money question everywhere, and of any time, that answered nine near
# misses of another year's sum raised, or a part's.)
_ASKS_RAISED = re.compile(r"^\s*how much\b.*\brais(?:e|ed|ing)\b", re.IGNORECASE)
_ANOTHER_TIME_ASKED = re.compile(r"\b(?:(?:19|20)\d\d|last|previous|before|ago|first|own|"
                                 r"alone|themselves|itself)\b", re.IGNORECASE)
_DONE_AFTER_THE_SUM = re.compile(r"\s+(?:was|were|has been|had been|have been)\s+([a-z]+)")


def sum_of_the_verb(question: str, text: str) -> bool:
    """Whether ``question`` asks for a sum and ``text`` says one just after a word of it
    ("cost £96m" for "How much did the Northgate Crossing cost to build?")."""
    if not ASKS_FOR_MONEY.search(question.lower()) and not (
            _ASKS_RAISED.search(question) and not _ANOTHER_TIME_ASKED.search(question)):
        return False
    asked = verb_stems(question)
    person = next((m for m in _FULL_NAME.finditer(question) if not names_a_body(m.group())
                   and m.group().split()[-1] not in _PLACE_ENDINGS),
                  None)  # (a person's: "Wexbridge University" is none, nor "Tarrow Valley":
    # "The vehicle, a second-hand Ford Transit, cost £38,500" was refused for what the Tarrow
    # Valley community minibus cost, trial CQ, stop 50)
    for m in SUM_SAID.finditer(text):
        done = _DONE_AFTER_THE_SUM.match(text, m.end())
        if not after_a_verb(asked, text, m.start()) and not (
                done and done.group(1)[:4] in asked):  # (or said in the passive: "£6,240 was
            continue  # raised for the mountain rescue team", trial MI of stop 59, refused)
        named = _FULL_NAME.findall(text[max(0, m.start() - 60) : m.start()])
        if person and any(n.split()[-1] not in question for n in named):
            continue  # "Arsene Wenger, who was fined £15,000" for Luis Aragones's fine
        return True
    return False


# A sum said before the noun the question asks it of: "a new £8.4m building" for "How much
# did the new Brookfield Primary School building cost?" (trial BF, stop 48, refused: the
# readers marked it but rated the sentence low); "a £47m project to rebuild the track".
_SUM_BEFORE_A_NOUN = re.compile(r"(?:-[a-z]+)?\s+(?:(?!(?:to|for|of|a|an|the|in|on|at|and|or|per|"
                                r"each|towards|from|with|by|as|is|was|will)\b)[a-z\-]+\s+)?"
                                r"(?P<noun>(?!(?:towards|each|with|from|into|over|after|under|"
                                r"were|will|would|have|this|that)\b)[a-z]{4,}|hub|bid|pub|"
                                r"zoo|gym|spa|dam|lab|car|van|bus|inn)\b")
_NOT_NOUNS_ASKED = NOT_VERBS | frozenset("cost costs paid pay worth money total".split())


def sum_of_the_noun(question: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` says a sum just before a noun of ``question``, a question asking for
    a sum (see _SUM_BEFORE_A_NOUN), or None."""
    if not ASKS_FOR_MONEY.search(question.lower()):
        return None
    asked = {w[:5] for w in re.findall(r"[a-z]{4,}|\b(?:hub|bid|pub|zoo|gym|spa|dam|lab|car|van|"
                                       r"bus|inn)\b", question.lower())
             if w not in _NOT_NOUNS_ASKED}  # (and a few short nouns: "The £14.5m hub" for
    # the surgical hub's cost, trial ER of stop 53, refused)
    # (the words of a name asked: "Maternity" of "the Rowan Maternity Centre", not "expansion"
    # of "a £4.6m expansion plan" for what the council is putting towards the expansion,
    # trial IN of stop 56)
    named = {w.lower()[:5] for w in re.findall(r"\b[A-Z][a-z]{3,}", question)[1:]}
    for m in SUM_SAID.finditer(text):
        # (its "million" too: "a £1.6 million appeal" was shown "£1.6", trial FI of stop 53)
        million = _MILLION.match(text, m.end())
        end = million.end() if million else m.end()
        noun = _SUM_BEFORE_A_NOUN.match(text, end)
        # (or the word before the noun: "a new £24 million maternity unit" for the cost of the
        # Rowan Maternity Centre, trial JV of stop 57, refused)
        before_noun = re.findall(r"[a-z]+", text[end : noun.start("noun")]) if noun else []
        if noun and (noun.group("noun")[:5] in asked
                     or any(w[:5] in named for w in before_noun)) and (
                not sum_of_another_noun(question, text[end:])):  # (not "a £750,000 expansion"
            return m.start(), end  # for "the bank loan for Tidewater Brewing's expansion":
            # trial EH of stop 53)
    return None


_MILLION = re.compile(r"(?:\s(?:million|billion|trillion)\b)?")


def noun_sum_marked(question: str, j: Judged) -> bool:
    """Whether the readers marked in ``j`` a sum said before a noun of ``question`` ("a new
    £8.4m building": :func:`sum_of_the_noun`) and it gives the figure."""
    said, marked = sum_of_the_noun(question, j.sentence.text), j.answer_span
    if said is None or marked is None:
        return False
    return marked[0] <= j.sentence.start + said[0] < marked[1] and gives_the_figure(question, j)


def noun_sum_unmarked(question: str, j: Judged) -> bool:
    """Whether ``question`` asks what something cost and ``j`` says a sum before its noun
    (:func:`sum_of_the_noun`) that gives the figure (not "A new £6.5m elephant house" for
    the old one's), while the readers marked there no figure of the form asked."""
    said = sum_of_the_noun(question, j.sentence.text)
    r = j.reading
    if (said is None or not _ASKS_A_COST.search(question) or r is None
            or r.window.offset is None or gives_the_figure(question, j)):
        return False
    at = j.sentence.start + said[0] - r.window.offset
    return gives_the_figure(question, replace(j, reading=replace(
        r, span=(at, at + said[1] - said[0]))))


def _sum_of_the_verb(question: str, judged: list[Judged], article: str) -> Judged | None:
    """The first sentence of ``article`` among ``judged`` at least VERB_SHARE as probable as
    the best that says a sum just after a word of ``question`` (:func:`sum_of_the_verb`), or
    None."""
    return _first_giving(question, judged, article, VERB_SHARE,
                         lambda j: sum_of_the_verb(question, j.sentence.text))


# What a figure is now, asked ("How much will Dunmere's Eastway tram line now cost?"), the
# readers' best sentences saying what it was at first or by how much it grew (no figure
# asked: qa.figures), and a sentence of the best article that says "now" with a figure of the
# form asked ("A report to the council's cabinet now says it will ... cost £414m", rated 0.17
# of the best; "now they are being told it will cost £48m", 0.11): cited first down to
# NOW_SHARE of the best (trials AI and AK of stop 47 showed the first budgets in bold).
NOW_SHARE = 0.1


def _said_now(question: str, judged: list[Judged], article: str) -> Judged | None:
    """The first sentence of ``article`` among ``judged`` at least NOW_SHARE as probable as
    the best that says "now" and gives the figure, when ``question`` asks what it is now."""
    if not asks_now(question):
        return None
    return _first_giving(question, judged, article, NOW_SHARE,
                         lambda j: says_now(j.sentence.text))


# A weight asked for ("How much does the Aura Fold weigh?") and a sentence of the best article
# that says what the thing weighs ("The phone weighs 231g and comes in three colours"): the
# readers rated it 0.6 of the best, under TYPED_SHARE_NUMBER, and the question was refused (a
# trial of stop 39). Such a sentence is cited first down to this share of the best.
WEIGHED_SHARE = 0.3


# How many of retrieval's best sentences may name the person when the best sentence's article
# does not (the number the reader reads). Measured on bench/eval_news.py's saved readings with
# the shipped reader (first citation / short-answer exact match, over answerable questions;
# held-out set 2 measured only for the first and the kept rows):
#                                       dev             held-out 1      held-out 2
#   the reader's span and typed order   0.725 / 0.284   0.620 / 0.440   0.480 / 0.260
#   + names by role, best article only  0.728 / 0.339   0.660 / 0.480
#   + from retrieval's best 3           0.741 / 0.351   0.660 / 0.480
#   + from retrieval's best 6 (kept)    0.748 / 0.358   0.660 / 0.480   0.500 / 0.280
#   + from retrieval's best 10          0.751 / 0.361   0.660 / 0.480
# Near misses refused and answerable questions answered do not move. A looser first version
# (any lower-case word of any "who" question as the role, no check of the question's names)
# gave 0.751 / 0.680 / 0.520 here, but on SQuAD's Wikipedia articles it changed the first
# citation of 197 "who" questions, 117 for the worse ("Who was one of the first
# theologians...?", "President Franklin D. Roosevelt" for "Who is the president of HHC?");
# this one changes 17: 7 for the better, 5 for the worse (read with the shipped reader,
# which trained on those questions, so only as a check of the rule).
ROLE_DEPTH = 6


def best_article_read(judged: list[Judged]) -> str:
    """What the chunks read of the best sentence's article say, titles too (for a role said
    as "its" at a chunk's start, the sentence before not read: :func:`qa.rescues.named_here`)."""
    article = judged[0].sentence.chunk.article_id if judged else None
    return " ".join(dict.fromkeys(t for j in judged if j.sentence.chunk.article_id == article
                                  for t in (j.sentence.chunk.title, j.sentence.chunk.text)))


def _roles_named(question: str, j: Judged, read: str) -> int:
    """How many of the role words asked stand beside the holder sentence ``j`` names
    (:func:`qa.rescues.named_here`, ``read``: its article as read), 0 for none or another
    body's holder ("Kate Nicholls, chief executive of the trade body UKHospitality," before
    "Chief executive Philippa Grant, 49," of Harcastle Inns, trial DN of stop 52)."""
    found = named_here(question, j.sentence, read)
    return 0 if not found or role_of_another(question, j.sentence) else found[0]


def _body_said_beside(question: str, text: str) -> bool:
    """Whether ``text`` says a lower-case word of the body ``question`` asks a holder of, not a
    role's, within 60 characters before the holder it names by the role or 40 after: "Parish
    council chairman Derek Fyfield" over "Margaret Oakes, ... who chairs the Little Haddon
    Wildlife Group" for the parish council's chairman, "Martin Ogden, 71, chairman of the
    trustees" over "The parish council's chairman, Graham Tully," for who chairs the village hall
    trustees (trials ADA and ADC of stop 74, shown the first named)."""
    found = role_holder(question, text)
    if found is None:
        return False
    near = text[max(0, found[1] - 60) : found[2] + 40].lower()
    # (not "Who chairs": the verb is the role's; nor a clause describing the body: "Who leads
    # the volunteers who have been looking after Hatherleigh Moor nature reserve?" is no
    # question of "The trust's head of reserves", trial ACU, replayed)
    rest = re.split(r"\b(?:who|that|which|where|whose)\b",
                    re.sub(r"^\s*\w+\s+\w+", "", question), maxsplit=1)[0]
    words = {w for w in re.findall(r"(?<![\w'’])[a-z][\w\-]{2,}", rest)
             if w not in FUNCTION_WORDS and w not in ROLES}
    return any(re.search(rf"\b{re.escape(w)}s?\b", near) for w in words)


def named_by_role(question: str, judged: list[Judged], chosen: Judged) -> Judged:
    """``chosen``, unless the question asks who holds a role ("Who is the police
    spokesman?") and another sentence names someone beside more of that role than
    ``chosen`` does (:func:`qa.roles.role_holder`), in a chunk that has every other name
    the question has: a sentence of the best sentence's article, or else one of retrieval's
    ROLE_DEPTH best ("Who is the chief executive of GlaxoSmithKline?": the reader's best
    sentence is sometimes from another story about the firm, while retrieval ranked the
    one naming its chief executive second)."""
    if not asks_for_a_person(question):
        return chosen

    article = judged[0].sentence.chunk.article_id
    same = [j for j in judged if j.sentence.chunk.article_id == article]
    read = best_article_read(judged)

    def roles(j: Judged) -> int:
        return _roles_named(question, j, read if j.sentence.chunk.article_id == article else "")

    def named(j: Judged) -> tuple[int, bool, bool]:  # (by the role asked before another verb
        # saying it: "Owner Margaret Hollins, 67," over her daughter "who runs the bakery day
        # to day" for "Who owns the bakery?", the README check of a5f5ba6, refused)
        return (roles(j), roles(j) > 0 and not held_by_another_verb(question, j.sentence.text),
                roles(j) > 0 and _body_said_beside(question, j.sentence.text))

    best = max(same, key=named)  # the first of the most: the reader's order, then retrieval's
    if named(best) > named(chosen):
        return best
    if roles(chosen) and not _article_names(question, judged, chosen, half=True):
        # (held of a body of the kind asked that its article does not name, when another
        # article naming the whole body names a holder too: "The trust's chief executive,
        # Angela Moreno," of a school's academy trust was shown for the Wessex Valley NHS
        # Foundation Trust's, trial DI of stop 52)
        other = next((j for j in judged if j.sentence.chunk.article_id
                      != chosen.sentence.chunk.article_id and roles(j) >= roles(chosen)
                      and _article_names(question, judged, j, half=False)), None)
        if other is not None:
            return other
    if roles(chosen):
        return chosen
    return next((j for j in sorted(judged, key=lambda j: -j.sentence.score)[:ROLE_DEPTH]
                 if roles(j) and (j.sentence.chunk.article_id == article
                                  or _names_all(question, j.sentence))), chosen)


def holder_named(question: str, judged: list[Judged]) -> Judged | None:
    """The first sentence of the best sentence's article that names the holder of the role
    asked (:func:`qa.rescues.named_here`; not another body's), for "Who is the leader of
    Fenmoor District Council?": "Council leader Margaret Doyle, 58, said..." answers however
    low the readers rate it, as an age said after the name asked does (a README check of
    stop 55, refused)."""
    if not judged or not asks_for_a_person(question):
        return None
    article = judged[0].sentence.chunk.article_id
    read = best_article_read(judged)
    return next((j for j in judged if j.sentence.chunk.article_id == article
                 and _roles_named(question, j, read)), None)


def called_by_name(question: str, judged: list[Judged], chosen: Judged) -> Judged:
    """``chosen``, unless the question asks what something is called, the reader's answer
    in ``chosen`` is no name, and another sentence of the best sentence's article says what
    it is called (:func:`qa.rescues.called_here`)."""
    if called_here(question, chosen.sentence.text) is not None or _span_names(question, chosen):
        return chosen  # (a name it marked: "Yama, the god of death" over "a dog called Garmr")
    article = judged[0].sentence.chunk.article_id
    return next((j for j in judged if j.sentence.chunk.article_id == article
                 and called_here(question, j.sentence.text) is not None), chosen)


def done_by(question: str, judged: list[Judged], chosen: Judged) -> Judged:
    """``chosen``, unless the question asks who did a deed, ``chosen`` does not say by whom,
    and another sentence of its article does (:func:`qa.rescues.done_by_here`); not when
    ``chosen`` names one doing it ("Faith Wanjiru won the race in a record time" over "The
    men's race was won by Owen Mercer" for the women's)."""
    if (done_by_here(question, chosen.sentence.text) is not None
            or did_it_here(question, chosen.sentence.text)):
        return chosen
    article = chosen.sentence.chunk.article_id
    return next((j for j in judged if j.sentence.chunk.article_id == article
                 and done_by_here(question, j.sentence.text) is not None), chosen)


def record_setter(question: str, judged: list[Judged], chosen: Judged) -> Judged:
    """``chosen``, unless the question asks who held a record before and another sentence of
    its article says by whom the record beaten was set (:func:`qa.rescues.record_set_by`)."""
    if record_set_by(question, chosen.sentence.text) is not None:
        return chosen
    article = chosen.sentence.chunk.article_id
    return next((j for j in judged if j.sentence.chunk.article_id == article
                 and record_set_by(question, j.sentence.text) is not None), chosen)


def _article_names(question: str, judged: list[Judged], j: Judged, half: bool) -> bool:
    """Whether what is read of the article of ``j`` (its chunks among ``judged``, titles
    too) says half (``half``) or all of the names of ``question`` besides its role words."""
    names = [n for n in proper_names(question) if n.lower() not in ROLES]
    article = j.sentence.chunk.article_id
    read = " ".join(dict.fromkeys(t for k in judged if k.sentence.chunk.article_id == article
                                  for t in (k.sentence.chunk.title, k.sentence.chunk.text)))
    said = sum(n in read for n in names)
    return 2 * said >= len(names) if half else said == len(names)


def _names_all(question: str, s: ScoredSentence) -> bool:
    """Whether the chunk of ``s`` (or its title) has every name of ``question``: a role holder
    of another article than the best sentence's must be named where the whole of what the
    question names is ("Hong Kong Rugby Football Union (HKRFU) chairman John Molloy" is no
    answer to "Who is the chairman of the Welsh Rugby Union?", a new user's trial of stop
    35, in which half the names sufficed)."""
    names = [n for n in proper_names(question) if n.lower() not in ROLES]
    c = s.chunk
    return all(n in c.title or n in c.text for n in names)


# A capitalised word, or one that starts with a figure and has letters ("3M", "G8"): not a
# bare count ("45 banks" for "Which bank did Parmalat sue first?", which its article does
# not say; news dev near misses refused 0.438 -> 0.469, nothing else moved).
_NAME_WORDS = re.compile(r"\b[A-Z]\w*|\b\d\w*[A-Za-z]\w*")


# A body asked for ("Which company wanted to build the wind farm?") and a name with an age after
# it, as news gives a person's ("led by retired teacher Margaret Eade, 68,": a trial of stop
# 40 showed her in bold).
_BODIES = frozenset("company companies firm firms newspaper newspapers paper magazine studio "
                    "studios network channel broadcaster bank banks airline carrier retailer "
                    "charity agency team teams club clubs band university college school party "
                    "website brand publisher group organisation organization watchdog regulator "
                    "insurer carmaker drugmaker supplier operator maker manufacturer label "
                    "hotel hospital union unions".split())
_AGED_AFTER = re.compile(r"\s*,\s*(?:aged\s+)?\d{1,3}\s*[,.;)]")


def _a_person_for_a_body(question: str, j: Judged, at: tuple[int, int]) -> bool:
    """Whether ``question`` asks for a body and the span at ``at`` in ``j``'s chunk is a
    person's name, an age after it (see _BODIES)."""
    which = ASKS_WHICH.search(question.strip())
    named = _NAME_OF_A_BODY.match(question.strip())
    text = j.sentence.chunk.text
    if named and named.group(1).lower() in _BODIES:
        # "The council's chief executive, Paul Denholm," is no name of "the criminal group
        # that claimed the ... cyber attack" (trial AY, stop 48, showed him in bold)
        role = re.search(r"\b([a-z]+)\W*$", text[max(0, at[0] - 20) : at[0]])
        return bool(role and role.group(1) in ROLES or _AGED_AFTER.match(text, at[1]))
    return bool(which and which.group(which.lastindex or 0).lower() in _BODIES
                and (_AGED_AFTER.match(text, at[1])
                     # (or the age inside the span: "Andrea Voss, 49" for "Which union...?",
                     # a trial of stop 45's follow-ups)
                     or re.search(r",\s*\d{1,3}$", text[at[0] : at[1]])))


_NAME_OF_A_BODY = re.compile(r"what (?:is|was|are|were) the names? of (?:the |a |an )?"
                             r"(?:[\w\-]+\s+){0,2}?(\w+)\s+(?:that|which|who|behind|in|of|at|"
                             r"for|to|with)\b", re.IGNORECASE)


def _span_names(question: str, j: Judged) -> bool:
    """Whether the reader's span in ``j`` has a word of a name (:data:`_NAME_WORDS`) that
    ``question`` does not have, and is not a person's when a body is asked for."""
    at = span_in_chunk(j)
    if at is None or _a_person_for_a_body(question, j, at):
        return False
    text = j.sentence.chunk.text
    if body_for_a_person(question, text[at[0] : at[1]]):
        return False
    span = text[at[0] : at[1]]
    if _FROM_WHERE.fullmatch(span.strip()) and re.match(r"\s+[a-z]", text[at[1] :]):
        return False  # "Hungarian rider Bence Varga": no team's name (trial I, stop 42)
    asked = {w.lower() for w in re.findall(r"\w+", question)} | initials(question)
    return any(w.lower() not in asked for w in _NAME_WORDS.findall(span))


# A word of where one is from, describing the next word ("Hungarian rider", "Danish striker"):
# not "Panasonic brand products" (news development set), nor "Pakistan cricket team".
_FROM_WHERE = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese)|American|German|Mexican|Korean|African|"
                         r"Kenyan|Moroccan|Cuban|Chilean|French|Dutch|Swiss|Greek|Thai|Welsh|"
                         r"Irish|Scots|Iraqi|Israeli|Pakistani|Saudi")


# A question about one of two sides ("Who won the women's race?") and a sentence that tells
# only of the other ("The men's race was won by Briton Owen Mercer"), by its words or its
# pronouns ("She said she would use her £15,000 prize money" for the men's winner's prize): it
# is no answer (a trial of stop 40 showed the men's winner for the women's race, and the
# women's winner's prize for the men's).
_MEN = re.compile(r"\b(men|men's|male|males|boys|boys')(?!\w)", re.IGNORECASE)
_WOMEN = re.compile(r"\b(women|women's|female|females|girls|girls')(?!\w)", re.IGNORECASE)
_HE = re.compile(r"\b(he|his|him|himself|mr)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(she|her|hers|herself|mrs|ms|miss)\b", re.IGNORECASE)


# A race or a contest of one division asked about ("Who won the men's race?") and a sentence
# telling of another's ("The wheelchair race was won by Northgate's own Amir Haddad": trial P,
# stop 45, showed him in bold for the men's winner).
_DIVISION = re.compile(r"\b(men['’]s|women['’]s|wheelchair|junior|youth|veterans['’]?|masters|"
                       r"half|fun|elite|amateur|mixed|singles|doubles|under-\d+s?)\s+"
                       r"(race|marathon|event|final|title|competition|category|section|run)\b",
                       re.IGNORECASE)


def _another_division(question: str, sentence: str) -> bool:
    """Whether ``question`` asks of one division (see _DIVISION) and ``sentence`` tells of
    another's and not of the one asked."""
    asked = {m.group(1).lower().replace("’", "'") for m in _DIVISION.finditer(question)}
    told = {m.group(1).lower().replace("’", "'") for m in _DIVISION.finditer(sentence)}
    return bool(asked and told and not asked & told)


def the_other_side(question: str, sentence: str) -> bool:
    """Whether ``question`` asks about the men's or the women's side only, and ``sentence``
    tells only of the other (see _MEN), or of another division (see _DIVISION)."""
    if _another_division(question, sentence):
        return True
    new = re.search(r"\bnew (?:[A-Z][\w\-]*\s+)*(?:[a-z][\w\-]*\s+){0,2}?(champion|winner|"
                    r"title-holder|holder|captain|leader)\b", question)
    if new and re.search(rf"\b(?:defending|former|outgoing|previous|reigning|last year's) "
                         rf"{new.group(1)}", sentence, re.IGNORECASE) and not re.search(
                             rf"\bnew {new.group(1)}", sentence, re.IGNORECASE):
        return True  # the one who held it before: "Defending champion Ross Tregear ...
        # finished on 408 points" for the new champion's (trial EJ of stop 53 showed "408")
    men, women = bool(_MEN.search(question)), bool(_WOMEN.search(question))
    if men == women:
        return False
    tells_men = bool(_MEN.search(sentence) or _HE.search(sentence))
    tells_women = bool(_WOMEN.search(sentence) or _SHE.search(sentence))
    return (tells_women and not tells_men) if men else (tells_men and not tells_women)


def _span_past(j: Judged) -> bool:
    at = span_in_chunk(j)
    return at is not None and bool(PAST.search(j.sentence.chunk.text[at[0] : at[1]]))


# A birth or a death asked about ("When was Neil Kinnock born?", "Where did Saul Holiff
# die?"), and a sentence that tells of one: a year or a place in a sentence that does not is
# about something else (two new users' trials: "1983", Kinnock's leadership, for his birth;
# "1960 and 1973", the years Holiff managed Johnny Cash, for his death). Such a question is
# refused when no sentence of the best article that the readers rate at least
# LIFE_EVENT_SHARE as high as the best tells of it (the reach of the choice of the first
# citation, qa/choosing.py: at TYPED_SHARE, "In which country was Marcello Viotti born?" was
# refused, its "born in Switzerland" sentence rated 0.35 of the best). News held-out set 4's
# near misses 0.625 -> 0.650 ("Where did Rinus Michels die?"); no other news set nor 800
# SQuAD questions (shipped readers, in-sample) moved.
LIFE_EVENT_SHARE = 0.1
_ASKS_BIRTH = re.compile(r"\bborn\s*\??$", re.IGNORECASE)
_ASKS_DEATH = re.compile(r"\b(die|died)\s*\??$", re.IGNORECASE)
_TELLS_BIRTH = re.compile(r"\b(born|birth|birthplace|native)\b", re.IGNORECASE)
_TELLS_DEATH = re.compile(r"\b(died|dies|dying|death|dead|killed|passed away)\b", re.IGNORECASE)


# The same for when someone became something ("When did Heizo Takenaka become economics
# minister?" showed his forecast's "2006/07", a trial of stop 34) and where a firm is based
# ("Where is Baikal Finance Group based?" showed "Rosneft"): replayed, one answerable question
# refused on the development set ("Where is Winn-Dixie based?", cited wrong), nothing else
# on the news sets nor 800 SQuAD questions.
_ASKS_BECOMING = re.compile(r"^when did\b.*\bbecome\b", re.IGNORECASE)
_TELLS_BECOMING = re.compile(r"\b(became|become|becomes|becoming|appointed|named|took over|"
                             r"took office|elected|joined|sworn|promoted|succeeded|replaced|"
                             r"since|took the helm|took charge|took up|was made|hired|"
                             r"recruited)\b", re.IGNORECASE)
_ASKS_BASE = re.compile(r"^where (is|are|was|were)\b.*\b(based|headquartered)\s*\??$",
                        re.IGNORECASE)
_TELLS_BASE = re.compile(r"\b(based|headquarter|headquarters|headquartered|head office)\b",
                         re.IGNORECASE)
# And where someone is held ("Where is Kith Theang held?" showed "Rock Entertainment Centre",
# of the lead that tells of his arrest, in the last trial of stop 36).
_ASKS_HELD = re.compile(r"^where (is|are|was|were)\b"
                        # (not an event held: "Where was the Kelsborough mayoral count held?"
                        # was refused beside "a recount ... at the town's Riverside Leisure
                        # Centre", trial L, stop 44)
                        r"(?!.*\b(?:count|recount|meeting|match|game|final|ceremony|event|concert|"
                        r"festival|conference|race|election|vote|ballot|inquiry|hearing|trial|"
                        r"funeral|service|summit|talks|show|contest|auction|exhibition|"
                        r"tournament|championships?|awards?|launch|party|rally|protest|"
                        r"march|celebrations?)\b)"
                        r".*\b(held|detained|jailed|imprisoned|kept|"
                        r"locked up)(\s+now)?\s*\??$", re.IGNORECASE)
_TELLS_HELD = re.compile(r"\b(held|detained|detention|jailed|jail|prison|custody|imprisoned|"
                         r"locked up|cell)\b", re.IGNORECASE)


# And when something was built or founded ("When was Kendal's Palace Theatre built?" showed
# "Friday night", when it reopened, in a trial of stop 40; "built in 1889" was in the article).
_ASKS_BUILT = re.compile(r"^(when|in what year|in which year|what year) (was|were|is|are)\b.*\b"
                         r"(built|founded|established|constructed|opened|created|formed|"
                         r"set up|completed|erected)\s*\??$", re.IGNORECASE)
_TELLS_BUILT = re.compile(r"\b(built|founded|founding|established|constructed|"
                          r"construction|opened|opening|created|formed|set up|completed|"
                          r"erected|dates (back )?(from|to)|dating (back )?(from|to)|"
                          r"(?:helped|help|helping) (?:to )?found)\b",
                          re.IGNORECASE)  # ("who helped found Bedford Riverside Rowing Club in
# 1961" for the year it was set up: trial KN of stop 58, refused)


# And who won ("Who won the Kelsborough mayoral election?" showed "Alan Brierley", a lecturer
# commenting on the result, over "Labour's Priya Marwood has been elected the first directly
# elected mayor": trial L, stop 44).
_ASKS_WON = re.compile(r"^who (won|wins|has won|had won|was elected|has been elected|"
                       r"triumphed|came first|finished first)\b", re.IGNORECASE)
_TELLS_WON = re.compile(r"\b(won|win|wins|winning|winner|winners|elected|beat|beats|beating|"
                        r"defeated|defeating|victory|victorious|triumph\w*|claimed|clinched|"
                        r"champion\w*|first place|came first|finished first|title)\b",
                        re.IGNORECASE)


# Each event asked about, and what a sentence must say to tell of it, the first that matches.
_EVENTS = ((_ASKS_BIRTH, _TELLS_BIRTH), (_ASKS_BECOMING, _TELLS_BECOMING),
           (_ASKS_BASE, _TELLS_BASE), (_ASKS_HELD, _TELLS_HELD), (_ASKS_BUILT, _TELLS_BUILT),
           (_ASKS_DEATH, _TELLS_DEATH), (_ASKS_WON, _TELLS_WON))


def life_event(question: str) -> re.Pattern | None:
    """What a sentence must say to answer a question about a birth or a death (see
    _ASKS_BIRTH), about when someone became something, where something is based, where
    someone is held or when something was built, or None for any other question."""
    asked = question.strip()
    return next((tells for asks, tells in _EVENTS if asks.search(asked)), None)


def typed_fit(question: str, j: Judged) -> bool | None:
    """Whether the reader's answer in ``j`` has the form ``question`` asks for (a figure, a
    name, a date: as :func:`typed_choice` checks it), or None when it asks for none."""
    kind = kind_asked(question)
    if the_other_side(question, j.sentence.text):
        return False  # the men's race's winner for the women's
    if kind is None:
        return False if _ASKS_A_CATEGORY.search(question) and _span_is_a_figure(j) else None
    if kind == "which" and _not_named_by_its_kind(question, j):
        return None  # "Ashcroft" is a name, but not of a court
    event = life_event(question)
    if event is not None and not event.search(j.sentence.text):
        return False  # a date or a place, but not of the birth or death asked about
    if kind == "date" and ASKS_AHEAD.search(question.strip()):
        return _span_to_come(question, j)  # "last year" is no answer to "When will...?"
    return _fits_for(kind)(question, j)


# A place or a body whose names end in what it is ("Which court heard the pension fraud
# trial?": "Leeds Crown Court"): a span without that word fits no better than a sentence
# that names none, for the choice of the sentence cited first (a trial of stop 41 had "The
# court heard that Ashcroft, ..." cited over "...at Leeds Crown Court" when its Markdown
# marks were taken out of the text, the readers' ratings moved by a point).
_NAMED_AS_WHAT = re.compile(r"^(?:(?:in|at|from|to|by|on) )?which (?:[\w'’\-]+ ){0,2}?(?P<kind>"
                            r"court|hospital|stadium|school|academy|university|college|airport|"
                            r"prison|theatre|museum)\b(?!['’])", re.IGNORECASE)


def _not_named_by_its_kind(question: str, j: Judged) -> bool:
    """Whether ``question`` asks which place of a kind (see _NAMED_AS_WHAT) and the reader's
    span in ``j`` does not say that kind."""
    asked = _NAMED_AS_WHAT.match(question.strip())
    at = span_in_chunk(j)
    return bool(asked and at and asked.group("kind").lower()
                not in j.sentence.chunk.text[at[0] : at[1]].lower())


# A category asked for ("What kind of drugs...?", "What age group were the drug users?"):
# a bare figure is none, so the sentence whose answer is one is not chosen to be cited first
# for it (seed_dev: "300", the people held, was cited before "drug users were all youths" on
# CPUs that multiply exactly; see qa.reader.session_options).
_ASKS_A_CATEGORY = re.compile(r"^(what|which)\s+(\w+\s+)?(kinds?|types?|sorts?|groups?|"
                              r"categor(y|ies)|class|classes)\b", re.IGNORECASE)
_BARE_FIGURE = re.compile(r"[$£€]?\d[\d,.]*(bn|m|%)?")


# A count asked for ("How many Norbridge bus drivers are going on strike?") and a figure that
# counts something the question does not name ("about 12 routes during the strikes"): for the
# choice of the sentence cited first, its answer does not have the form asked (a trial of
# stop 39 had "12 routes" chosen over the lead's "More than 1,100 bus drivers", then refused).
# Only when some sentence's figure counts a word of the question's counted phrase. Replayed:
# news held-out 1 first citation 0.780 -> 0.800, held-out 3 0.700 -> 0.720, the development
# set's near misses refused 0.688 -> 0.672 (another firm's "around 12,800" jobs), no SQuAD
# answer of 800 moved; against any word of the question, set 10 and SQuAD lost answers.
_COUNTED = re.compile("(" + COUNT_FIGURE + r")\s+([a-z][a-z\-]*)")
_NOT_NOUNS = frozenset("and or to of in on at for from with by a an the more than per cent "
                       "percent million billion thousand hundred times".split())


def _counted_noun(j: Judged) -> str | None:
    """The word after the first figure of the reader's span in ``j`` (what it counts)."""
    at = span_in_chunk(j)
    if at is None:
        return None
    counted = [m for m in _COUNTED.finditer(j.sentence.chunk.text[at[0] : at[1] + 30])
               if m.start() < at[1] - at[0]]
    noun = counted[0].group(2).lower() if counted else None
    return None if noun in _NOT_NOUNS else noun


_OWNED = re.compile(r"\b(?:their|its|his|her)\s+([a-z][\w\-]*)")



def counts_people(question: str, j: Judged) -> bool | None:
    """For "How many people...?", whether the reader's span in ``j`` counts people
    ("a record 6,200 visitors") or something else ("featured 38 events"); None when another
    count is asked, or the span counts nothing said."""
    if "people" not in counted_phrase(question):
        return None
    noun = _counted_noun(j)
    return None if noun is None else noun[:4] in PEOPLE_COUNTED


# Nouns that count the same things (first four letters): "A smaller flood in November 2019
# affected 58 properties" counts the homes flooded (trial WG of stop 67 was shown 2024's
# "126 homes" for 2019's).
_COUNTED_ALIKE = (frozenset("home hous prop dwel".split()),)


def counts_asked(question: str, judged: list[Judged]) -> dict[int, bool]:
    """For a count asked for, whether each sentence's figure counts a word of the question,
    by ``id``; only when one of them does (else nothing: "290,000 members" may be the "civil
    servants" asked about)."""
    words = counted_phrase(question)
    if not words:
        return {}
    # (and what they own: "How many people will lose their jobs...?" counts jobs, "with the
    # loss of 430 jobs" (trial H, stop 42, cited "The company employs 2,100 people"))
    asked = {w[:4] for w in [*words, *_OWNED.findall(question.lower())]}
    asked |= {w for same in _COUNTED_ALIKE if same & asked for w in same}
    done = _done_to_the_counted(question, judged)
    if done:
        return done
    nouns = {id(j): _counted_noun(j) for j in judged}
    found = {k: noun[:4] in asked for k, noun in nouns.items() if noun is not None}
    for j in judged:  # another figure of the sentence may count it ("close 87 of its branches")
        if not found.get(id(j)) and _counts_there(asked, j.sentence.text):
            found[id(j)] = True
    return found if any(found.values()) else {}


# What was done to those counted (qa.forms.deed_asked): when a sentence with a figure says it
# ("About 60 residents were evacuated..."), a figure said of another deed ("it rescued 23
# people") is not the one asked, whatever noun each counts (trial Q, stop 45, cited the
# rescued first). A count of something: a figure and a word after it that is no unit
# ("About 60 residents", not "about 3 sq km", "14 months" nor "61, whose son").
_A_COUNT = re.compile(r"\b(?!(?:19|20)\d\d\b)\d(?:[\d,]*\d)?\s+(?!(?:sq|km|miles?|metres?|meters?|"
                      r"feet|ft|per|hectares?|acres?|tonnes?|kg|mph|am|pm|years?|months?|weeks?|"
                      r"days?|hours?|minutes?|seconds?|a|an|the|in|on|at|of|"
                      r"to|and|or|for|by|from|with)\b)[a-z]")


def _done_to_the_counted(question: str, judged: list[Judged]) -> dict[int, bool]:
    """For a count asked of those a deed was done to (see _DONE), whether each sentence
    that gives a figure says that deed, by ``id``; only when one of them does."""
    stem = deed_asked(question)
    if stem is None:
        return {}
    found = {id(j): any(w.startswith(stem) for w in re.findall(r"[a-z]+", j.sentence.text.lower()))
             for j in judged if _A_COUNT.search(j.sentence.text)}
    return found if any(found.values()) else {}


# A figure that counts a word asked, said "<figure> of [its] <up to four words>": "cut 1,450
# jobs and close 87 of its branches", whose reader marked "1,450" (a trial of stop 41
# cited "Of the branches due to close, 31 are in the North East" for "How many branches is
# Northmoor Bank shutting?").
_OF_COUNTED = re.compile("(" + COUNT_FIGURE + r")\s+of\s+(?:(?:its|their|the|his|her)\s+)?"
                         r"((?:[\w\-]+[ \t]+){0,3}[\w\-]+)")


def _counts_there(asked: set[str], text: str) -> bool:
    # (words may come between: "recalling 84,000 of its Tundra-X sport utility vehicles",
    # a trial of stop 41)
    for m in _OF_COUNTED.finditer(text):
        for w in m.group(2).split():
            if w in _NOT_NOUNS or w in ("that", "which", "who"):
                break  # "87 of the staff at its branches" counts staff
            if w.islower() and w[:4] in asked:
                return True
    return False


# A sum asked for by what was done with it ("How much money did Verdant Grid raise?"): when
# some sentence says that verb ("has raised £12m from investors"), a sum in one that does not
# ("The investment values Verdant Grid at about £60m") does not have the form asked, for the
# choice of the first citation (a trial of stop 39 showed "about £60m" in bold). Replayed:
# news held-out 1 near misses refused 0.575 -> 0.600, one of set 9's no longer in bold, no
# answerable question nor any of 800 SQuAD answers moved (the trial's own question still
# cites the valuation, rated far above the lead). Choosing only among the sentences saying
# the verb refused 4 more near misses but lost 4 right first citations of the clean sets.
_MONEY_VERBS = ("rais", "paid", "pay", "spen", "cost", "earn", "sold", "sell", "bough", "buy",
                "inves", "fine", "charg", "owe", "borrow", "lent", "lend", "donat", "award",
                "bid", "offer", "lost", "lose", "sav", "made", "make")


def verb_said(question: str, judged: list[Judged]) -> dict[int, bool]:
    """For a sum asked by its verb, whether each sentence says the verb, by ``id``; only
    when one of them does."""
    if not ASKS_FOR_MONEY.search(question.lower()):
        return {}
    words = re.findall(r"[a-z]+", question.lower())
    stems = {v for v in _MONEY_VERBS for w in words if w.startswith(v)}
    if not stems:
        return {}
    found = {id(j): any(w.startswith(tuple(stems))
                        for w in re.findall(r"[a-z]+", j.sentence.text.lower()))
             for j in judged}
    return found if any(found.values()) else {}


# A date asked by its deed ("When did the Wessington Cottage Hospital shut?"): when some
# sentence says that deed, or its other word, one that does not ("opened the Wessington Cottage
# Hospital in 1902", "unveiled its first blue plaque on Sunday") does not have the form asked,
# for the choice of the first citation (trial AEL of stop 76 was shown "1902", "The hospital
# closed in 1971" cited third).
_DATED_DEEDS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"\b(?:close|closes|closed|closing|closure|shut|shuts|shutting)\b",
    r"\b(?:demolish|demolished|demolition|knocked down|pulled down)\b",
    r"\b(?:install|installs|installed|installation|fitted|put in|put into)\b",
    r"\b(?:found|founded|establish|established|set up|formed)\b",
    r"\b(?:built|build|constructed|erected)\b"))


def deed_dated(question: str, judged: list[Judged]) -> dict[int, bool]:
    """For a date asked by its deed (see _DATED_DEEDS), whether each sentence says it, by
    ``id``; only when one of them does."""
    if kind_asked(question) != "date":
        return {}
    deeds = [d for d in _DATED_DEEDS if d.search(question)]
    if len(deeds) != 1:
        return {}
    found = {id(j): bool(deeds[0].search(j.sentence.text)) for j in judged}
    return found if any(found.values()) else {}


def _span_is_a_figure(j: Judged) -> bool:
    at = span_in_chunk(j)
    return at is not None and bool(_BARE_FIGURE.fullmatch(
        j.sentence.chunk.text[at[0] : at[1]].strip(" \t\n,.;:!?")))


def _span_to_come(question: str, j: Judged) -> bool:
    """Whether the reader's span in ``j`` is a date and not a time that has passed."""
    return _span_fits(question, j) and not _span_past(j)


def _span_fits(question: str, j: Judged) -> bool:
    at = span_in_chunk(j)
    return (at is not None and not _a_person_for_a_body(question, j, at)
            and short_fits(question, j.sentence.chunk.text[at[0] : at[1]].strip(" \t\n,.;:!?")))
