"""Which sum a question asks for: of the kind asked (a grant, a target, an estimate, not a
price), the one a giver gave, raised the way asked ("raised locally"), or the sum of the
person named. Each check is named for what it checks, beside the patterns it uses and the
question that made it; :func:`qa.figure_asked.figure_asked_elsewhere` calls them.
"""

from __future__ import annotations

import re

from qa.figure_said import FIGURE_SAID, SENTENCE_END, with_its_magnitude
from qa.figures import (
    PERSON_ASKED,
    listed_sums,
    raised_for_a_cost,
    sum_of_the_giver,
)
from qa.forms import FUNCTION_WORDS, NUMBER_IN_WORDS
from qa.roles import (
    names_a_body,
)

__all__ = ["A_SUM_IN", "another_kind_of_sum", "cost_beside_the_sum_raised", "hoped_to_raise",
           "raised_for_a_sum_hoped_for", "sought_for_another_thing",
           "sum_for_the_one_asked", "sum_of_another_noun", "sum_of_the_kind_asked",
           "sum_of_the_person_named", "part_costed_as_a_whole", "part_listed_in_a_whole",
           "sum_done_by_the_one_asked", "sum_raised_as_asked", "sum_the_giver_gave",
           "thing_costed_elsewhere"]


def sum_for_the_one_asked(question: str, quote: str, start: int,
                           end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one sum said for what ``question`` asks (every word of it in
    the question: "£55 for the epic route"), when the sum at ``quote[start:end]`` is said for
    another ("£28 for the short course": trial NR of stop 60 was shown "£28"); else None."""
    asked = {w.lower() for w in re.findall(r"[\w'’\-]+", question)}
    said = listed_sums(quote, start)
    mine = next((m for m in said if m.start(1) <= start < m.end(1)), None)
    if mine is None or len(said) < 2:
        return None

    def named(m: re.Match[str]) -> bool:  # ("ones" the noun said before: "the rapid ones")
        return all(w.lower() in asked for w in m.group(2).split() if w not in ("one", "ones"))

    if named(mine):
        return None
    found = [m.span(1) for m in said if m is not mine and named(m)]
    return found[0] if len(found) == 1 else None


def sum_of_the_person_named(question: str, quote: str, start: int,
                             end: int) -> tuple[int, int] | None:
    """Where another sentence of ``quote`` names the person ``question`` asks a sum of, by
    full name, and says one sum, when the sentence of the sum marked at ``quote[start:end]``
    names them not ("The youngest fundraiser, nine-year-old Isla Brennan, swam 40 lengths ...
    and raised £1,850. Her grandfather, Derek Brennan, 74, completed the same challenge ... and
    raised £2,300." for what Derek Brennan raised: the README check of 6fe73eb was shown
    "£1,850"); else None."""
    if not re.match(r"how much\b", question.strip(), re.IGNORECASE):
        return None
    names = [name for name in PERSON_ASKED.findall(question) if not names_a_body(name)]
    if len(names) != 1:
        return None
    ends = [0, *(m.end() for m in SENTENCE_END.finditer(quote)), len(quote)]
    sentences = list(zip(ends, ends[1:], strict=False))
    mine = next(((a, b) for a, b in sentences if a <= start < b), None)
    if mine is None or names[0] in quote[mine[0] : mine[1]]:
        return None
    # (a person, said with an age: not "the restoration of Skerrow Point Lighthouse", found
    # replaying this rule)
    person = re.compile(rf"\b{re.escape(names[0])},\s+(?:aged\s+)?\d{{1,3}},")
    found = [[f for f in FIGURE_SAID.finditer(quote, a, b) if f.group()[0] in "$£€"]
             for a, b in sentences if (a, b) != mine and person.search(quote, a, b)]
    return found[0][0].span() if len(found) == 1 and len(found[0]) == 1 else None


# A sum said with its hedge ("about £350,000", "£1.2m", "£2 million").
A_SUM_IN = re.compile(r"(?:about |around |some |nearly |almost |more than |over )?[$£€]\d[\d,.]*"
                      r"(?:bn|m|k|\s(?:million|billion))?")


# A sum of another kind than asked: a grant, a loan, a donation... said just before or just
# after it ("a grant of £250,000", "a £150,000 grant"), when the question does not ask that
# kind; a target or a hope for a sum asked as raised; an original estimate for a cost asked.
_SUM_KINDS = {"grant": "give gave given grant award contribut put", "loan": "lend lent loan borrow",
              "donation": "give gave given donat contribut", "gift": "give gave given gift donat",
              "fine": "fine", "bonus": "bonus", "deposit": "deposit",
              "refund": "refund repa paid back pay back", "subsidy": "subsid",
              "payout": "pay out paid out payout compensat",
              "compensation": "pay out paid out payout compensat", "target": "target aim hop",
              # ("£80,000 raised by villagers" among grants, for what the villagers raised:
              # trial EJ of stop 53 was shown the £210,000 grant)
              "raised": "rais fundrais collect brought bring gather donat give gave given "
                        "contribut"}
_KIND_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+(?:about |around |nearly |almost |some |just )?$")
_KIND_AFTER = re.compile(r"\s*([a-z]+)(?:\s+([a-z]+))?")
_HOPED_FOR = re.compile(r"\b(?:hoping|hopes|hoped|aiming|aims|aimed|planning|plans|wants|"
                        r"seeking|bid|needs|needed)\s+to\s+raise\s+(?:about |around |some )?$"
                        r"|\btarget\s+of\s+$"
                        # ("The volunteers are currently raising £240,000 for a new base" for
                        # what they have raised so far: trial DP of stop 52)
                        r"|\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+|also\s+)?raising\s+"
                        r"(?:about |around |some )?$", re.IGNORECASE)
_ASKS_RAISED = re.compile(r"\b(?:did|has|have|had)\b.*\braise\b|\braised\b", re.IGNORECASE)
_ESTIMATED_BEFORE = re.compile(r"\b(?:original|originally|initial|initially)\s+(?:estimated?|"
                               r"budget|cost|price|forecast)\b[^.;]{0,50}$", re.IGNORECASE)
_ASKS_AN_ESTIMATE = re.compile(r"\b(?:original|originally|initial|initially|first|estimated?|"
                               r"budget|budgeted|expected|planned|forecast)\b", re.IGNORECASE)


def _kinds_said(quote: str, a: int, b: int) -> set[str]:
    """The kinds of sum (_SUM_KINDS) said just before or just after ``quote[a:b]``."""
    before = _KIND_BEFORE.search(quote[:a])
    after = _KIND_AFTER.match(quote, b)
    words = [*(before.groups() if before else ()), *(after.groups("") if after else ())]
    return {w.removesuffix("s") for w in words} & set(_SUM_KINDS)


def _asks_the_kind(question: str, kind: str) -> bool:
    return re.search(r"\b(?:" + "|".join(_SUM_KINDS[kind].split()) + ")",
                     question.lower()) is not None


# Words after a sum that are no noun it is the sum of.
_NOT_A_NOUN = frozenset("from with this that last next each every over more less than into "
                        "towards toward since after before while when were have been will "
                        "would could should".split())


def sum_of_the_kind_asked(question: str, quote: str, a: int,
                           b: int) -> tuple[int, int] | None:
    """Where ``quote`` says the one sum of a kind ``question`` asks, when the sum at
    ``quote[a:b]`` is of a kind it does not ask; else None."""
    if not any(not _asks_the_kind(question, k) for k in _kinds_said(quote, a, b)):
        return None
    found = [m.span() for m in A_SUM_IN.finditer(quote)
             if not a <= m.start() < b and (kinds := _kinds_said(quote, *m.span()))
             and all(_asks_the_kind(question, k) for k in kinds)]
    return found[0] if len(found) == 1 else None


def another_kind_of_sum(question: str, quote: str, a: int, b: int) -> bool:
    """Whether the sum at ``quote[a:b]`` is of another kind than ``question`` asks (see
    _SUM_KINDS, _HOPED_FOR, _ESTIMATED_BEFORE), or a kind named in ``question`` ("the bank
    loan") is not the noun just after the sum ("a £750,000 expansion": trial EH of stop 53)."""
    if any(not _asks_the_kind(question, kind) for kind in _kinds_said(quote, a, b)):
        return True
    return bool(sum_of_another_noun(question, quote[b:]) or hoped_to_raise(question, quote, a)
                or (_ESTIMATED_BEFORE.search(quote[:a]) and not _ASKS_AN_ESTIMATE.search(question)))


def sum_of_another_noun(question: str, after: str) -> bool:
    """Whether ``question`` names a kind of sum ("the bank loan") and the noun said just after
    a sum, the words ``after`` it, is another ("a £750,000 expansion": trial EH of stop 53)."""
    named = [k for k in _SUM_KINDS if re.search(rf"\b{k}s?\b", question, re.IGNORECASE)]
    noun = re.match(r"\s+([a-z]{4,})\b", after)
    return bool(named and noun and noun.group(1) not in _NOT_A_NOUN
                and not any(w.startswith(k) for k in named  # ("a £45,000 council grant")
                            for w in re.findall(r"[a-z]+", after.lower())[:3]))


def hoped_to_raise(question: str, quote: str, a: int) -> bool:
    """Whether ``question`` asks what was raised and the sum at ``quote[a:]`` is one hoped
    for (see _HOPED_FOR), the question asking of no target."""
    asked = {w.lower() for w in re.findall(r"[a-z]+", question.lower())}
    return bool(_HOPED_FOR.search(quote[:a]) and _ASKS_RAISED.search(question) and not (
        {"target", "aim", "hoping", "hope", "hopes", "want", "wants"} & asked))


# A sum hoped for asked ("How much money is the Clun Valley scheme trying to raise for a
# replacement minibus?") and one raised so far ("We have raised £9,200 so far"): the README
# check RC75-clun of stop 75 was shown it, the appeal's "appealing for £45,000" cited second.
_ASKS_A_SUM_HOPED_FOR = re.compile(r"\b(?:trying|hoping|hope|hopes|aiming|aim|aims|seeking|seek|"
                                   r"planning|plan|plans|want|wants|need|needs|needing)\s+to\s+"
                                   r"raise\b|\bappeal(?:ing)?\s+for\b|\b(?:target|goal)\b",
                                   re.IGNORECASE)
_RAISED_SO_FAR = re.compile(r"\b(?:has|have|had|['’]ve)\s+(?:already\s+|now\s+|so far\s+)?"
                            r"raised\s+(?:about |around |some |nearly |almost |more than |over |"
                            r"just over |just under )?[$£€]?$", re.IGNORECASE)


def raised_for_a_sum_hoped_for(question: str, quote: str, a: int) -> bool:
    """Whether ``question`` asks a sum hoped for, not what was raised, and the sum at
    ``quote[a:]`` is one raised so far (see above)."""
    return bool(_ASKS_A_SUM_HOPED_FOR.search(question) and not _ASKS_RAISED.search(question)
                and _RAISED_SO_FAR.search(quote[max(0, a - 60) : a]))


def sum_the_giver_gave(question: str, quote: str, start: int,
                        end: int) -> tuple[int, int] | None:
    """Where ``quote`` says the sum the giver asked gave, when the figure at
    ``quote[start:end]`` is another (:func:`qa.figures.sum_of_the_giver`: "The pitch cost
    £650,000, of which £400,000 came from Sport England" for what Sport England put towards
    it, trial PD of stop 61 shown "£650,000")."""
    found = sum_of_the_giver(question, quote)
    return None if found is None or found[0] <= start < found[1] else found


# A sum said as a cost or a price just after the words before it ("a new reptile incubator
# costing £7,200", "at an estimated cost of £38,000").
_COST_SAID_BEFORE = re.compile(r"\b(?:cost|costs|costing|priced at|price of|price tag of|cost "
                               r"of|costs of)\s+(?:(?:about|around|an estimated|some|nearly|"
                               r"almost|more than|over|up to|just over|just under)\s+)?$",
                               re.IGNORECASE)


def cost_beside_the_sum_raised(question: str, quote: str, start: int) -> tuple[int, int] | None:
    """Where ``quote`` says the one sum said as a cost (see _COST_SAID_BEFORE) when
    ``question`` asks a cost or price and the sum at ``quote[start:]`` is one raised
    (:func:`qa.figures.raised_for_a_cost`: "has raised £4,600 towards a new reptile incubator
    costing £7,200" for the incubator's price); else None."""
    if not raised_for_a_cost(question, quote, start):
        return None
    costs = [f for f in FIGURE_SAID.finditer(quote) if f.group()[0] in "$£€"
             and _COST_SAID_BEFORE.search(quote[max(0, f.start() - 40) : f.start()])]
    return with_its_magnitude(quote, costs[0]) if len(costs) == 1 else None


# A sum said to have been raised (paid, given ...) in the way a question asks: "and the
# remaining £600,000 was raised locally" for "How much money was raised locally ...?" (the
# README check of 65a7027 was shown the whole "£1.8 million" and the other giver's "£1.2
# million"); the way, a word after the verb, asked too.
_PASSIVE_ASKED = re.compile(r"\b(?:was|were|been|be)\s+(?P<verb>[a-z]+ed|paid|given|found|spent)"
                            r"\s+(?P<how>[a-z]+ly|online|privately|abroad|overseas)\b",
                            re.IGNORECASE)
_PASSIVE_SAID = r"\s+(?:was|were|has been|have been|had been|will be)\s+{verb}\s+{how}\b"


def sum_raised_as_asked(question: str, quote: str, start: int,
                         end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one sum said to be raised (paid ...) the way ``question``
    asks (see _PASSIVE_ASKED), when the figure at ``quote[start:end]`` is another; else None."""
    asked = _PASSIVE_ASKED.search(question)
    if asked is None:
        return None
    said = re.compile(_PASSIVE_SAID.format(verb=re.escape(asked.group("verb")),
                                           how=re.escape(asked.group("how"))), re.IGNORECASE)
    sums = [f for f in FIGURE_SAID.finditer(quote) if f.group().startswith(("£", "$", "€"))
            and said.match(quote, with_its_magnitude(quote, f)[1])]
    if len(sums) != 1 or sums[0].start() <= start < sums[0].end() or start <= sums[0].start() < end:
        return None
    return with_its_magnitude(quote, sums[0])


# A sum asked as raised (given, paid, donated) "by" someone, and the quote's one sum said so
# by a word of theirs: "with £30,000 coming from a Sport England grant and the remaining
# £22,400 raised by members through a sponsored sail" for how much "was raised by the sailing
# club's own members" (trial ABA of stop 72 was shown "£52,400 in total").
_DONE_BY_ASKED = re.compile(r"\b(?P<verb>raised|given|paid|donated|contributed|put up)\s+by\s+"
                            r"(?P<who>[^?,.;]+)", re.IGNORECASE)


def sum_done_by_the_one_asked(question: str, quote: str, start: int,
                              end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one sum said "<verb> by" (see _DONE_BY_ASKED) a word of the
    one ``question`` asks it done by, when the figure at ``quote[start:end]`` is another; else
    None."""
    asked = _DONE_BY_ASKED.search(question)
    if asked is None:
        return None
    who = {w.lower() for w in re.findall(r"[a-z][\w\-]+", asked.group("who"))
           if w.lower() not in FUNCTION_WORDS and w.lower() not in ("own", "local")}
    said = re.compile(rf"\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?"
                      rf"{asked.group('verb')}\s+by\s+(?:the\s+|its\s+|their\s+)?"
                      r"((?:[\w'’\-]+\s+){0,3}[\w'’\-]+)", re.IGNORECASE)
    sums = []
    for f in FIGURE_SAID.finditer(quote):
        if not f.group().startswith(("£", "$", "€")):
            continue
        by = said.match(quote, with_its_magnitude(quote, f)[1])
        if by and who & {w.lower() for w in re.findall(r"[\w\-]+", by.group(1))}:
            sums.append(f)
    if len(sums) != 1 or sums[0].start() <= start < sums[0].end():
        return None
    return with_its_magnitude(quote, sums[0])


# The cost asked of a thing the quote cited does not name, its sum said of another thing:
# "How much does a milkshake cost from the Hollowcombe Farm vending machine?" of "The machine and
# shed cost £38,500" (trial AAG of stop 71 was shown the other sum in bold). The thing's words
# are the lower-case words asked before "cost" but those a whole is said by ("refit",
# "project"), which a story may say otherwise; any of them in the quote, or a whole said in the
# clause of its sum ("The project cost £58,000"), and the sum may be the thing's.
_COST_ASKED = re.compile(r"^\s*(?:how much|what)\s+(?:did|does|do|will|would)\s+"
                         r"(?:the\s+|a\s+|an\s+|each\s+|its\s+|their\s+)?(?P<thing>[^?]+?)\s+"
                         r"cost\b", re.IGNORECASE)
_SAID_OF_A_WHOLE = frozenset("""new old project scheme work works revamp refit refurbishment
    renovation renovations restoration upgrade upgrades repair repairs makeover improvements
    building extension conversion redevelopment plan plans changes expansion installation event
    one total whole it they this that each single return overall bill alone altogether itself
    themselves both year version""".split())
# (a cost said just after the words of what cost it, no comma between: "The machine and shed
# cost £38,500"; not "The minibus, a converted Ford Transit with a wheelchair lift, cost
# £68,000", whose thing stands before the comma)
_COSTED = re.compile(r"(?:[\w'’\-]+\s+){1,3}(?:which\s+|that\s+)?(?:has\s+|had\s+|will\s+)?"
                     r"(?:cost|costs|costing)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[$£€]\d",
                     re.IGNORECASE)


def _thing_stems(thing: str, part: bool = False) -> list[re.Pattern[str]]:
    """The lower-case words of ``thing`` (a cost asked of it) but those a whole is said by,
    each as the pattern of its stem (its first five letters, or itself less a plural "s");
    with ``part``, not a number in words nor a participle either ("the repairs needed at
    Kingsmere police station" are a whole's, found replaying trial VF of stop 67)."""
    words = [w for w in re.findall(r"(?<![\w'’])[a-z][a-z\-]+(?![\w'’])", thing)
             if w not in FUNCTION_WORDS and w not in _SAID_OF_A_WHOLE and len(w) >= 3
             and not (part and (re.fullmatch(NUMBER_IN_WORDS, w) or w.endswith("ed")))]
    return [re.compile(rf"\b{re.escape(w[:5] if len(w) > 5 else w.removesuffix('s'))}",
                       re.IGNORECASE) for w in words]


def _costed_clauses(quote: str) -> list[str]:
    """The clause of ``quote`` up to each cost it says of something (see _COSTED)."""
    return [re.split(r"[.;]\s", quote[: m.end()])[-1] for m in _COSTED.finditer(quote)]


def thing_costed_elsewhere(question: str, quote: str) -> bool:
    """Whether ``question`` asks what a thing costs (see _COST_ASKED), ``quote`` says none of
    the thing's words and says a cost of something else, not of a whole."""
    asked = _COST_ASKED.match(question)
    stems = _thing_stems(asked.group("thing")) if asked else []
    if not stems or any(s.search(quote) for s in stems):
        return False  # (any of its words: "the defibrillator machine alone" of "The
        # defibrillator cost £1,650", trial AAI of stop 71, replayed)
    clauses = _costed_clauses(quote)
    return bool(clauses) and not any(
        {w.lower() for w in re.findall(r"[\w'’\-]+", clause)} & _SAID_OF_A_WHOLE
        for clause in clauses)


# A part's cost asked, the quote cited giving only the cost of a whole it names not: "How much
# will the third beach wheelchair at Coppet Hall cost?" of "The project cost £186,000 in total."
# (trial ABB of stop 72; "the lamp shields on the Ashcombe floodlights" of "The four 18-metre
# floodlight masts ... cost £96,000", trial AAX; 149 near misses of the trials replayed). The
# thing's words are those asked before its first preposition ("lamp shields"); none of them in
# a clause of the quote saying what cost what (_COSTED), nor beside another sum of the quote
# ("including £850 for the oak frame"), nor in the article's title (the story's own subject:
# "The project cost £27,500" is its sensory garden's cost). Not for a whole asked ("altogether",
# "the whole ... project"), a deed's cost ("replacing the lock gates": the work is the deed), a
# cost said of "it", nor "contribute to the cost".
_BEFORE_A_PREPOSITION = re.compile(r"\b(?:at|on|in|for|of|from|to|by|with|near|inside|outside|"
                                   r"under|over|into|about|around|beside|behind|opposite|"
                                   # ("the new bench beside the Little Wenlow trough", trial ABZ
                                   # of stop 73 shown the trough's restoration cost)
                                   r"along|alongside|next)\b", re.IGNORECASE)
_WHOLE_ASKED = re.compile(r"\b(?:altogether|in total|total|overall|whole|all|together|in all)\b",
                          re.IGNORECASE)
_THE_COST_NOUN = re.compile(r"\b(?:the|its|their|a)\s+cost\b", re.IGNORECASE)
_SAID_OF_IT = re.compile(r"^(?:it|they|this|that|these|those)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;.:]\s|\s(?:and|while|with|but)\s")
_A_SUM = re.compile(r"[$£€]\d")


def part_costed_as_a_whole(question: str, quote: str, title: str) -> bool:
    """Whether ``question`` asks a thing's cost (see _COST_ASKED) and ``quote`` says only the
    cost of something else, never the thing's words beside a sum, and ``title`` names it not
    (see above)."""
    asked = _COST_ASKED.match(question)
    if (asked is None or _WHOLE_ASKED.search(question) or _THE_COST_NOUN.search(question)
            or re.match(r"\s*[a-z]+ing\b", asked.group("thing"))):
        return False
    stems = _thing_stems(_BEFORE_A_PREPOSITION.split(asked.group("thing"), 1)[0], part=True)
    clauses = _costed_clauses(quote)
    if not stems or not clauses or any(s.search(title) for s in stems):
        return False
    deed = re.search(r"\bcost\s+to\s+([a-z]{4,})", question)  # (the deed's noun said: "How
    # much did the solar panels ... cost to install?" of "The installation cost £148,000")
    for clause in clauses:
        subject = re.split(r",\s", clause)[-1]
        if (any(s.search(clause) for s in stems) or _SAID_OF_IT.match(subject.strip())
                or deed and re.search(rf"\b{deed.group(1)[:5]}", clause, re.IGNORECASE)):
            return False
    return not any(_A_SUM.search(c) and any(s.search(c) for s in stems)
                   for c in _CLAUSE_END.split(quote))  # (nor beside a sum of its own)


# A part's cost asked, the quote naming the part only in the list of what a whole's sum paid
# for: "spent £186,000 on the 12-hectare enclosure, including fencing, a viewing platform and
# two years of monitoring" for what the viewing platform cost (trial ADK of stop 75), "The
# £4.2 million scheme, which also included a new footbridge" for the footbridge's (trial RU).
# Not when the part has its own sum in the list ("including £410,000 on the canning machine",
# "including a £9,500 heated den") or is named outside it ("The defibrillator alone cost
# £1,200"); not for a whole asked, a deed's cost, nor a thing the title names (as above).
_LISTED_AFTER = re.compile(r"\b(?:including|included|includes|covering|covered|as well as)\b"
                           # (a list "with" its items: "Fitting out the unit, with workbenches,
                           # a lathe, a dust extractor and a kitchen, cost £23,500", trial ADP)
                           r"|,\s+with\b(?=[^.;]*,[^.;]*\band\b)", re.IGNORECASE)
_LIST_END = re.compile(r"[.;]\s|[.;]?$")
_LIST_ITEM_END = re.compile(r",\s(?!which\b|that\b|costing\b|worth\b|at\b|for\b)|"
                            r"\s(?:and|plus)\s")  # (not its own clause: "a new bridge over
# the A417, which alone will cost £1.9m", trial OY, replayed)
# (or the thing after the deed, "it" costing: "How much did it cost to hire the timing
# equipment for the regatta?" of "The event cost £8,500 to put on, including hire of the
# timing equipment", trial ADU of stop 75; or what a thing raised: "How much did the duck race
# raise for the tea room?" of "villagers raised £41,000 through events including a duck race",
# trial ADT)
_COST_TO_DO_ASKED = re.compile(r"\bcost\s+to\s+(?:hire|buy|install|run|build|replace|repair|"
                               r"fit|make|stage|put on|put up)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
                               r"(?P<thing>[^?]+)", re.IGNORECASE)
_RAISED_BY_ASKED = re.compile(r"^\s*how much (?:money )?(?:did|does|will|has|have)\s+"
                              r"(?:the\s+|a\s+|an\s+|its\s+)?(?P<thing>[^?]+?)\s+"
                              r"(?:raise|raised|make|made|bring in|take|taken)\b", re.IGNORECASE)
# (a deed asked: "replacing the lock gates", "lowering the speed limit"; not "the viewing
# platform")
_A_DEED = re.compile(r"\s*[a-z]+ing\s+(?:the|a|an|its|their|his|her|our|up|out|[A-Z])\b")


def part_listed_in_a_whole(question: str, quote: str, title: str) -> bool:
    """Whether ``question`` asks a thing's cost (see _COST_ASKED) whose words ``quote`` says
    only in a list of what a sum paid for, with no sum of their own (see above)."""
    asked = _COST_ASKED.match(question)
    if asked is not None and asked.group("thing").lower() == "it":
        asked = _COST_TO_DO_ASKED.search(question)
    asked = asked or _RAISED_BY_ASKED.match(question)
    if (asked is None or _WHOLE_ASKED.search(question) or _THE_COST_NOUN.search(question)
            or _A_DEED.match(asked.group("thing")) or not _A_SUM.search(quote)):
        return False
    stems = _thing_stems(_BEFORE_A_PREPOSITION.split(asked.group("thing"), 1)[0], part=True)
    if not stems or any(s.search(title) for s in stems):
        return False
    listed: list[tuple[int, int]] = []
    for said in _LISTED_AFTER.finditer(quote):
        stop = _LIST_END.search(quote, said.end())
        listed.append((said.end(), stop.start() if stop else len(quote)))
    found = False
    for stem in stems:
        for word in stem.finditer(quote):
            span = next(((a, b) for a, b in listed if a <= word.start() < b), None)
            if span is None:
                return False  # (named outside a list)
            cuts = list(_LIST_ITEM_END.finditer(quote, span[0], span[1]))
            start = max([span[0], *(c.end() for c in cuts if c.end() <= word.start())])
            end = min([span[1], *(c.start() for c in cuts if c.start() >= word.end())])
            if _A_SUM.search(quote, start, end):
                return False  # (its own sum in the list)
            found = True
    return found


# A thing's cost asked, and a sum sought for another ("How much did the new gearbox for the
# Clun Valley minibus cost?" of "The scheme is now appealing for £45,000 to replace its
# 14-year-old minibus, which ... spent three weeks off the road while a new gearbox was
# fitted": the README check RC75-clun of stop 75 was shown "£45,000"). What the sum is sought
# for is said after it, up to its clause's end; none of the thing's words there, it is another's.
_SOUGHT_JUST_BEFORE = re.compile(r"\b(?:appeal(?:ing|s|ed)?\s+for|(?:hoping|hopes|hoped|aiming|"
                                 r"aims|trying|seeking|needs?|needing|wants?|bid)\s+to\s+raise|"
                                 r"target\s+of|seeking)\s+(?:about |around |some |nearly |"
                                 r"almost |a further |another |an extra )?[$£€]?$", re.IGNORECASE)
_PURPOSE_END = re.compile(r",|;|\.\s|\.$|\s(?:which|while|after|but|and)\s")


def sought_for_another_thing(question: str, quote: str, a: int, b: int) -> bool:
    """Whether ``question`` asks a thing's cost (see _COST_ASKED) and the sum at ``quote[a:b]``
    is one sought for something its clause names after it, none of the thing's words (see
    above)."""
    asked = _COST_ASKED.match(question)
    if asked is None or not _SOUGHT_JUST_BEFORE.search(quote[max(0, a - 60) : a]):
        return False
    stems = _thing_stems(_BEFORE_A_PREPOSITION.split(asked.group("thing"), 1)[0], part=True)
    end = _PURPOSE_END.search(quote, b)
    purpose = quote[b : end.start() if end else len(quote)]
    return bool(stems) and re.search(r"\b(?:to|for|towards?)\b", purpose) is not None and not any(
        s.search(purpose) for s in stems)
