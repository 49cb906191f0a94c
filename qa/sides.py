"""Which side of a pair a short answer names: the one coming in or the one replaced ("Who will
take over as captain?"), the top or the bottom ("Which province had the worst pass rate?"),
the winner or the one beaten ("Who did Hewitt beat?"). :func:`qa.short_answers.short_answer`
withholds a span that names the side not asked for, or, for a winner asked, moves to the
winner (:func:`winner_of`).
"""

from __future__ import annotations

import re

__all__ = ["a_sum_of_several", "price_of_the_group_asked", "price_of_the_kind_asked",
           "several_costed_together", "the_one_replaced", "the_other_end",
           "the_other_group",
           "the_other_side", "the_other_stage", "winner_of"]


# Who takes over and who is replaced. "Who will replace Thomas?" or "Who will take over as
# captain?" asks for the one coming in, and the name after "replacing" or "succeeding" is the
# one going; "Who did Owen replace?" asks for the one going, and the name after "replaced by"
# is the one coming (a trial of stop 37 showed "Gareth Thomas" for who will take over as
# Wales captain, from "Michael Owen says replacing Gareth Thomas as Wales' captain...").
_ASKS_INCOMING = re.compile(r"^who\b(?!.*\bdid\b).*\b(replace|replaces|replaced|replacing|succeed|"
                            r"succeeds|succeeded|take over|takes over|took over|taking over|"
                            r"step in|stepped in|stand in|fill in|deputi[sz]e)\b", re.IGNORECASE)
_ASKS_OUTGOING = re.compile(r"^(?:who|whom)\b.*\bdid\b.*\b(replace|succeed|take over from|"
                            r"stand in for)\b", re.IGNORECASE)
_OUTGOING_BEFORE = re.compile(r"\b(replacing|replaces|replaced|replace|succeeding|succeeds|"
                              r"succeeded|succeed|took over from|takes over from|take over from|"
                              r"taking over from|in place of|instead of|standing in for|"
                              r"stands in for|stood in for)\s+(?:the\s+)?(?:injured\s+)?$",
                              re.IGNORECASE)
_INCOMING_BEFORE = re.compile(r"\b(replaced by|succeeded by|taken over by|be replaced by|"
                              r"be succeeded by)\s+(?:the\s+)?$", re.IGNORECASE)


def the_one_replaced(question: str, before: str) -> bool:
    """Whether the span after ``before`` names the one going where the question asks for
    the one coming, or the other way round (see _ASKS_INCOMING)."""
    q = question.strip()
    if _ASKS_OUTGOING.match(q):
        return bool(_INCOMING_BEFORE.search(before))
    if _ASKS_INCOMING.match(q):
        return bool(_OUTGOING_BEFORE.search(before)) and not _INCOMING_BEFORE.search(before)
    return False


# The top and the bottom: "Which province had the worst pass rate?" asks for the lowest, and
# a name followed by "had the highest" is the top one (a trial of stop 37 showed "Kampong
# Thom" of "Kampong Thom had the highest pass rate at 81 per cent, while Mondulkiri had the
# lowest").
_TOP = r"highest|best|largest|biggest|most|greatest|top|strongest|fastest|richest|oldest"
_BOTTOM = (r"lowest|worst|smallest|least|fewest|bottom|weakest|slowest|poorest|youngest|"
           r"hardest[- ]hit|worst[- ]affected")
_ASKS_END = re.compile(rf"^(?:which|who|what)\b.*\b(?:(?P<top>{_TOP})|(?P<bottom>{_BOTTOM}))\b",
                       re.IGNORECASE)
_SAID_END = re.compile(rf"^\W*(?:\w+\W+){{0,3}}?(?:had|has|have|was|is|were|are|came|comes|"
                       rf"recorded|posted|with)\s+(?:the\s+)?(?:(?P<top>{_TOP})|"
                       rf"(?P<bottom>{_BOTTOM}))\b", re.IGNORECASE)


def the_other_end(question: str, after: str) -> bool:
    """Whether the words after a span say it is the top where the question asks for the
    bottom, or the other way round (see _ASKS_END)."""
    asked, said = _ASKS_END.match(question.strip()), _SAID_END.match(after)
    if asked is None or said is None:
        return False
    return bool(asked.group("top")) != bool(said.group("top"))


# Where or when something begins and where it ends: "Where will Isla Rennie's UK tour begin?"
# is no "ending at the Barrowland Ballroom" (trial K, stop 44, showed it of "will begin a
# 14-date UK tour in Aberdeen on 6 February, ending at the Barrowland Ballroom").
_ASKS_START = re.compile(r"\b(?:begin|begins|start|starts|open|opens|kick off|kicks off|set off|"
                         r"sets off|depart|departs|leave|leaves)\b(?![^?]*\b(?:end|finish)\w*\b)",
                         re.IGNORECASE)
_ASKS_FINISH = re.compile(r"\b(?:end|ends|finish|finishes|close|closes|conclude|concludes|"
                          r"arrive|arrives)\b(?![^?]*\b(?:begin|start)\w*\b)", re.IGNORECASE)
_FINISH_BEFORE = re.compile(r"\b(?:ending|finishing|concluding|closing|ends|finishes|ended|"
                            r"finished|end|finish)\s+(?:\w+\s+){0,3}?(?:at|in|on|with)\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)
# ... or where a journey runs to: "the 186km race from Skipton to Richmond" (trial W, stop 45,
# showed "Richmond" for where the race started).
_FROM_TO_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s+to\s+"
                             r"(?:the\s+)?$")
_START_BEFORE = re.compile(r"\b(?:beginning|starting|opening|begins|starts|opens|began|started|"
                           r"opened|begin|start|open)\s+(?:\w+\s+){0,4}?(?:at|in|on|with)\s+"
                           r"(?:the\s+)?$"
                           # (or "set off from Shakespeare Beach" for where a swim finished,
                           # trials HH and GW of stop 55)
                           r"|\b(?:set|sets|setting)\s+off\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?$"
                           r"|\b(?:left|leaves|leaving|departed|departs|departing)\s+(?:from\s+)?"
                           r"(?:the\s+)?$", re.IGNORECASE)


def the_other_stage(question: str, before: str) -> bool:
    """Whether the span after ``before`` is where (or when) something ends and the question
    asks where it begins, or the other way round (see _ASKS_START)."""
    if _ASKS_START.search(question) and not _ASKS_FINISH.search(question):
        return bool(_FINISH_BEFORE.search(before) or _FROM_TO_BEFORE.search(before))
    if _ASKS_FINISH.search(question) and not _ASKS_START.search(question):
        return bool(_START_BEFORE.search(before))
    return False


# Who won and who lost. "Who did Hewitt beat?" asks for the side beaten, and the name after
# "a defeat to", "lost to" or "beaten by" is the winner; "Who beat Hewitt?" asks for the
# winner, and the name after "beat" is the side beaten (a trial of stop 37 showed "Taylor
# Dent" in bold for whom Hewitt beat, from "Hewitt suffered a shock defeat to Taylor Dent").
_ASKS_BEATEN = re.compile(r"^(?:who|whom|which \w+)\b.*\bdid\b.*\b(?:beat|defeat|overcome|"
                          r"knock out|eliminate|thrash|edge|see off)\b", re.IGNORECASE)
_ASKS_WINNER = re.compile(r"^(?:who|which \w+)\s+(?:beat|defeated|overcame|knocked out|"
                          r"eliminated|thrashed|edged|saw off|won|wins|triumphed|came first|"
                          r"was elected|has been elected|claimed|(?:rode|drove|steered|guided|"
                          r"led|took)\b.*\bto (?:victory|a win|the win|the title|glory))\b",
                          re.IGNORECASE)  # ("Who rode Copper Lantern to victory...?" was shown
# "Silver Admiral", the favourite it beat: trial R, stop 45)
_WINNER_BEFORE = re.compile(r"\b(?:defeats?|loss|losses|lost|losing|loses|beaten|fell|falls|"
                            r"went down|goes down|succumbed|bowed out|crashed out)"
                            r"(?:\s+\w+){0,3}?\s+(?:to|by|against)\s+(?:the\s+)?$",
                            re.IGNORECASE)
# (what the beaten one is may come between: "beating top seed Lucía Ramírez", "defeating the
# sitting mayor, the Conservative Robert Haines": a trial of stop 41 showed both in bold for
# the winner)
_LOSER_BEFORE = re.compile(r"\b(?:beat|beats|beating|defeated|defeats|defeating|overcame|"
                           r"knocked out|eliminated|thrashed|edged|edged out|saw off|sees off|"
                           r"ousting|ousted|unseating|unseated)"
                           r"\s+(?:(?!(?:by|and|but|who|which|before|after|to)\b)[\w'’\-]+,?\s+){0,5}?$",
                           re.IGNORECASE)
# The winner of a "who won" question, when the span is the one beaten: the capitalised
# words before a verb of winning ("Ukraine's Daria Kovalenko won..."), less an owner.
_WINNER = re.compile(r"(?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*(?=\s+(?:has\s+|have\s+|had\s+)?"
                     r"(?:won|wins|beat|beats|defeated|been elected|was elected|claimed|"
                     r"clinched|took|triumphed|swept|became)\b)")  # ("Lewis Byrne became the
# first debutant in 14 years to win the World Darts Championship after beating ...": trial
# AG, stop 46, got no short answer)



# Who scored for the winners is no one of the side beaten: "Who scored Riverside Rovers'
# winning try?" was shown "Ashcombe" of "a 27-24 victory over Ashcombe" (trial J, stop 44).
_ASKS_SCORER = re.compile(r"^who\s+(?:scored|kicked|netted|converted|struck|grabbed|got)\b",
                          re.IGNORECASE)
_OVER_BEFORE = re.compile(r"\b(?:(?:victory|win|triumph|success)\s+over|defeat\s+of)\s+"
                          r"(?-i:(?:[a-z][\w\-]*\s+){0,3})$", re.IGNORECASE)
# (what the beaten one is may come between, and the winner is not the one beaten: "Connor
# Blake won the Northern Masters darts title ... with a thrilling 11-9 victory over defending
# champion Ruud van der Berg" was shown the one beaten for who won: trial CS, stop 51)


def the_other_side(question: str, before: str) -> bool:
    """Whether the span after ``before`` names the side the question does not ask for
    (see _ASKS_BEATEN and _ASKS_SCORER)."""
    q = question.strip()
    return bool((_ASKS_BEATEN.match(q) and _WINNER_BEFORE.search(before))
                or ((_ASKS_WINNER.match(q) or _ASKS_SCORER.match(q))
                    and (_LOSER_BEFORE.search(before) or _OVER_BEFORE.search(before)))
                or (_ASKS_SECOND.match(q) and _WON_BY_BEFORE.search(before)))


# Who came second is not who won: "Who came second in the men's elite race...?" was shown
# "Tom Garside" of "The men's elite race was won by Tom Garside" (trial DC, stop 51).
_ASKS_SECOND = re.compile(r"^(?:who|which \w+)\s+(?:came|finished|was|were|placed)\s+"
                          r"(?:second|runner-up|runners-up)\b", re.IGNORECASE)
_WON_BY_BEFORE = re.compile(r"\b(?:won by|winner,?|champion,?)\s+(?:the\s+)?$", re.IGNORECASE)


# Who beat someone the question names: "Who beat Mardy Fish...?" ("Spain's Rafael Nadal beats
# Andy Roddick... Spain lead 1-0 after Carlos Moya beat Mardy Fish": Carlos Moya).
_BEATEN_ASKED = re.compile(r"^\s*(?i:(?:who|which\s+\w+)\s+(?:beat|defeated|overcame|knocked out|"
                           r"eliminated|thrashed|edged|saw off)\s+(?:the\s+)?)"
                           r"(?P<who>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)")


def winner_of(question: str, quote: str, at: int) -> tuple[int, int] | None:
    """Where ``quote`` names the winner a "who won" question asks for, when the span at
    ``at`` is the one beaten: before the beaten one the question names, or else before
    the span; None when no such name is there."""
    if not _ASKS_WINNER.match(question.strip()):
        return None
    beaten = _BEATEN_ASKED.match(question)
    if beaten:
        said = quote.find(beaten.group("who").split()[-1])
        if said < 0 or not _LOSER_BEFORE.search(quote[:said]):
            return None
        at = said
    won = _winner_before(quote[:at])
    return None if won is None or quote[won[0] : won[1]] in question else won


def _winner_before(before: str) -> tuple[int, int] | None:
    """Where ``before`` names the winner: the capitalised words before a verb of winning,
    less an owner ("Ukraine's")."""
    won = list(_WINNER.finditer(before))
    if not won:
        return None
    start, end = won[-1].span()
    owner = re.match(r"[\w\-]+['’]s\s+(?=[A-Z])", before[start:end])
    return (start + owner.end() if owner else start), end


# Who a price is for: adults, children, pensioners, students, families. A price asked for one
# group ("How much does a child's ticket to Thornbury Zoo cost?") and a sentence giving only
# another's ("Adult tickets rose from £18.50 to £19.75 in April": trials JC, JD and JF of stop
# 57 were shown the adults' price for a child's, a pensioner's and a child's plan).
_GROUPS = {
    "adult": r"adults?",
    "child": r"child(?:ren)?|kids?|juniors?|under-1\d\s?s?|under-1\d's|under-1\ds",
    # (or "a state pension": "£15 a year, or £5 for those on Universal Credit or a state
    # pension" for a pensioner's, trial ABY of stop 73 "Not sure")
    "pensioner": r"pension(?:ers?)?|seniors?|over-6\d\s?s?|over-6\ds|OAPs?|concessions?",
    "student": r"students?",
    "family": r"famil(?:y|ies)",
}
_GROUP_SAID = {group: re.compile(rf"\b(?:{words})(?:['’]s?)?(?![\w\-])", re.IGNORECASE)
               for group, words in _GROUPS.items()}
_A_PRICE = re.compile(r"[$£€]\s?\d")


def the_other_group(question: str, quote: str, start: int, end: int) -> bool:
    """Whether ``question`` asks a price for one group (see _GROUPS), the short answer at
    ``quote[start:end]`` is a price that its clause says is another group's, and ``quote``
    does not name the group asked."""
    asked = [g for g, said in _GROUP_SAID.items() if said.search(question)]
    price = re.sub(r"^(?:about|around|nearly|almost|up to|just)\s+", "", quote[start:end])
    if len(asked) != 1 or not _A_PRICE.match(price):
        return False
    clauses = re.split(r"[,;.:]\s|\b(?:while|with|and|but)\s", quote[:start])
    # (the clause of a price compared is the clause it is compared with: "Adult tickets now
    # cost £6.50, up from £5 last year", the README check of 3340dfe)
    before = " ".join(clauses[-2:]) if len(clauses) > 1 and _COMPARED.match(clauses[-1]) else (
        clauses[-1])
    after = re.split(r"[,;.:](?:\s|$)|\s(?:while|with|and|but)\b", quote[end:])[0]
    clause = f"{before} {after}"
    if _GROUP_SAID[asked[0]].search(quote):
        # (the group asked has a price of its own in the sentence, unless the question asks
        # the time this price is said of: "... up from £5 last year, while children under 16
        # swim for £3" for a child's ticket last year, shown "£5")
        times = re.findall(r"\blast\s+(?:year|season|summer)\b|\b(?:19|20)\d\d\b", question)
        if not any(t in clause for t in times):
            return False
    return any(_GROUP_SAID[g].search(clause) for g in _GROUPS if g != asked[0])


def price_of_the_group_asked(question: str, quote: str, start: int,
                             end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the one price whose clause names the group ``question`` asks a
    price for (see _GROUPS), when the price at ``quote[start:end]`` is in another group's
    clause ("An adult day pass costs £14, while a junior pass is £9." for a child's day
    ticket: trial OF of stop 60 was shown "£14"); else None."""
    asked = [g for g, said in _GROUP_SAID.items() if said.search(question)]
    if len(asked) != 1:
        return None
    # (a figure's point or comma within a clause: "Adult tickets cost £16.50 and children's
    # tickets £11" for a child's, trial AAG of stop 71 shown "£16.50")
    clauses = [(m.start(), m.end()) for m in re.finditer(r"(?:[^,;.:]|(?<=\d)[.,](?=\d))+?"
                                                         r"(?=[,;.:](?:\s|$)|\s(?:while|"
                                                         r"and|but)\s|$)", quote)]

    def group_of(at: int) -> set[str]:
        clause = next(((a, b) for a, b in clauses if a <= at < b), None)
        said = quote[clause[0] : clause[1]] if clause else ""
        return {g for g, words in _GROUP_SAID.items() if words.search(said)}

    if asked[0] in group_of(start) or not group_of(start) and not re.search(
            r",\s+with\s+(?:a|an)\s+(?:reduced|discounted|concession(?:ary)?|lower|cheaper)\s+"
            # (or "or" another price for a group: "cost £12, or £6 for under-18s" for an
            # under-18 ticket, trial ABU of stop 73 shown "£12")
            r"|^[$£€]?[\d,.]+(?:\s+(?:a|per)\s+[a-z]+)?,\s+or\s+[$£€]\d[\d,.]*\s+for\b",
            quote[start:]):
        return None  # (or none, another's said after it "with a reduced fare": "A single fare
        # will be £4, with a reduced fare of £2.50 for students", trial AAP of stop 71)
    prices = [m for m in re.finditer(r"[$£€]\d(?:[\d,.]*\d)?", quote)
              if asked[0] in group_of(m.start())]
    return prices[0].span() if len(prices) == 1 else None


# Two groups' prices and, respectively, the two they rose from: "Tickets are £9 for adults and
# £5 for children, up from £7.50 and £4 last season" (trial AAI of stop 71 was shown "£4" for
# the adult's last season; "£14 for adults and £9 for children, up from £12 and £8 last year",
# trial ZT of stop 70).
_PRICE = r"[$£€]\d(?:[\d,.]*\d)?"
_TWO_PRICES_AND_BEFORE = re.compile(
    rf"(?P<a1>{_PRICE})\s+(?:for|per)\s+(?P<g1>[\w'’\-]+(?:\s+[\w'’\-]+)?)\s+and\s+"
    rf"(?P<a2>{_PRICE})\s+(?:for|per)\s+(?P<g2>[\w'’\-]+(?:\s+[\w'’\-]+)?),?\s+"
    rf"(?:up|down|rising|falling|compared)\s+(?:from|with)\s+(?P<b1>{_PRICE})\s+and\s+"
    rf"(?P<b2>{_PRICE})")
_ASKS_THE_PRICE_BEFORE = re.compile(r"\b(?:last|previous)\s+(?:year|season|summer|winter)\b|"
                                    r"\bbefore\b|\b(?:19|20)\d\d\b|\b(?:used\s+to|previously)\b",
                                    re.IGNORECASE)


def price_of_the_group_and_time(question: str, quote: str, start: int,
                                end: int) -> tuple[int, int] | None:
    """Where ``quote`` gives the price of the group ``question`` asks for (see _GROUPS), of the
    time it asks (before, or now), among two groups' prices and the two they came from (see
    _TWO_PRICES_AND_BEFORE), when the price at ``quote[start:end]`` is another of the four;
    else None."""
    asked = [g for g, said in _GROUP_SAID.items() if said.search(question)]
    said = _TWO_PRICES_AND_BEFORE.search(quote)
    if len(asked) != 1 or said is None:
        return None
    groups = [g for g in ("g1", "g2") if _GROUP_SAID[asked[0]].search(said.group(g))]
    if len(groups) != 1:
        return None
    which = ("b" if _ASKS_THE_PRICE_BEFORE.search(question) else "a") + groups[0][1]
    spans = [said.span(k) for k in ("a1", "a2", "b1", "b2")]
    if said.span(which) == (start, end) or not any(a <= start < b for a, b in spans):
        return None
    return said.span(which)


_COMPARED = re.compile(r"^(?:(?:up|down|rising|falling|rose|fell|increased|reduced|cut)\s+)?"
                       r"(?:from|compared\s+with|against)\s*$")


# A sum said of several things, and a question asking of one of them: "a further £1.2m on a
# new café, a larger car park and a children's play area" for "How much will Greenacre spend
# on the new café alone?", "£400,000 creating new reedbeds, two bird hides and a 2km
# footpath" for the two bird hides (trials JZ, JX and JN of stop 57 were shown the whole).
_SPENT_ON = re.compile(r"(?:\s+(?:a|per)\s+(?:year|month|week))?"
                       # (or "was spent on", "to buy": "A further £180,000 was spent on
                       # renovations, including a new kitchen, a rethatched roof and accessible
                       # toilets" for the kitchen's cost, "raising £12,000 to buy a set of rollers
                       # and a club trailer and to put on a junior race series" for the
                       # trailer's, trials WG and WN of stop 67)
                       r"(?:\s+(?:was|were|is|will be|has been|had been)\s+spent)?"
                       r"(?:\s+(?:on|towards|creating|building|buying|replacing|installing|to buy|"
                       r"to pay for)"
                       # (or what it includes: "The scheme will cost £86,000, including new
                       # signs, road markings and two speed-activated warning signs" for the
                       # warning signs, trial XV's near miss of stop 68)
                       r"|,\s+including)\s+(?P<items>[^.;:$£€\d]+)")
# A general word then what it includes: "on renovations, including a new kitchen, ...".
_INCLUDING_ITEMS = re.compile(r"^[\w'’\- ]+,\s+including\s+")
_NOT_AN_ITEM = re.compile(r",\s+(?:which|who|whose|where|when|with|while|but|including|after|"
                          r"before|as|from|said|according|and\s+(?:is|was|will|has|had)"
                          # (nor another deed: ", and took in £71,500 in rents", trial ABX of
                          # stop 73 refused "£31,000 on new water troughs and fencing")
                          r"|and\s+(?:took|received|earned|made|raised|collected|spent|paid|"
                          r"gave|got|sold|bought|won|lost)"
                          # (nor another time's sum: ", up from £12,000 this year", the README
                          # check of 65a7027 refused "£45,000 on new signs and a tide siren")
                          r"|(?:up|down)\s+from|compared|against)\b"
                          r"|\s+and\s+(?:a\s+)?(?:further|another|the\s+rest|the\s+remaining)\b"
                          # (nor what is said of the sum after: ", money raised partly by the
                          # school's parent association", trial FK of stop 54)
                          r"|,\s+(?:[a-z]+\s+){0,2}(?:raised|paid|funded|given|donated|spent|"
                          r"collected)\b")
_ITEM_WORDS = re.compile(r"[^\W\d_]{4,}")
_NOT_THINGS = frozenset("with from into over that this their there these those such than "
                        "much many more most cost costs spend spent paid will would could "
                        "should about around alone only just each new".split())
# (nor what is done to the whole: "refurbish" of "refurbished changing rooms" for what the
# council paid to refurbish the ice rink, trial JL of stop 57)
_DONE_TO_THE_WHOLE = re.compile(r"^(?:refurb|repai|build|built|resto|impro|renov|upgra|repla|"
                                r"insta|creat|devel|expan|exten|rebui|conve)")


def _listed(items: str) -> list[str]:
    """The things of a list "A, B and C" (not a name's "and": "Newark and Sherwood District
    Council's costs", trial IP of stop 56)."""
    return [p for p in re.split(r",\s+(?:and\s+)?|\s+and\s+(?![A-Z])", items.strip())
            if p.strip()]


def a_sum_of_several(question: str, quote: str, end: int) -> bool:
    """Whether the sum ending at ``quote[end]`` is said to be spent on several things
    (see _SPENT_ON), and ``question`` names some of them but not all."""
    said = _SPENT_ON.match(quote, end)
    if said is None or not re.search(r"[$£€]", quote[max(0, end - 12) : end]):
        return False
    listed = _INCLUDING_ITEMS.match(said.group("items"))
    items = _NOT_AN_ITEM.split(said.group("items")[listed.end() if listed else 0 :])[0]
    if " and " not in items:
        return False
    # (not the whole's words: "The club ... is raising £12,000 to buy ... a club trailer" for
    # what the club is raising)
    return _names_some_of_several(question, _listed(items), quote[:end])


def _names_some_of_several(question: str, parts: list[str], whole: str = "") -> bool:
    """Whether ``parts`` are several things (three or more, "A, B and C"; two only when one is
    asked "alone": not "£85,000 on a new wood-fired oven and plans to open a second shop",
    trial GP of stop 55) and ``question`` names some of them but not all, by their words (their
    first five letters; not those of ``whole``, the words said before the sum)."""
    if len(parts) < 3 and not (len(parts) == 2 and _ALONE.search(question)):
        return False
    asked = {w[:5] for w in _ITEM_WORDS.findall(question.lower())
             if w not in _NOT_THINGS and not _DONE_TO_THE_WHOLE.match(w)} - {
        w[:5] for w in _ITEM_WORDS.findall(whole.lower())}
    named = [any(w[:5] in asked for w in _ITEM_WORDS.findall(p.lower()) if w not in _NOT_THINGS)
             for p in parts]
    return any(named) and not all(named)


# ... or several things said before the sum they cost together: "Three kissing gates, waymarkers
# and a new timber footbridge over Wenlow Brook cost £11,400" for what the footbridge cost on
# its own (trial AEM of stop 76 was shown the whole).
_COST_TOGETHER = re.compile(r"(?:^|[.;:]\s+)(?P<items>[^.;:$£€]+?)\s+(?:cost|costs|together "
                            r"cost|between them cost)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?"
                            r"(?=[$£€]\d)")


# (a whole described, not a list: "The stand, which includes a pump, a set of tools ... and a
# hanger", "Setting up the zone, including signs, road markings and two new pay-and-display
# machines,", "a mains water supply with four standpipes", found replaying trials ABJ, AAN and
# ADQ)
_A_WHOLE_DESCRIBED = re.compile(r"\b(?:which|that|who|whose|including|includes|included|with|"
                                r"made|by|has|have|had|is|are|was|were|will|to|its|their|said|"
                                r"says|named|came|from|outside|opposite|near|beside|behind)\b|\d",
                                re.IGNORECASE)  # (nor a place or a speaker: "The signal-controlled
# crossing, outside the Co-op and opposite St Anne's Primary School,", "Farm manager Priya
# Chauhan, 38, said the alpacas, named Bramble and Biscuit, came from a breeder in Leek and",
# trials ABZ and UF, replayed)


def several_costed_together(question: str, quote: str, at: int) -> bool:
    """Whether the sum at ``quote[at:]`` is said to be what several things cost together,
    listed before it (see _COST_TOGETHER), and ``question`` names some of them but not all."""
    said = next((m for m in _COST_TOGETHER.finditer(quote) if m.end() == at), None)
    if said is None or " and " not in said.group("items") or _A_WHOLE_DESCRIBED.search(
            said.group("items")):
        return False
    return _names_some_of_several(question, _listed(said.group("items")))


_ALONE = re.compile(r"\b(?:alone|on its own|on their own|by itself|by themselves|just|only)\b",
                    re.IGNORECASE)


# Two kinds of a thing priced in one sentence, the second's noun left out: "A single scoop
# costs £3.20 and a double £4.90" (trial ADS of stop 75 was shown "£3.20" for a double scoop),
# "A full plot costs £45 a year and a half plot £25" (trial ADQ shown "£45" for a half plot).
_TWO_KINDS_PRICED = re.compile(r"(?P<first>(?:[A-Za-z][\w\-]*\s+){1,3}?)(?:costs?|is|are|was|"
                               r"were)\s+(?P<a>[$£€]\d[\d,.]*)(?:\s+(?:a|per|each)\s+[a-z]+)?,?\s+"
                               r"(?:and|while|with|but)\s+(?:a|an|the)\s+"
                               r"(?P<second>(?:[a-z][\w\-]*\s+){1,3}?)(?P<b>[$£€]\d[\d,.]*)")
_ARTICLES = frozenset("a an the".split())


def price_of_the_kind_asked(question: str, quote: str, start: int,
                            end: int) -> tuple[int, int] | None:
    """Where ``quote`` prices the kind ``question`` asks when two kinds are priced in one
    sentence and the sum at ``quote[start:end]`` is the other's (see _TWO_KINDS_PRICED); the
    kinds told apart by the words before the first's noun and the second's; else None."""
    asked = {w.lower() for w in re.findall(r"[\w\-]+", question)}
    for m in _TWO_KINDS_PRICED.finditer(quote):
        first = [w.lower() for w in m.group("first").split() if w.lower() not in _ARTICLES]
        second = {w.lower() for w in m.group("second").split()}
        ours = set(first[:-1]) - second  # (its noun, the last word, is the second's too)
        theirs = second - set(first)
        if not ours or not theirs:
            continue
        if m.start("a") <= start < m.end("a") and theirs & asked and not ours & asked:
            return m.span("b")
        if m.start("b") <= start < m.end("b") and ours & asked and not theirs & asked:
            return m.span("a")
    return None
