"""qa.cues: the kind of answer a question asks for, and whether a sentence holds one."""

import pytest

from qa.cues import answer_type, type_match

pytestmark = pytest.mark.fast


@pytest.mark.parametrize(("question", "kind"), [
    ("How many people were detained?", "number"),
    ("What percentage of votes did she win?", "number"),
    ("When did the plan start?", "date"),
    ("In what year was it built?", "date"),
    ("Who owns the Rock Entertainment Centre?", "name"),
    ("Which newspaper did the spokesman speak to?", "name"),
    ("Where are drugs spreading to?", "name"),
    ("Why did the council meet?", None),
    ("What was he charged with?", None),
])
def test_the_opening_words_say_what_kind_of_answer_is_wanted(question, kind):
    assert answer_type(question) == kind


def test_a_sentence_holds_the_kind_asked_for_only_with_a_token_the_question_lacks():
    assert type_match("number", "How many ships?", "The company bought two new ships.") == 1.0
    assert type_match("number", "How many ships?", "The company bought new ships.") == 0.0
    assert type_match("date", "When did it open?", "It opened in March 2009.") == 1.0
    assert type_match("date", "When did it open in 2009?", "It opened in 2009.") == 0.0
    assert type_match("name", "Who owns the centre?", "The owner is Kith Theang.") == 1.0
    assert type_match("name", "Who owns the centre?", "The owner was arrested.") == 0.0


def test_no_particular_kind_is_neutral():
    assert type_match(None, "Why?", "Anything at all, 2009, Kith Theang.") == 0.5
