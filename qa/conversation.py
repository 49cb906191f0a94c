"""Conversations: follow-up questions read in the light of the earlier turns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qa.models import Answer

if TYPE_CHECKING:
    from qa.library import Library

__all__ = ["Chat", "Turn"]


@dataclass(frozen=True)
class Turn:
    """One question and its answer."""

    question: str
    answer: Answer


@dataclass
class Chat:
    """A conversation with a :class:`~qa.library.Library`.

    ``chat.ask("Who owns the Rock?")`` then ``chat.ask("What was he charged with?")``: the
    second question is retrieved together with the first turn, so "he" finds its referent.
    """

    library: Library
    turns: list[Turn] = field(default_factory=list)

    def ask(self, question: str) -> Answer:
        """Answer ``question`` as the next turn of this conversation."""
        answer = self.library._answer(question, context=self._context(),
                                      prefer=self._articles())
        self.turns.append(Turn(answer.question, answer))
        return answer

    def reset(self) -> None:
        """Forget the earlier turns: the next question starts a new conversation."""
        self.turns.clear()

    def _context(self) -> str | None:
        if not self.turns:
            return None
        last = self.turns[-1]
        parts = [last.question]
        if last.answer.citations:
            parts.append(last.answer.citations[0].quote)
        return " ".join(parts)

    def _articles(self) -> frozenset[str]:
        # Follow-ups are mostly about the article the last answer came from.
        if not self.turns:
            return frozenset()
        return frozenset(c.article_id for c in self.turns[-1].answer.citations[:1])
