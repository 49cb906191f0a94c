"""qa.evaluation: SQuAD's answer matching and the question files ``qa eval`` reads."""

import json

import pytest

from qa import InputError
from qa.evaluation import contains_answer, load_questions, normalize_answer

pytestmark = pytest.mark.fast


def test_answers_match_after_squad_normalisation():
    assert normalize_answer("The  Post's “reporter”!") == "posts reporter"
    assert contains_answer("He spoke to The Post on Monday.", ["the post"])
    assert not contains_answer("He spoke to The Postman.", ["The Post"])
    assert not contains_answer("Anything", ["", "  "])


def test_question_files_in_jsonl_and_squad_json(tmp_path):
    lines = tmp_path / "q.jsonl"
    lines.write_text(json.dumps({"question": "Who?", "answers": ["Kith"]}) + "\n\n"
                     + json.dumps({"question": "Why?", "answers": [], "unanswerable": True}))
    got = load_questions(lines)
    assert [(q.question, q.answers, q.unanswerable) for q in got] == [
        ("Who?", ("Kith",), False), ("Why?", (), True)]
    squad = tmp_path / "squad.json"
    squad.write_text(json.dumps({"data": [{"title": "T", "paragraphs": [{"context": "c", "qas": [
        {"question": "Who?", "answers": [{"text": "Kith"}], "is_impossible": False}]}]}]}))
    assert [q.question for q in load_questions(squad)] == ["Who?"]


@pytest.mark.parametrize(("content", "message"), [
    ("not json", "line 1: invalid JSON"),
    ('{"answers": []}', "line 1: not a question object"),
    ("\n\n", "no questions in it"),
])
def test_a_bad_question_file_is_one_line_naming_it(tmp_path, content, message):
    path = tmp_path / "q.jsonl"
    path.write_text(content)
    with pytest.raises(InputError, match=message):
        load_questions(path)
