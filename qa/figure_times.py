"""Which figure of a sentence is of the time a question asks: this year's or last year's
("48,300 swimmers this summer, up from 41,750 last year"), the year named, the year before
last, now ("19 are currently empty"), a state or an occasion ("down from 420 before the
closure"), or per a time ("£650 a week"). Each check is named for what it checks, beside the
patterns it uses and the question that made it; :func:`qa.figure_asked.figure_asked_elsewhere`
calls them.
"""

from __future__ import annotations

import re

from qa.figure_said import (
    A_FIGURE_SAID,
    ASKS_BEFORE,
    FIGURE_OR_WORDS,
    FIGURE_SAID,
    HEDGED,
    MAGNITUDE_AFTER,
    OF_THE_WHOLE,
    SENTENCE_END,
    TIME_ASKED,
    asks_for_count,
    figure_form,
    number_asked,
    with_its_magnitude,
)
from qa.figures import (
    ASKS_PROFIT,
    ASKS_SALES,
    LAST_YEAR_ITSELF,
    THIS_YEAR_ITSELF,
    told_of_the_year_before_last,
)
from qa.forms import (
    ASKS_FOR_COUNT,
    ASKS_FOR_MONEY,
    FUNCTION_WORDS,
    MONTHS,
    NUMBER_IN_WORDS,
    asked_for,
    counted_noun,
    counted_phrase,
    noun_stem,
)

__all__ = ["SAID_AS_THE_YEAR_BEFORE", "figure_not_of_the_year_before", "figure_of_now",
           "figure_of_the_state_asked", "figure_of_the_year_asked",
           "figure_of_the_year_before_last", "figure_per_time", "figure_per_time_asked",
           "figure_said_for_the_year_asked", "last_year_by_its_number",
           "more_than_the_time_asked", "not_of_last_year", "now_for_its_start",
           "now_for_next_year", "of_a_later_edition", "of_another_first_time",
           "of_now_for_a_past_year",
           "of_another_year_by_order",
           "of_the_new_one", "of_the_time_asked", "of_what_it_replaced", "of_the_year_asked",
           "of_the_year_before_last", "time_marked_of_now_s"]


_PER_ASKED = re.compile(r"\b(?:a|per|each|every) (year|month|week|day|hour|annum)\b|"
                        r"\b(annually|annual|yearly|monthly|weekly|daily)\b", re.IGNORECASE)
_PER_WORDS = {"annually": "year", "annual": "year", "yearly": "year", "monthly": "month",
              "weekly": "week", "daily": "day", "annum": "year"}


def _per_said(unit: str, quote: str, at: int) -> bool:
    """Whether the words just after ``at`` in ``quote`` say a figure is per ``unit`` ("a year",
    "per year", "yearly", and for a year "annually" or "per annum")."""
    # (a noun counted between: "4,200 loaves a week", the README check of stop 52)
    # (or a noun and what it is of: "12 tonnes of flake ice a day", trial OE of stop 60)
    said = (rf"(?:\s+[a-z][\w\-]*)?(?:\s+of(?:\s+[a-z][\w\-]*){{1,2}})?\s*(?:a|an|per|each|every)"
            rf"\s+{unit}\b|\s*{unit}ly\b")
    if unit == "year":
        said += r"|\s*(?:annually|per annum)\b"
    return bool(re.match(said, quote[at : at + 30], re.IGNORECASE))


def figure_per_time_asked(question: str, quote: str, start: int,
                           end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one figure said per the time ``question`` asks a figure per,
    when the figure at ``quote[start:end]`` is not: "£4,740 a year", not "£395 per
    injection", for "How much will zelvoprant cost a year?" (trial L, stop 44); else None."""
    unit = _unit_asked(question)
    if unit is None:
        return None
    mine = next((f for f in FIGURE_SAID.finditer(quote) if start <= f.start() < end), None)
    if mine is None or _per_said(unit, quote, mine.end()):
        return None
    if (to := _TO_A_FIGURE.match(quote, mine.end())) and _per_said(unit, quote, to.end()):
        return None  # (nor the figure it rose from, per the time as well: "rose from £9,000
        # to £14,500 a year" for what rent was paid before)
    if ASKS_BEFORE.search(question) and re.search(r"\bfrom\s+(?:about\s+|around\s+)?$",
                                                  quote[: mine.start()]):
        return None  # (nor, a time before asked, the figure it came from: "rise to £65 a week
        # for a standard stall, from £58 before the closure", trial XX of stop 68 shown "£65")
    return _the_figure_per(unit, question, quote)


_TO_A_FIGURE = re.compile(r"\s+to\s+" + FIGURE_SAID.pattern)


def _unit_asked(question: str) -> str | None:
    """The time ``question`` asks a figure per ("year" of "How much will zelvoprant cost a
    year?" and of "What annual rent ...?"), or None."""
    per = _PER_ASKED.search(question)
    if per is None or asked_for(question) != "number":
        return None
    return _PER_WORDS.get((per.group(1) or per.group(2)).lower(), (per.group(1) or "").lower())


def _the_figure_per(unit: str, question: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` gives the one figure said per ``unit`` (of now or of the year before,
    as ``question`` asks), or None."""
    figures = list(FIGURE_SAID.finditer(quote))
    said = [f for f in figures if _per_said(unit, quote, f.end())]
    if len(said) > 1:
        # (now's, not last year's: "now bakes about 4,200 loaves a week. Last year it baked
        # 1,900 loaves a week" for "How many loaves does the bakery bake a week?", the README
        # check of stop 52 showed the year's "more than 210,000")
        def around(f: re.Match[str]) -> str:
            before = re.split(r"[.!?]\s", quote[max(0, f.start() - 40) : f.start()])[-1]
            after = re.split(r"[.!?]\s", quote[f.end() : f.end() + 30])[0]
            return f"{before} {after}"

        asks_before = _BEFORE_NOW.search(question) is not None  # (or last year's, asked)
        said = [f for f in said if (_BEFORE_NOW.search(around(f)) is not None) == asks_before]
    if len(said) != 1:
        return None
    whole = A_FIGURE_SAID.match(quote, said[0].start())  # (with its unit: "12 tonnes")
    return (said[0].start(), whole.end()) if whole else said[0].span()


def figure_per_time(question: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` gives the one sum said per the time ``question`` asks a sum per ("£650"
    of "We had to hire one at £650 a week" for "What weekly cost did the Tallis family pay to
    rent a stand-in tractor?"; "£14,500" of "The club's rent rose from £9,000 to £14,500 a
    year" for "What annual rent does the club now pay?"), when ``quote`` says a word of the
    thing asked (not "The shop's rent went up from £14,500 a year" for the shop's annual
    electricity bill) and no time before is asked; else None."""
    unit = _unit_asked(question)
    if unit is None or not ASKS_FOR_MONEY.search(question.lower()) or ASKS_BEFORE.search(
            question):
        return None
    said = _the_figure_per(unit, question, quote)
    to = _PER_THEN_TO.match(quote, said[1]) if said is not None else None
    if said is not None and to is not None and to.group(1) == unit and (
            went := FIGURE_SAID.match(quote, to.end())):
        said = went.span()  # (the sum it went to, now's: "went up from £14,500 a year to
        # £19,800")
    if said is None or not figure_form(quote[said[0] : said[1]])[0]:
        return None
    bounds = [0, *(m.end() for m in _CLAUSE_END.finditer(quote)), len(quote)]
    clause = next(quote[a:b] for a, b in zip(bounds, bounds[1:], strict=False)
                  if a <= said[0] < b)
    thing = {_PRICED_AS.get(w, w)[:5] for w in re.findall(r"[a-z]{4,}", question.lower())
             if w not in _NOT_THE_THING and w not in _PER_WORDS}
    named = {w for w in re.findall(r"\b[A-Z][\w'’\-]+", question)[1:]}
    if (not thing & {_PRICED_AS.get(w, w)[:5] for w in re.findall(r"[a-z]{4,}", clause.lower())}
            # (said of another place or body: "the Station Road car park, where the council
            # says charges will stay at £1.80 an hour" for the Mill Lane car park's)
            or named and re.search(r"(?<=\s)[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+", clause)
            and not named & set(re.findall(r"\b[A-Z][\w'’\-]+", clause))
            # (or of another size: "the smallest stalls" for the largest)
            or any(w in clause.lower() for w in _SUPERLATIVES
                   if w not in question.lower()) and any(
                       w in question.lower() for w in _SUPERLATIVES)
            # (nor a level held for now, a change after it asked: "Rents have been frozen at
            # 2024 levels for the first year, at £85 a week" for the rent after the freeze
            # ends, trial TQ's near miss, found replaying)
            or _AFTER_A_CHANGE.search(question) and _HELD.search(clause)):
        return None
    return said


_AFTER_A_CHANGE = re.compile(r"\bafter\b[^?]*\b(?:ends?|rises?|increases?|goes up|is lifted)\b",
                             re.IGNORECASE)
_HELD = re.compile(r"\b(?:frozen|freeze|held|stays?|remains?|unchanged)\b", re.IGNORECASE)


# A time said per, then "to" ("£14,500 a year to £19,800").
_PER_THEN_TO = re.compile(r"\s*(?:a|an|per|each|every)\s+([a-z]+)\s+to\s+")
# Where a clause ends, for a sum and the thing it is said of.
_CLAUSE_END = re.compile(r"[.;:!?]\s+|,\s+(?=(?:and|but|while|whereas|with)\b)|\s(?=while\b|"
                         r"whereas\b)")
_SUPERLATIVES = ("largest", "smallest", "biggest", "cheapest", "dearest", "highest", "lowest",
                 "longest", "shortest", "oldest", "newest")


# Words of a sum asked that are no word of the thing priced, and the words a price may be
# said by ("hire one at £650 a week" for what it cost to rent).
_NOT_THE_THING = FUNCTION_WORDS | frozenset(
    "what much does will would cost costs costing price paid pays paying spend spends spent "
    "charge charged charges currently current now each every year month week hour".split())
_PRICED_AS = {"hire": "rent", "hired": "rent", "hiring": "rent", "lease": "rent",
              "leased": "rent", "rented": "rent", "rents": "rent"}


# Words saying a figure is of the year before now (one wording for the checks below).
_YEAR_BEFORE = r"(?:last year|(?:the )?previous year|a year (?:earlier|ago|before)|the year before)"
_BEFORE_NOW = re.compile(rf"\b{_YEAR_BEFORE}\b", re.IGNORECASE)


# Words after a figure saying it is the year before's ("£5.1m the year before", "74 pairs last
# year").
# A figure said as last year's before it ("almost double last year's £2,200", "beating last
# year's attendance of 2,140").
_LAST_YEARS_BEFORE = re.compile(r"\blast year['’]s\s+(?:[a-z]+\s+){0,2}(?:of\s+)?$", re.IGNORECASE)
# ... with its noun and "of" ("beating last year's total of £61,250"), not any words before it
# ("Last year's display cost £38,000").
_LAST_YEARS_TOTAL_OF = re.compile(r"\blast year['’]s\s+(?:[a-z]+\s+){1,2}of\s+$", re.IGNORECASE)
SAID_AS_THE_YEAR_BEFORE = re.compile(r"^\s*(?:a year earlier|the year before|the previous year|"
                                      r"in the previous year|a year ago|(?:twelve|12) months ago"
                                      r"|the prior year"
                                      # (or the twelve months before: "412,000 journeys ... in
                                      # the twelve months to the end of September, up from
                                      # 298,000 in the previous twelve months", trial YT of
                                      # stop 69 shown "412,000")
                                      r"|in the (?:previous|preceding|prior) (?:twelve|12) "
                                      r"months)\b"
                                      # (or after a verb of it: "more than double the 187 handed
                                      # out the year before", trial ZP of stop 70 shown "412")
                                      r"|^\s+[a-z]+ed(?:\s+(?:out|in|up|off|away))?\s+the year "
                                      r"before\b"
                                      # (or "who" and a verb: "almost double the 780 who
                                      # came last year", trial XP of stop 68 shown this year's
                                      # "More than 1,400" for the year before's)
                                      r"|^(?:\s+(?:who|which|that)\s+[a-z]+|\s+[a-z]+)?\s*"
                                      r"last year\b"
                                      # (or "at this time last year": "112 names, up from 78 at
                                      # this time last year" for a year ago's, the README check
                                      # of 9efa4f7 shown "112")
                                      r"|^\s*(?:(?:at|by) )?(?:the same|this) (?:point|time|stage) "
                                      r"last year\b"
                                      # (or "in the same six months last year", trial TG of
                                      # stop 64 refused)
                                      r"|^\s*(?:in|over|during) the same (?:[\w\-]+\s+){0,2}?"
                                      r"(?:period|months?|weeks?|quarter|season|terms?|"
                                      # (or a term: "compared with 52 in the same term last
                                      # year", trial YX of stop 69 shown "85")
                                      r"half-terms?|fortnight|weekend) (?:last year|"
                                      # (or "a year earlier": "38,600 visitors over the six
                                      # months, compared with 17,200 over the same period a
                                      # year earlier", trial YR of stop 69 shown "38,600")
                                      r"a year (?:earlier|before)|the (?:year before|previous "
                                      r"year))\b",
                                      re.IGNORECASE)  # (or without "at": "up
# from 250 this time last year", trial TA of stop 64 shown "around 400")

# A figure asked of a time the sentence marks beside one of its figures: the original estimate
# ("cost £32m against an original estimate of £25m") or the year before ("£18.2m for the year
# to December, down from £27.5m a year earlier"). Trial AO of stop 47 was shown the other.
# Each entry: what the question asks, the words before or after a figure that mark it as of
# that time, and what must follow the figure the readers marked for the entry to apply.
# Last year's event asked ("How many cakes were entered in last year's bake-off?").
_LAST_YEARS_EVENT = re.compile(r"\blast year['’]s\b", re.IGNORECASE)
# A season before now asked ("last season", "the season before this one").
_SEASON_BEFORE_ASKED = re.compile(r"\b(?:last|previous) (?:summer|winter|spring|autumn|season)\b"
                                  r"|\b(?:summer|winter|spring|autumn|season) before\b(?! last)",
                                  re.IGNORECASE)
_TIMES_MARKED = (
    # (the old place's asked, a figure said to be its: "has 14 bays, up from nine at the old
    # site", "We have 11 staff, compared with four at the old station", for the old bus
    # station's, trial QZ of stop 62 shown "14" and "11")
    # (or a scheme: "£180, up from £120 under the old scheme" for the previous scheme's, trial
    # ZZ of stop 70 shown "£180")
    (re.compile(r"\b(?:old|former)\b(?!\s+(?:year|season|summer|winter|record))|\bprevious "
                r"(?:scheme|system|rules|arrangement|contract|timetable)\b", re.IGNORECASE),
     None, re.compile(r"^(?:\s+[a-z]+)?\s+(?:at|in|on|for|under) the (?:old|former|previous)\b"
                      r"(?!\s+(?:year|season|summer|winter))", re.IGNORECASE), None),
    # (or the record before the new one: "a new course record of 63, beating the previous mark
    # of 64" for the record before Danny Ortiz broke it, trial RB of stop 62 shown "63")
    (re.compile(r"\bbefore\b[^?]*\b(?:broke|beat|smashed|bettered)\b|\b(?:previous|old|former) "
                r"(?:record|best|mark)\b", re.IGNORECASE),
     re.compile(r"\b(?:previous|old|former) (?:mark|record|best)(?: of)?\s+$", re.IGNORECASE),
     None, None),
    (re.compile(r"\b(?:original|originally|initial|initially|first estimated?)\b", re.IGNORECASE),
     re.compile(r"\b(?:original|originally|initial|initially)\b(?:\s+[\w\-]+){0,3}\s*$"
                # (or "first set aside": "The council had first set aside £15,000 in its budget"
                # for what it originally budgeted, trial YS of stop 69 shown "£38,000")
                r"|\bfirst (?:set|put) aside\s+$|\bfirst (?:budgeted|estimated|quoted)(?: at)?\s+$"
                # (or the budget it is compared with: "It cost £112 million, against a budget of
                # £98 million" for what it was originally budgeted to cost, trial ADD of stop 74)
                r"|\b(?:against|compared with|over|above|under) (?:an? |the |its )?(?:original |"
                r"initial )?budget of\s+$",
                re.IGNORECASE), None, None),
    (re.compile(r"\b(?:previous|prior) year\b|\byear before\b(?! last)|\ba year (?:earlier|ago)\b"
                r"|\b(?:twelve|12) months before\b|\b(?:previous|preceding|prior) (?:twelve|12) "
                r"months\b", re.IGNORECASE),
     # (not the year before last: "148 times last year" is no figure of it, trial QS of stop
     # 62; or "a year ago": "now has 87 drivers on its books, up from 61 a year ago", trial GW
     # of stop 55 shown "87")
     # (or "last year": "118 pairs of avocets this spring, up from 74 pairs last year" for the
     # previous year's, trial EH of stop 53 shown "118")
     None, SAID_AS_THE_YEAR_BEFORE, None),
    # (last year's: "142 swimmers in the water this year, against 96 last year", the last
    # README check of stop 50)
    # (or with one word, its noun, between: "412 members, compared with 305 members last year",
    # the README check of 29fafd2; or "who" and a verb: "compared with 318 who started last
    # year", trial KU of stop 58)
    (LAST_YEAR_ITSELF, None,
     re.compile(r"^(?:\s+(?:who|which|that)\s+[a-z]+|\s+[a-z]+)?\s*(?:(?:in|over|during|across) "
                r"(?:the whole of )?"
                # (or a month's: "compared with 3,900 in February last year", trial XS of stop
                # 68 shown this February's "6,200")
                r"(?:" + MONTHS + r" )?|"
                r"(?:at|by|in|over|during) (?:the same|this) (?:point|time|stage|period|months?|"
                r"weeks?|quarter) |(?:at|by) the end of )?last year\b",
                re.IGNORECASE),
     None),  # (or "in the whole of last year", trials GK and GN of stop 54; "81% at the same
    # point last year", trial GY of stop 55 shown "54%"; "up from 4,820 at the end of last
    # year", trial VO of stop 66 shown "6,150")
    # (or "a year ago": "the society had 210 members, up from 185 a year ago" for last year's,
    # the README check of 6faebd4 shown "210")
    # (or "a year earlier": "41 volunteer crew, compared with 35 a year earlier", the README
    # check of 302ac3d shown "41")
    (LAST_YEAR_ITSELF, None, re.compile(r"^(?:\s+[a-z]+)?\s*(?:a year|(?:twelve|12) months) "
                                        r"(?:ago|earlier)\b",
                                        re.IGNORECASE), None),
    # (or "last year's" before it: "A record 2,870 visitors ..., beating last year's attendance
    # of 2,140", trial RZ of stop 63 shown "2,870")
    (LAST_YEAR_ITSELF, _LAST_YEARS_BEFORE, None, None),
    # (or the previous year asked: "More than 2,300 people ..., beating last year's attendance
    # of 1,850" for the previous year's, trial WQ of stop 67 shown "More than 2,300"; "the year
    # before", trial ZL of stop 70 shown "More than 4,200")
    (re.compile(r"\b(?:previous|prior) year\b|\ba year (?:earlier|ago)\b|\bthe year before\b"
                r"(?!\s+last)", re.IGNORECASE),
     _LAST_YEARS_BEFORE, None, None),
    # (or "over the same months last year": "gave out 3,412 parcels between January and the end
    # of November, up from 2,687 over the same months last year", the README check of ff38e1d
    # shown "3,412")
    (LAST_YEAR_ITSELF, None,
     re.compile(r"^\s*(?:in|over|during) the same (?:[\w\-]+\s+){0,2}?(?:period|months?|weeks?|"
                r"quarter|season) last year\b", re.IGNORECASE), None),
    # (a peak asked: "95 members, down from a peak of around 200 in the 1990s", trial TJ of
    # stop 64 shown "95")
    (re.compile(r"\bpeak\b|\bat (?:its|their) (?:height|highest)\b", re.IGNORECASE),
     re.compile(r"\b(?:a|its|their) peak of\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
                r"more than\s+)?$", re.IGNORECASE), None, None),
    # (now asked, "at present" said after: "open for 62 hours a week, up from 48 hours at
    # present", trial TL of stop 64 shown "62 hours")
    (re.compile(r"\b(?:at present|at the moment|currently)\b", re.IGNORECASE), None,
     re.compile(r"^(?:\s+[a-z]+)?\s*(?:at present|at the moment|currently)\b"
                # (or "it has now": "will take 320 sixth-form students, up from the 170 it has
                # now", trial ZA of stop 70 shown "320")
                r"|^\s+(?:it|they|we|he|she)\s+(?:has|have|holds?|employs?|runs?|takes?)\s+"
                r"(?:now|at present|currently)\b", re.IGNORECASE),
     None),
    # (the start asked, a figure said to be of when it started: "now makes around 300 loaves a
    # day, up from 120 when she started" for how many when she first joined, trial UF of stop
    # 65 shown "around 300")
    # (or named, arrived or became: "212 pupils on roll, up from 186 when Mr Pryce arrived" for
    # how many when Daniel Pryce arrived as headteacher; "340 members now, compared with 260
    # when I took over as chairman" for how many when Roger Feeney became chairman: trial WH
    # of stop 67 shown "212" and "340")
    (re.compile(r"\bwhen (?:he|she|it|they|the [\w\-]+(?: [\w\-]+)?|(?-i:[A-Z][\w'’\-]+)"
                r"(?: (?-i:[A-Z][\w'’\-]+)){0,2}) (?:first )?(?:started|joined|began|opened|"
                r"took over|set up|arrived|became|took charge|was (?:appointed|set up|founded|"
                r"formed|launched))\b"
                r"|\b(?:at (?:the )?(?:start|outset)|to begin with|at first)\b", re.IGNORECASE),
     None, re.compile(r"^(?:\s+[a-z]+)?\s*(?:when (?:[\w\-]+\s+){0,3}?(?:started|joined|began|"
                      r"opened|took over|set up|arrived|became|took charge|was (?:appointed|set "
                      r"up|founded|formed|launched))\b|"
                      r"at (?:the )?(?:start|outset)\b|at first\b)", re.IGNORECASE), None),
    # (what was expected asked: "1,150 people played in the first week, well above the 800 the
    # company had forecast" for how many it expected, trial UC of stop 65 shown "1,150")
    # (its verb asked, not a standard: "the expected standard in reading", nor what is
    # expected to happen, "How many cyclists are expected to ride...?": the replay's guards)
    (re.compile(r"\b(?:had|has|have|did|does|do)\s+(?:[\w&'’\-]+\s+){0,5}?(?:expect|forecast|"
                r"predict|anticipat|budget)(?:ed|ing|ted)?\b", re.IGNORECASE),
     re.compile(r"\b(?:forecast|expected|predicted|projected|anticipated|budget(?:t?ed)? for)"
                r"\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE),
     re.compile(r"^(?:\s+[a-z]+){0,3}?\s+(?:had |has |have |was |were )?(?:forecast|expected|"
                r"predicted|projected|anticipated|budget(?:t?ed)? for)\b", re.IGNORECASE), None),
    # (... or the previous season asked: "finished on 386 points, well up on last year's total
    # of 298 points", trial TB of stop 64 shown "386")
    (re.compile(r"\b(?:the )?(?:previous|last) season\b(?!['’])", re.IGNORECASE),
     re.compile(r"\blast (?:year|season)['’]s\s+(?:[a-z]+\s+){0,2}(?:of\s+)?$", re.IGNORECASE),
     None, None),
    # (or said after "Last year" opening its clause, the figure marked the year before's: "Last
    # year the body spent £4.6 million on lighthouse repairs, up from £3.9 million the year
    # before", trial RW of stop 63 shown "£3.9 million")
    (LAST_YEAR_ITSELF, re.compile(r"(?:^|[.;]\s+|,\s+)last year,?\s+(?:[\w'’\-]+\s+){1,5}$",
                                  re.IGNORECASE),
     None, re.compile(r"(?:\s?(?:per ?cent|million|billion))?\s*(?:the year before|the previous "
                      r"year|a year earlier)\b", re.IGNORECASE)),
    # (or said after this year's, from it: "staff turnover fell to 19 per cent this year, from
    # 31 per cent", trial PQ of stop 61 shown "19 per cent")
    (LAST_YEAR_ITSELF, re.compile(r"\bthis year,?\s+(?:up\s+|down\s+)?from\s+$", re.IGNORECASE),
     None, re.compile(r"(?:\s+[a-z]+){0,2}?\s*this year\b", re.IGNORECASE)),
    # (or last year's event asked: "142 cakes were entered ..., compared with 97 entries last
    # year" for "How many cakes were entered in last year's bake-off?", trial PD of stop 61
    # shown "142")
    (_LAST_YEARS_EVENT, None,
     re.compile(r"^(?:\s+[a-z]+)?\s*last year\b", re.IGNORECASE), None),
    # (or said as last year's before it: "have raised a record £86,400 ..., beating last
    # year's total of £61,250" for what last year's ride raised, trial WD of stop 66 shown
    # "£86,400")
    # (with "of" only: not "Last year's display cost £38,000 ..., and around 6,000 people
    # attended", trial JE of stop 57, replayed)
    (_LAST_YEARS_EVENT, _LAST_YEARS_TOTAL_OF, None, None),
    # (or some years ago: "about 1.4 million passengers a year, up from 1.1 million five years
    # ago" for five years ago's, trial OA of stop 60 shown "about 1.4 million")
    # (or "before" or "earlier": "8,900 at the last census, up from 7,600 ten years before",
    # trial SQ of stop 64 shown "8,900")
    *((re.compile(rf"\b{n} years (?:ago|before|earlier)\b", re.IGNORECASE), None,
       re.compile(rf"^(?:\s+[a-z]+)?\s*{n} years (?:ago|before|earlier)\b", re.IGNORECASE),
       None)
      for n in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")),
    # (ten years as a decade: "six regular ringers, down from 14 a decade ago" for ten years
    # ago's, trial ZU of stop 70 shown "six")
    (re.compile(r"\b(?:ten|10) years (?:ago|before|earlier)\b|\ba decade (?:ago|before|earlier)\b",
                re.IGNORECASE), None,
     re.compile(r"^(?:\s+[a-z]+)?\s*(?:a decade|ten years) (?:ago|before|earlier)\b",
                re.IGNORECASE), None),
    # (or "the year before" of this year's: "spent £118,000 this year, ... against £87,000 the
    # year before", the README check of 5f87bdd refused; not of last year's, "£2.3m ... last
    # year, up from £1.6m the year before")
    # (or of the year to a month: "raised £64,300 in the year to November, against £41,900 the
    # year before", the README check of 1bc7a47 shown "£64,300")
    # (its noun's words between: "gave out 4,870 food parcels in the twelve months to the end
    # of November, up from 3,215 the year before", the README check of 33f642f shown "4,870")
    # (or said of no time, then compared: "The crew rescued 104 people in total, compared with
    # 71 the previous year" for last year's, the README check of 04e1ea8 shown "104")
    (LAST_YEAR_ITSELF, None, SAID_AS_THE_YEAR_BEFORE,
     re.compile(r"(?:\s+[a-z]+){0,3}?\s*(?:this year\b|in the (?:year|twelve months|12 months) to "
                r"(?:the end of )?[A-Z][a-z]+)"
                r"|(?:\s+(?!(?:last|previous|year|years|season|ago)\b)[a-z]+){0,4}?,\s+"
                r"(?:compared with|against)\s+(?=\S+\s+the previous year\b)", re.IGNORECASE)),
    # (a season before: "The parlour sold 118,000 scoops this summer, up from 71,000 last
    # summer" for the previous summer's, trial HL of stop 55 shown "118,000 scoops")
    # (or "the season before": "doubled to 1,420, compared with 710 in the previous season",
    # the README check of 3e4b3cb shown "1,420")
    # (or said before it: "having finished sixth last season with 259 points" for the previous
    # season's, trial NL of stop 60 shown this season's "386")
    (_SEASON_BEFORE_ASKED,
     re.compile(r"\b(?:last|previous) (?:summer|winter|spring|autumn|season)\s+(?:with|on)\s+$",
                re.IGNORECASE),
     re.compile(r"^(?:\s+[a-z]+)?\s*(?:in |during |for |at )?(?:the )?(?:last|previous) (?:summer|"
                r"winter|spring|autumn|season)\b", re.IGNORECASE), None),
    # (or said as last year's, just compared with the figure marked: "winning 47 medals ..., up
    # from 29 last year" for "the season before this one", trial YN of stop 69 shown "47"; not
    # in another sentence: "finishing the season on 212 points ... They won 14 of their 18
    # matches this season, compared with just seven last year", trial IC, replayed)
    (_SEASON_BEFORE_ASKED, None, re.compile(r"^\s*last year\b", re.IGNORECASE),
     re.compile(r"[^.;]*?\b(?:from|with|against|than)\s+(?:just\s+|only\s+)?\d[\d,]*\s+"
                r"last year\b", re.IGNORECASE)),
    # (or "for": "a crowd of 640, up from 410 for last season's final", trial PV of stop 61
    # shown "640")
    # (the last of an event, "How many floats ... were in the last Whitstable carnival?" of
    # "about 40 floats and walking groups, compared with 62 at the last carnival": trial HF of
    # stop 55 was shown "40")
    # (not some years before it: "ten years before the last census", trial SQ of stop 64)
    (re.compile(r"(?<!before )(?<!after )(?<!since )\b(?:the|its) (?:last|previous) "
                r"(?!year|week|month|time|decade)[a-z]+\b", re.IGNORECASE), None,
     re.compile(r"^(?:\s+[a-z]+){0,3}?\s*(?:at|in|for) (?:the|its) (?:last|previous) "
                r"(?!year|week|month|time|decade)[a-z]+\b", re.IGNORECASE), None),
    # (this year's, when the one marked is last year's: "Turnover was £340,000 last year, and
    # the bakery expects it to reach £520,000 this year", the README check of stop 52; not
    # "between 3% and 5% this year")
    # (or of a year said: "has grown from 18 members in 2023 to 47 this year", trial PF of stop
    # 61 shown "18")
    (THIS_YEAR_ITSELF, None,
     re.compile(r"^(?:\s+[a-z]+)?\s*this year\b", re.IGNORECASE),
     re.compile(rf"\s*{_YEAR_BEFORE}\b|(?:\s+[a-z]+)?\s+in (?:19|20)\d\d\b", re.IGNORECASE)),
    # (this season's: "had spoken to 2,150 people about swimming at its reservoirs last summer,
    # and 3,480 this summer", trial LC of stop 58 shown "2,150")
    (re.compile(r"\bthis (?:summer|winter|spring|autumn|season)\b", re.IGNORECASE), None,
     re.compile(r"^(?:\s+[a-z]+)?\s*this (?:summer|winter|spring|autumn|season)\b",
                re.IGNORECASE), None))


def _uncounted(question: str, quote: str) -> bool:
    """Whether ``question`` asks a count of a noun that ``quote`` does not say ("How many
    arrests were made at last year's festival?" of "sold 9,800 tickets, up from 8,200 last
    year": found replaying stop 61's rules; only for last year's event asked, the others
    read a count said in other words: "call-outs" of "called out 47 times")."""
    noun = counted_noun(question) if ASKS_FOR_COUNT.search(question.lower()) else None
    return (noun is not None and noun.lower() not in ("people", "persons", "individuals")
            and noun_stem(noun).lower() not in quote.lower())


def figure_of_the_time_marked(question: str, quote: str, start: int,
                               end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one figure marked as of the time ``question`` asks (see
    _TIMES_MARKED), when the figure at ``quote[start:end]`` is not; else None. (A level asked,
    "How full were Calder Ridge Water's reservoirs at the same time last year?", too: trial GY
    of stop 55 was shown this week's "54%".)"""
    if not number_asked(question, quote, start) and not re.match(r"how full\b", question.strip(),
                                                                    re.IGNORECASE):
        return None
    figures = list(FIGURE_OR_WORDS.finditer(quote))
    # (the span may leave out the figure's currency: "212,000" of "£212,000", the README check
    # of cb04850, shown this year's cost for last year's)
    mine = next((f for f in figures if start <= f.start() < end or f.start() <= start < f.end()),
                None)
    for asked, before, after, of_mine in _TIMES_MARKED:
        if mine is None or not asked.search(question):
            continue
        if of_mine is not None and not of_mine.match(quote, mine.end()):
            continue
        said = [f for f in figures if _marked(quote, f, before, after)]
        if len(said) > 1:  # (those of the marked figure's sentence, in a quote of several:
            # "£41,000 last year" of the next sentence beside "£176,000 last year", the README
            # check of cb04850)
            ends = [m.end() for m in SENTENCE_END.finditer(quote)]
            opens = max((at for at in ends if at <= mine.start()), default=0)
            closes = min((at for at in ends if at > mine.start()), default=len(quote))
            said = [f for f in said if opens <= f.start() < closes]
        if not _marked(quote, mine, before, after) and len(said) == 1 and not (
                asked is _LAST_YEARS_EVENT and _uncounted(question, quote)) and not (
                OF_THE_WHOLE.fullmatch(quote, mine.end(), said[0].start())):
            # (not from a part to its whole, of the same time: "11 of 40 samples last summer",
            # trial WP of stop 67)
            return with_its_magnitude(quote, said[0])
    return None


# Now said of a figure marked ("19 are currently empty", "85 children attended each morning
# this term"), and the units a count of things is not.
_NOW_SAID_AFTER = re.compile(r"^[^.;,]{0,40}?\b(?:currently|now|this (?:year|term|season|summer|"
                             r"month|week|spring|autumn|winter))\b", re.IGNORECASE)
_MEASURE_WORDS = frozenset("tonnes tons times kg kilograms litres miles km kilometres metres "
                           "hours minutes per".split())


def time_marked_of_now_s(question: str, quote: str, start: int,
                          end: int) -> tuple[int, int] | None:
    """The figure of the time asked (see figure_of_the_time_marked) when the one marked at
    ``quote[start:end]`` is said of now and counts what is asked (or says no noun): read
    before the parts and counts of the noun, which keep the figure marked ("19 are currently
    empty, compared with 26 last year" for last year's, "85 children attended each morning
    this term, compared with 52 in the same term last year": trials YW and YX of stop 69 were
    shown now's; not "launched 64 times last year, rescuing 41 people", trial GF, replayed)."""
    if not _NOW_SAID_AFTER.match(quote[end:]):
        return None
    noun = counted_noun(question)
    mine = FIGURE_OR_WORDS.match(quote, start)
    after = re.match(r"\s+([a-z]+)", quote[mine.end() if mine else end :])
    if noun and after and after.group(1) in _MEASURE_WORDS and not after.group(1).startswith(
            noun_stem(noun)):
        return None  # ("3.4 tonnes of honey ... this year" for last year's hives: trial WE)
    return figure_of_the_time_marked(question, quote, start, end)


# A figure marked as the year before's ("turnover rose to £6.8m in the year to March, from
# £5.1m the year before"), the question asking of no earlier time: the other figure of its
# form (trial FK of stop 54 was shown "£5.1m").
_ASKS_A_TIME_BEFORE = re.compile(r"\b(?:before|previous|prior|earlier|ago|last|original|"
                                 r"originally|initial|initially|(?:19|20)\d\d)\b", re.IGNORECASE)


# Last year's occasion said after a figure ("beating the £2,950 the group raised at last year's
# gig", trial ZW of stop 70 shown "£2,950" for what this year's raised).
_AT_LAST_YEARS = re.compile(r"(?:\s+[a-z]+){0,4}?\s+(?:at|in|during|from) last year['’]s\b",
                            re.IGNORECASE)


def figure_not_of_the_year_before(question: str, quote: str, start: int,
                                   end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one other figure of the form of the one at
    ``quote[start:end]``, when that one is said as the year before's and ``question`` asks
    of no earlier time (see SAID_AS_THE_YEAR_BEFORE); else None."""
    if not number_asked(question, quote, start) or _ASKS_A_TIME_BEFORE.search(question):
        return None
    figures = list(FIGURE_SAID.finditer(quote))
    mine = next((f for f in figures if start <= f.start() < end), None)
    if mine is None or not (SAID_AS_THE_YEAR_BEFORE.match(quote[mine.end() : mine.end() + 30])
                            or _LAST_YEARS_BEFORE.search(quote[max(0, mine.start() - 30) :
                                                               mine.start()])
                            or _AT_LAST_YEARS.match(quote, mine.end())):
        return None  # (or "last year's" before it: "a bucket collection raised £4,350 for the
        # Wrenfield Hospice, almost double last year's £2,200", trial SB of stop 63 shown
        # "£2,200" for what the collection raised)
    others = [f for f in figures if f is not mine and f.group()[:1] == mine.group()[:1]
              and not re.fullmatch(r"(?:19|20)\d\d", f.group())]
    noun = re.match(r"\s+([a-z]{3,})", quote[mine.end() :])
    if not others and noun is not None:  # (or of its noun, whatever its first digit: "41
        # schools had signed up ..., against 152 workplaces and 33 schools last year" for this
        # year's schools, trial WQ of stop 67 shown "33")
        others = [f for f in figures
                  if f is not mine and figure_form(f.group()) == figure_form(mine.group())
                  and re.match(rf"\s+{noun.group(1)}\b", quote[f.end() :])]
    return others[0].span() if len(others) == 1 else None


_SAID_OF_THE_YEAR_BEFORE = re.compile(r"(?:\s+[a-z\-]+)?\s+(?:the (?:year|season|winter|summer) "
                                      r"before|the previous (?:year|season|winter|summer))\b",
                                      re.IGNORECASE)  # (or a season's: trials VO, VS of stop 66)


def figure_of_the_year_before_last(question: str, quote: str, start: int,
                                    end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one figure said of the year before last year's, when
    ``question`` asks of the year before last and the figure at ``quote[start:end]`` is
    another (see qa.figures.told_of_the_year_before_last: "nine", not "17", of "Last year
    the council issued 17 tree preservation orders ..., up from nine the year before", for two
    years ago's); else None."""
    if not number_asked(question, quote, start) or not _year_before_last_told(question, quote):
        return None
    figures = list(FIGURE_OR_WORDS.finditer(quote))
    mine = next((f for f in figures if start <= f.start() < end or f.start() <= start < f.end()),
                None)
    before = [f for f in figures if _SAID_OF_THE_YEAR_BEFORE.match(quote, f.end())]
    if mine is None or len(before) != 1 or before[0].start() == mine.start():
        return None
    return with_its_magnitude(quote, before[0])


def of_the_year_before_last(question: str, quote: str, start: int) -> bool:
    """Whether the figure at ``quote[start:]`` is said of the year before last year's when
    ``question`` asks of the year before last (see figure_of_the_year_before_last)."""
    mine = FIGURE_OR_WORDS.match(quote, start)
    return (mine is not None and number_asked(question, quote, start)
            and _SAID_OF_THE_YEAR_BEFORE.match(quote, mine.end()) is not None
            and _year_before_last_told(question, quote))


def _year_before_last_told(question: str, quote: str) -> bool:
    """Whether ``question`` asks of the year before last and a sentence of ``quote`` tells of
    it (qa.figures.told_of_the_year_before_last)."""
    return any(told_of_the_year_before_last(question, sentence)
               for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", quote))


def of_the_time_asked(question: str, quote: str, start: int) -> bool:
    """Whether the figure at ``quote[start:]`` is marked as of a time ``question`` asks (see
    _TIMES_MARKED: "41,750 last year" for last year's)."""
    mine = FIGURE_OR_WORDS.match(quote, start)
    return mine is not None and number_asked(question, quote, start) and any(
        asked.search(question) and _marked(quote, mine, before, after) and (
            of_other is None or any(of_other.match(quote, f.end()) for f in
                                    FIGURE_OR_WORDS.finditer(quote) if f.start() != start))
        for asked, before, after, of_other in _TIMES_MARKED)  # (an entry that applies only
    # beside a figure of another time, only so: "40,000 the year before" is no figure of last
    # year beside "76,000 ... last year", trial ET of stop 53)


_PER_TIME_AFTER = re.compile(r"\s+(?:a|per|each)\s+(?:week|day|month|night|session)\b")


def _marked(quote: str, f: re.Match[str], before: re.Pattern | None,
            after: re.Pattern | None) -> bool:
    """Whether the words just before figure ``f`` of ``quote`` match ``before``, or those
    just after it ``after`` (see _TIMES_MARKED)."""
    magnitude = MAGNITUDE_AFTER.match(quote, f.end())  # (read past: "74 per cent last year",
    # trial RX of stop 63 shown this year's "89 per cent" for last year's)
    at = magnitude.end() if magnitude else f.end()
    per = _PER_TIME_AFTER.match(quote, at)  # (and a time per: "up from 240 a week a year ago",
    at = per.end() if per else at  # trial WM of stop 67 shown this year's "310 riders a week")
    return bool((before and before.search(quote[max(0, f.start() - 40) : f.start()]))
                or (after and after.match(quote[at : at + 40])))


# Figures said each with its year ("a turnover of £31.4m in the year to March 2023, but that
# fell to £24.7m in the year to March 2024": trial CK, stop 50, showed £31.4m for 2024's).
_FIGURE_OF_A_YEAR = re.compile(r"(?<![\w.,])(?P<figure>[$£€]?\d(?:[\d,.]*\d)?(?:bn|m|k|%)?"
                               # (or in words, not "one": "14 species of butterfly ...,
                               # compared with six in 2023", trial WR of stop 67 shown "14")
                               r"|(?!one\b)" + NUMBER_IN_WORDS
                               + r"(?=\s+(?:in|by)\s+(?:19|20)\d\d))"
                               # (or "by" a year: "rise to 900 a day by 2027", trial NJ
                               # of stop 60 shown "310")
                               # (or five words between, none "for", "to", "from", "than"
                               # or "of": "the £1,600 raised by the same walk in 2025", the
                               # last README check of stop 63 shown "£3,850"; not "28,041 for
                               # the same period in 2004", news set 0)
                               r"(?:(?:\s+[a-z]+){0,3}?|(?:\s+(?!(?:for|to|from|than|of)\b)"
                               r"[a-z]+){4,5}?"
                               # (or a clause of when: "up from 2,900 when the last count was
                               # taken in 2019", trial SZ of stop 64 shown "4,200")
                               # (or "of" a year after the same period: "compared with 1,130
                               # in the same period of 2024", trial WH of stop 67 shown "1,482")
                               # (or "at the" year's count: "up from 1,150 at the 2011
                               # census", trial ADS of stop 75 shown "about 1,300")
                               r"|\s+when(?:\s+[a-z]+){1,5}?)\s+(?:in|by|at\s+the|(?:(?<=period )|"
                               r"(?<=months )|(?<=month )|(?<=weeks )|(?<=quarter )|"
                               r"(?<=season ))of)\s+"
                               r"(?:the\s+(?:year|12 months)\s+to\s+(?:[A-Z][a-z]+\s+)?)?"
                               r"(?P<year>(?:19|20)\d\d)\b")
# ... or the year said first, a verb or two between ("A smaller flood in November 2019
# affected 58 properties" for 2019's, trial WG of stop 67 shown 2024's "126").
_YEAR_THEN_A_FIGURE = re.compile(r"\b[Ii]n (?:" + MONTHS + r" )?"
                                 r"(?P<year>(?:19|20)\d\d)(?:\s+(?!(?:to|from|than|of|and|or|"
                                 r"against|with|compared|up|down|the|a|an)\b)[a-z]+){1,3}\s+"
                                 r"(?P<figure>[$£€]?\d(?:[\d,.]*\d)?(?:bn|m|k|%)?)(?![\w\-])")
_YEAR_ASKED = re.compile(r"\b(?:19|20)\d\d\b")


# Last year or this year asked of a sentence that says two years in a row ("The council spent
# £340,000 keeping the crossing running in 2026, compared with £295,000 in 2025" for last
# year's spending: the README check of 547d6e3 was shown "£340,000").
_LAST_YEAR_ASKED = re.compile(rf"\b{_YEAR_BEFORE}\b(?!['’])", re.IGNORECASE)


def _years_asked(question: str, quote: str, dated: str | None = None) -> set[str]:
    """The years ``question`` asks of: those it says, or, saying none, the earlier of two
    years in a row that ``quote`` says when it asks of last year, the later when of this
    year; or the one year ``quote`` says when it is the year before its story's date
    ``dated`` and last year is asked ("raised £38,500 this year, compared with £29,200 in
    2025", dated 2026: the README check of c22c6ee was refused last year's)."""
    years = set(_YEAR_ASKED.findall(question))
    said = sorted({int(y) for y in _YEAR_ASKED.findall(quote)})
    if (not years and dated and re.match(r"\d{4}", dated) and int(dated[:4]) - 1 in said
            and _LAST_YEAR_ASKED.search(question)):
        return {str(int(dated[:4]) - 1)}  # (of two years said, the dated one before: "61,300
        # swimmers during the 2024 season, up from 48,900 in 2023", dated 2025, for last
        # year's: the README check of f98ee21 was shown 2023's)
    if years or len(said) != 2 or said[1] - said[0] != 1:
        return years
    if _LAST_YEAR_ASKED.search(question):
        return {str(said[0])}
    return {str(said[1])} if THIS_YEAR_ITSELF.search(question) else set()


_OF_A_WHOLE_ASKED = re.compile(r"how (?:much|many) of\b", re.IGNORECASE)


def _figures_of_years(quote: str, year_first: bool = True) -> list[tuple[tuple[int, int], str]]:
    """Each figure of ``quote`` said of a year (see _FIGURE_OF_A_YEAR and, with
    ``year_first``, _YEAR_THEN_A_FIGURE), where it is, and the year."""
    said = [(m.span("figure"), m.group("year")) for m in _FIGURE_OF_A_YEAR.finditer(quote)]
    return said + [(m.span("figure"), m.group("year")) for m in _YEAR_THEN_A_FIGURE.finditer(quote)
                   if year_first and all(span != m.span("figure") for span, _ in said)]


def of_the_year_asked(question: str, quote: str, start: int) -> bool:
    """Whether the figure at ``quote[start:]`` is said of the one year ``question`` asks of by
    its number ("A smaller flood in November 2019 affected 58 properties" for 2019's: trial
    WG of stop 67 was shown 2024's "126 homes", the count of the noun, said before it)."""
    years = set(_YEAR_ASKED.findall(question))
    return (len(years) == 1 and not _OF_A_WHOLE_ASKED.match(question.strip())  # (not a part
            # asked of the year's whole: "A refit in 2019 cost £26,000, of which £8,000 went on
            # new basins" for the basins' part, trial UG of stop 65, replayed)
            and any(s <= start < e and y in years for (s, e), y in _figures_of_years(quote)))


def figure_said_for_the_year_asked(question: str, quote: str, start: int, end: int,
                              dated: str | None = None) -> tuple[int, int] | None:
    """Where ``quote`` gives the one figure said in the year ``question`` asks of, when the
    figure at ``quote[start:end]`` is said in another (see _FIGURE_OF_A_YEAR; ``dated``, the
    story's date: see _years_asked); else None."""
    years = _years_asked(question, quote, dated)
    if not number_asked(question, quote, start) or len(years) != 1:
        return None
    account = ASKS_PROFIT.search(question) or ASKS_SALES.search(question)
    said_of = account and re.search(rf"\b{account.group(1)[:5]}\w*\b([^.;:,]{{0,30}})$",
                                    quote[:start], re.IGNORECASE)
    told_after = re.split(r"[.;:,]", quote[end : end + 40], maxsplit=1)[0]
    if said_of and not re.search(r"\b(?:year|(?:19|20)\d\d|season|month)\b",
                                 f"{said_of.group(1)} {told_after}"):
        return None  # the account asked marked, said of it: "but its profit fell to £42,000",
        # not "turned over £1.8m in the year to March 2026" for the profit of that year
        # (trial MJ of stop 59 was shown "£1.8m")
    said = _figures_of_years(quote, year_first=not _OF_A_WHOLE_ASKED.match(question.strip()))
    # (the year said first, too: "In 2016 we had just 12 hectares of reedbed here. Today we
    # have 47 hectares", trial RD of stop 62, replayed; not for a part asked of the year's
    # whole, "How much of the 2019 refit ... went on basins and chairs?", trial UG)
    mine = next((y for (s, e), y in said if s <= start < e or start <= s < end), None)
    inside = [(s, e) for (s, e), y in said if y in years and start < s < end]
    if mine in years and len(inside) == 1 and re.search(r"\d", quote[start : inside[0][0]]):
        return inside[0]  # the year asked's figure inside a longer span that opens with another
        # ("1,900 transactions a month last year, compared with 2,600" for 2019's, of "...
        # compared with 2,600 in 2019": trial UE of stop 65)
    if mine is None and _OF_A_TIME_NAMED.match(quote, end):
        mine = "now"  # (a time said by its name: "Around 9,400 passengers a day used buses in
        # the town last year, up from 8,100 in 2023" for 2023's, trial EJ of stop 53)
    hedge = HEDGED.match(quote, start)  # (after its hedge: "used by around 4,200 passengers a
    # day, ..., up from 3,600 in 2023" for 2023's, trial AAK of stop 71 shown "around 4,200")
    at = hedge.end() if hedge else start
    marked = FIGURE_SAID.match(quote, at) or FIGURE_OR_WORDS.match(quote, at)
    # (or in words: "Fourteen boats now fish out of Porthcarrick, down from 22 in 2010" for
    # 2010's, trial YU of stop 69 shown "Fourteen")
    if mine is None and marked is not None:
        mine = "unsaid"  # (or none, of the form of the one said in the year asked: "expects to
        # sell 180,000 tickets in its first full year, compared with 142,000 in 2022" for
        # 2022's, trial FL of stop 54; not "£1.34bn in 2004" for a rise "37.9% during the year")
        said = [(span, y) for span, y in said if figure_form(quote[span[0] : span[1]])
                == figure_form(marked.group()) and not re.search(
                    r",\s+but\b", quote[min(span[0], start) : max(span[1], end)])]
        # (not across ", but": "income from fares reached £71,300 this year, against £58,600
        # in 2025, but fuel costs had climbed to £23,800" for last year's fuel, the README
        # check of 302ac3d)
    if mine is None or mine in years:
        return None
    found = [span for span, y in said if y in years]
    return found[0] if len(found) == 1 else None


def figure_of_the_year_asked(question: str, quote: str, start: int, end: int,
                             dated: str | None = None) -> bool:
    """Whether ``quote`` says the figure of the one year ``question`` asks of, the figure
    marked at ``quote[start:end]`` being another year's (see figure_said_for_the_year_asked)."""
    return figure_said_for_the_year_asked(question, quote, start, end, dated) is not None


# A time said by its name after a figure ("... a day used buses in the town last year").
_OF_A_TIME_NAMED = re.compile(r"(?:\s+[\w\-]+){0,8}?\s+(?:last|this) (?:year|season)\b",
                              re.IGNORECASE)


# A figure asked of now ("How many boats now land fish at Saltby harbour?") and one said after
# "today" or "now" ("When he started in 1970 there were 62 boats landing at the harbour; today
# there are 14": trial CL, stop 50, showed 62).
_ASKS_NOW = re.compile(r"\b(?:now|today|currently|at present)\b", re.IGNORECASE)
_FIGURE_NOW = re.compile(r"\b(?:today|now|currently|at present)\b,?(?:\s+[a-z]+){0,4}?\s+"
                         r"(?:about |around |nearly |almost |just |only |some )?"
                         r"(?P<figure>[$£€]?\d(?:[\d,.]*\d)?(?:bn|m|k|%)?)(?![\w.,]\d)",
                         re.IGNORECASE)


_ASKS_IN_THE_PRESENT = re.compile(r"^(?:how many|how much)\b.*\b(?:does|do|is|are)\b",
                                  re.IGNORECASE)
_SAID_OF_LAST_YEAR = re.compile(rf"(?:\s+[a-z]+){{0,2}}?\s+{_YEAR_BEFORE}\b", re.IGNORECASE)


def figure_of_now(question: str, quote: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one figure said after "today" or "now" (see _FIGURE_NOW),
    when ``question`` asks of now and the figure at ``quote[start:end]`` is not that one;
    else None."""
    if asked_for(question) != "number" or not (_ASKS_NOW.search(question) or (
            _ASKS_IN_THE_PRESENT.search(question) and not TIME_ASKED.search(question)
            and not ASKS_BEFORE.search(question)
            and _SAID_OF_LAST_YEAR.match(quote, end))):
        return None  # (or asks in the present tense of no time, and the figure marked is
        # last year's: "The society had 45 members last year and now counts 72" for "How many
        # members does the society have?", the last README check of stop 52)
    found = [m.span("figure") for m in _FIGURE_NOW.finditer(quote)]
    if len(found) != 1 or found[0][0] <= start < found[0][1] or start <= found[0][0] < end:
        return None
    phrase = counted_phrase(question) if asks_for_count(question) else []
    noun = counted_noun(question) or (phrase[0] if phrase else None)  # ("staff")
    other = re.match(r"\s+(?:[a-z\-]+\s+)?([a-z][a-z\-]{2,})\b", quote[found[0][1] :])
    if noun and _counts(quote, end, noun) and other and not _counts(quote, found[0][1], noun):
        return None  # the one marked counts the noun asked, the one of now another ("The
        # company now runs 17 garden centres ... It employs 1,120 staff" for the staff it
        # employs now: trial EJ of stop 53 was shown "17")
    return found[0]


def _counts(quote: str, at: int, noun: str) -> bool:
    """Whether ``noun`` (or a word opening as it does) is among the three words of ``quote``
    after ``at``, the end of a figure."""
    stem = noun_stem(noun).lower()
    return any(w.lower().startswith(stem) for w in re.findall(r"[\w\-]+", quote[at:])[:3])


# A figure said of a time or a place named just after it, the question asking of that one:
# "now has 312 seats, down from 420 before the closure" for the seats "before it closed",
# "roughly 300 before the pandemic", "up from 750 in the village hall" for the appointments
# "when it was in the village hall" (trials YL, YJ and YN of stop 69 were shown the other).
_STATE_ASKED = re.compile(r"\bbefore (?:the |its |their |it |they )?(?P<before>[a-z]{4,})"
                          r"(?: (?P<before2>[a-z]{4,}))?"
                          r"|\bwhen (?:it|they|the [a-z]+) (?:was|were) (?P<prep>in|at) "
                          r"(?:the |its |their )?(?P<where>[a-z]{4,})"
                          # (or its first or last year: "1,870 tickets were redeemed, against
                          # 1,160 in the scheme's first year", "compared with 165,000 at the
                          # Victoria Baths in its final full year", trials YO and YP of stop 69)
                          r"|\bin (?:the |its |their |[\w\-]+['’]s )+(?P<first>first|last|final) "
                          r"(?:full )?(?:year|season)\b(?!['’])"
                          # (or a day of the week: "£35 a day, rising to £45 on Saturdays" for a
                          # Saturday pitch, trial YT of stop 69)
                          r"|\b(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)s?\b(?! \d)"
                          # (or a school term: "rose to 64 per cent, from 52 per cent in the spring
                          # term", trial ZO of stop 70 shown "64 per cent")
                          r"|\bin the (?P<term>spring|summer|autumn|winter|easter|christmas) term\b"
                          # (or the place across which: "41 per cent of adults in the town ...,
                          # compared with 33 per cent across Dorset", trial ZQ shown "41 per cent")
                          r"|\bacross (?P<across>(?-i:[A-Z][\w\-]+))"
                          # (or a later year by its order: "about £450,000 in the first full year,
                          # rising to £700,000 by the third year", trial ZQ shown the first's)
                          r"|\b(?:by|in) (?:the |its |their )?(?P<nth>second|third|fourth|fifth) "
                          r"(?:full )?year\b",
                          re.IGNORECASE)
_NO_STATE = frozenset("last this that then next year years month week season".split())
_KIND_MARKED = re.compile(r"\b(target|estimate|forecast|budget|goal|record|average|expect|"
                          r"predict|limit|capacity)\w*(?:\s+[\w\-]+){0,2}\s+(?:of\s+)?"
                          r"(?:about |around |nearly |some )?$", re.IGNORECASE)


def figure_of_the_state_asked(question: str, quote: str, start: int,
                               end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one figure said of the time or place ``question`` asks of
    (see _STATE_ASKED), or the span ``quote[start:end]`` when the figure marked is that one;
    else None."""
    asked = _STATE_ASKED.search(question)
    if asked is None or not number_asked(question, quote, start):
        return None
    kind = _KIND_MARKED.search(quote[max(0, start - 30) : start])
    if kind is not None and re.search(rf"\b{kind.group(1)}", question, re.IGNORECASE) and not (
            asked.group("nth")):  # (a later year of what is expected, asked so: ZQ of stop 70)
        return None  # the kind asked, marked: "beating the target of 5,000" for the target
        # of the first year, not "More than 6,000 trees ... in the first year" (trial TK,
        # replayed)
    words, between = "{0,3}", ""
    if asked.group("before"):
        prep = "before"
        stems = [w[:4] for w in (asked.group("before"), asked.group("before2")) if w
                 and w.lower() not in _NO_STATE]
        said_word = "(?:" + "|".join(map(re.escape, stems)) + ")" if stems else ""
        between = r"(?:[a-z]+ )?"  # ("before the solar panels" of "before the panels")
    elif asked.group("first"):
        prep, words = "in", "{0,10}"  # ("42 tonnes of its Glaslyn Blue to Tokyo-based Hoshino
        # Foods in the first year", trial YP of stop 69)
        said_word = ("first" if asked.group("first").lower() == "first" else "(?:last|final)"
                     ) + r" (?:full )?(?:year|season)\b"  # (not "in the final round", trial XT)
    elif asked.group("day"):
        prep, said_word = "on", re.escape(asked.group("day")[:-3])
    elif asked.group("nth"):
        prep, words = "(?:by|in)", "{0,10}"
        said_word = re.escape(asked.group("nth")) + r"(?: (?:full )?year)?\b"
    elif asked.group("term"):
        prep, said_word = "in", re.escape(asked.group("term")) + r" term\b"
    elif asked.group("across"):
        prep, said_word = "across", re.escape(asked.group("across"))
    else:
        prep, said_word = asked.group("prep"), re.escape(asked.group("where")[:4])
        if asked.group("where").lower() in _NO_STATE:
            return None
    if not said_word:
        return None
    said = re.compile(rf"(?:\s+[\w\-]+){words}?,?\s+{prep}\s+(?:the |its |their |a |"
                      rf"[\w\-]+['’]s )*{between}{said_word}", re.IGNORECASE)
    figures = [f for f in FIGURE_OR_WORDS.finditer(quote)
               if said.match(quote, with_its_magnitude(quote, f)[1])
               and not re.match(r"\s*(?:a|an|per|each)\s+day\b", quote[f.end() :])]
    if len(figures) != 1:
        return None
    if figures[0].start() < end and start < figures[0].end():
        return (start, end)  # the one marked (no other check moves it: "compared with 165,000
        # at the Victoria Baths in its final full year" was moved to the figure compared with)
    return with_its_magnitude(quote, figures[0])


def last_year_by_its_number(question: str, dated: str | None, quote: str) -> str:
    """``question`` with the year before its story's date ``dated`` said as "last year" ("in
    2025" of a story dated 2026), so that a figure said "last year" answers it (the README
    check of cb04850), unless ``quote`` says that year itself ("61,300 swimmers during the 2024
    season, up from 48,900 in 2023" of a story dated 2025: the README check of f98ee21 was
    shown 2023's for 2024's); else ``question``."""
    if not dated or not re.match(r"\d{4}", dated) or _LAST_YEAR_ASKED.search(question) or (
            str(int(dated[:4]) - 1) in quote):
        return question
    return re.sub(rf"\b(?:in |during )?{int(dated[:4]) - 1}\b", "last year", question, count=1)


# A figure said of now, the time asked said only as what it is compared with: "a team of nine
# lifeguards, three more than last summer" for last summer's (the README check RC72-lido was
# shown "nine"; last summer's six is said nowhere as a figure).
_MORE_THAN_THEN = re.compile(r"\b(?:more|fewer|less|higher|lower|bigger|smaller)\s+than\s+"
                             r"(?P<time>(?:last|this) (?:year|month|week|season|summer|winter|"
                             r"spring|autumn)\b|(?:19|20)\d\d\b)", re.IGNORECASE)


def more_than_the_time_asked(question: str, quote: str, start: int, end: int) -> bool:
    """Whether the figure at ``quote[start:end]`` is said, in its clause, as more or fewer than
    at the time ``question`` asks (see _MORE_THAN_THEN), the time asked said nowhere else in
    the quote: the figure of that time is not given."""
    time = TIME_ASKED.search(question)
    if time is None:
        return False
    asked = re.compile(rf"\b{re.escape(time.group())}\b", re.IGNORECASE)
    for m in _MORE_THAN_THEN.finditer(quote):
        if (m.group("time").lower() == time.group().lower() and start < m.start()
                and not re.search(r"[.;]\s", quote[start : m.start()])
                and len(asked.findall(quote)) == 1):
            return True
    return False


# A figure of the new thing, the old one it replaces asked: "How much did the 1987 wooden
# scoreboard at Little Hadstock cost to build?" of "The £18,400 scoreboard ... replaces a wooden
# board built by volunteers in 1987" (trial ABP of stop 72 was shown "£18,400"), "the old 1968
# lights" of "The scheme, which replaces lights installed in 1968, cost £78,000" (ABQ).
# (not "the rest replaced by handmade bricks", the new ones: trial SO of stop 64, replayed)
_REPLACES = re.compile(r"\b(?:replaces|replaced|replacing)\s+(?!by\b|with\b)(?P<old>[^,.;]+)")
_THE_OLD_ASKED = re.compile(r"\b(?:old|original|previous|former)\b", re.IGNORECASE)
_NOT_THE_OLD_THING = FUNCTION_WORDS | frozenset(
    "how much many cost costs did does do was were will build built old original previous "
    "former".split())


def of_what_it_replaced(question: str, quote: str, start: int, end: int) -> bool:
    """Whether ``question`` asks of an old thing (said "old", or by a year) that ``quote`` says
    the new one replaces (see _REPLACES), with a word of the thing asked, the figure at
    ``quote[start:end]`` said outside what was replaced, in the same sentence."""
    years = set(re.findall(r"\b(?:19|20)\d\d\b", question))
    if not years and not _THE_OLD_ASKED.search(question):
        return False
    asked = {w.lower() for w in re.findall(r"[a-z][\w\-]+", question)} - _NOT_THE_OLD_THING
    for m in _REPLACES.finditer(quote):
        old = m.group("old")
        said = {w.lower() for w in re.findall(r"[\w\-]+", old)}
        # (what was replaced runs to the sentence's end, what is said of it too: "the route
        # replaced the old number 7, which carried 412,000 passengers last year", trial AAY;
        # but to the comma closing ", which replaces lights installed in 1968,")
        aside = re.search(r",\s+(?:which|that)\s+$", quote[: m.start()]) is not None
        ends = re.compile(r"[,.;!?](?:\s|$)" if aside else r"[.;!?](?:\s|$)")
        stop = ends.search(quote, m.start("old"))
        if m.start("old") <= start < (stop.start() if stop else len(quote)) or re.search(
                r"[.;!?]\s", quote[min(start, m.start()) : max(end, m.start())]):
            continue
        if (years & said or _THE_OLD_ASKED.search(question) and not years) and asked & said:
            return True
    return False


# The old thing asked, the figure's sentence telling of the new one: "How much did Northmoor's
# old diesel library van cost when it was bought?" of "The electric van ... cost £168,000", the
# article saying "It replaces a diesel van bought in 2009" (trial ACP of stop 74); "its old
# Vauxhall Movano van" of "The Nene Valley Food Bank's van, a Ford Transit bought for £46,500",
# beside "The charity's old van, a 2009 Vauxhall Movano" (trial ACQ). The thing is the last of
# up to four lower-case words after "old" (a name's words are no thing).
_OLD_THING_ASKED = re.compile(r"(?<!\bhow )\b(?:old|former|previous)\s+((?:[\w\-]+\s+){0,3}?)"
                              r"(?P<thing>(?-i:[a-z][\w\-]+))\b(?=\s+(?:cost|costs|did|does|do|was|"
                              r"were|is|are|have|has|had|when|at|in|for|and|that|which|\?)|\s*\?)",
                              re.IGNORECASE)
_SAID_OF_THE_OLD = re.compile(r"\b(?:old|older|original|previous|former|existing|replaced|"
                              r"replaces?|replacing|earlier|predecessor|second-hand|used)\b",
                              re.IGNORECASE)


def of_the_new_one(question: str, quote: str, at: int, context: str) -> bool:
    """Whether ``question`` asks a figure of an old thing (see _OLD_THING_ASKED), a year not
    asked, and the sentence of the figure at ``quote[at:]`` names the thing without saying it
    is the old one, while ``context`` (the article around it) tells of an old one and a new
    one (it says "new" of the thing, or that one replaces another)."""
    asked = _OLD_THING_ASKED.search(question)
    if asked is None or re.search(r"\b(?:19|20)\d\d\b", question) or re.search(
            r"\b[a-z]+ing\s+(?:the\s+|its\s+|their\s+|an?\s+)?$", question[: asked.start()]):
        return False  # (not the old thing done to: "spend converting the old bus depot", trial
        # RB, replayed)
    thing = asked.group("thing").lower()
    _, sentence = _sentence_at(quote, at)
    if not re.search(rf"\b{re.escape(thing)}s?\b", sentence, re.IGNORECASE) or (
            _SAID_OF_THE_OLD.search(sentence)):
        return False
    return bool(re.search(rf"\bnew\s+(?:[\w\-]+\s+){{0,3}}?{re.escape(thing)}\b|\breplaces\b"
                          rf"|\b(?:old|former|previous)\s+(?:[\w\-]+\s+){{0,3}}?"
                          rf"{re.escape(thing)}\b", context, re.IGNORECASE))


def _sentence_at(quote: str, at: int) -> tuple[int, str]:
    """Where the sentence of ``quote`` holding ``quote[at]`` begins, and that sentence."""
    begins = max((m.end() for m in SENTENCE_END.finditer(quote, 0, at)), default=0)
    ends = SENTENCE_END.search(quote, at)
    return begins, quote[begins : ends.start() if ends else len(quote)]


# A year asked by its order, the sentence giving the figure of another: "The trust expects
# 15,000 visitors in its first year" for "How many visitors does the Porthcarrow crab hatchery
# expect in its second year?" (trial ABU of stop 73; ABW's community fund "expected to pay out
# £45,000 in its first year" and ABX's smithy "expects around 4,000 visitors in the first year"
# were answered the same way: the year asked is said nowhere).
_NTH = ("first", "second", "third", "fourth", "fifth")
# (or another time by its order: "In its first week, 112 people signed up" for the second
# week's, trial ACO of stop 74)
_YEAR_BY_ORDER = re.compile(rf"\b(?P<nth>{'|'.join(_NTH)})\s+(?:full\s+)?(?P<unit>year|season|"
                            r"week|month|day|weekend|term|quarter)\b(?!['’])", re.IGNORECASE)


def of_another_year_by_order(question: str, quote: str, start: int) -> bool:
    """Whether ``question`` asks of a year or season by its order (see _YEAR_BY_ORDER) that
    ``quote`` says nowhere, and the sentence of the figure at ``quote[start:]`` says another
    year by its order."""
    asked = _YEAR_BY_ORDER.search(question)
    if asked is None:
        return False
    nth, unit = asked.group("nth").lower(), asked.group("unit").lower()
    said = [(m.group("nth").lower(), m.group("unit").lower())
            for m in _YEAR_BY_ORDER.finditer(quote)]
    if (nth, unit) in said or re.search(rf"\b{nth}\b", quote, re.IGNORECASE):
        return False  # (the order asked said alone too: "£380,000 in the first full year,
        # rising to £450,000 by the third", trial ZQ of stop 70)
    _, sentence = _sentence_at(quote, start)
    return any(m.group("unit").lower() == unit and m.group("nth").lower() != nth
               for m in _YEAR_BY_ORDER.finditer(sentence))


# A figure asked of when a thing began, said of now: "How many volunteer drivers did the Corve
# Valley scheme have when it began in 2011?" of "... now has 37 volunteer drivers on its books"
# (the README check RC74-minibus shown "37"); "How many volunteers did Kelsworth parkrun have
# when it started in 2017?" of "Since then more than 9,800 different people have taken part, and
# the event has a team of around 30 volunteers each week" (trial ACP, "30").
_ITS_START_ASKED = re.compile(r"\bwhen (?:it|they|the [a-z]+|[A-Z][\w'’\-]*) (?:first )?(?:began|"
                              r"started|opened|launched|was (?:set up|founded|launched|formed|"
                              r"started|opened))\b|\bat (?:its|their) (?:start|launch|opening)\b",
                              re.IGNORECASE)
_NOW_SAID = re.compile(r"\b(?:now|today|currently|these days|this year)\b|^Since then\b",
                       re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",\s+|;\s+|\s+(?:and|but|while|compared with|against|up from|"
                           r"down from)\s+")
# (the words a start is said by, here and in _A_START_IN_A_YEAR)
_BEGAN = r"began|begun|started|opened|launched|founded|formed|set up"
_START_SAID = re.compile(rf"\b(?:{_BEGAN}|starting|first|original|originally|initially|at the "
                         r"start)\b", re.IGNORECASE)


def now_for_its_start(question: str, quote: str, start: int) -> bool:
    """Whether ``question`` asks a figure of when a thing began (see _ITS_START_ASKED) and the
    figure at ``quote[start:]`` is said of now in its clause (or in a sentence opening "Since
    then"), its clause telling of no start."""
    if not _ITS_START_ASKED.search(question):
        return False
    begins, sentence = _sentence_at(quote, start)
    at = start - begins
    breaks = list(_CLAUSE_BREAK.finditer(sentence))
    clause = sentence[max((m.end() for m in breaks if m.end() <= at), default=0) :
                      min((m.start() for m in breaks if m.start() > at), default=len(sentence))]
    return bool((_NOW_SAID.search(clause) or _NOW_SAID.match(sentence.strip()))
                and not _START_SAID.search(clause))


# Last year asked of a figure in a sentence that compares now with another time, last year
# said nowhere in the quote: "The Dolphins ... have 310 members, up from 265 two years ago" for
# "How many members did Dunmere Dolphins Swimming Club have last year?" (trial ABY of stop 73
# was shown "310").
_LAST_YEAR_ASKED_ONLY = re.compile(r"\blast (?:year|season)\b(?!['’])", re.IGNORECASE)
_LAST_YEAR_SAID = re.compile(r"\blast (?:year|season)\b|\ba year (?:ago|earlier|before)\b|"
                             r"\b(?:the )?(?:previous|prior) (?:year|season)\b|\bthe (?:year|"
                             r"season) before\b|\b20\d\d\b|\b12 months\b|\btwelve months\b",
                             re.IGNORECASE)
_ANOTHER_TIME_AFTER = re.compile(rf"(?:\s+[a-z]+)?\s*(?:{NUMBER_IN_WORDS}|\d+) years? (?:ago|"
                                 r"earlier|before)\b", re.IGNORECASE)


def not_of_last_year(question: str, quote: str, start: int) -> bool:
    """Whether ``question`` asks of last year (or last season), ``quote`` says no such time
    (see _LAST_YEAR_SAID), and the sentence of the figure at ``quote[start:]`` says another of
    its figures "N years ago": the figure is of now."""
    if not _LAST_YEAR_ASKED_ONLY.search(question) or _LAST_YEAR_SAID.search(quote):
        return False
    begins, sentence = _sentence_at(quote, start)
    mine = FIGURE_OR_WORDS.match(quote, start)
    return mine is not None and any(
        _ANOTHER_TIME_AFTER.match(sentence, with_its_magnitude(sentence, f)[1])
        for f in FIGURE_OR_WORDS.finditer(sentence) if begins + f.start() != mine.start())


# Next year (season, summer ...) asked, and a quote that says nothing of a time to come:
# "What will adult admission at Carrick Head cost next year?" of "Admission is £9 for adults
# and £4.50 for children" (trial ADN of stop 75), next year's lessons of "The lessons cost
# £5,600 for the year" (trial ADP), "How many stalls will the Ludlow farmers' market have next
# year?" of "now has 38 stalls" (trial ACY).
_NEXT_ASKED = re.compile(r"\bnext (?:year|season|summer|spring|autumn|winter|term|month)\b|"
                         r"\bcoming (?:year|season)\b", re.IGNORECASE)
_TIME_TO_COME = re.compile(r"\b(?:will|won['’]t|would|shall|next|coming|future|upcoming|is to|"
                           r"are to|plans?|planned|planning|expects?|expected|expecting|hopes?|"
                           r"hoped|hoping|aims?|aimed|aiming|targets?|forecasts?|forecasting|"
                           r"predicts?|predicted|due|set to|going to|intends?|intended|"
                           r"proposed|proposals?|budgeted|pledged|promised|booked|bookings?|"
                           r"reserved|rising|rise to|rises to|from (?:January|February|March|"
                           r"April|May|June|July|August|September|October|November|December)|"
                           r"by (?:19|20)\d\d|20\d\d-\d\d)\b", re.IGNORECASE)


def now_for_next_year(question: str, quote: str) -> bool:
    """Whether ``question`` asks of next year (season, summer ...) and ``quote`` says nothing
    of a time to come (see _TIME_TO_COME): a figure of now is no answer."""
    return bool(_NEXT_ASKED.search(question) and not _TIME_TO_COME.search(quote))


# A first stretch of time asked (first day, weekend, week, month, year ...), the quote telling
# only of another ("How many customers did Fill Good serve in its first week?" of "served 312
# customers on its first day", trial ADL of stop 75; "in its first month" of "more than 400
# people booking sessions in its first week", trial VC; a first year's hope for an opening
# day's count, trial ACA).
_FIRST_TIME = re.compile(r"\b(?:first|opening|launch)\s+(day|night|evening|morning|weekend|week|"
                         r"fortnight|month|season|year|summer|term|hour)s?\b", re.IGNORECASE)


def of_another_first_time(question: str, quote: str) -> bool:
    """Whether ``question`` asks of a first stretch of time (see _FIRST_TIME) and ``quote``
    tells of first stretches, none of them the one asked."""
    asked = _FIRST_TIME.search(question)
    said = {m.group(1).lower() for m in _FIRST_TIME.finditer(quote)}
    return asked is not None and bool(said) and asked.group(1).lower() not in said


# The first of a thing held year by year asked, the quote telling only of last year's or this
# year's: "How many visitors came to the first Market Harwood model railway exhibition?" of
# "Last year's exhibition drew 2,650 visitors" (trial AEM of stop 76, the 32nd show). Not a first
# stretch of time (see _FIRST_TIME), nor a quote saying a first or a start.
_FIRST_ASKED = re.compile(r"\b(?:the|its|their)\s+first\s+(?!time\b)", re.IGNORECASE)
_AN_EDITION_TOLD = re.compile(r"\b(?:last|this|the previous) year['’]s\b", re.IGNORECASE)
_A_FIRST_SAID = re.compile(rf"\b(?:first|inaugural|launch\w*|opening|{_BEGAN}|new)\b",
                           re.IGNORECASE)


def of_a_later_edition(question: str, quote: str) -> bool:
    """Whether ``question`` asks a figure of the first of a thing (not a first stretch of
    time; not "the first woman across the line", trial PL, replayed) and
    ``quote`` tells of last year's or this year's, saying nothing of a first or a start."""
    return bool(asked_for(question) == "number" and _FIRST_ASKED.search(question)
                and not _FIRST_TIME.search(question)
                and _AN_EDITION_TOLD.search(quote) and not _A_FIRST_SAID.search(quote))


# A year long past asked, the quote naming no year but telling of now or of last year: "How many
# volunteers took part in the first River Leyne clean-up in 2009?" of "In all, 140 people took
# part, compared with 85 last year" (trial ADQ of stop 75), "How many junior members did Harlow
# Park Tennis Academy have when it opened in 2019?" of "The academy now has ... 310 junior
# members" (trial RO). Long past: two years or more before a dated story's; of an undated story,
# a year a thing began, opened or was first held (an undated story's "this year" may be any).
_TOLD_OF_NOW = re.compile(r"\b(?:this year|last year|this season|last season|now|today|"
                          r"currently|so far|a year ago|twelve months ago|this summer|last "
                          r"summer)\b", re.IGNORECASE)
_A_START_IN_A_YEAR = re.compile(rf"\b(?:{_BEGAN}|first|established)\b[^?]*\b(?:19|20)\d\d\b|"
                                r"\b(?:19|20)\d\d\b[^?]*\bfirst\b", re.IGNORECASE)


def of_now_for_a_past_year(question: str, quote: str, dated: str | None) -> bool:
    """Whether ``question`` asks of a year long past (see above) and ``quote`` names no year
    but tells of now or of last year (see _TOLD_OF_NOW); ``dated``: the story's date."""
    years = [int(y) for y in _YEAR_ASKED.findall(question)]
    if not years or _YEAR_ASKED.search(quote) or not _TOLD_OF_NOW.search(quote):
        return False
    if dated and _YEAR_ASKED.match(dated):
        return max(years) <= int(dated[:4]) - 2
    return _A_START_IN_A_YEAR.search(question) is not None
