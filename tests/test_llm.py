"""Written answers from a language model server, as a user meets them (issue 14).

A real OpenAI-compatible server (``transformers serve`` over SmolLM2-135M-Instruct, built once
per machine into the user cache: tests/llm_server.py) answers the seed questions; its answers
are often wrong, which is what the checks are for. A scripted server (tests/fake_llm.py)
writes a given reply, trickles or sends junk, for what a real model cannot do on cue. The
server is stopped by the last test, which checks the fallback.
"""

from __future__ import annotations

import json
import re
import threading
import time

import pytest

from qa import Library, LocalLLM
from qa.checking import AlignmentScorer, check_sentences
from qa.cli import main
from qa.formatting import UNSUPPORTED
from tests.fake_llm import fake_llm_server
from tests.helpers import free_port
from tests.llm_server import early_server, model_folder, start_server, stop
from tests.test_checking import COURT, OWNER

QUESTION = "Who owns the Rock Entertainment Centre?"


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory):
    """The real server, for this module (the last test stops it); started while the tests
    before this module ran (tests/conftest.py), or now."""
    early = early_server()
    if early is not None:
        proc, folder, port = early
    else:
        folder, port = model_folder(), free_port()
        proc = start_server(folder, port, tmp_path_factory.mktemp("llm") / "serve.log")
    yield proc, LocalLLM(model=str(folder), url=f"http://127.0.0.1:{port}/v1", timeout=60)
    stop(proc)


@pytest.fixture
def llm(llm_server) -> LocalLLM:
    return llm_server[1]


@pytest.fixture
def seed(seed_store, embedder) -> Library:
    return Library(seed_store, embedder=embedder, create=False)


def test_the_model_is_given_numbered_verbatim_quotes_and_its_markers_map_to_them(
        seed, llm, monkeypatch):
    import qa.writing

    sent, streamed = [], []
    real = qa.writing.stream_reply

    def recording(llm, messages, on_text=None, cancel=None):
        sent.append(messages)
        return real(llm, messages, on_text, cancel)

    monkeypatch.setattr(qa.writing, "stream_reply", recording)
    answer = seed.ask(QUESTION, llm=llm, on_text=streamed.append)
    user = sent[0][-1][1]
    extractive = seed.ask(QUESTION)
    assert QUESTION in user and "Kith Theang" in user
    written = answer.written
    assert written is not None and written.model == llm.name
    assert "".join(streamed).strip() == written.text.strip() or written.declined
    if not answer.abstained:  # the citations are the quotes, numbered as in the prompt
        assert answer.text == extractive.text
        for c in answer.citations:
            assert f"[{c.n}] {' '.join(c.quote.split())}" in user
            assert seed.article_text(c.article_id)[c.start:c.end] == c.quote
    given = len(re.findall(r"^\[\d+\] ", user, flags=re.MULTILINE))
    assert given >= 1 and (answer.abstained or given == len(answer.citations))
    for s in written.sentences:
        assert all(str(n) in s.text for n in s.markers)
        if not any(1 <= n <= given for n in s.markers):
            assert not s.supported and s.reason


def test_a_sentence_without_a_marker_or_with_a_quote_that_does_not_support_it_is_marked(
        embedder):
    scorer = AlignmentScorer(embedder)
    checked = check_sentences(
        ["Kith Theang, a prominent businessman, owned the Rock Entertainment Centre [1].",
         "The court charged Theang with facilitating the illegal use of drugs [2].",
         "The court charged Theang with facilitating the illegal use of drugs.",
         "Theang was charged with murder and fraud [1].",
         "The Rock Entertainment Centre is a popular tourist hotel [1]."],
        [OWNER, COURT], scorer)
    assert [s.supported for s in checked] == [True, True, False, False, False], checked
    assert checked[2].reason == "cites no quote"
    assert checked[3].reason and checked[4].reason == "[1] does not say this"


def test_json_marks_each_sentence_and_strict_drops_the_unsupported(seed_store, capsys):
    with fake_llm_server() as (url, _):
        assert main(["ask", "--store", str(seed_store), "--json", "--llm",
                     f"scripted@{url}", QUESTION]) == 0
        data = json.loads(capsys.readouterr().out)
        assert main(["ask", "--store", str(seed_store), "--llm", f"scripted@{url}",
                     QUESTION]) == 0
        plain = capsys.readouterr().out
        assert main(["ask", "--store", str(seed_store), "--json", "--strict", "--llm",
                     f"scripted@{url}", QUESTION]) == 0
        strict = json.loads(capsys.readouterr().out)
    sentences = data["written"]["sentences"]
    assert [s["supported"] for s in sentences] == [True, False, False]
    assert [s["markers"] for s in sentences] == [[1], [1], []]
    assert data["abstained"] is False and data["citations"][0]["n"] == 1
    assert f"{UNSUPPORTED} The moon is made of cheese [1]. (unsupported:" in plain
    assert [s["text"] for s in strict["written"]["sentences"]] == [sentences[0]["text"]]


def test_a_decline_or_nothing_supported_is_the_usual_abstention(seed):
    with fake_llm_server() as (url, _):
        declined = seed.ask(QUESTION, llm=f"declines@{url}")
        strict = seed.ask(QUESTION, llm=f"scripted@{url}", strict=True)
    assert declined.abstained and declined.citations == () and declined.written.declined
    assert declined.text == seed.ask("When will the Rock Entertainment Centre reopen?").text
    assert not strict.abstained and len(strict.written.sentences) == 1


@pytest.mark.parametrize(("model", "says"), [
    ("missing", "has no model 'missing'"),
    ("junk", "not a chat completion"),
])
def test_a_failing_server_gives_the_extractive_answer_with_one_line_saying_why(
        seed, model, says):
    with fake_llm_server() as (url, _):
        answer = seed.ask(QUESTION, llm=f"{model}@{url}")
    assert not answer.abstained and answer.written is None and "Kith Theang" in answer.text
    assert says in answer.notice and url in answer.notice and "\n" not in answer.notice


def test_a_stalling_server_is_given_up_at_the_timeout(seed):
    with fake_llm_server() as (url, _):
        started = time.monotonic()
        answer = seed.ask(QUESTION, llm=LocalLLM("slow", url, timeout=1.5))
        took = time.monotonic() - started
    assert took < 4, took
    assert "did not finish answering within 1.5 s" in answer.notice and answer.written is None


def test_cancelling_stops_the_writing_and_keeps_the_extractive_answer(seed):
    cancel = threading.Event()
    with fake_llm_server() as (url, _):
        answer = seed.ask(QUESTION, llm=LocalLLM("slow", url), cancel=cancel,
                          on_text=lambda piece: cancel.set())
    assert "cancelled" in answer.notice and "Kith Theang" in answer.text


def test_the_chat_streams_the_written_answer_and_names_the_model(seed_store, embedder):
    from tests.test_tui import RecordingApp
    from tests.tui_helpers import ask, enter, run, status_text, wait_until
    from tui.widgets.written import WrittenText

    async def body(url):
        app = RecordingApp(lambda: Library(seed_store, embedder=embedder),
                           llm=LocalLLM("scripted", url))
        async with app.run_test(size=(100, 40)) as pilot:
            await wait_until(pilot, lambda: "ready" in status_text(app))
            assert "writing: scripted" in status_text(app)
            exchange = await ask(pilot, QUESTION)
            written = exchange.query_one(WrittenText)
            assert UNSUPPORTED in str(written.render()) and "cheese" in str(written.render())
            await enter(pilot, "/llm off")
            assert "writing" not in status_text(app)
            exchange = await ask(pilot, QUESTION)
            assert exchange.answer.written is None and not exchange.query(WrittenText)
            await enter(pilot, "/llm slow@" + url)
            assert "writing: slow" in status_text(app)
            await enter(pilot, QUESTION)
            await wait_until(pilot, lambda: app.chat_screen.query(WrittenText).filter(
                ".streaming") and "word" in app.chat_screen.query(WrittenText).last().text)
            await pilot.press("escape")
            last = app.chat_screen.query("Exchange").last()
            await wait_until(pilot, lambda: last.answer is not None, timeout=10)
            assert "cancelled" in last.answer.notice

    with fake_llm_server() as (url, _):
        run(body(url))


def test_a_server_nobody_listens_at_is_reported_before_the_client_is_even_loaded():
    # A new user's --llm at a port nothing listened on took 10 s to say so: the client's
    # import and its retries. Now the address is tried first.
    import subprocess
    import sys

    url = f"http://127.0.0.1:{free_port()}/v1"
    code = ("import sys; from qa.llm import LocalLLM, stream_reply\n"
            f"try: stream_reply(LocalLLM.parse('m@{url}'), [('user', 'hi')])\n"
            "except Exception as e: print(e)\n"
            "print('llama_index.llms.openai_like' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120).stdout.splitlines()
    assert out == [f"cannot reach the language model server at {url}; start it (e.g. 'ollama "
                   "serve') or correct the URL given with --llm or QA_LLM", "False"]


def test_the_fallback_when_the_server_is_stopped(seed, llm_server):
    proc, llm = llm_server
    stop(proc)
    started = time.monotonic()
    answer = seed.ask(QUESTION, llm=llm)
    assert time.monotonic() - started < 15
    assert f"cannot reach the language model server at {llm.url}" in answer.notice
    assert "Kith Theang" in answer.citations[0].quote and answer.written is None
