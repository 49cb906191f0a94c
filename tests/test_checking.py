"""The check of written answers, the prompt and the model setting: logic only (a fake
scorer), in milliseconds. The real scorer and a real server: tests/test_llm.py."""

from __future__ import annotations

import pytest

from qa import LLMError, LocalLLM
from qa.checking import check_sentences, markers, missing_facts, split_written, strip_markers
from qa.writing import DECLINE, declined, prompt

pytestmark = pytest.mark.fast

OWNER = ("Minister of Interior Sar Kheng said on Tuesday that police officers were involved "
         "in the distribution of nearly 50kg of drugs at the capital's Rock Entertainment "
         "Centre, which led to the arrest of its owner, prominent businessman Kith Theang.")
COURT = "Phnom Penh Municipal Court charged Theang with facilitating the illegal use of drugs."


class FixedScorer:
    """Scores every pair the same, and remembers what it was asked."""

    def __init__(self, score: float, threshold: float = 0.5) -> None:
        self.score, self.threshold, self.asked = score, threshold, []

    def support(self, claims, evidence):
        self.asked += list(zip(claims, evidence, strict=True))
        return [self.score] * len(claims)


def test_markers_are_read_in_their_forms():
    assert markers("He owns it [1].") == (1,)
    assert markers("He owns it [1][3] and [2, 4].") == (1, 3, 2, 4)
    assert markers("No marker (1) here.") == ()
    assert strip_markers("He owns it [1] .") == "He owns it."


def test_a_marker_after_the_full_stop_belongs_to_the_sentence_before():
    text = "Theang owns the Rock. [1] The court charged him [2]. [3]"
    assert split_written(text) == ["Theang owns the Rock. [1]", "The court charged him [2]. [3]"]


def test_numbers_and_names_must_be_in_the_quote():
    assert missing_facts("Kith Theang owns the Rock [1].", [OWNER]) == []
    assert missing_facts("Police seized 60kg of drugs [1].", [OWNER]) == ["60"]
    assert missing_facts("Hun Sen owns the Rock Entertainment Centre [1].", [OWNER]) == \
        ["Hun", "Sen"]
    # The opening word is a name only when it looks like one; possessives and curly
    # apostrophes match.
    assert missing_facts("Police officers were involved [1].", [OWNER]) == []
    assert missing_facts("The capital\u2019s Rock was raided [1].", [OWNER]) == []


def test_every_sentence_gets_a_verdict_and_a_reason():
    sentences = ["Kith Theang owns the Rock [1].", "The court charged Theang [1].",
                 "Theang owns a club.", "He was charged [7].", "Hun Sen owns it [1]."]
    checked = check_sentences(sentences, [OWNER, COURT], FixedScorer(0.9))
    assert [s.supported for s in checked] == [True, True, False, False, False]
    assert [s.markers for s in checked] == [(1,), (1,), (), (7,), (1,)]
    assert checked[2].reason == "cites no quote"
    assert checked[3].reason == "cites [7], which is not among the 2 quotes"
    assert "'Hun'" in checked[4].reason


def test_the_scorer_reads_the_sentence_against_the_quotes_it_cites():
    scorer = FixedScorer(0.2)
    checked = check_sentences(["The court charged Theang [2]."], [OWNER, COURT], scorer)
    assert scorer.asked == [("The court charged Theang.", COURT)]
    assert not checked[0].supported and checked[0].reason == "[2] does not say this"
    assert checked[0].support == pytest.approx(0.2)


def test_the_prompt_numbers_the_quotes_verbatim_and_asks_for_markers():
    messages = prompt("Who owns the Rock?", [OWNER, COURT])
    system, user = messages[0][1], messages[-1][1]
    assert f"[1] {OWNER}" in user and f"[2] {COURT}" in user and "Who owns the Rock?" in user
    assert "[1]" in system and DECLINE in system


def test_a_reply_that_says_the_quotes_do_not_answer_is_a_decline():
    assert declined(split_written(DECLINE))
    assert declined(["The quotes don't say who owns it."])
    assert declined([])
    assert not declined(["Kith Theang owns the Rock [1]."])


@pytest.mark.parametrize(("spec", "model", "url"), [
    ("qwen2.5:3b@http://localhost:11434/v1", "qwen2.5:3b", "http://localhost:11434/v1"),
    ("llama3.2@http://gpu-box:8080", "llama3.2", "http://gpu-box:8080/v1"),
    ("org/model@name@https://host/api/v1/", "org/model@name", "https://host/api/v1"),
])
def test_a_model_is_named_model_at_url(spec, model, url):
    llm = LocalLLM.parse(spec)
    assert (llm.model, llm.url) == (model, url)
    assert LocalLLM.parse(llm.name) == llm


def test_a_model_alone_finds_its_server_as_ollama_and_openai_clients_do(monkeypatch):
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    assert LocalLLM.parse("qwen2.5:3b").url == "http://localhost:11434/v1"
    monkeypatch.setenv("OLLAMA_HOST", "127.0.0.1:11500")
    assert LocalLLM.parse("qwen2.5:3b").url == "http://127.0.0.1:11500/v1"
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:1234/v1")
    assert LocalLLM.parse("qwen2.5:3b").url == "http://127.0.0.1:1234/v1"


@pytest.mark.parametrize("spec", ["@http://localhost:11434", "qwen@localhost:11434", "a b", ""])
def test_an_unreadable_model_setting_says_how_to_write_it(spec):
    with pytest.raises(LLMError, match="MODEL@URL"):
        LocalLLM.parse(spec)
