"""Which figure of the cited sentence a question asks for, when the reader marked another.

:func:`figure_asked_elsewhere` is the one entry: given the figure the reader marked in a
quote, it returns where the quote says the figure asked instead, or None when the marked one
stands. It asks the checks in order, first those of other modules: of the time asked
(:mod:`qa.figure_times`: this year's or last year's, the year named, now, per a week), a part
or the whole or the one of an order (:mod:`qa.figure_parts`), the sum of the kind or the giver
asked (:mod:`qa.sum_asked`); then those here: the count of the noun asked, the figure said at
the place asked or with the asked words after it, named by the noun asked, the level a figure
went to, the figure compared with, the whole before its part, the figure of the person asked.
:mod:`qa.figure_said` holds how a figure is said, which all four share. The patterns here are
also what :func:`qa.short_answers.short_answer` uses to trim a figure's words (a change and
its level, a figure from one value to another). Each check is named for what it checks, with
the question that made it.
"""

from __future__ import annotations

import re

from qa.ages import age_after_the_name_asked, age_of_the_one_replaced, age_said_then
from qa.figure_parts import (
    OF_A_WHOLE,
    count_of_the_whole,
    figure_of_the_order_asked,
    part_by_what_it_is,
    part_of_the_noun_asked,
    part_said_as_asked,
    whole_before_its_part,
)
from qa.figure_said import (
    A_FIGURE_SAID,
    ASKS_BEFORE,
    FIGURE_OR_WORDS,
    FIGURE_SAID,
    NUMBER_WORD,
    OF_THE_WHOLE,
    TIME_ASKED,
    asks_for_count,
    figure_form,
    number_asked,
    with_its_magnitude,
)
from qa.figure_times import (
    SAID_AS_THE_YEAR_BEFORE,
    figure_not_of_the_year_before,
    figure_of_now,
    figure_of_the_state_asked,
    figure_of_the_time_marked,
    figure_of_the_year_before_last,
    figure_per_time_asked,
    figure_said_for_the_year_asked,
    last_year_by_its_number,
    of_the_time_asked,
    of_the_year_asked,
    of_the_year_before_last,
    time_marked_of_now_s,
)
from qa.figures import (
    LAST_YEAR_ITSELF,
    PAST_TENSES,
    PERSON_ASKED,
    another_account,
    asked_words_after,
    asks_now,
    raised_for_a_cost,
)
from qa.forms import (
    ASKS_CHANGE,
    ASKS_FOR_COUNT,
    ASKS_FOR_MONEY,
    COUNT_FIGURE,
    FUNCTION_WORDS,
    NOT_VERBS,
    NUMBER,
    NUMBER_IN_WORDS,
    asked_for,
    counted_noun,
    counted_phrase,
    deed_asked,
    noun_stem,
    proper_names,
    verb_stems,
)
from qa.reader import is_a_word
from qa.rescues import age_of_the_extreme
from qa.roles import (
    names_a_body,
)
from qa.sides import price_of_the_group_and_time, price_of_the_group_asked, price_of_the_kind_asked
from qa.sum_asked import (
    cost_beside_the_sum_raised,
    sum_done_by_the_one_asked,
    sum_for_the_one_asked,
    sum_of_the_person_named,
    sum_raised_as_asked,
    sum_the_giver_gave,
)

__all__ = ["FROM_TO", "WENT_FROM", "change_in", "end_before_asked_words",
           "figure_asked_elsewhere", "figure_before_its_condition", "figure_of_asked_words",
           "level_for_a_change"]


# A change asked for ("By how much did Brackwater's profit rise?") and a figure marked after
# "to" or "from": the level reached or left, not the change (a new user's trial, stop 38,
# was shown "£38.2m" of "a 14% rise in annual pre-tax profit to £38.2m"). The change is the
# sentence's share ("14%") or the figure after "by"; with neither, no short answer.
_A_LEVEL = re.compile(r"\b(to|from)\s+(a |an )?$", re.IGNORECASE)
# A level said before the one it changed from ("£412,000 a year from April, down from
# £505,000": trial Z, stop 46, showed it for how much was cut).
_A_LEVEL_BEFORE_ITS_CHANGE = re.compile(r"^(?:\s+[\w\-]+){0,4}?,?\s+(?:up|down)\s+from\b",
                                        re.IGNORECASE)
_CHANGE = re.compile(r"(?<![\w.,])\d[\d.,]*\s*(%|per ?cent\b|percentage points?\b)"
                     r"|(?<=\bby )[$£€]?\d[\d.,]*(bn|m|p)?\b", re.IGNORECASE)


def level_for_a_change(question: str, text: str, start: int, end: int) -> bool:
    """Whether ``question`` asks by how much something changed and ``text[start:end]`` is a
    level it changed to or from ("£38.2m" of "a 14% rise in profit to £38.2m")."""
    return bool(ASKS_CHANGE.search(question) and (
        _A_LEVEL.search(text[:start]) or _A_LEVEL_BEFORE_ITS_CHANGE.match(text[end:])))


def change_in(quote: str, start: int, end: int) -> tuple[int, int] | None:
    """The first change ``quote`` gives (a share, or a figure after "by") outside the span
    ``quote[start:end]``, or None."""
    return next((m.span() for m in _CHANGE.finditer(quote)
                 if m.end() <= start or m.start() >= end), None)


# A count asked for ("In how many countries...?") and the figure of a sentence that counts that
# noun: the short answer, when the reader marked another figure ("514 compromised net
# addresses in 35 countries" showed "514" in a trial of stop 35).
# (A figure ends in a digit: "78," of "made 78, while wicketkeeper Sam Bellamy" is no count of
# wickets: a new user's trial, stop 38, showed "78," for Hartley's wickets.)
_COUNT_WORD = (r"(?<![\w.,:$£€])(" + COUNT_FIGURE + r"|"
               r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
               r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
               r"forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens)")
# (the teens too: "Sixteen players took part ... they threw 58,312 darts" for the darts, trial
# UE of stop 65 shown "Sixteen")
# (not the minutes of a time, the ":" above: "launched at 11:41 with a crew of seven" showed
# "41" for the crew, trial AW, stop 48)

# (or in words, a hedge before, two words of kind: "260 pipistrelles and just nine lesser
# horseshoes" for the lesser horseshoe bats, trial XA of stop 67 shown "260")
_A_COUNT = rf"(?:(?:just|only|about|around|some|nearly)\s+)?(\d[\d,]*|{NUMBER_IN_WORDS})"
_A_KIND = r"[a-z][\w\-]*(?:\s+(?!and\b)[a-z][\w\-]*)?"
_COUNT_OF_A_KIND = re.compile(rf"(?<![\w.,$£€\-]){_A_COUNT}\s+({_A_KIND})")
_COUNTS_OF_KINDS = re.compile(rf"{_A_COUNT}\s+{_A_KIND}(?:,\s+{_A_COUNT}\s+{_A_KIND})*,?\s+and\s+"
                              rf"{_A_COUNT}(?:\s+{_A_KIND})?")


def _counted_here(question: str, quote: str, start: int, end: int,
                  sentence: str = "") -> tuple[int, int] | None:
    """Where ``quote`` gives the count ``question`` asks for, "<figure> (two words at most)
    <the noun counted>", when that is not the span ``quote[start:end]`` (in ``sentence``);
    else None."""
    words = counted_phrase(question)
    if not words:
        return None
    deed = deed_asked(question)
    if deed is not None and deed in sentence.lower():
        return None  # the span's sentence says what was done to those asked about: "About 60
        # residents were evacuated", not "rescued 23 people" (trial Q, stop 45)
    listed = _COUNTS_OF_KINDS.match(quote, start)
    kinds = list(_COUNT_OF_A_KIND.finditer(quote, start, listed.end())) if listed else []
    if len(kinds) > 1:  # counts of several kinds marked, one asked: "11 gold, 9 silver and 7"
        # for the gold medals (trial WJ of stop 67 was shown it whole, under "Not sure")
        asked = set(re.findall(r"\b[a-z][\w\-]*", question)) - FUNCTION_WORDS
        of_kind = [m.span(1) for m in kinds if m.group(2).split()[0] in asked]
        if len(of_kind) == 1:
            return of_kind[0]
    noun = counted_noun(question) or words[0]
    stem = noun_stem(noun)
    # ("people" counted by who they are: "has 38 beds and currently cares for 34 residents"
    # for the people living at a care home, trial MN of stop 59 was shown "38")
    stems = (f"(?:{stem}|residents|villagers|visitors|spectators|passengers|patients|pupils|"
             "guests|attendees)" if noun in ("people", "persons") else re.escape(stem))
    marked = re.search(_COUNT_WORD + r",?\s+(?:[\w\-]+\s+){0,2}?([a-z][\w\-]*)",
                       quote[start:end] + quote[end : end + 40], re.IGNORECASE)
    if re.fullmatch(r"\s*[\w,]+\s*", quote[start:end]) and re.match(
            r"\s*(?:out\s+)?of\s+(?:them|those|these)\b", quote[end : end + 20]):
        return None  # a part of a whole said before ("The Riverside car park, the largest, has
        # 420 of them" after "a total of 1,640 spaces", trial XK of stop 68 shown "1,640")
    if not NUMBER.search(quote[start:end]):
        if not asks_for_count(question):
            return None  # (a span that is no figure: "Kevin Trask" marked for "How many
            # firefighters did he say were at the scene?", trial J, stop 44, is moved too)
    elif (marked is None or marked.start(1) > end - start
          or marked.group(2).lower().startswith(stem)):
        return None  # the span counts no other noun
    found = [m for m in re.finditer(_COUNT_WORD + r"\s+(?:[a-z\-]+\s+){0,2}?" + re.escape(stem),
                                    quote, re.IGNORECASE)  # not "One in 10", "2006/07"
             if not re.search(r"(\b(one|\d+) in|\bout of|[/\-])\s*$",
                              quote[max(0, m.start(1) - 10) : m.start(1)], re.IGNORECASE)]
    if not found:  # (or said before the noun, joined: "in its 10-bed inpatient unit" for the
        # beds, trial OL of stop 60 was shown the patients' "around 720")
        found = list(re.finditer(_COUNT_WORD + r"-" + re.escape(stem), quote, re.IGNORECASE))
    if not found and stems != re.escape(stem) and not re.match(stems, marked.group(2) if marked
                                                                else "", re.IGNORECASE):
        found = [m for m in re.finditer(_COUNT_WORD + r"\s+(?:[a-z\-]+\s+){0,2}?" + stems,
                                        quote, re.IGNORECASE)]
    if len(found) > 1:  # several counts of the noun, one said with a word the question has:
        # "1,846 yellow cards and 212 red cards" for the red cards (trial UF of stop 65 was
        # shown "1,846")
        asked = {w.lower() for w in re.findall(r"[\w\-]+", question)} - FUNCTION_WORDS
        qualified = [m for m in found if asked & {
            w.lower() for w in re.findall(r"([a-z][\w\-]*)\s", quote[m.end(1) : m.end()])}]
        found = qualified if len(qualified) == 1 else found
    if len(found) == 1 and OF_THE_WHOLE.fullmatch(quote[end : found[0].start(1)]):
        return None  # the whole the span is a part of ("173 of the 299 votes")
    if len(found) == 1 and _of_another_time(question, quote, found[0].end(1)):
        return None  # (nor of another time than asked: see _count_of_the_verb_asked)
    if (len(found) == 1 and re.search(r"\b(?:remaining|other)\s+$", quote[: found[0].start(1)])
            and re.match(OF_THE_WHOLE.pattern + r"\d", quote[end:])
            and not re.search(r"\b(?:remaining|other|rest|left)\b", question, re.IGNORECASE)):
        return None  # the rest of the whole, not the part marked: "will serve 184 of the
        # village's 230 properties. The remaining 46 homes ..." for the homes served (trial
        # AAF of stop 71 was shown "46")
    went = (_WENT_TO.match(quote, found[0].end(1)) or _WENT_TO_IN_WORDS.match(
        quote, found[0].end(1))) if len(found) == 1 and WENT_FROM.search(
            quote[: found[0].start(1)]) and not ASKS_BEFORE.search(question) else None
    if went is not None and (start <= went.start("figure") < end
                             or not start <= found[0].start(1) < end):
        return went.span("figure")  # (not the count it grew from, the span the one it grew
        # to: "grown from nine staff to fourteen" for the staff now, the README check of
        # a5f5ba6 was shown "nine"; the span "fourteen, five" cut to its figure)
    if len(found) != 1 or found[0].start(1) < end and start < found[0].end(1) and (
            found[0].start(1) <= start or not NUMBER.search(quote[start : found[0].start(1)])
            or OF_A_WHOLE.search(quote[start : found[0].start(1)])):
        return None  # none, several, or the span's own (but "310" of the span "19 branches
        # and cut 310" for "How many jobs did...cut?": trial O, stop 45; not "299" of "173
        # of the 299 votes cast", news held-out set 9)
    return found[0].start(1), found[0].end(1)


# Two counts in a sentence, the second said of a place the question names: "Harwell employs
# about 3,100 people in the UK, including 1,200 at its main factory in Castleford" gives
# 1,200 for "How many people work at Harwell Foods' Castleford factory?" (trial J, stop 44,
# was shown "about 3,100"). Only a count said "at" or "in" the place, in the same clause.
_COUNT_AT = re.compile(r"(?<![\w.,$£€\-])(?P<n>\d[\d,]*)\s+(?:[a-z\-]+\s+){0,2}?(?:at|in)\s+"
                       r"(?:(?:its|their|the|his|her)\s+)?(?:[a-z\-]+\s+){0,3}?"
                       # (a month is no place: "up from 30,900 in March 2022" is no count at
                       # the "March" of "at the end of March?", trial Y, stop 46)
                       r"(?!(?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December)\b)(?P<place>[A-Z][\w'’\-]*)")


def figure_of_asked_words(question: str, text: str) -> bool:
    """Whether ``text`` is a figure and then only words of ``question`` ("25 fire engines"
    for "How many fire engines were sent...?"), not a range's first end ("between 3%")."""
    figure = re.match(r"(?:about |around |some |nearly |almost |more than |over )?"
                      r"[$£€]?\d[\d.,]*\S*", text)
    if figure is None:
        return False
    asked = {w.lower() for w in re.findall(r"[\w'’\-]+", question)}
    words = [w.lower() for w in re.findall(r"[\w'’\-]+", text[figure.end() :])]
    return all(w in asked for w in words)


# A count said just after a verb ("It received 1,318 claims last year but paid only 296 of
# them").
_COUNT_AFTER_A_VERB = re.compile(r"\b([a-z]{4,})\s+(?:only\s+|just\s+|about\s+|around\s+|"
                                 r"nearly\s+|almost\s+|some\s+)?(\d[\d,]*)(?![.,]?\d)")


def _count_of_the_verb_asked(question: str, quote: str, start: int,
                             end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one count said just after a verb ``question`` says, when the
    count at ``quote[start:end]`` is said after another verb, in the same sentence ("It
    received 1,318 claims last year but paid only 296 of them" for how many claims the council
    paid: trial SS of stop 64 was shown "1,318"); else None."""
    if not ASKS_FOR_COUNT.search(question.lower()):
        return None
    asked = verb_stems(question)
    said = [(m.group(1), m.span(2)) for m in _COUNT_AFTER_A_VERB.finditer(quote)]
    mine = next((span for word, span in said if span[0] <= start < span[1]), None)
    if mine is None or not any(span == mine and word[:4] not in asked and word not in NOT_VERBS
                               and word not in FUNCTION_WORDS for word, span in said):
        return None
    # (the verb's own word, not the start of a noun asked, nor an order: "pass 90,000" is
    # not "passengers", "the first 12 months" no verb: found replaying this rule)
    nouns = re.findall(r"[a-z]{4,}", question.lower())
    others = [span for word, span in said if span != mine and word[:4] in asked
              and word not in NOT_VERBS and word not in FUNCTION_WORDS
              and word not in ("first", "last", "next", "only", "total", "record")
              and not any(len(n) >= len(word) + 3 and n.startswith(word) for n in nouns)
              and not re.search(r"[.!?]\s", quote[min(span[0], mine[0]) : max(span[0], mine[0])])]
    if len(others) == 1 and _of_another_time(question, quote, others[0][1]):
        return None  # (not a count said of another time than asked: "after receiving 71
        # applications for reception places this year, compared with 38 last year" for last
        # year's, trial AAT of stop 71 shown "71")
    return others[0] if len(others) == 1 else None


# A count said just before its verb, each of two: "260 damaged pipes were repaired and 38
# replaced outright" for how many were replaced (trial ABF of stop 72 was shown "260").
_COUNT_BEFORE_A_VERB = re.compile(r"(?<![\w.,$£€\-])(\d[\d,]*)\s+(?:(?:[a-z][\w\-]*\s+){0,3}?"
                                  r"(?:were|was|have\s+been|had\s+been)\s+)?([a-z]{3,}ed)\b")


def _count_before_the_verb_asked(question: str, quote: str, start: int,
                                 end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one count said just before a verb ``question`` says (see
    _COUNT_BEFORE_A_VERB), when the count at ``quote[start:end]`` is said before another verb
    in the same sentence; else None."""
    if not re.match(r"\s*how many\b", question, re.IGNORECASE):  # (of them too: "How many of
        # the organ's pipes ...?")
        return None
    asked = verb_stems(question)
    said = [(m.group(2), m.span(1)) for m in _COUNT_BEFORE_A_VERB.finditer(quote)]
    mine = next((span for verb, span in said if span[0] <= start < span[1]), None)
    if mine is None or any(span == mine and verb[:4] in asked for verb, span in said):
        return None
    others = [span for verb, span in said if span != mine and verb[:4] in asked
              and not re.search(r"[.!?]\s", quote[min(span[0], mine[0]) : max(span[0], mine[0])])]
    return others[0] if len(others) == 1 else None


# A count done of a whole said after it, the verb asked: "the under-16s, who lost eight of their
# 12 league games last season" for how many they lost (trial ABV of stop 73 was shown "12").
_DONE_OF_A_WHOLE = re.compile(rf"\b(?P<verb>[a-z]{{3,}})\s+(?:only\s+|just\s+)?"
                              rf"(?P<part>\d[\d,]*|{NUMBER_IN_WORDS})\s+of\s+(?:their|its|his|"
                              rf"her|our|the)\s+(?P<whole>\d[\d,]*|{NUMBER_IN_WORDS})\b",
                              re.IGNORECASE)
# Verbs said otherwise in the past (qa.figures' table, and those of a count done).
_PAST = PAST_TENSES | {"lost": "lose", "made": "make", "kept": "keep", "bought": "buy",
                       "found": "find", "spent": "spend"}


def _done_of_the_whole_asked(question: str, quote: str, start: int,
                             end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the count done of a whole that the verb ``question`` asks says
    (see _DONE_OF_A_WHOLE), the whole marked at ``quote[start:end]``; else None."""
    if not re.match(r"\s*how many\b", question, re.IGNORECASE):
        return None
    asked = {w[:4] for w in re.findall(r"[a-z]{3,}", question.lower())}
    for m in _DONE_OF_A_WHOLE.finditer(quote):
        verb = m.group("verb").lower()
        if (m.start("whole") <= start < m.end("whole") and verb not in FUNCTION_WORDS
                and (verb[:4] in asked or _PAST.get(verb, "-")[:4] in asked)):
            return m.span("part")
    return None


# A measure of the noun asked, of two or more said each "of" its noun: "tanks holding 20,000
# litres of diesel and 5,000 litres of petrol" for how much petrol they hold (trial ABN of stop
# 72 was shown "20,000 litres").
_MEASURES = (r"litres?|tonnes?|tons?|kg|kilograms?|gallons?|metres?|miles?|acres?|hectares?|"
             r"pints?|bags?|bottles?|boxes?|crates?|bales?")
# (in words too, an adjective before the noun: "laid 22 tonnes of hardcore and nine tonnes of
# fine gravel" for "How many tonnes of gravel ...?", a question of trial AEJ of stop 76 shown
# "22")
_MEASURE_OF = re.compile(rf"(?<![\w.,$£€\-])(?P<measure>(?:\d[\d,.]*|{NUMBER_IN_WORDS})\s?"
                         rf"(?:{_MEASURES}))\s+of\s+(?P<noun>[a-z][\w\-]*(?:\s+(?!and\b|or\b)"
                         r"[a-z][\w\-]*)?)")
_MEASURE_ASKED = re.compile(rf"\s*how (?:much|many)\s+(?:(?:{_MEASURES})\s+of\s+)?"
                            r"([a-z][\w\-]*)\b", re.IGNORECASE)


def _measure_of_the_noun_asked(question: str, quote: str, start: int,
                               end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one measure said "of" the noun ``question`` asks how much
    of (see _MEASURE_OF), the measure at ``quote[start:end]`` being of another noun; else
    None."""
    asked = _MEASURE_ASKED.match(question)
    said = list(_MEASURE_OF.finditer(quote))
    if asked is None or len(said) < 2:
        return None
    noun = asked.group(1).lower().removesuffix("s")
    found = [m for m in said
             if noun in {w.removesuffix("s") for w in m.group("noun").lower().split()}]
    mine = next((m for m in said if m.start() <= start < m.end()), None)
    if len(found) != 1 or mine is None or mine is found[0]:
        return None
    return found[0].span("measure")


def _figure_of_the_time_said_after(question: str, quote: str, start: int,
                                   end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one other figure of the form of the one at
    ``quote[start:end]`` said with the time ``question`` asks (TIME_ASKED) after it in its
    clause, the clause of the one marked saying no time: "140 women and girls will play in the
    division, compared with 35 who played in mixed friendlies last season" for last season's
    (trial ABA of stop 72 was shown "140"); else None."""
    time = TIME_ASKED.search(question)
    figures = list(FIGURE_SAID.finditer(quote))
    mine = next((f for f in figures if start <= f.start() < end), None)
    if time is None or mine is None or re.fullmatch(r"(?:19|20)\d\d", time.group()):
        return None  # (a year is the other checks': "Since the 11 September 2001 attacks ...,
        # BA has cut 13,000 jobs", news set 0, replayed)
    bounds = [0, *(m.end() for m in re.finditer(r"[,;.](?=\s)", quote)), len(quote)]
    clause = next(quote[a:b] for a, b in zip(bounds, bounds[1:], strict=False)
                  if a <= mine.start() < b)
    if TIME_ASKED.search(clause):
        return None

    def said_then(f: re.Match[str]) -> bool:
        after = re.split(r"[,;.]\s", quote[f.end() :], maxsplit=1)[0]
        return re.search(rf"\b{re.escape(time.group())}\b", after, re.IGNORECASE) is not None

    found = [f for f in figures if f is not mine
             and figure_form(f.group()) == figure_form(mine.group()) and said_then(f)
             # (said against the one marked, in its sentence: not "162 playing members this
             # year, including 85 juniors", trial ZW of stop 70, replayed)
             and _AGAINST.search(quote, 0, max(f.start(), mine.start()))
             and not re.search(r"[.!?]\s", quote[min(f.end(), mine.end()) :
                                                 max(f.start(), mine.start())])]
    return with_its_magnitude(quote, found[0]) if len(found) == 1 else None


# (the later of the two said against the other: ", compared with 35 who played ...")
_AGAINST = re.compile(r"\b(?:compared\s+(?:with|to)|against|up\s+from|down\s+from)\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)


# A figure expected, said before the one who expected it: "Organisers counted around 2,300
# visitors at the first market, against the 1,500 they had expected" for how many they had
# expected (trial AAX of stop 72 was shown "around 2,300").
_EXPECTED = r"expected|predicted|forecast|hoped|planned|budgeted|estimated|anticipated"
_ASKS_EXPECTED = re.compile(rf"\b(?:{_EXPECTED}|expect|predict|hope|plan|budget|estimate|"
                            r"anticipate)\b", re.IGNORECASE)
_THEN_EXPECTED = re.compile(r"(?:\s+[a-z][\w\-]*)?\s+(?:that\s+|which\s+)?(?:they|it|we|he|"
                            r"she|organisers|the\s+[a-z]+)\s+(?:had\s+|have\s+|has\s+)?"
                            rf"(?:{_EXPECTED})\b", re.IGNORECASE)


def _figure_expected_as_asked(question: str, quote: str, start: int,
                              end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one figure said to be expected (see _THEN_EXPECTED) when
    ``question`` asks what was expected and the figure at ``quote[start:end]`` is not it;
    else None."""
    if not _ASKS_EXPECTED.search(question):
        return None
    found = [f for f in FIGURE_SAID.finditer(quote) if _THEN_EXPECTED.match(quote, f.end())]
    if len(found) != 1 or found[0].start() <= start < found[0].end():
        return None
    return found[0].span()


def _of_another_time(question: str, quote: str, at: int) -> bool:
    """Whether the clause of ``quote`` from ``at`` says a time (see TIME_ASKED) other than
    the one ``question`` asks of."""
    time = TIME_ASKED.search(question)
    said = TIME_ASKED.search(re.split(r"[,;.]\s", quote[at:], maxsplit=1)[0])
    return time is not None and said is not None and said.group().lower() != time.group().lower()


def _age_of_the_extreme_asked(question: str, quote: str, start: int,
                              end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the age of the youngest or the oldest that ``question`` asks the
    age of (:func:`qa.rescues.age_of_the_extreme`), when the figure at ``quote[start:end]`` is
    another's (trial SX of stop 64 was shown the oldest's "91" for the youngest's age); else
    None."""
    said = age_of_the_extreme(question, quote)
    return None if said is None or said[0] <= start < said[1] else said


# Two figures of one form in a sentence, the second said with words of the question the
# first is not: "pay £18.6m towards roads, schools and health services, including £4.2m for
# a new junction on the A418" gives £4.2m for "How much will the developer pay towards a
# new junction on the A418?" (trial K, stop 44, was shown "£18.6m").
# (a figure of another subject is after "and" before a capital, or a ";")
_NEXT_SUBJECT = re.compile(r"\s+(?:and|while|but|whereas)\s+(?=[A-Z])|;")


def _figure_of_the_words(question: str, quote: str, start: int,
                         end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives another figure of the form of the one at ``quote[start:end]``
    whose words after it (to a comma or the next figure, eight at most) hold at least three
    words of ``question`` while the span's hold none; else None."""
    if asked_for(question) != "number":
        return None
    figures = list(FIGURE_SAID.finditer(quote))

    def said_after(k: int) -> int:
        upto = figures[k + 1].start() if k + 1 < len(figures) else len(quote)
        words = quote[figures[k].end() : upto]
        clause = _NEXT_SUBJECT.search(words)  # (to the next clause's subject: "members raised
        # £48,000 in eight months and Manchester City Council gave a grant of £20,000" for
        # the council's, trial BT, stop 49, showed £48,000)
        return asked_words_after(question, words[: clause.start()] if clause else words)

    mine = next((k for k, f in enumerate(figures) if start <= f.start() < end), None)
    if mine is None or said_after(mine):
        return None
    # (not a year, nor a sum converted in brackets: "$100m (£52m) over the next three years")
    best = max((k for k, f in enumerate(figures) if k != mine
                and figure_form(f.group()) == figure_form(figures[mine].group())
                and not re.fullmatch(r"(?:19|20)\d\d", f.group())
                and quote[max(0, f.start() - 1) : f.start()] != "("),
               key=said_after, default=None)
    if best is None or said_after(best) < 3 or re.fullmatch(
            r"\s+of\s+(?:the\s+)?(?:[\w'’]+\s+)?",
            quote[figures[mine].end() : figures[best].start()]):
        return None  # (or a part of it: "won 121 of his 147 matches", "31 of the home's 44
        # residents are living with dementia", trial ABA of stop 72 shown "44")
    return figures[best].span()


# ... or said with them before it, in its own clause: "Single fares will be £2.50, the same as
# the daytime fare cap, and passengers under 19 will pay £1.20" gives £1.20 for "How much will
# passengers under 19 pay to ride the N7 night bus?" (trial AEL of stop 76 was shown "£2.50").
_CLAUSE_OPENS = re.compile(r".*(?:[,;.:]\s|\s(?:and|while|but|whereas)\s)", re.DOTALL)


def _figure_of_the_words_before(question: str, quote: str, start: int,
                                end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one other sum than the one at ``quote[start:end]`` whose
    clause before it (eight words at most) holds at least three words of ``question`` (asking
    a sum) while the span's clause, before it or after, holds none; else None."""
    if not ASKS_FOR_MONEY.search(question.lower()):
        return None  # (a sum: not "for 15 years" of "Jack Pengelly, 70, who has led a weekly
        # walking group along the path for 15 years" for his age, trial RB, replayed)
    asked = {w.lower() for w in re.findall(r"[\w'’\-]+", question)} - FUNCTION_WORDS
    figures = [f for f in FIGURE_SAID.finditer(quote) if f.group()[0] in "$£€"]

    def said_before(k: int) -> int:
        words = quote[: figures[k].start()]
        opened = _CLAUSE_OPENS.match(words)
        clause = words[opened.end() :] if opened else words
        return len({w.lower() for w in re.findall(r"[\w'’\-]+", clause)[-8:]} & asked)

    mine = next((k for k, f in enumerate(figures) if start <= f.start() < end), None)
    if mine is None or said_before(mine) or asked_words_after(question,
                                                              quote[figures[mine].end() :]):
        return None
    found = [k for k, f in enumerate(figures) if k != mine
             and said_before(k) >= 3]
    return figures[found[0]].span() if len(found) == 1 else None


# A measure said with its unit ("68lb", "1.27 metres"), and what asks one.
_MEASURE = re.compile(r"(?<![\w.,$£€\-])\d(?:[\d,.]*\d)?\s?(lb|kg|oz|st|tonnes?|metres?|cm|mm|"
                      r"ft|feet|inches|miles?|km|litres?)\b")
# (any word asking one, where short_answers' _ASKS_A_MEASURE reads only "How tall...?")
_MEASURE_WORD_ASKED = re.compile(r"\b(?:weigh\w*|heavy|long|tall|wide|deep|high|length|height|"
                                 r"weight)\b", re.IGNORECASE)
_A_MARGIN_BEFORE = re.compile(r"\b(?:beat|beating|beaten|broke|breaking|bettered|exceed\w*|won|"
                              r"winning|ahead)\b[^.;]{0,60}\bby\s+$", re.IGNORECASE)


def _measure_not_its_margin(question: str, quote: str, start: int,
                            end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one other measure in the unit of the one at
    ``quote[start:end]``, when that one is a margin ("beating last year's winning entry by
    9lb") and ``question`` asks a measure, not by how much ("What did Frank Ellison's winning
    marrow weigh?" of "won by a 68lb marrow ..., beating last year's winning entry by 9lb":
    trial UE of stop 65 was shown "9lb"); else None."""
    marked = _MEASURE.match(quote, start)
    if (marked is None or not _MEASURE_WORD_ASKED.search(question)
            or re.search(r"\bby how\b|\bmargin\b|\bthan\b", question, re.IGNORECASE)
            or not _A_MARGIN_BEFORE.search(quote[max(0, start - 80) : start])):
        return None
    others = [m.span() for m in _MEASURE.finditer(quote)
              if m.group(1) == marked.group(1) and m.start() != marked.start()]
    return others[0] if len(others) == 1 else None


# A sentence of a quote (to its stop before the next sentence's capital).
_A_SENTENCE = re.compile(r"\S.*?(?:[.!?][\"”’']?(?=\s+[\"“‘']?[A-Z])|$)", re.DOTALL)

def _figure_of_the_thing_qualified(question: str, quote: str, start: int,
                                   end: int) -> tuple[int, int] | None:
    """Where another sentence of ``quote`` gives the one figure (of the form of the one at
    ``quote[start:end]``, and of no time before unless asked) of the thing ``question`` names
    with its qualifier ("a full plot"), when the span's sentence names that thing with another
    and not with the one asked ("Annual rent for a full plot will rise to £48 from £42 last
    year. Half plots will cost £26." for what a full plot costs: the README check of 6faebd4
    was shown "£26"); else None."""
    if asked_for(question) != "number":
        return None
    sentences = [m.span() for m in _A_SENTENCE.finditer(quote)]
    mine = next((s for s in sentences if s[0] <= start < s[1]), None)
    marked = FIGURE_SAID.match(quote, start)
    if mine is None or marked is None:
        return None
    said = quote[mine[0] : mine[1]].lower()
    before = said[: start - mine[0]]
    for qualifier, noun in re.findall(r"(?=\b([a-z]{3,})\s+([a-z]{3,})\b)", question):
        if qualifier in FUNCTION_WORDS or noun in FUNCTION_WORDS:
            continue
        stem = re.escape(noun.removesuffix("s"))
        # (the other thing named just before the span, in its clause: "Half plots will cost")
        other = re.search(rf"\b([a-z]{{3,}})\s+{stem}s?\b[^,;:.]{{0,40}}$", before)
        if (other is None or other.group(1) in FUNCTION_WORDS or other.group(1) == qualifier
                or other.group(1) in question.lower()
                or re.search(rf"\b{qualifier}\s+{stem}s?\b", said)):
            continue
        named = [s for s in sentences if s != mine
                 and re.search(rf"\b{qualifier}\s+{stem}s?\b", quote[s[0] : s[1]].lower())]
        if len(named) != 1:
            return None
        figures = [f for f in FIGURE_SAID.finditer(quote, *named[0])
                   if figure_form(f.group()) == figure_form(marked.group())
                   and not re.fullmatch(r"(?:19|20)\d\d", f.group())
                   and (ASKS_BEFORE.search(question) or not (
                       SAID_AS_THE_YEAR_BEFORE.match(quote[f.end() : f.end() + 30])))]
        return figures[0].span() if len(figures) == 1 else None
    return None


# A figure named by the noun before it ("revenue of £1.27bn and a pre-tax profit of £143m"):
# asked for a pre-tax profit, the figure the question's noun names, not the span's, whose
# noun the question does not say (trial P, stop 45, showed "£1.27bn").
_NAMED_BEFORE = re.compile(r"([\w\-]+)\s+of\s+(?:about |around |nearly |almost |some |just )?$")


# A figure said as what something went "from" ("fell from 3,400 in 2022 to 2,150 this year"):
# the figure asked is what it went to, unless the question asks of before (trial R, stop 45,
# showed "3,400" for the students the university has this year).
# (the hedge and the figure of a level that went from one figure to another)
_ROUGHLY = r"(?:about |around |nearly |almost |some |just )?"
_LEVEL = r"(?P<figure>[$£€]?\d(?:[\d,.]*\d)?(?:bn|m|k|p|%)?)"
WENT_FROM = re.compile(r"\bfrom\s+(?:an average of\s+)?" + _ROUGHLY + "$", re.IGNORECASE)
# ("grown from 14 members last year to 31 this year": trial MY of stop 59 was shown "14")
_WENT_TO = re.compile(r"(?:\s+per\s+[a-z]+)?(?:\s+[a-z]+(?=\s+(?:last|a)\s+year\b))?"
                      # ("from an average of 9.6 per employee in the same period last year to
                      # 6.4 this year", trial NZ of stop 60 shown "9.6 per employee")
                      r"(?:\s+in\s+the\s+same\s+(?:period|months?|weeks?)\s+(?:last\s+year|a\s+"
                      r"year\s+(?:earlier|ago))"
                      r"|\s+(?:in|at|on)\s+[\w\-]+(?:\s+\d{4})?|\s+(?:last|a)\s+year(?:\s+"
                      r"earlier)?"
                      # ("from 1,640 at the start of last year to 1,912 this month", trial MO of
                      # stop 59 shown "1,640" for the rating now)
                      r"|\s+at\s+the\s+(?:start|end|beginning)\s+of\s+(?:last\s+year|the\s+year|"
                      r"[\w\-]+(?:\s+\d{4})?)"
                      # ("rise from 38 before the closure to 52", trial PX of stop 61 shown "38")
                      r"|\s+before\s+the\s+[a-z]+"
                      # ("fallen from 1,400 ewes five years ago to 1,100 today", trial ACR of
                      # stop 74 shown "1,400" for the ewes now)
                      r"|(?:\s+[a-z]+)?\s+(?:[a-z]+|\d+)\s+(?:years?|decades?|months?)\s+ago)?,?\s+"
                      r"to\s+" + _ROUGHLY + _LEVEL, re.IGNORECASE)
# ... in words, its noun between ("the team had grown from nine staff to fourteen": the README
# check of a5f5ba6 was shown "nine" for the staff the bakery has now)
_WENT_TO_IN_WORDS = re.compile(rf"(?:\s+[a-z]+)?\s+to\s+(?P<figure>{NUMBER_WORD})\b(?!-)",
                               re.IGNORECASE)
# ... said the other way round: "rose to £48m from £39m" (the one it came to, before)
_CAME_TO_BEFORE = re.compile(r"\bto\s+" + _ROUGHLY + _LEVEL + r"\s+from\s+" + _ROUGHLY + "$",
                             re.IGNORECASE)

FROM_TO = re.compile(r"(?P<before>[$£€]?\d[\d,.]*(?:bn|m|k|%)?)\s+to\s+"
                      r"(?P<after>[$£€]?\d[\d,.]*(?:bn|m|k|%)?)")

# A figure said as what another was compared with ("handled 2.7 million tonnes of cargo in
# the year to March, up from 2.3 million tonnes the year before": trial AC, stop 46, showed
# "2.3 million"): the answer is the figure before, unless a time before is asked.
_COMPARED_WITH = re.compile(r"(?:(?:up|down|rising|falling|higher|lower|compared)\s+(?:from|with|"
                            # ("compared with a loss of £2.1m the year before": trial BY,
                            # stop 49, showed £2.1m for the year asked)
                            r"on)(?:\s+(?:a|an|the)\s+(?:[a-z\-]+\s+){0,2}?of)?"
                            r"|(?:beating|surpassing|exceeding|topping|passing)\s+(?:last|the "
                            r"previous|its previous|a previous)(?:\s+year['’]s)?(?:\s+(?:record|"
                            r"best|total|figure|tally))*(?:\s+of)?)\s+(?:about |around |nearly |"
                            r"almost |some |just )?$", re.IGNORECASE)
# ("has raised £86,400 so far, beating last year's total of £71,000": trial AY, stop 48,
# showed "£71,000")


def _figure_before_its_comparison(question: str, quote: str, start: int) -> tuple[int, int] | None:
    """Where ``quote`` says the figure that the one at ``start`` is compared with (see
    _COMPARED_WITH), in the same clause, when ``question`` asks of no time before (or of the
    time said of that figure); else None."""
    said = _COMPARED_WITH.search(quote[:start])
    if asked_for(question) != "number" or said is None or FROM_TO.match(quote, start):
        return None  # (not a level gone from one figure to another: "has gone up from £3,200
        # to £4,100" showed the director's age said before it, "45,", trial ZT of stop 70)
    clause = max(quote.rfind(". ", 0, said.start()), quote.rfind("; ", 0, said.start())) + 1
    figures = [f for f in A_FIGURE_SAID.finditer(quote, clause, said.start())  # (no year: "in
               if not re.fullmatch(r"(?:19|20)\d\d", f.group().rstrip(",. "))]  # the year to
    if not figures:  # January 2024, compared with...", trial BY, stop 49)
        return None
    time = TIME_ASKED.search(question)
    if time is not None and time.group().lower() in re.split(r"[.;]\s", quote[start:])[0].lower():
        return None  # the time asked said of the one compared: "19 exceeded the standard,
        # compared with 11 of 40 samples last summer" for last summer's (trial WP of stop 67)
    if ASKS_BEFORE.search(question):
        # (unless the time asked is the figure's: "84,000 visitors last year, up from 61,000
        # in 2022" for last year's, trial BV, stop 49, showed "61,000")
        time = TIME_ASKED.search(question)
        if time is None or time.group().lower() not in quote[
                figures[-1].end() : said.start()].lower():
            return None
    # (the one of the same noun: "attracted 612 crews from 74 clubs this year, up from 548
    # crews last year" showed "74" for this year's crews: trial DA, stop 51)
    mine = A_FIGURE_SAID.match(quote, start)
    noun = re.match(r"\s+([a-z]{3,})", quote[mine.end() :]) if mine else None
    same = [f for f in figures if noun and re.match(rf"\s+{noun.group(1)}\b", quote[f.end() :])]
    return (same or figures)[-1].span()


# A sum asked of a person named in full ("How much was Sian Pryce fined?") and a quote that
# gives one just after that name, the span another's ("Gareth Pryce was fined £14,000 and Sian
# Pryce £10,000": trial BF, stop 48, showed £14,000).


def _figure_of_the_person(question: str, quote: str, start: int,
                          end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives a sum just after the full name of a person ``question`` asks it
    of, when the figure at ``quote[start:end]`` is not that one; else None."""
    if not ASKS_FOR_MONEY.search(question.lower()):
        return None
    for name in PERSON_ASKED.findall(question):
        if names_a_body(name) or any(is_a_word(w) for w in name.split()):
            continue  # (a person's: not "Rotten Tomatoes", "Heritage Fund")
        said = re.search(rf"\b{re.escape(name)}\s+(?P<figure>[$£€]\d[\d,]*(?:\.\d+)?(?:bn|m|k)?)",
                         quote)
        if said and not start <= said.start("figure") < end:
            return said.span("figure")
    return None


# A figure said of a name the question asks of, in a clause after it ("beating a team from
# Llanelli, which scored 251", trial ZI of stop 70 shown the winners' "284"): the verb said
# the question's too.
# (or after who they are: "and Jacob Mensah, 10, from Year 5, who read 97", trial ZP)
_NAMED_THEN_ITS_FIGURE = re.compile(r"\b([A-Z][\w'’\-]+)(?:,\s+[^,.;:]{1,25}){0,2},?\s+"
                                    r"(?:which|who)\s+(?:had\s+|has\s+)?"
                                    r"([a-z]+)\s+(?:only\s+|just\s+)?(" + FIGURE_SAID.pattern
                                    + r")")


_NO_DEED_VERBS = frozenset("is was were are be been has had have".split())


def _figure_of_the_one_named(question: str, quote: str, start: int,
                             end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the figure of a name ``question`` asks of, said with the
    question's verb in a clause after it (see _NAMED_THEN_ITS_FIGURE), the figure at
    ``quote[start:end]`` another; else None."""
    names = set(proper_names(question))
    stems = {w.lower()[:4] for w in re.findall(r"[a-z]{3,}", question)}
    said = [m for m in _NAMED_THEN_ITS_FIGURE.finditer(quote)
            if m.group(1) in names and m.group(2)[:4] in stems
            # (a verb of a deed, not "was" or "has": "Edith Crane, who was 101 when she spoke"
            # is no age when she died, "Dartvale Milk Co-operative, which has 34 member farms"
            # no place; found replaying trial ZI's rule)
            and m.group(2) not in _NO_DEED_VERBS]
    if len(said) != 1 or said[0].start(3) <= start < said[0].end(3):
        return None
    return said[0].span(3)


def _figure_it_became(question: str, quote: str, start: int,
                      end: int) -> tuple[int, int] | None:
    """Where ``quote`` says the figure that the one at ``quote[start:end]`` went to (see
    WENT_FROM), when ``question`` asks of no time before; else None."""
    if not (asked_for(question) == "number" or asks_now(question) and re.fullmatch(
            r"\d[\d,.]*", quote[start:end])) or not WENT_FROM.search(quote[:start]):
        return None  # (a figure asked as it is now counts: "What is Daniel Okafor's chess
        # rating now?", trial MO of stop 59)
    went = _WENT_TO.match(quote, end) or (_WENT_TO_IN_WORDS.match(quote, end) if re.fullmatch(
        FIGURE_OR_WORDS.pattern, quote[start:end], re.IGNORECASE) else None)
    if went is None:
        came = _CAME_TO_BEFORE.search(quote[:start])  # "rose to £48m from £39m" (trial CY,
        # stop 51, showed "£39m" for the profits of the latest year)
        if came is None or ASKS_BEFORE.search(question):
            return None
        return came.span("figure")
    time = TIME_ASKED.search(question)
    if ASKS_BEFORE.search(question) and not (
            time and quote[went.end() :].lower().lstrip().startswith(time.group().lower())):
        return None  # (unless the time asked is said of the figure it went to: "from 87.1%
        # in 2022 to 93.4% last year" for last year's rate, trial AB, stop 46)
    return went.span("figure")


# ... and the other way: the figure something came from, said after the one it went to
# ("Ticket income rose to £186,000 from £141,000" for last year's income: the README check of
# 547d6e3).
_WENT_TO_BEFORE = re.compile(r"\bto\s+" + _ROUGHLY + "$"
                             # (or what it will cost, then ", up from": "A standard three-metre
                             # pitch will cost £39 a day, up from £33" for the pitch before the
                             # rent rise, trial YY of stop 69 shown "£39")
                             r"|\bwill\s+(?:now\s+)?cost\s+" + _ROUGHLY + "$", re.IGNORECASE)
_CAME_FROM_AFTER = re.compile(r"(?:\s+(?:a|an|per)\s+[a-z]+)?(?:\s+for\s+(?:a|an|each|the)\s+"
                              # (or per a time and for what: "rise to £65 a week for a standard
                              # stall, from £58 before the closure", trial XX of stop 68 shown
                              # "£65" for the rent before)
                              r"(?:[\w\-]+\s+){0,2}?[\w\-]+,)?(?:,\s+(?:up|down))?\s+from\s+"
                              + _ROUGHLY + _LEVEL,
                              re.IGNORECASE)
# (the change a level is asked before, new or not: "before the new courts were announced" for
# "has risen from 54 to 97 since the new courts were announced", trial AAM of stop 71 shown "97")
_THE_CHANGE_BEFORE = re.compile(r"\bbefore\s+(?:the\s+|its\s+|their\s+)?new\b", re.IGNORECASE)
# "from <a level> to ", its unit or its time between: "were cut from £95 a week to £70 a week"
# for the rent before the cut, "fell from 35 minutes to 6 minutes" (trials AAH and AAE of stop
# 71 were shown "£70" and nothing)
_FROM_A_LEVEL_TO = (r"\bfrom\s+" + _ROUGHLY + _LEVEL + r"(?:\s+(?:a|an|per)\s+[a-z]+|\s+[a-z]+)?"
                    r"\s+to\s+" + _ROUGHLY)
_FROM_THEN_TO = re.compile(_FROM_A_LEVEL_TO + "$", re.IGNORECASE)


def _figure_it_came_from(question: str, quote: str, start: int,
                         end: int) -> tuple[int, int] | None:
    """Where ``quote`` says the figure that the one at ``quote[start:end]`` came from ("rose
    to £186,000 from £141,000"), when ``question`` asks of a time before; else None."""
    came = _CAME_FROM_AFTER.match(quote, end)
    if number_asked(question, quote, start) and ASKS_BEFORE.search(question) and (
            said_first := _FROM_THEN_TO.search(quote[:start])) and not re.search(
                r"\b(?:after|now|new)\b", _THE_CHANGE_BEFORE.sub("", question), re.IGNORECASE):
        return said_first.span("figure")  # (or said first: "doubles the weekly staff permit
        # from £6 to £12" for what it cost before the increase, trial WP of stop 67 shown "£12")
    if (not number_asked(question, quote, start) or not ASKS_BEFORE.search(question)
            or came is None
            or not _WENT_TO_BEFORE.search(quote[:start])):
        return None
    asked_years = set(re.findall(r"\b(?:19|20)\d\d\b", question))
    if (asked_years and asked_years <= set(re.findall(r"\b(?:19|20)\d\d\b", quote[:start]))
            and not any(m.group() != "from" and not re.fullmatch(r"(?:19|20)\d\d", m.group())
                        for m in ASKS_BEFORE.finditer(question))):
        return None  # the year asked is the one the sentence is of: "in the year to March 2026
        # ..., but its profit fell to £42,000 from £96,000" for that year's profit (trial MJ
        # of stop 59 was shown "£1.8m", then "£96,000")
    if (LAST_YEAR_ITSELF.search(question) and LAST_YEAR_ITSELF.search(quote[:start])
            and not any(m.group().lower() != "last year" for m in ASKS_BEFORE.finditer(question))):
        return None  # last year asked, the sentence of last year: "spent £412,000 ... last
        # year, compared with £298,000 the year before, and visitor numbers fell to 154,000
        # from 171,000" for last year's visitors (trial NI of stop 60 was shown "171,000")
    return came.span("figure")


# A level asked as it was before a change or in the old one ("before the cut", "before the
# refurbishment", "the old Sunday league"), the figure marked the level after it, and the one it
# came from said after it in the clause: "A full adult membership now costs £1,150 a year, up
# from £1,080", "52 pieces of cardio and strength equipment, compared with 38 before the refit",
# "24 treatment chairs ..., compared with 12 chairs in the old unit", "£45 a season, down from the
# £60 the old Sunday league charged" (trials AAH, AAI and AAF of stop 71 were shown the first).
_ASKS_BEFORE_A_CHANGE = re.compile(r"\bbefore\s+(?:the|its|their|it|they)\b|\b(?:the|its|their|"
                                   r"his|her|\w+['’]s)\s+(?:old|previous|former)\b", re.IGNORECASE)
_ASKS_AFTER_A_CHANGE = re.compile(r"\b(?:after|now|new|currently|today|this\s+year)\b",
                                  re.IGNORECASE)
_THEN_WHAT_IT_CAME_FROM = re.compile(r"[^.;:\d$£€]{0,60}?(?:(?:,\s*|\s+)(?:(?:up|down|rising|"
                                     r"falling)\s+from|compared\s+(?:with|to))"
                                     # (or ", from": "increased its grant to the group to
                                     # £2,400, from £1,500", stop 72)
                                     r"|,\s*from)\s+(?:the\s+)?"
                                     + _ROUGHLY + _LEVEL, re.IGNORECASE)


_FROM_A_LEVEL = re.compile(_FROM_A_LEVEL_TO + FIGURE_SAID.pattern, re.IGNORECASE)
_THEN_LAST_YEAR = re.compile(r"(?:\s+[a-z][\w\-]*){0,3}?\s+last\s+year\b(?!['’])")


def _figure_before_the_change(question: str, quote: str, start: int,
                             end: int) -> tuple[int, int] | None:
    """Where ``quote`` says the level that the one at ``quote[start:end]`` came from, said
    after it (see _THEN_WHAT_IT_CAME_FROM) or as "from <it> to <the one marked>" (the span
    itself when it is that level), when ``question`` asks of the level before a change or of
    the old one, not of the new; else None."""
    if (not _ASKS_BEFORE_A_CHANGE.search(question)
            or _ASKS_AFTER_A_CHANGE.search(_THE_CHANGE_BEFORE.sub("", question))
            or not number_asked(question, quote, start)):
        return None
    mine = FIGURE_SAID.search(quote, start, end)
    if mine is None or LAST_YEAR_ITSELF.search(question) and _THEN_LAST_YEAR.match(quote,
                                                                                  mine.end()):
        return None  # (last year asked and the figure marked said of it: "the old number 7,
        # which carried 412,000 passengers last year, up from 368,000 the year before", trial
        # AAY of stop 72 was shown "368,000")
    went = next((m for m in _FROM_A_LEVEL.finditer(quote) if m.start("figure") <= mine.start()
                 < m.end()), None)  # (from the level marked, or to it: "has risen from 54 to
    # 97 since the new courts were announced" for the members before, trial AAM of stop 71)
    came = _THEN_WHAT_IT_CAME_FROM.match(quote, mine.end())
    figure = (FIGURE_SAID.match(quote, went.start("figure")) if went
              else FIGURE_SAID.match(quote, came.start("figure")) if came else None)
    return None if figure is None else with_its_magnitude(quote, figure)


# The noun a question's verb asks the figure of ("How much did Voltaris lose?": "a loss of
# £4.1m", not "revenue of £640,000": trial Q, stop 45).
_NOUN_OF_VERB = {"lose": "loss", "lost": "loss", "earn": "earnings", "earned": "earnings",
                 "spend": "spending", "spent": "spending", "borrow": "borrowing",
                 "borrowed": "borrowing", "sell": "sales", "sold": "sales", "owe": "debt",
                 "owes": "debt", "owed": "debt"}


# Nouns of sums of money: a count is no answer to a question asking one of them.
_MONEY_NOUNS = frozenset("turnover revenue revenues profit profits sales income loss losses "
                         "debt debts budget fee fees fine salary pay bonus earnings".split())


def _figure_named_before(question: str, quote: str, start: int,
                         end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives another figure of the form of the one at ``quote[start:end]``
    that the noun before it names with a word of ``question`` ("a pre-tax profit of £143m"),
    the span's noun being none of them ("revenue of £1.27bn"); else None."""
    if asked_for(question) != "number":
        return None
    asked = {w.lower() for w in re.findall(r"[\w\-]+", question)}
    asked |= {_NOUN_OF_VERB[w] for w in asked if w in _NOUN_OF_VERB}
    figures = list(FIGURE_SAID.finditer(quote))
    mine = next((f for f in figures if start <= f.start() < end), None)
    if mine is None:
        return None
    named = _NAMED_BEFORE.search(quote[: mine.start()])
    if named is not None and named.group(1).lower() in asked:
        return None
    form = mine.group()[:1] in "$£€", mine.group().endswith("%")
    if named is None:
        if (form != (False, False) or asks_for_count(question)
                or not _MONEY_NOUNS & {w.lower() for w in re.findall(r"[\w\-]+", question)}):
            return None
        form = True, False  # a count ("employs 34 people") for a sum a noun asked names
        # ("reported turnover of £8.7m": trial AG, stop 46, showed "34" in bold)
    found = [f for f in figures if f is not mine and (f.group()[:1] in "$£€",
                                                       f.group().endswith("%")) == form
             and (n := _NAMED_BEFORE.search(quote[: f.start()])) is not None
             and n.group(1).lower() in asked]
    return found[0].span() if len(found) == 1 else None


# "How many more ...?" and a figure said as more than another ("150 electric bikes ..., with a
# further 100 due by the end of the summer", trial ZH of stop 70 shown "150").
_MORE_ASKED = re.compile(r"\bhow (?:many|much) more\b", re.IGNORECASE)
_MORE_SAID = re.compile(r"\b(?:a further|another|an extra|an additional)\s+$", re.IGNORECASE)


def _figure_said_as_more(question: str, quote: str, start: int,
                         end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one figure said as more ("a further 100") when ``question``
    asks how many more and the figure at ``quote[start:end]`` is another; else None."""
    if not _MORE_ASKED.search(question) or _MORE_SAID.search(quote[:start]):
        return None
    more = [f for f in FIGURE_OR_WORDS.finditer(quote) if _MORE_SAID.search(quote[: f.start()])]
    return with_its_magnitude(quote, more[0]) if len(more) == 1 else None


# A figure said as more after the one marked, with words of the question the marked one's are
# not ("146 panels fitted to the roof of its main building ..., with a further 38 on the roof
# of the new nursery block", "employs 14 people full-time and a further 22 seasonal staff":
# trials AAA and AAB of stop 70 were shown the first).
_A_FURTHER = re.compile(r"\b(?:a further|another|an extra|an additional)\s+(\d[\d,]*)\b")


def _word_stems(text: str) -> set[str]:
    """The first five letters of the words of ``text`` in lower case, of four letters or more,
    but function words (what a figure's clause says of it, to set against a question's)."""
    return {w[:5] for w in re.findall(r"\b[a-z][a-z\-]{3,}", text)} - {
        w[:5] for w in FUNCTION_WORDS}


def _further_figure_as_asked(question: str, quote: str, start: int,
                             end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one figure said "a further" after the one at
    ``quote[start:end]``, the words after it in its clause holding a word of ``question`` that
    the marked one's words do not; else None."""
    asked = _word_stems(question) - _word_stems(counted_noun(question) or "")  # (the noun
    # both count)
    further = [m for m in _A_FURTHER.finditer(quote, end)]
    if len(further) != 1:
        return None
    mine = _word_stems(quote[end : further[0].start()])
    its = _word_stems(re.split(r"[.;]", quote[further[0].end() :])[0])
    return further[0].span(1) if len((its - mine) & asked) > len((mine - its) & asked) else None


# A sum said "alone" of a thing in a whole's sentence ("including a 30-horsepower outboard
# engine that alone cost £6,200", trial AAA of stop 70 shown the boat's "£27,500").
_ALONE_COST = re.compile(r"((?:[\w\-]+\s+){1,5}?)(?:that |which )?alone\s+(?:cost|costs|accounted "
                         r"for|came to)\s+([$£€]\d[\d,.]*(?:m|bn|k)?(?:\s+million)?)")


def _sum_said_alone(question: str, quote: str, start: int,
                    end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one sum said "alone" of a thing ``question`` names, the sum at
    ``quote[start:end]`` another; else None."""
    asked = _word_stems(question)
    said = [m for m in _ALONE_COST.finditer(quote) if _word_stems(m.group(1)) & asked]
    if len(said) != 1 or said[0].start(2) <= start < said[0].end(2):
        return None
    return said[0].span(2)


# A figure, then the level it rises to on a condition ("a fixed penalty of £100, rising to
# £1,000 if the case goes to court"): the first is the one asked, unless the question says the
# condition (trial ZJ of stop 70 was shown "£1,000" for the fixed penalty).
_RISING_TO = re.compile(r",?\s+(?:rising|increasing|going up|climbing)\s+to\s+"
                        r"(?:about\s+|up to\s+)?$", re.IGNORECASE)
_ON_A_CONDITION = re.compile(r"\s+(?:if|when|where|unless)\s+([^.;,]+)", re.IGNORECASE)


def figure_before_its_condition(question: str, quote: str, start: int,
                                 end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the figure said before the one at ``quote[start:end]``, which
    it rises to on a condition ``question`` does not ask of (see _RISING_TO); else None."""
    rising = _RISING_TO.search(quote[:start])
    condition = _ON_A_CONDITION.match(quote, end)
    if rising is None or condition is None:
        return None
    asked = {w.lower()[:4] for w in re.findall(r"[A-Za-z]+", question)}
    if any(w[:4] in asked for w in re.findall(r"[a-z]{3,}", condition.group(1).lower())
           if w not in FUNCTION_WORDS):
        return None
    before = [f for f in FIGURE_SAID.finditer(quote[: rising.start()])]
    if not before or before[-1].end() != rising.start():
        return None
    return with_its_magnitude(quote, before[-1])


def end_before_asked_words(question: str, text: str) -> int:
    """Where ``text``, a figure and words after it, ends without the two or more words of
    ``question`` it ends with ("£312m spending plan for 2025-26" for "What is the size of
    Kestwick council's spending plan for 2025-26?", "25 fire engines" for "How many fire
    engines were sent...?": trial J, stop 44, showed both); ``len(text)`` when it does not."""
    asked = {w.lower() for w in re.findall(r"[\w'’\-]+", question)}
    words = list(re.finditer(r"[^\s,;:]+", text))
    k = len(words)
    while k > 1 and words[k - 1].group().lower().strip(".'’") in asked:
        k -= 1
    if len(words) - k < 2 or not re.search(r"\d", text[: words[k - 1].end()]):
        return len(text)
    return words[k - 1].end()


def _noun_after(text: str, at: int) -> str | None:
    """The first four letters of the word after a figure ending at ``at``, or None when the
    figure counts no word said ("1,200 at its main factory") or the noun said before it ("43
    homes and businesses ..., 11 of them in Slapton Weir": trial VU of stop 66 was shown
    "43" for those in Slapton Weir)."""
    if re.match(r"\s+of (?:them|which|whom)\b", text[at:]):
        return None
    word = re.match(r"\s+([a-z][\w\-]*)", text[at:])
    return None if word is None or word.group(1) in ("at", "in") else word.group(1)[:4]


def _figure_of_the_name(question: str, quote: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives another count said at a place ``question`` names, when the
    count at ``quote[start:end]`` is said of no place it names (see _COUNT_AT); else None."""
    if not asks_for_count(question):
        return None
    names = set(proper_names(question))
    mine = _COUNT_AT.match(quote, start)
    if mine is not None and mine.group("place") in names:
        return None
    counted = {w[:4] for w in counted_phrase(question)}
    found = [m for m in _COUNT_AT.finditer(quote) if m.group("place") in names
             and not start <= m.start("n") < end and "," not in quote[m.end("n") : m.end()]
             and not re.fullmatch(r"(?:19|20)\d\d", m.group("n"))  # ("in 2011 in the US")
             # (of the noun asked: "cut 480 jobs at Ashworth" counts no cars, trial AB)
             and (not counted or _noun_after(quote, m.end("n")) in (None, *counted))]
    if not found and mine is None:
        # (or the place said first, its count after: "Scunthorpe Central Library had the most
        # finishers, with 1,040, while the smallest branch, at Winterton, had 58", trial SY of
        # stop 64 shown "1,040")
        found = [m for m in (*_AT_PLACE_HAD.finditer(quote), *_PLACE_WITH.finditer(quote))
                 if (m.groupdict().get("place") or m.group("named")) in names
                 and not start <= m.start("n") < end]
    return found[0].span("n") if len(found) == 1 else None


_AT_PLACE_HAD = re.compile(r"(?:\b(?:at|in)\s+(?P<place>[A-Z][\w'’\-]*),?\s+"
                           # (or of a name, described: "second-placed Stourport, who ended on
                           # 44", trial TE of stop 64 shown "52"; "the Bridge Lane Practice,
                           # which had 5,500", trial TD shown "8,500"; not "St Anne's ... School
                           # has 210 places", found replaying)
                           r"|(?<=\s)(?P<named>[A-Z][\w'’\-]*),\s+(?:who|which)\s+)"
                           r"(?:had|has|saw|recorded|reported|drew|attracted|ended on|"
                           r"finished on|finished with|ended with)\s+"
                           r"(?:about\s+|around\s+|nearly\s+|just\s+)?"
                           r"(?P<n>\d[\d,]*)(?![\d.,]*\d)")


# ... or a place's count said after it "with" it: "The town has 228 plots across four sites,
# the largest being Creeting Road, with 96" (trial ACQ of stop 74 was shown "228" for Creeting
# Road's).
_PLACE_WITH = re.compile(r"(?<=\s)(?P<named>[A-Z][\w'’\-]*),\s+with\s+"
                         r"(?:about\s+|around\s+|nearly\s+|just\s+)?(?P<n>\d[\d,]*)(?![\d.,]*\d)"
                         # (its count alone: not "launched in Wexcombe, with 300 bikes available
                         # from 40 docking stations", trial QD, replayed)
                         r"(?=\s*(?:[.;)]|,\s|$))")


def _of_the_account_asked(question: str, quote: str,
                          span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span``, unless the figure there is another account than ``question`` asks (see
    another_account): the turnover of "Turnover rose to £6.3 million ..., from £5.7 million the
    year before, while profit before tax was £410,000" is no profit of the year before."""
    return None if span is None or another_account(question, quote[: span[0]]) else span


_THE_YEAR_BEFORE_A_YEAR = re.compile(r"\bthe year before ((?:19|20)\d\d(?:[-/]\d\d)?)\b")


# A figure asked by who gave it, two given by two ("How many people did police say watched the
# Ashcombe lantern parade?" of "Organisers estimated that 1,500 people lined the route, although
# police put the figure at about 1,100": trial ADC of stop 74 was shown the organisers' "1,500").
_SOURCE_ASKED = re.compile(r"\b(?:did|do|does)\s+(?:the\s+)?(?P<source>police|organisers|"
                           r"organizers|officials|stewards|the council|council)\s+(?:say|said|"
                           r"estimate|estimated|count|counted|put|reckon|think)\b",
                           re.IGNORECASE)


def _figure_of_the_source_asked(question: str, quote: str, start: int,
                                end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one figure the source ``question`` asks by (see _SOURCE_ASKED)
    put or estimated, when the figure at ``quote[start:end]`` is another; else None."""
    asked = _SOURCE_ASKED.search(question)
    if asked is None:
        return None
    source = re.escape(asked.group("source").lower().removeprefix("the "))
    said = [m.span(1) for m in re.finditer(
        rf"\b{source}\s+(?:put|puts|estimated|estimate|estimates|said|say|says|counted|count|"
        rf"reckoned)\s+(?:(?:the|its|their)\s+(?:figure|number|crowd|total|attendance)\s+at\s+|"
        rf"that\s+)?(?:about\s+|around\s+|nearly\s+|more than\s+|some\s+|just over\s+|"
        rf"almost\s+)?(\d[\d,]*)", quote, re.IGNORECASE)]
    said += [m.span(1) for m in re.finditer(
        rf"(\d[\d,]*)[^.;\d]{{0,40}}\baccording to (?:the\s+)?{source}\b", quote,
        re.IGNORECASE)]
    if len(said) != 1 or said[0][0] <= start < said[0][1]:
        return None
    return said[0]


def figure_asked_elsewhere(question: str, quote: str, start: int, end: int,
                           sentence: str, dated: str | None = None) -> tuple[int, int] | None:
    """Where ``quote`` says the figure ``question`` asks for when the reader marked another at
    ``quote[start:end]`` (in ``sentence``, of a story dated ``dated``): the first of the checks
    above that finds one ("35", not "514", for "In how many countries...?"), or None. Never a
    sum raised for a cost asked (:func:`qa.figures.raised_for_a_cost`): for a sum raised
    marked, the one cost said beside it, or None."""
    if raised_for_a_cost(question, quote, start):
        return cost_beside_the_sum_raised(question, quote, start)
    found = _figure_asked_elsewhere(question, quote, start, end, sentence, dated)
    if found is not None and raised_for_a_cost(question, quote, found[0]):
        return None  # ("£4,600 towards a new reptile incubator" has the question's words
        # after it, the £7,200 it costs has none: _figure_of_the_words)
    return found


def _figure_asked_elsewhere(question: str, quote: str, start: int, end: int,
                            sentence: str, dated: str | None) -> tuple[int, int] | None:
    question = last_year_by_its_number(question, dated, quote)
    before = _THE_YEAR_BEFORE_A_YEAR.search(question)
    if before is not None and before.group(1) in quote:  # the year before the one the quote
        # names asked as "the year before" ("612,000 passengers in 2024-25, up from 540,000 the
        # year before" for the year before 2024-25's, trial ZX of stop 70 shown "612,000")
        question = question[: before.end(0) - len(before.group(1)) - 1] + question[before.end():]
    aged = _age_of_the_extreme_asked(question, quote, start, end)
    if aged is not None:
        return aged
    aged = age_after_the_name_asked(question, quote)
    if aged is not None and not aged[0] <= start < aged[1]:
        return aged
    aged = age_said_then(question, quote, start, end)
    if aged is not None:
        return aged
    aged = age_of_the_one_replaced(question, quote, start, end)
    if aged is not None:
        return aged  # ("Fiona McBride, 38, takes over from Graham Ellis, 63," for the outgoing
        # manager's age, trial ACC of stop 73)
    sourced = _figure_of_the_source_asked(question, quote, start, end)
    if sourced is not None:
        return sourced
    groups = price_of_the_group_and_time(question, quote, start, end)
    if groups is not None:
        return groups
    changed = _figure_before_the_change(question, quote, start, end)
    if changed is not None:
        return None if changed[0] <= start < changed[1] else changed
    verb = _count_of_the_verb_asked(question, quote, start, end)
    if verb is not None:
        return verb  # (before the time: "received 1,318 claims last year but paid only 296 of
        # them", both of last year)
    state = figure_of_the_state_asked(question, quote, start, end)
    if state is not None:
        # (before the times: "£3,480 last year, down from £5,120 in the year before the panels
        # were fitted" for the year before they were, trial YT of stop 69)
        return None if state == (start, end) else state
    if of_the_year_before_last(question, quote, start):
        return None  # the figure marked is the year before last's, the one asked ("478,000" of
        # "Last year the zoo welcomed 512,000 visitors, up from 478,000 the year before": trial
        # TZ of stop 65 was shown "512,000", the count of the noun)
    if of_the_year_asked(question, quote, start):
        return None  # (see of_the_year_asked)
    if of_the_time_asked(question, quote, start):
        # the figure marked is the one of the time asked ("41,750" of "48,300 swimmers this
        # summer, up from 41,750 last year" for last year's swimmers: the last README check of
        # stop 53 was shown "48,300", the count of the noun), alone when the span runs on to
        # another ("beating last year's total of 962 by more than 200", trial UU of stop 65)
        mine = FIGURE_OR_WORDS.match(quote, start)
        if mine is not None and FIGURE_SAID.search(quote[mine.end() : end]):
            return with_its_magnitude(quote, mine)
        # (a part asked of the whole marked, of the same time: "issued just 38 fines last year,
        # and only 21 of those were paid" for how many were paid, trial ABV of stop 73)
        return part_by_what_it_is(question, quote, start, end)
    return (figure_said_for_the_year_asked(question, quote, start, end, dated)  # (first:
            # "drew 19,000 people" counts the noun, "up from 48,000 in 2024" is the year asked,
            # trial GB of stop 54)
            or figure_of_the_year_before_last(question, quote, start, end)
            or _figure_of_the_time_said_after(question, quote, start, end)
            or _figure_expected_as_asked(question, quote, start, end)
            or _count_before_the_verb_asked(question, quote, start, end)
            or _done_of_the_whole_asked(question, quote, start, end)
            or _measure_of_the_noun_asked(question, quote, start, end)
            or figure_before_its_condition(question, quote, start, end)
            or _figure_said_as_more(question, quote, start, end)
            or _further_figure_as_asked(question, quote, start, end)
            or _sum_said_alone(question, quote, start, end)
            or sum_the_giver_gave(question, quote, start, end)
            or sum_raised_as_asked(question, quote, start, end)
            or sum_done_by_the_one_asked(question, quote, start, end)
            or part_of_the_noun_asked(question, quote, start, end)
            or figure_of_the_order_asked(question, quote, start, end)
            or time_marked_of_now_s(question, quote, start, end)
            or part_said_as_asked(question, quote, start, end)
            or part_by_what_it_is(question, quote, start, end)
            or _counted_here(question, quote, start, end, sentence)
            or count_of_the_whole(question, quote, start, end)
            or _figure_of_the_name(question, quote, start, end)
            or figure_per_time_asked(question, quote, start, end)
            or _of_the_account_asked(question, quote,
                                     figure_of_the_time_marked(question, quote, start, end))
            or figure_not_of_the_year_before(question, quote, start, end)
            or figure_of_now(question, quote, start, end)
            or _figure_of_the_words(question, quote, start, end)
            or _figure_of_the_words_before(question, quote, start, end)
            or _measure_not_its_margin(question, quote, start, end)
            or _figure_of_the_thing_qualified(question, quote, start, end)
            or sum_for_the_one_asked(question, quote, start, end)
            or price_of_the_kind_asked(question, quote, start, end)
            or price_of_the_group_asked(question, quote, start, end)
            or _figure_named_before(question, quote, start, end)
            or _figure_it_became(question, quote, start, end)
            or _figure_it_came_from(question, quote, start, end)
            or _figure_before_its_comparison(question, quote, start)
            or whole_before_its_part(question, quote, start, end)
            or _figure_of_the_person(question, quote, start, end)
            or sum_of_the_person_named(question, quote, start, end)
            or _figure_of_the_one_named(question, quote, start, end))
