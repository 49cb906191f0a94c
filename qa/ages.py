"""Whether a sentence gives the age a question asks for.

"How old is Jane Smith?" is answered only from a sentence whose reader's span is an age
("Smith, 42,", "the 61-year-old", "aged 76", "in his 60s") of the person asked about, as
asked (now, or when something was done): not another's age said beside theirs, the age of
one beaten or described, a figure said as something else ("which employs 640", "after 26
years", "who made 74"). Each check is a function or a regular expression named for what it
checks, beside a comment on the question that made it (:func:`gives_the_age` calls them;
:func:`qa.figures.gives_the_figure` calls it for an age asked). Pure functions of text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qa.forms import (
    AGE_WHEN,
    ASKS_FOR_AGE,
    DONE_BEFORE,
    FUNCTION_WORDS,
    NO_NAMES,
    NUMBER_IN_WORDS,
    age_asked_of_name,
)
from qa.rescues import (
    AS_A_CHILD,
    DESCRIBED_THEN_A_DEED,
    another_of_the_family,
    first_name_asked,
)
from qa.roles import of_another_part, role_words
from qa.subjects import fold, plain, question_names

if TYPE_CHECKING:
    from qa.reading import Judged

__all__ = ["AGED_AFTER_A_NAME", "AGE_IN_WORDS", "AT_THE_AGE_OF", "age_after_the_name_asked",
           "aged_by_another_noun",
           "age_of_the_one_replaced", "age_said_then", "gives_the_age", "is_an_age",
           "the_owners_age"]


# An age in words before "-year-old" ("nine-year-old Alfie Brennan": trial P, stop 45, was
# refused for the youngest donor's age).
AGE_IN_WORDS = NUMBER_IN_WORDS
# An age given (one asked for: qa.forms.ASKS_FOR_AGE): a whole number of at most three digits
# with no unit after it ("76", "76-year-old", "aged 76", "in his 60s"), or an age said in words.
# (Not a figure joined to a noun: "a new 40-bed ward" was shown for "How old is Dr Tom
# Keeling?" in trial H, stop 42.)
_SAID_AS_AN_AGE = re.compile(r"-?years?[\s\-]old|\baged\s", re.IGNORECASE)
_AGE = re.compile(r"(?<![\d.,$£€])\d{1,3}(?!\d|[.,]\d|\s*%|\s*(?!years?\b)[a-zA-Z£$]"
                  # (not a span of years: "the zoo's 61-year history", trial AA, stop 46)
                  r"|-(?!years?\b)[a-zA-Z]|-years?\s+(?!old\b)[a-z])"
                  # (or an age said as what someone is, and then what they do: "bass Emlyn
                  # Jenkins, is 89 and has sung with Cwm Ddu for 67 years", trial ME of stop
                  # 59, refused)
                  r"|(?:(?<=\bis )|(?<=\bwas )|(?<=\bnow ))\d{1,3}(?=\s+(?:and|but|when)\s)"
                  r"|\b\d0s\b|\byears? old\b|\b" + AGE_IN_WORDS + r"-years?-old\b"
                  r"|\baged\b|\bteens?\b|\b(twenties|thirties|forties|fifties|sixties|"
                  r"seventies|eighties|nineties)\b", re.IGNORECASE)


# News gives an age after the name it belongs to ("Gere, 55, greeted the crowd, accompanied by
# his wife Carey Lowell"): after another name than the one asked about, it is that person's
# age (a trial of stop 37: "How old is Carey Lowell, Richard Gere's wife?" showed "55"; "coach
# Somchai Wongsiri, a 52-year-old Thai" for a defender's age in another). A
# name the question gives as a relation ("Richard Gere's wife") is not the one asked about,
# nor any word of it ("How old is Sophie Marchetti's colleague?" showed her own "39" in the
# last trial of stop 40). Replayed: no news set nor any of 800 SQuAD answers changed.
_AGE_AFTER_NAME = re.compile(r"(?<![\w'’\-])([A-Z][\w'’\-]*),\s+(?:aged\s+|an?\s+|the\s+|"
                             r"who (?:is|was|turns|turned|is now|was then)\s+|now\s+|"
                             # (or "then": "by Jamie Holloway, then 14, and his friend Aisha
                             # Rahman, then 15" for Aisha's age, trial YK of stop 69 shown "14")
                             r"then\s+|"
                             # (or "is": "bass Emlyn Jenkins, is 89 and has sung" is no age of
                             # the choir's president, trial ME's near miss once "is 89 and"
                             # was read as an age, stop 63)
                             r"(?:is|was)\s+)?$")
# (or "the": "Robert Hollins, the 68-year-old founder," for "How old is Anne Hollins...?", trial
# GV of stop 55; or "who is": "The oldest, Walter Jessop, who is 94," for the captain Stephen
# Hale, trial NP of stop 60; or "now": "Peter Hollowell died in 2016; Anne, now 81," for his
# age when he died, trial NV)
_NAME_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’\-]*\s+){0,3}$")
_RELATION = re.compile(r"((?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*)['’]s\s+(?:wife|husband|son|daughter|"
                       r"father|mother|brother|sister|partner|girlfriend|boyfriend|widow|"
                       r"widower|child|children|fianc[eé]e?|parents?|colleague|team-?mate|"
                       r"friend|neighbou?r|boss|deputy|assistant|rival|opponent|predecessor|"
                       r"successor|coach|grand\w+|uncle|aunt|niece|nephew|cousin)s?\b")


def is_an_age(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an age said after a name ("Pilling, 57, apologised"):
    no answer to a question that does not ask an age (trial I, stop 42, was shown "57" for a
    chief executive's bonus and "31" for a rider's finishing time)."""
    return (bool(re.fullmatch(r"\d{1,3}", text[start:end].strip()))
            and bool(_AGE_AFTER_NAME.search(text[max(0, start - 60) : start]))
            and text[end : end + 1] in (",", ".", ";", ")"))


# An age said before a name ("84-year-old Gerald Mabey"), and a question naming whose age it
# asks ("How old is Tesfaye Bekele, the runner-up...?"): another's name there is another's
# age (trial P, stop 45, showed the oldest finisher's "84" for the runner-up's).
_AGED_BEFORE_NAME = re.compile(r"(?:\d{1,3}|(?i:" + AGE_IN_WORDS + r"))-year-old\s+"
                               # (a nation's or a place's word describing: "19-year-old Danish
                               # rider Mikkel Sørensen", trial MH of stop 59)
                               r"(?:(?:[a-z][\w\-]*|[A-Z][a-z]+(?=\s+[a-z]))\s+){0,3}?"
                               r"(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)"
                               r"(?=[,.;:]|\s*$|\s+(?:who|was|is|has|had|said|says|of|from|"
                               r"and|won|took|finished|completed|became|beat|at|in|near|"
                               r"with|over)\b)")  # ("The
# 21-year-old Blues prop": a side's name; "Seventeen-year-old Maisie Tredwell became...", her
# age, was shown for Karen Holt's: trial DC, stop 51)


# An age said of someone described ("The 26-year-old opener made 143 ..."), and the asked
# name said later beside another word ("... with captain James Whitlock"): the age is the
# one described's (trial Y, stop 46, showed "26" for the captain's age).
_AGED_DESCRIBED = re.compile(r"\d{1,3}-year-old(?:\s+[a-z][\w\-]*){1,3}(?=[\s,])")
# A common noun after capitalised words: they describe it ("British Under-16 chess champion").
_A_NOUN_AFTER = re.compile(r"\s+(?!(?:who|whom|whose|that|which|and|or|of|in|at|from|on|for|to|"
                           r"is|was|has|had|said|now|when|after|before)\b)[a-z]")
_NAMED_LATER = re.compile(r"\b(?:with|and|alongside|against|to|by|for|from|beside|behind|"
                          r"after|than)\s+(?:[a-z][\w\-]*\s+){0,2}(?:[A-Z][\w'’\-]*\s+)?"
                          r"([A-Z][\w'’\-]*)")


# An age said of the name just before it, described: "won by Tom Brennan, a 19-year-old
# student from Scarborough" (the README check of stop 49 was refused "How old is Tom Brennan?":
# the place after the age read as another's name).
_NAME_THEN_DESCRIBED = re.compile(r"([A-Z][\w'’\-]+),\s+(?:a|an)\s+$")



# An age when something was done ("joined as an apprentice at the age of 17"), and an age
# said after a name ("Jamie Rourke, 26,").
AT_THE_AGE_OF = re.compile(r"\b(?:at|from) the age of\s+$", re.IGNORECASE)
AGED_AFTER_A_NAME = re.compile(r"(?<=[a-z])\s+[A-Z][\w'’\-]+,\s+(\d{1,3}),")


# One beaten, said before their age ("ahead of 15-year-old Samuel Okoro"), and a question
# asking of them.
_BEATEN_BEFORE = re.compile(r"\b(?:ahead of|beat|beating|defeated|defeating|against|victory "
                            r"over|win over)\s+(?:[^,.;()]{0,30},\s+)?(?:the\s+)?$")
_ASKS_THE_BEATEN = re.compile(r"\b(?:runner-up|runners-up|second|beaten|defeated|opponent|"
                              r"rival|lost|losing)\b", re.IGNORECASE)


# A score said by its verb: no age.
# A figure said as what something rose or fell to or from ("risen to 87, from 62"), not an
# age range ("aged 5 to 11", "from 8 to 80").
_CHANGED_TO_BEFORE = re.compile(r"^(?!.*\baged\b).*\b(?:to|from)\s+$", re.IGNORECASE | re.DOTALL)
_MADE_BEFORE = re.compile(r"\b(?:made|scored|scoring|hit|took|carded|shot|posted|kicked)\s+$")


def _aged_after_the_name(question: str, before: str) -> bool:
    """Whether ``before`` (the text before an age) ends on a name of ``question``, then a
    comma and "a" or "an" (see _NAME_THEN_DESCRIBED)."""
    said = _NAME_THEN_DESCRIBED.search(before)
    return said is not None and fold(plain(said.group(1))) in {
        fold(plain(w)) for w in re.findall(r"[A-Z][\w'’\-]*", question)[1:]}


def _aged_another(question: str, text: str) -> bool:
    """Whether ``text`` opens on an age said before a name (see _AGED_BEFORE_NAME) that has
    no word of the name the question asks the age of, or of someone described, the asked name
    said later in the sentence (see _AGED_DESCRIBED)."""
    described = _AGED_DESCRIBED.match(text)
    if described is not None:
        sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
        # (the name the age is asked of, not one in a clause about them: "the hillwalker who
        # was lost on Glyder Fawr" is no "Fawr" said later: trial AJ, stop 47, refused)
        asked_of = re.split(r"\b(?:who|whom|whose|that|which)\b", question, maxsplit=1)[0]
        full = [m.group() for m in re.finditer(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)+", asked_of)
                if not _A_NOUN_AFTER.match(asked_of, m.end())]  # (not words describing one:
        # "the new British Under-16 chess champion", trial EL of stop 53, refused)
        name = {fold(plain(w)) for w in full[-1].split()} if full else set()
        if any(fold(plain(w)) in name for w in _NAMED_LATER.findall(sentence, described.end())):
            return True
        person = re.search(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)+\s*\??\s*$", asked_of)
        later = sentence[described.end() :]
        at = later.find(person.group().split()[0]) if person else -1
        if person and at > 0 and ("," in later[:at] or len(later[:at].split()) > 3) and {
                fold(plain(w)) for w in person.group().rstrip("? ").split()} <= {
                fold(plain(w)) for w in re.findall(r"[A-Z][\w'’\-]*", later)}:
            return True  # (the person asked named later, not just after: "The 24-year-old
            # from Kendrick ... crossed the line half a wheel ahead of Belgian rider Pieter
            # Vanmol" showed "24" for Vanmol's age, trial DL of stop 52)
    asked = age_asked_of_name(question)
    if asked == question and not re.match(r"^\s*(?i:how old|what age) (?i:is|was|are|were) "
                                          # (after a trade: "jockey Callum Reardon, who won
                                          # ...", trial EK of stop 53 shown the trainer's;
                                          # or a body's role: "Hartwell Flower Show chairman
                                          # Colin Whitlock", trial MG of stop 59 shown "nine"
                                          # of "nine-year-old Alfie Brennan")
                                          r"(?:(?:[A-Z][\w'’\-]*\s+){1,4}(?=(?:[a-z][\w\-]*"
                                          r"\s+){1,2}[A-Z]))?(?:[a-z][\w\-]*\s+){0,2}"
                                          r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s*(?:\?|,)",
                                          question):
        return False  # no person named first
    said = _AGED_BEFORE_NAME.match(text)
    if said is None:
        return False
    names = {fold(plain(w)) for w in asked.split()[3:]}
    return not names & {fold(plain(w)) for w in said.group("name").split()}


_NAMED_IN_FULL = re.compile(r"(?i:how old|what age) (?i:is|was) (?:[A-Z][\w'’\-]*\s+)+"
                            r"[A-Z][\w'’\-]*\s*\?")


# A person named last in a question, in two words or more, after their role ("... finance
# director Ruth Castle?"; not "the skipper of the Morwenna Rose?").
_PERSON_LAST = re.compile(r"\b([a-z][\w\-]*)\s+((?:[A-Z][\w'’\-]+\s+)+[A-Z][\w'’\-]+)\s*\?\s*$")


# A relative named just before the name an age follows ("with his son Jory, 24,"), and a
# question asking of a relative.
_KIN = (r"son|daughter|wife|husband|partner|brother|sister|father|mother|grandson|granddaughter|"
        r"grandfather|grandmother|nephew|niece|uncle|aunt|stepson|stepdaughter")
_KIN_JUST_BEFORE = re.compile(rf"\b(?:his|her|their)\s+(?:{_KIN})s?,?\s+$", re.IGNORECASE)
_KIN_ASKED = re.compile(rf"\b(?:{_KIN})s?\b", re.IGNORECASE)


def _age_of_another(question: str, before: str, context: str = "", sentence: str = "") -> bool:
    """Whether the age that follows ``before`` is said after a name that the question does
    not ask about (see _AGE_AFTER_NAME; the age said after the asked name, cited first, is
    :func:`qa.rescues.aged_here`). Not when the role asked is said just before that name
    ("The group's chairman, retired headteacher Margaret Bellis, 71," for "How old is the
    chairman of the Save Oakhanger Fields campaign?"), nor when ``context`` (its article's
    title and the sentence up to the age) says every name the question has ("Daniel
    Horrocks, 34, ... died at the Greenway plant", titled "... at Wakefield plant", for "How
    old was the worker killed at the Wakefield recycling plant?": trial K, stop 44, refused
    both)."""
    said = _AGE_AFTER_NAME.search(before)
    if said is None:
        return False
    owned = _OWNER_OF_THE_ONE_ASKED.match(question.strip())
    run_said = _NAME_RUN_BEFORE.search(before, 0, said.start(1))
    said_whole = [*(run_said.group().split() if run_said else []), said.group(1)]
    if owned and {fold(plain(w)) for w in owned.group(1).split()} <= {
            fold(plain(w)) for w in said_whole}:
        return True  # the owner's age, not the one asked by whose they are: "Fundraising
        # manager Helen Crossley, 39," for "How old is Whitby fundraising manager Helen
        # Crossley's deputy?" (the README check of fd678e6)
    kin_before = _KIN_JUST_BEFORE.search(before, 0, said.start(1))
    if kin_before is not None and first_name_asked(question_names(question),
                                                   fold(plain(said.group(1))), before):
        return False  # the relative asked by first and family name (see first_name_asked)
    if kin_before is not None and not _KIN_ASKED.search(question):
        return True  # a relative's age: "Skipper Martin Hosking, who fishes ... with his son
        # Jory, 24," for the skipper's (trial OE of stop 60 was shown "24")
    roles = role_words(question)
    told = sentence.find(said.group()) if said.group().endswith("the ") else -1
    described = re.match(r"\d{1,3}-year-old((?:\s+[\w\-]+){1,3})",
                         sentence[told + len(said.group()) :]) if told >= 0 else None
    if described and roles & {w.lower() for w in re.findall(r"[\w\-]+", described.group(1))}:
        return False  # the role asked said of the name: "Harold Mercer, the 59-year-old owner
        # of Mercer's Family Grocers" (trial GN of stop 54)
    asked_as = _DESCRIBED_AS.match(question.strip())
    if asked_as and re.search(rf"(?<![\w\-]){re.escape(asked_as.group(1))},?\s+$",
                              before[: run_said.start() if run_said else said.start(1)],
                              re.IGNORECASE):
        return False  # the one asked, described so just before the name: "Its longest-serving
        # volunteer, Joan Whitaker, 88," for "How old is the longest-serving volunteer at the
        # Bramford hospice shop?" (trial VD of stop 66, refused)
    most = _MOST_ASKED.search(question)
    if most and re.search(rf"\b{most.group()}\b", before[-80:], re.IGNORECASE):
        return False  # the one said as the most asked: "The oldest finisher was retired postman
        # Dennis Overy, 81," for the oldest rider (trial FQ of stop 54, refused)
    deed = re.search(r"\b(?:who|whose)\s+(.+?)\??$", question)
    done = {w.lower() for w in re.findall(r"[\w'’\-]+", deed.group(1))} - FUNCTION_WORDS - {
        "going", "said", "says"} if deed else set()
    after = sentence[sentence.find(said.group(1)) :] if said.group(1) in sentence else ""
    named_who = re.search(r"([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)+),?\s+who\b", question)
    if len(done & {w.lower() for w in re.findall(r"[\w'’\-]+", after)}) >= 2 and not (
            named_who and said.group(1) not in named_who.group(1)
            and set(named_who.group(1).split()) <= set(re.findall(r"[\w'’\-]+", after))):
        return False  # the deed asked said of the name ("Tom Wragg, 17, ... will read law at
        # Durham" for "How old is the Hallam Park pupil who is going to read law at
        # Durham?": trial L, stop 44, refused); not when the one asked is named there, the
        # deed theirs ("played by Maisie Chen, 22, ..., with Daniel Okoye as Prince Charming"
        # for "How old is Daniel Okoye, who plays Prince Charming...?", trial MC of stop 59)
    run = _NAME_RUN_BEFORE.search(before, 0, said.start(1))
    ahead = {w.lower() for w in re.findall(r"[\w'’\-]+", before[: run.start() if run else
                                                                said.start(1)])[-8:]}
    person = _PERSON_LAST.search(question)
    if roles & ahead and not (person and person.group(1) in roles and fold(plain(
            said.group(1))) not in {fold(plain(w)) for w in person.group(2).split()}):
        return False  # (unless the question names another holder last: "Gareth Dunmore, 61,"
        # after "managing director" for "How old is Dunmore & Sons' finance director Ruth
        # Castle?", trial FM of stop 54)
    whole, question = question, age_asked_of_name(question)
    described = DESCRIBED_THEN_A_DEED.match(question.strip())
    if described is not None:
        question = described.group()  # (the names after the deed are others': "How old is the
        # developer accused of bribing the Haverleigh planning officer?" of "The developer,
        # Keith Raddon, 60, of Haverleigh," trial EL of stop 53, refused)
    relations = {fold(w) for name in _RELATION.findall(question) for w in name.split()}
    asked = {w for name in question_names(question) for w in name} - relations
    owners = _OWNING.findall(question)
    if owners and (named := {w for name in question_names(_OWNING.sub(" ", question))
                             for w in name}):
        asked = named - relations  # (not a name owning the one asked: "Dean Carver, 38," for
        # "How old is Dean Carver's barrister Simon Keele?", trial DV of stop 52)
    owner = fold(plain(said.group(1)))
    if owner in asked and another_of_the_family(whole, owner, run.group().split() if run else [],
                                                before[: run.start() if run else said.start(1)]):
        return True  # "Tom Hollins, 54," for "How old is Rachel Hollins?", "Mrs Dunmore, 52,"
        # for her husband Paul Dunmore (trials EL and EG of stop 53)
    if (asked and owner not in asked and _NAMED_IN_FULL.fullmatch(question.strip())
            and asked <= {fold(plain(w)) for w in re.findall(r"[\w'’\-]+", before[
                max(0, before.rfind(". ")) :])}):
        return True  # the asked one named before another, whose age this is: "Ellie Macrae, a
        # pupil at Forthbridge Academy, beat the defending champion, Hannah Okafor, 24," (trial
        # DG, stop 51, showed "24" for Ellie Macrae's age)
    last = _NAME_ASKED_LAST.match(question.strip())
    named_last = {fold(plain(w)) for w in last.group(1).split()} if last else set()
    if last and not re.search(r"\b(?:of|at|for|in|from|with|on|to|by)\s+$",
                              question.strip()[: last.start(1)], re.IGNORECASE) and (
            owner not in named_last) and named_last <= {fold(plain(w)) for w in re.findall(
                r"[\w'’\-]+", before[max(0, before.rfind(". ")) :])}:
        return True  # the one asked by the name ending the question, named before another,
        # whose age this is: "Dunmere Primrose, a Hereford heifer shown by Ewan Trask, 43," for
        # "How old is the Hereford heifer Dunmere Primrose?" (trial WI of stop 67 shown "43");
        # not a body's name, "the commodore of Carrick Bay Sailing Club" (trial VZ, replayed)
    clause = max(before.rfind("; "), before.rfind(" and by "), before.rfind(", and "))
    if (asked and owner not in asked and clause >= 0
            and asked <= {fold(plain(w)) for w in re.findall(r"[\w'’\-]+", before[:clause])}
            and not asked & {fold(plain(w)) for w in re.findall(r"[\w'’\-]+", before[clause:])}):
        return True  # the one asked named in a clause before another's, whose age this is:
        # "Peter Hollowell died in 2016; Anne, now 81," (trial NV of stop 60 was shown "81");
        # "by the mayor of Halsworth, Councillor Derek Ashby, and by Paralympic climber Laura
        # Finch, 27," (trial OF)
    if asked and asked <= {fold(plain(w)) for w in re.findall(r"[\w'’\-]+", context)}:
        return False  # (the names said after the age are not read: "Gere, 55, ..., accompanied
        # by his wife Carey Lowell" gives no age of hers)
    if run and asked & {fold(plain(w)) for w in run.group().split()}:
        return False  # "Fiona Calloway, 49," for "Andrew Calloway's wife Fiona" (trial J)
    kin = {re.findall(r"[\w\-]+", m.group())[-1].lower() for m in _RELATION.finditer(question)}
    if owner in relations and kin & {w.lower() for w in re.findall(
            r"[\w\-]+", before[: run.start() if run else said.start(1)])[-4:]}:
        return False  # the relative asked, named as one ("Penhaligon's father, Mark
        # Penhaligon, 46," for "How old is Lewis Penhaligon's father?": trial EJ, stop 53)
    if owner in relations:
        return True  # "Sophie Marchetti, 39," for her colleague
    return bool(asked) and owner not in asked and owner not in NO_NAMES


# The one asked named last, after what they are ("How old is the Hereford heifer Dunmere
# Primrose?").
_NAME_ASKED_LAST = re.compile(r"^(?i:how old|what age) (?:is|was) (?:the |an? )?"
                              r"(?:[\w\-]+\s+){0,4}?((?-i:[A-Z][\w'’\-]*)(?:\s+(?-i:[A-Z][\w'’\-]*))+)\s*\??$")
# The one asked named only by whose they are, after what that owner is ("How old is Whitby
# fundraising manager Helen Crossley's deputy?"): the owner's name.
_OWNER_OF_THE_ONE_ASKED = re.compile(r"^(?i:how old|what age) (?:is|was) (?:[\w\-]+\s+){0,4}?"
                                     r"((?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*)['’]s\s+"
                                     r"(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s*\??$")
# The one asked described by one to three words after "the", before where they are or what
# they did ("How old is the longest-serving volunteer at the Bramford hospice shop?").
_DESCRIBED_AS = re.compile(r"^(?i:how old|what age) (?:is|was) the ((?-i:[a-z][\w\-]*)"
                           r"(?:\s+(?-i:[a-z][\w\-]*)){0,2}?)\s*(?:\?|$|(?=\s+(?:at|of|in|for|"
                           r"on|from|who|whose|with)\b))")
# A name owning another in a question ("Dean Carver's barrister Simon Keele").
_OWNING = re.compile(r"(?:\b[A-Z][\w\-]*\s+(?:&\s+)?)*[A-Z][\w\-]*(?:['’]s|(?<=s)['’])(?=\s)")
# (or a firm's, "Dunmore & Sons' finance director Ruth Castle": trial FM of stop 54 was shown
# "61", the managing director Gareth Dunmore's age)


# A figure of years said as a length of time: "after 26 years", "for more than 30 years".
_TIME_SPAN_BEFORE = re.compile(r"\b(?:after|for|in|over|within|than|of|last|past|first)\s+"
                               # ("in his 39 years as a driver", trial MO of stop 59 shown
                               # "39 years" for the managing director's age)
                               r"(?:(?:his|her|their|its|my|our)\s+)?"
                               # ("should last at least 40 years", trial WK of stop 67 shown
                               # "at least 40 years" for a project director's age)
                               r"(?:(?:more than|nearly|almost|about|some|around|over|the|"
                               r"at least|up to)\s+)?$",
                               re.IGNORECASE)
_YEARS_NOT_OLD = re.compile(r"\d{1,3}\s+years?\b(?!\s+old\b)")


def _a_time_span(text: str, at: int) -> bool:
    """Whether the figure at ``text[at:]`` is a number of years said as a length of time
    (see _TIME_SPAN_BEFORE), not an age."""
    return bool(_YEARS_NOT_OLD.match(text, at)
                and _TIME_SPAN_BEFORE.search(text[max(0, at - 30) : at]))


def _age_by_role(question: str) -> frozenset[str]:
    """The role words of an age asked of a role's holder, not named ("How old is the
    director of the Northern Music Prize?": a sentence not saying the role gives another's
    age); none when the question names the holder ("... chairman Sir Richard Penfold?")."""
    roles = role_words(question)
    if not roles or not re.search(r"\b(?:" + "|".join(sorted(roles)) + r")s?\s*(?:of|at|for|in|"
                                  r"\?|$)", question, re.IGNORECASE):
        return frozenset()
    return roles


# The one asked as the most of their kind ("the youngest singer").
_MOST_ASKED = re.compile(r"\b(?:youngest|oldest|eldest)\b", re.IGNORECASE)


# The age of a thing, not a person: "-year-old" and a building, a vehicle or a body.
_A_THINGS_AGE = re.compile(r"-year-old\s+(?:arena|building|pool|lido|bridge|church|"
                           r"chapel|hall|school|club|ship|boat|vessel|lifeboat|tree|oak|car|"
                           r"engine|locomotive|business|company|firm|pub|inn|shop|theatre|cinema|"
                           r"mill|factory|station|house|home|stadium|ground|pier|tower|organ|"
                           r"festival|event|show|race|tradition|law|rule|scheme)s?"
                           # (the noun ends the phrase: not "the 33-year-old club captain",
                           # trial FK, nor "a 41-year-old primary school teacher", GD)
                           r"(?=[,.;:)]|\s+(?:which|that|where|in|on|at|is|was|has|had|will|"
                           r"and|with|for|of)\b)",
                           re.IGNORECASE)


def age_after_the_name_asked(question: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` says the age of the person ``question`` asks the age of by their full
    name, just after it: "his friend Aisha Rahman, then 15," for how old Aisha Rahman was when
    the campaign began (trial YK of stop 69 was shown "14", the age after Jamie Holloway's
    name); an age then for a question asking "when", else one said now; or None."""
    asked = re.match(r"(?i:how old (?:is|was)) ([A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,3})"
                     r"(?=\s+[a-z]|\s*\?)", question.strip())
    if asked is None:
        return None
    then = (r"(?:then|aged)\s+" if re.search(r"\bwhen\b", question, re.IGNORECASE)
            else r"(?:now\s+)?")
    said = re.search(rf"\b{re.escape(asked.group(1))},\s+{then}(\d{{1,3}}),", text)
    return None if said is None else said.span(1)


# An age then, said after the deed ("first played on the bandstand as a cornet player aged 12",
# "He first played at the cinema as a boy of 15"): the one asked "At what age...?" or "How old
# was X when...?", not the age now after the name ("Roy Hindle, 73,": trials ZM and ZF of stop
# 70 were shown it).
# (not "as a record field of 4,860 runners", found replaying it)
_AGE_THEN_SAID = re.compile(r"\b(?:aged|at the age of|as an? " + AS_A_CHILD + r" of|"
                            # (or "who was 19 at the time of the rescue", trial AAZ of stop 72
                            # shown the "91" after the name)
                            r"who was(?=\s+\d{1,2}\s+(?:at the time|when)\b))\s+"
                            r"(\d{1,2})\b(?![,.]?\d)(?!-)")


def age_said_then(question: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``text`` says the one age then that ``question`` asks "when", the age marked at
    ``text[start:end]`` being one said now after a name (see _AGE_THEN_SAID); else None."""
    if not AGE_WHEN.match(question.strip()) or not (
            re.search(r"[A-Z][\w'’\-]+,\s+$", text[:start]) and text[end : end + 1] == ","):
        return None
    said = [m for m in _AGE_THEN_SAID.finditer(text, end)
            if not re.search(r"[A-Z][\w'’\-]+,\s+$", text[: m.start()])]
    return said[0].span(1) if len(said) == 1 else None


# The age of the one a new holder replaces, asked so ("How old is the outgoing manager Fiona
# McBride is replacing at Saltcombe Lido?", "How old is the man Karen Pellow replaced as
# manager ...?"), and said after the new holder's: "Fiona McBride, 38, takes over from Graham
# Ellis, 63," (trials ACC and ABW of stop 73 were shown the new one's age).
_ASKS_THE_ONE_REPLACED = re.compile(r"\b(?:outgoing|predecessor|retiring|retired)\b"
                                    r"|\b[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*\s+(?:is\s+|was\s+|has\s+)?"
                                    r"(?:replac\w*|succeed\w*|took over from|takes over from|"
                                    r"is taking over from)\b")
_THE_ONE_REPLACED_AGED = re.compile(r"\b(?:takes?\s+over\s+from|taking\s+over\s+from|took\s+over\s+"
                                    r"from|succeed(?:s|ed|ing)?|replac(?:es|ed|ing))\s+"
                                    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\s+)?[A-Z][\w'’\-]+"
                                    r"(?:\s+[A-Z][\w'’\-]+){0,3},\s+(\d{1,3}),")


def age_of_the_one_replaced(question: str, text: str, start: int,
                            end: int) -> tuple[int, int] | None:
    """Where ``text`` says the one age of the one a new holder replaces (see
    _THE_ONE_REPLACED_AGED), when ``question`` asks that one's age (see
    _ASKS_THE_ONE_REPLACED) and the age marked at ``text[start:end]`` is another's; else
    None."""
    if not ASKS_FOR_AGE.search(question) or not _ASKS_THE_ONE_REPLACED.search(question) or (
            re.search(r"\bwho\s+(?:is|was|has)\s+(?:replac|succeed|tak|took)", question)):
        return None  # (not the new one asked: "Fiona McBride, who is replacing Graham Ellis")
    said = list(_THE_ONE_REPLACED_AGED.finditer(text))
    if len(said) != 1 or said[0].start(1) <= start < said[0].end(1):
        return None
    return said[0].span(1)


# One asked by whose relative or predecessor they are, the age marked said beside that owner:
# "How old is Oliver Kaye's grandfather?" of "11-year-old Oliver Kaye, who joined with his
# grandfather" (trial ACM of stop 74 was shown "11"); "How old is Ashcombe Cricket Club's junior
# coach's predecessor?" of "Junior coach Sophie Marsh, 29," (trial ACN, "29").
_OWNERS_RELATIVE = re.compile(r"^(?i:how old|what age) (?i:is|was) (?P<owner>.+)['’]s\s+"
                              rf"(?P<rel>(?i:{_KIN}|predecessor|successor|deputy|assistant))"
                              r"\s*\??$")  # (or a deputy: "How old is the Kelbridge Lido
# manager's deputy?" of "Lido manager Harriet Okafor, 41," the last README check of stop 75)


def the_owners_age(question: str, text: str, start: int, end: int) -> bool:
    """Whether ``question`` asks the age of an owner's relative (see _OWNERS_RELATIVE) and the
    age at ``text[start:end]`` is said beside the owner's words (within 40 characters before
    it or 25 after), not beside the relative's."""
    asked = _OWNERS_RELATIVE.match(question.strip())
    if asked is None:
        return False
    near = text[max(0, start - 40) : end + 25].lower()
    rel = asked.group("rel").lower()
    if re.search(rf"\b{rel}s?\b", near):
        return False
    owner = {w.lower() for w in re.findall(r"[\w\-]+", asked.group("owner"))} - FUNCTION_WORDS
    return any(re.search(rf"\b{re.escape(w)}\b", near) for w in owner if len(w) > 2)


def gives_the_age(question: str, best: Judged, start: int, end: int) -> bool:
    """Whether the reader's span ``start:end`` of ``best``'s chunk is the age ``question``
    asks for (of the person or role asked, now or then as asked), not another's age, a
    figure said as something else ("which employs 640", "after 26 years", "made 74") or no
    age at all ("50kg"): :func:`qa.figures.gives_the_figure` asks it for an age asked."""
    chunk = best.sentence.chunk
    age = _AGE.search(chunk.text, start)  # (within 10 characters after the span, read with
    # what follows: "18% on the 1,260" cut there held an age "1", trial GU of stop 55)
    age = age if age is not None and age.start() < end + 10 else None
    by_role = _age_by_role(question)
    words = {w.lower() for w in re.findall(r"[\w'’\-]+", best.sentence.text)}
    most = _MOST_ASKED.search(question)
    if by_role and not by_role & (words | {w.rstrip("s") for w in words}) and not (
            most and most.group().lower() in words):
        return False  # "The 24-year-old, who recorded the album" for the director of the
        # prize (trial K, stop 44); not "The youngest member of the choir is 16-year-old
        # Ellie Garside" for its youngest singer (trial FN of stop 54, refused)
    if of_another_part(question, best.sentence.text):
        return False  # the head of libraries' age for the head of planning's (stop 55)
    if age is not None and re.search(r"\b(?:under|over|U)-?$", chunk.text[max(0, age.start() - 6) :
                                                                      age.start()], re.IGNORECASE):
        return False  # an age group is no age: "The Comets' under-14 team" for the age of a
        # former player named after (trial OM of stop 60 was shown "14")
    if age is not None and re.search(r"\bout of (?:a (?:possible|maximum)(?: of)? )?$|"
                                     r"\bof a (?:possible|maximum) $",
                                     chunk.text[max(0, age.start() - 24) : age.start()]):
        return False  # "94 points out of a possible 100" is no age (trial VN of stop 66 was
        # shown "100" for a judge's)
    if age is not None and _A_THINGS_AGE.match(chunk.text, age.end()):
        return False  # "the 40-year-old arena" is no general manager's age (trial JA of stop
        # 56 showed "40" for Simon Kettle's)
    before = chunk.text[: max(start, age.start())] if age else ""
    said = before[best.sentence.start - chunk.start :]
    if age is not None and age.group().isdigit() and int(age.group()) > (
            115 if _SAID_AS_AN_AGE.search(chunk.text, age.end(), age.end() + 12)
            or _SAID_AS_AN_AGE.search(chunk.text, max(0, age.start() - 6), age.start())
            else 105):
        return False  # "which employs 640" is no age (trial AT, stop 47, showed "640" for
        # a chief executive's age), nor "His highest break ... was 112" (trial BY, stop
        # 49): past 105 only when said as an age
    if age is not None and AGE_WHEN.match(question.strip()) and re.match(
            r",\s", chunk.text[age.end() : age.end() + 2]) and re.search(
            r",\s$", chunk.text[max(0, age.start() - 2) : age.start()]) and DONE_BEFORE.search(
            chunk.text[age.end() : best.sentence.end - chunk.start]):
        return False  # "Hollins, 41, from Hartlepool, who reached the quarter-finals ... in
        # 2016" is his age now, not when he reached them (trial DR of stop 52); not so the
        # sentence's own deed: "Carol Fenwick, 23, was found dead ... in 1989" (trial BH)
    if age is not None and _MADE_BEFORE.search(
            chunk.text[max(0, age.start() - 14) : age.start()]):
        return False  # "wicketkeeper Ollie Barnes, who made 74" is no age (trial DX of stop
        # 52 showed "168", his stand, for it)
    if age is not None and re.search(r"\bas an?\s+$", chunk.text[max(0, age.start() - 8) :
                                                                 age.start()]) and not (
            re.match(r"^\s*(?:how old|what age) (?:was|were)\b|^\s*at what age\b", question,
                     re.IGNORECASE)):
        return False  # "who started ... as a 16-year-old apprentice in 1979" is an age then
        # (trial GQ of stop 55 showed "16" for the worker's age now)
    if age is not None and _CHANGED_TO_BEFORE.search(
            chunk.text[max(0, age.start() - 24) : age.start()]):
        return False  # "membership had risen to 87, from 62" is no age (trial GR of stop 55
        # showed "87" for the society secretary's)
    if age is not None and AT_THE_AGE_OF.search(chunk.text[max(0, age.start() - 20) :
                                                         age.start()]) and not (
            re.match(r"^\s*(?:how old|what age) (?:was|were)\b|^\s*at what age\b",
                     question, re.IGNORECASE) or AGED_AFTER_A_NAME.search(best.sentence.text)):
        return False  # an age then, not now, and none said after a name (with one, as in
        # "Head baker Jamie Rourke, 26, who joined the business as an apprentice at the age
        # of 17," the short answer is that one: trial EG of stop 53 showed "17")
    if age is not None and _BEATEN_BEFORE.search(chunk.text[max(0, age.start() - 50) :
                                                           age.start()]) and not (
            _ASKS_THE_BEATEN.search(question)):
        return False  # the one beaten, not the winner asked: "finishing a full point ahead
        # of 15-year-old Samuel Okoro" for the new champion's age (trial EL of stop 53)
    if age is not None and _a_time_span(chunk.text, age.start()):
        return False  # "after 26 years", "in 19 years": no age (trial AN, stop 47, showed
        # "26 years" for the retiring owner's age, trial AM "19 years" for a leopard's)
    if age is None or _age_of_another(question, before, f"{chunk.title} {said}",
                                      best.sentence.text) or (
            not _aged_after_the_name(question, before) and _aged_another(
                question, chunk.text[age.start() :])):
        return False  # "50kg" is no answer to "How old is he?", nor another's age (also
        # when the reader's span holds the other's name: "Luke Barnes, 31" was shown for
        # a winger's age in a trial of stop 40)
    return True


# A person's age asked, by name, and an age said later in the sentence of someone else, by what
# they are: "The vicar, the Rev Andrew Kemble, said the parish was grateful to the volunteers,
# the youngest of whom was a 15-year-old pupil from a school in Paignton" for the vicar's age
# (trial AEJ of stop 76 was shown "15"). Only "a" or "an" before the age (not "the 38-year-old
# said", the one named before), the person asked named earlier in the sentence but not just
# before it ("Tom Hext, a 15-year-old pupil from Paignton,"), and the noun not the question's
# ("How old is the pupil ...?").
_AGED_BY_A_NOUN = re.compile(r"(?:\d{1,3}|(?i:" + AGE_IN_WORDS + r"))-year-old\s+"
                             r"(?:[a-z][\w\-]*\s+){0,2}?(?P<noun>[a-z][\w\-]*)"
                             r"(?=\s+(?:from|at|of|in|with|who|whose)\b|[.;,]|$)")


def aged_by_another_noun(question: str, quote: str, at: int) -> bool:
    """Whether ``question`` asks the age of a person it names in two words or more and the age
    at ``quote[at:]`` is said of someone else by what they are (see above)."""
    said = _AGED_BY_A_NOUN.match(quote, at)
    if (said is None or not ASKS_FOR_AGE.search(question)
            or not re.search(r"\b(?:a|an)\s+$", quote[max(0, at - 4) : at])
            # (not the one named, then: "Arthur Pennock, 88, who caught the last train ... as
            # a 28-year-old signalman", trial ACV, replayed)
            or re.search(r"\bas\s+an?\s+$", quote[max(0, at - 7) : at])):
        return False
    names = [name for name in question_names(question) if len(name) >= 2]
    earlier = {fold(plain(w)) for w in re.findall(r"[A-Z][\w'’\-]*", quote[: max(0, at - 40)])}
    just_before = {fold(plain(w)) for w in re.findall(r"[A-Z][\w'’\-]*",
                                                      quote[max(0, at - 40) : at])}
    asked = {w.lower().removesuffix("s") for w in re.findall(r"[a-z][\w\-]*", question)}
    return (said.group("noun").removesuffix("s") not in asked
            and any(set(name[-1:]) <= earlier and not set(name) & just_before for name in names))
