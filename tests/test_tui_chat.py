"""The chat's behaviour with hand-made answers (tests/fake_library.py): its rough edges from a
new user's trial (issue 15) and short answers (issue 12), driven with Textual's pilot.

The real store and model are in tests/test_tui.py; here the library is a fake so that each
test says exactly what the chat is given.
"""

import threading

import pytest
from textual import events
from textual.widgets import Input

from qa import ShortAnswer
from qa.formatting import UNSURE
from tests import tui_helpers
from tests.fake_library import FakeArticle, FakeLibrary, cited_answer
from tests.tui_helpers import RecordingApp, ask, enter, reader, run, wait_until
from tui.screens.article import ArticleParagraph
from tui.widgets.citation import CitationCard
from tui.widgets.exchange import SEARCH_HINT, AnswerText, Exchange, ShortAnswerText
from tui.widgets.question_input import QuestionInput


@pytest.fixture(autouse=True)
def _fail_soon(monkeypatch):
    """The fake library answers at once: a condition not met in 15 s will not be met."""
    monkeypatch.setattr(tui_helpers, "WAIT", 15.0)

SPOKESMAN = ("National Police spokesman Chhay Kim Khoeun told The Post on Wednesday that he "
             "could not yet confirm how many police officers were involved.")
ROCK = FakeArticle("/news/rock.txt", "Drugs at the Rock", "news/rock.txt",
                   "Minister Sar Kheng said police officers were involved in drugs at the Rock."
                   f"\n\nHe spoke at the city hall.\n\n{SPOKESMAN}\n\nArrests will follow.")
PROFITS = "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn."
BBC = FakeArticle("business/001", "Ad sales boost Time Warner profit", "bbc_news.jsonl",
                  f"Ad sales boost Time Warner profit\n\n{PROFITS}\n\nIts shares rose.")
NO_ID = FakeArticle("/data/archive.jsonl#7", "Cup final", "archive.jsonl",
                    "Arsenal won the cup final on penalties.")

WHO = "Who is the police spokesman?"
PROFIT = "How much did profits jump?"
CUP = "Who won the cup final?"
AT = ROCK.text.index("Chhay")
SHORT = ShortAnswer("Chhay Kim Khoeun", AT, AT + len("Chhay Kim Khoeun"), 1)
ANSWERS = {
    WHO: cited_answer(WHO, ROCK.cite(1, SPOKESMAN), short=SHORT),
    PROFIT: cited_answer(PROFIT, BBC.cite(1, PROFITS)),
    CUP: cited_answer(CUP, NO_ID.cite(1, NO_ID.text)),
}
REFUSED = "Who is the prime minister of Japan?"


def _library(**kwargs) -> FakeLibrary:
    kwargs.setdefault("articles_held", [ROCK, BBC, NO_ID])
    return FakeLibrary(answers=ANSWERS, **kwargs)


def _app(library: FakeLibrary, **kwargs) -> RecordingApp:
    return RecordingApp(lambda: library, **kwargs)


def _underlined(text, part: str) -> bool:
    """Whether the whole of ``part`` of a rendered ``text`` (Rich Text or Textual Content) is
    underlined: the short answer's mark."""
    start = text.plain.index(part)
    return any(getattr(s.style, "underline", False) for s in text.spans
               if s.start <= start and start + len(part) <= s.end)


# -- short answers (issue 12) ------------------------------------------------------------


def test_a_short_answer_leads_in_bold_without_repeating_the_sentence():
    async def body():
        app = _app(_library())
        async with app.run_test(size=(100, 30)) as pilot:
            exchange = await ask(pilot, WHO)
            lead = exchange.query_one(ShortAnswerText)
            assert lead.source == "**Chhay Kim Khoeun** **[1]**"
            assert not [t for t in exchange.query(AnswerText) if SPOKESMAN in t.source]
            card = exchange.query_one(CitationCard)
            assert str(card.render()).count(SPOKESMAN) == 1  # the card carries the sentence

    run(body())


def test_the_short_answer_is_marked_in_the_card_and_in_the_article():
    async def body():
        app = _app(_library())
        async with app.run_test(size=(100, 30)) as pilot:
            exchange = await ask(pilot, WHO)
            card = exchange.query_one(CitationCard)
            assert _underlined(card.render(), "Chhay Kim Khoeun")
            assert not _underlined(card.render(), "National Police")
            await pilot.press("tab", "enter")
            await reader(pilot)
            cited = app.screen.query(ArticleParagraph).filter(".cited").first()
            await wait_until(pilot, lambda: bool(cited.render().spans))
            assert _underlined(cited.render(), "Chhay Kim Khoeun")
            assert not _underlined(cited.render(), "told The Post")

    run(body())


def test_copy_and_export_lead_with_the_short_answer(tmp_path):
    async def body():
        app = _app(_library())
        async with app.run_test() as pilot:
            await ask(pilot, WHO)
            await pilot.press("ctrl+y")
            assert app.clipboard.startswith("Chhay Kim Khoeun [1]\n")
            await enter(pilot, f"/export {tmp_path / 'chat.md'}")
            await wait_until(pilot, (tmp_path / "chat.md").exists)
            assert "**Chhay Kim Khoeun** [1]" in (tmp_path / "chat.md").read_text()

    run(body())


def test_passages_without_the_figure_asked_are_said_to_be_unsure():
    # New users (stop 35) took passages given without a short answer, to a question asking
    # for a name or a figure, for an answer.
    async def body():
        app = _app(_library())
        async with app.run_test(size=(100, 30)) as pilot:
            unsure = await ask(pilot, PROFIT)  # "How much...?", no short answer
            assert str(unsure.query_one(".unsure").render()) == UNSURE
            sure = await ask(pilot, WHO)
            assert not sure.query(".unsure")

    run(body())


def test_a_refusal_points_to_search_which_lists_the_closest_passages():
    # a new user's trial of stop 40 found no way in the chat to see what came close
    async def body():
        app = _app(_library())
        async with app.run_test(size=(100, 40)) as pilot:
            refused = await ask(pilot, "Who confirmed the police officers' role?")
            assert str(refused.query_one(".hint").render()) == SEARCH_HINT
            answered = await ask(pilot, WHO)
            assert not answered.query(".hint")
            await enter(pilot, "/search police officers")
            def found() -> list[str]:
                return [str(n.render()) for n in app.screen.query(".note")
                        if "Closest passages" in str(n.render())]

            await wait_until(pilot, lambda: bool(found()))
            shown = found()[0]
            assert "police officers" in shown and "1. Drugs at the Rock" in shown
            assert "Time Warner" not in shown  # an article without the words
            await enter(pilot, "/search")  # alone: the last question's words
            await wait_until(pilot, lambda: len(found()) == 2)
            assert "Who is the police spokesman?" in found()[1]

    run(body())


# -- rough edges from a new user's trial (issue 15) --------------------------------------


def test_tab_and_1_after_a_refusal_open_the_latest_answer_with_citations():
    async def body():
        app = _app(_library())
        async with app.run_test(size=(100, 40)) as pilot:
            await ask(pilot, PROFIT)
            latest = await ask(pilot, WHO)
            refused = await ask(pilot, REFUSED)
            assert refused.answer.abstained
            await pilot.press("tab")
            assert app.focused is latest.query_one(CitationCard)
            await pilot.press("enter")
            await reader(pilot)
            assert app.screen.citation.article_id == ROCK.article_id
            await pilot.press("escape")  # back on the card, outside the question box
            await pilot.press("1")
            await reader(pilot)
            assert app.screen.citation.article_id == ROCK.article_id
            assert not [m for s, m in app.notified if "No citation" in m]

    run(body())


async def _back_from_an_article(app, pilot):
    """Ask, open the first citation's article, and close it: the focus is on the card. The
    exchange asked."""
    latest = await ask(pilot, WHO)
    await pilot.press("tab", "enter")
    await reader(pilot)
    await pilot.press("escape")
    assert app.focused is latest.query_one(CitationCard)
    return latest


def test_typing_on_a_citation_card_after_leaving_an_article_goes_to_the_question_box():
    # a new user (stop 38) typed "/articles" after Escape had closed the article: the keys
    # went to the card, and Enter opened the article again
    async def body():
        app = _app(_library())
        async with app.run_test(size=(100, 40)) as pilot:
            await _back_from_an_article(app, pilot)
            await pilot.press("slash", "a", "r")
            question = app.screen.query_one(QuestionInput)
            assert app.focused is question and question.value == "/ar"

    run(body())


def test_digits_typed_after_words_leaving_an_article_go_to_the_question_box_too():
    # trial H (stop 42): "/export /tmp/nu10-chat.md" typed after Escape had closed the
    # article became "/tmp/nu0-chat.md": the digit opened a citation instead
    async def body():
        app = _app(_library())
        async with app.run_test(size=(100, 40)) as pilot:
            latest = await _back_from_an_article(app, pilot)
            chat = app.screen
            for key in "nu10":  # in one burst, as typed fast or pasted in a terminal
                app.post_message(events.Key(key, key))
            await pilot.pause()
            assert app.screen is chat and chat.query_one(QuestionInput).value == "nu10"
            await pilot.press("tab")  # on a card again, a digit opens its citation
            assert app.focused is latest.query_one(CitationCard)
            await pilot.press("1")
            await reader(pilot)

    run(body())


def test_a_question_asked_during_the_first_ingest_waits_for_it_and_says_so():
    gate = threading.Event()
    library = _library(articles_held=[], pending=[ROCK], gate=gate)

    async def body():
        app = _app(library, ingest=("news",))
        async with app.run_test() as pilot:
            await enter(pilot, WHO)
            exchange = app.screen.query(Exchange).last()
            await wait_until(pilot, lambda: bool(exchange.query(".waiting")))
            assert "Indexing news" in str(exchange.query_one(".waiting").render())
            assert exchange.answer is None and library.asked == []
            gate.set()
            await wait_until(pilot, lambda: exchange.answer is not None)
            assert not exchange.answer.abstained
            assert not exchange.query(".waiting")

    run(body())


def test_a_question_asked_while_more_is_indexed_is_answered_saying_from_what():
    gate = threading.Event()
    library = _library(articles_held=[ROCK], pending=[BBC], gate=gate)

    async def body():
        app = _app(library, ingest=("more",))
        async with app.run_test() as pilot:
            exchange = await ask(pilot, WHO)
            note = str(exchange.query_one(".answer-note").render())
            assert "Indexing more is under way" in note and "1 article indexed so far" in note
            gate.set()

    run(body())


def _overlaps(a, b) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def test_notices_never_cover_the_question_box(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path))
    monkeypatch.setattr("platformdirs.user_documents_path", lambda: tmp_path)

    async def body():
        app = _app(_library())
        async with app.run_test(size=(80, 24)) as pilot:
            box = app.screen.query_one("#question", Input)
            await ask(pilot, WHO)
            await pilot.press("ctrl+y")
            await pilot.pause()
            for toast in app.screen.query("Toast"):
                assert not _overlaps(toast.region, box.region)
            assert "Answer copied" in app.chat_screen.status.notice_text
            await enter(pilot, "/export")
            await enter(pilot, "/nonsense")
            await pilot.pause()
            assert not [t for t in app.screen.query("Toast")
                        if _overlaps(t.region, box.region)]
            assert "Unknown command /nonsense" in app.chat_screen.status.notice_text

    run(body())


def test_export_without_a_file_name_goes_to_the_documents_folder_and_says_where(
        tmp_path, monkeypatch):
    documents, checkout = tmp_path / "Documents", tmp_path / "checkout"
    documents.mkdir()
    checkout.mkdir()
    monkeypatch.chdir(checkout)
    monkeypatch.setattr("platformdirs.user_documents_path", lambda: documents)

    async def body():
        app = _app(_library())
        async with app.run_test(size=(100, 30)) as pilot:
            await ask(pilot, WHO)
            await enter(pilot, "/export")
            await wait_until(pilot, lambda: any(documents.iterdir()))
            saved = next(documents.iterdir())
            assert saved.name.startswith("conversation-") and saved.suffix == ".md"
            note = str(app.screen.query(".note").last().render())
            assert f"Conversation saved to {saved}" in note
            # said once, in the conversation, not as a notice too (a trial of stop 40)
            assert "saved" not in app.chat_screen.status.notice_text
            await enter(pilot, "/export notes.md")
            await wait_until(pilot, (documents / "notes.md").exists)
            assert list(checkout.iterdir()) == []  # nothing in the working directory

    run(body())


def test_a_bbc_article_shows_its_title_once_in_the_reader():
    async def body():
        app = _app(_library())
        async with app.run_test(size=(100, 30)) as pilot:
            await ask(pilot, PROFIT)
            await pilot.press("tab", "enter")
            await reader(pilot)
            paragraphs = [p.text for p in app.screen.query(ArticleParagraph)]
            assert paragraphs == [PROFITS, "Its shares rose."]
            assert str(app.screen.query_one("#article-title").render()) == BBC.title

    run(body())


def test_an_archive_article_shows_its_id_or_line_in_cards_and_the_reader():
    async def body():
        app = _app(_library())
        async with app.run_test(size=(100, 30)) as pilot:
            first = await ask(pilot, PROFIT)
            assert "bbc_news.jsonl \u00b7 id business/001" in str(
                first.query_one(CitationCard).render())
            second = await ask(pilot, CUP)
            assert "archive.jsonl line 7" in str(second.query_one(CitationCard).render())
            await pilot.press("tab", "enter")
            await reader(pilot)
            assert "archive.jsonl line 7" in str(app.screen.query_one("#article-meta").render())

    run(body())


# -- the controller's messages -----------------------------------------------------------


def test_the_screen_keeps_no_turns_of_its_own():
    async def body():
        app = _app(_library())
        async with app.run_test() as pilot:
            await ask(pilot, WHO)
            await ask(pilot, REFUSED)
            screen = app.chat_screen
            assert not hasattr(screen, "turns")
            assert [t.question for t in screen.controller.turns] == [WHO, REFUSED]

    run(body())
