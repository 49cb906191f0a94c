"""One exchange of the conversation: the question, then its answer and citations."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import LoadingIndicator, Markdown, Static

from qa import Answer
from qa.formatting import UNSURE, not_found, unsure
from tui.widgets.citation import CitationCard
from tui.widgets.written import WrittenText

# Under a refusal of a question that no passage answers (a new user's trial of stop 40 missed
# the command line's hint to `qa search` in the chat).
SEARCH_HINT = ("Ask again in the article's words, or type /search to see the passages "
               "closest to the question.")


class QuestionText(Static):
    """The question as the user typed it (a CSS hook)."""


class AnswerText(Markdown):
    """The answer as Markdown, with its [n] markers (a CSS hook)."""


class ShortAnswerText(AnswerText):
    """The short answer, in bold with its [n] marker, above the citations (a CSS hook)."""


class Exchange(Vertical):
    """A question, a spinner while it is answered, then the answer and its citations."""

    def __init__(self, question: str) -> None:
        super().__init__(classes="exchange")
        self.question = question
        self.answer: Answer | None = None

    def compose(self) -> ComposeResult:
        yield QuestionText(self.question)
        yield LoadingIndicator()

    @property
    def cards(self) -> list[CitationCard]:
        """The citation cards, first to last (none before the answer, none for a refusal)."""
        return list(self.query(CitationCard))

    def show_waiting(self, note: str) -> None:
        """Say why the answer is not coming yet (the spinner stays)."""
        self.query(".waiting").remove()
        self.mount(Static(note, classes="waiting", markup=False), before=self._spinner())

    def _spinner(self) -> LoadingIndicator | None:
        spinners = self.query(LoadingIndicator)
        return spinners.first() if spinners else None

    def add_text(self, piece: str) -> None:
        """Show the next piece of a written answer as it arrives (the spinner goes)."""
        streamed = self.query(WrittenText)
        if streamed:
            written = streamed.first()
        else:
            self.query(".waiting, LoadingIndicator").remove()
            written = WrittenText()
            self.mount(written)
        written.add(piece)

    async def show_answer(self, answer: Answer, note: str | None = None) -> None:
        """Replace the spinner with the answer (``answer`` is set once it is on screen);
        a written answer replaces its streamed text with its checked sentences; ``note``
        qualifies it."""
        await self.query(".waiting, LoadingIndicator").remove()
        streamed = self.query(WrittenText)
        if answer.written is None or answer.abstained:
            await streamed.remove()
        if answer.abstained:
            self.add_class("abstained")
            await self.mount(Static(answer.text, classes="no-answer", markup=False))
            if not_found(answer):
                await self.mount(Static(SEARCH_HINT, classes="hint", markup=False))
        elif answer.written is not None:
            written = streamed.first() if streamed else WrittenText()
            if not streamed:
                await self.mount(written)
            written.show_checked(answer.written)
        else:
            if unsure(answer):  # passages, no words of the form asked marked in them
                await self.mount(Static(UNSURE, classes="unsure", markup=False))
            await self.mount(_answer_text(answer))
        if answer.notice:
            await self.mount(Static(f"{answer.notice}", classes="notice", markup=False))
        if not answer.abstained:
            await self.mount_all(CitationCard(c, answer.short) for c in answer.citations)
        if note:
            await self.mount(Static(note, classes="answer-note", markup=False))
        self.answer = answer

    def show_error(self, message: str) -> None:
        """Replace the spinner with an error line."""
        self.query(".waiting, LoadingIndicator").remove()
        self.add_class("failed")
        self.mount(Static(message, classes="error", markup=False))


def _answer_text(answer: Answer) -> AnswerText:
    # With a short answer, it alone leads: the card below carries its sentence.
    if answer.short:
        return ShortAnswerText(f"**{_escape(answer.short.text)}** **[{answer.short.n}]**")
    # Escape Markdown control characters in the quotes; the [n] markers stay plain text.
    return AnswerText(" ".join(f"{_escape(c.quote)} **[{c.n}]**" for c in answer.citations))


def _escape(text: str) -> str:
    for ch in "\\`*_#[]<>|":
        text = text.replace(ch, "\\" + ch)
    return text
