"""Where a team or a player finished, asked of a season or a year: "Where did Castlebridge
women's first team finish in the league the season before last?"

News tells a placing by a verb and an ordinal ("finished seventh", "came 11th", "having come
second"), and tells which season by words beside it ("last season", "the season before", "in
2023"). Often two placings share a sentence: "The women's first team finished fourth in the
regional premier league last season, having come second the season before". The readers
mark a place name for "Where...?" (a town, the venue), or nothing, so sixteen of the kept
trials' eighteen such questions were refused or shown a town (stop 66).

:func:`place_here` finds the placing of the season asked in a sentence; the clause around
each placing (up to a comma, a semicolon or "and") tells its season, and "the season before"
is the one before the season the sentence names otherwise ("last season ..., having come
second the season before": the season before last).
"""

from __future__ import annotations

import re

__all__ = ["ASKS_A_PLACING", "place_here", "placed_otherwise"]

# A placing asked: "Where did X finish...?", "In what position did X end last season?" (not
# "Where did the finals take place?")
ASKS_A_PLACING = re.compile(
    r"^\s*(?:where|(?:in\s+)?(?:what|which)\s+(?:position|place))\b"
    r"(?=.*\b(?:finish|finished|end|ended|come|came|(?<!take )(?<!took )(?<!taking )place|"
    r"placed)\b)", re.IGNORECASE)

_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
            r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
            r"nineteenth|twentieth|\d{1,3}(?:st|nd|rd|th)|runners?-up)")
# The verb and the ordinal: "finished seventh", "came 11th", "having come second", "ended the
# season fifth" (not "the fourth round", "second place finish": no verb before them).
_PLACED = re.compile(r"\b(?:finish(?:ed|es|ing)?|came|come|coming|end(?:ed|ing)?(?:\s+the\s+"
                     r"(?:season|year|campaign))?|placed)\s+(?:joint[\s\-]+)?"
                     rf"(?P<place>{_ORDINAL})\b(?!\s+(?:round|time|leg|day|game|match))",
                     re.IGNORECASE)

# Seasons, counted back from the one the story is about (0): last season -1, the season
# before last -2. "The season before" is the one before the season the sentence names
# otherwise, else the one before the story's.
_BEFORE_LAST = re.compile(r"\b(?:the\s+)?(?:season|year)\s+before\s+last\b|\btwo\s+(?:seasons|"
                          r"years)\s+ago\b", re.IGNORECASE)
_LAST = re.compile(r"\blast\s+(?:season|year)(?:['’]s)?\b|\b(?:the\s+)?previous\s+(?:season|"
                   r"year)\b", re.IGNORECASE)
_THE_ONE_BEFORE = re.compile(r"\bthe\s+(?:season|year|one)\s+before\b(?!\s+last\b)",
                             re.IGNORECASE)
_THIS = re.compile(r"\bthis\s+(?:season|year)(?:['’]s)?\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLAUSE_END = re.compile(r"[,;]|\s+and\s+|\s+while\s+|\s+but\s+")


def _season_asked(question: str) -> int | str | None:
    """The season ``question`` asks a placing of: 0, -1, -2 back, a year ("2023"), or None
    when it names none (read as a clause is, no other season beside it)."""
    return _season_said(question, "")


def _season_said(clause: str, sentence: str) -> int | str | None:
    """The season a placing's ``clause`` of ``sentence`` tells, as :func:`_season_asked`."""
    if _BEFORE_LAST.search(clause):
        return -2
    if _THE_ONE_BEFORE.search(clause):
        return -2 if _LAST.search(sentence) else -1
    if _LAST.search(clause):
        return -1
    if _THIS.search(clause):
        return 0
    year = _YEAR.search(clause)
    return year.group() if year else None


def _season_of(placed: re.Match[str], text: str) -> int | str | None:
    """The season the clause of ``text`` holding ``placed`` tells (see :func:`_season_said`)."""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, placed.start())]
    end = _CLAUSE_END.search(text, placed.end())
    return _season_said(text[starts[-1] if starts else 0 : end.start() if end else len(text)],
                        text)


def _placings(text: str) -> list[tuple[re.Match[str], int | str | None]]:
    """Each placing ``text`` gives, with the season its clause tells (None: none)."""
    return [(placed, _season_of(placed, text)) for placed in _PLACED.finditer(text)]


def place_here(question: str, text: str, article: str | None = None) -> tuple[int, int] | None:
    """Where sentence ``text`` gives the placing ``question`` asks for (see the module's
    description), or None: of the season asked, or, when the question names none, the one
    placing the sentence gives. With ``article`` (the text read of the sentence's article,
    its title too), only when it says every capitalised word the question has: "Last year
    the band finished fifth" of a regional contest is no answer to "Where did Ravensworth
    Colliery Band finish at last year's National Brass Band Championships?" (trial MV)."""
    if not ASKS_A_PLACING.search(question):
        return None
    if article is not None:
        words = {w.lower().rstrip("s") for w in re.findall(r"[\w\-]+", article)}
        if any(w.lower().rstrip("s") not in words
               for w in re.findall(r"(?<=\s)[A-Z][\w\-]*", question)):
            return None
    asked = _season_asked(question)
    placings = _placings(text)
    if asked is None:
        return placings[0][0].span("place") if len(placings) == 1 else None
    if len(placings) == 1 and placings[0][1] is None:
        # (the one placing of a sentence told by the season it names: "Last season, the team
        # finished fifth.")
        placings = [(placings[0][0], _season_said(text, text))]
    return next((placed.span("place") for placed, said in placings if said == asked), None)


def placed_otherwise(question: str, text: str) -> bool:
    """Whether ``text`` gives placings, each of a season it names, none of the season
    ``question`` asks a placing of ("Dunmere finished ninth in the league last season" for
    "Where did Dunmere Town finish the season before last?")."""
    if not ASKS_A_PLACING.search(question):
        return False
    asked = _season_asked(question)
    placings = _placings(text)
    return (asked is not None and bool(placings)
            and all(said is not None and said != asked for _, said in placings))
