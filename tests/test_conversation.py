"""qa.conversation: follow-up questions read with the turn before them (no model)."""

from dataclasses import replace

import pytest

from qa import Answer, Chat, Citation, ShortAnswer
from qa.conversation import Turn, is_follow_up, read_with_context

pytestmark = pytest.mark.fast


class Recorder:
    """A stand-in library: records what the chat asks, and cites one article."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str | None, frozenset[str]]] = []

    def ask(self, question, *, context=None, prefer=()):
        self.asked.append((question, context, frozenset(prefer)))
        cite = Citation(n=1, article_id="rock", title="T", source="s.txt", start=0, end=9,
                        quote="Kith Theang owns it.", score=0.7)
        return Answer(question=question, text="Kith Theang owns it. [1]", citations=(cite,),
                      abstained=False)


@pytest.mark.parametrize(("question", "follows"), [
    ("What was he charged with?", True),
    ("And the other people?", True),
    ("What about the owner?", True),
    ("Who owns the Rock Entertainment Centre?", False),
    ("What was the owner charged with?", False),
    # a thing named by its kind alone, in a question that names nothing (a trial, stop 35:
    # after "Which Australian mining firm runs La Escondida?", this was asked alone, refused)
    ("How much is the company planning to invest?", True),
    ("How much is the company Umbro planning to invest?", False),  # it names its subject
])
def test_a_question_that_points_back_is_a_follow_up(question, follows):
    assert is_follow_up(question) is follows


def test_a_follow_up_is_asked_with_the_last_turn_and_its_article():
    library = Recorder()
    chat = Chat(library)
    chat.ask("Who owns the Rock?")
    chat.ask("What was he charged with?")
    assert library.asked[0] == ("Who owns the Rock?", None, frozenset())
    assert library.asked[1] == ("What was he charged with?",
                                "Who owns the Rock? Kith Theang owns it.", frozenset({"rock"}))
    assert [t.question for t in chat.turns] == ["Who owns the Rock?", "What was he charged with?"]


class ShortRecorder(Recorder):
    """A stand-in library whose answers hold a short answer, by default "BHP Billiton"."""

    def __init__(self, short: str = "BHP Billiton") -> None:
        super().__init__()
        self.short = short

    def ask(self, question, *, context=None, prefer=()):
        answer = super().ask(question, context=context, prefer=prefer)
        return replace(answer, short=ShortAnswer(text=self.short, start=0,
                                                 end=len(self.short), n=1))


@pytest.mark.parametrize(("first", "then", "asked"), [
    ("Which Australian mining firm runs La Escondida?",
     "How much is the company planning to invest?",
     ("How much is BHP Billiton planning to invest?", None, frozenset({"rock"}))),
    # a person answered: the one body the earlier question names (a trial: "Who leads the
    # party?" after "Who is the Liberal Democrats' economics spokesman?" was refused)
    ("Who is the Liberal Democrats' economics spokesman?", "Who leads the party?",
     ("Who leads Liberal Democrats?", None, frozenset({"rock"}))),
    # it names two: read with the earlier question, as before
    ("Who runs La Escondida for BHP Billiton?", "How much is the company planning to invest?",
     ("How much is the company planning to invest?",
      "Who runs La Escondida for BHP Billiton? Kith Theang owns it.", frozenset({"rock"}))),
])
def test_a_thing_named_by_its_kind_is_the_earlier_answer_of_that_kind(first, then, asked):
    # A new user's trial (stop 35): "How much is the company planning to invest?" after "Which
    # Australian mining firm runs La Escondida?" ("BHP Billiton") was refused: asked alone, it
    # named nothing, and read after the earlier question, the reader marked "BHP Billiton".
    library = ShortRecorder()
    chat = Chat(library)
    chat.ask(first)
    answer = chat.ask(then)
    assert library.asked[1] == asked
    assert answer.question == then and chat.turns[-1].question == then


def test_the_body_named_by_its_kind_may_be_named_turns_before():
    # A trial of stop 37: "Which brands does the company own?" after "Who is the chief
    # executive of Electrolux?" and "How many plants does he say are at risk?" was refused.
    library = ShortRecorder("Hans Straberg")
    chat = Chat(library)
    chat.ask("Who is the chief executive of Electrolux?")
    chat.ask("How many plants does he say are at risk?")
    chat.ask("Which brands does the company own?")
    assert library.asked[2][0] == "Which brands does Electrolux own?"


def test_the_body_named_by_its_kind_may_be_asked_of_with_another_name():
    # A trial of stop 45: "How much has the firm spent upgrading the Ashby Lock works?" after
    # "Who is the chief executive of Southmere Water?" and "How old is he?" was refused.
    library = ShortRecorder("Alan Corbett")
    chat = Chat(library)
    chat.ask("Who is the chief executive of Southmere Water?")
    chat.ask("How old is he?")
    chat.ask("How much has the firm spent upgrading the Ashby Lock works?")
    chat.ask("How much has the company Umbro spent on its works?")  # named: as it is
    chat.ask("How much has the firm spent at Thames Water Company?")
    assert [q for q, _, _ in library.asked[2:]] == [
        "How much has Southmere Water spent upgrading the Ashby Lock works?",
        "How much has the company Umbro spent on its works?",
        "How much has the firm spent at Thames Water Company?"]


def test_a_person_asked_for_by_what_they_do_is_who_she_is():
    # A trial of stop 45: "Which organisation does she work for?" after "Which ecologist
    # warned about the damage?" was refused, "she" not read as the ecologist named.
    library = ShortRecorder("Helen Carrick")
    chat = Chat(library)
    chat.ask("Which ecologist warned about the damage to the bog?")
    chat.ask("Which organisation does she work for?")
    assert library.asked[1][0] == "Which organisation does Helen Carrick work for?"
    library = ShortRecorder("Pennine Peatland Trust")
    chat = Chat(library)
    chat.ask("Which charity warned about the damage to the bog?")
    chat.ask("Where is she based?")  # a body answered: "she" is no one named
    assert library.asked[1][0] == "Where is she based?"


def test_a_follow_ups_short_answer_is_not_the_earlier_one():
    # A new user's trial (stop 35): "What did he say about direct payments?" after "Who is the
    # director general of Age Concern?" showed "Gordon Lishman" again, the passage being the
    # answer.
    library = ShortRecorder()
    chat = Chat(library)
    chat.ask("Which mining firm runs La Escondida?")
    answer = chat.ask("What did he say about it?")
    assert answer.short is None and answer.text == "Kith Theang owns it. [1]"


def test_the_name_of_a_firm_asked_for_is_a_kind_asked():
    # (a trial of stop 35: "How much in assets did the firm claim?" after "What is the name of
    # Scott Richter's company?" was refused)
    library = ShortRecorder()
    chat = Chat(library)
    chat.ask("What is the name of Scott Richter's company?")
    chat.ask("How much in assets did the firm claim?")
    assert library.asked[1][0] == "How much in assets did BHP Billiton claim?"


class PersonRecorder(ShortRecorder):
    """A stand-in library whose answers hold the short answer "Sar Kheng", and which refuses
    to say which newspaper he talked to when asked with his name."""

    def __init__(self) -> None:
        super().__init__("Sar Kheng")

    def ask(self, question, *, context=None, prefer=()):
        answer = super().ask(question, context=context, prefer=prefer)
        if "newspaper" in question and "Sar Kheng" in question:
            return Answer(question=question, text="", citations=(), abstained=True)
        return answer


def test_a_person_pointed_back_at_is_named_in_the_follow_up():
    # Read after the earlier question, "What event was he speaking at?" (after "On what day
    # did he make his remarks?") cited the lead; asked "What event was Sar Kheng speaking
    # at?", the conference (bench/followups_long.jsonl, stop 36).
    library = PersonRecorder()
    chat = Chat(library)
    chat.ask("Who is the interior minister?")
    chat.ask("On what day did he make his remarks?")
    answer = chat.ask("What event was he speaking at?")
    assert library.asked[1] == ("On what day did Sar Kheng make his remarks?", None,
                                frozenset({"rock"}))
    assert library.asked[2] == ("What event was Sar Kheng speaking at?", None,
                                frozenset({"rock"}))
    assert answer.question == "What event was he speaking at?"
    chat.ask("What did her report say?")  # "her" owns the noun after it
    assert library.asked[3][0] == "What did Sar Kheng's report say?"


def test_a_follow_up_refused_with_the_name_is_read_after_the_earlier_question():
    library = PersonRecorder()
    chat = Chat(library)
    chat.ask("Who is the police spokesman?")
    answer = chat.ask("Which newspaper did he talk to?")
    assert [q for q, _, _ in library.asked[1:]] == ["Which newspaper did Sar Kheng talk to?",
                                                    "Which newspaper did he talk to?"]
    assert library.asked[2][1] == "Who is the police spokesman? Kith Theang owns it."
    assert not answer.abstained


def test_no_person_is_named_after_a_question_that_asked_for_none():
    library = PersonRecorder()
    chat = Chat(library)
    chat.ask("Who is the interior minister?")
    chat.ask("What happened at the Rock Entertainment Centre?")  # stands alone: a new topic
    chat.ask("What did he say?")
    assert library.asked[2][0] == "What did he say?"


def test_a_new_conversation_forgets_the_turns():
    library = Recorder()
    chat = Chat(library)
    chat.ask("Who owns the Rock?")
    chat.reset()
    chat.ask("What was he charged with?")
    assert chat.turns[0].question == "What was he charged with?"
    assert library.asked[-1][1] is None


@pytest.mark.parametrize(("context", "read"), [
    (None, "Which newspaper did he talk to?"),
    ("  ", "Which newspaper did he talk to?"),
    ("Who is the spokesman? Chhay Kim Khoeun told The Post.",
     "Who is the spokesman? Which newspaper did he talk to?"),
    ("The spokesman was quoted", "The spokesman was quoted Which newspaper did he talk to?"),
    (" ".join(["word"] * 50) + "?", " ".join(["word"] * 30) + " Which newspaper did he talk to?"),
])
def test_the_reader_reads_a_follow_up_after_the_earlier_question(context, read):
    # Not after the earlier answer's quote: the reader would look for that answer again.
    assert read_with_context("Which newspaper did he talk to?", context) == read


def test_a_follow_up_is_read_after_the_plain_earlier_question():
    library = Recorder()
    chat = Chat(library)
    chat.ask("Can you tell me who owns the Rock?")
    chat.ask("What was he charged with?")
    assert library.asked[1][1] == "Who owns the Rock? Kith Theang owns it."


class Reader(Recorder):
    """A stand-in library that also reads on."""

    def __init__(self) -> None:
        super().__init__()
        self.read_after: list[Citation] = []

    def read_on(self, question, after, shown=()):
        self.read_after.append(after)
        self.shown = shown
        return Answer(question=question, text="Next. [1]", citations=(), abstained=False)


def test_tell_me_more_reads_on_from_the_last_answer_and_needs_one():
    library = Reader()
    chat = Chat(library)
    first = chat.ask("Tell me more.")
    assert first.abstained and "Ask a question first" in first.text and not library.asked
    answer = chat.ask("Who owns the Rock?")
    chat.ask("Tell me more.")
    assert library.read_after == [answer.citations[0]] and len(library.asked) == 1


def _cite(n: int, start: int, end: int, article: str = "rock") -> Citation:
    return Citation(n=n, article_id=article, title="T", source="s.txt", start=start, end=end,
                    quote="x" * (end - start), score=0.5)


@pytest.mark.parametrize(("cited", "after"), [
    # the answer's passage, then passages further on: read on after the answer's passage
    # (a new user's "Tell me more" skipped 3,000 characters to after the furthest one)
    ((_cite(1, 0, 283), _cite(2, 3095, 3353), _cite(3, 490, 666)), 0),
    # two sentences read on before, one right after the other: read on after the second
    ((_cite(1, 700, 800), _cite(2, 801, 900)), 1),
    # across a paragraph's break, and in any order of citation
    ((_cite(1, 100, 200), _cite(2, 400, 500), _cite(3, 202, 300)), 2),
    # the next passage in another article is not the same article's next sentence
    ((_cite(1, 0, 50), _cite(2, 51, 90, article="other")), 0),
])
def test_tell_me_more_reads_on_after_the_answers_passage_and_what_follows_it(cited, after):
    library = Reader()
    chat = Chat(library)
    chat.turns.append(Turn("Who?", Answer(question="Who?", text="...", citations=cited,
                                          abstained=False)))
    chat.ask("Tell me more")
    assert library.read_after == [cited[after]]


def test_tell_me_more_again_reads_on_after_the_last_reading_and_skips_what_was_shown():
    class Pages(Reader):
        def read_on(self, question, after, shown=()):
            super().read_on(question, after, shown)
            at = after.end + 1
            while any(c.start == at for c in shown):  # what was shown is left out
                at = next(c.end for c in shown if c.start == at) + 1
            cited = (_cite(1, at, at + 10), _cite(2, at + 11, at + 20))
            return Answer(question=question, text="...", citations=cited, abstained=False)

    library = Pages()
    chat = Chat(library)
    chat.turns.append(Turn("Who?", Answer(question="Who?", text="...", abstained=False,
                                          citations=(_cite(1, 0, 50), _cite(2, 51, 60)))))
    first = chat.ask("Tell me more")  # after [1] and the [2] right after it
    assert library.read_after[-1] == _cite(2, 51, 60)
    chat.ask("Go on")  # after the first reading's furthest passage
    assert library.read_after[-1] == first.citations[1]
    assert set(library.shown) >= {_cite(1, 0, 50), *first.citations}


class UnsureRecorder(Recorder):
    """A stand-in library whose answers have no short answer and cite one passage: by
    default, one opening on a person named with an age."""

    def __init__(self, quote: str = "Ms Marwood, 47, a former nurse, won 18,342 votes.") -> None:
        super().__init__()
        self.quote = quote

    def ask(self, question, *, context=None, prefer=()):
        answer = super().ask(question, context=context, prefer=prefer)
        cite = replace(answer.citations[0], quote=self.quote)
        return replace(answer, citations=(cite,), text=f"{cite.quote} [1]")


def test_a_person_a_not_sure_answer_opens_on_is_named_in_the_follow_up():
    # (trial L, stop 44: "How old is she?" after "Who won the Kelsborough mayoral election?",
    # shown "Not sure" over "Ms Marwood, 47, ...", was refused)
    library = UnsureRecorder()
    chat = Chat(library)
    chat.ask("Who won the Kelsborough mayoral election?")
    chat.ask("How old is she?")
    assert library.asked[1][0] == "How old is Ms Marwood?"
    library = UnsureRecorder()
    chat = Chat(library)
    chat.ask("Which firm won the contract?")  # no person asked: none named
    chat.ask("How old is she?")
    assert library.asked[1][0] == "How old is she?"


_FENWICK = "Opposition leader Councillor Derek Fenwick, 63, of the Liberal Democrats, said so."


def test_the_holder_of_the_role_asked_in_a_not_sure_answer_is_named_in_the_follow_up():
    # (trial CL, stop 50: "How old is he?" after "Who is the opposition leader on Westmere
    # County Council?", shown "Not sure" over "Opposition leader Councillor Derek Fenwick,
    # 63,", was refused)
    library = UnsureRecorder(_FENWICK)
    chat = Chat(library)
    chat.ask("Who is the opposition leader on Westmere County Council?")
    chat.ask("How old is he?")
    assert library.asked[1][0] == "How old is Derek Fenwick?"
    library = UnsureRecorder(_FENWICK)
    chat = Chat(library)
    chat.ask("Who is the chief executive of Westmere County Council?")  # another role
    chat.ask("How old is he?")
    assert library.asked[1][0] == "How old is he?"
