"""The names a question is about, and whether an article mentions them.

A question that names its subject ("How many jobs will Federated cut after buying May
Department Stores?") is answered only from articles that mention it. Retrieval and the
readers match topics, so without this such a question, asked of a library that has no
story about Federated, cites another firm's job cuts ("SBC ... expects to cut around
12,800 jobs") as if it were the answer.

The names are the question's runs of capitalised words after its first ("Federated", "May
Department Stores"), less titles ("Mr"), months and days, words for countries that articles
write in several ways ("United States", "US", "America") and all-capital abbreviations, which
an article may spell out ("ODPM", "TV"). An article mentions a name when it has one of its
words ("Mr Hague" for "William Hague"), read without case or accents, as it is, in the plural
or singular ("Rainiers", "Rainier"), as the name a word is made from ("Venezuelan",
"Venezuela"; "Congressional", "Congress"; "German", "Germany") or misspelt by one letter
("Bayonce"). It must mention at least half of the question's names: a question's writer adds
what they know ("former Tory leader William Hague" of a story that says "Conservative").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qa.retrieval import ScoredSentence

__all__ = ["fold", "mentioning", "mentions", "misspelt", "names_as_asked", "places_asked",
           "plain", "question_names"]

_WORD = re.compile(r"[^\W\d_][\w'’]*")
# Capitalised words that say nothing of which story is meant, or that articles write in
# other forms.
_NOT_NAMES = frozenset("""
    mr mrs ms dr sir lord lady dame st mt
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    united states kingdom america american americans britain british england english europe
    european europeans union western eastern northern southern north south east west central
""".split())
# Endings of words made from a name ("Venezuelan", "Iraqi", "Congressional"): the name less
# one of them, if at least _STEM_MIN letters, may begin the article's word ("Venezuela").
_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish", "is", "i", "ional", "al")
_STEM_MIN = 4
# A word this many letters longer or shorter than a name, with the same beginning, may be it;
# one letter off a name of _TYPO_MIN letters or more is a misspelling of it.
_LONGER = 3
_TYPO_MIN = 5
# Countries and the words made from them that _ENDINGS does not find.
_COUNTRIES = {"greece": "greek", "spain": "spanish", "france": "french", "netherlands": "dutch",
              "holland": "dutch", "switzerland": "swiss", "wales": "welsh",
              "scotland": "scottish scots", "ireland": "irish", "denmark": "danish",
              "sweden": "swedish swede swedes", "finland": "finnish", "poland": "polish",
              "turkey": "turkish", "portugal": "portuguese", "norway": "norwegian",
              "peru": "peruvian", "belgium": "belgian", "argentina": "argentine argentinian",
              "philippines": "filipino", "thailand": "thai", "iraq": "iraqi", "israel": "israeli",
              "pakistan": "pakistani", "kuwait": "kuwaiti", "yemen": "yemeni",
              "bangladesh": "bangladeshi", "nepal": "nepalese", "wallonia": "walloon"}
_SAME: dict[str, tuple[str, ...]] = {}
for _country, _made in _COUNTRIES.items():
    for _word in _made.split():
        _SAME[_word] = (*_SAME.get(_word, ()), _country)
        _SAME[_country] = (*_SAME.get(_country, ()), _word)


_ACCENTS = re.compile(r"[\u0300-\u036f]")


def fold(text: str) -> str:
    """Lower case without accents: "École" and "ecole" are one word."""
    if text.isascii():
        return text.lower()
    return _ACCENTS.sub("", unicodedata.normalize("NFKD", text)).lower()


def plain(word: str) -> str:
    """A word without a possessive or closing quote marks ("Ebbers'", "Yukos's", "Carmen''")."""
    word = word.rstrip("'’")
    return word[:-2].rstrip("'’") if word.endswith(("'s", "’s")) else word


def question_names(question: str) -> tuple[tuple[str, ...], ...]:
    """The names ``question`` is about (see the module's text), folded: each a run of
    capitalised words ("William Hague", "Deutsche Telekom"), without the words that say
    nothing of which story is meant."""
    return tuple(dict.fromkeys(folded for _, folded in _name_runs(question)))


def headline_names_another(question: str, title: str) -> bool:
    """Whether headline ``title`` names something ``question`` does not: a capitalised word
    the question lacks, its first word only when it owns ("Harlow's profits rise") or runs on
    into a name ("Hartwell Inns to shut"), not "Steelworks to cut 620 jobs"."""
    asked = {fold(plain(w)) for w in re.findall(r"[\w'’\-]+", question)}
    words = re.findall(r"[\w'’\-]+", title)
    return any(w[:1].isupper() and fold(plain(w)) not in asked and (
        n > 0 or w.endswith(("'s", "’s")) or len(words) > 1 and words[1][:1].isupper())
        and not (n > 0 and _WHERE_IN_A_HEADLINE.search(" ".join(words[:n])))
        and not _FROM_WHERE.match(" ".join(words[n + 1 : n + 5]))
        and not _GRADE.fullmatch(w) for n, w in enumerate(words))


# A place said of a kind of firm: "Heatwave helps Dales ice cream maker to record summer"
# names no other firm than the "Swaledale Creamery" asked about (trial DT of stop 52 refused
# "Who is the operations manager at Swaledale Creamery?").
# (a place of two words too: "Hebden Bridge brewery opens £1.4m canning line", trial EO of
# stop 53, refused the age of Ridgeback Brewing's operations manager)
_FROM_WHERE = re.compile(r"(?:[A-Z][\w\-]*\s+)?(?:[a-z][\w\-]*\s+){0,2}(?:maker|makers|firm|"
                         r"company|brewer|brewery|"
                         r"bakery|dairy|creamery|chain|retailer|operator|builder|developer|"
                         r"producer|manufacturer|charity|club|farm|farmer|"
                         # (or a rescue: "Purr-fect new home as Kettering cat rescue opens its
                         # doors" names no body but Whiskers Haven, trial ABW of stop 73, refused
                         # the age of its head of fundraising)
                         r"rescue|shelter|sanctuary|hospice)\b")


# A building's listing ("Grade II listed mill reborn as 64 flats": trial CJ, stop 50, gave no
# short answer to who the project's director is) names no body.
_GRADE = re.compile(r"Grade|I{1,3}\*?")


# A place where the headline's story happens: "Pharmacy chain to close 37 branches in
# north-west England" names no other body than the chain the question asks about (trial CG,
# stop 50, refused "Who is the chief executive of Northgate Pharmacy Group?").
_WHERE_IN_A_HEADLINE = re.compile(r"\b(?:in|across|near)(?:\s+(?:north|south|east|west|central|"
                                  r"[a-z]+-[a-z]+|[A-Z][\w'’\-]*))*$")


# A place the question asks about ("What is the average house price in Scotland according to
# Meridian?"): an article that does not mention it answers about somewhere else, whatever
# half of the question's other names it has (trial H, stop 42, was shown the UK's average for
# Scotland's; trial G's near misses named a ground no article had). Not a word that
# describes the next ("in Jewish residents"), a date ("in Feb 2010") or a unit ("in Celsius").
_PLACE_ASKED = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’\-]*"
                          r"(?:\s+(?:[A-Z][\w'’\-]*|of|upon|de|la))*)(?:\s+(?P<after>\S+))?")
_AFTER_A_PLACE = frozenset("""in on at for according during last this next since before after and
    or to from with by over when where between of earlier later than as while under until
    compared so""".split())
_NOT_PLACES = frozenset("celsius fahrenheit".split())


def places_asked(question: str) -> list[tuple[str, tuple[str, ...]]]:
    """The places ``question`` asks about (see _PLACE_ASKED), each as written and folded as
    :func:`question_names` folds a name."""
    places = []
    for m in _PLACE_ASKED.finditer(question):
        after = m.group("after") or ""
        if after[:1].isdigit() or (after[:1].islower()
                                    and after.strip(",;:?!.") not in _AFTER_A_PLACE):
            continue
        for written, folded in _name_runs(f"At {m.group('place')}"):
            if not set(folded) & _NOT_PLACES:
                places.append((written, folded))
    return places


def names_as_asked(question: str) -> list[str]:
    """The names of :func:`question_names` as ``question`` writes them ("Harbour Cup")."""
    return list(dict.fromkeys(written for written, _ in _name_runs(question)))


def _name_runs(question: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each name of ``question``: its capitalised words as written, and folded (less the
    words that say nothing of which story is meant)."""
    names: list[tuple[str, tuple[str, ...]]] = []
    run: list[str] = []
    written: list[str] = []
    for n, token in enumerate(question.split()):
        words = [plain(w) for w in _WORD.findall(token)]
        capitalised = n > 0 and bool(words) and all(w[:1].isupper() for w in words)
        if capitalised:
            written.append(token.strip(",;:?!.()\"“”'’").removesuffix("'s").removesuffix("’s"))
            run.extend(fold(w) for w in words if len(w) >= 3 and not w.isupper()
                       and fold(w) not in _NOT_NAMES)
        if (run or written) and (not capitalised or token[-1] in ",;:?!.)\"”"):
            if run:
                names.append((" ".join(written), tuple(dict.fromkeys(run))))
            run, written = [], []
    if run:
        names.append((" ".join(written), tuple(dict.fromkeys(run))))
    return names


# The words that end many names of one kind (cups, roads, clubs, councils): a name is mentioned
# by one of its other words when it has any.
_NAMES_ANY_STORY_HAS = frozenset({
    "cup", "trophy", "shield", "award", "awards", "prize", "medal", "road", "street", "lane",
    "avenue", "club", "council", "school", "church", "park", "hall", "centre", "center",
    "society", "association", "trust", "league", "festival", "show", "championship",
    "championships", "stadium", "museum", "library", "hospital", "market", "fund",
    "foundation", "group", "company", "academy", "fc", "rfc"})


def mentions(names: tuple[tuple[str, ...], ...], text: str) -> bool:
    """Whether ``text`` mentions at least half of ``names`` (:func:`question_names`), a
    name counting when one of its words is there ("Mr Hague" for "William Hague"): a
    question's writer adds what they know ("Which constituency does former Tory leader
    William Hague want to keep?" of an article that says "Conservative"), but a story that
    has neither "Cairn" nor "Rajasthan" is not the one asked about."""
    if not names:
        return True
    names = tuple(tuple(w for w in name if w not in _NAMES_ANY_STORY_HAS) or name
                  for name in names)  # (a name's own word, not "Cup" of "Harbour Cup": a
    # store whose story has the "Hartley Cup" does not mention the Harbour Cup, five new
    # users of stop 65 found the README's note missing)
    folded = fold(text)
    # Most passages have no form of a name (each form holds one of its word's cores).
    held = [name for name in names
            if any(c in folded for word in name for c in _cores(word))]
    if 2 * len(held) < len(names):
        return False
    words = {plain(w) if "'" in w or "’" in w else w for w in set(_WORD.findall(folded))}
    return 2 * sum(any(_found(w, words) for w in name) for name in held) >= len(names)


def _roots(name: str) -> list[str]:
    """What ``name`` may be made from (see _ENDINGS)."""
    return [name[: -len(e)] for e in _ENDINGS
            if name.endswith(e) and len(name) - len(e) >= _STEM_MIN]


@lru_cache(maxsize=1024)
def _cores(name: str) -> tuple[str, ...]:
    """Text that every form of ``name`` that counts holds (a word one letter off it holds
    its first or its second half)."""
    half = len(name) // 2
    return (name[: max(_STEM_MIN, len(name) - _LONGER)], *_roots(name), *_SAME.get(name, ()),
            *((name[:half], name[half:]) if len(name) >= _TYPO_MIN else ()))


def _found(name: str, words: set[str]) -> bool:
    """Whether ``name`` is among ``words``: as it is, with or without a plural "s" or "es",
    as the name it is made from (see _ENDINGS), or as another form of a country's name."""
    if name in words or name + "s" in words or name + "es" in words:
        return True
    if any(other in words for other in _SAME.get(name, ())):
        return True
    if (name.endswith("es") and name[:-2] in words) or (name.endswith("s") and name[:-1] in words):
        return True
    alike = [w for w in words if w[:1] == name[:1]]  # no rule below reads a first letter off
    if any(w.startswith(root) for root in _roots(name) for w in alike):
        return True
    return any(_same_name(name, w) for w in alike)


def _same_name(name: str, word: str) -> bool:
    """Whether ``word`` is ``name`` written another way: ``word`` less an ending begins it
    ("German" for "Germany"), it is ``name`` and a few letters more ("Theodore" for
    "Theodor"), or one letter is added, dropped or changed ("Bayonce" for "Beyonce")."""
    if word.startswith(name) and len(word) - len(name) <= _LONGER:
        return True
    for e in _ENDINGS:
        root = word[: -len(e)]
        if (word.endswith(e) and len(root) >= _STEM_MIN and name.startswith(root)
                and len(name) - len(root) <= _LONGER):
            return True
    return len(name) >= _TYPO_MIN and _one_letter_off(name, word)


def _one_letter_off(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


# The articles of retrieval's best SENTENCES_CHECKED sentences are read whole to find the
# names when their title and passages in the ranking do not have them (most often one does);
# a sentence further down counts only if its article's title or one of its passages does.
SENTENCES_CHECKED = 8


def mentioning(names: tuple[tuple[str, ...], ...], ranked: list[ScoredSentence],
               article_text: Callable[[str], str | None]) -> list[ScoredSentence]:
    """The sentences of ``ranked`` from articles that mention ``names``: an article does
    when its title or one of its passages in ``ranked`` does, or else its whole text
    (``article_text``), read for the articles of the SENTENCES_CHECKED best sentences."""
    if not names:
        return ranked
    verdict: dict[str, bool] = {}
    passages: set[int] = set()  # the chunks read already (a chunk holds several sentences)
    for s in ranked:
        if s.chunk.article_id not in verdict and id(s.chunk) not in passages:
            passages.add(id(s.chunk))
            if mentions(names, f"{s.chunk.title}\n{s.chunk.text}"):
                verdict[s.chunk.article_id] = True
    for s in ranked[:SENTENCES_CHECKED]:
        article = s.chunk.article_id
        if article not in verdict:
            text = article_text(article)
            verdict[article] = text is not None and mentions(names, f"{s.chunk.title}\n{text}")
    return [s for s in ranked if verdict.get(s.chunk.article_id)]


# A name's word the question spells otherwise than the articles read: how alike the two must
# be (difflib's ratio: "Morwena" and "Morwenna" 0.93, "Lug" and "Lugg" 0.86; "Hicks" and
# "Hicken" 0.73 are two names).
SPELT_ALIKE = 0.8


def misspelt(question: str, ranked: list[ScoredSentence],
             article_text: Callable[[str], str | None],
             is_a_word: Callable[[str], bool] = lambda word: False) -> dict[str, str]:
    """Each word of a name ``question`` writes that none of the articles of retrieval's best
    SENTENCES_CHECKED sentences has, with the word of theirs spelt most like it ("Morwena":
    "Morwenna"): two new users of stop 62 misspelt a name and were refused with no word of
    why. Only the names' capitalised words are read, as :func:`names_as_asked` finds them,
    and not those ``is_a_word`` knows as words ("Harbour" of "Who won the Harbour Cup?" is
    no misspelt "Harcourt": trial RZ of stop 63)."""
    asked = [w for written in names_as_asked(question) for w in _WORD.findall(written)]
    if not asked:
        return {}
    import difflib  # (only after a refusal naming something: not on every question's path)

    texts: dict[str, str] = {}
    for s in ranked[:SENTENCES_CHECKED]:
        if s.chunk.article_id not in texts:
            whole = article_text(s.chunk.article_id) or s.chunk.text
            texts[s.chunk.article_id] = f"{s.chunk.title}\n{whole}"
    said = {plain(w) for text in texts.values() for w in _WORD.findall(text)}
    folded = {fold(w) for w in said}
    names = sorted({w for w in said if w[:1].isupper()})
    found: dict[str, str] = {}
    for word in asked:
        word = plain(word)
        if len(word) < 3 or fold(word) in folded or fold(word) in _NOT_NAMES or is_a_word(word):
            continue
        close = difflib.get_close_matches(word, names, n=1, cutoff=SPELT_ALIKE)
        if close:
            found[word] = close[0]
    return found
