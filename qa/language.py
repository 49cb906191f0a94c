"""The language of a question, when it is not English: the model and the articles' sentence
splitter read English, so a question in French is refused, and the refusal says why.

The identifier is py3langid (the maintained fork of langid.py), whose model ships inside its
wheel: nothing is downloaded. It is loaded on the first refusal of a question that may not be
English (0.6-2 s), never on the way to an answer: a question holding two of English's own
small words ("Who is the chief executive of Umbro?") is English without it.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import replace
from typing import Any

from qa.models import Answer

__all__ = ["explain_refusal", "question_language"]

# The languages told apart, by name. Restricting py3langid to widely written languages keeps
# English questions full of names from being taken for a rare language (Nigerian Pidgin, for
# one, is otherwise its guess for some English questions about singers).
LANGUAGES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian",
    "fi": "Finnish", "pl": "Polish", "cs": "Czech", "sk": "Slovak", "hu": "Hungarian",
    "ro": "Romanian", "tr": "Turkish", "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian",
    "el": "Greek", "ar": "Arabic", "he": "Hebrew", "fa": "Persian", "hi": "Hindi",
    "bn": "Bengali", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "vi": "Vietnamese",
    "id": "Indonesian", "ms": "Malay", "th": "Thai", "km": "Khmer", "tl": "Tagalog",
    "sw": "Swahili", "ca": "Catalan", "hr": "Croatian", "sl": "Slovenian", "sr": "Serbian",
    "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian",
}
# Below this the guess is not said: on 4,700 English questions (SQuAD, the news and follow-up
# sets, SciFact's claims) no other language reached 0.52; a dozen French, German, Spanish,
# Italian and Dutch questions of four words or more scored 0.77 to 1.0.
MIN_CONFIDENCE = 0.6

# Small words that are English and no word of the other languages above written in Latin
# letters ("was", "will", "is", "in", "of", "been" and "die" are left out: German, Dutch
# or Romance words too). Two of them make a question English; with fewer, the identifier
# decides.
ENGLISH_WORDS = frozenset(
    "the what who whom whose which when where why how did does were are has have with "
    "and from this that these those would could should many much old they their you "
    "your".split())  # ("old": "How old is Helen Achterberg?" was refused as Dutch in a new
# user's check of stop 47)

_identifier: Any = None
_loading = threading.Lock()


def question_language(text: str) -> str | None:
    """The name of the language ``text`` is written in when it is confidently not English,
    else None. A question mostly in another script than Latin is never taken for English."""
    words = re.findall(r"[a-z]+", text.lower())
    if sum(w in ENGLISH_WORDS for w in words) >= 2 and not _mostly_not_latin(text):
        return None
    code, confidence = _identify(text)
    if code == "en" or code not in LANGUAGES:
        return None
    if confidence >= MIN_CONFIDENCE or _mostly_not_latin(text):
        return LANGUAGES[code]
    return None


def explain_refusal(answer: Answer) -> Answer:
    """A refusal that also says, when the question looks written in another language, that
    questions and articles are read in English."""
    language = question_language(answer.question) if answer.abstained else None
    if language is None:
        return answer
    return replace(answer, text=f"The question looks like {language}; questions and articles "
                                "are read in English, so ask it in English.")


def _identify(text: str) -> tuple[str, float]:
    global _identifier
    with _loading:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            identifier.set_languages(list(LANGUAGES))
            _identifier = identifier
    code, confidence = _identifier.classify(text)
    return str(code), float(confidence)


def _mostly_not_latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return bool(letters) and latin * 2 < len(letters)
