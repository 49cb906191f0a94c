"""Short answers that a sentence's own words tell, where the reader marks none or rates the
sentence low: the person a role asked about is ("Who is the police spokesman?" ->
"Chhay Kim Khoeun", :func:`named_here`), an age said after a name ("Alan Pemberton, 58,",
:func:`aged_here`), what a thing is called (:func:`called_here`), a crowd
(:func:`crowd_here`) and a weight.

Each ``*_here`` function finds the words in a sentence's text (offsets in it) and each
``*_short_answer`` turns them into a :class:`qa.models.ShortAnswer` inside the first
citation. :func:`qa.answering.compose_read` decides when to call them (a sentence rated
under the cut-off may still be cited for them); :func:`qa.short_answers.short_answer` is
the reader's own span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.forms import (
    AGE_WHEN,
    ASKS_FOR_AGE,
    DONE_BEFORE,
    FUNCTION_WORDS,
    NUMBER,
    NUMBER_IN_WORDS,
    SAYS_IT_WEIGHS,
    WEIGHT_ASKED,
    age_asked_of_name,
    only_asked_words,
    proper_names,
    weight_in,
)
from qa.models import Citation, ShortAnswer
from qa.placings import place_here
from qa.reader import is_a_word
from qa.retrieval import ScoredSentence
from qa.roles import (
    ROLES,
    WHEN_HELD_WORDS,
    as_verb_question,
    asked_by_verb,
    asks_which_role,
    for_a_side,
    of_another_part,
    qualifier,
    role_holder,
    role_words,
    subject_roles,
)
from qa.subjects import fold, headline_names_another, plain, question_names

__all__ = ["AS_A_CHILD", "DESCRIBED_THEN_A_DEED", "age_asked_of", "articles_read", "in_first",
           "aged_after_named", "aged_here",
           "age_of_the_extreme", "aged_relative", "another_of_the_family", "aged_short_answer",
           "first_name_asked", "called_here", "called_short_answer", "the_one_before",
           "began_here", "began_short_answer", "cost_of_it_here", "cost_of_it_short_answer",
           "crowd_here", "crowd_short_answer", "named_after_the_post", "named_here",
           "named_short_answer",
           "place_short_answer", "role_of_another", "says_every_name", "vote_here",
           "vote_short_answer", "weighed_short_answer"]


# A kind of body said just before a role and the name after it ("club treasurer Peter Lang").
_KIND_BEFORE_A_ROLE = re.compile(r"(?<![\w'’])(club|society|trust|charity|council|school|"
                                 r"association|committee|company|firm)\s+(?:[a-z][\w\-]*\s+){1,2}"
                                 r"$", re.IGNORECASE)


def _kind_asked_before(question: str, before: str) -> bool:
    """Whether ``before`` (the text before a role holder's name) ends on a kind of body the
    question names and a role ("club treasurer " for "... Stowfield Cricket Club's
    treasurer?")."""
    kind = _KIND_BEFORE_A_ROLE.search(before)
    return kind is not None and re.search(rf"\b{kind.group(1)}\b", question,
                                          re.IGNORECASE) is not None


# The new holder of a post asked ("Who has been appointed the new manager...?"), not the one
# before, and the one before said as such: "She replaces Graham Tillotson, 71," and "three weeks
# after Steve Ockenden left" (trials UW and VB of stop 65 shown the one replaced).
_ASKS_THE_NEW_ONE = re.compile(r"^(?:who|whom)\b(?=.*\b(?:new|appointed|named|chosen|taking "
                               r"over|will take over|will run|will lead)\b)(?!.*\b(?:replace\w*|"
                               r"succeed\w*|predecessor|before|previous|former|old|took over "
                               r"from|left|retir\w*|stepped down)\b)", re.IGNORECASE)
_THE_ONE_BEFORE = re.compile(r"\b(?:replaces?|replaced|replacing|succeeds|succeeded|succeeding|"
                             r"(?:took|takes|taking) over from|after)\s+(?:[\w'’\-]+\s+){0,2}$",
                             re.IGNORECASE)
_LEFT_AFTER = re.compile(r"(?:,\s+\d{1,3},)?\s+(?:who\s+)?(?:has\s+)?(?:left|stepped down|"
                         r"retired|resigned|quit|departed|was sacked|stands down|steps down)\b")

def the_one_before(question: str, text: str, a: int, b: int) -> bool:
    """Whether the name at ``text[a:b]`` is said as the one a new holder replaces, when
    ``question`` asks for the new one (see _ASKS_THE_NEW_ONE)."""
    return bool(_ASKS_THE_NEW_ONE.search(question) and (_THE_ONE_BEFORE.search(text[:a])
                                                        or _LEFT_AFTER.match(text, b)))


# A post said filled, its holder unnamed, and the holder named at the next sentence's start:
# "Ashcombe Cricket Club has appointed a new head groundsman, ending a two-year search ..."
# then "Derek Holloway, 61, who spent 22 years ..." (trial AAQ of stop 71 refused; US, WS, XE,
# ZX, SK and UK before it, for a coach, a warden, a GP, a manager, a clerk and a vicar).
_FILLED = re.compile(r"\b(?:appoint\w*|named|chosen|licensed|installed|elected|hired|recruited|"
                     r"become|became|becomes|joined|joins|started|starts|takes? over|taken over|"
                     r"took over)\b", re.IGNORECASE)
_OPENING_HOLDER = re.compile(r"(?:(?:Former|Retired|Local)\s+(?:[a-z][\w\-]*\s+){1,2})?"  # ("Former
                             # chef Marcus Fielding, 41, took over the tenancy", trial ABN of stop
                             # 72 refused the Plough's new landlord)
                             r"(?:(?:The\s+)?(?:Reverend|Rev|Revd|Dr|Mr|Mrs|Ms|Miss|Professor|"
                             r"Prof|Councillor|Cllr|Sir|Dame)\.?\s+)?"
                             # (a nickname in quotes: "Margaret \"Peggy\" Lister, 74, was voted
                             # in", trial ABV of stop 73 refused the bowls club's new president)
                             r"([A-Z][\w'’\-]+(?:\s+(?:[\"“][A-Z][\w'’\-]+[\"”]|[A-Z][\w'’\-]+))"
                             r"{1,3}),\s+(?:\d{1,3},|who\b)")
_ASKS_AN_EARLIER_ONE = re.compile(r"\b(?:replace\w*|succeed\w*|predecessor|before|previous|"
                                  r"former|old|outgoing|left|leaving|retir\w*|stepped down|"
                                  r"was|were|had)\b", re.IGNORECASE)


def named_after_the_post(question: str, s: ScoredSentence) -> tuple[int, int, int] | None:
    """``(roles, start, end)``: the person opening sentence ``s`` ("Derek Holloway, 61,"),
    when the sentence before it in its chunk says the post asked filled without naming its
    holder (or naming only the one replaced): the role's head word asked ("groundsman") and a
    verb of filling it ("has appointed a new head groundsman"); ``roles``, how many of the
    role words asked it says. Not for the one before ("Who was the previous ...?")."""
    asked = subject_roles(question)
    opening = _OPENING_HOLDER.match(s.text)
    if (not asked or s.index == 0 or opening is None or _ASKS_AN_EARLIER_ONE.search(question)
            # (not the holder's own: "Kingsmoor's new course manager's wife", found replaying
            # trial ZD of stop 70)
            or re.search(rf"\b{re.escape(asked[-1])}['’]s\b", question, re.IGNORECASE)
            or any(w.lower() in ROLES for w in opening.group(1).split())):
        return None
    a, b = s.chunk.sentences[s.index - 1]
    before = s.chunk.text[a - s.chunk.start : b - s.chunk.start]
    said = {w.lower().strip("'’") for w in re.findall(r"[\w][\w'’\-]*", before)}
    if asked[-1] not in said or not (_FILLED.search(before) or re.search(
            rf"\b(?:[Nn]ew|first)\s+(?:[\w\-]+\s+){{0,2}}{re.escape(asked[-1])}\b", before)):
        return None  # (or the role said new: "The new principal of Coleg Maelor in Wrexham has
        # pledged ...", trial ABH of stop 72 refused; or first: "Kelmsbury's community orchard
        # has its first paid warden", trial ACN of stop 74 refused)
    held = role_holder(question, before)
    if held is not None and not the_one_before(question, before, held[1], held[2]):
        return None  # (its holder named there)
    return sum(w in said for w in asked), opening.start(1), opening.end(1)


def named_here(question: str, s: ScoredSentence,
               article: str = "") -> tuple[int, int, int] | None:
    """:func:`qa.roles.role_holder` in sentence ``s``, when its chunk (or its title) has at
    least half of the other names the question has ("President Franklin D. Roosevelt" is no
    answer to "Who is the president of HHC?" in a passage that does not name HHC). Half, as
    :mod:`qa.subjects` reads an article's names, since stop 34: a new user's trial's "Who is
    the chief executive of Cairn Energy?" showed no "Bill Gammell", whose chunk says "Cairn"
    but not "Energy"; replayed, news held-out set 7's first citation 0.760 -> 0.800 (the
    managers of Bulgaria's team and of a Commons committee), nothing lost on any news set nor
    800 SQuAD questions."""
    found = (role_holder(question, s.text) or _titled_in_the_story(question, s)
             or named_after_the_post(question, s))
    if found is None or _owned_by_another_kind(question, s.text[: found[1]]):
        return None
    if the_one_before(question, s.text, found[1], found[2]):
        return None  # (the one the new holder replaces: "named ... Craig Dunmore as the club's
        # new first-team manager, three weeks after Steve Ockenden left")
    extreme = _EXTREME_ASKED.search(question)
    said = list(_EXTREME_ASKED.finditer(s.text, 0, found[1]))
    if extreme and said and said[-1].group(1).lower() != extreme.group(1).lower():
        return None  # (the other end named: "The youngest member is Oliver Brandt, 16, ...; the
        # oldest is Edna Farrow, 91" for the oldest, trial ADD of stop 74 shown Oliver Brandt)
    if of_another_part(question, s.text):
        return None  # the head of another part: "The council's head of libraries, Daniel
        # Okonkwo, 52," is no head of planning (found at stop 55, writing a test)
    owner = _its_owner(question, s, found[1])
    if owner is not None:
        return found if owner else None
    if (article and (_ITS_ROLE.search(s.text, 0, found[1])
                    or _GENERIC_OWNER.search(s.text, 0, found[1])
                    # (or after the name: "Dr Priya Ramanathan, 47, the trust's chief medical
                    # officer," trial Q, stop 45, refused her age)
                    or _GENERIC_OWNER_AFTER.match(s.text, found[2])
                    # (or a deed asked, said of the name: "Laura Benning, who led the
                    # operation," for "Who led West Mercia Police's Operation Kestrel...?")
                    or asked_by_verb(question) or as_verb_question(question)
                    # (or a role and a deed asked: "Which judge sentenced Greenway Waste
                    # Solutions?" of "Sentencing, Judge Andrew Whitcombe said", naming no firm)
                    or asks_which_role(question)
                    # (or a title of office just before the name, every word capitalised:
                    # "Assistant Chief Constable Martin Greaves, 52," in a chunk calling his
                    # police "the force": trial AB, stop 46)
                    or _titled(question, s, found[1], article)
                    # (or a role in a case, said by its side: "Opening the prosecution case
                    # ..., Rebecca Aldous KC said" in a chunk calling the trust "the charity")
                    or for_a_side(s.text, found[1])
                    # (or the role opening the sentence as the name's title: "General manager
                    # Tom Easterbrook said" of a story naming the railway elsewhere, trial PN of
                    # stop 61, refused his age)
                    or _titled_as_asked(question, s, found[1])
                    # (or the kind of body asked, said before the role: "club treasurer Peter
                    # Lang, 66," for "How old is Stowfield Cricket Club's treasurer?", trial GA
                    # of stop 54, refused)
                    or _kind_asked_before(question, s.text[: found[1]]))
            and _says_half_the_names(question, article)):
        return found  # "Its chief executive, ..." or "The boat's skipper, ..." opening a chunk,
        # of the article ``article`` (what its chunks that were read say) naming what is asked
    if (_says_half_the_names(question, s.chunk.title, s.chunk.text)
            or _owned_as_asked(question, s.text[: found[1]])):
        return found
    return None


def _titled_in_the_story(question: str, s: ScoredSentence) -> tuple[int, int, int] | None:
    """:func:`qa.roles.role_holder` in ``s`` of ``question`` without the word that narrows its
    role ("lifeboat" of "the Porthcarrow lifeboat coxswain"), when the role opens the sentence
    as the name's title ("Coxswain Mark Pengelly, 47,") and the story's headline says that
    word (trial PI of stop 61 was refused the coxswain's age)."""
    narrowed = qualifier(question)
    if not narrowed or narrowed in WHEN_HELD_WORDS or not re.search(
            rf"\b{re.escape(narrowed)}\b", s.chunk.title, re.IGNORECASE):
        return None
    found = role_holder(re.sub(rf"\b{re.escape(narrowed)}\s+", "", question, count=1), s.text)
    return found if found is not None and _titled_as_asked(question, s, found[1]) else None


# A role opening a sentence as the title of the name after it ("Coxswain ", "General
# manager "), not after a joining word ("But headteacher Owen Treharne": trial MM's near
# miss, found replaying stop 61's rule).
_ROLE_AS_TITLE = re.compile(r"\s*(?!(?:But|And|Yet|So|Then|Now|Meanwhile|However|Also)\s)"
                            # (or three words: "Head junior coach Hannah Morrow, 34, said",
                            # trial ZK of stop 70, "Not sure")
                            r"(?:[A-Z][\w\-]*\s+)?(?:[a-z][\w\-]*\s+)?[A-Za-z\-]+\s+")


# A person's title ("Councillor Priya Raman", "Mr Fenwick").
_HONORIFICS = r"Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|Dame"
_HONORIFIC_AFTER = re.compile(rf"(?<=\s)(?:{_HONORIFICS}|Rev|Reverend)\s+$")


def _titled_as_asked(question: str, s: ScoredSentence, end: int) -> bool:
    """Whether the words of sentence ``s`` before ``end``, where a name starts, are only a
    role that opens it as the name's title (see _ROLE_AS_TITLE), in the question's own words
    ("Managing director" for "Who is the boss of Fjordseil?" is another firm's: trial FJ,
    found replaying stop 61's rule), under a headline that names no other body, after a
    sentence that opens on none ("The club borrowed from Westbridge Bank. Chief executive Dan
    Pryce, 44," is the club's: a trial of stop 40)."""
    before = s.text[:end]
    joined = re.match(r"([A-Z][\w\-]*) and (?=[a-z])", before)
    if joined and joined.group(1).lower() in ROLES:
        before = before[joined.end() :].capitalize()  # (a role held beside it: "Co-founder and
        # managing director Owen Prichard, 41," for the managing director, trial XO of stop
        # 68, refused)
    before = _HONORIFIC_AFTER.sub("", before)  # (the name's own title after the role:
    # "Opposition leader Councillor Priya Raman, 41," trial XK of stop 68, "Not sure")
    asked = {w.lower() for w in re.findall(r"[\w\-]+", question)}
    # (the kind of the body named in the title: "Club treasurer Sian Morgan, 47," for the
    # treasurer of Cwmbran Ravens RFC, trial ZA of stop 70 refused)
    kinds = _OWNER_KINDS if proper_names(question) else frozenset()
    if re.search(r"\b(?:predecessor|former|previous|outgoing)\b", question, re.IGNORECASE):
        return False  # (the holder before: "Club chairman Steve Walcott, 52," is no age of the
        # chairman's predecessor, found replaying trial ZA's rule)
    if _ROLE_AS_TITLE.fullmatch(before) is None or not all(
            w.lower() in asked | role_words(question) | kinds for w in before.split()):
        return False  # (or the role of the verb asked: "Owner Margaret Hollins, 67, said"
        # for "Who owns the bakery?", the README check of a5f5ba6, refused)
    if headline_names_another(question, s.chunk.title):
        return False
    previous = re.split(r"(?<=[.!?”\"])\s+", s.chunk.text[: s.start - s.chunk.start].strip())[-1]
    opens = re.match(r"(?:The|Its|Their)\s+([a-z]+)\b|([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)+)",
                     previous)
    if opens is None:
        return True
    if opens.group(2) and re.match(rf"(?:{_HONORIFICS})\s", opens.group(2)):
        return True  # (a person, no body: "Mr Fenwick said the average cost ..." before
        # "Opposition leader Councillor Priya Raman", trial XK of stop 68)
    if opens.group(1):
        return (opens.group(1) in asked or not previous.startswith("The")
                or opens.group(1) not in _OWNER_KINDS | _FIRMS)  # ("The railway now has 640
        # volunteers." for the Cransford Valley Railway's general manager, trial PN of stop 61;
        # "Its senior side finished third" tells of the body before, trial ZK of stop 70, "Not
        # sure" for the club's head junior coach; "The crowdfunding appeal attracted 312
        # donors" of no other body, trial ZA)
    return all(fold(plain(w)) in {fold(plain(a)) for a in asked} for w in opens.group(2).split())


# Kinds of body: a role owned by "the society" is no role of a trust the question names ("The
# society's chair, Professor Elaine Sutcliffe," for "Who chairs the board of the Wessex
# Valley NHS Foundation Trust?": trial Y, stop 46, answered from a building society's story
# that names a "charitable foundation"). "The firm" or "the group" may be any body.
_FIRMS = frozenset("firm company group business railway".split())
_OWNER_KINDS = frozenset("""trust society council club bank union university college school
    hospital charity association authority agency party team airline museum gallery theatre
    church cathedral court police""".split())
# ... but a trust, a society or an association may be called "the charity".
_CHARITABLE = frozenset("trust society association".split())
_THE_OWNERS = re.compile(r"\b[Tt]he\s+([a-z][\w\-]*)['’]s\s+(?:[\w\-]+,?\s+){0,4}$")
# (or a kind said just before the role, and a kind asked in lower case: "Coddington parish
# council chairwoman Sue Barraclough" for "Who is chairman of the society that owns the
# Plough...?", trial MH of stop 59, shown her)
_KIND_BEFORE_ROLE = re.compile(rf"\b({'|'.join(sorted(_OWNER_KINDS))})\s+"
                               r"(?:[a-z][\w\-]*\s+){1,2}$")
_THE_KIND_ASKED = re.compile(r"\b(?:the|its|their)\s+([a-z]+)\b")


def _owned_by_another_kind(question: str, before: str) -> bool:
    """Whether ``before`` (a sentence up to a name) gives the name's role to "the <kind>"
    (_OWNER_KINDS) and ``question`` names a body of other kinds only."""
    owner = _THE_OWNERS.search(before) or _KIND_BEFORE_ROLE.search(before)
    if owner is None or owner.group(1).lower() not in _OWNER_KINDS:
        return False
    kinds = ({w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", question)}
             | set(_THE_KIND_ASKED.findall(question))) & _OWNER_KINDS
    if owner.group(1).lower() == "charity" and (
            kinds & _CHARITABLE or re.search(r"\bfood\s+bank", question, re.IGNORECASE)):
        return False  # "The charity's chairman, Dr Anil Mehta," of St Brigid's Hospice Trust
        # (trial DN of stop 52, refused who chairs it); a food bank is no bank ("The charity's
        # chairman, the Reverend Paul Anstey, 63," of Eastmoor Food Bank: trial AAY of stop 72)
    if owner.group(1).lower() == "club" and kinds and kinds <= {"society", "association"}:
        return False  # a society or an association of members is their club ("The club's
        # secretary, Lorraine Pike, 52," of Millbrook Angling Society: trial ABG of stop 72)
    return bool(kinds) and owner.group(1).lower() not in kinds and not re.search(
        rf"\b{re.escape(owner.group(1))}\b", question, re.IGNORECASE)


# Capitalised role words just before a name, opening its sentence: a title of office.
_TITLE_OF_OFFICE = re.compile(r"^(?:[A-Z][a-z]+\s+){1,4}$")
# ... or a role said in lower case after its first word, owned by no one, in an article that
# opens a sentence on the body asked and whose headline names no other: "Chief executive
# Martin Oldroyd, 58, told the board..." after "Pennine Vale Homes received 1,846
# complaints..." under "Housing association apologises as damp and mould complaints double"
# (trial AU, stop 47, refused "How old is the chief executive of Pennine Vale Homes?"); not
# under "Hartwell Inns to shut 38 pubs" about its rival Brindle & Co (six near misses of
# trials R to AO asked about a rival so), nor of a bank only lent by ("The club borrowed from
# Westbridge Bank": a trial of stop 40).
_ROLE_OPENING = re.compile(r"^[A-Z][a-z\-]+(?:\s+[a-z][a-z\-]+){1,3}\s+"
                           r"(?:(?:Councillor|Cllr|Dr|Sir|Dame|Professor|Prof)\s+)?$")
_WHAT_A_ROLE_IS = ROLES | frozenset("managing operating finance event race festival town city "
                                    "county parish borough dr sir dame prof operations sales "
                                    "marketing commercial technical production site project "
                                    "store branch practice press communications".split())
# ("Town mayor Councillor Raj Bhatia, 45," in the article about the Brackley Moor allotments:
# trial AX, stop 48, refused "How old is the mayor of Brackley Moor?")
# (a line opens one too: the lead after its headline, "St Aidan's Hospice in Kettleby has
# opened..." under "Hospice opens £4.6m wing", trial ES of stop 53)
_OPENING_NAME = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)"
                           r"([A-Z][\w'’&\-]*(?:[ \t]+[A-Z&][\w'’&\-]*)*)")


def _titled(question: str, s: ScoredSentence, end: int, article: str) -> bool:
    """Whether sentence ``s`` opens on a role that ends at ``end``, the start of a name,
    owned by no one (see _TITLE_OF_OFFICE and _ROLE_OPENING; ``article``: what is read of
    its article)."""
    if _TITLE_OF_OFFICE.search(s.text, 0, end):
        return True
    words = s.text[:end].split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in _TITLES:
        words.pop()  # (a title before the name: "Opposition leader Cllr Derek Hanlon", trial
        # FO of stop 54, refused his age)
    if not (_ROLE_OPENING.search(s.text, 0, end)
            and all(w.lower() in _WHAT_A_ROLE_IS or w == "of" or n and words[n] == "of"
                    and is_a_word(w) for n, w in enumerate(words[1:]))  # ("Head of retail")
            # (what the role is of, a common word: "Museum director Anthony Pryce, 52," in
            # the article about the Cotswold Motoring Heritage Centre: trial BE, stop 48)
            and (words[0].lower() in _WHAT_A_ROLE_IS or is_a_word(words[0]))):
        return False
    opening = [{fold(plain(w)) for w in m.group(1).split()}
               for m in _OPENING_NAME.finditer(f"{s.chunk.text} {article}")]
    before = re.split(r"(?<=[.!?”\"])\s+", s.chunk.text[: s.start - s.chunk.start].strip())[-1]
    just_before = [{fold(plain(w)) for w in m.group(1).split()}
                   for m in _OPENING_NAME.finditer(before)][:1]
    if any(set(name) <= said for name in question_names(question) for said in just_before):
        return True  # (the body asked opens the sentence just before, whatever the headline
        # names: "Ashcombe Amateur Swimming Club, which has 420 members, is now training 14
        # miles away. Head coach Gareth Pryce, 39, said..." in a story headlined on the
        # leisure centre, trial JD of stop 57, refused the club's head coach's age)
    first = re.match(r"[\w'’\-]+", s.chunk.title.strip())
    if headline_names_another(question, s.chunk.title) and not (
            first and any(fold(plain(first.group())) in name[:1]
                          for name in question_names(question))):
        return False  # (unless it opens on the body asked: "Ashcombe women end 14-year wait for
        # promotion with win over Kingsbridge" for Ashcombe Hockey Club's head coach, trial JS
        # of stop 57, refused)
    return any(set(name) <= said for name in question_names(question) for said in opening)


# A role owned by "its" or "their" just before the name ("Its chief executive, Margaret
# Ellery, said...") is the role of what the sentence before names first: "Greystone, based in
# Cincinnati, had sales of $14.2bn. Its chief executive, Mark Delaney, 57, said..." is no
# answer about Harwell Foods, the firm it bought, while "The charity, which runs holiday
# schemes, ... Its chief executive, Margaret Ellery," answers about the Brightwater
# Children's Trust, whose name is further up (trial J, stop 44: the first refused, the
# second answered with Greystone's chief executive).
_ITS_ROLE = re.compile(r"(?<![\w'’])(?:[Ii]ts|[Tt]heir)\s+(?:[\w\-]+,?\s+){1,4}$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")
_SUBJECT = re.compile(r"(?:The\s+)?(?:[A-Z][a-z]+['’]?(?:\s+[a-z][\w\-]*){1,2}\s+(?=[A-Z]))?"
                      r"([A-Z][\w'’\-]*)")  # (past what it is: "Passenger group Kelsby Rail
# Users said...", "Campaign group Save Millbrook Fields said...": trial S, stop 45, refused who
# chairs each as another's chairman; "Residents' group Ribblesford Flood Action said...",
# trial DK of stop 52)


def _its_owner(question: str, s: ScoredSentence, start: int) -> bool | None:
    """Whether the role before ``s.text[start:]``, said as its or their role, is owned by
    what ``question`` names (True, or when the sentence before names nothing first), or by
    another (False); None when the role is not said so."""
    its = _ITS_ROLE.search(s.text, 0, start)
    if not its:
        return None
    names = {w for name in question_names(question) for w in name}
    if its.start() > 0:
        # "its" inside the sentence: of a name of the question said before it ("...the Rock
        # Entertainment Centre, which led to the arrest of its owner, ..."), else not known
        # ("Laura Ashley is parting company with its chief executive" for the SRU's)
        said = {fold(plain(w)) for w in re.findall(r"[A-Z][\w'’\-]*", s.text[: its.start()])}
        return True if said & names else None
    before = s.chunk.text[: s.start - s.chunk.start].rstrip()
    if not before:
        return None  # (the chunk's first sentence: what is before it is not read)
    ends = list(_SENTENCE_END.finditer(before))
    previous = before[ends[-1].end() :] if ends else before
    subject = _SUBJECT.match(previous)
    if subject is None or subject.group(1) in NO_NAMES_BEFORE_ITS:
        return True
    if fold(plain(subject.group(1))) in names | {
            fold(plain(w)) for w in re.findall(r"\b[A-Z][\w'’\-]*", question.strip())[1:]}:
        return True  # (or a capitalised word of the question that is no name of it: "The GMB
        # union, which represents..." before "Its regional organiser, Denise Fairlie": trial
        # AN, stop 47, refused)
    # a common word opening the sentence, no name ("Opponents, led by the Save Meadow Farm
    # campaign group, said...": its spokeswoman is the group's; trial AL, stop 47, refused):
    # owned as asked when that sentence says a whole name of the question
    said = {fold(plain(w)) for w in re.findall(r"[\w'’\-]+", previous)}
    return is_a_word(subject.group(1)) and any(
        len(name) > 1 and all(w in said for w in name) for name in question_names(question))


def role_of_another(question: str, s: ScoredSentence) -> bool:
    """Whether sentence ``s`` names the holder of the role ``question`` asks about as its or
    their role, and the sentence before names another as the owner (see _its_owner), or as
    the role of another kind of body (see _owned_by_another_kind)."""
    found = role_holder(question, s.text)
    return found is not None and (_its_owner(question, s, found[1]) is False
                                  or _owned_by_another_kind(question, s.text[: found[1]])
                                  or _of_another_named(question, s.text[found[2] :]))


# A role said after the name as held of a named body: "Councillor Peter Langdon, 67, the
# leader of Tewkesbury Borough Council, said..." was shown for "Who is the leader of
# Gloucestershire County Council?" (trial CT, stop 51); "Kate Nicholls, chief executive of the
# trade body UKHospitality," for Harcastle Inns' (trial DN, stop 52).
_ROLE_OF_NAMED = re.compile(r"^,\s+(?:\d+,\s+)?(?:(?:the|a|an)\s+"
                            r"(?P<role>(?:[a-z][\w\-]*\s+){1,3}?)"
                            r"(?:of|at|for)\s+(?:the\s+)?|(?P<bare>(?:[a-z][\w\-]*\s+){1,3}?)"
                            r"(?:of|at|for)\s+the\s+(?:[a-z][\w\-]*\s+){0,2})"
                            r"(?P<owner>[A-Z][\w'’\-]*"
                            r"(?:\s+(?:[A-Z][\w'’\-]*|of|and|&))*)")
_KINDS_OF_BODY = frozenset("council borough county city district town parish university college "
                           "school hospital trust club group company society association "
                           "authority police fire service board party union bank the of and "
                           "&".split())
_NO_KIND = frozenset("the of and & group service".split())


def _of_another_named(question: str, after: str) -> bool:
    """Whether ``after`` (a sentence from the end of a role holder's name) says the role of
    a named body with none of the words that name the question's body but its kind (see
    _ROLE_OF_NAMED), and ``question`` names one."""
    said = _ROLE_OF_NAMED.match(after)
    if said is None or not set((said.group("role") or said.group("bare")).split()) & role_words(
            question):
        return False  # (her other job: "Dr Helen Mistry, 48, a lecturer at the University of
        # Northbrook," chairs the Hexley Community Bookshop Society: trial CI)
    owner = {w.lower() for w in said.group("owner").split()}
    kinds_asked = {w for w in re.findall(r"\b[a-z]+\b", question)} & _KINDS_OF_BODY - _NO_KIND
    if kinds_asked and (owner & _KINDS_OF_BODY) - _NO_KIND and not (
            kinds_asked & owner):
        return True  # a body of another kind: "chairman of the Long Melford Village Society"
        # for who chairs Long Melford parish council (trial WL of stop 67)
    words = owner - _KINDS_OF_BODY
    asked = {w.lower().strip("'’") for w in re.findall(r"\b[A-Z][\w'’\-]*", question)[1:]}
    asked = {w.removesuffix("'s").removesuffix("’s") for w in asked} - _KINDS_OF_BODY
    return bool(words) and bool(asked) and not words & asked


# Words opening a sentence that name no owner ("It was forced to close...", "He said...").
NO_NAMES_BEFORE_ITS = frozenset("The It Its He She They His Her Their This That These Those "
                                "But And In On At After Before When While A An".split())


def _says_half_the_names(question: str, *texts: str) -> bool:
    """Whether ``texts`` say at least half of the names ``question`` has besides its role
    words (each name in any one of them)."""
    names = [n for n in proper_names(question) if n.lower() not in ROLES]
    return 2 * sum(any(n in t for t in texts) for n in names) >= len(names)


# The role's owner said as the question says it: "The trial's chief investigator, Professor
# Anil Mehta" for "Who led the Pelarvix trial?", in a passage that does not say "Pelarvix"
# (a trial of stop 41).
_OWNER = re.compile(r"\b(\w+)['’]s\s+(?:[\w\-]+\s+){0,2}[\w\-]+,?\s+(?:[\w\-]+\s+){0,4}$")


_ROLE_BEFORE = re.compile(r"(?<![\w'’\-])((?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*)\s+"
                          r"(?:[a-z][\w\-]*\s+){1,3}$")


# What a named body may be called further on ("the group", "the firm", "the club").
_BODIES = frozenset("group campaign club firm company council union party charity trust team "
                    "side board committee organisation organization association society band "
                    "festival prize school hospital bank".split())


def _owned_as_asked(question: str, before: str) -> bool:
    """Whether the words ``before`` a role holder's name give the role's owner ("The
    trial's chief investigator, ") by a common noun of ``question``."""
    owner = _OWNER.search(before)
    if owner and owner.group(1).islower() and (
            re.search(rf"\b{re.escape(owner.group(1))}\b", question.lower())
            # (or the body the question names called by what it is: "The group's chairman"
            # for the chairman of the Save Oakhanger Fields campaign: trial K, stop 44)
            or owner.group(1) in _BODIES and _BODIES & set(re.findall(r"\w+", question.lower()))):
        return True
    # or a name of the question just before the role ("RMT regional organiser Dave Kinsella,
    # 49," for "How old is the RMT regional organiser in the Northline Trains dispute?",
    # whose chunk does not say "Northline Trains": trial J, stop 44, refused)
    role = _ROLE_BEFORE.search(before)
    if role is not None and role.start(1) == 0 and " " not in role.group(1) and (
            role.group(1).lower() not in ROLES) and re.search(
            rf"\b{re.escape(role.group(1).lower())}\b", question):
        return True  # (one word opening the sentence, no role word itself ("Chief executive
        # Bill Gammell" of another firm), which the question says in lower case:
        # "Tower captain Geoffrey Lane, 79," for "How old is the tower captain at St Michael's
        # Church, Upper Rodbourne?", trial VC of stop 66, refused)
    # (every word of the name before it: not "Civic Society chairman Robert Lyle", in another
    # story, for the chairwoman of the Penhallow Choral Society, trial QK of stop 61 shown his
    # "74")
    return role is not None and all(w in proper_names(question) for w in role.group(1).split())


def named_short_answer(question: str, lead: ScoredSentence, first: Citation,
                       article: str = "") -> ShortAnswer | None:
    """The person ``lead`` names by the role ``question`` asks about, as a short answer
    (``article``: as :func:`named_here` reads it)."""
    found = named_here(question, lead, article)
    if found is None:
        return None
    _, a, b = found
    asked_by_role = any(w in ROLES for w in re.findall(r"[a-z][\w\-]*", question.lower()))
    person = None if asked_by_role else _A_ROLE_THEN_ITS_HOLDER.match(lead.text, b)
    if person is not None and person.group(1).lower() in ROLES:
        a, b = person.span(2)  # the body's holder of a role, not the body: "founded in 2016 by
        # Bakewell Wheelers club secretary John Ormerod" (trial HO of stop 55 showed the club)
    start, end = lead.start + a, lead.start + b
    if not first.start <= start < end <= first.end:
        return None
    return ShortAnswer(text=lead.text[a:b], start=start, end=end, n=first.n)


# A role and its holder's name just after a body named ("Bakewell Wheelers club secretary John
# Ormerod"): the role's last word, and the name.
_A_ROLE_THEN_ITS_HOLDER = re.compile(r"\s+(?:(?!(?:and|or|but|said|says|told|with|while|as|who|"
                                     r"whose|which)\b)[a-z][\w\-]*\s+){0,2}?([a-z][\w\-]*)\s+"
                                     r"((?:Dr\s+|Mr\s+|Mrs\s+|Ms\s+)?[A-Z][\w'’\-]+"
                                     r"(?:\s+[A-Z][\w'’\-]+)+)")


# An age asked of a person, and a sentence giving it after their name as news does ("Alan
# Pemberton, 58, of Stockton...", "Gere, 55,", "Smith, aged 34,"): the readers rate such a
# sentence low, and "How old is Alan Pemberton?" was refused though retrieval found it
# (a new user's trial, stop 38; "How old is Richard Gere?" at stop 37). The sentence is cited
# first and its figure is the short answer (qa.answering.compose_read). (Its counterpart,
# an age said after a name the question does not ask about, is qa.ages._age_of_another.)
# (The age may end the sentence: "...by the company's chief executive, Mikael Saarinen, 48."
# was refused in a trial of stop 39.)
_AGED = re.compile(r"(?<![\w'’\-])((?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*),\s+(?:aged\s+|now\s+)?"
                   r"(\d{1,3})(?:,|[.;)]?$)")  # ("Robert Ashby, now 72,": trial BG, stop 48)
# ... or said with "is": "retired welder Dennis Quarmby, is 81 and fitted..." (two new users'
# README checks of stop 47 were refused the age so)
_AGED_IS = re.compile(r"(?<![\w'’\-])((?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*),?\s+(?:is|was|"
                      # (or "who is": "Student Ellie Vaughan, who is 17 and travels to
                      # Fenbridge College", trial OZ of stop 61, refused)
                      r"who (?:is|was)(?=\s+\d{1,3}\s+and\b|\s+\d{1,3},)|"
                      # (or "who at 29 is": "Skipper Jenna Rowe, who at 29 is the firm's
                      # youngest captain," was refused her age, the README check of stop 51)
                      r"who at(?=\s+\d{1,3}\s+(?:is|was)\b)|"
                      # (or "who" a deed "and is now": "Iorwerth Jones, who played the old organ
                      # for 41 years and is now 87", trial ACO of stop 74, refused)
                      r"who\s+[^.;!?,]{1,80}?\s+and\s+is\s+now(?=\s+\d{1,3}[.,;]))\s+"
                      r"(?:aged\s+)?(\d{1,3})(?=\s+and\b|\s+(?:is|was)\b|[,.;]|\s*$)")


# ... or described by the age after the name: "Comets captain Rachel Dunmore, a 38-year-old PE
# teacher at Kelmore Academy, said" (trial JG of stop 57 was refused the captain's age).
_AGED_DESCRIBED = re.compile(r"(?<![\w'’\-])((?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*),\s+"
                             r"(?:an?|the)\s+(\d{1,3})-year-old\b")


# Two people of one family named together, then their ages in the same order.
_AGED_PAIR = re.compile(r"(?<![\w'’\-])(?P<first1>[A-Z][\w'’\-]+)\s+and\s+"
                        r"(?P<first2>[A-Z][\w'’\-]+)(?P<family>(?:\s+[A-Z][\w'’\-]+)+),\s+"
                        r"(?:aged\s+)?(?P<age1>\d{1,3})\s+and\s+(?P<age2>\d{1,3})\b")


def says_every_name(question: str, text: str) -> bool:
    """Whether ``text`` has every word of the names ``question`` gives: a figure the reader
    did not mark is taken only from such a sentence ("The Fold One ... weighs 16.5kg" gives
    no weight of the Fold One Plus)."""
    words = {fold(plain(w)) for w in re.findall(r"[\w'’\-]+", text)}
    return all(w in words for name in question_names(question) for w in name)


# (and a councillor's: "Cllr Marsh, 54," for "How old is Councillor Helen Marsh?", the README
# check of 547d6e3, refused)
_TITLES = frozenset("mr mrs ms miss dr prof professor sir dame lord lady rev judge councillor "
                    "cllr".split())


def aged_here(question: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` gives, after the name of the person ``question`` asks the age of, that
    age ("Pemberton, 58,"), or None. The name before the age is the one asked when its last
    word is the asked name's, and, said whole ("Alan Pemberton, 58,"), it has every word of
    the asked name ("How old is Sarah Pemberton?" is not asked of Alan)."""
    if not ASKS_FOR_AGE.search(question):
        return None
    whole, question = question, age_asked_of_name(question)
    described = DESCRIBED_THEN_A_DEED.match(question.strip())
    if described is not None:
        question = described.group()  # (the names after are others': "How old is the van
        # driver accused of killing cyclist Rebecca Marsh?" was shown her age, trial CJ)
    # (a name owning another is not the one asked, nor any word of it: "How old is Carey
    # Lowell, Richard Gere's wife?", "How old is Sophie Marchetti's colleague?")
    # (nor a firm's: "Dunmore & Sons' finance director Ruth Castle", trial FM of stop 54)
    asked = question_names(re.sub(r"(?:[A-Z][\w\-]*\s+(?:&\s+)?)*[\w\-]+['’]s?(?=\s|$)", " ",
                                  _A_FIRM.sub(" ", _ROLES_BODY.sub(r"\1 ", question))))
    # (titles aside on both sides: "How old is Professor Helen Aldridge?", asked of the
    # vice-chancellor, of "Vice-chancellor Professor Helen Aldridge, 58,": trial CV, stop 51)
    asked = tuple(tuple(w for w in name if w not in _TITLES) or name for name in asked)
    then = AGE_WHEN.match(question.strip())
    deed = _stems(question, lower_only=True) - _NOT_A_DEED  # (what was done then, if asked)
    for pair in _AGED_PAIR.finditer(text):  # "Josh and Amira Patel, aged 34 and 31": each
        # first name its age, in order (trial QR of stop 61 was shown his "34" for hers)
        family = fold(plain(pair.group("family").split()[-1]))
        for first, age in (("first1", "age1"), ("first2", "age2")):
            if any(len(name) >= 2 and name[-1] == family
                   and name[0] == fold(plain(pair.group(first))) for name in asked):
                return pair.span(age)
    for m in [*_AGED.finditer(text), *_AGED_IS.finditer(text), *_AGED_DESCRIBED.finditer(text)]:
        # (the age then said just after: "Owen Pritchard, 19, was 13 when he collected the
        # first 400 signatures", trial GT of stop 55, showed "19")
        was_then = (re.match(r",\s+(?:was|were)\s+(\d{1,3})\s+when\b", text[m.end(2) :])
                    # (or said later of the same one: "Keith Ambrose, 68, started driving ... in
                    # 1981, when he was 23", "Thomas Penhale, 83, who ... moved out with his
                    # family when he was 15": trials RV and RX of stop 63 shown the age now)
                    or _AGE_THEN_LATER.match(text[m.end(2) :])
                    if then else None)
        if then and was_then is None and not deed & _stems(text[m.end(2) :]):
            continue  # (an age now, said with no deed asked: "Margaret Ellwood, 63, knocked
            # four minutes off the county best" for the age she started running at, trial SA
            # of stop 63)
        if then and was_then is None and DONE_BEFORE.search(text[m.end(2) :]):
            continue  # (an age said beside the name is now's when a clause about the person
            # tells a deed of a year: "Hollins, 41, from Hartlepool, who reached the
            # quarter-finals ... in 2016" for how old he was then, trial DR of stop 52)
        # (a hyphenated name is read as the question's names are: "Osei-Bonsu" as two words,
        # trial Q, stop 45, refused "How old is Kwame Osei-Bonsu?")
        said = [fold(plain(w)) for w in re.split(r"[\s\-]+", m.group(1))]
        said = [w for w in said if w not in _TITLES] or said  # "Prof Okafor, 52," (stop 39)
        if len(said) == 1 and not first_name_asked(asked, said[-1], text[: m.start(1)]) and \
                another_of_the_family(whole, said[-1], m.group(1).split()[:-1], text[: m.start(1)]):
            continue  # (a family name alone: "Mrs Dunmore, 52," for her husband Paul Dunmore,
            # trial EG of stop 53; "Her son, Mr Woodrow, 33," for "How old is Ellen Woodrow?",
            # the README check of 9554dfc)
        # (or the first name alone asked of the whole name: "How old is Andrew Calloway's
        # wife Fiona?" of "His wife, Fiona Calloway, 49," in trial J, stop 44, refused)
        # (and a family name said first and alone: "Chen, 24," for "How old is snooker player
        # Chen Weiliang?", trial N, stop 44, refused)
        if any(name and name[-1] == said[-1] and (len(said) == 1 or set(name) <= set(said))
               or len(name) == 1 and len(said) == 2 and name[0] == said[0]
               or len(name) == 2 and len(said) == 1 and name[0] == said[0]
               for name in asked):
            if was_then is not None:
                return m.end(2) + was_then.start(1), m.end(2) + was_then.end(1)
            return m.span(2)
    if then:
        # (the asked name said with no age, then the age then: "Mrs Ellwood, a retired primary
        # school teacher, only took up running at the age of 51", trial SA of stop 63 shown her
        # age now)
        # (what was done then said between the name and the age, not another deed: "Mrs
        # Ransome joined the Land Army at the age of 18" for how old Arthur Ransome was when
        # he died, trial FL's near miss)
        for w in re.finditer(r"[\w'’\-]+", text):
            if any(len(name) >= 2 and fold(plain(w.group())) == name[-1] for name in asked) and (
                    later := _AGE_THEN_LATER.match(text, w.end())) and deed & _stems(
                    text[w.end() : later.start(1)]):
                return later.span(1)
    described_as = _DESCRIBED_ASKED.match(question.strip())
    if described_as is not None:
        # (one asked by what they are, said so with "aged" after: "a female called Mei, aged
        # two" for "How old is the female red panda at Westmoor Zoo?", "the female, aged four,"
        # for the female beaver: trials RR and RV of stop 63, refused)
        words = {w.lower() for w in described_as.group(1).split()} - FUNCTION_WORDS
        for m in _AGED_AFTER_A_WORD.finditer(text):
            if m.group(1).lower() in words:
                return m.span(2)
    role = _UNNAMED_ASKED.match(question.strip())
    if role is not None:
        # (a person the article does not name, asked by what they are: "The driver, a
        # 61-year-old man from Lowton," for "How old was the driver of the Ashby Moor school
        # bus?", trial DN of stop 52, refused)
        unnamed = re.search(rf"\b[Tt]he {re.escape(role.group(1))},\s+(?:a|an)\s+"
                            r"(\d{1,3})-year-old\b", text)
        # (or named, then the age before what they are: "Lifeboat volunteer Tom Ashdown, the
        # 29-year-old helm of the Bramcote Community Rescue Boat," for the helm's age, trial
        # JH of stop 57, refused)
        described = re.search(r"(?<=,)\s+the\s+(\d{1,3})-year-old\s+"
                              rf"{re.escape(role.group(1))}\b", text, re.IGNORECASE)
        body = re.match(r"\s+(?:of|at|for)\s+(?:the\s+)?((?:[A-Z][\w'’\-]*\s*)+)",
                        text[described.end() :]) if described else None
        if body and not {fold(plain(w)) for w in body.group(1).split()} & {
                fold(plain(w)) for w in re.findall(r"[\w'’\-]+", question)}:
            described = None  # (another body's: "the 52-year-old helm of the Penhallow lifeboat")
        found = unnamed or described
        return found.span(1) if found else None
    return None


# A person said as someone's relative just before their name ("Her son, Mr Woodrow,"), and a
# question asking of a relative.
_RELATIVES = (r"(?:wife|husband|son|daughter|father|mother|brother|sister|partner|widow|widower|"
              r"grand\w+|uncle|aunt|niece|nephew|cousin)s?")
_A_RELATIVE_BEFORE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+{_RELATIVES},?\s+$")
_RELATIVE_ASKED = re.compile(rf"\b{_RELATIVES}\b", re.IGNORECASE)


# Titles and words of a man or of a woman.
_TITLE_WORDS = _TITLES | frozenset("reverend canon detective inspector sergeant "
                                   "constable captain".split()) | ROLES
_HIS = frozenset("mr sir lord husband father son brother grandfather grandson uncle nephew man "
                 "boy he his him widower".split())
_HERS = frozenset("mrs ms miss lady dame wife mother daughter sister grandmother granddaughter "
                  "aunt niece woman girl she her widow".split())


# One of two of a family, told apart by age ("The older Mr Demetriou"), said just before a
# family name: not the one asked by name, unless the question tells them apart so.
_ONE_OF_TWO = re.compile(r"\b(?:older|elder|eldest|oldest|younger|youngest|senior|junior)\s+$",
                         re.IGNORECASE)
_ONE_OF_TWO_ASKED = re.compile(r"\b(?:older|elder|eldest|oldest|younger|youngest|senior|junior)\b",
                               re.IGNORECASE)


def first_name_asked(asked: tuple[tuple[str, ...], ...], name: str, said_before: str) -> bool:
    """Whether ``name``, one word said alone, is the first name of one of the names ``asked``
    (:func:`qa.subjects.question_names`) whose family name ``said_before`` has: a relative
    named by the first name only after one of the family ("Pauline Garside, 63, and her husband
    Keith, 66," for "How old is Keith Garside?": trials TY, UB and UD of stop 65 refused it)."""
    said = {fold(plain(w)) for w in re.findall(r"[\w'’\-]+", said_before)}
    return any(len(one) >= 2 and one[0] == name and one[-1] in said for one in asked)


def another_of_the_family(question: str, family: str, before_name: list[str],
                          said_before: str = "") -> bool:
    """Whether the words said before ``family``, a family name the question has (the words
    ``before_name``: "Tom", "Mrs"), make the name another of that family than the one asked:
    another first name than the question's, a title of the other sex than the question's
    words for the person, or, the question asking of no relative, a relative's noun just
    before it all (``said_before`` ending "Her son,")."""
    if said_before and not _RELATIVE_ASKED.search(question) and \
            _A_RELATIVE_BEFORE.search(said_before):
        return True
    if _ONE_OF_TWO.search(said_before) and not _ONE_OF_TWO_ASKED.search(question):
        return True  # "The older Mr Demetriou, now 81," of two of the family, for the owner
        # Stavros Demetriou (trial LC of stop 58 was shown "81")
    if not before_name and (named := re.search(r"((?:[\"“]?[A-Z][\w\-]*[\"”]?\s+)+)$",
                                               said_before)):
        before_name = named.group(1).split()  # (the first names, a nickname in quotes among
        # them, left outside the name read: 'tenor William "Bill" Thomas, 89,' for "How old is
        # Owen Thomas?", trial UY of stop 65 shown "89")
    nicknames = {fold(plain(w.strip('"“”'))) for w in before_name if w[:1] in '"“'}
    before_name = [w for w in before_name if w[:1] not in '"“']
    words = {w.lower().strip(".,") for w in before_name}
    firsts = {name[-2] for name in question_names(question)
              if len(name) >= 2 and name[-1] == family and name[-2] not in _TITLE_WORDS}
    said_first = [fold(plain(w)) for w in before_name if w[:1].isupper()
                  and fold(plain(w)) not in _HIS | _HERS | _TITLE_WORDS]
    if firsts and (said_first or nicknames) and not firsts & ({*said_first[-1:], *nicknames}):
        return True  # (a nickname in quotes names the one too: "William "Bill" Thomas")
    if words & _TITLE_WORDS and any(re.search(rf"\b{re.escape(first)}\b(?!\s+{re.escape(family)})",
                                              fold(plain(said_before)))
                                    for first in firsts):
        return True  # "... our name Lucy dropped her fork,” said Mr Trevithick, 45." (one named
        # by a title, the first name asked said as another's before): no age of Lucy
        # Trevithick (trial NJ of stop 60 was shown "45")
    asked = {w.lower() for w in re.findall(r"[\w]+", question)}
    return bool(words & _HERS and asked & _HIS and not asked & _HERS
                or words & _HIS and asked & _HERS and not asked & _HIS)


# A person asked by what they are, and by nothing they are named by ("How old was the driver
# of the Ashby Moor school bus?").
# The body a role is asked of, which names no person: "How old is the chairman of Pendry &
# Sons Transport?" was shown "Huw Pendry, 58," the managing director's age (trial GO of stop 55).
_ROLES_BODY = re.compile(r"\b((?i:" + "|".join(sorted(r for r in ROLES if " " not in r))
                         + r") (?:of|at)) (?:the )?(?:[A-Z][\w'’\-]*\s+(?:&\s+|and\s+|of\s+)?)*"
                         r"[A-Z][\w'’\-]*")
# A firm's name joined by "&", which names no person asked: "How old is the Brindley & Cope
# decorator...?" was shown "Mrs Cope, 57," and "... the finance director of the Ledbury garage
# Bright & Sons?" "Simon Bright, 52," (trials GY and GX of stop 55).
_A_FIRM = re.compile(r"(?:\b[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*\s+&\s+[A-Z][\w'’\-]*"
                     r"(?:\s+[A-Z][\w'’\-]*)*")
def _stems(text: str, lower_only: bool = False) -> set[str]:
    """The first four letters of each word of ``text`` in lower case (of its lower-case words
    only, with ``lower_only``: not its names)."""
    return {w.lower()[:4] for w in re.findall(r"[a-z][\w'’\-]+" if lower_only
                                               else r"[\w'’\-]+", text)}


# Words of an age asked then that tell no deed ("How old was ... when ...?").
_NOT_A_DEED = {w[:4] for w in FUNCTION_WORDS | {"old", "age", "when", "what", "did", "was", "were"}}


# An age then, said of the one named just before: "when he was 23", "at the age of 51" (in the
# clause's own words; not after another's name).
# What a person was as a child ("as a boy of 15").
AS_A_CHILD = r"(?:young )?(?:boy|girl|child|teenager|youngster|lad|schoolboy|schoolgirl)"
_AGE_THEN_LATER = re.compile(r"[^.;]*?\b(?:when (?:he|she) was|at the age of"
                             # (or "aged" after a word, "as a boy of": "Roy Hindle, 73, first
                             # played on the bandstand as a cornet player aged 12", trial ZM of
                             # stop 70 shown "73")
                             r"|(?<=[a-z] )aged|as an? " + AS_A_CHILD + r" of"
                             # (or after a year: "Walter Trebilcock, who died in 2023 aged 84",
                             # trial ACN of stop 74, refused)
                             r"|(?<=\b(?:19|20)\d\d )aged"
                             # (or "who was 19 at the time of the rescue", trial AAZ of stop 72
                             # shown "91")
                             r"|who was(?=\s+\d{1,2}\s+(?:at the time|when)\b))\s+(\d{1,3}|"
                             + NUMBER_IN_WORDS + r")\b(?![,.]?\d)(?![^.;]*\bwhen (?:he|she) was\b)")


# One asked by what they are ("How old is the female red panda at Westmoor Zoo?"), and a word
# of it said with the age after it, called by a name or not ("a female called Mei, aged two",
# "the female, aged four,"; "the youngest, student Chloe Dunn, is 21" for the youngest driver,
# trial OS of stop 60 shown the oldest's "74").
_DESCRIBED_ASKED = re.compile(r"^(?i:how old|what age) (?:is|was) the ((?:[a-z][\w\-]*\s+){0,3}"
                              r"[a-z][\w\-]*)(?:\s+(?:of|in|on|at|from|for)\b|\s*\?)")
_AGED_AFTER_A_WORD = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+([a-z][\w\-]*)(?:\s+called\s+[A-Z][\w'’\-]*"
                                r"|,\s+(?:[a-z][\w\-]*\s+){0,3}(?:[A-Z][\w'’\-]*\s+){0,3}"
                                r"[A-Z][\w'’\-]*)?,\s+(?:aged|is|was)\s+(\d{1,3}|"
                                + NUMBER_IN_WORDS + r")\b")


_UNNAMED_ASKED = re.compile(r"^(?:how old|what age) (?:is|was) the ([a-z\-]+)(?: of\b| in\b| on\b|"
                            r"\?)", re.IGNORECASE)


# A person asked by what they are, then by a deed done to or by others named after it: "How
# old is the van driver accused of killing cyclist Rebecca Marsh?" (trial CJ, stop 50).
DESCRIBED_THEN_A_DEED = re.compile(r"^(?:how old|what age) (?:is|was|are|were) (?:the|a|an) "
                                    r"(?-i:[A-Za-z\s\-'’]*?)\b(?:who|that|whose|accused|charged|"
                                    r"convicted|jailed|sentenced|suspected)\b", re.IGNORECASE)


def named_after_the_deed(question: str) -> set[str]:
    """The capitalised words of ``question`` after the deed that describes the person whose
    age it asks (see DESCRIBED_THEN_A_DEED): others' names ("Rebecca", "Marsh")."""
    described = DESCRIBED_THEN_A_DEED.match(question.strip())
    if described is None:
        return set()
    return set(re.findall(r"[A-Z][\w'’\-]*", question.strip()[described.end() :]))


# An age asked of a person by a role ("How old is the Harbridge Town manager?"): asked of the
# name said beside that role ("Harbridge manager Steve Whitlock, 56, said..."), as
# aged_here reads it. Two of three trials of stop 39 asked so, and both were refused (the
# festival's director, the start-up's chief executive, whose age is said in another sentence:
# "founded in 2021 by former engineering students Priya Raman, 29,").
_AGE_OF = re.compile(r"^(?:how old|what age) (?:is|was|are|were) (?P<who>.+?)\s*\??$",
                     re.IGNORECASE)


# A person named in full, with a title or not, then described after a comma.
_NAMED_FIRST = re.compile(r"(?:(?:Councillor|Cllr|Dr|Sir|Dame|Professor|Prof|Mr|Mrs|Ms|Miss|"
                          r"Captain|Judge|Lord|Lady|Canon|Reverend|Rev)\s+)?"
                          r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)+\s*,")


# A person asked by what they did ("How old is the woman who directed The Salt Road?", trial
# H, stop 42): the one "Who directed The Salt Road?" asks for.
_WHO_DID = re.compile(r"^(?:the |a )?(?:woman|man|person|girl|boy|player|driver|pilot|one)\s+"
                      r"(?:who|that)\s+(.+)$", re.IGNORECASE)


# ... or after what a head is head of ("St Brigid's head of retail Craig Lowther" was asked of
# the charity's chief executive: trial DN of stop 52).
_HEAD_OF_A_PART = re.compile(r"\b(?:head|director|manager) of [a-z][\w\-]*$")
_NAMED_AFTER_ROLE = re.compile(r"\b([a-z][\w\-]*)\s+"
                               r"(?:(?:Sir|Dame|Dr|Prof|Professor|Mr|Mrs|Ms)\s+)?"
                               r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}\s*$")


# The youngest or the oldest asked, and each said with an age ("the club's oldest playing
# member, Frank Dobson, 91, and its youngest, Ellie Marsh, 10"; "Its youngest crew member, Jago
# Rowe, is 17, and its oldest, ... Peter Angove, is 72").
_EXTREME_ASKED = re.compile(r"\b(youngest|oldest|eldest)\b", re.IGNORECASE)


def age_of_the_extreme(question: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` gives the age of the youngest or the oldest ``question`` asks the age
    of, said after that word (and before the other), or None."""
    asked = {m.group(1).lower() for m in _EXTREME_ASKED.finditer(question)}
    if not ASKS_FOR_AGE.search(question) or len(asked) != 1:
        return None
    word = asked.pop().replace("eldest", "oldest")  # ("the eldest", trial ZI of stop 70)
    before = re.search(rf",\s+(\d{{1,3}}),\s+(?:the|its|their)\s+(?:[a-z\-]+\s+)?{word}\b",
                       text, re.IGNORECASE)
    if before is not None:  # the age said before it: "churchwarden Elizabeth Corbett, 79, the
        return before.span(1)  # oldest abseiler," (trial ZI of stop 70 shown her grandson's)
    said = re.search(rf"\b{word}\b(?:(?:(?!youngest|oldest)[^.;]){{0,60}}?,\s+"
                     rf"(?:who is\s+|is\s+|aged\s+)?"
                     # (or "the oldest of whom is 84", trial TS of stop 64 refused)
                     r"|\s+of (?:whom|them)\s+(?:is|was)\s+)"
                     rf"(\d{{1,3}}|{NUMBER_IN_WORDS})"
                     r"(?=[,.;]|\s+and\b|\s*$)", text, re.IGNORECASE)
    return None if said is None else said.span(1)


def age_asked_of(question: str, sentences: Sequence[ScoredSentence]) -> str:
    """``question``, or, when it asks a person's age by a role and none of ``sentences``
    gives the age of a name it says, the question asked of the name one of them says beside
    that role (:func:`named_here`, the sentence naming the most of the role first):
    "How old is Steve Whitlock?" for "How old is the Harbridge Town manager?"."""
    asked = _AGE_OF.match(question.strip())
    if asked is None or any(aged_here(question, s.text) for s in sentences):
        return question
    if any(age_of_the_extreme(question, s.text) for s in sentences):
        return question  # (the youngest asked, not the one named beside the noun: "the club's
        # oldest playing member, Frank Dobson, 91, and its youngest, Ellie Marsh, 10", trial
        # SX of stop 64 shown "91")
    named = _NAMED_AFTER_ROLE.search(asked.group("who"))
    titled = re.match(r"([A-Z][a-z]+)\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*\s*"
                      r"(?:$|,|(?:of|from|at|on)\s)", asked.group("who"))  # "Councillor Ruth
    # Pennington": named
    # (whatever follows: "Councillor Gillian Marsh of Brindleford council" is not asked of
    # the council's leader, "Cllr Thwaite, 57,": trial HN of stop 55)
    if named and (named.group(1).lower() in ROLES or _HEAD_OF_A_PART.search(
            asked.group("who")[: named.end(1)])) or titled and titled.group(1).lower() in ROLES:
        return question  # the person is named: "Skyline Atlantic's chief operating officer
        # Marcus Delaney" was asked of the union's regional officer (trial M, stop 44)
    if _NAMED_FIRST.match(asked.group("who")):
        return question  # named, then described: "How old is Councillor Tom Eastwood, the
        # Liberal Democrat group leader in Arlsford?" was shown another councillor's age, and
        # "How old is Stephen Haigh, the co-founder of Budgetwise?" his brother's (trials DD
        # and CY, stop 51)
    described = _WHO_DID.match(asked.group("who"))  # "the woman who directed The Salt Road"
    who = f"Who {described.group(1)}?" if described else f"Who is {asked.group('who')}?"
    # (the body named in the sentence or the title, for a role: another firm's chief
    # executive's age is not the one asked; a deed's thing in the passage: "The film, directed
    # by Kadri Lepik, 38," of the passage that says "The Salt Road")
    read = articles_read(sentences)
    found = [(f[0], -n, s.text[f[1] : f[2]]) for n, s in enumerate(sentences)
             if (f := named_here(who, s, read[s.chunk.article_id])) is not None
             and (described is not None or _names_the_body(who, s, read[s.chunk.article_id]))]
    return f"How old is {max(found)[2]}?" if found else question


def articles_read(sentences: Sequence[ScoredSentence]) -> dict[str, str]:
    """What the chunks read of each article of ``sentences`` say, their titles too, by
    article."""
    read: dict[str, str] = {}
    for s in sentences:
        known = read.get(s.chunk.article_id, s.chunk.title)
        if s.chunk.text not in known:
            read[s.chunk.article_id] = f"{known} {s.chunk.text}"
    return read


def _names_the_body(question: str, s: ScoredSentence, article: str = "") -> bool:
    """True when sentence ``s`` or its article's title says at least half of the names
    ``question`` has besides its role ("Westbridge Bank" of "the chief executive of Westbridge
    Bank"): a role holder's age is another's when only the chunk names the body (the last
    trial of stop 40 showed a football club's chief executive's "44" for the bank's, the
    club's lender, named in the chunk)."""
    found = role_holder(question, s.text)
    return (_says_half_the_names(question, s.text, s.chunk.title)
            or found is not None and (
                _owned_as_asked(question, s.text[: found[1]])
                # (or owned by what the chunk names, called by what it is: "The boat's
                # skipper, Jory Pascoe, 44," for the skipper of the Morwenna Rose, trial L)
                or bool(_GENERIC_OWNER.search(s.text, 0, found[1])
                        or _GENERIC_OWNER_AFTER.match(s.text, found[2])
                        or _titled(question, s, found[1], article)
                        or _kind_asked_before(question, s.text[: found[1]])
                        or _titled_as_asked(question, s, found[1])
                        # (or its verb, in a clause naming the body: "who chairs the local
                        # branch of the Campaign for Real Ale (Camra)", trial AP, stop 47)
                        or as_verb_question(question))
                and _says_half_the_names(question, s.chunk.title, s.chunk.text, article)))


_GENERIC_OWNER_AFTER = re.compile(r",\s+(?:\d{1,3},\s+)?(?:the\s+[a-z][\w\-]*['’]s|its|their|"
                                  # ("Martin Keogh, 62, the chief executive of the
                                  # foundation," trial EE of stop 52, refused his age)
                                  r"the(?=\s+(?:[a-z][\w\-]*\s+){0,4}[a-z][\w\-]*\s*,)"
                                  # (or a role said as what the person is: "Priya Nandra, 31, an
                                  # engineer," for the engineer who co-founded a climbing
                                  # centre, trial CG, stop 50, refused her age)
                                  r"|an?(?=\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s*,))\s")
# (or "the" alone, the role closing the apposition: "Councillor Jane Hurst, 54, the cabinet
# member for finance," in a chunk that does not name the council: trial T, stop 45, refused)
_GENERIC_OWNER = re.compile(r"(?:\b[Tt]he\s+[a-z][\w\-]*['’]s|(?<![\w'’])[Ii]ts|(?<![\w'’])"
                            # (or "whose": "run by Greenacre Events Ltd, whose managing
                            # director, Oliver Pask, 41," for the firm that runs the barn the
                            # question names, trial CH, stop 50, refused his age)
                            r"[Tt]heir|,\s+whose"
                            # (or "The" alone before a role and a comma: "The skipper, Jamie
                            # Tregarthen, 46," of the boat the article is about, trial CQ,
                            # stop 50, refused his age)
                            r"|^[Tt]he(?=\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*,\s+"
                            r"(?:(?:Councillor|Cllr|Dr|Professor|Prof|Sir|Dame)\s+"
                            # (or a cleric's: "The vicar, the Rev Catherine Moyle, 49," trial
                            # ACQ of stop 74, refused)
                            r"|(?:the\s+)?(?:Rev|Reverend|Revd)\s+|the\s+)?$))"
                            r"\s+(?:[\w\-]+,?\s+){0,4}"
                            # (and a title: "The council's cabinet member for highways,
                            # Councillor Charlotte Haines, 49,": trial CH, stop 50)
                            r"(?:(?:Councillor|Cllr|Dr|Professor|Prof|Sir|Dame)\s+)?$"
                            # (or "it" hiring one: "It will employ a paid manager, Kirsty Dean,
                            # 34,": trial AN, stop 47, refused the shop's new manager's age)
                            r"|(?<![\w'’])(?:It|it|They|they)\s+(?:will|has|have|had|is to|are to)"
                            r"\s+(?:employ|appoint|hire|recruit)(?:ed)?\s+(?:a|an)\s+"
                            r"(?:[\w\-]+,?\s+){0,3}$")


# ("A criminal group calling itself Black Heron has claimed responsibility": trial AY, stop
# 48, showed the council's chief executive for the group's name.)
# A thing's name asked ("What is the name of the peanut allergy pill the MHRA approved?") and a
# sentence saying what it is called ("The drug, called Pelarvix, is made by..."): a trial of
# stop 41 cited the lead, which the readers rated far above, without the name.
_CALLED = re.compile(r"\b(?:called|named|dubbed|known as|branded|christened|titled|"
                     r"call(?:s|ed|ing) (?:itself|themselves))\s+(?:the\s+)?"
                     r"[\"“']?(?P<name>[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|the|and|for|de)"
                     r")*)")


_NAME_OF_WHAT = re.compile(r"^\s*what (?:is|was|are|were) the names? of (?:the |a |an )?"
                           r"(?P<what>(?:(?!(?:the|that|which|who|whom|whose|in|of|by|for|at|"
                           r"on|to|from|with)\b)[\w'’\-]+\s*)+)", re.IGNORECASE)


def called_here(question: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` says what the thing ``question`` asks the name of is called (see
    _CALLED), a name the question does not give; else None. Not for a role's holder."""
    asked = _NAME_OF_WHAT.match(question)
    if asked is None or ROLES & {w.lower() for w in asked.group("what").split()}:
        return None  # ("What is the name of the judge who...?": a role's holder)
    for m in _CALLED.finditer(text):
        name = re.sub(r"(\s+(of|the|and|for|de))+$", "", m.group("name"))
        if not only_asked_words(question, name):
            return m.start("name"), m.start("name") + len(name)
    return None


def called_short_answer(question: str, lead: ScoredSentence,
                        first: Citation) -> ShortAnswer | None:
    """The name ``lead`` says the thing ``question`` asks about is called."""
    return in_first(lead, called_here(question, lead.text), first)


# A person asked by a deed done to a thing ("Who named the sailing club's new boat
# Kittiwake?", "Who discovered the hoard?") and a sentence saying it done "by" a person, said
# after who they are: "The boat was named by the club's youngest member, eight-year-old Freya
# Maddox" (trials AAF and AAI of stop 71 were shown the boat's name and the members watching,
# AAE "Not sure" over the sentence naming no one).
_ASKS_WHO_DID = re.compile(r"^\s*who\s+(?:first\s+)?(?P<verb>named|christened|discovered|found|"
                           r"unearthed|uncovered|unveiled|opened|designed|painted|built|carved|"
                           r"made|wrote|composed|planted|founded|started|switched|sculpted|"
                           r"restored|rescued|spotted|photographed)\b", re.IGNORECASE)
# (deeds a thing is said done "by" someone; not "won", "served": "The cup ... was won by Frank
# Oduya" for the Banksian Medal, "Plymouth is served by Plymouth Hospitals" for its mayor in
# 1593, replayed)
_DEEDS_ALIKE = (("discovered", "found", "unearthed", "uncovered"),
                ("named", "christened"),
                ("opened", "unveiled"))
_A_PERSON_AFTER_BY = (r"(?:\s+(?:on|off|up|open))?(?:\s+(?:in|on|last)(?:\s+[\w'’]+){1,2})?\s+by\s+"
                      # (who they are between, no place: "found by a metal detectorist in a
                      # field near Hollin Cross" names no finder; "unearthed in October 2022 by
                      # retired postman Dennis Ashworth")
                      r"(?:(?!(?:in|near|at|on|from|to|of|for|with|after|before|and)\b)"
                      r"[a-z0-9'’\-]+,?\s+){0,7}?"
                      r"(?P<name>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2})\b")


def _deeds_asked(question: str) -> tuple[str, ...]:
    """The verb of the deed ``question`` asks the doer of (see _ASKS_WHO_DID), with those
    saying the same deed ("found" for "discovered"), or none."""
    asked = _ASKS_WHO_DID.match(question)
    verb = asked.group("verb").lower() if asked else None
    if verb is None:
        return ()
    return next((alike for alike in _DEEDS_ALIKE if verb in alike), (verb,))


def done_by_here(question: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` names the person by whom the deed ``question`` asks the doer of was
    done (see _ASKS_WHO_DID), said "<deed> by <who they are> <Name>"; else None."""
    verbs = _deeds_asked(question)
    if not verbs:
        return None
    said = re.search(rf"\b(?:{'|'.join(verbs)}){_A_PERSON_AFTER_BY}", text)
    if said is None or only_asked_words(question, said.group("name")):
        return None
    start, end = said.span("name")
    first = re.match(r"[\w'’\-]+\s+", text[start:end])
    if first and len(text[start:end].split()) == 3 and (
            first.group().strip().lower() in ROLES or is_a_word(first.group().strip())
            or text[:start].endswith(("the ", "a "))):
        start += first.end()  # "Owen Pritchard", not "(the) Welshman Owen Pritchard"; "Ruth
        # Okafor", not "Professor Ruth Okafor"
    return start, end


def did_it_here(question: str, text: str) -> bool:
    """Whether ``text`` names one doing the deed ``question`` asks the doer of (see
    _ASKS_WHO_DID), the name just before the verb ("Faith Wanjiru won the race")."""
    verbs = _deeds_asked(question)
    # (no comma but an age's: not "the Brackley Hoard, discovered near the village", trial AAN
    # of stop 71, replayed)
    return bool(verbs) and bool(re.search(
        rf"\b[A-Z][\w'’\-]+(?:,\s+\d{{1,3}},)?\s+(?:{'|'.join(verbs)})\b", text))


def done_by_short_answer(question: str, lead: ScoredSentence,
                         first: Citation) -> ShortAnswer | None:
    """The name of the one ``lead`` says did the deed ``question`` asks the doer of."""
    return in_first(lead, done_by_here(question, lead.text), first)


# A count of the people who watched asked ("How many fans were at Millbrook Park for the
# semi-final?") and the crowd a sentence gives ("A crowd of 18,450 watched Rovers lead..."):
# the readers rated such sentences under the cut-off, and two trials of stop 41 were refused
# ("How many spectators watched the Harbour Cup final?" too); not the comma after it ("a
# record crowd of 3,240, secured...": "3,240," was shown, trial CU of stop 51).
_ASKS_CROWD = re.compile(r"^\s*how many (?:fans|spectators|supporters|people|racegoers)\b"
                         r"(?=.*\b(?:watch\w*|attend\w*|were at|was at|were in|turned up|"
                         r"saw|packed|filled|came)\b)", re.IGNORECASE)
_CROWD = re.compile(r"\b(?:crowd|attendance|gate) of (?P<n>(?:about |around |more than |nearly |"
                    r"almost |over |some |just over |just under )?\d(?:[\d,]*\d)?)(?![\d,]*\s*%)",
                    re.IGNORECASE)


_ASKS_AN_EARLIER_TIME = re.compile(r"\b(?:last|previous|before|ago|earlier|prior)\b",
                                   re.IGNORECASE)


def crowd_here(question: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` gives the crowd ``question`` asks the size of (see _CROWD), or None."""
    if not _ASKS_CROWD.search(question):
        return None
    said = _CROWD.search(text)
    if said and _ASKS_AN_EARLIER_TIME.search(question):
        # (an earlier crowd asked: the one it rose or fell from, "a crowd of 640, up from 410
        # for last season's final" for the previous season's, trial PV of stop 61 shown "640")
        before = _CROWD_BEFORE.match(text, said.end("n"))
        return None if before is None else before.span(1 if before.group(1) else 2)
    return said.span("n") if said else None


# A cost said of "it", the sentence before naming the thing asked: "The tractor, a Talus MB-H,
# arrived at the harbour on Tuesday ..." then "It cost £285,000, of which ..." for "What did the
# new launch tractor for the Porthwenna lifeboat cost?" (trial ACN of stop 74 refused: the
# readers rated the sentence low, saying no tractor). Not an old thing's, nor a year's, asked.
_IT_COST = re.compile(r"^It\s+(?:cost|has cost)\s+"
                      r"(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|just over\s+|"
                      r"just under\s+)?(?P<sum>[$£€]\d(?:[\d,.]*\d)?(?:\s?(?:m|bn|k|million|"
                      r"billion)\b)?)(?![^.;]*\b(?:a|per|each)\s+(?:year|month|week|day)\b)")
_ASKS_WHAT_IT_COST = re.compile(r"^\s*(?:how much|what)\b.*\bcost\b", re.IGNORECASE)
# (not an old one's, a year's, or a plan's: "How much will it cost to extend the Elsdon fibre
# network ...?" of "It cost £610,000 to build", trial YB, replayed)
_NOT_NOW_ASKED = re.compile(r"\b(?:old|former|previous|original|last|will|would|planned|plans?|"
                            r"(?:19|20)\d\d)\b", re.IGNORECASE)
# The sentence before, opening on the thing: "The tractor, a Talus MB-H, arrived ...".
_OPENS_ON_A_THING = re.compile(r"^(?:The|Its|Their)\s+(?:new\s+)?([a-z][\w\-]+)\b")


def cost_of_it_here(question: str, s: ScoredSentence) -> tuple[int, int] | None:
    """Where sentence ``s`` says what "it" cost (see _IT_COST), when ``question`` asks what a
    thing cost and the sentence before it in its chunk opens on that thing, a word of the
    question ("The tractor, ..."), or None."""
    said = _IT_COST.match(s.text)
    if said is None or s.index == 0 or not _ASKS_WHAT_IT_COST.search(question) or (
            _NOT_NOW_ASKED.search(question)):
        return None
    a, b = s.chunk.sentences[s.index - 1]
    thing = _OPENS_ON_A_THING.match(s.chunk.text[a - s.chunk.start : b - s.chunk.start])
    asked = {w.lower() for w in re.findall(r"[a-z][\w\-]{3,}", question)}
    return said.span("sum") if thing is not None and thing.group(1).lower() in asked else None


def cost_of_it_short_answer(question: str, lead: ScoredSentence,
                            first: Citation) -> ShortAnswer | None:
    """The cost ``lead`` says of "it", when ``question`` asks it (:func:`cost_of_it_here`)."""
    return in_first(lead, cost_of_it_here(question, lead), first)


# The year a thing began, asked so, said "began in 2011" in a sentence the readers rate low:
# "When did the Ledbury cider festival begin?" of "... the biggest since the event began in
# 2011" (the README check RC74-cider shown 2025, a year of its figures). The verb asked and the
# verb said of one kind; one such year in the sentence.
_BEGAN_ASKED = re.compile(r"^\s*(?:when|in what year|what year|in which year|which year)\b.*\b(?:"
                          r"(?P<begin>begin|began|start|started)|(?P<open>open|opened|launch|"
                          r"launched)|(?P<found>found|founded|establish|established|set up|"
                          r"form|formed))\b", re.IGNORECASE)
_BEGAN_SAID = {"begin": r"began|begun|started", "open": r"opened|launched|began",
               "found": r"founded|established|set up|formed|began|started"}


def began_here(question: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` says the one year a thing began, opened or was founded, when ``question``
    asks that year by a verb of the same kind (see _BEGAN_ASKED), or None."""
    asked = _BEGAN_ASKED.search(question)
    if asked is None or not re.search(r"\b(?:did|was|were)\b", question, re.IGNORECASE) or (
            re.search(r"\b(?:start|begin)\s+[a-z]+ing\b", question, re.IGNORECASE)):
        return None  # (a start past, not "When is the open day ...?", trial XJ, replayed; nor a
        # doing started, "did Fiona Grant start running Thornbury Library?", trial ZH)
    kind = next(k for k in ("begin", "open", "found") if asked.group(k))
    said = list(re.finditer(rf"(?<!\bbe )(?<!\bbeen )\b(?:{_BEGAN_SAID[kind]})\s+(?:in\s+)?"
                            rf"((?:19|20)\d\d)\b", text))  # (not "It is due to be opened in 2075")
    if len(said) != 1:
        return None
    # (of the thing asked: its name's or noun's word just before, or "the event" or "it"; not
    # "The group was founded in 1909" for a canoe club, trial ABO, replayed)
    before = text[max(0, said[0].start() - 50) : said[0].start()]
    words = {w for w in re.findall(r"[A-Za-z][\w\-]{3,}", question)
             if w.lower() not in FUNCTION_WORDS and w.lower() not in ("when", "what", "which",
                                                                      "year", "first")}
    ok = any(re.search(rf"\b{re.escape(w)}\b", before, re.IGNORECASE) for w in words) or re.search(
        r"\b(?:the event|it|it was)\s+(?:was\s+|first\s+)?$", before, re.IGNORECASE)
    return said[0].span(1) if ok else None


def began_short_answer(question: str, lead: ScoredSentence,
                       first: Citation) -> ShortAnswer | None:
    """The year ``lead`` says a thing began, when ``question`` asks it (:func:`began_here`)."""
    return in_first(lead, began_here(question, lead.text), first)


_CROWD_BEFORE = re.compile(r",?\s+(?:up|down)\s+from\s+(\d[\d,]*)\b|,?\s+(?:compared with|"
                           r"against)\s+(\d[\d,]*)\b")


def place_short_answer(question: str, lead: ScoredSentence,
                       first: Citation) -> ShortAnswer | None:
    """The placing ``lead`` gives of the season ``question`` asks (:mod:`qa.placings`)."""
    return in_first(lead, place_here(question, lead.text), first)


def crowd_short_answer(question: str, lead: ScoredSentence,
                       first: Citation) -> ShortAnswer | None:
    """The crowd ``lead`` gives, when ``question`` asks how many watched."""
    return in_first(lead, crowd_here(question, lead.text), first)


# A vote said by its two sides ("voted by nine votes to six", "passed by 29 votes to 17") and
# a count asked of one of them ("How many councillors backed shutting the Eastbrook library?",
# "... voted against the budget?"): trial FM of stop 54 was refused the first, trial FO shown
# "29 votes to 17" for the second.
_A_VOTE = re.compile(r"\b(?P<for>\d+|[a-z]+(?:-[a-z]+)?)\s+votes?\s+to\s+"
                     r"(?P<against>\d+|[a-z]+(?:-[a-z]+)?)\b"
                     # (or "voted seven to three": trial HK of stop 55 showed it whole)
                     # (or "voted by 212 to 87": trial PP of stop 61 showed it whole)
                     r"|\bvoted\s+(?:by\s+)?(?P<for2>\d+|[a-z]+)\s+to\s+(?P<against2>\d+|[a-z]+)\b")
_ASKS_AGAINST = re.compile(r"^how many\b.*\b(?:against|opposed|opposing|rejected|voted no)\b",
                           re.IGNORECASE)
_ASKS_FOR = re.compile(r"^how many\b.*\b(?:backed|backing|supported|supporting|in favour|"
                       r"voted for|voted yes|approved)\b", re.IGNORECASE)
# (of those who vote: not "How many people backed the brewery's crowdfunding campaign?", nor
# "How many people signed the petition opposing car park fees?", trials EH and EQ)
_ASKS_VOTERS = re.compile(r"\b(?:vot\w*|councillors?|members|mps|delegates)\b", re.IGNORECASE)


# A share asked of one side ("What percentage of people who took part in the consultation
# supported the skate park?") and a sentence giving each side's ("62% of respondents to a 2023
# consultation backed the scheme, with 21% opposed": trial GT of stop 55 showed "21%").
_ASKS_A_SIDES_SHARE = re.compile(r"^what (?:percentage|proportion|share)\b", re.IGNORECASE)
_A_SHARE = re.compile(r"\b\d+(?:\.\d+)?(?:%|\s+per\s*cent\b)")
_SAYS_AGAINST = re.compile(r"\b(?:against|opposed|opposing|rejected|objected|voted no)\b",
                           re.IGNORECASE)
_SAYS_FOR = re.compile(r"\b(?:backed|backing|supported|supporting|in favour|voted for|"
                       r"voted yes|approved|welcomed)\b", re.IGNORECASE)


def _share_of_the_side(side: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` gives the share of ``side`` ("for" or "against"), each share's side
    said after it, before the next share or clause; None unless exactly one share is said of
    that side and another of the other."""
    sides: dict[str, list[tuple[int, int]]] = {"for": [], "against": []}
    shares = list(_A_SHARE.finditer(text))
    for n, m in enumerate(shares):
        stop = shares[n + 1].start() if n + 1 < len(shares) else len(text)
        after = re.split(r"[,;.](?:\s|$)", text[m.end() : stop])[0]
        said = [k for k, says in (("against", _SAYS_AGAINST), ("for", _SAYS_FOR))
                if says.search(after)]
        if len(said) == 1:
            sides[said[0]].append(m.span())
    other = "for" if side == "against" else "against"
    return sides[side][0] if len(sides[side]) == 1 and sides[other] else None


def vote_here(question: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` gives the side of a vote ``question`` asks the count of (see _A_VOTE),
    or the share of the side asked (_ASKS_A_SIDES_SHARE), or None."""
    if _ASKS_A_SIDES_SHARE.match(question.strip()):
        side = ("against" if _SAYS_AGAINST.search(question)
                else "for" if _SAYS_FOR.search(question) else None)
        return _share_of_the_side(side, text) if side else None
    if not _ASKS_VOTERS.search(question):
        return None
    side = ("against" if _ASKS_AGAINST.search(question.strip())
            else "for" if _ASKS_FOR.search(question.strip()) else None)
    votes = list(_A_VOTE.finditer(text))
    if side is None or len(votes) != 1:
        return None
    sides = ("for", "against") if votes[0].group("for") else ("for2", "against2")
    if not all(NUMBER.fullmatch(votes[0].group(s)) or votes[0].group(s).isdigit() for s in sides):
        return None
    return votes[0].span(sides[0] if side == "for" else sides[1])


def vote_short_answer(question: str, lead: ScoredSentence,
                      first: Citation) -> ShortAnswer | None:
    """The count of the side of a vote ``lead`` gives, when ``question`` asks it."""
    return in_first(lead, vote_here(question, lead.text), first)


def aged_short_answer(question: str, lead: ScoredSentence, first: Citation,
                      others: Sequence[ScoredSentence] = ()) -> ShortAnswer | None:
    """The age ``lead`` gives after the name of the person ``question`` asks about (or of
    the one the sentence before names: :func:`aged_after_named`, ``others`` the sentences
    read)."""
    return in_first(lead, aged_here(question, lead.text)
                     or aged_after_named(question, lead, others)
                     or aged_relative(question, lead)
                     or age_of_the_extreme(question, lead.text), first)


# An age said of a speaker by it alone, after the sentence naming them: "Councillor Peter
# Lang, the planning committee chairman, said he was "bitterly disappointed"." then
# "“Our residents told us ...,” the 67-year-old said." (trials EI and EL of stop 53 were
# refused the ages of a head coach and a committee chairman said so).
_THE_AGED_SAID = re.compile(r"(?<![\w\-])[Tt]he (\d{1,3})-year-old"
                            r"(?:(?:\s+(?:former|ex-|retired|new)\s+[A-Z][\w\-]*)?\s+"
                            r"(?!of\b|who\b|that\b|which\b)"
                            r"(?:[a-z]+|GP|MP|MSP|AM|PC|QC|KC)"
                            r"|\s+(?:Labour|Conservative|Tory|Liberal Democrat|Lib Dem|Green|"
                            r"Independent|Reform|SNP|Plaid)(?:\s+[a-z]+)?)?"
                            r"(?:,\s+who\b|\s+(?:said|added|says|adds|told|explained|admitted|"
                            r"insisted|warned|recalled|continued|has|had|is|was|"
                            # (or another deed: "The 74-year-old found descendants of 41 of
                            # them", trial PM of stop 61, refused)
                            r"found|spent|traced|tracked|joined|began|started|became|runs|ran|"
                            r"took|made|won|lives|works|worked|hopes|plans|wants)\b"
                            # (or a deed after "still": "The 71-year-old still milks the
                            # flock himself", trial MN of stop 59, refused)
                            r"|\s+(?:still|now|also)\s+[a-z]+(?:s|ed)\b)")
# (or "The 61-year-old, who joined Redline as a driver in 1984, said", "The 67-year-old
# professor told guests": trials EX and EU of stop 53, refused)
# (or "The 44-year-old former Harbridge midfielder said": trial FN of stop 54, refused; "The
# 52-year-old GP, who joined the practice in 2006, said": trial JJ of stop 57, refused)


# ... or said after the quote: "“...,” said the 49-year-old." (trial FE of stop 53, refused)
_SAID_THE_AGED = re.compile(r"\b(?:said|added|says|adds|explained)\s+the\s+(\d{1,3})-year-old\b")
_A_PERSON_NAMED = re.compile(r"(?<!^)(?<![.!?“\"]\s)\b[A-Z][a-z][\w'’\-]*\s+[A-Z][a-z]")


def aged_after_named(question: str, s: ScoredSentence,
                     others: Sequence[ScoredSentence] = ()) -> tuple[int, int] | None:
    """Where sentence ``s`` says "the N-year-old said" (the age, offsets in the sentence),
    when the sentence before it in its chunk (or, opening its chunk, the one of ``others``
    just before it) names the person ``question`` asks the age of (every word of the asked
    name, the only name said with one), and ``s`` names no one before the age; else None."""
    said = _THE_AGED_SAID.search(s.text) or _SAID_THE_AGED.search(s.text)
    if said is None or not ASKS_FOR_AGE.search(question) or _A_PERSON_NAMED.search(
            s.text[: said.start()]) or AGE_WHEN.match(question.strip()):
        return None  # (not an age then: "How old was Tony Blair when he first became prime
        # minister in 1997?" of "The 51-year-old premier has marked...", news set 10)
    asked = question_names(age_asked_of_name(question))
    before = s.chunk.text[: s.start - s.chunk.start].rstrip()
    said_before = _SENTENCE_END.split(before)[-3:] if before else []
    opening = s.chunk.start if before else s.start
    while len(said_before) < 3:  # (the chunk's opening sentences: those before, if read)
        found = next((o for o in others if o.chunk.article_id == s.chunk.article_id
                      and 0 <= opening - o.end <= 4), None)
        if found is None:
            break
        said_before[:0] = [found.text]
        opening = found.start
    # (the sentence before, trial EV of stop 53 refused "... the 71-year-old said." opening a
    # chunk; or the one before it when it names no one: "Redline's managing director, Andrew
    # Pask, said ... The company has also spent £3.9m ... The 61-year-old, who joined Redline
    # as a driver in 1984, said", trial EX)
    # (or two before, neither between naming anyone: "Head coach Marcus Dyer, who took charge
    # in 2022, said ... Eleven of the 18 players ... Last season, Ashcombe finished fourth
    # with 38 points. The 52-year-old former Wales international said", trial JS of stop 57)
    previous = next((b for b in reversed(said_before) if _A_PERSON_NAMED.search(b)),
                    said_before[-1] if said_before else "")
    if not asked or not previous or (re.search(r"(?<![\w£$€.,])(?<!\bas a )(?<!\bas an )"
                                               r"\d{1,3}(?:,\s|-year-old)", previous)
                                     and not _named_after_the_ages(question, asked, previous)):
        return None  # (an age said there is theirs, or another's; not one then: "Raymond
        # Tuft, who started ... as a 16-year-old apprentice in 1979. The 62-year-old clicker,
        # who cuts the leather uppers," trial GQ of stop 55, showed "16")
    # (a double-barrelled name's parts too: "Powys sheep farmer Gwen Lloyd-Morris, said", trial
    # JS of stop 57, refused; or the family name alone, opening the sentence: "Catterick, whose
    # detective series is set on the North York Moors, read..." for "How old is the crime
    # novelist Owen Catterick?", trial JR, refused)
    words = {fold(plain(w)) for w in re.findall(r"[\w'’]+", previous)}
    opens = re.match(r"\s*(?:Mr|Mrs|Ms|Miss|Dr)?\s*([A-Z][\w'’]+)\b(?!\s+[A-Z])", previous)
    story = {fold(plain(w)) for w in re.findall(r"[\w'’]+", " ".join(
        [s.chunk.title, s.chunk.text, *(o.text for o in others
                                        if o.chunk.article_id == s.chunk.article_id)]))}
    if not all(set(name) <= words or (len(name) > 1 and opens is not None
                                      and fold(plain(opens.group(1))) == name[-1])
               # (a body after the person, said elsewhere in the story: "How old is Geoffrey
               # Marchbank of Garthdale Creamery?", trial MN of stop 59, refused)
               or (n > 0 and name[-1] in _NAMES_OF_BODIES and set(name) <= story)
               # (or the person asked by the family name alone, named in full before: "an
               # evening with Thornley" before "The 55-year-old author,
               # who grew up in Ashcombe", trial MN, refused)
               or (n == 0 and len(asked) == 1 and len(name) > 1 and name[-1] in words
                   and set(name) <= story and _a_person_last(question, name))
               for n, name in enumerate(asked)):
        return None
    return said.span(1)


def _a_person_last(question: str, name: Sequence[str]) -> bool:
    """Whether ``question`` names ``name`` (folded) as the person asked about, a first name
    and a family name before the question's end or what it says of them ("How old is the
    crime writer Rebecca Thornley?", "How old is Geoffrey Marchbank of Garthdale
    Creamery?"), not a body's."""
    return name[-1] not in _NAMES_OF_BODIES and any(
        [fold(plain(w)) for w in m.groups()] == list(name[-2:])
        for m in re.finditer(r"\b([A-Z][\w'’\-]+)\s+([A-Z][\w'’\-]+)(?=\s*\?\s*$|,|\s+(?:of|from|"
                             r"who|at)\b)", question))


# The last words of a body's name ("Garthdale Creamery"), folded.
_NAMES_OF_BODIES = frozenset("""creamery dairy farm bakery brewery distillery council club
    trust society company ltd plc hall house school academy college centre library museum zoo
    festival show hospital church theatre hotel inn inns pub restaurant cafe shop stores market
    orchestra choir band""".split())


def _named_after_the_ages(question: str, asked: Sequence[Sequence[str]], previous: str) -> bool:
    """Whether every age ``previous`` says is said just after a name, none the one asked
    ("Helen Marchbank, 39,"), and the whole name asked is said after the last of them: the
    one the next sentence's "the 71-year-old" is ("The creamery is run by Helen Marchbank,
    39, and her father, Geoffrey Marchbank, who started making cheese..." for Geoffrey
    Marchbank's age, trial MN of stop 59, refused)."""
    ages = list(re.finditer(r"(?<![\w£$€.,])\d{1,3}(?:,\s|-year-old)", previous))
    if not ages:
        return False
    for age in ages:
        run = re.search(r"((?:[A-Z][\w'’\-]+\s+)*[A-Z][\w'’\-]+),\s+$", previous[: age.start()])
        if run is None or any(set(name) <= {fold(plain(w)) for w in run.group(1).split()}
                              for name in asked):
            return False
    after = {fold(plain(w)) for w in re.findall(r"[\w'’]+", previous[ages[-1].end() :])}
    return any(len(name) > 1 and set(name) <= after and _a_person_last(question, name)
               for name in asked)


# A relative's age asked by whose they are ("How old is Peter Tremayne's daughter?") and said
# after their name, the relative named as one: "Peter Tremayne, 64, who farms alongside his
# daughter Rosie, 31," or, the sentence after one naming the owner, "Her daughter, Janet
# Fowler, 74, said ..." (trials FP and FL of stop 54, refused).
_KIN_ASKED = re.compile(r"^how old (?:is|was) (?P<owner>(?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*)"
                        r"['’]s\s+(?P<kin>wife|husband|son|daughter|father|mother|brother|"
                        r"sister|partner|grandson|granddaughter|grandfather|grandmother)"
                        # (or described after: "How old is Julie Harper's mother, who lives at
                        # Elmfield House?", trial JD of stop 57, refused)
                        r"(?:,?\s+(?:who|at|in|from|of)\b[^?]*)?\s*\??$", re.IGNORECASE)


# ... or "the father of" the one described ("How old is the father of the farmer who runs High
# Garth Farm?" of "Farmer Ruth Hebblethwaite, 39, who runs High Garth with her father, Alan
# Hebblethwaite, 71": trial QM of stop 61 was shown her "39").
_KIN_OF_ASKED = re.compile(r"^how old (?:is|was) (?:the|her|his|their) (?P<kin>wife|husband|son|"
                           r"daughter|father|mother|brother|sister|partner|grandson|"
                           r"granddaughter|grandfather|grandmother) of (?P<owner>[^?]+?)\s*\??$",
                           re.IGNORECASE)


# The words a relative is said by, beyond the one asked ("gran" for a grandmother).
_KIN_SAID = {"grandmother": r"(?i:grandmother|gran|granny|nan|nana)",
             "grandfather": r"(?i:grandfather|grandad|granddad|grandpa)",
             "mother": r"(?i:mother|mum)", "father": r"(?i:father|dad)"}


def aged_relative(question: str, s: ScoredSentence) -> tuple[int, int] | None:
    """Where sentence ``s`` gives the age of the relative ``question`` asks about, said after
    their name named as that relative of the owner asked (his, her, their, or the owner's;
    the owner named in the sentence or before it in its chunk; see _KIN_ASKED); else None."""
    asked = _KIN_ASKED.match(question.strip()) or _KIN_OF_ASKED.match(question.strip())
    if asked is None:
        return None
    owner = {fold(plain(w)) for w in re.findall(r"[\w'’\-]+", asked.group("owner"))
             if w.lower() not in FUNCTION_WORDS}
    kin = asked.group("kin").lower()
    said = re.search(rf"\b(?i:his|her|their|whose|the couple['’]s|[A-Z][\w\-]*['’]s)\s+"
                     rf"{kin},?\s+((?:[A-Z][\w'’\-]*\s+){{0,2}}"
                     rf"[A-Z][\w'’\-]*),\s+(\d{{1,3}})\b", s.text)
    if said is None:
        # (or the age said with "is" or "who is", in figures or words, the name left out or
        # the kin said without whose: "His son, Kieran, is 24."; "born to mother Mei, who is
        # eight, and father Tashi, who is five"; "My gran, who is 83, uses it", of a
        # grandmother: trials SO and SS of stop 64, refused)
        said = re.search(rf"(?<![\w'’\-])(?:(?i:his|her|their|my|our|whose|the couple['’]s|"
                         rf"[A-Z][\w\-]*['’]s)\s+|(?<=\bto )|(?<=\band )|(?<=\bwith ))"
                         rf"{_KIN_SAID.get(kin, kin)}"
                         rf"(,?\s+(?:[A-Z][\w'’\-]*\s+){{0,2}}[A-Z][\w'’\-]*)?,\s+"
                         rf"(?:who\s+)?is\s+(\d{{1,3}}|{NUMBER_IN_WORDS})(?=[,.;]|\s+and\b)",
                         s.text)
    if said is None:
        return None
    # (or its title: "His daughter, Margaret Dunn, 74," opening a chunk of the story titled
    # "D-Day veteran Fred celebrates 100th birthday" for "How old is Fred Hallam's
    # daughter?", trial VD of stop 66 shown his age when he joined the navy)
    before = f"{s.chunk.title} {s.chunk.text[: s.start - s.chunk.start + said.start()]}"
    # (or the owner's surname the relative's: "His son, Jack Penrose, 29," opening a chunk, for
    # "How old is skipper Alan Penrose's son?", trial ABU of stop 73 refused)
    surname = re.findall(r"[\w'’\-]+", said.group(1) or "")[-1:]
    if not owner & {fold(plain(w)) for w in re.findall(r"[\w'’\-]+", before) + surname}:
        return None
    return said.span(2)


def weighed_short_answer(question: str, lead: ScoredSentence,
                         first: Citation) -> ShortAnswer | None:
    """The one weight ``lead`` gives when ``question`` asks what something weighs and ``lead``
    says what it weighs ("The phone weighs 231g and comes in three colours": the readers
    rated it under the cut-off for short answers, and "How much does the Aura Fold weigh?"
    was refused in a trial of stop 39)."""
    if not WEIGHT_ASKED.search(question) or not SAYS_IT_WEIGHS.search(lead.text):
        return None
    return in_first(lead, weight_in(lead.text), first)


# Who held a record before, asked ("Who held the Bramford Half Marathon course record before
# Daniel Kiprono?", "Who set the previous fundraising record...?"), and a sentence saying by
# whom the record beaten was set ("beating the previous record of 61:19 set by Ethiopia's
# Tesfaye Alemu", "broke the previous record of 4:24:37, set in 2019 by the Dutch rider Bram
# Oosterhuis"): the readers marked the new holder or the runner-up (trials L, AC, AX and AZ
# of stops 44-48 showed them, or passages without the name).
_ASKS_PREVIOUS_RECORD = re.compile(
    r"^\s*who\s+(?:held|set|owned|had)\b.*\b(?:record|best)\b.*\bbefore\b"
    r"|^\s*who\s+(?:held|set)\s+the\s+(?:previous|old|former)\b.*\b(?:record|best)\b"
    r"|\b(?:previous|former|old)\s+record[- ]holder\b", re.IGNORECASE)
_SET_BY = re.compile(r"\b(?:record|best)\b[^.;]{0,60}?\b(?:set|held|established)\b"
                     r"(?:\s+in\s+\d{4})?\s+by\s+(?:[\w'’\-]+\s+){0,4}?"
                     r"(?P<name>[A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*)+)")


def record_set_by(question: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` names who set the record beaten, when ``question`` asks who held it
    before (see _ASKS_PREVIOUS_RECORD): a name the question does not say; else None."""
    if not _ASKS_PREVIOUS_RECORD.search(question):
        return None
    for m in _SET_BY.finditer(text):
        if not only_asked_words(question, m.group("name")):
            return m.span("name")
    return None


def record_short_answer(question: str, lead: ScoredSentence,
                        first: Citation) -> ShortAnswer | None:
    """Who ``lead`` says set the record beaten, when ``question`` asks who held it before."""
    return in_first(lead, record_set_by(question, lead.text), first)


def in_first(lead: ScoredSentence, found: tuple[int, int] | None,
              first: Citation) -> ShortAnswer | None:
    """The words of ``lead`` at ``found`` (offsets in the sentence) as the short answer, when
    they lie in the first citation ``first``."""
    if found is None:
        return None
    start, end = lead.start + found[0], lead.start + found[1]
    if not first.start <= start < end <= first.end:
        return None
    return ShortAnswer(text=lead.text[found[0] : found[1]], start=start, end=end, n=first.n)
