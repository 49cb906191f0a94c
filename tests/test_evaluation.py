"""qa.evaluation: SQuAD's answer matching and the question files ``qa eval`` reads."""

import json

import pytest

from qa import InputError
from qa.evaluation import (
    EvalReport,
    contains_answer,
    contains_answer_squad,
    load_questions,
    normalize_answer,
)

pytestmark = pytest.mark.fast


def test_answers_match_after_squad_normalisation():
    assert normalize_answer("The  Post's “reporter”!") == "posts reporter"
    assert contains_answer("He spoke to The Post on Monday.", ["the post"])
    assert not contains_answer("He spoke to The Postman.", ["The Post"])
    assert not contains_answer("Anything", ["", "  "])
    # a figure joined to words by hyphens is still the figure (a trial of stop 44 saw "The
    # 24-year-old" counted a miss for "24"), and a hyphenated answer is found either way
    assert contains_answer("The 24-year-old recorded the album.", ["24"])
    assert contains_answer("A 27-24 victory.", ["27-24"])
    assert not contains_answer("The 124-year-old bridge.", ["24"])
    # make reader builds its training data as the shipped readers were trained: SQuAD's
    # normalisation alone
    assert not contains_answer_squad("The 24-year-old recorded the album.", ["24"])
    assert contains_answer_squad("He spoke to The Post on Monday.", ["the post"])


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


def test_an_answer_given_as_one_string_is_one_answer(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "Who?", "answers": "Kith Theang"}\n')
    assert load_questions(path)[0].answers == ("Kith Theang",)


@pytest.mark.parametrize(("content", "message"), [
    ("not json", "line 1: invalid JSON"),
    ('{"answers": []}', "line 1: not a question object"),
    ("\n\n", "no questions in it"),
    # a new user's misspelt key scored every question 0 and said nothing (stop 38)
    ('{"question": "Who?", "answer": "Kith"}', "line 1: no 'answers' \\(it has 'answer'\\)"),
    # the key there, its list empty, was told as missing (a trial of stop 39)
    ('{"question": "Who?", "answers": []}', "line 1: 'answers' is empty; give"),
    ('{"question": "Who?"}', "line 1: no 'answers'; give"),
])
def test_a_bad_question_file_is_one_line_naming_it(tmp_path, content, message):
    path = tmp_path / "q.jsonl"
    path.write_text(content)
    with pytest.raises(InputError, match=message):
        load_questions(path)


def _figures(**given: float) -> dict:
    """An EvalReport's figures, all but ``answerable`` and ``unanswerable`` (zeros unless
    ``given``)."""
    return {"questions": 2, "first_citation_hit": 0.0, "any_citation_hit": 0.0,
            "first_citation_words": 0.0, "words_shown": 0.0, "answered_when_answerable": 0.0,
            "abstention_precision": 0.0, "abstention_recall": 0.0, "quotes_exact": 1.0,
            "latency_p50_ms": 10.0, "latency_p95_ms": 20.0, **given}


def test_without_unanswerable_questions_abstention_reads_not_applicable():
    figures = _figures(answerable=2, first_citation_hit=1.0, any_citation_hit=1.0,
                       first_citation_words=20.0, words_shown=30.0,
                       answered_when_answerable=1.0)
    lines = EvalReport(unanswerable=0, **figures).lines()
    assert "abstention precision / recall  n/a (no unanswerable questions)" in lines
    assert ("abstention recall              0.000  (unanswerable questions refused: 0 of 1)"
            in EvalReport(unanswerable=1, **figures).lines())


def test_without_answerable_questions_their_figures_read_not_applicable():
    # a file of near misses only showed "first citation has the answer  0.000" (stop 39)
    figures = _figures(questions=1, unanswerable=1, abstention_precision=1.0,
                       abstention_recall=1.0)
    lines = EvalReport(answerable=0, **figures).lines()
    assert not any("0.000" in line for line in lines)
    assert any("n/a (no answerable questions)" in line for line in lines)
    assert "first citation has the answer  0.000" in EvalReport(answerable=1, **figures).lines()


def test_answers_given_under_not_sure_are_counted_apart():
    # three new users' trials of stop 53 read "Not sure: ... read them to check" as a refusal
    # and could not tell from qa eval how many of the answered questions were so
    from qa.evaluation import EvalQuestion, evaluate
    from qa.models import Answer, Citation, ShortAnswer

    cited = (Citation(n=1, article_id="a", title="t", source="s", start=0, end=4, quote="Text",
                      score=0.5),)

    def ask(question: str) -> Answer:
        short = ShortAnswer("Text", 0, 4, 1) if question.startswith("Who") else None
        return Answer(question=question, text="Text [1]", citations=cited, abstained=False,
                      short=short)

    questions = [EvalQuestion("How many staff does it have?", ("14",)),
                 EvalQuestion("Who owns it?", ("Text",)),
                 EvalQuestion("How old is the owner?", (), unanswerable=True)]
    report = evaluate(ask, questions, lambda article: "Text")
    assert (report.unsure_answerable, report.unsure_unanswerable) == (1, 1)
    lines = report.lines()
    assert any(line.startswith("answered when answerable") and "(1 of them \"Not sure\")" in line
               for line in lines)
    assert any("answered, 1 under \"Not sure\"" in line for line in lines)
