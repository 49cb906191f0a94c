"""qa.language: a question in another language is named, an English one never is."""

from pathlib import Path

import pytest

from qa import Answer
from qa.language import explain_refusal, question_language
from tests.helpers import SEED_QUESTIONS, UNANSWERABLE

pytestmark = pytest.mark.fast

ENGLISH = [q for q, _ in SEED_QUESTIONS] + UNANSWERABLE + [
    "What was he charged with?", "Who is Kith Theang?", "Sar Kheng?", "Chhay Kim Khoeun",
    "Who did Beyoncé and Parkwood Entertainment partner with in October 2014?",
    "When did Ayurbarwada Buyantu Khan reign?", "Insulin effects appetite via ventral "
    "tegmental neurons.", "How much dividend per share will Deutsche Telekom pay?",
    "How old is Helen Achterberg?",  # (refused as Dutch: a new user's check, stop 47)
]


@pytest.mark.parametrize(("question", "language"), [
    ("Qui est le propriétaire du Rock Entertainment Centre ?", "French"),
    ("Quel temps fait-il à Paris demain ?", "French"),
    ("Wie viele Menschen wurden festgenommen?", "German"),
    ("¿Quién es el dueño del Rock Entertainment Centre?", "Spanish"),
    ("Chi è il proprietario del Rock Entertainment Centre?", "Italian"),
    ("谁拥有摇滚娱乐中心？", "Chinese"),
])
def test_a_question_in_another_language_is_named(question, language):
    assert question_language(question) == language


def test_english_questions_full_of_names_are_english():
    assert [q for q in ENGLISH if question_language(q)] == []


def test_a_refusal_says_the_question_looks_french_and_that_english_is_read():
    refusal = Answer(question="Quel temps fait-il à Paris demain ?",
                     text="Found no passage that answers this question.", citations=(),
                     abstained=True)
    text = explain_refusal(refusal).text
    assert "looks like French" in text and "read in English" in text
    english = Answer(question=UNANSWERABLE[0], text=refusal.text, citations=(), abstained=True)
    assert explain_refusal(english) == english


def test_an_english_refusal_does_not_load_the_identifier(monkeypatch):
    # its model takes 0.6-2 s to load: a cold "qa ask" that is refused should not pay it
    import qa.language

    monkeypatch.setattr(qa.language, "_identifier", None)
    monkeypatch.setattr(qa.language, "_identify", lambda text: pytest.fail(text))
    for q in ["Who is the chief executive of Umbro?", "How much did the raid cost?",
              UNANSWERABLE[0]]:
        assert question_language(q) is None


def test_the_identifier_model_ships_inside_its_package():
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    assert (Path(MODEL_DIR) / MODEL_FILE).is_file()  # nothing is fetched at run time
