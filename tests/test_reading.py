"""qa.reading and qa.reader's logic: windows, spans, and answers composed from what a reader
judged (a fake reader: no model)."""

import numpy as np
import pytest

from qa.ages import aged_by_another_noun
from qa.answering import NO_ANSWER, Cutoffs, compose_read
from qa.fitting import counts_asked
from qa.forms import ASKS_FOR_MONEY, asked_for, expects_a_short_answer, verb_stems
from qa.reader import CONTEXT_WORDS, _best_span, windows_for
from qa.reading import judge_sentences
from qa.rescues import age_asked_of, aged_here, crowd_here
from qa.sum_asked import part_costed_as_a_whole
from tests.fakes import FakeReader, ranked, stored_chunk

pytestmark = pytest.mark.fast

TEXT = ("The council met on Monday. Its leader, Ann Lee, spoke first. She said the bridge "
        "would reopen in May. Repairs cost 2 million pounds. Traffic will return slowly.")


def sentences_of(chunk):
    return [chunk.text[s - chunk.start : e - chunk.start] for s, e in chunk.sentences]


def test_windows_hold_the_sentence_before_and_merge_when_they_touch():
    chunk = stored_chunk(TEXT)
    windows = windows_for([(chunk, 2), (chunk, 3), (chunk, 0)], before=1, after=0)
    # Sentences 1-2, 2-3 and 0 overlap or touch: one window, up to sentence 3.
    assert [w.text for w in windows] == [TEXT[: TEXT.index(" Traffic")]]
    apart = windows_for([(chunk, 0), (chunk, 4)], before=1, after=0)
    assert [w.sentences for w in apart] and len(apart) == 2
    for w in windows + apart:
        assert TEXT[w.offset : w.offset + len(w.text)] == w.text


def test_a_long_sentence_read_as_context_keeps_its_last_words_and_a_picked_one_stays_whole():
    quote = " ".join(f"word{i}" for i in range(CONTEXT_WORDS + 20)) + "."
    text = f"{quote} The mayor, Ann Lee, said so."
    chunk = stored_chunk(text)
    [window] = windows_for([(chunk, 1)], before=1, after=0)
    kept = " ".join(f"word{i}" for i in range(20, CONTEXT_WORDS + 20)) + "."
    assert window.text == f"{kept} The mayor, Ann Lee, said so."
    assert text[window.offset : window.offset + len(window.text)] == window.text
    [both] = windows_for([(chunk, 1), (chunk, 0)], before=1, after=0)
    assert both.text == text  # the long sentence is read for itself too: whole


def test_a_skipped_sentence_is_not_read_as_context():
    chunk = stored_chunk(TEXT)
    second = sentences_of(chunk)[1]
    windows = windows_for([(chunk, 2)], before=1, after=0, skip=lambda t: t == second)
    assert [w.text for w in windows] == [sentences_of(chunk)[2]]


def test_the_best_span_never_ends_before_it_starts():
    start = np.array([0.0, 5.0, 1.0, 0.0])
    end = np.array([3.0, 0.0, 1.0, 4.0])
    spans = np.array([[0, 3], [4, 7], [8, 10], [11, 15]])
    assert _best_span(start, end, spans)[:2] == (4, 15)


def test_the_span_share_is_the_best_spans_part_of_all_the_sentences_spans():
    spans = np.array([[0, 3], [4, 7]])
    # The three spans (pieces 0-0, 0-1, 1-1) all score 0: each has a third.
    assert _best_span(np.zeros(2), np.zeros(2), spans)[2] == pytest.approx(1 / 3)
    # One span far ahead of the others: the reader is sure of it.
    assert _best_span(np.array([9.0, 0.0]), np.array([0.0, 9.0]), spans) == (
        0, 7, pytest.approx(1 / (1 + 2 * np.exp(-9)), rel=1e-6))


def test_the_reader_puts_the_sentence_it_prefers_first():
    chunk = stored_chunk(TEXT)
    s = sentences_of(chunk)
    # Retrieval ranks the meeting first; the reader finds the leader's name in sentence 1.
    candidates = ranked(chunk, [0.9, 0.8, 0.5, 0.4, 0.3])
    reader = FakeReader({s[0]: (1.0, ""), s[1]: (6.0, "Ann Lee")})
    judged = judge_sentences("Who leads the council?", candidates, reader)
    assert judged[0].sentence.text == s[1]
    answer = compose_read("Who leads the council?", judged, 100, Cutoffs(0.5, 0.9, 0.5))
    assert answer.citations[0].quote == s[1]
    assert answer.short is not None and answer.short.text == "Ann Lee"
    assert TEXT[answer.short.start : answer.short.end] == "Ann Lee"
    assert answer.citations[0].start <= answer.short.start < answer.short.end \
        <= answer.citations[0].end
    assert answer.text == "Ann Lee [1]"  # the card carries the sentence, not the text


@pytest.mark.parametrize(("name_score", "first"), [  # which sentence is cited first
    (1.0, 1),  # p 0.73, more than half the lead's 0.88: the sentence with the name goes first
    (-1.0, 0),  # p 0.27: too far below, the lead stays first
])
def test_a_name_question_cites_first_a_sentence_whose_answer_is_a_name(name_score, first):
    chunk = stored_chunk(TEXT)
    s = sentences_of(chunk)
    # The meeting sentence shares the question's words; the reader's answer in it is not a
    # name ("The council"), while in sentence 1 it is.
    reader = FakeReader({s[0]: (2.0, "The council"), s[1]: (name_score, "Ann Lee")})
    question = "Who spoke at the council?"  # (no role: qa.roles stays out)
    judged = judge_sentences(question, ranked(chunk, [0.9, 0.8, 0.5, 0.4, 0.3]), reader)
    assert judged[0].sentence.text == s[0]
    answer = compose_read(question, judged, 100, Cutoffs(0.1, 0.9, 0.5, lead=0.95),
                          order=ranked(chunk, [0.9, 0.8, 0.5, 0.4, 0.3]))
    assert not answer.abstained and s[0] in answer.citations[0].quote  # neighbours, joined
    # the sentence cited first gives the short answer: a name only from sentence 1
    assert (answer.short is not None and answer.short.text == "Ann Lee") is (first == 1)


def test_a_name_from_another_article_is_not_put_first():
    town1 = stored_chunk("The mayor of Town1, Pat Doe, was re-elected. Nothing else changed.",
                         article_id="town1")
    town0 = stored_chunk("The mayor of Town0 is Person0. Nothing else changed.",
                         article_id="town0")
    # The reader's span in Town1's sentence is the question's own words: not a name.
    reader = FakeReader({"Town1 was": (2.0, "Town1"), "Town0 is": (1.5, "Person0")})
    question = "Who is the mayor of Town1?"
    candidates = sorted([*ranked(town1, [0.9, 0.1]), *ranked(town0, [0.8, 0.1])],
                        key=lambda x: -x.score)
    judged = judge_sentences(question, candidates, reader)
    answer = compose_read(question, judged, 100, Cutoffs(0.1, 0.9, 0.5, lead=0.95),
                          order=candidates)
    assert answer.citations[0].article_id == "town1"


def test_no_short_answer_when_the_reader_is_not_sure_of_it():
    chunk = stored_chunk(TEXT)
    s = sentences_of(chunk)
    reader = FakeReader({s[1]: (1.0, "Ann Lee")})
    judged = judge_sentences("Who spoke at the council?", ranked(chunk, [0.5] * 5), reader)
    answer = compose_read("Who spoke at the council?", judged, 100, Cutoffs(0.5, 0.9, 0.9))
    assert not answer.abstained and answer.short is None
    assert answer.text == f"{s[1]} [1]"


def test_below_the_cut_off_the_answer_is_a_refusal():
    chunk = stored_chunk(TEXT)
    reader = FakeReader({})
    judged = judge_sentences("When was the bridge built?", ranked(chunk, [0.5] * 5), reader)
    answer = compose_read("When was the bridge built?", judged, 100, Cutoffs(0.5, 0.5, 0.5))
    assert answer.abstained and answer.text == NO_ANSWER and answer.short is None


def test_skipped_sentences_are_neither_read_nor_cited():
    chunk = stored_chunk(TEXT)
    s = sentences_of(chunk)
    reader = FakeReader({s[2]: (6.0, "May")})
    judged = judge_sentences("When will the bridge reopen?", ranked(chunk, [0.5] * 5),
                             reader, skip=lambda t: "May" in t)
    assert all("May" not in j.sentence.text for j in judged)
    assert all("May" not in w.text for w in reader.windows)


@pytest.mark.parametrize(("question", "span", "shown"), [
    # (not "Who leads the council?": the sentence does not say who leads it, so the question
    # is refused; see test_a_person_asked_for_by_a_role_is_refused_when_...)
    ("Who spoke to the council?", "Ann Lee", True),
    ("Who spoke to the council?", "its leader", False),  # not a name
    ("How much did the repairs cost?", "2 million pounds", True),
    ("When will the bridge reopen?", "in May", True),
    ("When will the bridge reopen?", "slowly", False),
    ("When will the bridge reopen?", "more than 300", False),  # a number is not a date
    ("When will the bridge reopen?", "next month", True),
    ("When will the bridge reopen?", "next month once the engineers have finished", False),
    ("Why did the council meet?", "the bridge", True),  # any span the reader is sure of
    ("Why did the council meet?", "the council", False),  # only the question's words
    ("Why did the council meet?", "to hear that the bridge will close", False),  # 7 words
])
def test_a_short_answer_is_shown_only_in_the_form_the_question_asks_for(question, span,
                                                                         shown):
    text = (f"The council heard from Jo Bell last week that {span} was the answer. Nothing "
            "else was said.")
    chunk = stored_chunk(text)
    s = sentences_of(chunk)
    reader = FakeReader({s[0]: (6.0, span)})
    judged = judge_sentences(question, ranked(chunk, [0.5, 0.4]), reader)
    answer = compose_read(question, judged, 100, Cutoffs(0.5, 0.9, 0.5))
    assert not answer.abstained
    assert (answer.short is not None and answer.short.text == span) is shown


@pytest.mark.parametrize(("question", "share", "shown"), [
    ("Who leads the council?", 0.25, True),  # a name asked for, and given: 0.2 will do
    ("Who leads the council?", 0.15, False),
    ("Why did the council meet?", 0.45, True),  # any other span: from 0.4
    ("Why did the council meet?", 0.3, False),
])
def test_a_short_answer_is_shown_only_when_the_reader_is_sure_of_its_span(question, share,
                                                                          shown):
    chunk = stored_chunk("The council heard that Ann Lee leads it. Nothing else was said.")
    s = sentences_of(chunk)
    reader = FakeReader({s[0]: (6.0, "Ann Lee", share)})
    judged = judge_sentences(question, ranked(chunk, [0.5, 0.4]), reader)
    answer = compose_read(question, judged, 100, Cutoffs(0.5, 0.9, 0.5))
    assert not answer.abstained
    assert (answer.short is not None and answer.short.text == "Ann Lee") is shown
    assert answer.text == ("Ann Lee [1]" if shown else f"{answer.citations[0].quote} [1]")


@pytest.mark.parametrize(("question", "span", "refused"), [
    ("How much did the repairs cost?", "Repairs", True),  # the figure is not given
    ("How much did the repairs cost?", "2,000 workers", True),  # a count for a price
    ("How many workers did the repairs need?", "2,000 workers", False),
    ("How much did the repairs cost?", "2 million", False),  # its "$" just before it
    # a count asked, and the reader marked no figure: the sentence's count of the noun asked
    # is the answer (trial J, stop 44: "about 120 firefighters", the reader marking the name
    # of the man who said it), and without one the question is refused
    ("How many workers did the repairs need?", "the summer", False),
    ("How many engineers did the repairs need?", "the summer", True),
    ("When were the repairs made?", "over the summer", False),  # dates are not checked
    ("How much of the work was done?", "the summer", True),  # a number, not money
    ("How old were the workers?", "the summer", True),  # an age is a number
    ("How old were the workers?", "2 million", True),  # a number, not an age
    # a price asked without "how much" (news dev: "What is the list price of a Boeing
    # 777-200LR?" got "about 500" planes sold)
    ("What was the cost of the repairs?", "2,000 workers", True),
    ("What did the repairs cost?", "2,000 workers", True),
    ("What did the repairs cost?", "2 million", False),
    # a salary, a fine or a discount asked for (news set 6: "What salary will Glenn Hoddle be
    # paid as Wolves manager?" was answered with the sentence about his appointment)
    ("What salary were the workers paid?", "2,000 workers", True),
    ("What is the total repair cost?", "2,000 workers", True),
    ("What is the total repair cost?", "2 million", False),
])
def test_a_question_asking_for_a_figure_is_refused_when_the_reader_finds_none(
        question, span, refused):
    # (the sum after no word of the question: said after "cost", it answers what the
    # repairs cost whatever the reader marked, qa.forms.sum_told)
    chunk = stored_chunk("Repairs took $2 million and needed 2,000 workers over the summer. "
                         "Nothing else was said.")
    s = sentences_of(chunk)
    reader = FakeReader({s[0]: (6.0, span)})
    judged = judge_sentences(question, ranked(chunk, [0.5, 0.4]), reader)
    answer = compose_read(question, judged, 100, Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused
    assert (answer.text == NO_ANSWER) is refused


def test_a_short_answer_is_never_the_questions_own_words():
    text = "Clubs in Phnom Penh and Siem Reap were raided. Nothing else was said."
    chunk = stored_chunk(text)
    s = sentences_of(chunk)
    question = "Apart from Phnom Penh, in which city were clubs raided?"
    reader = FakeReader({s[0]: (6.0, "Phnom Penh")})
    judged = judge_sentences(question, ranked(chunk, [0.5, 0.4]), reader)
    answer = compose_read(question, judged, 100, Cutoffs(0.5, 0.9, 0.5))
    assert not answer.abstained and answer.short is None


@pytest.mark.parametrize(("text", "span", "short"), [
    # "How many euros of aid will French winemakers get?" was refused as no count
    ("The winemakers will get aid worth 70m euros.", "70m euros", "70m euros"),
    # the reader marked "4%" in the sentence that gives "789m euros": answered, not in bold
    ("Sales fell 4% in 2004 to 789m euros.", "4%", None),
])
def test_how_many_euros_asks_for_money_and_a_sentence_giving_euros_answers(text, span, short):
    # two new users' trials
    answer, _, _ = _answer_over(f"{text} Nothing else was said.", {0: (6.0, span)},
                                "How many euros did the winemakers get?", Cutoffs(0.5, 0.9, 0.5))
    assert not answer.abstained and text in answer.citations[0].quote
    assert (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("question", "short"), [
    # (and without the question's words after it: trial J, stop 44)
    ("How much is the firm paying for each Guidant share?", "$76"),
    ("What did the firm offer?", "$76 for each Guidant share, 6%"),  # no figure asked: as marked
])
def test_a_short_answer_giving_a_figure_stops_before_a_second_one(question, short):
    # a new user's trial: "How much is Johnson & Johnson paying for Guidant?" showed
    # "$76 for each Guidant share, 6%" in bold
    text = "The firm will pay $76 for each Guidant share, 6% more than the closing price."
    answer, _, _ = _answer_over(f"{text} Nothing else was said.",
                                {0: (6.0, "$76 for each Guidant share, 6%")}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert not answer.abstained
    assert (answer.short.text if answer.short else None) == short
    if answer.short:
        assert text[answer.short.start - answer.citations[0].start:][:len(short)] == short


@pytest.mark.parametrize(("first", "refused"), [
    ("Farrell is pencilled in to play Crockett in a film of Miami Vice.", True),  # no name
    ("Farrell will play Crockett in a film of Miami Vice on Monday.", True),  # a day is none
    ("Michael Mann will direct Farrell as Crockett in a film of Miami Vice.", False),
])
def test_a_name_asked_for_is_refused_when_the_cited_sentence_names_nobody_new(first, refused):
    # news set 6: "Who is directing the Miami Vice film in which Colin Farrell plays
    # Crockett?" (the article does not say) cited the casting sentence
    answer, _, _ = _answer_over(f"{first} It was reported.", {0: (6.0, "Farrell")},
                                "Who is directing the Miami Vice film in which Colin Farrell "
                                "plays Crockett?", Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused
    assert refused or first in answer.citations[0].quote


@pytest.mark.parametrize(("question", "refused"), [
    ("Who restored the lighthouse?", False),  # a deed: "volunteers" answers it
    ("Who was the lighthouse's keeper?", True),  # who someone is: a name
])
def test_who_did_it_may_be_answered_without_a_name(question, refused):
    answer, _, _ = _answer_over("The lighthouse was restored by volunteers. It was reported.",
                                {0: (6.0, "volunteers")}, question, Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


@pytest.mark.parametrize(("question", "short"), [
    ("How much drugs were found in the raid?", "nearly 50kg"),
    ("What quantity of drugs was found in the raid?", "nearly 50kg"),  # stop 36's last trial
    ("How many people were held in the raid?", "More than 300"),  # (its qualifier kept)
])
def test_how_much_is_not_answered_with_a_count_of_people(question, short):
    # a new user's trial of the seed: "How much drugs were found at the Rock?" showed "300"
    # in bold, from "more than 300 people were held in the raid"
    answer, s, _ = _answer_over("More than 300 people were held in the raid. Police found "
                                "nearly 50kg of drugs.",
                                {0: (6.0, "300"), 1: (5.8, "nearly 50kg")}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert not answer.abstained and answer.short is not None and answer.short.text == short


@pytest.mark.parametrize(("span", "refused"), [("76", False), ("50kg", True)])
def test_an_age_question_needs_an_age(span, refused):
    # "How old is Kith Theang?" was answered from the seed's "50kg" sentence
    chunk = stored_chunk("The owner, 76, carried 50kg of drugs. Nothing else was said.")
    s = sentences_of(chunk)
    reader = FakeReader({s[0]: (6.0, span)})
    question = "How old is the owner?"
    judged = judge_sentences(question, ranked(chunk, [0.5, 0.4]), reader)
    answer = compose_read(question, judged, 100, Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


@pytest.mark.parametrize(("question", "kind"), [
    ("How old is Kith Theang?", "number"),
    ("What age was he when he died?", "number"),
    ("What age group were the drug users found in the raids?", None),  # "youths"
    # a firm's figures asked without "how much" (a trial of stop 37)
    ("What was Nestle's net profit in 2004?", "number"),
    ("What were Umbro's sales last year?", "number"),
    ("What is the average income in the city?", None),  # not a firm's: not read so
    ("What was Kampot Beverages' revenue last year?", "number"),
    ("What profit does Mekong Brewery expect this year?", "number"),
])
def test_an_age_group_is_not_a_number(question, kind):
    assert asked_for(question) == kind


@pytest.mark.parametrize(("question", "sentence", "span", "refused"), [
    ("How many jobs will be cut?", "The deal is worth $11bn.", "$11bn", True),  # money
    ("How many jobs will be cut?", "Shares rose 67.7% on the news.", "67.7%", True),  # a share
    ("How many stores will close?", "It ends a 10-month fight.", "10-month", True),  # time
    ("How many megawatts does the dam make?", "China's Three Gorges Dam made a profit.",
     "Three Gorges Dam", True),  # a word of a name
    ("How many stores will close?", "Thirteen stores will close.", "Thirteen", False),
    ("How many sunny days does it get?", "It gets 234 days of sun.", "234 days", False),
    ("How many times more did it cost?", "It cost 11 times more.", "11", False),
    # a score ("How many fans attended Hearts of Oak's 3-2 win over Cotonsport?", news set 6)
    ("How many fans attended the final?", "Hearts won the final 3-2 win in Accra.", "3-2 win",
     True),
    ("How many fans attended the final?", "Some 3,803 fans saw the 1-0 defeat.", "3,803",
     False),
    # the reader marked a share, but the sentence gives the count: answered, no short answer
    ("How many Jews live in the city?", "Some 59% of them, 1.1 million people, live there.",
     "59%", False),
])
def test_a_count_question_needs_a_count(question, sentence, span, refused):
    chunk = stored_chunk(f"{sentence} Nothing else was said.")
    s = sentences_of(chunk)
    reader = FakeReader({s[0]: (6.0, span)})
    judged = judge_sentences(question, ranked(chunk, [0.5, 0.4]), reader)
    answer = compose_read(question, judged, 100, Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused
    if not refused:
        assert (answer.short is not None) is (span != "59%")


@pytest.mark.parametrize(("score", "refused"), [(6.0, False), (-0.5, True)])
def test_a_figure_not_shown_answers_only_when_the_reader_is_fairly_sure(score, refused):
    # "59%" is no count, so no short answer is shown; the sentence gives one ("1.1 million")
    # and answers when the reader is fairly sure of it, not otherwise (FIGURE_UNSHOWN_BELOW)
    answer, _, _ = _answer_over("Some 59% of them, 1.1 million people, live there. Nothing else.",
                                {0: (score, "59%")}, "How many Jews live in the city?",
                                Cutoffs(0.1, 0.9, 0.5))
    assert answer.short is None
    assert answer.abstained is refused


@pytest.mark.parametrize(("question", "kind"), [
    ("When did the bridge reopen?", "date"),
    ("When, exactly, did the bridge reopen?", "date"),
    ("When three are called, one is often sent to what?", None),  # asks for what follows
    ("When it rains, who is in charge of the bridge?", "name"),
])
def test_a_when_clause_before_another_question_word_does_not_ask_for_a_date(question, kind):
    assert asked_for(question) == kind


def _answer_over(text, readings, question, cutoffs, ordered=False, choose=False, date=None,
                 title="Headline"):
    """The answer ``compose_read`` gives over one chunk of ``text``, retrieval ranking its
    sentences in order (0.5, 0.4, ...), and a fake reader scoring them as ``readings`` says
    (a sentence's index -> its score and span); with ``ordered``, retrieval's order is
    passed too, as the library passes it, and with ``choose`` the first citation is chosen
    among the article's sentences, as for a question asked by itself. The sentences and the
    reader's judgements too. ``date``: the article's, as a dateline gives it."""
    chunk = stored_chunk(text, date=date, title=title)
    s = sentences_of(chunk)
    reader = FakeReader({s[i]: reading for i, reading in readings.items()})
    scores = [0.5 - 0.1 * i for i in range(len(s))]
    judged = judge_sentences(question, ranked(chunk, scores), reader)
    answer = compose_read(question, judged, 100, cutoffs,
                          order=ranked(chunk, scores) if ordered else None, choose=choose)
    return answer, s, judged


def _shown(answer):
    """What a user is shown in bold: "refused", the short answer, or None (passages only)."""
    return "refused" if answer.abstained else answer.short.text if answer.short else None


def _shown_over(text, readings, question):
    """:func:`_shown` of the answer :func:`_answer_over` gives, with the cut-offs of the new
    users' trials' tests."""
    return _shown(_answer_over(text, readings, question, Cutoffs(0.5, 0.9, 0.5))[0])


@pytest.mark.parametrize(("first", "refused"), [
    ("Hundreds of ballot papers for the referendum have disappeared.", True),  # no time
    ("The result will be known soon after the count.", False),  # a word of time
    ("The count ends on 4 November.", False),
    ("The assembly was founded in 890 by the king.", False),  # a year of three digits
])
def test_a_when_question_is_refused_when_the_best_sentence_says_no_time(first, refused):
    # held-out news: "When will the result of the referendum be announced?" was answered
    # with a sentence that says nothing of when
    answer, _, _ = _answer_over(f"{first} Voters were angry.",
                                {0: (6.0, first.split()[0]), 1: (-6.0, "Voters")},
                                "When will the result of the referendum be announced?",
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


@pytest.mark.parametrize(("question", "short"), [
    ("On what day did the minister speak?", "Tuesday"),  # a year is no day
    ("When did the minister speak?", "2018"),  # a year says when
])
def test_a_question_asking_what_day_gets_a_day_not_a_year(question, short):
    # (a new user's trial: "On what day did Sar Kheng speak...?" showed "2018" in bold)
    answer, _, _ = _answer_over(
        "The minister spoke at a conference in 2018 on its results. He said so on Tuesday.",
        {0: (3.0, "2018"), 1: (2.5, "Tuesday")}, question, Cutoffs(0.1, 0.9, 0.3))
    assert answer.short is not None and answer.short.text == short


@pytest.mark.parametrize(("question", "refused"), [
    ("When will the console go on sale in Europe?", True),
    ("When will the console go on sale in the US?", False),
])
def test_the_readers_best_sentence_saying_the_fact_is_not_given_refuses(question, refused):
    # A new user's trial (stop 33): "When will the PSP go on sale in Europe?" showed the DS's
    # "11 March" in bold; the sentence the readers preferred says "there is no news of a
    # Europe debut", but another was cited first for its date.
    text = ("US gamers can buy the console from 24 March, but there is no news of a Europe "
            "debut. Nintendo will release the DS in Europe from 11 March.")
    answer, _, _ = _answer_over(text, {0: (6.0, "US gamers"), 1: (5.8, "11 March")}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


@pytest.mark.parametrize(("span", "shown"), [
    ("next month", False),  # no date of the calendar (news set 6's near miss)
    ("14 December", True),
    ("February 2001", True),
])
def test_what_date_asks_for_a_day_or_month_of_the_calendar(span, shown):
    # and with no such date in any sentence within reach, the question is refused (a new
    # user's trial, stop 34: "On what date was the Rock Entertainment Centre raided?" was
    # answered from "a raid last month")
    answer, _, _ = _answer_over(f"They will hold the summit {span} with the clubs. It was "
                                "reported.", {0: (6.0, span)},
                                "On what date will they hold the summit?", Cutoffs(0.5, 0.9, 0.5))
    assert (answer.short is not None and answer.short.text == span) is shown
    assert answer.abstained is not shown


def test_a_when_question_cites_a_dated_sentence_of_the_article_rather_than_one_without():
    # "In what year did Jef Raskin join Apple?" cited "Jef Raskin ... has died."
    # The dated sentence is 0.40 as probable: under the half that puts a date first anyway.
    answer, s, judged = _answer_over(
        "Jef Raskin, head of the Mac team, has died. He joined Apple in 1978 as employee 31.",
        {0: (6.0, "head of the Mac team"), 1: (-0.4, "1978")},
        "In what year did Jef Raskin join Apple?", Cutoffs(0.01, 0.9, 0.15, lead=0.05),
        ordered=True)
    assert judged[0].sentence.text == s[0]  # the reader's best: no year in it
    assert not answer.abstained and s[1] in answer.citations[0].quote
    assert answer.short is not None and answer.short.text == "1978"


@pytest.mark.parametrize(("question", "span", "refused"), [
    ("When will Kith Theang go on trial?", "last month", True),  # a time that has passed
    ("When will Kith Theang go on trial?", "next March", False),
    ("When did police raid the club?", "last month", False),  # asked about the past
    ("When is the trial expected to begin?", "two weeks ago", True),
])
def test_a_question_about_what_is_to_come_is_not_answered_with_a_time_that_has_passed(
        question, span, refused):
    # A new user's trial (stop 30): "When will Kith Theang go on trial?" (the article does
    # not say) was answered with the lead sentence, its "last month" as the date.
    first = f"Police raided the club {span} and arrested its owner Kith Theang."
    answer, _, _ = _answer_over(f"{first} Voters were angry.",
                                {0: (6.0, span), 1: (-6.0, "Voters")},
                                question, Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


@pytest.mark.parametrize(("later", "refused"), [
    ("The unions worked closely together in the last year.", True),  # passed: no answer
    ("The unions will vote on the merger in March.", False),
])
def test_a_question_about_what_is_to_come_is_not_answered_from_a_later_sentence_of_the_past(
        later, refused):
    # A new user's trial (stop 33): "When will Amicus and the TGWU merge?" (the article does
    # not say) showed "last year" in bold: the best sentence gives no time, and a later one of
    # the article was chosen for its date, which had passed.
    answer, s, _ = _answer_over(f"The move by Amicus would carry weight with ministers. {later}",
                                {0: (6.0, "ministers"), 1: (5.5, later.split(" in ")[-1][:-1])},
                                "When will Amicus and the TGWU merge?",
                                Cutoffs(0.5, 0.9, 0.5), ordered=True)
    assert answer.abstained is refused
    if not refused:
        assert answer.short is not None and answer.short.text == "March"


@pytest.mark.parametrize(("span", "refused"), [
    ("The Guardian", False),
    ("a newspaper", True),  # no name
    ("IBM", True),  # only a name the question gives
    ("3M", False),  # a name may start with a figure
    ("45 banks", True),  # a count is no name ("Which bank did Parmalat sue first?")
])
def test_a_which_question_is_refused_when_no_answer_is_a_name(span, refused):
    # held-out news: "Which IBM executive announced the investment?" was answered with
    # "IBM is spending $100m ..."; the article names no executive
    answer, _, _ = _answer_over(f"IBM said {span} would print the story. Nothing else was said.",
                                {0: (6.0, span)},
                                "Which IBM executive's newspaper printed the story?",
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


@pytest.mark.parametrize(("span", "refused"), [
    ("Cedars-Sinai", False),
    ("hospital in Los Angeles", True),  # no name: news set 6's near miss was answered so
])
def test_which_hospital_asks_for_a_name(span, refused):
    answer, _, _ = _answer_over(f"Dick Clark is in {span} after a mild stroke. Nothing else "
                                "was said.", {0: (6.0, span)},
                                "In which Los Angeles hospital is Dick Clark being treated?",
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


def test_a_which_question_cites_first_a_sentence_whose_answer_is_a_name():
    answer, s, judged = _answer_over(
        "The firm chose a new studio for the game. Criterion Games built it in Guildford.",
        {0: (3.0, "a new studio"), 1: (2.5, "Criterion Games")},
        "Which studio developed the game?", Cutoffs(0.1, 0.9, 0.5, lead=0.05), ordered=True)
    assert judged[0].sentence.text == s[0]
    assert not answer.abstained and s[1] in answer.citations[0].quote
    assert answer.short is not None and answer.short.text == "Criterion Games"


@pytest.mark.parametrize(("question", "refused", "short"), [
    ("When did Saul Holiff die?", False, "17 March"),  # the sentence telling of his death
    ("When was Saul Holiff born?", True, None),  # no sentence tells of his birth
    ("Where did Saul Holiff die?", True, None),  # his death, but no place of it
    ("When did Saul Holiff manage Johnny Cash?", False, "1960 and 1973"),
])
def test_a_birth_or_death_asked_about_is_answered_only_from_a_sentence_telling_of_it(
        question, refused, short):
    # Two new users' trials: "When was Neil Kinnock born?" showed "1983" (his leadership) in
    # bold, "When did Saul Holiff die?" "1960 and 1973" (the years he managed Johnny Cash).
    answer, s, _ = _answer_over(
        "Saul Holiff managed Johnny Cash between 1960 and 1973. He quit in Toronto. "
        "He passed away on 17 March.",
        {0: (6.0, "1960 and 1973"), 1: (-6.0, "Toronto"), 2: (5.5, "17 March")}, question,
        Cutoffs(0.5, 0.9, 0.5), ordered=True)
    assert answer.abstained is refused
    assert (answer.short.text if answer.short else None) == short
    if short == "17 March":
        assert s[2] in answer.citations[0].quote


@pytest.mark.parametrize(("question", "short"), [
    ("How much did Simon Fuller sell 19 Entertainment for?", None),  # shares are no price
    ("How much was 19 Entertainment sold for?", None),
    ("How many shares did Simon Fuller get?", "about 1.9 million"),
])
def test_what_a_thing_sold_for_is_a_price(question, short):
    # A new user's trial (stop 34): "How much did Simon Fuller sell 19 Entertainment for?"
    # showed "1.9 million" (shares) in bold.
    answer, _, _ = _answer_over("Mr Fuller gets cash and about 1.9 million shares. It was said.",
                                {0: (6.0, "1.9 million")}, question, Cutoffs(0.5, 0.9, 0.5))
    assert (answer.short.text if answer.short else None) == short
    assert answer.abstained is (short is None)


def test_the_choice_of_the_first_citation_keeps_to_a_sentence_telling_of_the_death_asked():
    # The choice among the article's sentences (qa/choosing.py) prefers the reader's best by
    # far; for a death asked about it may take only a sentence that tells of one.
    answer, s, _ = _answer_over(
        "Cash praised his manager. Holiff managed Cash between 1960 and 1973. "
        "He passed away on 17 March.",
        {0: (-6.0, "Cash"), 1: (7.0, "1960 and 1973"), 2: (3.0, "17 March")},
        "When did Saul Holiff die?", Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True)
    assert not answer.abstained and s[2] in answer.citations[0].quote
    assert answer.short is not None and answer.short.text == "17 March"


@pytest.mark.parametrize(("question", "short"), [
    ("Which court heard the pension fraud trial?", "Leeds Crown Court"),
    ("Which man heard the pension fraud trial?", "Ashcroft"),  # no place asked: the surer span
])
def test_which_court_cites_first_the_sentence_whose_answer_is_called_a_court(question, short):
    # a trial of stop 41: "The court heard that Ashcroft, ..." was cited over "...a trial
    # at Leeds Crown Court" (the readers' ratings a point apart)
    answer, _, _ = _answer_over(
        "A finance chief stole from a pension fund. Ashcroft was found guilty after a trial "
        "at Leeds Crown Court. The court heard that Ashcroft moved the money.",
        {0: (-6.0, "A"), 1: (2.0, "Leeds Crown Court", 0.5), 2: (1.9, "Ashcroft", 0.6)},
        question, Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True)
    assert answer.short is not None and answer.short.text == short


@pytest.mark.parametrize(("question", "first"), [
    ("What age group were the drug users found in the raids?", 2),  # a figure is no group
    ("What kind of people were held in the raids?", 2),
    ("Who was held in the raids?", 1),  # no category asked: the reader's surer answer first
])
def test_a_category_asked_for_is_not_cited_first_from_a_sentence_whose_answer_is_a_figure(
        question, first):
    # seed_dev: "300", the people held, was cited before "drug users were all youths" once
    # the readers multiplied exactly (stop 38)
    answer, s, _ = _answer_over(
        "Police raided two clubs last week. More than 300 people were held in the raids. "
        "The drug users found in the raids were all youths.",
        {0: (-6.0, "Police"), 1: (2.0, "300", 0.9), 2: (1.8, "youths", 0.3)},
        question, Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True)
    assert not answer.abstained and s[first] in answer.citations[0].quote


@pytest.mark.parametrize(("question", "short"), [
    ("Which air force did he serve in?", None),  # no person asked for
    ("Who managed Johnny Cash?", "Mr Holiff"),
    ("Which concert promoter managed Johnny Cash?", "Mr Holiff"),
    ("Which Cash associate was a promoter?", "Mr Holiff"),
])
def test_a_person_named_by_title_is_a_short_answer_only_to_a_question_about_someone(
        question, short):
    # A new user's trial (stop 34): the follow-up "Which air force did he serve in?" showed
    # "Mr Holiff", the man "he" is, in bold.
    answer, _, _ = _answer_over("Mr Holiff, a concert promoter, managed Johnny Cash for years. "
                                "It was said.", {0: (6.0, "Mr Holiff")}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert not answer.abstained
    assert (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("question", "span", "short"), [
    ("Which judge will sentence William Trowbridge and Michael Chicoine?",
     "New Yorker William Trowbridge", None),
    ("Which New Yorker pleaded guilty?", "William Trowbridge", "William Trowbridge"),
    # a run of capitals holding a role is no name given (news set 7's "Labour MP Eric Joyce"),
    # and the short answer is the name after the role
    ("Which Labour MP pleaded guilty?", "Labour MP William Trowbridge", "William Trowbridge"),
])
def test_a_which_question_gets_no_short_answer_holding_a_full_name_it_gives(question, span,
                                                                             short):
    # A new user's trial (stop 34): "Which judge will sentence William Trowbridge and Michael
    # Chicoine?" (the article does not say) showed "New Yorker William Trowbridge" in bold.
    answer, _, _ = _answer_over(f"{span} pleaded guilty. It was said.", {0: (6.0, span)},
                                question, Cutoffs(0.5, 0.9, 0.5))
    assert (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("question", "refused"), [
    ("Who is the chief financial officer of Nike?", True),  # no word of that role
    ("Who is the chief executive of Nike?", False),
    ("Who runs Nike?", False),  # a role asked by a verb: "runs", "ran" or a chief executive
    ("Who edits Nike's magazine?", True),
    ("Who founded Nike?", False),  # "co-founded"
    ("Who is Nike's spokesman?", True),
])
def test_a_person_asked_for_by_a_role_is_refused_when_the_citation_says_no_word_of_it(
        question, refused):
    # A new user's trial (stop 34): "Who is Nike's chief financial officer?" (the article does
    # not say) cited "Philip Knight, chairman and chief executive, said...".
    text = ("Philip Knight, the Oregon firm's chief executive, who co-founded it, was pleased. "
            "It was said.")
    answer, _, _ = _answer_over(text, {0: (6.0, "the Oregon firm's")}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


@pytest.mark.parametrize(("question", "short"), [
    ("What percentage did the shares lose on the day?", "18%"),
    ("By how much have the shares risen this year?", "almost 400%"),
    ("What percentage of the firm do the shares make up?", "almost 400%"),  # no change asked
])
def test_a_figure_asked_of_a_fall_is_not_taken_from_a_sentence_telling_only_of_a_rise(
        question, short):
    # A new user's trial (stop 34): "What percentage did Cairn Energy's shares lose on the day
    # of the drilling update?" showed "400%" ("Cairn's shares have jumped by almost 400% this
    # year"), the 18% fall cited second.
    # (the choice among the article's sentences weighs the lead down: without the check it
    # cites the rise first for every question here)
    answer, s, _ = _answer_over("Cairn's shares closed down 18% on the day. They have jumped "
                                "by almost 400% this year.",
                                {0: (6.0, "18%"), 1: (5.8, "400%")}, question,
                                Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True)
    assert (answer.short.text if answer.short else None) == short


def test_up_to_a_figure_is_a_bound_not_a_rise():
    # Trial U (stop 45): "How many jobs will be cut at Halden Motors' Coventry plant?" read
    # "Up to 850 jobs are to go" as telling of a rise, and no sentence gave the figure.
    answer, _, _ = _answer_over("Up to 850 jobs are to go at the car factory. Work moves abroad.",
                                {0: (6.0, "850")}, "How many jobs will be cut at the plant?",
                                Cutoffs(0.5, 0.9, 0.5))
    assert _shown(answer) == "Up to 850"


def test_an_age_is_cited_first_from_a_sentence_well_below_the_lead():
    # A new user's trial (stop 34): "How old is Robert Jackson, the Conservative MP who
    # defected to Labour?" was refused: "Robert Jackson, 58, MP for Wantage..." was 0.58 as
    # probable as the lead, under the share a figure needs; an age needs a name's.
    answer, s, _ = _answer_over("A Conservative MP has defected to Labour. Robert Jackson, 58, "
                                "said he was disillusioned.", {0: (1.0, "Labour"), 1: (0.0, "58")},
                                "How old is Robert Jackson, the MP who defected to Labour?",
                                Cutoffs(0.05, 0.9, 0.5), ordered=True)
    assert not answer.abstained and s[1] in answer.citations[0].quote
    assert answer.short is not None and answer.short.text == "58"


@pytest.mark.parametrize(("span", "refused"), [
    ("the next election", False),  # a time to come, said by the event
    ("the party's election", True),
])
def test_the_next_election_says_when(span, refused):
    # A new user's trial (stop 34): "When is Robert Jackson due to stand down?" was refused
    # although "Mr Jackson is due to stand down at the next election."
    answer, _, _ = _answer_over(f"Mr Jackson is due to stand down at {span}. It was said.",
                                {0: (6.0, span)}, "When is Robert Jackson due to stand down?",
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


@pytest.mark.parametrize(("text", "question", "refused"), [
    # a short answer shown does not save it: a name the sentence gives no such role
    ("Jade Johnson edged out rival Kelly Sotherton to win.", "Who is Jade Johnson's coach?",
     True),
    ("Jade Johnson, coached by Kelly Sotherton, won.", "Who is Jade Johnson's coach?", False),
    # "chief" alone before a name is the chief executive, not any chief
    ("Barclays' chief John Varley said profits rose.", "Who is the chief executive of "
     "Barclays?", False),
    ("Barclays' chief John Varley said profits rose.", "Who is the chief financial officer "
     "of Barclays?", True),
])
def test_a_role_asked_for_must_be_said_where_the_name_is_given(text, question, refused):
    # News set 2's near miss "Who is long jumper Jade Johnson's coach?" showed "Kelly Sotherton"
    # (her rival) in bold.
    name = "Kelly Sotherton" if "Sotherton" in text else "John Varley"
    answer, _, _ = _answer_over(f"{text} It was said.", {0: (6.0, name)}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused
    if not refused:
        assert answer.short is not None and answer.short.text == name


@pytest.mark.parametrize(("question", "short"), [
    ("How much drugs were seized last year?", "more than half a tonne"),
    ("What was seized last year?", "half a tonne"),  # no figure asked for: as marked
])
def test_a_figure_keeps_the_words_that_say_how_near_it_is(question, short):
    # The final trial of stop 34: "How much drugs were seized in Cambodia last year?" showed
    # "half a tonne" for "more than half a tonne".
    answer, _, _ = _answer_over("Police seized more than half a tonne of drugs last year. It "
                                "was said.", {0: (6.0, "half a tonne")}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.short is not None and answer.short.text == short


@pytest.mark.parametrize(("question", "refused"), [
    ("When did Heizo Takenaka become economics minister?", True),  # no sentence says so
    ("When did Heizo Takenaka give his forecast?", False),
    ("Where is Baikal Finance Group based?", True),  # a company, no base, is named
    ("Where did Heizo Takenaka give his forecast?", False),
    ("Where is Heizo Takenaka held?", True),  # the last trial of stop 36: no sentence of it
])
def test_when_someone_became_something_or_where_a_firm_is_based_needs_a_sentence_saying_so(
        question, refused):
    # A new user's trial (stop 34): "When did Heizo Takenaka become Japan's economics
    # minister?" showed "2006/07" (his forecast's year), "Where is Baikal Finance Group
    # based?" showed "Rosneft"; stop 36's last, "Where is Kith Theang held?", the centre of
    # the lead that tells of his arrest.
    span = "Tokyo" if question.startswith("Where") else "2006/07"
    answer, _, _ = _answer_over("Heizo Takenaka gave the forecast for 2006/07 in Tokyo, with "
                                "Rosneft and Baikal Finance Group. It was said.",
                                {0: (6.0, span)}, question, Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


def test_a_figures_short_answer_stops_before_its_earlier_value():
    # A new user's trial (stop 34): "How many days does it now take to sell a home?" showed
    # "81 days from 53".
    answer, _, _ = _answer_over("Selling a home now takes 81 days from 53 last year. It was "
                                "said.", {0: (6.0, "81 days from 53")},
                                "How many days does it now take to sell a home?",
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.short is not None and answer.short.text == "81 days"


@pytest.mark.parametrize(("figure", "refused"), [
    ("1.3m (4.2ft)", True),  # a height given, no weight
    ("60kg", False),
])
def test_a_weight_asked_for_needs_a_figure_in_its_units(figure, refused):
    # A new user's trial (stop 35): "How much does Hitachi's Emiew robot weigh?", which the
    # article does not say, showed its height "1.3m" in bold.
    answer, _, _ = _answer_over(f"Hitachi said the {figure} Emiew was the quickest robot yet. "
                                "It was said.", {0: (6.0, figure.split()[0])},
                                "How much does the Emiew robot weigh?", Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


_SURREY = ("Surrey captain Oliver Pritchard made 78, while wicketkeeper Sam Bellamy, 31, added "
           "54. Lancashire were bowled out for 267, with Tom Hartley taking four wickets.")


@pytest.mark.parametrize(("question", "readings", "short"), [
    # the count of the noun asked (a figure ends in a digit: "78," of "made 78, while
    # wicketkeeper..." was shown for the wickets, "wicketkeeper" read as wickets)
    ("How many wickets did Hartley take?", {0: (-6.0, "78"), 1: (6.0, "267")}, "four"),
    # a span of runs and another's age is no age (it was shown in bold)
    ("How old is Surrey captain Oliver Pritchard?",
     {0: (6.0, "78, while wicketkeeper Sam Bellamy, 31"), 1: (-6.0, "267")}, None),
    # an age said after the asked name is answered however low the readers rate it
    ("How old is Sam Bellamy?", {0: (-3.5, "31"), 1: (-3.0, "267")}, "31"),
])
def test_a_figure_shown_is_whole_and_the_asked_ones(question, readings, short):
    # (a new user's trial of stop 38, on a cricket report)
    answer, _, _ = _answer_over(_SURREY, readings, question, Cutoffs(0.5, 0.9, 0.5))
    assert (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("span", "short"), [
    ("Stockton", None),  # his home town, after his age (stop 38's trial showed it)
    ("Lucy Reed", "Lucy Reed"),
])
def test_a_home_town_after_an_age_is_no_answer_to_who(span, short):
    answer, _, _ = _answer_over(
        "Alan Pemberton, 58, of Stockton, was jailed by Judge Lucy Reed. It was said.",
        {0: (6.0, span)}, "Who sent Alan Pemberton to prison?", Cutoffs(0.5, 0.9, 0.5))
    assert (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("question", "short"), [
    # the level reached is no answer to by how much it rose (stop 38's trial showed "£38.2m")
    ("By how much did Brackwater's profit grow?", "14%"),
    ("How much did Brackwater's profit rise?", "14%"),
    ("How much profit did Brackwater make?", "£38.2m"),
])
def test_a_change_asked_is_the_change_not_the_level_reached(question, short):
    answer, _, _ = _answer_over(
        "Brackwater Foods reported a 14% rise in pre-tax profit to £38.2m. It was said.",
        {0: (6.0, "£38.2m")}, question, Cutoffs(0.5, 0.9, 0.5))
    assert answer.short is not None and answer.short.text == short


@pytest.mark.parametrize("span", [
    "11 per cent",  # a fall is no price (the third trial of stop 38 showed it in bold); the
    # sum told beside the question's words is (qa.forms.sum_told, stop 40)
    "A$3.12",
])
def test_a_price_asked_with_a_possessive_is_an_amount_of_money(span):
    answer, _, _ = _answer_over("Goldstream shares fell 11 per cent to A$3.12. It was said.",
                                {0: (6.0, span)}, "What was Goldstream's share price?",
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.short is not None and answer.short.text == "A$3.12"
    refused, _, _ = _answer_over("Goldstream's chief said sales fell 11 per cent. It was said.",
                                 {0: (6.0, "11 per cent")}, "What was Goldstream's share price?",
                                 Cutoffs(0.5, 0.9, 0.5))
    assert refused.abstained


_FOLD = ("The Fold One costs £1,899 and weighs 16.5kg. The Fold One Plus will sell for "
         "2,299 pounds from March.")


@pytest.mark.parametrize(("question", "readings", "short"), [
    # the reader marked the price in the sentence that gives the weight (stop 38's trial:
    # refused, though the sentence says "weighs 16.5kg")
    ("How much does the Fold One weigh?", {0: (6.0, "£1,899"), 1: (-6.0, "2,299")}, "16.5kg"),
    ("How heavy is the Fold One?", {0: (6.0, "£1,899"), 1: (-6.0, "2,299")}, "16.5kg"),
    # a weight the reader did not mark is taken only where every name asked is: the Fold
    # One's is not the Fold One Plus's
    ("How much does the Fold One Plus weigh?", {0: (6.0, "£1,899"), 1: (-6.0, "2,299")}, None),
    # "2,299 pounds" is a price, not a weight (the trial showed it in bold)
    ("How much does the Fold One Plus weigh?", {0: (-6.0, "£1,899"), 1: (6.0, "2,299 pounds")},
     None),
])
def test_a_weight_asked_is_the_figure_in_units_of_weight(question, readings, short):
    answer, _, _ = _answer_over(_FOLD, readings, question, Cutoffs(0.5, 0.9, 0.5))
    if short is None:
        assert answer.abstained
    else:
        assert answer.short is not None and answer.short.text == short


@pytest.mark.parametrize(("question", "short"), [
    ("How old is Alan Pemberton?", "58"),  # refused before: the readers preferred the lead
    ("What age is Pemberton?", "58"),
    ("How old is Sarah Pemberton?", None),  # another Pemberton: her age is not given
    ("How old is Judge Lucy Reed?", None),
])
def test_an_age_said_after_the_name_asked_is_cited_first_and_shown(question, short):
    # a new user's trial (stop 38): "How old is Alan Pemberton?" was refused although
    # "Alan Pemberton, 58, of Stockton..." was indexed; the readers rate such sentences low
    answer, s, _ = _answer_over(
        "A charity treasurer stole £58,000, a court heard. Judge Lucy Reed jailed him. "
        "Alan Pemberton, 58, of Stockton, admitted fraud.",
        {0: (6.0, "£58,000"), 1: (-2.0, "Lucy Reed"), 2: (-4.0, "Stockton")},
        question, Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True)
    if short is None:
        assert answer.abstained
    else:
        assert not answer.abstained and s[2] in answer.citations[0].quote
        assert answer.short is not None and answer.short.text == short


@pytest.mark.parametrize(("question", "date", "short"), [
    ("What was Skylark's profit in 2023?", "2025-02-03", None),  # "last year" is 2024
    ("What was Skylark's profit in 2024?", "2025-02-03", "£3.1 million"),
    ("What was Skylark's profit in 2023?", None, "£3.1 million"),  # undated: any year
])
def test_a_figure_of_another_year_is_no_answer(question, date, short):
    # a trial of stop 40 showed 2024's profit in bold for 2023's; the year the airline was
    # founded, which the figure is counted from, is not the figure's
    answer, _, _ = _answer_over(
        "Skylark made a pre-tax profit of £3.1 million last year, its first since it was "
        "founded in 2017. It was said.", {0: (6.0, "£3.1 million")}, question,
        Cutoffs(0.045, 0.15, 0.15), ordered=True, choose=True, date=date)
    assert (answer.short.text if answer.short else None) == short
    assert answer.abstained is (short is None)


@pytest.mark.parametrize(("question", "date", "refused"), [
    ("What was the turnout in the 2018 mayoral election?", "2026-05-08", True),
    ("What was the turnout in the 2026 mayoral election?", "2026-05-08", False),
    ("What was the turnout in the 2022 mayoral election?", "2026-05-08", False),  # said, compared
    # undated: any year after every one it says (not 2018's, before 2022: trial CI, stop 50)
    ("What was the turnout in the 2018 mayoral election?", None, True),
    ("What was the turnout in the 2026 mayoral election?", None, False),
    # the year before only early in the year, when its results are told
    ("What was the turnout in the 2025 mayoral election?", "2026-02-08", False),
    ("What was the turnout in the 2025 mayoral election?", "2026-05-08", True),
])
def test_a_figure_told_without_a_year_is_of_the_article_s_year(question, date, refused):
    # a trial of stop 41: the turnout of 2026 (a sentence with no year of its own, in an
    # article dated 2026) was shown for 2018's; a turnout is a figure asked
    answer, _, _ = _answer_over(
        "Turnout was 36.8%, up from 31.5% at the last election in 2022. It was said.",
        {0: (6.0, "36.8%")}, question, Cutoffs(0.045, 0.15, 0.15), ordered=True, choose=True,
        date=date)
    assert answer.abstained is refused


@pytest.mark.parametrize(("question", "date", "refused"), [
    ("By how much did Brackley raise council tax two years ago?", "2026-02-10", True),
    ("By how much did Brackley raise council tax last year?", "2026-02-10", False),
    # undated: read in the article's own years since stop 48 (new users ask of an undated
    # story's "last year" and "this year" as it tells them; nineteen near misses of trials L to
    # BB were shown another year's figure so)
    ("By how much did Brackley raise council tax two years ago?", None, True),
    ("By how much did Brackley raise council tax last year?", None, False),
])
def test_a_year_asked_relative_to_the_article_s_date_is_not_another_s(question, date, refused):
    # a trial of stop 41 showed last year's rise for the one two years ago
    answer, _, _ = _answer_over("Last year the council raised tax by 3.5%. It was said.",
                                {0: (6.0, "3.5%")}, question, Cutoffs(0.045, 0.15, 0.15),
                                ordered=True, choose=True, date=date)
    assert answer.abstained is refused


@pytest.mark.parametrize(("question", "crowd"), [
    ("How many fans were at Millbrook Park for the semi-final?", "18,450"),
    ("How many spectators watched the Harbour Cup final?", "18,450"),
    ("How many tries were scored at Millbrook Park?", None),
    ("How many fans bought tickets?", None),
])
def test_the_crowd_is_the_count_of_those_who_watched(question, crowd):
    text = "A crowd of 18,450 watched Rovers lead 24-20."
    found = crowd_here(question, text)
    assert (text[found[0] : found[1]] if found else None) == crowd
    # (without the comma after it: "3,240," was shown in bold, trial CU of stop 51)
    text = "The victory, in front of a record crowd of 18,450, secured the title."
    found = crowd_here(question, text)
    assert (text[found[0] : found[1]] if found else None) == crowd


def test_a_year_compared_with_is_not_the_figure_s():
    # "640,000 last year, up 9% on 2024" was shown for 2024's visitors (a trial of stop 41)
    text = ("The zoo said visitor numbers had risen to 640,000 last year, up 9% on 2024. It was "
            "said.")
    asked = "How many visitors did Westmoor Zoo have in {}?"
    refused = [_answer_over(text, {0: (6.0, "640,000")}, asked.format(year),
                            Cutoffs(0.045, 0.15, 0.15), ordered=True, choose=True,
                            date="2026-05-10")[0].abstained for year in (2024, 2025)]
    assert refused == [True, False]
    # nor a year beaten, said further back ("this year" asked: a trial of stop 40's question)
    answer, _, _ = _answer_over(
        "The walk has raised a record £2.1 million, the charity announced on Monday, beating the "
        "previous best of £1.6 million set in 2023.", {0: (6.0, "£2.1 million")},
        "How much did the walk raise this year?", Cutoffs(0.045, 0.15, 0.15), ordered=True,
        choose=True, date="2026-06-08")
    assert answer.short is not None and answer.short.text == "£2.1 million"


def test_a_sentence_counts_what_is_asked_by_another_figure_than_the_reader_s():
    # a trial of stop 41 cited "Of the branches due to close, 31 are in the North East" first
    # for "How many branches is Northmoor Bank shutting?": the lead's reader marked "1,450"
    # (jobs), and so the lead, which says "close 87 of its branches", was taken to count jobs
    question = "How many branches is Northmoor Bank shutting?"
    _, _, judged = _answer_over(
        "Northmoor Bank will cut 1,450 jobs and close 87 of its branches. Of the branches due to "
        "close, 31 are in the North East. The first 20 branches will shut on 5 June.",
        {0: (0.5, "1,450"), 1: (-0.3, "31"), 2: (-3.0, "20")}, question,
        Cutoffs(0.045, 0.15, 0.15), ordered=True, choose=True)
    lead = next(j for j in judged if j.sentence.text.startswith("Northmoor"))
    assert counts_asked(question, judged)[id(lead)] is True
    # (words between: "84,000 of its Tundra-X sport utility vehicles"), not another noun's
    question = "How many vehicles is Halvorsen calling back?"
    _, _, judged = _answer_over(
        "Halvorsen is recalling 84,000 of its Tundra-X sport utility vehicles. In January it "
        "called back 9,400 electric vans. It employs 300 of the staff at its vehicles plant.",
        {0: (0.5, "84,000"), 1: (0.9, "9,400"), 2: (-3.0, "300")}, question,
        Cutoffs(0.045, 0.15, 0.15), ordered=True, choose=True)
    counted = counts_asked(question, judged)
    assert [counted.get(id(j)) for j in sorted(judged, key=lambda j: j.sentence.index)] == [
        True, False, None]


FUNDED = ("The purchase was funded by a £750,000 grant from the Memorial Fund, £400,000 from "
          "the Art Fund and £210,000 raised from 3,400 members of the public. It was said.")


# From a new user's trial of stop 39, over six articles the trial wrote.
@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # an age that ends the sentence (refused: only "Saarinen, 48," was read as an age)
    ("The phone was launched in Helsinki by the company's chief executive, Mikael Saarinen, "
     "48. It sold well.", {0: (-3.0, "Helsinki"), 1: (-2.0, "well")},
     "How old is Mikael Saarinen?", "48"),
    # a jury is headed by its chair (refused: "headed" asked for a head or a chief executive)
    ("The jury, chaired by the actress Siobhan Gallagher, praised it. It was said.",
     {0: (6.0, "Siobhan Gallagher")}, "Who headed the jury?", "Siobhan Gallagher"),
    # the sentence that says what the thing weighs, rated 0.6 of the best (refused)
    ("The Aura Fold has an 8-inch inner screen. The phone weighs 231g and comes in three "
     "colours.", {0: (1.0, "8-inch inner screen"), 1: (-0.5, "231g")},
     "How much does the Aura Fold weigh?", "231g"),
    # a price in the currency asked, and only in it ("€549" was shown for US dollars)
    ("The Aura 5 will cost €549 in the summer. It was said.", {0: (6.0, "€549")},
     "How much will the Aura 5 cost in US dollars?", None),
    ("The Aura 5 will cost €549 in the summer. It was said.", {0: (6.0, "€549")},
     "How much will the Aura 5 cost in euros?", "€549"),
    # the question's verb before the name is the role asked ("Professor" is another role; no
    # short answer was given), and a title before an age's name is no part of the name
    ("The team, led by Professor Ruth Okafor, trained 412 bees. It was said.",
     {0: (6.0, "Professor Ruth Okafor")}, "Who led the study?", "Ruth Okafor"),
    ("The bees learnt fast, said Prof Okafor, 52, who studies them. It was said.",
     {0: (-3.0, "bees"), 1: (-2.0, "said")}, "How old is Ruth Okafor?", "52"),
    # a share is no amount of sales (a second trial of stop 39 showed "14%" in bold)
    ("Online sales grew by 14% and now make up 11% of the chain's total sales. It was said.",
     {0: (6.0, "14%")}, "What were Freshway's total sales for the year?", None),
    ("Online sales grew by 14% and now make up 11% of the chain's total sales. It was said.",
     {0: (6.0, "14%")}, "By how much did Freshway's online sales grow?", "14%"),
    # a rate is a share or a figure per something ("1,140", the pupils, was shown for the
    # attendance rate in a third trial of stop 39)
    ("Harrowfield Academy has 1,140 pupils. Attendance had dropped to 88.4%.",
     {0: (6.0, "1,140"), 1: (-6.0, "88.4%")}, "What was the attendance rate at Harrowfield?",
     None),
    ("Harrowfield Academy's attendance rate had dropped to 88.4%. It was said.",
     {0: (6.0, "88.4%")}, "What was the attendance rate at Harrowfield?", "88.4%"),
    # a sum asked by its verb, from the sentence that says the verb ("values ... at about
    # £60m" was shown for how much a start-up raised)
    ("It was a good year. Acme has raised £12m from investors. The deal values Acme at about "
     "£60m.", {1: (1.0, "£12m"), 2: (2.0, "about £60m")}, "How much money did Acme raise?",
     "£12m"),
    # a festival is run by its director (refused)
    ("Festival director Owen Llewellyn, 39, said it was heartbreaking. It was said.",
     {0: (6.0, "Owen Llewellyn")}, "Who runs the Riverside Sounds festival?", "Owen Llewellyn"),
    # days listed before a date share its month ("21 November" was shown for six days)
    ("The drivers will strike on 6, 7, 13, 14, 20 and 21 November. It was said.",
     {0: (6.0, "21 November")}, "On which dates will the drivers strike?",
     "6, 7, 13, 14, 20 and 21 November"),
    # the count of the noun asked, not another's ("about 12 routes during the strikes" was
    # cited first, then refused)
    ("More than 1,100 bus drivers in Norbridge are to walk out. The company will run about "
     "12 routes during the strikes.", {0: (4.2, "1,100"), 1: (1.9, "12")},
     "How many Norbridge bus drivers are going on strike?", "More than 1,100"),
    # an age asked by the role: the age said after the name beside that role (refused), in
    # the same sentence or another the reader read; not another's
    ("Harbridge manager Steve Whitlock, 56, said he was delighted. It was said.",
     {0: (-3.0, "delighted"), 1: (-4.0, "said")}, "How old is the Harbridge manager?", "56"),
    ("The team is led by manager Steve Whitlock. Whitlock, 56, has been there for years.",
     {0: (2.0, "Steve Whitlock"), 1: (-3.0, "years")}, "What age is the team's manager?", "56"),
    ("Harbridge manager Steve Whitlock was delighted. His captain, Tom Reyes, 29, scored.",
     {0: (2.0, "Steve Whitlock"), 1: (-3.0, "29")}, "How old is the Harbridge manager?", None),
    # not the age of a holder of that role whom only the passage, not the sentence, ties to
    # the body asked ("44", the club's chief executive, was shown for the bank's)
    ("The club borrowed from Westbridge Bank. Chief executive Dan Pryce, 44, said it was a "
     "great day.", {0: (-3.0, "borrowed"), 1: (-4.0, "great day")},
     "How old is the chief executive of Westbridge Bank?", None),
    ("The club borrowed from Westbridge Bank. Its chief executive Dan Pryce, 44, of Westbridge "
     "Bank, said so.", {0: (-3.0, "borrowed"), 1: (-4.0, "said")},
     "How old is the chief executive of Westbridge Bank?", "44"),
    # not the age of a person whose colleague is asked about ("39", hers, was shown)
    ("Sophie Marchetti, 39, runs the bakery. Her colleague has worked there for years.",
     {0: (6.0, "39"), 1: (-3.0, "years")}, "How old is Sophie Marchetti's colleague?", None),
    ("Sophie Marchetti, 39, runs the bakery. Her colleague has worked there for years.",
     {0: (6.0, "39"), 1: (-3.0, "years")}, "How old is Sophie Marchetti?", "39"),
    # From a trial of stop 41: a count asked, said by a figure "of" the noun in the lead
    # whose reader marked another ("31", the branches of one region, was shown); the age of
    # the person named first, not of another the question names; who won, not the one beaten
    # ("Lucía Ramírez" was shown), and who beat the one the question names
    ("She won $1.2m, while Ramírez, 27, takes home $640,000. Ramírez beat Jessica Holt.",
     {0: (6.0, "27"), 1: (-3.0, "Jessica Holt")},
     "How old is Jessica Holt, the American Ramírez beat in the semi-final?", None),
    ("Ukraine's Daria Kovalenko won the Harbour Cup on Sunday, beating top seed Lucía Ramírez "
     "6-4, 3-6, 7-5. It was said.", {0: (6.0, "Lucía Ramírez")},
     "Who won the Harbour Cup?", "Daria Kovalenko"),
    ("Nadal beats Andy Roddick in the second rubber. Spain lead after Carlos Moya beat Mardy "
     "Fish in the first.", {0: (6.0, "Andy Roddick"), 1: (5.0, "Carlos Moya")},
     "Who beat Mardy Fish?", "Carlos Moya"),
    ("Nadal beats Andy Roddick in the second rubber. It was said.",
     {0: (6.0, "Andy Roddick")}, "Who beat Mardy Fish?", None),
    # a price per share is no sum of millions ("£2.9 billion", the company's value, was shown),
    # but the one said "each" in the quote (since stop 67)
    ("Shares in Lumora jumped 38%, valuing the company at £2.9 billion. The shares were priced "
     "at 410p each.", {0: (6.0, "£2.9 billion"), 1: (-6.0, "410p")},
     "At what price per share was Lumora floated?", "410p"),
    # From a trial of stop 41: the crowd, for how many fans watched (refused: the readers
    # rated the sentence under the cut-off)
    ("Lions won 27-24. A crowd of 18,450 watched Rovers lead 24-20 going into the last ten "
     "minutes.", {0: (6.0, "27-24"), 1: (-5.0, "18,450")},
     "How many fans were at Millbrook Park for the semi-final?", "18,450"),
    # From a trial of stop 40: the "million" of a sum is no count ("£22 million" was shown for
    # a count of posts), and a day of a month is no amount ("2 June" for a fare)
    ("She said 310 nursing posts were vacant, and that agency staff had cost it £22 million.",
     {0: (6.0, "£22 million")}, "How many nursing posts were vacant last year?", None),
    ("Skylark will begin flying to Porto on 2 June. It was said.", {0: (6.0, "2 June")},
     "How much is a return flight to Porto?", None),
    # the other side's winner, or prize ("Owen Mercer" was shown for the women's race, "£15,000"
    # for the men's winner's prize), and a person for a body (an age after the name)
    ("Thousands ran. The men's race was won by Owen Mercer. Faith Wanjiru won the race in a "
     "record time.", {0: (-6.0, "Thousands"), 1: (3.0, "Owen Mercer"),
                      2: (2.5, "Faith Wanjiru")}, "Who won the women's race?", "Faith Wanjiru"),
    ("She said she would use her £15,000 prize money to build a house. It was said.",
     {0: (6.0, "£15,000")}, "How much prize money did the men's winner receive?", None),
    ("She said she would use her £15,000 prize money to build a house. It was said.",
     {0: (6.0, "£15,000")}, "How much prize money did the women's winner receive?", "£15,000"),
    ("The wind farm was rejected. Save the Moor, led by retired teacher Margaret Eade, 68, "
     "raised £18,000. The scheme, proposed by Greystone Renewables, would have made 84 "
     "megawatts.", {0: (-6.0, "wind farm"), 1: (3.0, "Margaret Eade"),
                    2: (2.5, "Greystone Renewables")},
     "Which company wanted to build the wind farm?", "Greystone Renewables"),
    # of the sums a sentence lists, the one told beside the question's words, when the reader
    # marked no sum (refused: the reader marked "3,400", the people who gave)
    (FUNDED, {0: (6.0, "3,400")},
     "How much money did members of the public give towards the portrait?", "£210,000"),
    (FUNDED, {0: (6.0, "3,400")},
     "How much money did local businesses give towards the portrait?", None),
    # the outgoing holder of a role, not the one elected ("Bernadette Coyle" was shown)
    ("The union has elected Bernadette Coyle as its general secretary. It was said.",
     {0: (6.0, "Bernadette Coyle")}, "Who is the union's outgoing general secretary?", None),
    ("The general secretary, Ray Donnelly, is retiring after 11 years. It was said.",
     {0: (6.0, "Ray Donnelly")}, "Who is the union's outgoing general secretary?",
     "Ray Donnelly"),
    # a pay offer is a share or a sum, not the count of those paid ("40,000" was shown)
    ("The union is in dispute with bus operators over pay for 40,000 drivers. It was said.",
     {0: (6.0, "40,000")}, "What pay rise have the bus operators offered?", None),
    ("The bus operators have offered 4.5 per cent. It was said.",
     {0: (6.0, "4.5 per cent")}, "What pay rise have the bus operators offered?",
     "4.5 per cent"),
    # a thing's name, from the sentence saying what it is called (the lead was cited)
    ("The regulator has approved a daily pill for children. The drug, called Pelarvix, is made "
     "by Tyndell.", {0: (6.0, "daily pill"), 1: (-3.0, "Pelarvix")},
     "What is the name of the pill the regulator approved?", "Pelarvix"),
    ("Hindu myth has Yama, the god of death, and his dogs. In Norse myth a dog called Garmr "
     "guards Helheim.", {0: (6.0, "Yama"), 1: (-3.0, "Garmr")},
     "What is the name of the god of death?", "Yama"),
    # a pay rise is a sum said as a rise, not the pay ("£64,500" was shown: a trial of stop 41)
    ("Western Shires said a driver currently earns £64,500 a year. It was said.",
     {0: (6.0, "£64,500")}, "What pay rise have Western Shires drivers been offered?", None),
    ("Western Shires has offered drivers a rise of £2,000 a year. It was said.",
     {0: (6.0, "£2,000")}, "What pay rise have Western Shires drivers been offered?", "£2,000"),
    # when a thing was built, from a sentence that tells of its building ("Friday night",
    # when it reopened, was shown)
    ("Crowds came. The theatre reopened on Friday night after a restoration that saved the "
     "Victorian building. The theatre, which opened in 1889, closed in 2023.",
     {0: (-6.0, "Crowds"), 1: (6.0, "Friday night"), 2: (5.0, "1889")},
     "When was the theatre built?", "1889"),
    # another's age, the reader's span holding their name ("Luke Barnes, 31" was shown for a
    # winger's age in the last trial of stop 40)
    ("Tom Hale scored twice, and full-back Luke Barnes, 31, made his 200th appearance.",
     {0: (6.0, "Luke Barnes, 31")}, "How old is winger Jamal Reid?", None),
    ("Tom Hale scored twice, and full-back Luke Barnes, 31, made his 200th appearance.",
     {0: (6.0, "31")}, "How old is Luke Barnes?", "31"),
])
def test_a_trial_s_questions_get_the_short_answer_the_article_gives(text, readings, question,
                                                                     short):
    answer, _, _ = _answer_over(text, readings, question, Cutoffs(0.045, 0.15, 0.15),
                                ordered=True, choose=True)
    assert (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("sentence", "question", "refused"), [
    ("Codelco will spend about $1bn on new projects.", "How much did Codelco earn in 2004?",
     True),
    ("Codelco will spend about $1bn on new projects.", "How much will Codelco spend?", False),
    ("Codelco earned about $1bn from its new projects.", "How much did Codelco earn in 2004?",
     False),
])
def test_what_a_firm_made_is_not_taken_from_a_sentence_telling_only_of_spending(
        sentence, question, refused):
    # A new user's trial (stop 35): "How much did state-owned Codelco earn in 2004?", which the
    # article does not say, showed "$1bn" (what it will spend) in bold.
    answer, _, _ = _answer_over(f"{sentence} It was said.", {0: (6.0, "$1bn")}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


@pytest.mark.parametrize(("question", "short"), [
    ("In which city is the Open Society Institute's office?", None),  # its initials, no city
    ("Which group did George Soros finance?", "OSI"),
])
def test_the_initials_of_a_name_the_question_gives_are_no_short_answer(question, short):
    # A new user's trial (stop 35): "In which city is the Open Society Institute's Kazakhstan
    # office?", which the article does not say, showed "OSI" in bold.
    answer, _, _ = _answer_over("The Open Society Institute (OSI), financed by George Soros, "
                                "accused officials. It was said.", {0: (6.0, "OSI")}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("question", "span", "short"), [
    ("Who bought Air Jamaica in 1994?", "hotel tycoon Gordon Stewart", "Gordon Stewart"),
    ("Which judge ruled on the case?", "Santa Clara County Superior Court Judge James Kleinberg",
     "James Kleinberg"),  # eight words: no short answer at all before
    ("Who spoke at the hearing?", "the Santa Clara County Superior Court", None),  # no name
    ("What was Gordon Stewart?", "hotel tycoon Gordon Stewart",
     "hotel tycoon Gordon Stewart"),  # no name asked: as marked
    # stop 36: a run of role words is cut whole ("Minister Peter Caruana" was shown before),
    # with what names the role's owner before it (news set 1)
    ("Who attended the talks?", "Chief Minister Peter Caruana", "Peter Caruana"),
    ("Who represented Gibraltar at the talks?", "Gibraltar's Chief Minister Peter Caruana",
     "Peter Caruana"),
    ("Who was the Ugandan organiser?", "Ugandan Media Council", None),  # no name after it
    # stop 37: a hyphened word describing the name
    ("Who starred in the play?", "Oscar-winner Sir Anthony Hopkins", "Sir Anthony Hopkins"),
])
def test_a_name_asked_for_is_shown_without_the_words_that_describe_it(question, span, short):
    # A new user's trial (stop 35): "Who bought a majority of Air Jamaica from the Jamaican
    # state in 1994?" and "Which judge ruled that Apple could see the bloggers' e-mail
    # records?" got no short answer: the spans "tycoon Gordon Stewart" (lower case) and
    # "Santa Clara County Superior Court Judge James Kleinberg" (eight words) fit no name.
    answer, _, _ = _answer_over(f"It was sold by {span} in 1994. It was said.",
                                {0: (6.0, span)}, question, Cutoffs(0.5, 0.9, 0.5))
    assert (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("sentence", "span", "question", "refused"), [
    # a year is no count (a new user's trial, stop 35: "How many caps has scrum-half Andy
    # Williams won for Wales?", which the article does not say, showed "2003" in bold)
    ("Williams, capped by Wales against Romania in 2003, will play.", "2003",
     "How many caps has Andy Williams won?", True),
    ("Williams, capped by Wales against Romania in 2003, will play.", "2003",
     "In which year was Andy Williams capped?", False),
    # nor is a year in a name (news dev's near miss "How many England replica shirts did Umbro
    # sell during Euro 2004?" stays refused)
    ("Umbro's profit rose 222% after Euro 2004.", "222%", "How many shirts did Umbro sell?",
     True),
    # "how much" is no count of lengths of time, unless time is asked (the same trial showed
    # "four" of "four consecutive quarters")
    ("The slump followed four consecutive quarters of double-digit growth in 2003.", "four",
     "How much did Singapore's economy grow in 2003?", True),
    ("The slump followed four consecutive quarters of double-digit growth in 2003.", "four",
     "How much longer did the slump last?", False),
])
def test_a_year_or_a_count_of_time_is_no_count_or_amount(sentence, span, question, refused):
    answer, _, _ = _answer_over(f"{sentence} It was said.", {0: (6.0, span)}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


@pytest.mark.parametrize(("question", "short"), [
    ("By what score did Samoa beat Argentina?", "21-19"),
    ("By what score did Samoa beat Tunisia?", None),  # no such match given: refused
])
def test_a_score_asked_for_is_one_between_the_sides_named(question, short):
    # A new user's trial (stop 35) showed "33-15" (Samoa's semi-final against Scotland) for
    # the plate final against Argentina.
    answer, _, _ = _answer_over("Scotland were beaten 33-15 by Samoa in the semi-final. Samoa "
                                "won the title by edging out Argentina 21-19.",
                                {0: (6.0, "33-15"), 1: (5.5, "21-19")}, question,
                                Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True)
    assert (answer.short.text if answer.short else None) == short
    assert answer.abstained is (short is None)


@pytest.mark.parametrize(("question", "short"), [
    ("When will Longhorn go on sale?", "late 2006"),
    ("Which operating system will go on sale?", "2006"),  # no time asked: as marked
])
def test_a_dates_short_answer_keeps_the_words_saying_when_within_it(question, short):
    # A new user's trial (stop 35) showed "2006" for "late 2006" and "February" for "early in
    # February".
    answer, _, _ = _answer_over("Longhorn is expected to go on sale in late 2006. It was said.",
                                {0: (6.0, "2006")}, question, Cutoffs(0.5, 0.9, 0.5))
    assert (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("question", "refused"), [
    ("How much will Sun Grid cost Sun to develop?", True),  # the next sentence says it is not said
    ("Why will Sun Grid cost $1 an hour?", False),  # no figure asked
])
def test_a_sentence_of_the_article_saying_the_figure_is_not_given_refuses(question, refused):
    # A new user's trial (stop 35): "How much will the Sun Grid system cost Sun Microsystems to
    # develop?" was answered with what it costs users, the next sentence saying "It has not
    # said how much the system will cost to develop".
    answer, _, _ = _answer_over("Sun Grid costs users $1 for an hour. It has not said how much "
                                "the system will cost to develop.",
                                {0: (6.0, "$1"), 1: (5.0, "how much")}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


def test_a_date_when_someone_took_the_helm_says_when_they_became_head():
    # A new user's trial (stop 35): "When did Iain Ferguson become head of Tate & Lyle?" was
    # refused: "Mr Ferguson took the helm at the company in 2003".
    answer, _, _ = _answer_over("Mr Ferguson took the helm at the company in 2003. It was said.",
                                {0: (6.0, "2003")}, "When did Iain Ferguson become head of Tate "
                                "& Lyle?", Cutoffs(0.5, 0.9, 0.5))
    assert answer.short is not None and answer.short.text == "2003"


@pytest.mark.parametrize(("question", "span", "short"), [
    ("What share of adults backed a ban?", "801 adults", None),  # a count, no share: refused
    ("What share of adults backed a ban?", "63%", "63%"),
    ("What price per share did Deutsche Boerse offer?", "£1.3bn", None),  # the bid's value
    ("How much did Deutsche Boerse offer?", "£1.3bn", "£1.3bn"),
    ("How much will it cost?", "£2,500", "about £2,500"),  # a sum keeps "about" as a figure does
])
def test_a_figure_has_the_form_of_what_is_asked(question, span, short):
    # A new user's trial (stop 35) showed "801 adults" for a share backing a hunting ban,
    # "£1.3bn" (the bid's value) for a price per share, "£2,500" for "about £2,500".
    answer, _, _ = _answer_over(f"They said {span} backed it, at about £2,500 and £1.3bn. It was "
                                "said." if span != "£2,500" else "It will cost about £2,500. It "
                                "was said.", {0: (6.0, span)}, question, Cutoffs(0.5, 0.9, 0.5))
    assert (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("text", "short"), [
    ("He sent spam through 514 net addresses in 35 countries.", "35"),
    ("One in 10 adults - equivalent to 22 million people - owns a player.", "22 million"),
])
def test_a_count_asked_is_the_figure_of_the_noun_counted(text, short):
    # A new user's trial (stop 35): "In how many countries were the hijacked net addresses
    # located?" showed "514" (the addresses) for "35 countries".
    span = "514" if "514" in text else "22 million"
    question = ("In how many countries were his addresses?" if "514" in text else
                "How many adults own a player?")
    answer, _, _ = _answer_over(f"{text} It was said.", {0: (6.0, span)}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.short is not None and answer.short.text == short


@pytest.mark.parametrize(("text", "span", "question"), [
    # A new user's trial (stop 35): "Who will replace the injured Jimmy Marlu on France's
    # wing?", which the article does not say, showed "Twickenham" of "the knee injury
    # sustained at Twickenham" in bold.
    ("Jimmy Marlu is out with the injury sustained at Twickenham.", "Twickenham",
     "Who will replace Jimmy Marlu?"),
    # Stop 36, of the seed: "Who were the drug users in the raids?" showed "Rock
    # Entertainment Centre" of "the raid at the Rock Entertainment Centre".
    ("As we saw with the raid at the Rock Entertainment Centre, users were all youths.",
     "Rock Entertainment Centre", "Who were the drug users in the raids?"),
])
def test_a_who_question_is_not_answered_with_a_place(text, span, question):
    answer, _, _ = _answer_over(f"{text} It was said.", {0: (6.0, span)}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert not answer.abstained and answer.short is None


@pytest.mark.parametrize(("question", "short"), [
    ("Which court charged Theang?", "Phnom Penh Municipal Court"),  # a court, by its name
    ("What charged Theang?", None),  # nothing of a kind asked: the span share is too low
])
def test_a_name_of_the_kind_asked_is_a_short_answer_of_the_form_asked(question, short):
    # Stop 36, of the seed: "Which court charged Theang?" showed no short answer (the reader's
    # span share 0.29, under the 0.4 asked of spans of no form asked).
    answer, _, _ = _answer_over("Phnom Penh Municipal Court charged Theang. It was said.",
                                {0: (6.0, "Phnom Penh Municipal Court", 0.29)}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert not answer.abstained and (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("span", "short"), [
    ("drugs", None),  # stop 36, of the seed: shown for "What does Sar Kheng do?"
    ("executive director", "executive director"),
])
def test_what_someone_does_is_answered_with_a_role_or_not_at_all(span, short):
    answer, _, _ = _answer_over("Sar Kheng, the executive director of the group, fights drugs. "
                                "It was said.", {0: (6.0, span)}, "What does Sar Kheng do?",
                                Cutoffs(0.5, 0.9, 0.5))
    assert not answer.abstained and (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("question", "refused"), [
    ("What is the name of the club raided in Siem Reap?", True),  # "some clubs": none named
    ("What is the name of the nightclub raided in Siem Reap?", True),  # (stop 36's last trial)
    ("Which clubs in Siem Reap were raided?", True),
    ("What is the name of the centre raided in Phnom Penh?", False),
])
def test_things_told_of_only_by_their_number_are_not_named(question, refused):
    # The final new user's trial of stop 35: "What is the name of the club raided in Siem
    # Reap?" showed "Rock Entertainment Centre" (in Phnom Penh) in bold, from "the raid at the
    # Rock Entertainment Centre and some clubs in Siem Reap".
    answer, _, _ = _answer_over("Police raided the Rock Entertainment Centre in Phnom Penh and "
                                "some clubs in Siem Reap. It was said.",
                                {0: (6.0, "Rock Entertainment Centre")}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


@pytest.mark.parametrize(("sentence", "short"), [
    ("He spoke at a conference outlining its 2018 achievements.", None),  # the achievements'
    ("He spoke at a conference in 2018 on its achievements.", "2018"),
])
def test_a_year_describing_a_thing_does_not_say_when(sentence, short):
    # The last new user's trial of stop 35: "When did Sar Kheng speak?" showed "2018" in bold,
    # of "a conference ... outlining its 2018 achievements" (he spoke "on Tuesday").
    answer, _, _ = _answer_over(f"{sentence} It was said.", {0: (6.0, "2018")},
                                "When did Sar Kheng speak?", Cutoffs(0.5, 0.9, 0.5))
    assert (answer.short.text if answer.short else None) == short


def test_each_citations_score_is_the_readers_probability_for_its_sentence():
    # Two trials (stops 35 and 37) saw the first two citations with one score: the sentence
    # the reader put first took the retrieval evidence of the one it passed.
    answer, s, judged = _answer_over(
        "The police raided the club on Monday. Fans were angry. It rained all day. The "
        "police spokesman, Chhay Kim Khoeun, said so.",
        {0: (1.0, "Monday"), 1: (-9.0, "Fans"), 2: (-9.0, "It"), 3: (6.0, "Chhay Kim Khoeun")},
        "Who is the police spokesman?", Cutoffs(0.05, 0.0, 0.5, lead=0.05), ordered=True)
    probability = {j.sentence.text: j.probability for j in judged}
    assert s[3] in answer.citations[0].quote and s[0] in answer.citations[1].quote
    for c in answer.citations:
        best = next(text for text in probability if text in c.quote)
        assert c.score == round(probability[best], 4)
    assert answer.citations[0].score > answer.citations[1].score
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))


def test_the_citations_after_the_first_follow_the_readers_probability():
    # retrieval ranks the sentences in order; the reader prefers the fourth, then the sixth
    answer, s, _ = _answer_over(
        "The police raided the club on Monday.\n\nOfficers named the spokesman as Chhay Kim "
        "Khoeun.\n\nFans were angry.\n\nThe police spokesman, Chhay Kim Khoeun, said so.",
        {0: (1.0, "Monday"), 1: (3.0, "Chhay Kim Khoeun"), 2: (-9.0, "Fans"),
         3: (6.0, "Chhay Kim Khoeun")},
        "Who is the police spokesman?", Cutoffs(0.05, 0.0, 0.5, lead=0.05), ordered=True)
    assert [c.quote for c in answer.citations] == [s[3], s[1], s[0]]  # retrieval: 0, 1, 3
    scores = [c.score for c in answer.citations[1:]]
    assert scores == sorted(scores, reverse=True)
    assert answer.text == "Chhay Kim Khoeun [1]"


def test_an_age_written_as_an_adjective_is_shown_as_its_number():
    # (a trial of stop 37 showed "21-year-old")
    answer, _, _ = _answer_over("The 21-year-old Blues prop is uncapped. He is fast.",
                                {0: (6.0, "21-year-old")}, "How old is John Yapp?",
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.short is not None and answer.short.text == "21"
    assert answer.citations[0].quote[answer.short.start - answer.citations[0].start:][:2] == "21"


@pytest.mark.parametrize(("question", "money"), [
    ("What amount was Meas Sokunthea told to repay the farmers?", True),
    ("What amount of rice was exported?", False),
    # ("6,640" reports was shown for the fraud money the police got back: trial CI, stop 50)
    ("How much of the holiday lets fraud money have police got back?", True),
    ("How much of the land was flooded?", False),
])
def test_what_amount_to_pay_asks_for_money(question, money):
    # A trial of stop 37 showed "52", her age, for the sum she was told to repay.
    assert bool(ASKS_FOR_MONEY.search(question.lower())) is money


_DENT = "Lleyton Hewitt suffered a shock defeat to Taylor Dent in Adelaide. It rained."
_OWEN = "Michael Owen says replacing Gareth Thomas as Wales' captain will be easy. Fans agree."
_PASSES = ("Kampong Thom had the highest pass rate at 81 per cent, while Mondulkiri had the "
           "lowest at 54 per cent. Officials were pleased.")


@pytest.mark.parametrize(("text", "span", "question", "short"), [
    # who won is not whom they beat (a trial of stop 37 showed "Taylor Dent" for whom Hewitt
    # beat), and the other way round
    (_DENT, "Taylor Dent", "Who did Lleyton Hewitt beat in Adelaide?", None),
    (_DENT, "Taylor Dent", "Who beat Lleyton Hewitt in Adelaide?", "Taylor Dent"),
    ("Hewitt beat Guga Kuerten in three sets. It rained.", "Guga Kuerten",
     "Which Brazilian beat Hewitt?", None),
    ("Hewitt beat Guga Kuerten in three sets. It rained.", "Guga Kuerten",
     "Who did Hewitt beat?", "Guga Kuerten"),
    # who takes over is not whom they replace ("Gareth Thomas" was shown)
    (_OWEN, "Gareth Thomas", "Who will take over as Wales captain against Scotland?", None),
    (_OWEN, "Gareth Thomas", "Who did Michael Owen replace as Wales captain?", "Gareth Thomas"),
    # the top is not the bottom ("Kampong Thom" was shown for the worst)
    (_PASSES, "Kampong Thom", "Which province had the worst pass rate?", None),
    (_PASSES, "Kampong Thom", "Which province had the best pass rate?", "Kampong Thom"),
    # "Which...?" is not answered by a thing unnamed ("a medicine" was shown)
    ("He said Kuznetsova might have taken a medicine which contained the banned substance. "
     "It was a shock.", "a medicine", "Which banned substance was found in Kuznetsova's sample?",
     None),
    ("He said Kuznetsova might have taken a medicine which contained the banned substance. "
     "It was a shock.", "a medicine", "What did Kuznetsova take?", "a medicine"),
    # the date of a death answers only a question about one ("2001" for Bach's cantata)
    ("The cantata was found among the papers of pianist Chieko Hara, who died in Japan in "
     "2001. It was lost.", "2001", "In what year did Bach write the Wedding Cantata?", None),
    ("The cantata was found among the papers of pianist Chieko Hara, who died in Japan in "
     "2001. It was lost.", "2001", "In what year did Chieko Hara die?", "2001"),
    # the initials of a name the question gives, with an ampersand ("S&P" was shown)
    ("The rupee rose after S&P raised the country's rating. India was pleased.", "S&P",
     "Which country's rating did Standard & Poor's upgrade?", None),
])
def test_a_short_answer_is_the_one_asked_about(text, span, question, short):
    # Each pair: the span withheld for the question a trial of stop 37 asked, shown for the
    # question it does answer.
    answer, _, _ = _answer_over(text, {0: (6.0, span)}, question, Cutoffs(0.5, 0.9, 0.5))
    assert (answer.short.text if answer.short else None) == short


_GERE = "Gere, 55, greeted the crowd, accompanied by his wife Carey Lowell. Fans cheered."
_EXORCIST = "The Exorcist prequel went on to make over $76m worldwide. Critics hated it."
_SALES = "The firm will have combined annual sales of $32bn. It is big."


@pytest.mark.parametrize(("text", "span", "question", "refused"), [
    # an age is the person's it follows ("55", Gere's, was shown for his wife's; "52", the
    # coach's, for a defender's)
    (_GERE, "55", "How old is Carey Lowell, Richard Gere's wife?", True),
    (_GERE, "55", "How old is Richard Gere?", False),
    ("Coach Somchai Wongsiri, a 52-year-old Thai, praised defender Mao Vuthy. Fans sang.",
     "52-year-old", "How old is defender Mao Vuthy?", True),
    # what a thing took in is no cost ("over $76m", the box office, was shown)
    (_EXORCIST, "over $76m", "How much did the Exorcist prequel cost to make?", True),
    (_EXORCIST, "over $76m", "How much did the Exorcist prequel make?", False),
    # sales are no profit ("$32bn" was shown; before, a question so phrased was not read as
    # asking for a figure at all)
    (_SALES, "$32bn", "What was Mittal Steel's profit?", True),
    (_SALES, "$32bn", "What were Mittal Steel's sales?", False),
    # last year's figure asked of an undated article, and a sentence saying no year: this
    # year's (trial J, stop 44, was shown this year's council tax bill for last year's rise)
    (_SALES, "$32bn", "What were Mittal Steel's sales last year?", True),
    ("Its sales were $32bn last year. It is big.", "$32bn",
     "What were Mittal Steel's sales last year?", False),
])
def test_a_figure_of_something_else_is_refused(text, span, question, refused):
    # (trials of stop 37)
    answer, _, _ = _answer_over(text, {0: (6.0, span)}, question, Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused
    assert answer.short is None if refused else answer.short.text.startswith(span[:2])


@pytest.mark.parametrize(("question", "text", "span", "short"), [
    # trial H (stop 42): a figure and the words joined to it by "and" ("92mph and waves")
    ("What was the strongest gust?", "The storm brought gusts of 92mph and waves of 11 metres.",
     "92mph and waves", "92mph"),
    ("How long did it last?", "The hearing lasted two and a half days.", "two and a half days",
     "two and a half days"),
    # its change after it ("46,500, up 12% on last year")
    ("How many tickets did the festival sell?", "Ticket sales reached 46,500, up 12% on last "
     "year.", "46,500, up 12%", "46,500"),
    # the count of the last plural of the counted words ("league goals", not "league games")
    ("How many league goals did Lund score?", "Lund scored 23 goals in 34 league games.", "34",
     "23"),
    ("How many patients spent more than half a day there?", "In all 1,870 patients waited 12 "
     "hours.", "1,870", "1,870"),
])
def test_a_figure_shown_in_bold_is_the_one_asked_and_no_more(question, text, span, short):
    answer, _, _ = _answer_over(f"{text} Nothing else was said.", {0: (6.0, span)}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert not answer.abstained and (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("question", "refused"), [
    ("How old is Dr Tom Keeling?", True),  # "40-bed" is no age (trial H, stop 42)
    ("How big is the new ward?", False),
])
def test_a_figure_joined_to_a_noun_is_no_age(question, refused):
    answer, _, _ = _answer_over("Dr Tom Keeling said a new 40-bed ward would open. It was said.",
                                {0: (6.0, "40-bed")}, question, Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


@pytest.mark.parametrize(("question", "short"), [
    # a year asked: a month is none (trial H, stop 42, showed "the end of September")
    ("In what year did the factory open?", "1931"),
    ("When will the factory close?", "the end of September"),
])
def test_a_year_asked_is_cited_from_a_sentence_whose_answer_is_a_year(question, short):
    answer, _, _ = _answer_over(
        "Snow fell. The owners will close the factory by the end of September. The factory "
        "was opened by the Finch family in 1931.",
        {0: (-6.0, "Snow"), 1: (2.0, "the end of September"), 2: (1.9, "1931")}, question,
        Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True)
    assert answer.short is not None and answer.short.text == short


@pytest.mark.parametrize(("question", "text", "span", "refused"), [
    # trial H (stop 42): "from overseas" is no year compared with, so "this year" is said
    ("How many nurses did the trust recruit from overseas last year?",
     "The trust was recruiting 120 nurses from overseas this year.", "120", True),
    ("How many nurses is the trust recruiting from overseas this year?",
     "The trust was recruiting 120 nurses from overseas this year.", "120", False),
    # a year something began is not the figure's ("which began in 1987")
    ("How many tickets did the festival sell this year?", "Ticket sales reached 46,500, a "
     "record for the festival, which began in 1987.", "46,500", False),
])
def test_a_figure_of_another_year_than_the_one_asked_is_refused(question, text, span, refused):
    answer, _, _ = _answer_over(f"{text} Nothing else was said.", {0: (6.0, span)}, question,
                                Cutoffs(0.5, 0.9, 0.5), date="2025-03-13")
    assert answer.abstained is refused


def test_a_count_of_people_losing_their_jobs_is_a_count_of_jobs():
    # trial H (stop 42): "The company employs 2,100 people" was cited (and refused) for
    # "How many people will lose their jobs...?" over "the loss of 430 jobs"
    answer, _, _ = _answer_over(
        "Snow fell. A biscuit maker will shut the Kettering factory with the loss of 430 jobs. "
        "The company employs 2,100 people in Britain.",
        {0: (-6.0, "Snow"), 1: (3.0, "430"), 2: (1.0, "2,100")},
        "How many people will lose their jobs at the Kettering factory?",
        Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True)
    assert answer.short is not None and answer.short.text == "430"


@pytest.mark.parametrize(("question", "short"), [
    # trial H (stop 42): an age asked of a person by what they did
    ("How old is the woman who directed The Salt Road?", "38"),
    ("Who directed The Salt Road?", "Kadri Lepik"),  # "directed by": the question's verb
])
def test_a_person_asked_by_a_deed_is_the_one_named_after_its_verb(question, short):
    answer, _, _ = _answer_over(
        "The Salt Road won the top prize. The film, directed by Kadri Lepik, 38, follows two "
        "sisters.", {0: (-6.0, "The Salt Road"), 1: (6.0, "two sisters")}, question,
        Cutoffs(0.05, 0.9, 0.05))
    assert answer.short is not None and answer.short.text == short


@pytest.mark.parametrize(("question", "refused", "short"), [
    # trial I (stop 42): an age after a name is no bonus, nor a finishing time
    ("How much did Pilling get as a bonus?", True, None),
    ("How old is Andrew Pilling?", False, "57"),
])
def test_an_age_after_a_name_answers_only_an_age(question, refused, short):
    answer, _, _ = _answer_over("Severnvale's chief executive, Andrew Pilling, 57, apologised. "
                                "Nothing else was said.", {0: (6.0, "57")}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused
    assert (answer.short.text if answer.short else None) == short


def test_a_share_price_in_pence_is_a_price():
    # trial I (stop 42): "What price did Greenway shares reach?" was refused beside "rose 5.3%
    # to 287p", the reader marking the rise
    answer, _, _ = _answer_over("Shares in Greenway rose 5.3% to 287p in morning trading. "
                                "Nothing else was said.", {0: (6.0, "5.3%")},
                                "What price did Greenway shares reach after the results?",
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.short is not None and answer.short.text == "287p"


def test_a_figure_given_by_the_noun_asked_is_cited_though_rated_low():
    # trial I (stop 42): "Turnout was 31%" was rated a third of the lead, and refused
    answer, _, _ = _answer_over(
        "Snow fell. The Greens have won the Ashworth Vale ward in a by-election. Turnout was "
        "31%, down from 44%.",
        {0: (-6.0, "Snow"), 1: (2.0, "Ashworth Vale"), 2: (-0.5, "31%")},
        "What was the turnout in the Ashworth Vale by-election?", Cutoffs(0.1, 0.9, 0.1),
        ordered=True, choose=True)
    assert answer.short is not None and answer.short.text == "31%"


@pytest.mark.parametrize(("question", "refused"), [
    ("Which team does Bence Varga ride for?", True),  # "Hungarian rider": no team (trial I)
    ("Which brand does Matsushita make?", False),  # "Panasonic brand products"
])
def test_where_one_is_from_is_no_name_of_a_body(question, refused):
    text = ("Hungarian rider Bence Varga won the stage, and Matsushita, which makes Panasonic "
            "brand products, paid for it.")
    span = "Hungarian" if "Varga" in question else "Panasonic"
    answer, _, _ = _answer_over(f"{text} Nothing else was said.", {0: (6.0, span)}, question,
                                Cutoffs(0.5, 0.9, 0.5))
    assert answer.abstained is refused


# Trial J (stop 44): six stories a new user wrote, and what was shown for them before.
_FIONA = "Andrew Calloway, 52, took the money. His wife, Fiona Calloway, 49, was found guilty."
_KINSELLA = ("Rail workers at Northline Trains will strike in November. RMT regional organiser "
             "Dave Kinsella, 49, said staff had run out of patience.")
_GREYSTONE = ("Greystone, based in Cincinnati, had sales of $14bn last year. Its chief executive, "
              "Mark Delaney, said Harwell would grow.")
_ROVERS = ("Rovers won the final after a late try gave them a 27-24 victory over Ashcombe. "
           "Winger Luke Fairbairn went over in the corner.")
_HARWELL = ("Harwell employs about 3,100 people in the UK, including 1,200 at its main factory in "
            "Castleford. Shares rose.")
_FURZEBROOK = ("Residents of Furzebrook were allowed back on Wednesday, but about 350 people from "
               "Stoborough Heath are expected to stay away. Crews stayed.")
_TRASK = ("Area manager Kevin Trask said 25 fire engines and about 120 firefighters were at the "
          "scene. The fire spread.")


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # the first name alone asked of the whole name, the husband's surname hers too (refused)
    (_FIONA, {1: (6.0, "49")}, "How old is Andrew Calloway's wife Fiona?", "49"),
    # a role holder named just after the body the question names (refused: the chunk does
    # not say "Northline Trains" in every run of names)
    (_KINSELLA, {0: (6.0, "November"), 1: (3.0, "49")},
     "How old is the RMT regional organiser in the Northline Sidings dispute?", "49"),
    # "its" role is of what the sentence before names first ("Mark Delaney" was shown for
    # the chief executive of the firm Greystone bought)
    (_GREYSTONE, {1: (6.0, "Mark Delaney")}, "Who is the chief executive of Harwell Foods?",
     "refused"),
    (_GREYSTONE, {1: (6.0, "Mark Delaney")}, "Who is the chief executive of Greystone?",
     "Mark Delaney"),
    # who scored for the winners is no one of the side beaten ("Ashcombe" was shown)
    (_ROVERS, {0: (6.0, "Ashcombe")}, "Who scored Riverside Rovers' winning try?", None),
    (_ROVERS, {0: (6.0, "Ashcombe")}, "Who did Rovers beat in the final?", "Ashcombe"),
    # a count said at the place asked ("about 3,100" was shown for the Castleford factory)
    (_HARWELL, {0: (6.0, "3,100")}, "How many people work at Harwell Foods' Castleford factory?",
     "1,200"),
    (_HARWELL, {0: (6.0, "3,100")}, "How many people does Harwell employ in the UK?",
     "about 3,100"),
    # people from another place are not the ones asked about ("about 350" was shown)
    (_FURZEBROOK, {0: (6.0, "350")}, "How many residents of Furzebrook were evacuated?",
     "refused"),
    (_FURZEBROOK, {0: (6.0, "350")}, "How many people from Stoborough Heath are staying away?",
     "about 350"),
    # a count asked, the reader marking the name of who said it (refused)
    (_TRASK, {0: (6.0, "Kevin Trask")}, "How many firefighters were at the scene?", "120"),
    # a figure without the question's words after it, nor a second figure ("25 fire engines
    # and about 120", "£312m spending plan for 2025-26" were shown); a range stays whole
    (_TRASK, {0: (6.0, "25 fire engines and about 120")},
     "How many fire engines were sent to the wildfire?", "25"),
    ("The council approved its £312m spending plan for 2025-26 on Wednesday. It passed.",
     {0: (6.0, "£312m spending plan for 2025-26")},
     "What is the size of the council's spending plan for 2025-26?", "£312m"),
    ("Growth is set to be between 3% and 5% this year. Exports fell.", {0: (6.0, "3% and 5%")},
     "How much will the economy grow this year?", "3% and 5%"),
])
def test_trial_j_short_answers_and_refusals(text, readings, question, short):
    assert _shown_over(text, readings, question) == short


def test_a_count_of_the_noun_asked_is_cited_however_unsure_the_readers_are_of_it():
    # trial J (stop 44): "The council said 23 library posts would go", rated 0.13, was refused
    # for "How many library jobs will Kestwick council cut?" (no figure shown, under 0.5)
    text = ("Four branch libraries in Kestwick will close next spring, saving £1.2m a year. "
            "The council said 23 library posts would go.")
    answer, s, _ = _answer_over(text, {0: (-1.0, "£1.2m"), 1: (-2.0, "23")},  # 0.27, 0.12
                                "How many library jobs will Kestwick council cut?",
                                Cutoffs(0.05, 0.9, 0.9), choose=True)
    assert not answer.abstained and answer.citations[0].quote == s[1]


def test_a_firm_s_profit_asked_with_its_kind_asks_for_a_figure():
    # trial J: "What pre-tax profit did Greystone Brands make last year?" was answered with
    # the other firm's profit, not read as asking for a figure
    assert asked_for("What pre-tax profit did Greystone Brands make last year?") == "number"
    assert asked_for("What net profit did it make?") == "number"


def _answer_titled(text, readings, question, title, choose=False):
    chunk = stored_chunk(text, title=title)
    s = sentences_of(chunk)
    reader = FakeReader({s[i]: reading for i, reading in readings.items()})
    scores = [0.5 - 0.1 * i for i in range(len(s))]
    judged = judge_sentences(question, ranked(chunk, scores), reader)
    return compose_read(question, judged, 100, Cutoffs(0.5, 0.9, 0.5), choose=choose)


def _shown_marked(text, span, question, title):
    """What a user is shown (:func:`_shown`) when the readers mark ``span`` in the first
    sentence of ``text``, sure of it, and the first citation is chosen as for a question
    asked by itself."""
    return _shown(_answer_titled(text, {0: (6.0, span)}, question, title, choose=True))


_BELLIS = ("Objectors, led by the Save Oakhanger Fields campaign, argued the roads could not "
           "cope. The group's chairman, retired headteacher Margaret Bellis, 71, said she was "
           "disappointed.")
_HORROCKS = ("Daniel Horrocks, 34, a father of two from Ossett, died at the Greenway plant in "
             "August 2022. The firm admitted the breach.")
_RENNIE = ("The 24-year-old, who recorded the album in a garage, beat 11 other acts to the award. "
           "The prize's director, Hannah Wells, praised her.")
_TOUR = ("Rennie will begin a 14-date UK tour in Aberdeen on 6 February, ending at the Barrowland "
         "Ballroom in Glasgow on 1 March. Tickets sold out.")
_A418 = ("The developer has agreed to pay £18.6m towards roads, schools and health services, "
         "including £4.2m for a new junction on the A418. Work starts in May.")
_SPENT = ("The firm said it had since spent £750,000 on safety improvements, including barriers. "
          "It was fined £1.6m.")


@pytest.mark.parametrize(("text", "readings", "question", "title", "short"), [
    # trial K (stop 44): an age after a name, the role asked said just before it, or every
    # name of the question said in the sentence or the title (both refused)
    (_BELLIS, {0: (6.0, "Objectors"), 1: (5.5, "71")},
     "How old is the chairman of the Save Oakhanger Fields campaign?", "Homes approved", "71"),
    (_HORROCKS, {0: (6.0, "34")}, "How old was the worker killed at the Wakefield recycling plant?",
     "Recycling firm fined after worker dies at Wakefield plant", "34"),
    (_HORROCKS, {0: (6.0, "34")}, "How old was the worker killed at the Wakefield recycling plant?",
     "Recycling firm fined", "refused"),
    # an age asked of a role the sentence does not say is another's ("24" was shown for the
    # prize's director)
    (_RENNIE, {0: (6.0, "24-year-old")}, "How old is the director of the Northern Music Prize?",
     "Rennie wins prize", "refused"),
    (_RENNIE, {0: (6.0, "24-year-old")}, "How old is Isla Rennie?", "Rennie wins prize", "24"),
    # where something begins is not where it ends ("Barrowland Ballroom" was shown)
    (_TOUR, {0: (6.0, "Barrowland Ballroom")}, "Where will Isla Rennie's UK tour begin?",
     "Tour", None),
    (_TOUR, {0: (6.0, "Barrowland Ballroom")}, "Where will Isla Rennie's UK tour end?",
     "Tour", "Barrowland Ballroom"),
    # an age, not the name before it ("Councillor Sam Whitlock, 62" was shown)
    ("Herefordshire Council's cabinet member for transport, Councillor Sam Whitlock, 62, said "
     "it was frustrating. Trains were late.", {0: (6.0, "Councillor Sam Whitlock, 62")},
     "How old is Herefordshire Council's cabinet member for transport?", "Rail", "62"),
    # the figure said of the question's words ("£18.6m", the total, was shown)
    (_A418, {0: (6.0, "£18.6m")},
     "How much will the developer pay towards a new junction on the A418?", "Homes", "£4.2m"),
    (_A418, {0: (6.0, "£18.6m")}, "How much will the developer pay in all?", "Homes", "£18.6m"),
])
def test_trial_k_short_answers_and_refusals(text, readings, question, title, short):
    assert _shown(_answer_titled(text, readings, question, title)) == short


def test_a_figure_said_with_the_questions_words_is_not_refused_however_unsure_the_readers():
    # trial K (stop 44): "had since spent £750,000 on safety improvements", rated 0.13, was
    # refused as a sentence giving no figure asked
    answer, s, _ = _answer_over(_SPENT, {0: (-1.0, "£750,000"), 1: (-1.5, "£1.6m")},  # 0.27
                                "How much has the firm spent on safety improvements?",
                                Cutoffs(0.05, 0.9, 0.9), choose=True)
    assert not answer.abstained and answer.citations[0].quote.startswith(s[0])


_ZELVOPRANT = ("The firm said it would set a list price of £395 per injection, which works out at "
               "£4,740 a year. The NHS will negotiate.")


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial L (stop 44): a name in the question is no word of a rise ("the Morwenna Rose"
    # asked of a sentence saying "gone down": refused)
    ("The boat's skipper, Jory Pascoe, 44, said the vessel had gone down in minutes. All "
     "were saved.", {0: (6.0, "44")}, "How old is the skipper of the Morwenna Rose?", "44"),
    # the deed asked said of the name after the age (refused)
    ("Her classmate Tom Wragg, 17, achieved three A grades and has a place to read law at "
     "Durham. He was pleased.", {0: (6.0, "17")},
     "How old is the Hallam Park pupil who is going to read law at Durham?", "17"),
    # an event held somewhere is not a person held (refused)
    ("Marwood was elected mayor after a recount at the Riverside Leisure Centre. Turnout "
     "was low.", {0: (6.0, "Riverside Leisure Centre")},
     "Where was the Kelsborough mayoral count held?", "Riverside Leisure Centre"),
    # a name asked, and no name marked ("life raft" was shown)
    ("Four fishermen were rescued from a life raft after their trawler sank. It sank fast.",
     {0: (6.0, "life raft")}, "What was the name of the trawler that sank?", None),
    # the figure per the time asked ("£395 per injection" was shown)
    (_ZELVOPRANT, {0: (6.0, "£395 per injection")},
     "How much will zelvoprant cost a year at its list price?", "£4,740"),
    (_ZELVOPRANT, {0: (6.0, "£395 per injection")},
     "How much will zelvoprant cost per injection?", "£395"),
])
def test_trial_l_short_answers_and_refusals(text, readings, question, short):
    assert _shown_over(text, readings, question) == short


def test_who_won_cites_a_sentence_telling_of_the_win():
    # trial L (stop 44): a lecturer's comment on the result was cited first, "Alan Brierley"
    # in bold, for "Who won the Kelsborough mayoral election?"
    text = ("Labour's Priya Marwood has been elected the first mayor of Kelsborough. Professor "
            "Alan Brierley, a politics lecturer, said the result showed how close it was.")
    answer, s, _ = _answer_over(text, {0: (1.0, "Priya Marwood"), 1: (1.2, "Alan Brierley")},
                                "Who won the Kelsborough mayoral election?",
                                Cutoffs(0.05, 0.9, 0.5), choose=True)
    assert answer.citations[0].quote.startswith(s[0])


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # an age, not the words after it ("19-year-old Reid" was shown)
    ("The final over, bowled by 19-year-old Reid, began with Lasswade needing 14. They won.",
     {0: (6.0, "19-year-old Reid")},
     "How old is the Grange bowler who bowled the final over against Lasswade?", "19"),
    # the deed asked with "whose" said of the name after the age (refused)
    ("Gareth Lloyd, 38, a plumber from Newport, said his flight to Faro had been cancelled at "
     "check-in. Queues grew.", {0: (6.0, "38")},
     "How old is the Newport plumber whose flight to Faro was cancelled?", "38"),
    # flights to and from a place are no people from it (refused)
    ("More than 140 flights to and from Bristol and Cardiff airports have been cancelled after "
     "crew at Skyline Atlantic walked out. Talks failed.", {0: (6.0, "140")},
     "How many flights has Skyline Atlantic cancelled?", "More than 140"),
])
def test_trial_m_short_answers_and_refusals(text, readings, question, short):
    assert _shown_over(text, readings, question) == short


def test_an_age_asked_of_a_named_person_is_not_asked_of_another_holder_of_a_like_role():
    # trial M (stop 44): "49", the union officer's age, was shown for the airline's chief
    # operating officer, whom the question names
    text = ("Sharon Pettigrew, 49, Unite's regional officer, said crew were tired. The airline's "
            "chief operating officer, Marcus Delaney, apologised.")
    question = "How old is Skyline Atlantic's chief operating officer Marcus Delaney?"
    answer = _answer_titled(text, {0: (6.0, "49")}, question,
                            "Skyline Atlantic cancels 140 flights")
    assert answer.abstained


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial N (stop 44): a family name said first and alone before the age (refused)
    # (the readers rating it low and marking no age: answered from the age after the name)
    ("Chen, 24, who had beaten the champion in the semi-finals, won the 16th frame. Hollis "
     "took the title.", {0: (-1.0, "the champion")}, "How old is snooker player Chen Weiliang?",
     "24"),
    # no "Welshman" before the name ("Welshman Owen Pritchard" was shown)
    ("The highest break was a 143 made by the Welshman Owen Pritchard in the second round. It "
     "earned a bonus.", {0: (6.0, "Welshman Owen Pritchard")},
     "Who made the highest break of the UK Championship?", "Owen Pritchard"),
])
def test_trial_n_short_answers_and_refusals(text, readings, question, short):
    assert _shown_over(text, readings, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial O (stop 45): no word of what follows at a short answer's end ("£150,000 in" was
    # shown), and of two counts the span runs over, the one of the noun asked ("19 branches
    # and cut 310" was shown); the part, not the whole it is said of ("173 of the 299")
    ("The victory also earns the club £150,000 in prize money. Castleford receive less.",
     {0: (6.0, "£150,000 in")}, "How much prize money do the Hawks receive?", "£150,000"),
    ("Last year the bank closed 19 branches and cut 310 jobs, blaming online banking. It said "
     "so.", {0: (6.0, "19 branches and cut 310")}, "How many jobs did the bank cut last year?",
     "310"),
    ("Mr Sayeed won 173 of the 299 votes cast at the meeting. He stayed.",
     {0: (6.0, "173 of the 299")}, "How many votes did Mr Sayeed get at the meeting?",
     "173"),
    # trial P (stop 45): a body is no answer to which person of a role ("Maidstone Crown
    # Court" was shown for the judge), but a judge named after the court is
    ("Southmere Water pleaded guilty at Maidstone Crown Court to 12 charges. It was fined.",
     {0: (6.0, "Maidstone Crown Court")}, "Which judge sentenced Southmere Water?", "refused"),
    ("In a ruling by Santa Clara County Superior Court Judge James Kleinberg, Apple won. It "
     "was said.", {0: (6.0, "James Kleinberg")}, "Which judge ruled in Apple's favour?",
     "James Kleinberg"),
    # another division's winner ("Amir Haddad", the wheelchair race's, was shown for the men's)
    ("The wheelchair race was won by Amir Haddad in 1:31:07. Daniel Kiprono won the marathon "
     "in a course record.", {0: (3.0, "Amir Haddad"), 1: (2.5, "Daniel Kiprono")},
     "Who won the men's race at the marathon?", "Daniel Kiprono"),
    # the figure the question's noun names ("£1.27bn", the revenue, was shown for the profit)
    ("Last year Harwick reported revenue of £1.27bn and a pre-tax profit of £143m. It grew.",
     {0: (6.0, "£1.27bn")}, "What pre-tax profit did Harwick make last year?", "£143m"),
    ("Last year Harwick reported revenue of £1.27bn and a pre-tax profit of £143m. It grew.",
     {0: (6.0, "£1.27bn")}, "What revenue did Harwick report last year?", "£1.27bn"),
    # an age said before another's name ("84" of "84-year-old Gerald Mabey" for the runner-up)
    ("The oldest finisher was 84-year-old Gerald Mabey, a retired postman. He was cheered.",
     {0: (6.0, "84-year-old")}, "How old is Tesfaye Bekele, the runner-up?", "refused"),
    ("The oldest finisher was 84-year-old Gerald Mabey, a retired postman. He was cheered.",
     {0: (6.0, "84-year-old")}, "How old is Gerald Mabey?", "84"),
    # "official" names a role (refused when the readers rate it low), and a name running into
    # its verb is none ('Mr Straw had been "shamed' was shown, news held-out set 1)
    ("Unite official Karen Doyle, 47, said the union had given £5,000. It was welcome.",
     {0: (-2.0, "47")}, "How old is the Unite official?", "47"),
    ('The Tories said they were glad Mr Straw had been "shamed" into going. It was said.',
     {0: (6.0, 'Mr Straw had been "shamed')}, "Which official had the government planned to "
     "send instead of Jack Straw?", None),
])
def test_trials_o_and_p_short_answers_and_refusals(text, readings, question, short):
    assert _shown_over(text, readings, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "title", "short"), [
    # trial P (stop 45): an age in words ("nine-year-old" was refused for the youngest donor)
    ("The youngest donor, nine-year-old Alfie Brennan from Ripon, gave £12.50. It was kind.",
     {0: (6.0, "nine-year-old Alfie Brennan")},
     "How old was the youngest donor to the gallery's appeal?", "Gallery buys a Turner",
     "nine"),
    # a role said after the name and its age, owned by what the article names ("the trust's
    # chief medical officer": trial Q refused her age), and a cabinet member's (trial P)
    ("Dr Priya Ramanathan, 47, the trust's chief medical officer, said it was busy. The trust "
     "missed its target.", {0: (-3.0, "Priya Ramanathan"), 1: (3.0, "target")},
     "How old is the chief medical officer of the Wyvern Valley NHS trust?",
     "Wyvern Valley NHS trust misses A&E target", "47"),
    ("Councillor Jane Hurst, 54, the cabinet member for finance, told the meeting. Bills will "
     "rise.", {0: (-3.0, "Jane Hurst"), 1: (3.0, "rise")},
     "How old is Arlsford's cabinet member for finance?", "Arlsford council tax to rise", "54"),
    # a hyphenated name asked as the question names it ("How old is Kwame Osei-Bonsu?", refused)
    ("The firm's co-founder, chief technology officer Dr Kwame Osei-Bonsu, 38, said so. It "
     "grew.", {0: (-3.0, "chief technology officer"), 1: (3.0, "grew")},
     "How old is Kwame Osei-Bonsu?", "Voltaris raises £18m", "38"),
    # where a tour begins, not where it ends "with three nights at" (trial R showed Wembley)
    ("She will open the tour at the Stadium of Light on 6 June, before ending with three "
     "nights at Wembley Stadium in London. Tickets sold out.",
     {0: (6.0, "Wembley Stadium in London")}, "At which stadium will the tour begin?",
     "Quinn announces stadium tour", None),
    # the rider asked, not the horse beaten (trial R showed "Silver Admiral")
    ("Copper Lantern started at 66-1 and beat the 5-2 favourite, Silver Admiral, by a length. "
     "It was a shock.", {0: (6.0, "Silver Admiral")},
     "Who rode Copper Lantern to victory in the Gold Cup?", "Outsider wins Gold Cup", None),
    # those counted by what was done to them: "evacuated", not "rescued" (trial Q showed the
    # rescued's "23"); the lead said so and was passed over for the other count of people
    ("About 60 residents were evacuated from their homes after the river burst its banks. The "
     "fire service said it rescued 23 people, including a baby.",
     {0: (4.0, "About 60"), 1: (3.0, "23")},
     "How many people were evacuated from their homes in Ashcombe?",
     "Ashcombe flooded as river bursts its banks", "About 60"),
    # a person is no union ("Andrea Voss, 49" was shown for "Which union...?"), and the
    # figure of the noun of the question's verb ("a loss of £4.1m", not the revenue)
    ("Pennine Crest's managing director, Andrea Voss, 49, said the offer was fair. It was "
     "rejected.", {0: (6.0, "Andrea Voss, 49")}, "Which union represents the bus drivers?",
     "Bus drivers to strike", "refused"),
    ("According to its accounts, Voltaris made a loss of £4.1m on revenue of £640,000. It "
     "grew.", {0: (6.0, "£640,000")}, "How much money did Voltaris lose in the year?",
     "Voltaris raises £18m", "£4.1m"),
    # money "set aside" ("20,000" prison places was shown), and what a figure went to, not
    # from ("3,400" in 2022 was shown for this year's students), unless before is asked
    ('The ministry said it was "building 20,000 extra prison places" and that £4.2m had been '
     "allocated to repairs at Kelderfield. It was late.", {0: (6.0, "20,000")},
     "How much has the Ministry of Justice set aside for repairs at HMP Kelderfield?",
     "Prison damned", "£4.2m"),
    ("The number of international students fell from 3,400 in 2022 to 2,150 this year. Fees "
     "rose.", {0: (6.0, "3,400")},
     "How many international students does Hadley University have this year?",
     "Hadley University staff strike", "2,150"),
    ("The number of international students fell from 3,400 in 2022 to 2,150 this year. Fees "
     "rose.", {0: (6.0, "3,400")},
     "How many international students did Hadley University have in 2022?",
     "Hadley University staff strike", "3,400"),
    # trial S (stop 45): "its" of what the sentence before names past what it is ("Passenger
    # group Kelsby Rail Users said..." was read as the owner "Passenger": refused), and of a
    # part and its whole, the part ("51" was shown for the 29 seats won)
    ("Passenger group Kelsby Rail Users said the fine did little. Its chairwoman, Priya "
     "Sandhu, 41, said she had missed meetings.", {0: (3.0, "fine"), 1: (-3.0, "Priya Sandhu")},
     "Who chairs the Kelsby Rail Users passenger group?", "Rail firm fined £2m",
     "Priya Sandhu"),
    ("The Greens won 29 of the council's 51 seats in Thursday's election. Labour lost.",
     {0: (6.0, "29 of the council's 51")},
     "How many seats did the Green Party win on the council?", "Greens take Hollinsford", "29"),
    # who leads a group may be its chairman ("Who leads the Save Millbrook Fields campaign
    # group?" was refused beside "Its chairman, Robert Quinlan, 66,": trial S's follow-ups)
    ("Campaign group Save Millbrook Fields said it was devastated. Its chairman, Robert "
     "Quinlan, 66, a retired surveyor, spoke.", {0: (3.0, "devastated"),
                                                 1: (-3.0, "Robert Quinlan")},
     "Who leads the Save Millbrook Fields campaign group?", "Homes plan approved",
     "Robert Quinlan"),
    # trial T: a role closing the apposition after the age, its owner unsaid ("Councillor Jane
    # Hurst, 54, the cabinet member for finance," in a chunk not naming the council: refused)
    ("Seven libraries will close in North Ashdale. The cabinet voted for it. Councillor Jane "
     "Hurst, 54, the cabinet member for finance, said there was no choice.",
     {0: (3.0, "Seven"), 1: (2.0, "cabinet"), 2: (-3.0, "Jane Hurst")},
     "How old is North Ashdale council's cabinet member for finance?",
     "Libraries to close", "54"),
    # trials W and X (stop 45, the final version's checks): where a race from one town to
    # another started is not the town it ran to ("Richmond" was shown), and of "close 27 of
    # its 112 UK stores", the part closing ("112" was shown), but the whole for the total
    ("De Wit won the 186km race from Skipton to Richmond in four hours. It was wet.",
     {0: (6.0, "Richmond")}, "Where did the Tour of the Dales start?", "Tour of the Dales",
     None),
    ("The retailer Marlowe & Finch is to close 27 of its 112 UK stores, the company said. Jobs "
     "go.", {0: (6.0, "112")}, "How many shops is Marlowe & Finch shutting?",
     "Marlowe & Finch to close 27 stores", "27"),
    ("The retailer Marlowe & Finch is to close 27 of its 112 UK stores, the company said. Jobs "
     "go.", {0: (6.0, "112")}, "How many UK stores does Marlowe & Finch have in total?",
     "Marlowe & Finch to close 27 stores", "112"),
    # a person asked by title and name is not asked by the role ("Councillor David Ansah, 58,
    # the committee's chairman" was shown for Councillor Ruth Pennington once an age after
    # the name was read with the role after it)
    ("Councillor David Ansah, 58, the committee's chairman, voted in favour. Councillor Ruth "
     "Pennington voted against.", {0: (-3.0, "David Ansah"), 1: (3.0, "against")},
     "How old is Councillor Ruth Pennington?", "Committee backs Kestwick homes plan",
     "refused"),
    # trials V, Y and Z (stop 46): a name running over "of" is whole ("Mutton" was shown),
    # but not for a place asked; a month is no place a count is said at ("30,900 in March
    # 2022" was shown for the patients waiting at the end of March); a level said before
    # "down from" is no answer to how much was cut ("£412,000" was shown for the £93,000)
    ("The tug of war was won by the team from the Shoulder of Mutton, who beat the Star. It "
     "rained.", {0: (6.0, "Mutton")},
     "Which pub's team won the tug of war at the Kirkby Overblow fete?", "Fete raises £23,000",
     "Shoulder of Mutton"),
    ("The museum sits beside the Mayor of London's office. It is free.", {0: (6.0, "London")},
     "Which city is the Kirkby museum in?", "Museum opens", "London"),
    ("The trust said 41,260 patients were waiting for planned treatment at the end of March, "
     "up from 30,900 in March 2022. It apologised.", {0: (6.0, "41,260")},
     "How many patients were on the Wessex Valley trust's waiting list at the end of March?",
     "Surgical hub opens", "41,260"),
    ("Arts Council England said the theatre would receive £412,000 a year from April, down "
     "from £505,000 under its previous settlement. It is sad.", {0: (6.0, "£412,000")},
     "How much has Arts Council England cut from the Grand Theatre's annual grant?",
     "Theatre's grant cut", None),
    # "Which judge...?" asks for the person titled a judge ("Daniel Okafor", the victim, was
    # shown), and "Which contractor...?" for no person ("Rachel Pemberton" was shown)
    ("Liam Corrigan, 29, was convicted of murdering Daniel Okafor, 38, at Bristol Crown Court. "
     "Sentencing, Mrs Justice Caroline Whitfield said he had shown no remorse.",
     {0: (6.0, "Daniel Okafor"), 1: (-3.0, "Caroline Whitfield")},
     "Which judge sentenced Liam Corrigan for the Ashcombe murder?", "Man jailed for murder",
     "Caroline Whitfield"),
    ("Rachel Pemberton, the Environment Agency's project manager, said the village had waited "
     "long enough. Work starts in May.", {0: (6.0, "Rachel Pemberton")},
     "Which contractor is building the Wenbury flood defences?", "Flood scheme begins", None),
    # a role of "the society" is no trust's ("Professor Elaine Sutcliffe" was shown from a
    # building society's story naming a "charitable foundation")
    ("The society's chair, Professor Elaine Sutcliffe, 63, said the board would pay £1.2m into "
     "its charitable foundation. Profits rose.", {0: (6.0, "Professor Elaine Sutcliffe")},
     "Who chairs the board of the Wessex Valley NHS Foundation Trust?",
     "Harbourside Building Society profits rise", "refused"),
    # the readers' best sentence gives the figure of the words asked, the choice's pick
    # another ("£3.5m", already secured, was shown for the £12m appeal: trial X)
    ("Thornbury Cathedral has launched a £12m appeal to repair its medieval spire. The "
     "cathedral has already secured £3.5m, including a grant of £2.2m.",
     {0: (3.0, "£12m"), 1: (2.6, "£3.5m")},
     "How much money is Thornbury Cathedral's spire appeal trying to raise?",
     "Cathedral launches spire appeal", "£12m"),
    # an age said of someone described, the asked name later beside another word ("26", the
    # opener's, was shown for the captain's age), and a figure of another person, the subject
    # of its sentence ("14", Corrigan's convictions, was shown for Jordan Pike's)
    ("The 26-year-old opener made 143 from 251 balls, sharing a partnership of 188 with captain "
     "James Whitlock. Rain fell.", {0: (6.0, "26-year-old")},
     "How old is the Wessex captain James Whitlock?", "Carter hits century", "refused"),
    ("Corrigan had 14 previous convictions, mostly for driving offences. He was jailed.",
     {0: (6.0, "14")}, "How many previous convictions did Jordan Pike have?",
     "Man jailed for Ashcombe murder", "refused"),
    ("Pike had 14 previous convictions, mostly for driving offences. He was jailed.",
     {0: (6.0, "14")}, "How many previous convictions did Jordan Pike have?",
     "Man jailed for Ashcombe murder", "14"),
    ("Somerset Council received 127 complaints during and after the event, compared with 31 "
     "last year. It will meet.", {0: (6.0, "127")},
     "How many complaints did Somerset Council get about the Meadowlark Festival this year?",
     "Festival licence to be reviewed", "127"),
    # a measure asked, and a sentence writing no figure with it ("about 52,000" homes was
    # shown for the megawatts a wind farm would generate: trial Z)
    ("The firm says the Haddon Moor wind farm would generate enough electricity for about "
     "52,000 homes. It was opposed.", {0: (6.0, "about 52,000")},
     "How many megawatts would the Haddon Moor wind farm generate?", "Wind farm inquiry opens",
     "refused"),
    ("The firm says the Haddon Moor wind farm would generate 42 megawatts, enough for about "
     "52,000 homes. It was opposed.", {0: (6.0, "42")},
     "How many megawatts would the Haddon Moor wind farm generate?", "Wind farm inquiry opens",
     "42"),
    # trials AA and AB (stop 46): a sum said with the words asked in the readers' best
    # sentence, the reader marking another figure ("£9m elephant house": refused); a count at
    # the place asked is of the noun asked ("480" jobs at Ashworth was shown for cars); "N-year
    # history" is no age; a count "since 2018" is no count of 2018's; the figure said of the
    # time asked ("to 93.4% last year", not "87.1% in 2022"); one figure of "from 412 to 138";
    # "Which detective...?" asks for the one ranked so
    ("A £9m elephant house has opened at Fenwood Zoo, which hopes to pass 500,000 visitors "
     "a year. A child's ticket will cost £17.", {0: (2.0, "500,000"), 1: (1.9, "£17")},
     "How much did Fenwood Zoo's new elephant house cost?", "Zoo opens elephant house",
     "£9m"),
    ("The plant built 142,000 cars last year, two years after Vantor cut 480 jobs at Ashworth. "
     "It is new.", {0: (6.0, "142,000")}, "How many cars did the Ashworth plant produce last year?",
     "Vantor to build electric SUV", "142,000"),
    ("The zoo's chief executive, Dr Helen Marsh, said it was the biggest moment in the zoo's "
     "61-year history. It rained.", {0: (6.0, "61-year")},
     "How old is Fenwood Zoo's chief executive Dr Helen Marsh?", "Zoo opens elephant house",
     "refused"),
    ("Its founder said more than 1,400 children had taken part in its programmes since 2018. "
     "It is a charity.", {0: (6.0, "more than 1,400")},
     "How many children took part in Rowing for All's programmes in 2018?", "Rower retires",
     "refused"),
    ("The report noted that attendance had risen from 87.1% in 2022 to 93.4% last year. It "
     "was good.", {0: (6.0, "87.1%")},
     "What was the attendance rate at Hartwell Academy last year?", "School praised", "93.4%"),
    ("The report said suspensions had fallen from 412 to 138 over the same period. It was "
     "good.", {0: (6.0, "412 to 138")},
     "How many suspensions were there at Hartwell Academy this year?", "School praised",
     "138"),
    ("The Wyvern Valley Police operation, codenamed Operation Larkspur, involved 120 officers. "
     "Detective Inspector "
     "Rachel Osei, who led the "
     "operation, said the raids were the result of months of surveillance.",
     {0: (6.0, "120 officers"), 1: (-3.0, "Inspector Rachel Osei")},
     "Which detective led Wyvern Valley Police's Operation Larkspur?",
     "Eleven arrested in Kelbridge drugs raids", "Rachel Osei"),
    # trial AD: a sum said just after the question's verb is cited, though rated low ("The
    # 420-metre bridge cost £96m" was refused), not one said of another person
    ("The Northgate Crossing links Kelham Road with the A690. The 420-metre bridge cost £96m, "
     "against an estimate of £82m.",
     {0: (2.0, "Kelham Road"), 1: (-0.5, "420-metre bridge cost £96m", 0.3)},
     "How much did the Northgate Crossing in Dunmore cost to build?", "New bridge opens",
     None),
    # and the sum alone in bold ("420-metre bridge cost £96m" was the reader's span)
    ("The Northgate Crossing links Kelham Road with the A690. The 420-metre bridge cost £96m, "
     "against an estimate of £82m.",
     {0: (3.0, "Kelham Road"), 1: (1.2, "420-metre bridge cost £96m", 0.3)},
     "How much did the Northgate Crossing in Dunmore cost to build?", "New bridge opens",
     "£96m"),
    # trials AC and AD: the figure another is compared with is no answer ("2.3 million" of
    # "up from 2.3 million tonnes the year before" was shown), a price a share no takeover's
    # cost ("184p a share in cash" was shown for what Bloomfield is paying)
    ("The port handled 2.7 million tonnes of cargo in the year to March, up from 2.3 million "
     "tonnes the year before. Dockers struck.", {0: (6.0, "2.3 million")},
     "How much cargo did the Port of Kellingham handle in the year to March?",
     "Dockers strike at Kellingham", "2.7 million tonnes"),
    ("Bloomfield will pay 184p a share in cash, a premium of 41%. Greenacre agreed.",
     {0: (6.0, "184p a share in cash")},
     "How much is Bloomfield Group paying to take over Greenacre?", "Greenacre agrees takeover",
     "refused"),
    # trial AG: a count is no sum a noun asked names ("34", the staff, was shown for the
    # turnover), but a count asked stays ("How many pints...?")
    ("Halcyon, which employs 34 people, reported turnover of £8.7m last year. It grew.",
     {0: (6.0, "34")}, "What was Halcyon Records' turnover last year?", "Singer signs deal",
     "£8.7m"),
    ("Hartwell sold 9.2 million pints last year and made a profit of £2m. It grew.",
     {0: (6.0, "9.2 million")}, "How many pints did Hartwell Brewery sell last year?",
     "Brewery grows", "9.2 million"),
    # the winner the sentence opens on, the reader marking the one beaten ("Not sure" was
    # shown, and the next turn's "he" was not read as Lewis Byrne)
    ("Lewis Byrne became the first debutant in 14 years to win the World Darts Championship "
     "after beating defending champion Marco Van Dijk 7-4. He cried.",
     {0: (6.0, "Marco Van Dijk 7-4")},
     "Who won the World Darts Championship final at Alexandra Palace?", "Byrne wins",
     "Lewis Byrne"),
    # a founder asked by the noun, said by the verb (her age was refused)
    ("The trust will close the unit. Lorna Pryce, 36, who founded the Save Rosewood group, said "
     "families had been ignored.", {0: (6.0, "unit"), 1: (-2.0, "families")},
     "How old is the founder of the Save Rosewood campaign?", "Maternity unit downgraded",
     "36"),
    # stop 51: a sum said after its verb and the words qualifying it ("Visitors spent an
    # estimated £86m" was refused: trial BJ), without the comma after it ("£6,500," was shown
    # in bold: trial CK)
    ("The council said 1.34 million people visited the bay this summer. Visitors spent an "
     "estimated £86m in the town.", {0: (2.0, "1.34 million"), 1: (0.5, "£86m")},
     "How much did visitors spend in Saltmarsh Bay this summer?", "Record summer at the bay",
     "£86m"),
    ("A burglar took a laptop and jewellery worth about £6,500, including a gold bracelet. He "
     "fled.", {0: (6.0, "jewellery")},
     "What was the jewellery taken in the Llwyn Onn Road burglary worth?", "Burglar jailed",
     "£6,500"),
])
def test_trials_q_to_t_short_answers_and_refusals(text, readings, question, title, short):
    answer = _answer_titled(text, readings, question, title, choose=True)
    assert _shown(answer) == short


def _answer_of_two_chunks(first, second, readings, question, title):
    """The answer composed from an article of two chunks (as the store gives them back), the
    reader's table ``readings`` by sentence or phrase; the second chunk's sentences rank
    first."""
    a = stored_chunk(first, title=title)
    b = stored_chunk(second, title=title, start=len(first) + 2)
    sentences = ranked(b, [0.6 - 0.1 * i for i in range(len(b.sentences))]) + ranked(
        a, [0.3 - 0.05 * i for i in range(len(a.sentences))])
    judged = judge_sentences(question, sentences, FakeReader(readings))
    return compose_read(question, judged, 100, Cutoffs(0.5, 0.9, 0.5), choose=True)


_GREAVES = ("Wyvern Valley Police raided nine homes in Kelbridge on Tuesday. Eleven people were "
            "arrested.", "Drug offences rose by 12% last year. Assistant Chief Constable Martin "
            "Greaves, 52, said the force would not tolerate dealing.")
_MISTRY = ("Vantor will build its SUV at Ashworth. The plant employs 3,200 people.",
           "The leader of Ashworth City Council, Councillor Priya Mistry, 44, said the news would "
           "be felt beyond the factory gates. Unions welcomed it.")
_FAIRBROTHER = ("The Brackendale Valley Railway held its gala on Saturday. Crowds came.",
                "Chief mechanical engineer Alan Fairbrother, 68, who has volunteered on the "
                "Brackendale Valley line since 1974, said it was a great day. Tickets sold out.")


@pytest.mark.parametrize(("chunks", "readings", "question", "short"), [
    # trial AB (stop 46): a title of office before the name, its force named in another chunk
    # (both were "Not sure" or refused), a role of a body named before the name ("The leader
    # of Ashworth City Council, Councillor Priya Mistry,"), an engineer's role
    (_GREAVES, {"Drug offences": (6.0, "12%"), "Greaves": (-3.0, "Martin Greaves")},
     "Who is the assistant chief constable of Wyvern Valley Police?", "Martin Greaves"),
    (_GREAVES, {"Drug offences": (6.0, "12%"), "Greaves": (-3.0, "52")},
     "How old is Wyvern Valley Police's assistant chief constable?", "52"),
    (_MISTRY, {"The leader": (6.0, "factory gates")}, "Who leads Ashworth City Council?",
     "Priya Mistry"),
    (_FAIRBROTHER, {"Chief mechanical": (6.0, "1974")},
     "Who is the chief mechanical engineer of the Brackendale Valley Railway?",
     "Alan Fairbrother"),
])
def test_roles_said_as_titles_or_of_a_named_body(chunks, readings, question, short):
    answer = _answer_of_two_chunks(*chunks, readings, question, "Eleven arrested in raids")
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "readings", "question", "title", "short"), [
    # stop 51's trials (CS-CX): an age after a name with its title, asked of the role said
    # before it (refused), a person asked by "Which <word> <role>" (the developer was shown),
    # a worth asked of a time (the painter's name was shown), the winner of a "victory over"
    # the one beaten, described (the one beaten was shown)
    ("Kelmouth University plans to cut 240 jobs. Vice-chancellor Professor Helen Aldridge, 58, "
     "said it had been squeezed.", {0: (-4.0, "jobs"),
                                    1: (-2.0, "Vice-chancellor Professor Helen Aldridge, 58")},
     "How old is the vice-chancellor of Kelmouth University?", "University to cut jobs", "58"),
    ("Plans for a wind farm near Brackley Fell have been approved by a government planning "
     "inspector. Northwind Renewables applied to build the Harrowden Moor wind farm in 2022. In "
     "a letter, planning inspector Alison Meredew said the benefits outweighed the harm.",
     {0: (6.0, "Brackley Fell"), 1: (0.0, "Northwind Renewables"), 2: (-8.0, "Alison Meredew")},
     "Which planning inspector approved the Harrowden Moor wind farm?", "Wind farm approved",
     "Alison Meredew"),
    ("The painting, Boar Lane by Moonlight, by the artist John Atkinson Grimshaw, was taken in "
     "2009. Its return was welcomed.", {0: (6.0, "John Atkinson Grimshaw")},
     "What was the Grimshaw painting Boar Lane by Moonlight worth when it was stolen?",
     "Stolen painting found", None),
    ("Connor Blake won the Northern Masters darts title with a thrilling 11-9 victory over "
     "defending champion Ruud van der Berg. He cried.", {0: (6.0, "Ruud van der Berg")},
     "Who won the Northern Masters darts title?", "Blake wins", "Connor Blake"),
    # the leader of another council, said after the name (Peter Langdon was shown)
    ("Councillor Peter Langdon, 67, the leader of Tewkesbury Borough Council, said residents "
     "would be relieved. Work starts soon.", {0: (6.0, "Peter Langdon")},
     "Who is the leader of Gloucestershire County Council?", "Flood scheme delayed", "refused"),
    ("Councillor Peter Langdon, 67, the leader of Tewkesbury Borough Council, said residents "
     "would be relieved. Work starts soon.", {0: (6.0, "Peter Langdon")},
     "Who is the leader of Tewkesbury Borough Council?", "Flood scheme delayed",
     "Peter Langdon"),
    # a place in a series is no count ("71st" was shown), a year no sales ("1987" was shown)
    ("It was the team's 71st call-out of the year, compared with 58 at the same point last "
     "year. He was found.", {0: (6.0, "71st")},
     "How many call-outs did Patterdale Mountain Rescue Team have in the whole of 2019?",
     "Walker found", None),
    ("Marston Arms Group was founded in 1987 and floated on the stock market in 2004. It runs "
     "pubs.", {0: (6.0, "1987 and floated on the stock market in 2004")},
     "What were Marston Arms Group's sales in the previous year?",
     "Pub chain raises prices", "refused"),
    # a count by another deed than asked ("Eleven" evacuated was shown for the homes
    # destroyed), but not by the same deed said otherwise ("dismissed" for "sacked")
    ("Eleven homes on Cliff Terrace in Marwick were evacuated as a precaution on Sunday "
     "morning. Nobody was hurt.", {0: (6.0, "Eleven")},
     "How many homes on Cliff Terrace were destroyed by the Marwick landslide?",
     "Landslide shuts road", "refused"),
    ("Westmarch Police said 27 of its officers had been dismissed for gross misconduct last "
     "year. It was a record.", {0: (6.0, "27")},
     "How many Westmarch Police officers were sacked for gross misconduct last year?",
     "Police sackings", "27"),
    # stop 51's second trials (CY-DD): the age of a person named, then described, is not
    # asked of the role (another councillor's "66" was shown), nor is another's age said in
    # words before her name ("Seventeen" was shown); a figure is no name ("34", her age, was
    # shown), nor a road or a figure a company ("B4172" was shown)
    ("The leader of the opposition Liberal Democrat group, Councillor Tom Eastwood, said "
     "residents deserved answers. Councillor Brian Sowerby, 66, who represents the Castle ward "
     "and leads the planning committee, denies wrongdoing.",
     {0: (2.0, "Liberal Democrat group"), 1: (-4.0, "66")},
     "How old is Councillor Tom Eastwood, the Liberal Democrat group leader in Arlsford?",
     "Councillor faces inquiry", "refused"),
    ("Seventeen-year-old Maisie Tredwell became the youngest winner of the women's elite race. "
     "The event's director, Karen Holt, said the site was chosen for its slopes.",
     {0: (2.0, "Seventeen-year-old Maisie Tredwell"), 1: (-3.0, "M62")},
     "How old is Karen Holt, director of the National Cyclo-cross Championships?",
     "Teenager wins title", "refused"),
    ("The blast happened on Tuesday at a house in Carlow Street. A woman, 34, from the "
     "neighbouring house was treated for burns.", {0: (1.0, "Carlow Street"), 1: (0.8, "34")},
     "What is the name of the woman injured in the house next to the Carlow Street explosion?",
     "Two hurt in explosion", "refused"),
    ("It is the second crash involving a school bus on the B4172 in three years. Eleven pupils "
     "were taken to hospital.", {0: (6.0, "B4172"), 1: (5.5, "Eleven")},
     "Which company ran the school bus that crashed near Aldbury?", "School bus crash", None),
    # a service, a force or a council is a named kind ("heather and peat" was shown)
    ("Firefighters have spent a third day tackling a fire on heather and peat at Brackmoor. It "
     "spread.", {0: (6.0, "heather and peat")},
     "Which fire service is tackling the Brackmoor wildfire?", "Moor fire", "refused"),
    # who came second is not who won ("Tom Garside" was shown)
    ("The men's elite race was won by Tom Garside, 29, for the third year in a row. It rained.",
     {0: (6.0, "Tom Garside")},
     "Who came second in the men's elite race at the National Cyclo-cross Championships?",
     "Garside wins again", None),
    # the figure compared with another of its noun ("74" clubs was shown for this year's
    # crews), and the figure it rose to, said first ("£39m" was shown for the latest profit)
    ("The regatta attracted 612 crews from 74 clubs this year, up from 548 crews last year. "
     "It rained.", {0: (6.0, "548")}, "How many crews entered the Calder Regatta this year?",
     "Regatta record", "612"),
    ("Budgetwise reported sales of £1.62bn. Pre-tax profits rose to £48m from £39m. It grew.",
     {1: (6.0, "£39m")}, "What were Budgetwise's pre-tax profits in its latest year?",
     "Discounter to open stores", "£48m"),
    # the result, not a score on the way ("40-40" was shown for the final score)
    ("Ravensworth Rockets were crowned champions after a tense 52-49 win over Calderbridge "
     "Cats on Saturday. The Rockets led 27-22 at half-time, but the Cats pulled level at 40-40 "
     "early in the final quarter.", {0: (1.0, "52-49"), 1: (0.9, "40-40")},
     "What was the final score when Ravensworth Rockets beat Calderbridge Cats?",
     "Rockets crowned champions", "52-49"),
    # the age of another named after the one asked (trial DG of stop 51: "24" was shown)
    ("Ellie Macrae, a pupil at Forthbridge Academy, beat the defending champion, Hannah Okafor, "
     "24, of Birmingham. She cried.", {0: (6.0, "24")},
     "How old is Ellie Macrae, the new British under-57kg judo champion?",
     "Teenager wins judo title", "refused"),
])
def test_stop_51_trials_short_answers_and_refusals(text, readings, question, title, short):
    answer = _answer_titled(text, readings, question, title, choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "readings", "question", "title", "short"), [
    # stop 52's trials (DI-DN) and README check: a person named first who does what is asked
    # later in the sentence ("Who coaches the under-14 squad?" showed no short answer,
    # "nurse" being another role)
    ("Priya Castell, 29, a nurse from Tadcaster, joined the club in January and now coaches "
     "the under-14 squad. She loves it.", {0: (6.0, "Priya Castell, 29, a nurse from Tadcaster")},
     "Who coaches the under-14 squad?", "Rowing club doubles", "Priya Castell"),
    # a hospice trust called "the charity" (refused who chairs it)
    ("St Brigid's Hospice Trust raised a record £4.72m last year. The charity's chairman, Dr "
     "Anil Mehta, 66, a retired GP, said the trust would open four more beds.",
     {0: (6.0, "£4.72m"), 1: (1.0, "Dr Anil Mehta")}, "Who chairs St Brigid's Hospice Trust?",
     "Hospice's record year", "Anil Mehta"),
    # "its" chairwoman after "Residents' group <the body asked> said..." (refused)
    ("Residents' group Ribblesford Flood Action said its members were relieved. Its chairwoman, "
     "Jean Parry, 72, said winters were hard.", {0: (6.0, "Ribblesford Flood Action")},
     "Who chairs Ribblesford Flood Action?", "Flood scheme delayed", "Jean Parry"),
    # a head teacher is no chief executive, and a role to come is not held (the academy
    # trust's chief executive's and the deputy's ages were asked of the head leaving)
    ("Millbrook Academy was rated inadequate. The trust's chief executive, Angela Moreno, said "
     "a deputy head, Kwame Asante, would become acting head teacher. Head teacher Dr Simon "
     "Farrier, 52, announced his resignation.", {0: (6.0, "inadequate")},
     "How old is the head teacher leaving Millbrook Academy?", "Head teacher resigns", "52"),
    # another body's chief executive, the body said after "the trade body" (shown for the
    # pub chain's)
    ("Harcastle Inns took £61.3m over Christmas. Kate Nicholls, chief executive of the trade "
     "body UKHospitality, said pubs were struggling. Chief executive Philippa Grant, 49, said "
     "teams worked hard.", {1: (6.0, "Kate Nicholls"), 2: (1.0, "Philippa Grant")},
     "Who is the chief executive of Harcastle Inns?", "Harcastle Inns toasts record Christmas",
     "Philippa Grant"),
    # the head of a part of a body is named: not its chief executive ("58" was shown)
    ("Chief executive Margaret Osei, 58, said the total was humbling. Its head of retail, Craig "
     "Lowther, said sales had risen.", {0: (6.0, "58")},
     "How old is St Brigid's head of retail Craig Lowther?", "Hospice's record year", "refused"),
    # a vehicle's age is no person's ("9 years" was shown for the managing director's)
    ("Managing director Alan Greenhalgh said the vehicle was 9 years old and had passed its "
     "last safety inspection. Pupils were hurt.", {0: (6.0, "9 years")},
     "How old is the managing director of Greenline Coaches?", "School bus crash", None),
    # a person not named, asked by what they are (refused)
    ("Eleven pupils were taken to hospital after a school bus overturned. The driver, a "
     "61-year-old man from Lowton, was also treated in hospital.", {0: (6.0, "Eleven")},
     "How old was the driver of the Ashby Moor school bus?", "School bus crash", "61"),
    # a firm's account is no sum it pays or raises, nor is its rival's ("£118m" and "£25m"
    # were shown)
    ("Greystone, which owns 164 pubs, had revenues of £118m last year. It employs 1,400.",
     {0: (6.0, "£118m")}, "How much is Greystone paying to buy the Hallam & Rowe brewery?",
     "Brewery bought", "refused"),
    ("Tallybird's main rival in the UK, the Manchester-based PayHive, raised £25m last spring. "
     "It grew.", {0: (6.0, "£25m")}, "How much new investment has Tallybird raised?",
     "Start-up raises money", "refused"),
    # the age of one described, the person asked named later in the sentence ("24" was shown)
    ("Tom Penrose won the Dalesford Grand Prix. The 24-year-old from Kendrick, who rides for "
     "the Ashcombe team, crossed the line half a wheel ahead of Belgian rider Pieter Vanmol.",
     {1: (6.0, "24-year-old")}, "How old is the cyclist Pieter Vanmol?", "Sprint win",
     "refused"),
    # damage is asked in money ("about 9,000" chickens were shown)
    ("In March, a blaze at a poultry unit near Astwell killed about 9,000 chickens. It was out "
     "by noon.", {0: (6.0, "about 9,000")},
     "How much damage was caused by the fire at the Astwell poultry unit?", "Farm fire",
     "refused"),
    # another named project's figure ("up to 84" turbines were shown for the Tyne Bank's)
    ("The Farne Deep project, developed by the energy company Northwind Renewables, will have "
     "up to 84 turbines. It was approved.", {0: (6.0, "up to 84")},
     "How many turbines will the Tyne Bank wind farm have?", "Wind farm approved", "refused"),
    # "a year earlier" and "last season" ask of a year before the one said ("£88.7m" and
    # "12,980", this year's, were shown)
    ("Marlow & Finch, which operates about 450 pubs, reported festive sales of £88.7m. Shares "
     "rose.", {0: (6.0, "£88.7m")}, "What were Marlow & Finch's festive sales a year earlier?",
     "Pub chain's Christmas", "refused"),
    ("The club's average home attendance this season has been 12,980, up from 9,400 two seasons "
     "ago. Fans are happy.", {0: (6.0, "12,980")},
     "What was Ashworth Town's average home attendance last season?", "Stadium plan",
     "refused"),
    # the kind asked said after the name marked ("Castlebury Magistrates" was marked, unsure:
    # no short answer)
    ("Kieran Walsh, 34, admitted the offence when he appeared at Castlebury Magistrates' Court "
     "on Tuesday. He was fined.", {0: (6.0, "Castlebury Magistrates", 0.3)},
     "Which court did dog owner Kieran Walsh appear before?", "Dog owner fined",
     "Castlebury Magistrates' Court"),
    # a cost said by what it rose to is what it costs now, and no original estimate ("£26m",
    # the estimate, was shown for the cost now, and "£48m" for the estimate)
    ("The cost of a flood defence scheme designed to protect more than 1,100 homes in "
     "Ribblesford has risen to £48m, almost double the original estimate. When it was approved "
     "in 2021, it was expected to cost £26m.", {0: (6.0, "more than 1,100"), 1: (0.0, "£26m")},
     "How much is the Ribblesford flood defence scheme now expected to cost?",
     "Flood scheme costs rise", "£48m"),
    ("The cost of a flood defence scheme in Ribblesford has risen to £48m, almost double the "
     "original estimate. Work continues.", {0: (6.0, "£48m")},
     "What was the original estimated cost of the Ribblesford flood defences?",
     "Flood scheme costs rise", "refused"),
    # a change against a year gives no figure of that year, and a count is no turnover
    # ("£3.6m" of this year, and "1.9 million" tubs, were shown)
    ("The firm said turnover for the summer reached £3.6m, an increase of 41% on 2024. It was "
     "hot.", {0: (6.0, "£3.6m")}, "What was Swaledale Creamery's summer turnover in 2024?",
     "Ice cream maker's record", "refused"),
    ("Swaledale Creamery sold 1.9 million tubs in 2024. It was hot.", {0: (6.0, "1.9 million")},
     "What was Swaledale Creamery's summer turnover in 2024?", "Ice cream maker's record",
     "refused"),
    # a length is no age ("42ft" was shown for a navigator's), an age beside a name is now's,
    # not an earlier deed's ("41" was shown for his age when he reached a quarter-final), shops
    # opened are no shops closed ("145"), a price per litre no price of a takeover
    ("The 42ft yacht Kittiwake, skippered by James Cardell, 52, crossed the line first. It was "
     "windy.", {0: (6.0, "42ft yacht Kittiwake, skippered by James Cardell, 52")},
     "How old is the navigator on the yacht Kittiwake?", "Island race", None),
    ("Darren Hollins, 41, from Hartlepool, who reached the quarter-finals of the world "
     "championship in 2016, lost the final. He was gracious.", {0: (6.0, "41")},
     "How old was Darren Hollins when he reached the world darts championship quarter-finals?",
     "Teenager wins darts title", "refused"),
    ("Carol Fenwick, 23, was found dead in an alleyway on the morning of 12 March 1989. Nobody "
     "was charged.", {0: (6.0, "23")}, "How old was Carol Fenwick when she was murdered?",
     "Cold case reopened", "23"),
    ("Greggs, the UK's largest bakery chain, opened 145 shops last year. It grew.",
     {0: (6.0, "145")}, "How many shops did Greggs close last year?", "Bakery expands",
     "refused"),
    ("Brookvale currently pays its suppliers 38.5p a litre, against the 40.2p a litre paid by "
     "Hollins. Farmers worry.", {0: (6.0, "38.5p a litre")},
     "How much is Brookvale Foods paying to take over Hollins Dairy?", "Dairy taken over",
     "refused"),
    # a profit asked is a sum ("14%" and "September, up 3.1%" were shown)
    ("Calder Valley Building Society has reported a 14% rise in half-year profits. Savers "
     "gained.", {0: (6.0, "14%")},
     "What pre-tax profit did Calder Valley Building Society make in the first half of the "
     "year?", "Building society results", "refused"),
    ("The group reported sales of £418m in the year to September, up 3.1%, but its pre-tax "
     "profit fell from £27.4m to £19.6m. Shares fell.", {0: (6.0, "September, up 3.1%")},
     "What was Marston Arms Group's pre-tax profit in the latest year?", "Pub group results",
     None),
    # a sum being raised is no sum raised so far, a whole country's figure no county's, goals
    # scored no goals conceded ("£240,000", "16" and "41" were shown)
    ("The volunteers are currently raising £240,000 for a new base in Ennerby. They hope to "
     "move soon.", {0: (6.0, "£240,000")},
     "How much has the Wasdale Edge Mountain Rescue Team raised so far for its new base?",
     "Walkers rescued", None),
    ("The RSPB said it had recorded 16 confirmed cases of raptor poisoning in England last "
     "year. It was sad.", {0: (6.0, "16")},
     "How many confirmed cases of raptor poisoning did the RSPB record in Hampshire last year?",
     "Red kites poisoned", "refused"),
    ("The club finished fourth last season, when they scored 41 goals. They were happy.",
     {0: (6.0, "41")}, "How many goals did Harrowfield's women concede last season?",
     "Hockey promotion", "refused"),
    # trials DU-DZ and the README check of 5b5e6b6: runs made are no age ("168" was shown), a
    # depth no time closed ("1.5 metres"), a 40-mile route no count of riders, a change
    # against a year before no figure of it ("£3.2m" of September for last year's), a figure
    # per week now's unless last year's is asked ("more than 210,000" for loaves a week), the
    # figure marked "this year" ("£340,000" of last year was shown)
    ("He shared a stand of 168 for the fourth wicket with wicketkeeper Ollie Barnes, who made "
     "74. It rained.", {0: (6.0, "74")}, "How old is Worcestershire wicketkeeper Ollie Barnes?",
     "Captain's century", "refused"),
    ("The Ashby Vale line was shut on 14 January when the river rose 1.5 metres above the "
     "track. It reopened.", {0: (6.0, "1.5 metres")},
     "How long was the Ashby Vale line closed after the 2007 flood?", "Line reopens", None),
    ("Riders could choose from three routes: a 40-mile family ride, a 75-mile route and a "
     "112-mile route. It was sunny.", {0: (6.0, "40-mile family")},
     "How many riders completed the 112-mile Beast of the Fells route?", "Sportive", None),
    ("The trust received £3.2m in winter funding in September, and answered 61,480 calls in "
     "October, 6% more than a year earlier. It was busy.", {0: (6.0, "£3.2m")},
     "How much winter funding did the West Pennine ambulance trust receive last year?",
     "Ambulance waits", "refused"),
    ("Margaret Oduya said the shop now bakes about 4,200 loaves a week. Last year it baked 1,900 "
     "loaves a week, and this year it expects to sell more than 210,000 loaves in total.",
     {1: (6.0, "210,000"), 0: (5.0, "4,200")}, "How many loaves does the bakery bake a week?",
     "Bakery doubles output", "4,200"),
    ("Turnover was £340,000 last year, and the bakery expects it to reach £520,000 this year. It "
     "grew.", {0: (6.0, "£340,000")},
     "How much does the bakery expect its turnover to be this year?", "Bakery doubles output",
     "£520,000"),
    # ... and the age of a name owning the one asked ("38" for "Dean Carver's barrister"), a
    # place for a height ("Hexford"), another firm's revenue after a clause about it ("£96m"),
    # the new building's cost for the old one's ("£6.5m"), years worked for a jail term ("six
    # years"), and the founder's relative for the founder were shown
    ("Ringleader Dean Carver, 38, of Leeds, was jailed for eight years. He appealed.",
     {0: (6.0, "38")}, "How old is Dean Carver's barrister Simon Keele?", "Scammers jailed",
     "refused"),
    ("St Wilfrid's Cathedral in Hexford has launched a £4.7m public appeal to repair its "
     "spire. It is old.", {0: (6.0, "Hexford")}, "How tall is the spire of St Wilfrid's "
     "Cathedral?", "Spire appeal", None),
    ("Skylark, which is based in Exeter and was founded in 2011, reported pre-tax profits of "
     "£4.2m last year on revenue of £96m. It grew.", {0: (6.0, "£96m")},
     "What was Westwind Air's revenue last year?", "Airline's new routes", "refused"),
    ("A new £6.5m elephant house has opened at Hollinsworth Zoo. Visitors came.",
     {0: (6.0, "£6.5m")},
     "How much did Hollinsworth Zoo's old elephant house cost to build in 1964?",
     "Elephant house opens", "refused"),
    ("The court heard that Darren Pickering had previously worked for a rail maintenance "
     "contractor for six years. He admitted it.", {0: (6.0, "six years")},
     "How long has Darren Pickering been sentenced to for the cable thefts?", "Cable thieves",
     None),
    ("Managing director Clare Harbottle-Finch, 58, the founder's great-great-granddaughter, "
     "said the store would close. It was sad.", {0: (6.0, "Clare Harbottle-Finch")},
     "Who founded the Harbottle's department store in Kirkhallam?", "Store to close", None),
    # "two seasons ago" asks of the season before last ("604", last season's, was shown), and a
    # part of those counted, asked by what was done to it since, is not the whole ("19" cars
    # stolen for those recovered)
    ("Last season he scored 604 Championship runs. He was pleased.", {0: (6.0, "604")},
     "How many Championship runs did Callum Redfern score two seasons ago?",
     "Captain's century", "refused"),
    ("The court heard the gang stole 19 cars using fishing rods pushed through letterboxes. It "
     "was clever.", {0: (6.0, "19")},
     "How many of the cars stolen by the burglary gang have been recovered?", "Burglars jailed",
     "refused"),
    # ... though "found" says "recovered"; the head of a trade is no chief executive ("head
    # brewer"), and a role of the body's kind after the name ("the chief executive of the
    # foundation") is the body's (trials DQ, EB and EE: refused)
    ("Only 9 of the stolen vehicles have been found. Police are looking.", {0: (6.0, "9")},
     "How many of the vehicles stolen by the tractor gang have been recovered?",
     "Tractor thieves jailed", "9"),
    ("Hollin Edge Brewing raised £762,400 from its customers. Head brewer Callum Price, 29, who "
     "joined the company as an apprentice, was delighted.", {0: (6.0, "£762,400")},
     "How old is Hollin Edge Brewing's head brewer?", "Brewery crowdfunding", "29"),
    ("The Pennine Community Foundation gave £9,000. Martin Keogh, 62, the chief executive of "
     "the foundation, said trustees had been moved.", {0: (6.0, "£9,000")},
     "How old is the chief executive of the Pennine Community Foundation?",
     "Breakfast club saved", "62"),
    # a count asked in the present tense, of no time: now's, not the one marked as last
    # year's ("45" was shown: the last README check of stop 52)
    ("Membership has grown too. The society had 45 members last year and now counts 72, many "
     "of them young families.", {1: (6.0, "45")}, "How many members does the society have?",
     "Community garden", "72"),
    # a place set off from, a home town after a trade, an address: no "who" (trials EC, DI
    # and DO of stop 52 showed "La Gomera", "Bexley Heath" and "Little Bramford")
    # (refused since stop 74: "skippered" asks for a skipper, and the passage names none)
    ("The crew set off from La Gomera in the Canary Islands on 3 January. They rowed hard.",
     {0: (6.0, "La Gomera")}, "Who skippered the Tamar Four's boat?", "Atlantic record",
     "refused"),
    ("A primary school teacher from Bexley Heath has completed 100 marathons in 100 days. She "
     "cried.", {0: (6.0, "Bexley Heath")},
     "Who ran 100 marathons in 100 days for a children's cancer charity?", "Marathon record",
     None),
    ("Gillian Marsh, 61, of Church Lane, Little Bramford, denies fraud. The trial continues.",
     {0: (6.0, "Little Bramford")}, "Who is defending Gillian Marsh?", "Clerk on trial", None),
    # last year's figure with its noun between it and "last year" ("412", this year's, was
    # shown: the README check of 29fafd2)
    ("The club now counts 412 members, compared with 305 members last year. Most are children.",
     {0: (6.0, "412")}, "How many members did the club have last year?", "Swimming club grows",
     "305"),
    # ... or in words, after "up from" ("Twenty-three", this season's, was shown: the last
    # README check of stop 52)
    ("Twenty-three volunteers helped this season, up from nine last year. The crowds grew.",
     {0: (6.0, "Twenty-three")}, "How many volunteers helped at the regatta last year?",
     "Harbour regatta", "nine"),
    # an area is no count ("more than 900" hectares was shown for the homes destroyed)
    ("Firefighters have spent a third day tackling a wildfire on Hallam Moor which has burnt "
     "more than 900 hectares. Smoke drifted.", {0: (6.0, "more than 900")},
     "How many homes were destroyed by the Hallam Moor wildfire?", "Moorland fire", "refused"),
])
def test_stop_52_trials_short_answers_and_refusals(text, readings, question, title, short):
    answer = _answer_titled(text, readings, question, title, choose=True)
    assert _shown(answer) == short


def test_a_share_asked_cites_the_sentence_giving_a_percentage_rated_below_the_lead():
    # trial DT of stop 52: "By what percentage did Swaledale Creamery's summer turnover
    # rise?" was refused, "an increase of 41%" rated at 0.70 of the lead
    text = ("Swaledale Creamery sold 1.9 million tubs this summer. The firm said turnover reached "
            "£3.6m, an increase of 41% on last year.")
    question = "By what percentage did Swaledale Creamery's summer turnover rise?"
    readings = {0: (2.2, "1.9 million"), 1: (0.53, "41%")}
    answer = _answer_titled(text, readings, question, "Ice cream maker's record", choose=True)
    assert "41%" in answer.citations[0].quote


def test_a_judge_named_beside_the_title_is_cited_though_rated_low():
    # trial AD (stop 46): "Which judge sentenced Severn Vale Water...?" was refused, the
    # readers rating "Sentencing on Tuesday, Judge Martin Greaves, 61, said..." far below the
    # lead about the guilty plea
    text = ("Severn Vale Water pleaded guilty at Worcester Crown Court to 14 offences. Sentencing "
            "on Tuesday, Judge Martin Greaves, 61, said the company had shown disregard.")
    answer = _answer_titled(text, {0: (6.0, "Worcester Crown Court"), 1: (-4.0, "Martin Greaves")},
                            "Which judge sentenced Severn Vale Water at Worcester Crown Court?",
                            "Water firm fined £4.2m", choose=True)
    assert _shown(answer) == "Martin Greaves"


@pytest.mark.parametrize(("text", "readings", "question", "title", "short"), [
    # trials AI and AJ (stop 47): an age said of someone described, the question's name in a
    # clause about them ("Glyder Fawr" said later was read as the asked person's name: refused)
    ("The 34-year-old man, from Chester, set out alone to walk over Glyder Fach and Glyder "
     "Fawr. He was found.", {0: (6.0, "34-year-old")},
     "How old is the hillwalker who was lost on Glyder Fawr?", "Hillwalker found", "34"),
    # a person asked by what they started, named after "started by" (refused)
    ("A petition to save Pellow Cross, started by retired publican Derek Hale, 72, gathered "
     "5,000 signatures. It failed.", {0: (6.0, "Derek Hale")},
     "How old is the man who started the petition to save Pellow Cross fire station?",
     "Fire stations to close", "72"),
    # "to win" tells of the win (refused)
    ("Scotland's Euan Mackenzie held his nerve to win the Sandridge Open by one shot at Royal "
     "Carrick. He cried.", {0: (6.0, "Euan Mackenzie")},
     "Who won the Sandridge Open at Royal Carrick?", "Mackenzie wins", "Euan Mackenzie"),
    # what a thing will now cost: not what it was to cost at first, nor by how much more
    # ("£318m" and "£37.2m" were shown), but the figure said with "now"
    ("The line was due to open in May 2025 at a cost of £318m. It will open two years late and "
     "cost £96m more than its original budget. A report now says it will cost £414m.",
     {0: (6.0, "£318m"), 1: (6.0, "£96m"), 2: (3.0, "£414m")},
     "How much will Dunmere's Eastway tram line now cost?", "Tram line delayed", "£414m"),
    ("The council originally agreed a budget of £37.2m for Thornfield Park Academy in 2021. "
     "Work began in 2023.", {0: (6.0, "£37.2m")},
     "How much will Thornfield Park Academy now cost to build?", "School costs rise", "refused"),
    # a figure said with three words of the question after it, rated half the best (refused)
    ("Union leaders said 212 officers had left the force in the last 12 months. The force had "
     "3,295 officers at the end of last year, down from 3,610 in 2010.",
     {0: (6.0, "212"), 1: (1.0, "3,295")},
     "How many officers did Harrowdale's police force have at the close of last year?",
     "Police budget approved", "3,295"),
    # "Who speaks for...?" asks for a spokeswoman; "its" after a sentence opening on a common
    # word is of the name that sentence says (refused)
    ("Opponents, led by the Save Meadow Farm campaign group, said the roads could not cope. "
     "Its spokeswoman, Fiona Caddick, 49, said homes had flooded twice.",
     {0: (6.0, "the Save Meadow Farm campaign group"), 1: (-3.0, "Fiona Caddick")},
     "Who speaks for the Save Meadow Farm campaign group?", "Homes approved", "Fiona Caddick"),
    # a prize asked of a place: not the whole prize fund, nor another place's prize (both
    # were shown in bold); the place's own is
    ("The Northern Masters prize fund rose to £650,000 this year. Fans came.",
     {0: (6.0, "£650,000")}, "How much prize money did the Northern Masters runner-up get?",
     "Rourke wins Northern Masters", "refused"),
    ("His victory earned him the winner's cheque of £612,000. Fans came.",
     {0: (6.0, "£612,000")},
     "How much prize money did Henrik Lindqvist win for finishing second in the Sandridge Open?",
     "Mackenzie wins Sandridge Open", "refused"),
    ("Lindqvist, the runner-up, took home £355,000. Fans came.", {0: (6.0, "£355,000")},
     "How much prize money did Henrik Lindqvist win for finishing second in the Sandridge Open?",
     "Mackenzie wins Sandridge Open", "£355,000"),
    # a loss asked, a profit told (of another firm: "Not sure" over the buyer's profits)
    ("Maison Verhaegen reported profits of €41m last year. It is Belgian.", {0: (6.0, "€41m")},
     "How much money did Harlow & Finch lose last year?", "Chocolate factory sold", "refused"),
    # a chairman whose family name is the firm's ("Not sure")
    ("Harlow & Finch's chairman, Robert Finch, 63, said it had been a painful decision. It was "
     "sold.", {0: (6.0, "a painful decision")}, "Who is the chairman of Harlow & Finch?",
     "Chocolate factory sold", "Robert Finch"),
    # years said as a length of time are no age ("26 years", "19 years" were shown)
    ("The shop was put up for sale when its owners, Derek and Sandra Pim, retired after 26 years. "
     "It sold.", {0: (6.0, "26 years")}, "How old is Sandra Pim, the retiring owner of the shop?",
     "Village saves its shop", "refused"),
    # "Who runs...?" asks for a manager too; "<Name>, 62, a retired teacher who chairs the
    # society"; "the new manager" one the shop "will employ"; a cox is a coxswain (all refused)
    ("Among those to shut is the Harrowgate Road centre. Its manager, Dele Okonjo, said 120 "
     "young people use it.", {0: (6.0, "Harrowgate Road"), 1: (0.0, "120")},
     "Who runs the Harrowgate Road youth centre in Stowbridge?", "Youth centres to close",
     "Dele Okonjo"),
    ("The society is buying Ashcombe Village Stores. Helen Marchetti, 62, a retired teacher who "
     "chairs the society, said the response had been overwhelming.",
     {0: (6.0, "The society"), 1: (0.0, "overwhelming")},
     "Who chairs the society that is buying Ashcombe Village Stores?", "Village saves its shop",
     "Helen Marchetti"),
    ("The society bought the Ashcombe village shop. It will employ a paid manager, Kirsty Dean, "
     "34, who runs a farm shop.", {0: (6.0, "The society"), 1: (0.0, "34")},
     "How old is the new manager of the Ashcombe village shop?", "Village saves its shop", "34"),
    ("Durwell won the race. Their coxswain, Ellie Brannigan, 21, weighed in at 54kg.",
     {0: (6.0, "Durwell"), 1: (0.0, "21")}, "How old is the cox of Durwell's men's boat?",
     "Durwell win boat race", "21"),
    # "its" after a sentence whose subject the question names, though no name of it ("The GMB
    # union, which represents...": refused)
    ("The GMB union, which represents about 300 of the workers, welcomed the news. Its regional "
     "organiser, Denise Fairlie, said pay talks would follow.",
     {0: (6.0, "The GMB union"), 1: (0.0, "Denise Fairlie")},
     "Who is the GMB union's regional organiser for the Harwood factory workers?",
     "Engineering firm wins contract", "Denise Fairlie"),
    # a ringleader's role, a horse's trainer, and no body for who founded a group ("Not sure",
    # which left the next turn's "he" unread; "St Bride's Primary School" in bold)
    ("Ringleader Connor Walsh, 34, of Rotherham, was jailed for 11 years. Others were jailed.",
     {0: (6.0, "11 years")}, "Who was the ringleader of the South Yorkshire burglary gang?",
     "South Yorkshire burglary gang jailed", "Connor Walsh"),
    ("Copper Lantern won the Kelburn Gold Cup, giving trainer Moira Devlin the biggest win of her "
     "career. Fans came.", {0: (6.0, "Kelburn Gold Cup")}, "Who trains Copper Lantern?",
     "Outsider wins Gold Cup", "Moira Devlin"),
    ("Clean Air Kingsfield, a campaign group founded by parents at St Bride's Primary School, "
     "backed the charge. Traders did not.", {0: (6.0, "St Bride's Primary School")},
     "Who founded the Clean Air Kingsfield campaign group?", "Clean air charges rise", None),
    # trials AO and AP: a role asked by its noun, said by its verb after the name (refused); a
    # year is no amount ("1868" in bold for a turnover); the figure marked as of the time asked
    # ("£32m" and "£18.2m" were shown for the original estimate and the year before's profit)
    ("Tolland's Brewery in Market Ashby was sold. Peter Hindle, 71, a retired engineer who "
     "chairs the "
     "local branch of the Campaign for Real Ale (Camra), said takeovers were bad.",
     {0: (6.0, "Monday"), 1: (0.0, "Peter Hindle, 71")},
     "How old is the chairman of the Camra branch in Market Ashby?", "Brewery sold", "71"),
    ("Tolland's Brewery, which has brewed beer in Market Ashby since 1868, was sold on Monday. "
     "Staff cheered.", {0: (6.0, "1868")},
     "What was Tolland's Brewery's turnover the previous year?", "Brewery sold", "refused"),
    ("The centre cost £32m against an original estimate of £25m. It opened on Monday.",
     {0: (6.0, "£32m")}, "What was the original estimated cost of Arlsford's leisure centre?",
     "Leisure centre opens", "£25m"),
    ("Pennington reported pre-tax profits of £18.2m for the year to December, down from £27.5m a "
     "year earlier. Shares rose.", {0: (6.0, "£18.2m")},
     "What were Pennington Motor Group's pre-tax profits in the previous year?",
     "Car dealer agrees takeover", "£27.5m"),
    # trial AR: a guide price is not what a thing fetched ("£385,000" was shown); a village
    # named by its kind is no buyer ("Tremorva" was shown in bold)
    ("The Gull Point lighthouse had been listed with a guide price of £385,000. It sold.",
     {0: (6.0, "£385,000")}, "How much did the Gull Point lighthouse fetch at auction?",
     "Lighthouse sold", "refused"),
    ("The Gull Point lighthouse, near the village of Tremorva, had been listed for sale. It sold.",
     {0: (6.0, "Tremorva")}, "Who bought the Gull Point lighthouse?", "Lighthouse sold", None),
    # trials AS and AT: no age over 115 ("640" was shown for a chief executive's age); costs
    # ordered are not the fine; a place is no company; what a contract is worth asks money;
    # what a scheme will cost is not what it had been expected to cost at first
    ("Ailsa Marine's chief executive, Fiona Gallacher, said the yard, which employs 640, was "
     "busy. It grew.", {0: (6.0, "640")},
     "How old is Fiona Gallacher, the chief executive of Ailsa Marine Engineering?",
     "Shipyard wins contract", "refused"),
    ("As well as the fine, Hollins Agricultural Ltd was ordered to pay costs of £18,600. It "
     "apologised.", {0: (6.0, "£18,600")}, "How much was the company Hollins Agricultural Ltd "
     "fined?", "Farm firm fined", "refused"),
    ("Community groups around the Cefn Uchaf wind farm in Powys have shared £420,000 in grants. "
     "They were pleased.", {0: (6.0, "Powys")},
     "Which company operates the Cefn Uchaf wind farm?", "Wind farm grants", None),
    ("The order for Ailsa Marine Engineering, from the ferry operator Northern Isles Shipping Ltd, "
     "is its largest. It was signed.", {0: (6.0, "Northern Isles Shipping Ltd")},
     "What is the ferry contract won by Ailsa Marine Engineering worth?",
     "Shipyard wins contract", "refused"),
    ("The scheme had been expected to cost £9.5m when it was first proposed in 2017. Work "
     "starts soon.", {0: (6.0, "£9.5m")},
     "How much will the Ellbridge flood defence scheme cost?", "Flood defences approved",
     "refused"),
    # trials AU and AV: a rider's home town is no "who" ("Harrogate" was shown for who won),
    # "Leicester-based" no company; "from September" asks no time before ("£2.45" was shown
    # of "rise from £2.45 to £2.60 from September")
    ("A 23-year-old rider from Harrogate has won the men's national road race championship. "
     "He cried.", {0: (6.0, "Harrogate")},
     "Who won the men's national road race championship in Saltburn?", "Rider wins", None),
    ("The council awarded the contract to the Leicester-based firm. It starts soon.",
     {0: (6.0, "Leicester-based")}, "Which company will cook school dinners in Arlsford?",
     "School meals contract", None),
    ("The price of a school meal will rise from £2.45 to £2.60 from September. Parents "
     "objected.", {0: (6.0, "£2.45")},
     "How much will parents in Arlsford pay for a school meal from September?",
     "School meals contract", "£2.60"),
    # an age said with "is" after the name (two README checks were refused it)
    ("The oldest volunteer, retired welder Dennis Quarmby, is 81 and fitted the new engine. "
     "It ran.", {0: (6.0, "retired welder")}, "How old is Dennis Quarmby?",
     "Narrowboat restored", "81"),
    # ... or with "who at" (the README check of stop 51 was refused it)
    ("Skipper Jenna Rowe, who at 29 is the firm's youngest captain, said crews wanted a quieter "
     "boat. It sails soon.", {0: (6.0, "Skipper Jenna Rowe")}, "How old is Jenna Rowe?",
     "Electric ferry ordered", "29"),
])
def test_trials_ai_on_short_answers_and_refusals(text, readings, question, title, short):
    answer = _answer_titled(text, readings, question, title, choose=True)
    assert _shown(answer) == short


_OLDROYD = ("Pennine Vale Homes received 1,846 complaints about damp. The figure doubled.",
            "Tenants were angry. Chief executive Martin Oldroyd, 58, told the board that the "
            "figures made uncomfortable reading.")


@pytest.mark.parametrize(("text", "readings", "question", "title", "short"), [
    # trials AT to AV (stop 47), refused: a find "previously unknown" withholds nothing; a
    # role said short ("PC") or for what it is ("Event organiser") before the name
    ("Archaeologists excavating Rievington Abbey have uncovered a previously unknown chapter "
     "house and a hoard of 63 silver coins. The dig ended.", {0: (6.0, "63")},
     "How many silver coins were in the hoard found at Rievington Abbey?", "Abbey dig", "63"),
    ("PC Liam Ferris, 34, of Westmarch Police, was found to have committed gross misconduct. He "
     "was dismissed.", {0: (6.0, "gross misconduct")},
     "How old is the Westmarch police constable dismissed over the crash scene photographs?",
     "Police officer sacked", "34"),
    ("The Stoke Bruerne canal festival drew 14,300 visitors. Event organiser Rachel Tunnicliffe, "
     "38, said the sunshine had helped.", {0: (6.0, "14,300")},
     "How old is the organiser of the Stoke Bruerne canal festival?", "Canal festival", "38"),
    # ... and a body of people opening the sentence is no one asked by a role or deed
    ("Archaeologists excavating Rievington Abbey have uncovered a hoard of coins, the team "
     "leading the dig has announced. The dig ended.", {0: (6.0, "Archaeologists")},
     "Who led the excavation at Rievington Abbey?", "Abbey dig", None),
    # trials AW and AX (stop 48): no count of a time's minutes ("41" of "11:41" was shown for
    # a crew), of a score after the side beaten ("2-1" for fans), nor of another figure after
    # a comma ("212 shops, putting about 300"); no day for a time asked ("Sunday")
    ("The all-weather lifeboat launched at 11:41 with a crew of seven, and the inshore lifeboat "
     "followed. It was calm.", {0: (6.0, "seven")},
     "How many crew were aboard Whitby's inshore lifeboat during the kayak rescue?", "Rescue",
     "seven"),
    ("Sheffield last won the league in 2015, when they beat Cardiff Wolves 2-1 in the final. "
     "Fans cheered.", {0: (6.0, "2-1")},
     "How many fans watched the Steelhawks' 2015 league final?", "Steelhawks win", "refused"),
    ("Paperlark will close 38 of its 212 shops, putting about 300 jobs at risk. Shares fell.",
     {0: (6.0, "212 shops, putting about 300")},
     "How many shops does the card retailer Paperlark run?", "Profit warning", "212"),
    ("Castlegate Quarter will include 420 flats, of which 84 will be affordable homes. Work "
     "starts soon.", {0: (6.0, "420 flats, of which 84")},
     "How many of the Castlegate Quarter flats will be affordable homes?", "Bus station", "84"),
    ("Rhys Penhale smashed the course record to win the Harwick Triathlon on Sunday. He was "
     "delighted.", {0: (6.0, "Sunday")},
     "What time did the men's winner record at the Harwick Triathlon?", "Triathlon", None),
    # ... and a sentence opening on another body says its figure ("£14.2m", Harbourline's
    # operating profit, was shown for Crestway's)
    ("Harbourline made revenue of £96.4m in the year to March, with operating profit of £14.2m. "
     "Shares rose.", {0: (6.0, "£14.2m")},
     "What operating profit did Crestway Hospitality Group make in the year to March?",
     "Hotel group sold", "refused"),
    # trials AY and AZ (stop 48): the figure the one marked beats, or the whole it includes
    # ("£71,000", last year's total, and "14" PhD studentships were shown); a change's years
    # both told ("7,912" of 2022 was shown for 2021); putting money in asks money ("about
    # 30,000" tonnes was shown)
    ("The Big Sleep Out has raised £86,400 so far, beating last year's total of £71,000. It "
     "was cold.", {0: (6.0, "£71,000")},
     "How much money has the Castlegate Big Sleep Out raised so far?", "Sleep out", "£86,400"),
    ("The university said 32 new research posts would be created, including 14 PhD "
     "studentships. It was pleased.", {0: (6.0, "14")},
     "How many new research jobs will the Wexbridge University battery grant create?",
     "Battery grant", "32"),
    ("Reported thefts of catalytic converters fell from 7,912 in 2022 to 3,460 in 2023. Police "
     "were pleased.", {0: (6.0, "7,912")},
     "How many catalytic converter thefts were reported in the West Midlands in 2021?",
     "Gang jailed", "refused"),
    ("Rendell Homes said about 30,000 tonnes of concrete would be crushed and reused. Work "
     "starts soon.", {0: (6.0, "about 30,000")},
     "How much is Rendell Homes putting into the Castlegate Quarter scheme?", "Bus station",
     "refused"),
    # a chain "founded by" someone was started by them (refused); "Town mayor Councillor Raj
    # Bhatia, 45," is the town's mayor (refused)
    ("Harbourline was founded in 1979 by Alistair Munro, who opened a guest house in Oban. It "
     "grew.", {0: (6.0, "Alistair Munro")}, "Who started the Harbourline Hotels chain?",
     "Hotel group sold", "Alistair Munro"),
    ("The Brackley Moor and District Allotment Society opened its site. Town mayor Councillor "
     "Raj Bhatia, 45, cut the ribbon.", {0: (6.0, "Society")},
     "How old is the mayor of Brackley Moor?", "Allotment society opens new site", "45"),
    # a person named by a role is no name of a group, and "calling itself" names it (the
    # council's chief executive was shown for the criminal group)
    ("The council's chief executive, Paul Denholm, said it was a serious attack. A criminal "
     "group calling itself Black Heron has claimed responsibility.",
     {0: (6.0, "Paul Denholm"), 1: (3.0, "responsibility")},
     "What is the name of the criminal group that claimed the Marlow Vale council cyber attack?",
     "Council hit by cyber attack", "Black Heron"),
    # who set the record beaten (trials L, AC, AX and AZ showed the new holder or another)
    ("Kiprono finished 38 seconds ahead of second-placed Abel Mutai. He crossed the line in "
     "60:41, beating the previous record of 61:19 set by Ethiopia's Tesfaye Alemu in 2019.",
     {0: (6.0, "Abel Mutai"), 1: (2.0, "Kiprono")},
     "Who held the Bramford Half Marathon course record before Daniel Kiprono?", "Race",
     "Tesfaye Alemu"),
    # trials BA and BB (stop 48): "More than" tells of no rise (refused as one for "lose");
    # a role said of its side opening the sentence (refused); a figure said after the noun
    # asked, the readers unsure of their span (refused); a number spelt out whole ("fifty")
    ("More than 6,800 NHS patients in Pellingham will be left without a dentist. It is sad.",
     {0: (6.0, "6,800")},
     "How many NHS patients will lose their dentist when the Pellingham practice shuts?",
     "Dental practice to close", "More than 6,800"),
    ("Prosecuting for the council, Elaine Gribbin told the court that Liverpool City Council "
     "found nine people at the Kempston Street flats. It was a trap.", {0: (6.0, "nine people")},
     "Who prosecuted the Kempston Street landlord for Liverpool City Council?",
     "Landlord fined", "Elaine Gribbin"),
    ("It reported sales of £410m last year, up from £365m the year before. Shares rose.",
     {0: (0.0, "£410m last year, up from £365m", 0.15)},
     "What were Calder Pharma's sales last year?",
     "Drug maker opens factory", "£410m"),
    ("\"Three hundred and fifty jobs is a big number for a town like Blyth,\" he said. It opens "
     "soon.", {0: (6.0, "fifty")},
     "How many jobs will Calder Pharma's new factory in Blyth create?",
     "Drug maker opens factory", "Three hundred and fifty"),
    # trials BC and BD (stop 48): a firm named with "&" asks its figures ("3.1%", a fall,
    # was shown for its total sales); a profit is no sales figure; in an article with no
    # date, a figure said of this year is not last year's, nor one of last year this year's
    # (unless compared: "up from an estimated 115,000 last year")
    ("The rival chain Chapter & Verse said its Christmas sales had fallen by 3.1%. It will "
     "close stores.", {0: (6.0, "3.1%")},
     "What were Chapter & Verse's total sales over Christmas?", "Bookshop chain", "refused"),
    ("Marlowe & Finch had made a profit of £1.1m the year before. Shares fell.",
     {0: (6.0, "£1.1m")}, "What were Marlowe & Finch's sales the year before last?",
     "Furniture maker", "refused"),
    ("The airport expects to handle about 13.5 million passengers this year. It is busy.",
     {0: (6.0, "about 13.5 million")},
     "How many passengers travelled through Northfield Airport last year?", "Airport record",
     "refused"),
    ("Visitor numbers at the reserve rose to 41,000 last year. Bitterns nested.",
     {0: (6.0, "41,000")}, "How many visitors is Fenholt Marsh expected to receive this year?",
     "Bitterns nest", "refused"),
    ("Race director Stephen Ackroyd said about 140,000 spectators had lined the route, up from "
     "an estimated 115,000 last year. It rained.", {0: (6.0, "about 140,000")},
     "How many spectators watched the Tour of the Dales this year?", "Race", "about 140,000"),
    # trial BE: what a role opening its sentence is of, a common word ("Museum director")
    ("The car was taken from the Cotswold Motoring Heritage Centre. Museum director Anthony "
     "Pryce, 52, said the thieves had cut through a shutter.", {0: (6.0, "Cotswold")},
     "Who is the director of the Cotswold Motoring Heritage Centre?", "Vintage car stolen",
     "Anthony Pryce"),
    # trial BG: the body a role is of called by what it is ("The leader of the council,
    # Councillor Amir Qureshi,"); a founder sharing the firm's name, "founded in 1998 by",
    # and an age said "now 72" (both refused)
    ("North Halden District Council approved the plan. The leader of the council, Councillor "
     "Amir Qureshi, said no site would please everybody.", {0: (6.0, "North Halden")},
     "Who leads North Halden District Council?", "Crematorium approved", "Amir Qureshi"),
    ("Ashby Row was founded in 1998 by Robert Ashby, now 72, who opened the first shop. It "
     "grew.", {0: (6.0, "1998")}, "How old is the founder of Ashby Row?", "Ashby Row profits",
     "72"),
    # trials BI and BJ: a figure joined to what it counts is shown alone ("650-space"), and a
    # sum at the end of a span opening on another figure alone ("30 June reached £61.8m")
    ("The council said the 650-space car park at Marsh Lane would open in May. Buses run.",
     {0: (6.0, "650-space")},
     "How many parking spaces will the new Marsh Lane park-and-ride in Kettlebridge have?",
     "Park and ride", "650"),
    ("The firm said pre-tax profits for the year to 30 June reached £61.8m. Shares rose.",
     {0: (6.0, "30 June reached £61.8m")},
     "How much pre-tax profit did Kestrel Homes make in its latest financial year?",
     "Housebuilder results", "£61.8m"),
    # the last README check: "founded in 2016 by retired nurse Margaret Okafor" ("Not sure")
    ("The Harehills Community Pantry was founded in 2016 by retired nurse Margaret Okafor. It "
     "grew.", {0: (6.0, "2016")}, "Who founded the Harehills Community Pantry?",
     "Food bank demand", "Margaret Okafor"),
    # ... nor anyone asked by a deed ("Firefighters" was shown for who was charged)
    ("Firefighters were called to Calderbrook Mill, and a man has been charged with arson "
     "over the fire. It burned for days.", {0: (6.0, "Firefighters")},
     "Who has been charged over the Calderbrook Mill fire?", "Mill fire", None),
    # trial BF: a sum said just after the person asked ("£14,000", her husband's, was shown)
    ("Gareth Pryce was fined £14,000 and Sian Pryce £10,000. They wept.",
     {0: (6.0, "£14,000")}, "How much was Sian Pryce fined for puppy farming?", "Puppy farm",
     "£10,000"),
    # trials BM and BN: a number in a name is no count ("14" of "near Lock 14" was shown)
    ("The breach happened on the canal near Lock 14, flooding homes in Milldale. Residents "
     "left.", {0: (6.0, "14")},
     "How many homes were flooded when the canal bank collapsed at Milldale?", "Canal breach",
     "refused"),
    # a sum said after a verb of the question's ("awarded" for "given") is cited, not a
    # sentence the readers rate above it without one (trial AZ cited the latter)
    ("A university in the East Midlands has been awarded £18.4m to develop cheaper batteries. "
     "The money for Wexbridge University comes from the EPSRC and will fund a five-year "
     "programme.", {0: (2.0, "£18.4m"), 1: (3.0, "five-year")},
     "How much money has Wexbridge University been given to develop sodium-ion batteries?",
     "Battery grant", "£18.4m"),
])
def test_trials_aw_on_short_answers_and_refusals(text, readings, question, title, short):
    answer = _answer_titled(text, readings, question, title, choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("title", "short"), [
    # a role opening its sentence, owned by no one, is the body the article is about (trial
    # AU, stop 47, refused), not when the headline names another ("Hartwell Inns": six near
    # misses of trials R to AO asked about a rival so)
    ("Housing association apologises as damp complaints double", "58"),
    ("Hartwell Inns apologises to tenants", "refused"),
    # nor by where the story happens ("Pharmacy chain to close 37 branches in north-west
    # England": trial CG, stop 50, refused who the chain's chief executive is)
    ("Housing association apologises to tenants in West Yorkshire", "58"),
    ("Hartwell Inns apologises to tenants in West Yorkshire", "refused"),
])
def test_a_role_owned_by_no_one_is_the_article_s_body(title, short):
    answer = _answer_of_two_chunks(*_OLDROYD, {"Tenants": (6.0, "Tenants"),
                                               "Oldroyd": (-3.0, "58")},
                                   "How old is the chief executive of Pennine Vale Homes?", title)
    assert _shown(answer) == short


_CREMATORIUM = ("Councillors approved the £14.6m scheme for a crematorium on Wednesday night. The "
                "crematorium will carry out about 1,100 cremations a year. Wexbury is growing.")


@pytest.mark.parametrize(("readings", "keeps"), [
    # the readers' best, rated over FIGURE_UNSHOWN_BELOW and giving the sum asked, stays first
    # over a sentence with a count for it (trial BG, stop 48: the chooser's pick was refused)
    ({0: (2.0, "£14.6m"), 1: (0.0, "1,100")}, True),
    # ... not when the readers rate it low
    ({0: (-1.0, "£14.6m"), 1: (-2.0, "1,100")}, False),
])
def test_the_readers_best_keeps_its_figure_over_the_chooser_s(readings, keeps):
    from qa.answering import _keeps_its_figure
    chunk = stored_chunk(_CREMATORIUM, title="Crematorium approved")
    s = chunk.sentences
    judged = judge_sentences("How much will the new crematorium in Wexbury cost?",
                             ranked(chunk, [0.5, 0.4, 0.3]),
                             FakeReader({_CREMATORIUM[s[i][0] : s[i][1]]: reading
                                         for i, reading in readings.items()}))
    best, other = judged[0], next(j for j in judged if "1,100" in j.sentence.text)
    assert _keeps_its_figure("How much will the new crematorium in Wexbury cost?", best, other,
                             judged) is keeps


_REGAL = ("The Regal, on Carrow Street, first opened in 1936 and closed in 2006 after years of "
          "falling audiences. It has reopened.")
_MARATHON = ("The men's race was won by Daniel Okafor, 31, of Birchfield Harriers, in 2:14:36. "
             "It rained.")
_APPEAL = ("The hospice said last year's Christmas appeal raised £186,000, a record. It thanked "
           "donors.")


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trials BN and BO (stop 49): what an undated story tells of its own year is no answer
    # to last year's, the year before last's or the previous year's, whatever is asked
    # (a race's winning time was shown for last year's)
    (_MARATHON, {0: (6.0, "2:14:36")},
     "What was the winning time in last year's Calderbridge Marathon men's race?", "refused"),
    (_MARATHON, {0: (6.0, "2:14:36")},
     "What was the winning time in the Calderbridge Marathon men's race?", "2:14:36"),
    (_APPEAL, {0: (6.0, "£186,000")},
     "How much did the Little Acorns hospice Christmas appeal raise the year before last?",
     "refused"),
    (_APPEAL, {0: (6.0, "£186,000")},
     "How much did the Little Acorns hospice Christmas appeal raise last year?", "£186,000"),
    # a date asked tells its own time: "the busiest single day was Friday 26 July" answers
    # which day of last year was busiest in an undated story (trial BD)
    ("August was the busiest month, and the busiest single day was Friday 26 July. It rained.",
     {0: (6.0, "Friday 26 July")}, "Which day was the busiest ever at Northfield Airport last "
     "year?", "Friday 26 July"),
    ("Greenacre reported sales of £41.6m in the year to January. Profit rose.",
     {0: (6.0, "£41.6m")}, "What were Greenacre's sales in the previous financial year?",
     "refused"),
])
def test_trials_bo_on_years_asked(text, readings, question, short):
    answer = _answer_titled(text, readings, question, "Results", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial BP (stop 49): a figure's sign is the answer's ("11.2C" was shown for "minus
    # 11.2C"), but not a dash joining two figures
    ("The lowest temperature recorded overnight was minus 11.2C at Redesdale. Roads shut.",
     {0: (6.0, "11.2C")}, "What was the lowest temperature recorded during the snowstorm?",
     "minus 11.2C"),
    ("The lowest temperature overnight was -4C at Kielder. Roads shut.", {0: (6.0, "4C")},
     "What was the lowest temperature recorded at Kielder?", "-4C"),
    ("Harrowgate won the final 24-19 at Kelworth. Fans cheered.", {0: (6.0, "19")},
     "How many points did Harrowgate's opponents score in the final?", "19"),
    # trial BR: a role, what it is of, then a description without an article before the
    # name ("The chair of trustees, retired solicitor Alan Prescott, 67," was refused)
    ("Harbourside Shelter Trust runs hostels. The chair of trustees, retired solicitor Alan "
     "Prescott, 67, said the rise reflected extra work.", {0: (3.0, "hostels"), 1: (-3.0, "67")},
     "How old is the chair of trustees of the Harbourside Shelter Trust?", "67"),
    # trial BQ: a span of two dates, each after its deed ("1936 and closed in 2006" was
    # shown for the year the cinema shut): the date of the deed asked, and none for another
    # deed (trial BU: "1974, closed in 2022" for when building work came to a halt)
    (_REGAL, {0: (6.0, "1936 and closed in 2006")},
     "In what year did the Regal cinema in Hexley shut down?", "2006"),
    (_REGAL, {0: (6.0, "1936 and closed in 2006")},
     "In what year did building work on the Regal cinema in Hexley halt?", None),
    # trial BS: a founder named after "set up by" and words describing him (refused)
    ("The Sandhu Family Foundation was set up by businessman Harjit Sandhu, 74, whose wife "
     "died in 2016. It gives grants.", {0: (-3.0, "2016")},
     "How old is the founder of the Sandhu Family Foundation?", "74"),
    # trial BT: a sum said after a verb meaning the question's ("went under the hammer for"
    # for "fetch": "46", its units, was shown), and the sum of the body asked, not that of
    # the clause before it ("£48,000", what members raised, was shown for the council's)
    ("The Kingsgate Centre in Hollinbridge, which has 46 units over two floors, went under "
     "the hammer for £2.1m on Wednesday. It was empty.", {0: (6.0, "46")},
     "How much did the Kingsgate Centre in Hollinbridge fetch at auction?", "£2.1m"),
    ("It was saved after members raised £48,000 in eight months and Manchester City Council "
     "gave a grant of £20,000. Boxers cheered.", {0: (6.0, "£20,000")},
     "How much did Manchester City Council give towards buying the Gorton boxing club's hall?",
     "£20,000"),
    # trial AD (replayed): a sum, not who gave it ("£250,000 from the Art Fund charity")
    ("The gallery raised the money with a grant of £600,000 from the lottery and £250,000 "
     "from the Art Fund charity. It opens soon.", {0: (6.0, "£250,000 from the Art Fund charity")},
     "How much did the Art Fund give towards the Whitcombe gallery's Turner purchase?",
     "£250,000"),
    # trial BV: a place after "from" is no one who won ("Monmouth" was shown), and a count
    # no time taken ("174 in 2023", starters, for how long the winner took)
    ("A 58-year-old canoeist from Monmouth has won the Wye Valley Canoe Marathon. It rained.",
     {0: (6.0, "Monmouth")}, "Who won the men's Wye Valley Canoe Marathon this year?", None),
    ("The race attracted 212 starters this year, up from 174 in 2023. It rained.",
     {0: (6.0, "174 in 2023")},
     "How long did it take the winner of the Wye Valley Canoe Marathon to finish?", None),
    # trial CC: ages are no time two men were jailed for ("27 and 34" was shown), a length
    # is no time taken, but answers how long a thing is
    ("Carl Dobson and Lee Hirst, aged 27 and 34, stole the cable. They were jailed.",
     {0: (6.0, "27 and 34")},
     "How long were the two men who stole the railway cable in South Yorkshire jailed for?",
     None),
    ("Cornwall Council said a 1.2-mile section of the path would remain closed. Walkers wait.",
     {0: (6.0, "1.2-mile")}, "How long is the closed section of coast path near Porthcarrow?",
     "1.2-mile"),
    ("Geraint Pugh finished the race in 13 hours and 41 minutes. It rained.",
     {0: (6.0, "13 hours and 41 minutes")},
     "How long did it take the winner of the Wye Valley Canoe Marathon to finish?",
     "13 hours and 41 minutes"),
    # trial BU: a figure said of the new thing is no answer for the old one
    ("A new £14.6m swimming pool in Thornbury will not open until 2027. Swimmers wait.",
     {0: (6.0, "£14.6m")}, "How much did the old Thornbury swimming pool cost to build?",
     "refused"),
    ("A new £14.6m swimming pool in Thornbury will not open until 2027. Swimmers wait.",
     {0: (6.0, "£14.6m")}, "How much will the new Thornbury swimming pool cost?", "£14.6m"),
    # ... nor one said of the old thing a few words before it (the last README check: "The
    # old hall cost £2m" was shown for the new hall's cost)
    ("The old hall cost £2m in 1990. It was too small.", {0: (6.0, "£2m")},
     "How much did the new hall cost?", "refused"),
    ("The old hall cost £2m in 1990. It was too small.", {0: (6.0, "£2m")},
     "How much did the old hall cost?", "£2m"),
    # ... nor one said of the original thing an answer for the new one
    ("The original £9m budget for the Thornbury pool was spent long ago. Swimmers wait.",
     {0: (6.0, "£9m")}, "What is the new budget for the Thornbury swimming pool?", "refused"),
    # trial BV: a figure said of last year and one it is compared with in 2022: the first
    # for last year ("61,000" was shown), neither for a year before 2022 (an undated story)
    ("The fair attracted an estimated 84,000 visitors last year, up from 61,000 in 2022. It "
     "closed.", {0: (6.0, "61,000")},
     "How many people went to the Kettlewick Winter Fair last year?", "84,000"),
    ("The fair attracted an estimated 84,000 visitors last year, up from 61,000 in 2022. It "
     "closed.", {0: (6.0, "61,000")},
     "How many people visited the Kettlewick Winter Fair in 2021?", "refused"),
    # trials BT and BY: the figure of the year asked, not what it is "compared with a loss
    # of" ("£2.6m" was shown), also asked "before tax" (no time before) and of "January 2024"
    ("Greggson's made a loss of £4.2m in the year to January, compared with a loss of £2.6m "
     "the year before. Shops shut.", {0: (6.0, "£2.6m")},
     "How much money did Greggson's lose in the year to January?", "£4.2m"),
    ("The firm made a pre-tax loss of £6.8m in the year to January 2024, compared with a loss "
     "of £2.1m the year before. Shops shut.", {0: (6.0, "£2.1m")},
     "How much did Hartwell & Lane lose before tax in the year to January 2024?", "£6.8m"),
    # trial BY: past 105 a figure is no age unless said as one ("His highest break of the
    # tournament was 112" was shown for a player's age)
    ("His highest break of the tournament was 112, against Oscar Field. Fans cheered.",
     {0: (6.0, "112")}, "How old is Oscar Field, the Ipswich player Liam Crossley beat?",
     "refused"),
    ("The oldest resident, Oscar Field, aged 108, cut the ribbon. Fans cheered.",
     {0: (6.0, "108")}, "How old is Oscar Field, the resident who cut the ribbon?", "108"),
    # trial BZ: who did the deed asked, named just before its verb ("Torvale", the side
    # penalised later in the sentence, was shown)
    ("Fly-half Megan Tregellas, 22, kicked the winning points after Torvale were penalised. "
     "Fans cheered.", {0: (6.0, "Torvale")},
     "Who kicked the winning penalty for Ashbury Belles in the Devon Women's Cup final?",
     "Megan Tregellas"),
    # the README check of stop 49: an age said of the name just before it, described ("won
    # by Tom Brennan, a 19-year-old student from Scarborough" was refused), and a grant
    # asked as money ("22", the grants given, was shown for the council grant)
    ("The 800-metre race was won by Tom Brennan, a 19-year-old student from Scarborough, in "
     "11 minutes. Last year's winner was second.", {0: (6.0, "19-year-old")},
     "How old is Tom Brennan?", "19"),
    ("The bakery bought a second oven with a £45,000 council grant awarded in March. Helen "
     "Marsh said the grant was one of 22 given to small food businesses this year.",
     {0: (2.0, "£45,000"), 1: (3.0, "22")}, "How much was the council grant?", "£45,000"),
    # trials BO, BP, BU and CA (stop 49): an age asked by a trade the closed list of roles
    # lacked ("How old is the retired postman who found the Wrenbury coin hoard?" was refused
    # beside "Graham Pickering, 61, a retired postman from Nantwich, found the first coins")
    ("Graham Pickering, 61, a retired postman from Nantwich, found the first of the Wrenbury "
     "coins. Experts were amazed.", {0: (6.0, "Nantwich")},
     "How old is the retired postman who found the Wrenbury coin hoard?", "61"),
    ("The Thornby coin's proceeds will be split with the landowner, farmer Gareth Lyle, 48. "
     "Experts were amazed.", {0: (6.0, "Gareth Lyle")},
     "How old is the farmer who owns the field where the Thornby coin was found?", "48"),
])
def test_trials_bo_on_short_answers(text, readings, question, short):
    answer = _answer_titled(text, readings, question, "Results", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("question", "short"), [
    # trial BF (replayed at stop 49): a sum said before the noun asked, which the readers
    # marked but were unsure of ("a new £8.4m building"), is the short answer (was refused)
    ("How much did the new Brookfield Primary School building cost?", "£8.4m"),
    ("How much did the new Brookfield Primary School car park cost?", None),
])
def test_a_sum_said_before_the_noun_asked_is_the_short_answer(question, short):
    # (and the sum alone when the readers' span runs on into the noun: "£9.7m restoration"
    # was shown once trial AQ's sentence was cited first, stop 49)
    text = ("Brookfield Primary School pupils have moved into a new £8.4m building after four "
            "years in cabins. Parents cheered.")
    chunk = stored_chunk(text, title="Brookfield Primary School opens")
    s = sentences_of(chunk)
    judged = judge_sentences(question, ranked(chunk, [0.5, 0.4]),
                             FakeReader({s[0]: (0.5, "£8.4m")}))
    answer = compose_read(question, judged, 100, Cutoffs(0.3, 0.9, 0.9))
    assert _shown(answer) == short


_WENHAM = ("Passenger trains have returned to the Wenham branch line after a £47m project to "
           "rebuild the track. The project was paid for mainly by the Department for Transport, "
           "which gave £39m.")


def test_a_sum_said_before_the_noun_asked_stays_first_over_the_chooser_s():
    # trial Z (replayed at stop 49): "a £47m project" for what the project cost stays first
    # over the chooser's pick, a sum given by another ("which gave £39m"; it was refused)
    from qa.answering import _keeps_its_figure
    question = "How much did the project to reopen the Wenham branch line cost?"
    chunk = stored_chunk(_WENHAM, title="Wenham line reopens")
    s = chunk.sentences
    judged = judge_sentences(question, ranked(chunk, [0.5, 0.4]),
                             FakeReader({_WENHAM[s[0][0] : s[0][1]]: (-1.0, "£47m"),
                                         _WENHAM[s[1][0] : s[1][1]]: (0.0, "£39m")}))
    project = next(j for j in judged if "£47m" in j.sentence.text)
    other = next(j for j in judged if "£39m" in j.sentence.text)
    assert _keeps_its_figure(question, project, other, judged) is True
    assert _keeps_its_figure(question, other, project, judged) is False


@pytest.mark.parametrize(("text", "readings", "question", "shown"), [
    # trial CA (stop 49): a loss said after "a loss of" answers what a firm lost, however
    # low the readers rate it (it was refused: "lose" and "loss" are one verb of a sum)
    ("Last year the company reported a loss of £48m, compared with a profit of £12m the year "
     "before. Jobs went.", {0: (-1.0, "£48m")},
     "How much money did Northmoor Steel lose last year?", "Last year the company"),
    # ... and a sum the readers marked before a noun of the question is cited first, down to
    # VERB_SHARE of the best, over a sentence whose figure is no sum (it was refused)
    ("A new furnace at the Calderbank steelworks will create 220 jobs. Northmoor Steel said "
     "construction of the £310m furnace will begin in May.",
     {0: (2.0, "220"), 1: (-0.2, "£310m")},
     "How much will the new electric furnace at Calderbank steelworks cost?", "£310m"),
])
def test_trials_ca_on_sums(text, readings, question, shown):
    chunk = stored_chunk(text, title="Northmoor Steel at Calderbank")
    s = sentences_of(chunk)
    judged = judge_sentences(question, ranked(chunk, [0.5 - 0.1 * i for i in range(len(s))]),
                             FakeReader({s[i]: reading for i, reading in readings.items()}))
    answer = compose_read(question, judged, 100, Cutoffs(0.1, 0.9, 0.9), choose=True)
    assert not answer.abstained
    assert (answer.short.text if answer.short else answer.citations[0].quote).startswith(shown)


def test_a_sum_before_the_noun_asked_is_shown_without_the_noun():
    text = "A seaside lido has reopened after a £9.7m restoration. Swimmers queued."
    answer = _answer_titled(text, {0: (6.0, "£9.7m restoration")},
                            "How much did the restoration of Saltwick Bay's Marine Lido cost?",
                            "Saltwick Bay's Marine Lido reopens", choose=True)
    assert _shown(answer) == "£9.7m"


@pytest.mark.parametrize(("chunks", "question", "short"), [
    # trials CG and CH (stop 50), each refused: a role's holder named in a chunk that does not
    # name the body asked, the role owned by "whose" or said as what the person is ("an
    # engineer"), and an owner said to run the business
    (("The Lancaster climbing centre opened on Saturday in a Victorian chapel. Climbers queued.",
      "The project was led by two friends, Tom Hargreaves, 34, a former outdoor instructor, "
      "and Priya Nandra, 31, an engineer, who bought the chapel in 2021. Tickets sold out."),
     "How old is the engineer who co-founded the Lancaster climbing centre?", "31"),
    (("Hollins Tithe Barn has been refused a licence. Neighbours complained.",
      "The barn is run by Greenacre Events Ltd, whose managing director, Oliver Pask, 41, "
      "bought the site in 2021. Tickets sold out."),
     "How old is the managing director of the firm that runs Hollins Tithe Barn?", "41"),
    (("A Swindon tattoo studio, Inkwell Alley, has been fined. Neighbours complained.",
      "Darren Hesketh, 36, who runs Inkwell Alley in Commercial Road, pleaded guilty. "
      "Tickets sold out."),
     "How old is the owner of the Swindon tattoo studio Inkwell Alley?", "36"),
])
def test_trials_cg_on_roles(chunks, question, short):
    answer = _answer_of_two_chunks(*chunks, {"Neighbours": (6.0, "Neighbours"),
                                             "Climbers": (6.0, "Climbers"),
                                             "Tickets": (-3.0, "Tickets")},
                                   question, "Council news")
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # trial CI (stop 50): a year asked before every year an undated story's sentence says is
    # none it tells of ("£650" was shown for 2015's rent; 15 near misses of trials P-CK too)
    ("Annual rents for the huts had risen from £650 in 2019 to £1,100 this year. Owners "
     "complained.", "What was the annual rent for a beach hut in 2015?", "refused"),
    ("Annual rents for the huts had risen from £650 in 2019 to £1,100 this year. Owners "
     "complained.", "What was the annual rent for a beach hut in 2019?", "£650"),
    ("The show drew 41,300 people on Saturday, up from 38,000 in 2022. Owners complained.",
     "How many people attended the show in 2018?", "refused"),
    # (not of whom: a review of 2004 says what 2005 holds)
    ("The only let-down was a loss to Gustavo Kuerten at the French Open, and 2005 will be "
     "harder. Owners complained.", "Who knocked Federer out of the French Open in 2004?",
     "Gustavo Kuerten"),
])
def test_a_year_asked_before_every_year_an_undated_sentence_says(text, question, short):
    span = short if short != "refused" else "£650" if "£650" in text else "41,300"
    assert _shown_marked(text, span, question, "Results") == short


@pytest.mark.parametrize(("text", "span", "question", "short"), [
    # trials CJ and CL (stop 50): the age or the score after a name the readers marked with
    # it is not the name's ("Tomasz Wrobel, 33" and "Sem de Vries 6-4" were shown)
    ("Head distiller Tomasz Wrobel, 33, joined the firm in 2019. Sales rose.",
     "Tomasz Wrobel, 33", "Who is the head distiller at Fennick & Daughters?", "Tomasz Wrobel"),
    ("Ethan Carver beat Dutch player Sem de Vries 6-4 in the final. Fans cheered.",
     "Sem de Vries 6-4", "Who did Ethan Carver defeat in the final?", "Sem de Vries"),
    ("Head distiller Tomasz Wrobel, 33, joined the firm in 2019. Sales rose.",
     "Tomasz Wrobel, 33", "How old is Tomasz Wrobel?", "33"),
])
def test_a_name_is_shown_without_the_age_or_score_after_it(text, span, question, short):
    assert _shown_marked(text, span, question, "Results") == short


@pytest.mark.parametrize(("question", "short"), [
    # trial CJ (stop 50): a person asked by what they are, then by a deed done to another
    # named after it: that one's age is no answer ("41" was shown for the van driver's)
    ("How old is the van driver accused of killing cyclist Rebecca Marsh?", None),
    ("How old is the cyclist Rebecca Marsh?", "41"),
    ("How old is the defending champion Rebecca Marsh?", "41"),
])
def test_the_age_of_another_named_after_the_deed_asked_is_no_answer(question, short):
    text = ("Cyclist Rebecca Marsh, 41, a nurse, died at the scene on the A361. The driver "
            "denies the charge.")
    answer = _answer_titled(text, {0: (6.0, "41")}, question, "Van driver on trial",
                            choose=True)
    assert _shown(answer) == short


def test_a_count_asked_of_a_compound_noun_counts_its_last_word():
    # trial CL (stop 50): "How many hotel and guest house bedrooms...?" counts bedrooms, not
    # hotels ("64" was shown)
    answer = _answer_titled("The city has 2,850 bedrooms across 64 hotels and guest houses. "
                            "Tourists came.", {0: (6.0, "2,850")},
                            "How many hotel and guest house bedrooms are there in Ellesford?",
                            "Ellesford hotel tax", choose=True)
    assert _shown(answer) == "2,850"


def test_a_count_of_another_noun_is_not_cited_first_for_the_words_after_it():
    # trial CG (stop 50): "beat 19 other bands at the National Brass Band Championships" has
    # the question's words after its figure, but counts bands, not the points asked ("19" was
    # shown; the sentence giving 197 points was chosen, then put back)
    answer = _answer_titled(
        "Grimethorpe Road Colliery Band beat 19 other bands at the National Brass Band "
        "Championships. The band scored 197 points for its performance. Fans cheered.",
        {0: (6.0, "19"), 1: (2.0, "197")},
        "How many points did Grimethorpe Road Colliery Band score at the national championships?",
        "Band crowned national champion", choose=True)
    assert _shown(answer) == "197"


@pytest.mark.parametrize(("text", "readings", "question", "title", "short"), [
    # trials CG and CH (stop 50): a conductor, a solicitor, a barrister are roles a person is
    # asked by ("Who conducts...?" cited the band's win; the solicitor asked got the managing
    # director in bold)
    ("Grimethorpe Road Colliery Band beat 19 other bands. The band's conductor, David "
     "Thornton, 38, said the players had rehearsed. Fans cheered.", {0: (6.0, "19")},
     "Who conducts Grimethorpe Road Colliery Band?", "Brass band crowned champion",
     "David Thornton"),
    ("The barn is run by Greenacre Events, whose managing director, Oliver Pask, 41, bought it "
     "in 2021. Its solicitor, Hannah Breck, said it would appeal. Fans cheered.",
     {0: (6.0, "Oliver Pask"), 1: (-1.0, "Hannah Breck")},
     "Who is the solicitor acting for Greenacre Events?", "Wedding venue refused licence",
     "Hannah Breck"),
    # (a barrister is a KC: "Simon Threlfall KC told the jury" is the barrister asked)
    ("Opening the case, Simon Threlfall KC told the jury the driver was on his phone. Fans "
     "cheered.", {0: (6.0, "Simon Threlfall KC")},
     "Who is the prosecuting barrister in the trial of Daniel Whitcombe?", "Van driver on trial",
     "Simon Threlfall KC"),
])
def test_trials_cg_on_trades(text, readings, question, title, short):
    answer = _answer_titled(text, readings, question, title, choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("question", "short"), [
    # trial CI (stop 50): this year's asked, and a sentence of next year's (or last year's)
    # is no answer ("Lockerbie" was shown for where this year's trials were held)
    ("Where were this year's International Sheep Dog Trials held?", "refused"),
    ("Where will next year's International Sheep Dog Trials be held?", "Lockerbie"),
])
def test_a_sentence_of_next_year_s_is_no_answer_for_this_year_s(question, short):
    answer = _answer_titled("Next year's International will be held at Lockerbie in "
                            "September. Fans cheered.", {0: (6.0, "Lockerbie")}, question,
                            "Welsh farmer wins sheepdog title", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("question", "short"), [
    # trial CI (stop 50): an animal's age is no person's ("four" of "his four-year-old collie"
    # was shown for the farmer's)
    ("How old is the Welsh farmer who won the International sheepdog title?", None),
    ("How old is the collie that won the International sheepdog title?", "four"),
])
def test_an_animal_s_age_is_no_person_s(question, short):
    answer = _answer_titled("A hill farmer from mid-Wales and his four-year-old collie have won "
                            "the International Sheep Dog Trials. Fans cheered.",
                            {0: (6.0, "four")}, question, "Sheepdog title", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "span", "question", "short"), [
    # trials CG, CI, CJ and CK (stop 50): a sum of another kind than asked is no answer (a
    # grant for a price paid, a target for the sum raised, an original estimate for the
    # cost), and the sum of the kind asked is (trial AN's "£15,000", a loan, for a gift)
    ("The firm received a £150,000 grant from the Growth Fund towards the still. Fans cheered.",
     "£150,000", "How much did Fennick & Daughters pay for its new copper still?", None),
    ("The firm received a £150,000 grant from the Growth Fund towards the still. Fans cheered.",
     "£150,000", "How much did the Growth Fund give towards the still?", "£150,000"),
    ("Customers launched a share offer, hoping to raise £150,000 to buy the shop. Fans cheered.",
     "£150,000", "How much money did the share offer raise?", None),
    ("Customers launched a share offer, hoping to raise £150,000 to buy the shop. Fans cheered.",
     "£150,000", "How much money was the share offer hoping to raise?", "£150,000"),
    ("The original estimate for the scheme in 2021 had been £3.1m, he said. Fans cheered.",
     "£3.1m", "What is the total cost of the Ashby Parva flood defence scheme?", None),
    ("The gap was covered by a £25,000 grant from the Plunkett Foundation and a loan of "
     "£15,000 from the council. Fans cheered.", "£15,000",
     "How much did the Plunkett Foundation give towards buying the shop?", "£25,000"),
])
def test_a_sum_of_another_kind_than_asked_is_no_answer(text, span, question, short):
    assert _shown_marked(text, span, question, "Money news") == short


@pytest.mark.parametrize(("text", "span", "question", "short"), [
    # trials CK and CL (stop 50): the figure said in the year asked, or after "today" for one
    # asked of now, not another of the same sentence ("£31.4m" and "62" were shown)
    ("The firm reported a turnover of £31.4m in the year to March 2023, but that fell to "
     "£24.7m in the year to March 2024. Fans cheered.", "£31.4m",
     "What was Brennan Freight's turnover in the year to March 2024?", "£24.7m"),
    ("The firm reported a turnover of £31.4m in the year to March 2023, but that fell to "
     "£24.7m in the year to March 2024. Fans cheered.", "£24.7m",
     "What was Brennan Freight's turnover in the year to March 2023?", "£31.4m"),
    ("When he started in 1970 there were 62 boats landing at the harbour; today there are 14. "
     "Fans cheered.", "62", "How many boats now land fish at Saltby harbour?", "14"),
    ("When he started in 1970 there were 62 boats landing at the harbour; today there are 14. "
     "Fans cheered.", "62", "How many boats landed fish at Saltby harbour in the past?", "62"),
])
def test_the_figure_of_the_time_asked_among_others_of_its_sentence(text, span, question, short):
    assert _shown_marked(text, span, question, "Business news") == short


@pytest.mark.parametrize(("title", "text", "question", "short"), [
    # trials CH and CJ (stop 50): a role owned by "the council's", then a title before the
    # name; and a headline naming a building's listing ("Grade II"), which names no other
    # body: each gave no short answer, and "How old is she?" next was refused
    ("Council says grit stocks are full", "The council's cabinet member for highways, "
     "Councillor Charlotte Haines, 49, said the roads were ready. Fans cheered.",
     "Who is Derbyshire County Council's cabinet member for highways?", "Charlotte Haines"),
    ("Grade II listed mill reborn as 64 flats", "Project director Alan Brierley, 56, said "
     "restoring the building had been hard. Fans cheered.",
     "Who is the project director for the Calder Bridge Mill conversion?", "Alan Brierley"),
])
def test_trials_ch_on_roles_in_another_chunk(title, text, question, short):
    first = "Calder Bridge Mill and Derbyshire County Council were in the news. Crowds came."
    answer = _answer_of_two_chunks(first, text, {"Fans": (6.0, "Fans"),
                                                 "Crowds": (6.0, "Crowds")}, question, title)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "span", "question", "short"), [
    # trials CJ and CK (stop 50): "Bristol-based" is no name of a firm, a group no union and a
    # council no company (trials BE and BM showed councils for which company runs a scheme)
    ("Mr Whitcombe, who worked for a Bristol-based plumbing firm, was arrested. Fans cheered.",
     "Bristol-based", "What is the name of the plumbing firm Daniel Whitcombe worked for?", None),
    ("A rival firm, Midland Haulage Group, is recruiting drivers. Fans cheered.",
     "Midland Haulage Group", "Which union represents the Brennan Freight drivers?", None),
    ("A rival firm, Midland Haulage Group, is recruiting drivers. Fans cheered.",
     "Midland Haulage Group", "Which company is recruiting the Brennan Freight drivers?",
     "Midland Haulage Group"),
    ("The scheme was launched by Leicester City Council last June. Fans cheered.",
     "Leicester City Council", "Which company operates the Ride Leicester bike scheme?", None),
])
def test_a_name_of_another_kind_of_body_is_no_answer(text, span, question, short):
    assert _shown_marked(text, span, question, "Local news") == short


@pytest.mark.parametrize(("question", "short"), [
    # trial CI (stop 50): a role said only of someone unnamed ("A spokeswoman for Cottage
    # Trust UK said...") is no one's in the sentence ("Whitcombe", the fraudster, was shown)
    ("Who is the spokeswoman for Cottage Trust UK?", None),
    ("Who set up the fake listings?", "Whitcombe"),
])
def test_a_role_said_of_no_one_named_is_no_name_s(question, short):
    answer = _answer_titled("A spokeswoman for Cottage Trust UK said members had been hit by "
                            "the listings Whitcombe set up. Fans cheered.",
                            {0: (6.0, "Whitcombe")}, question, "Holiday lets fraud",
                            choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "question", "title", "short"), [
    # trials CN, CO and CQ (stop 50): a role said with "The" alone before its comma ("The
    # skipper, Jamie Tregarthen, 46,"; trials BM and BS's driver and farmer too), and trades
    # and places as roles ("Scaffolder Daniel Okafor, 27,", "the runner-up, Ellie Marchbank,
    # 31,"): each age was refused
    ("The skipper, Jamie Tregarthen, 46, said he owed his life to the crews. Fans cheered.",
     "How old is the skipper of the Ocean Harvester?", "Local news", "46"),
    ("Scaffolder Daniel Okafor, 27, suffered a broken pelvis. Fans cheered.",
     "How old is the scaffolder who was hurt in the Meadow Rise scaffold collapse?",
     "Local news", "27"),
    ("She finished 7 minutes clear of the runner-up, Ellie Marchbank, 31, from Penrith. Fans "
     "cheered.", "How old is the runner-up in the women's Lakeland triathlon?",
     "Lakeland triathlon won in record time", "31"),
])
def test_trials_cn_on_roles(text, question, title, short):
    first = ("The Ocean Harvester, Meadow Rise and the Lakeland triathlon were in the news. "
             "Crowds came.")
    answer = _answer_of_two_chunks(first, text, {"Fans": (6.0, "Fans"),
                                                 "Crowds": (6.0, "Crowds")}, question, title)
    assert _shown(answer) == short


@pytest.mark.parametrize(("readings", "question", "short"), [
    # trial CH (stop 50): a count asked and a sentence whose figure counts the noun asked,
    # rated at 0.6 of the lead, was refused ("The council received 27 written objections")
    ({0: (1.4, "Little Saxby"), 1: (0.0, "27")},
     "How many written objections did Shropshire Council get about the licence?", "27"),
    # (not far below a lead that says a figure: COUNTED_SHARE; below one that says none,
    # FIGURELESS_SHARE: test_stop_58_trials_figures)
    ({0: (1.4, "Little Saxby"), 1: (-1.0, "27")},
     "How many written objections did Shropshire Council get about the licence?", "refused"),
])
def test_a_sentence_counting_the_noun_asked_is_cited_below_the_lead(readings, question, short):
    answer = _answer_titled("The barn in Little Saxby had asked for a licence for 150 guests. "
                            "The council "
                            "received 27 written objections, most from the village. Fans "
                            "cheered.", readings, question, "Wedding venue refused licence",
                            choose=True)
    assert _shown(answer) == short


def test_a_place_of_two_words_is_no_person_whose_sum_is_asked():
    # trial CQ (stop 50): "Tarrow Valley" was read as a person's name, and "a second-hand Ford
    # Transit, cost £38,500" as another's sum: refused
    answer = _answer_titled("The group began running a 16-seat minibus on Monday. The vehicle, "
                            "a second-hand Ford Transit, cost £38,500, of which £25,000 came "
                            "from the council. Fans cheered.",
                            {0: (3.0, "16-seat"), 1: (0.3, "£38,500")},
                            "How much did the Tarrow Valley community minibus cost to buy?",
                            "Villagers launch their own bus", choose=True)
    assert _shown(answer) == "£38,500"


@pytest.mark.parametrize(("text", "span", "question", "short"), [
    # the README checks of stop 50: a rent asked is money ("4 per cent" was shown for this
    # year's stall rent), and a vicar is a role ("Margaret Holloway", who founded a café at the
    # church, was shown for its vicar)
    ("Stall rent will rise by 4 per cent to £1,250 a quarter this year. Traders complained.",
     "4 per cent", "How much will stall rent be this year?", "£1,250"),
    ("Margaret Holloway, 71, founded the repair café at St Bartholomew's Church. Fans cheered.",
     "Margaret Holloway", "Who is the vicar of St Bartholomew's Church?", "refused"),
])
def test_readme_checks_of_stop_50(text, span, question, short):
    assert _shown_marked(text, span, question, "Market news") == short


@pytest.mark.parametrize(("question", "short"), [
    # the last README check of stop 50: the age said just after the very name asked answers
    # though retrieval's evidence is under its line ("How old is Daniel Okonkwo?" was refused
    # in a library of 12 sentences); since stop 55 so does the age of the one named beside
    # the role asked (trials GP, HF and HG were refused "Its yard manager, Tom Everett, 27,"
    # and the like), but not another role's
    ("How old is Daniel Okonkwo?", "52"),
    ("How old is the council's head of libraries?", "52"),
    ("How old is the council's chief executive?", "refused"),
])
def test_an_age_said_after_the_name_asked_answers_under_the_line(question, short):
    chunk = stored_chunk("The council's head of libraries, Daniel Okonkwo, 52, said the lease "
                         "would follow. Villagers cheered.", title="Village library saved")
    judged = judge_sentences(question, ranked(chunk, [0.32, 0.2]),
                             FakeReader({"Okonkwo": (-3.0, "Daniel Okonkwo"),
                                         "Villagers": (-3.0, "Villagers")}))
    answer = compose_read(question, judged, 12, Cutoffs(0.5, 0.9, 0.5), choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("question", "short"), [
    # the last README check of stop 50: in a dated story, a sentence compared with last year
    # tells of last year too, and its figure said before "last year" is last year's ("How many
    # swimmers took part last year?" was refused beside "against 96 last year")
    ("How many swimmers took part last year?", "96"),
    ("How many swimmers took part this year?", "142"),
])
def test_a_figure_said_before_last_year_is_last_year_s(question, short):
    answer, _, _ = _answer_over(
        '"We had 142 swimmers in the water this year, against 96 last year," she said. Fans '
        "cheered.", {0: (6.0, "142")}, question, Cutoffs(0.5, 0.9, 0.5), choose=True,
        date="2025-07-03")
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "readings", "question", "title", "short"), [
    # trial EI (stop 53): an undisclosed sale price withholds no asking price said after it
    # (refused)
    ("The Golden Haddock was bought by Liam Carrick for an undisclosed sum after going on the "
     "market in March with an asking price of £645,000. He cried.", {0: (6.0, "£645,000")},
     "What price was the Golden Haddock in Whitby put up for sale at?", "Chip shop sold",
     "£645,000"),
    # ... a role said only by its verb, after others named (refused: the lead was cited)
    ("A women's crew from Chester has won gold. The crew was stroked by Amara Lewis, 26, with "
     "Jo Kettering, 29, and coxed by 19-year-old student Freya Hollis.",
     {0: (6.0, "gold"), 1: (5.0, "Amara Lewis")},
     "Who was the cox of the Chester women's crew that won the national title?", "Rowing gold",
     "Freya Hollis"),
    # ... a count asked of a noun whose whole went from one figure to another (refused, the
    # readers marking "52%")
    ("The club's membership has grown from 180 to 245 over the past two years, with women now "
     "making up 52% of rowers. Training starts at six.", {0: (6.0, "52%")},
     "How many members does Royal Chester Rowing Club have now?", "Rowing gold", "245"),
    # ... an age said after a time ("April aged 89" was shown)
    ("The 312 volumes belonged to Edward Pargeter, a former solicitor who died in April aged "
     "89. He read them all.", {0: (6.0, "April aged 89")},
     "At what age did the Ludlow book collector Edward Pargeter die?", "Rare books", "89"),
    # trial EL: the age of one described by a deed, the names after it others' (refused)
    ("The developer, Keith Raddon, 60, of Haverleigh, denies two counts of bribing a public "
     "official. The trial continues.", {0: (6.0, "60")},
     "How old is the developer accused of bribing the Haverleigh planning officer?",
     "Bribery trial", "60"),
    # ... capitalised words describing the one asked are no name of theirs (refused)
    ("A 14-year-old schoolgirl from Lowmarsh has become the youngest player to win the British "
     "Under-16 Chess Championship. She cried.", {0: (6.0, "14-year-old")},
     "How old is the new British Under-16 chess champion from Lowmarsh?", "Chess champion", "14"),
    # ... and the one beaten said with their age is not the winner ("15" was shown)
    ("Priya Raman finished a full point ahead of the defending champion, 15-year-old Samuel "
     "Okoro. She cried.", {0: (6.0, "15-year-old Samuel Okoro")},
     "How old is the new British Under-16 chess champion from Lowmarsh?", "Chess champion",
     "refused"),
    # ... a level asked of now, said as what it rose to ("1,870 to 2,140" was shown)
    ("Her rating has risen from 1,870 to 2,140 in the last 12 months. She cried.",
     {0: (6.0, "1,870 to 2,140")}, "What is Priya Raman's current chess rating?",
     "Chess champion", "2,140"),
    # trial EJ: the relative asked, named as one (refused)
    ("Penhaligon's father, Mark Penhaligon, 46, who is also his mechanic, said the family had "
     "spent £8,000. They cried.", {0: (6.0, "Mark Penhaligon, 46")},
     "How old is Lewis Penhaligon's father, who works as his mechanic?", "Motocross",
     "46"),
    # ... a figure said by its time's name is no figure of a year asked ("Around 9,400" was
    # shown)
    ("Around 9,400 passengers a day used buses in the town last year, up from 8,100 in 2023, a "
     "rise of 16 per cent. Fares rose.", {0: (6.0, "Around 9,400")},
     "How many people a day used buses in Kettlebridge in 2023?", "Bus station", "8,100"),
    # ... the count said with "now" counts another noun ("17" was shown for the staff)
    ("The company, which now runs 17 garden centres across Wales, employs 1,120 staff, up from "
     "980 twelve months earlier. It grew.", {0: (6.0, "1,120")},
     "How many staff does the Greenacre garden centre chain now employ?", "Garden centres",
     "1,120"),
    # ... the defending champion's figure is not the new champion's ("408" was shown)
    ("Defending champion Ross Tregear finished on 408 points. Lewis Penhaligon claimed the title, "
     "ending the season on 412 points.", {0: (6.0, "408"), 1: (1.0, "412")},
     "How many points did the new Cornwall motocross champion end the season with?",
     "Motocross", "412"),
    # ... a sum raised among grants, for what was raised ("£210,000", a grant, was shown)
    ("The project was paid for with a £210,000 grant from the Heritage Fund and £80,000 raised "
     "by villagers. It opened.", {0: (6.0, "£210,000")},
     "How much did Little Thornbury residents raise themselves towards the hall project?",
     "Hall reopens", "£80,000"),
    # ... the figure a range rose to, the readers unsure between its two (no short answer)
    ("Hire charges will rise from £12 to £15 an hour for local groups. Bookings are strong.",
     {0: (0.9, "£12 to £15 an hour")},
     "What will local groups now pay per hour to hire Little Thornbury's village hall?",
     "Hall reopens", "£15"),
    # trial EH: the year before said as "last year" ("118" was shown)
    ("Wardens counted 118 pairs of avocets this spring, up from 74 pairs last year. Foxes were "
     "kept out.", {0: (6.0, "118")},
     "How many avocet pairs bred at Greyfen Marshes the previous year?", "Avocets", "74"),
    # ... "over" of a verb is no hedge ("over £23,000" was shown)
    ("One victim, 84-year-old Margaret Dunmore, had handed over £23,000 of her savings. She "
     "cried.", {0: (6.0, "over £23,000")},
     "How much money did Margaret Dunmore lose to the rogue builder?", "Builder jailed",
     "£23,000"),
    # ... a sum, not the noun after it ("£150,000 grant" was shown)
    ("The clubhouse was paid for by a £150,000 grant from the Lawn Tennis Association. It "
     "opened.", {0: (6.0, "£150,000 grant from the Lawn Tennis Association")},
     "How much did the Lawn Tennis Association contribute to Hartsfield's new clubhouse?",
     "Tennis centenary", "£150,000"),
    # ... the age of one described by a deed naming another is not the other's (48 shown)
    ("Darren Kenning, 48, of Mill Road, pleaded guilty to fraud. The judge was angry.",
     {0: (6.0, "48")},
     "How old is the Lower Sedgefield widower who lost £47,500 to Darren Kenning?",
     "Builder jailed", "refused"),
    # trials EL and EG: another of the family ("54" and "52" were shown)
    ("The shop is run by Tom Hollins, 54, and his wife Rachel. It opened in 2009.",
     {0: (6.0, "54")}, "How old is Rachel Hollins of Hollins Farm Shop?", "Farm shop",
     "refused"),
    ("Mrs Dunmore, 52, a nurse, said she watched helplessly. Her husband, Paul, thanked them.",
     {0: (6.0, "52")}, "How old is Paul Dunmore, the husband of the spaniel's owner?",
     "Dog rescued", "refused"),
    # ... and a family name alone after a relative's noun (the README check of 9554dfc: "33")
    ("Her son, Mr Woodrow, 33, who runs the butchery counter, said he was delighted. It opened.",
     {0: (6.0, "33")}, "How old is Ellen Woodrow?", "Farm shop award", "refused"),
    # trial EK: the trainer's age, said before his name, is no jockey's ("71" was shown)
    ("The Gold Cup was won by Copper Lantern, ridden by jockey Callum Reardon and trained by "
     "71-year-old Harold Dunsby at his yard near Felsham. It paid 9-1.", {0: (6.0, "71-year-old")},
     "How old is jockey Callum Reardon, who won the Brackenridge Gold Cup?", "Racing festival",
     "refused"),
    # trials EI and EG: a bill and a value are sums ("about 94,000 portions of fish", "41"
    # scooters were shown)
    ("The shop sold about 94,000 portions of fish last year, up from 81,000. It has 46 seats.",
     {0: (6.0, "about 94,000 portions of fish")},
     "How much was the Golden Haddock's gas bill last year?", "Chip shop sold", "refused"),
    ("Police found 41 scooters at the garage when they raided it on 23 October. They were sold.",
     {0: (6.0, "41")},
     "What was the value of the scooters police found at the Ferris Lane lock-up?", "Gang jailed",
     None),
    # trial EG: an age then, when one is said after the name ("17" was shown)
    ("Head baker Jamie Rourke, 26, who joined the business as an apprentice at the age of 17, "
     "developed the recipe. It won.", {0: (6.0, "17")},
     "How old is the head baker at Crumb & Crust?", "Bakery award", "26"),
])
def test_stop_53_trials_short_answers_and_refusals(text, readings, question, title, short):
    answer = _answer_titled(text, readings, question, title, choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # trials EI and EL (stop 53): an age said by "the N-year-old said" after the sentence
    # naming the person asked, by role or by name (both refused)
    ("Head coach Martin Greaves, who joined the club in 2022, said the result was deserved. "
     "\u201cThey have done 1,100 kilometres since October,\u201d the 48-year-old said.",
     "How old is Royal Chester Rowing Club's head coach?", "48"),
    ("Councillor Peter Lang said he was disappointed by the outcome. \u201cOur residents told "
     "us the roads cannot cope,\u201d the 67-year-old said.", "How old is Councillor Peter Lang?",
     "67"),
    # ... not when that sentence names someone else too, with an age of their own
    ("Councillor Peter Lang, 58, spoke first, then Ann Hale. \u201cThe roads cannot cope,\u201d "
     "the 67-year-old said.", "How old is Councillor Peter Lang?", "58"),
])
def test_an_age_said_after_the_sentence_naming_the_speaker(text, question, short):
    readings = {0: (6.0, text.split()[0]), 1: (-2.0, "the")}
    answer = _answer_titled(text, readings, question, "Royal Chester Rowing Club wins gold",
                            choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "readings", "question", "title", "short"), [
    # trial EO (stop 53): a role of a body's part ("Operations manager") under a headline
    # naming a place of two words and a kind of firm ("Hebden Bridge brewery": refused)
    ("Ridgeback Brewing Company installed the line over the summer. Operations manager Gareth "
     "Pye, 44, said energy bills had been a worry.", {0: (6.0, "summer"), 1: (-3.0, "Gareth Pye")},
     "How old is Ridgeback Brewing's operations manager?",
     "Hebden Bridge brewery opens canning line", "44"),
    # ... a score asked of a match by its words, no side named ("Stroud 26-12" was refused)
    ("Cheltenham North RFC won the under-14 boys' final, beating Stroud 26-12. Lydney won too.",
     {0: (6.0, "Stroud 26-12")},
     "What was the score in the under-14 boys' final at the Gloucester sevens?", "Junior sevens",
     "26-12"),
    # ... a count running on into another ("eight fire engines and about 40" was shown)
    ("The fire service sent eight fire engines and about 40 firefighters. The street was shut.",
     {0: (6.0, "eight fire engines and about 40")},
     "How many fire engines were sent to the Delhi Street blast?", "Gas explosion", "eight"),
    # trials EQ: years ago asked, others told ("410,000" and "186" were shown)
    ("Its report estimated that 410,000 people visited the park in the last financial year, "
     "compared with 365,000 two years ago. Parking will cost £4.", {0: (6.0, "410,000")},
     "How many people visited Thornbury Vale Country Park three years ago?", "Parking charges",
     "refused"),
    ("The club, which was founded in 1921, now has 186 members, up from 142 three years ago. It "
     "won.", {0: (6.0, "186")}, "How many members did Fernleigh Bowls Club have ten years ago?",
     "Bowls title", "refused"),
    # ... the youngest's age is not the oldest's ("19" was shown)
    ("The team's youngest player, 19-year-old Ellie Brannock, played a key part. They won.",
     {0: (6.0, "19")}, "How old is the oldest player in the Fernleigh bowls team?", "Bowls title",
     None),
    # ... "last year" is no year a business was founded
    ("Crust & Crumb opened four shops last year, and sales rose 9%. It bakes bread.",
     {0: (6.0, "last year")}, "In what year was the Crust & Crumb bakery business founded?",
     "Bakery chain sold", None),
    # trial EM: the prison sentence, not where the man lives ("34, of Ferris Street" was shown)
    ("Ringleader Lee Brannigan, 34, of Ferris Street, Carlham, was jailed for six years at "
     "Carlham Crown Court. He wept.", {0: (6.0, "34, of Ferris Street")},
     "What prison sentence did pickpocket ringleader Lee Brannigan receive?", "Gang jailed",
     "six years"),
    # ... "What is the age of" asks for an age ("community hospital" was shown)
    ("Edna Blackwell was among those moved to the community hospital. Her family visited.",
     {0: (6.0, "community hospital")}, "What is the age of Edna Blackwell's daughter?",
     "Care home evacuated", "refused"),
    # ... a cost said before the noun asked, before a sum that merely fits (refused)
    ("The project was paid for with £150,000 from the National Lottery and £90,000 from the "
     "council. The £285,000 concrete park at Fenwick Recreation Ground was opened by the mayor.",
     {0: (6.0, "£150,000"), 1: (-1.0, "£285,000")},
     "What was the cost of the new Hadley Green skate park?", "Skate park opens", "£285,000"),
    # trial ER: a street is no person ("Mill Lane" was shown for the chapel's steward)
    ("The spire of St Wilfrid's Methodist Chapel on Mill Lane crashed into the graveyard. It "
     "was old.", {0: (6.0, "Mill Lane")},
     "Who is the steward of St Wilfrid's Methodist Chapel in Kirkby Wold?", "Tornado",
     "refused"),
    # ... a short noun after the sum ("The £14.5m hub": refused)
    ("Waiting lists fell after a new surgical hub opened at Bromsgrove in February. The £14.5m "
     "hub has four operating theatres.", {0: (6.0, "February"), 1: (-1.0, "£14.5m")},
     "How much did the new Bromsgrove surgical hub cost?", "Waiting lists fall", "£14.5m"),
    # trial EN: the cost, not the overspend said after it ("more than £100,000" was shown)
    ("The bandstand was unveiled after a restoration costing £480,000, more than £100,000 over "
     "its original budget. Bands played.", {0: (6.0, "more than £100,000")},
     "How much did restoring the Valley Gardens bandstand in Harrogate cost?", "Bandstand",
     "£480,000"),
    # trial EM: what is now, said five words after "now" ("40 ewes" was shown)
    ("They started with 40 ewes and now milk a flock of 220. The cheese won.",
     {0: (6.0, "40 ewes")}, "How many ewes are in the Hollowmere Dairy flock now?",
     "Cheese award", "220"),
    # trial EQ: a score said in words ("by 98 shots to 91")
    ("Fernleigh beat Alnmouth Park by 98 shots to 91 to lift the trophy. They cried.",
     {0: (6.0, "98 shots to 91 to lift the trophy")},
     "What was the final score when Fernleigh beat Alnmouth Park?", "Bowls title",
     "98 shots to 91"),
    # trials EO, EZ (stop 53): a time of day asked, a date marked ("18 March" was shown)
    ("The blast happened at about 7.40pm on 18 March at a house on Delhi Street. Six families "
     "left.", {0: (6.0, "18 March")}, "At what time did the gas explosion in Swansea happen?",
     "Gas explosion", "7.40pm"),
    ("Firefighters were called on 10 August. The fire burnt 12 hectares.",
     {0: (6.0, "10 August")}, "At what time were firefighters alerted to the Swindon grass fire?",
     "Grass fire", None),
    # trial FD: a length is no count ("57ft" was shown for the firefighters)
    ("The 57ft narrowboat caught fire at Wrenbury Wharf on Sunday. Crews stayed for hours.",
     {0: (6.0, "57ft")}, "How many firefighters attended the Wrenbury narrowboat fire?",
     "Boat fire", None),
    # trial EY: sales said as turnover, the readers marking a month, not a figure (refused)
    ("Hedgerow Preserves reported turnover of £8.2m in the year to March, up 17% on the "
     "previous year's £7m. It makes jam.", {0: (6.0, "March")},
     "What were Hedgerow Preserves' sales in its latest financial year?", "Jam maker sold",
     "£8.2m"),
    # ... "How many miles" asks for miles
    ("The road runs east to the M5 about 40 miles away near Exeter. It is busy.",
     {0: (6.0, "about 40 miles")}, "How many miles away is the M5 from Plymouth?", "Roads",
     "about 40 miles"),
    # the last README check of stop 53: last year's figure, marked, is not moved to the count
    # of the noun said with this summer's ("48,300" was shown)
    ("Hartwell's lido welcomed 48,300 swimmers this summer, up from 41,750 last year. It was "
     "busy.", {0: (6.0, "41,750")}, "How many swimmers did Hartwell Lido have last year?",
     "Lido figures", "41,750"),
    # trial FI: a sum before the noun asked keeps its "million" ("£1.6" was shown)
    ("The vicar has launched a £1.6 million appeal to repair the roof. It leaks.",
     {0: (6.0, "£1.6 million")},
     "How much money is Stanbridge Abbey's roof appeal aiming to raise?", "Abbey appeal",
     "£1.6 million"),
])
def test_stop_53_second_trials(text, readings, question, title, short):
    answer = _answer_titled(text, readings, question, title, choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # trial ES (stop 53): the body named by the lead just under the headline's line (refused)
    ("Hospice opens new wing\nSt Aidan's Hospice in Kettleby has opened a new wing. Chief "
     "executive Marcus Elwood said it was busy. \u201cWe are proud,\u201d the 53-year-old said.",
     "How old is the chief executive of St Aidan's Hospice?", "53"),
    # trial EU: "the N-year-old" and a noun, the sentence before naming another too (refused)
    ("The trust's chairman, Professor Graham Ellery, cut the ribbon alongside MP Julie Fenwick. "
     "The 67-year-old professor told guests it had taken a decade.",
     "How old is Professor Graham Ellery?", "67"),
    # trial EX: the sentence before names no one, the one before it the person asked
    ("Managing director Andrew Pask said it was a proud day. The company has also spent £3.9m "
     "on a depot. The 61-year-old, who joined as a driver in 1984, said the buses were quiet.",
     "How old is Andrew Pask?", "61"),
    # trial EW: a churchwarden is a role (refused)
    ("The church tower in Little Harwood fell on Sunday. Churchwarden Peter Lang, 58, said "
     "villagers had already offered help.", "How old is the Little Harwood churchwarden?", "58"),
    # trials FE, FG, FI: "said the N-year-old" after the quote (refused)
    ("The team is coached by Dai Morgan. \u201cEvery kilo counts,\u201d said the 61-year-old.",
     "How old is Dai Morgan?", "61"),
    # news set 10: an age now, not then ("51" was shown for Tony Blair's age in 1997)
    ("Tony Blair spoke on Monday. The 51-year-old premier has marked his 2,838th day in the "
     "post.", "How old was Tony Blair when he first became prime minister in 1997?", "refused"),
])
def test_stop_53_third_trials_ages(text, question, short):
    readings = {0: (6.0, text.split()[0])}
    answer = _answer_titled(text, readings, question, "Trial story", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial FM (stop 54): a vote said by its two sides, the side asked (refused)
    ("The branch library will close after councillors voted by nine votes to six to shut it. "
     "Campaigners are angry.", {0: (6.0, "nine votes to six")},
     "How many councillors backed shutting the Eastbrook branch library?", "nine"),
    # trial FO: the votes against ("29 votes to 17" was shown)
    ("The budget was passed by 29 votes to 17, with two abstentions. Tax will rise.",
     {0: (6.0, "29 votes to 17")},
     "How many councillors voted against the Kettlebridge council budget?", "17"),
    # trial FL: a share asked and marked, not moved to the count before it ("212" was shown)
    ("A consultation run by the company received 212 responses, of which 61% were in favour "
     "of the scheme. Some objected.", {0: (6.0, "61%")},
     "What percentage of people responding to the consultation supported the solar scheme?",
     "61%"),
    # trial FN: a change marked whole, the year asked ("312 in 2024 to 389" was shown)
    ("Domestic burglaries in the Ashcombe area rose from 312 in 2024 to 389 last year. Police "
     "are worried.", {0: (6.0, "312 in 2024 to 389")},
     "How many home burglaries were there in the Ashcombe policing area in 2024?", "312"),
    # trial FO: a number in words, a part of a whole ("Eleven of the train's 24" was shown)
    ("Eleven of the train's 24 wagons left the rails near the viaduct. Nobody was hurt.",
     {0: (6.0, "Eleven of the train's 24")},
     "How many wagons came off the rails in the Hawksmere freight derailment?", "Eleven"),
    # trial FO: a name after its country's ("Britain's Jamie Okonkwo" was shown)
    ("In the men's final, Oliver Brandt beat Britain's Jamie Okonkwo 7-6, 6-2. Fans cheered.",
     {0: (6.0, "Britain's Jamie Okonkwo")}, "Who did Oliver Brandt beat in the men's final?",
     "Jamie Okonkwo"),
    # trial FK: the year before's marked, this year's asked ("£5.1m" was shown)
    ("The company's turnover rose to £6.8m in the year to March, from £5.1m the year before. "
     "Staff were pleased.", {0: (6.0, "£5.1m")},
     "What was Fellside brewery's turnover in the year to March?", "£6.8m"),
    # trial FL: a year asked, a figure of no year marked ("180,000" was shown)
    ("The theatre expects to sell 180,000 tickets in its first full year, compared with 142,000 "
     "in 2022. It reopens soon.", {0: (6.0, "180,000")},
     "How many tickets did the Alhambra Theatre sell in 2022?", "142,000"),
    # trial FK: the whole cost said before its noun, a part of it marked ("£900,000" was shown)
    ("Of the £3.4m cost, £900,000 is being provided by a loan from the growth fund. Work "
     "starts soon.", {0: (6.0, "£900,000")},
     "How much will Fellside Brewing Company's expansion in Kendal cost?", "£3.4m"),
    # trial FO: a sum and the year it is for ("£2,187 for 2025/26" was shown)
    ("A typical Band D property will be charged £2,187 for 2025/26, up from £2,083 last year. "
     "Tax will rise.", {0: (6.0, "£2,187 for 2025/26")},
     "How much will a Band D household in Kettlebridge pay in council tax for 2025/26?",
     "£2,187"),
    # trial FN: fines issued are tickets handed out (refused)
    ("Figures show that 18,400 parking fines were issued on the hospital grounds in 2025. "
     "Staff complained.", {0: (6.0, "18,400")},
     "How many parking tickets were handed out on the Kettlesby hospital site in 2025?",
     "18,400"),
])
def test_stop_54_first_trials(text, readings, question, short):
    answer = _answer_titled(text, readings, question, "Trial story", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial FO (stop 54): another of a series asked by its mark ("£1,458", Band A's, was shown)
    ("Council tax will rise. Band A homes, which make up a third of the borough, will pay "
     "£1,458.", {1: (6.0, "£1,458")},
     "How much will a Band D household in Kettlebridge pay in council tax?", "refused"),
    # trial FM: the age of another holder of the role asked, named last ("61" was shown)
    ("The company's managing director, Gareth Dunmore, 61, said the firm was relieved. Staff "
     "were shocked.", {0: (6.0, "61")},
     "How old is Dunmore & Sons' finance director Ruth Castle?", "refused"),
    # trial FM: a clerk is a role; the chairman is not the clerk ("Colin Sturridge" was shown)
    ("Ashwell Parish Council chairman Colin Sturridge said the parish wanted a weight limit. "
     "Lorries still pass.", {0: (6.0, "Colin Sturridge")},
     "Who is the clerk of Ashwell Parish Council?", "refused"),
    # trial FM: a valuation is a sum ("2021" was shown)
    ("FieldLens, founded in 2021 by two graduates, announced the round on Monday. It is "
     "growing.", {0: (6.0, "2021")},
     "What valuation did the latest funding round give FieldLens?", None),
])
def test_stop_54_first_trials_near_misses(text, readings, question, short):
    answer = _answer_titled(text, readings, question, "Trial story", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial FP (stop 54): a relative named as one after the owner (refused)
    ("Peter Tremayne, 64, who farms alongside his daughter Rosie, 31, said the award was "
     "the team's. Cows grazed.", {0: (6.0, "64, who farms alongside his daughter Rosie, 31")},
     "How old is Peter Tremayne's daughter?", "31"),
    # trial FL: "Her daughter, ..." after the sentence naming the owner, the readers marking
    # the owner's birth (refused)
    ("Edith Ransome was born in Holbeach on 3 February 1925. Her daughter, Janet Fowler, 74, "
     "said the family had travelled far.", {0: (6.0, "3 February 1925"), 1: (1.0, "Perth")},
     "How old is Edith Ransome's daughter?", "74"),
    # trial FN: "The 44-year-old former Harbridge midfielder said" after the manager is named
    # (refused)
    ("Manager Lee Carrow, who took charge in March last year, will remain in his post. The "
     "44-year-old former Harbridge midfielder said the players knew.",
     {0: (6.0, "Manager")}, "How old is the Harbridge Town manager?", "44"),
    # trial FN: the youngest asked by another word for the role (refused)
    ("Pennington Community Choir won. The youngest member of the choir is 16-year-old Ellie "
     "Garside, a pupil at the high school.", {0: (6.0, "Pennington"), 1: (5.0, "16-year-old")},
     "How old is the youngest singer in Pennington Community Choir?", "16"),
    # trial FO: a title between the role and the name, the readers marking it (refused)
    ("North Wessex District Council set its budget. Opposition leader Cllr Derek Hanlon, 64, "
     "accused the ruling group of drift.", {0: (6.0, "North"), 1: (2.0, "Cllr Derek Hanlon")},
     "How old is the opposition leader on North Wessex District Council?", "64"),
])
def test_stop_54_first_trials_ages(text, readings, question, short):
    answer = _answer_titled(text, readings, question, "Trial story", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial FS (stop 54): a count without the noun counted ("46 stalls" was shown) ...
    ("The refurbished hall will have 46 stalls, up from 38 before the closure. It opens soon.",
     {0: (6.0, "46 stalls")}, "How many stalls will Hensford market hall have?", "46"),
    # ... but a unit kept ("52 days", news set 3)
    ("Sir Alan said the application took 52 days to process. It was quick.",
     {0: (6.0, "52 days")}, "How many days did it take to process the nanny's application?",
     "52 days"),
    # trial FQ: a figure per year asked per year ("£4.2m a year" was shown)
    ("The hospice said its services cost £4.2m a year to run. It relies on gifts.",
     {0: (6.0, "£4.2m a year")}, "What does it cost Harrowbeck hospice each year to run?",
     "£4.2m"),
    # trial FT: a clock time without its date ("2.47am on 9 November" was shown)
    ("The blaze at the Marine Crest Hotel was reported at 2.47am on 9 November. Nobody died.",
     {0: (6.0, "2.47am on 9 November")},
     "At what time was the blaze at the Marine Crest Hotel first reported?", "2.47am"),
    # trial FT: the name after a role of a place ("Lord-Lieutenant of Cheswick, Dame Helen
    # Orsett" was shown)
    ("The canal was officially reopened on Friday by the Lord-Lieutenant of Cheswick, Dame Helen "
     "Orsett. Boats passed.", {0: (6.0, "Lord-Lieutenant of Cheswick, Dame Helen Orsett")},
     "Who performed the official reopening of the restored Brantley Canal section?",
     "Dame Helen Orsett"),
    # trial FS: a name without the trade before it ("butcher Ray Stokes" was shown)
    ("Among them is butcher Ray Stokes, 63, whose family has traded in the market since 1931. "
     "Trade is slow.", {0: (6.0, "butcher Ray Stokes")},
     "Which butcher's family has traded in Hensford market hall for more than ninety years?",
     "Ray Stokes"),
    # trial FR: the total asked ("four" was shown)
    ("It has recruited four new GPs, taking the total to 17, and two nurses. Patients wait.",
     {0: (6.0, "four")}, "How many GPs will the new Wickford medical centre have in total?",
     "17"),
    # trial FU: the date said after the deed asked ("28 October" was shown)
    ("The purchase was completed on 28 October, and the shop reopened under community "
     "ownership on Saturday 1 November. Villagers cheered.", {0: (6.0, "28 October")},
     "On what date did the Little Ashcombe shop reopen under community ownership?",
     "Saturday 1 November"),
    # trial FV: a worth asked "on the street" is a sum ("420 cannabis plants" was shown)
    ("Officers found 420 cannabis plants which the force said were worth £480,000 on the "
     "street. Two men were held.", {0: (6.0, "420 cannabis plants")},
     "What was the cannabis seized in the Brackenford raids worth on the street?", "£480,000"),
    # trial FV: a bill asked as a body's is a sum ("MV Curlew" was shown)
    ("Westbay Ferries, which runs the MV Curlew, said its fuel bill had risen to £585,000. "
     "Fares will rise.", {0: (6.0, "MV Curlew")},
     "What is Westbay Ferries' fuel bill this year?", "£585,000"),
])
def test_stop_54_second_trials(text, readings, question, short):
    answer = _answer_titled(text, readings, question, "Trial story", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # trials FT, FH, FP (stop 54): a year asked of an undated article whose sentence tells its
    # figure only by "this year" or "last year": another year's, or any ("14" was shown)
    ("The league, which has 14 teams in two divisions this year compared with 11 last year, "
     "is sponsored locally.", "How many teams played in the Westmere Netball League in 2024?",
     "refused"),
    ("Redline runs 86 buses and carried 4.2 million passengers last year. Fares fell.",
     "How many passengers did Redline Buses carry in 2023?", "refused"),
    # ... but not of last year asked by its name
    ("Redline runs 86 buses and carried 4.2 million passengers last year. Fares fell.",
     "How many passengers did Redline Buses carry last year?", "4.2 million"),
])
def test_a_year_asked_of_an_undated_article_telling_only_relative_years(text, question, short):
    figure = "14" if "14" in text else "4.2 million"
    assert _shown_marked(text, figure, question, "Trial story") == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial FQ (stop 54): the one said as the most asked, named then aged (refused)
    ("The oldest finisher was retired postman Dennis Overy, 81, from Ashgrove, who completed "
     "his ninth Saltway Ride. Riders cheered.", {0: (6.0, "Dennis Overy, 81")},
     "How old was the oldest rider to finish the Saltway Ride for Harrowbeck hospice?", "81"),
    # trial FS: the name marked, the age just after it (refused)
    ("Priya Anand, 17, a student at St Aldhelm's Academy, was named overall winner of the "
     "Brightfield Young Innovators Prize. She was thrilled.", {0: (6.0, "Priya Anand")},
     "How old is the Kelworth student who won the Brightfield Young Innovators Prize?", "17"),
])
def test_stop_54_second_trials_ages(text, readings, question, short):
    answer = _answer_titled(text, readings, question, "Trial story", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial GA (stop 54): the kind of body asked said before the role (refused)
    ("Stowfield Cricket Club opened its pavilion. Fundraising was led by club treasurer Peter "
     "Lang, 66, a retired accountant.", {0: (6.0, "Stowfield"), 1: (1.0, "Fundraising")},
     "How old is Stowfield Cricket Club's treasurer?", "66"),
    # trials FY, GA, FV: a sum that paid for part of the cost is no cost ("£650,000" was shown)
    ("Of the project's cost, £650,000 came from a National Lottery Heritage Fund grant. Penguins "
     "swim.", {0: (6.0, "£650,000")}, "How much did Dunmere Zoo's Penguin Point cost?",
     "refused"),
    ("It was funded by £320,000 from the club's insurers and a grant. Players cheered.",
     {0: (6.0, "£320,000")}, "What did the new Stowfield Cricket Club pavilion cost?", "refused"),
    # trial GA: the sum from the body asked to have given ("£320,000" was shown)
    ("It was funded by £320,000 from the club's insurers, a £250,000 grant from the England and "
     "Wales Cricket Board and £280,000 raised by members. Players cheered.",
     {0: (6.0, "£320,000")},
     "How much did the England and Wales Cricket Board contribute to the Stowfield pavilion?",
     "£250,000"),
    # ... not for a sum paid ("£38,000" of "bought the tram for £38,000", trial FG)
    ("The Halsey Tramway Trust bought the tram for £38,000 in 2018, and later won £250,000 from "
     "the Halsey Tramway Fund. Riders came.", {0: (6.0, "£38,000")},
     "How much did the Halsey Tramway Trust pay for the tram?", "£38,000"),
])
def test_stop_54_third_trials(text, readings, question, short):
    answer = _answer_titled(text, readings, question, "Trial story", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial GB (stop 54): the figure of the year asked before the count of the noun asked
    # ("19,000", the exhibition's people, was shown)
    ("The gallery had 62,000 visitors last year, up from 48,000 in 2024, helped by an "
     "exhibition that drew 19,000 people. It is free.", {0: (6.0, "62,000 visitors last year")},
     "How many people visited the Wexley Gallery in 2024?", "48,000"),
    # trial GH: a firm's name with "&" owning the noun asked, the readers marking a month
    # (refused)
    ("Turnover rose to £18.7m in the year to September, up from £15.2m the previous year. "
     "Shops opened.", {0: (0.5, "September")},
     "What was Crumb & Co's turnover in its latest financial year?", "£18.7m"),
    # trial GF: the sentence giving the noun's figure stays first over a year marked elsewhere
    # (refused)
    ("Hollins Farm Dairy has made cheese on the same site since 1962. Its cheesemaker joined "
     "in 2019. Turnover rose to £2.7m in the year to March, from £2.3m the year before.",
     {0: (0.2, "1962"), 1: (-0.2, "2019"), 2: (-0.5, "March")},
     "What was Hollins Farm Dairy's turnover in the latest year?", "£2.7m"),
    # trial GF: the kind asked said before the name ("Helmsman Chris Delaney" was shown)
    ("Helmsman Chris Delaney, who led the rescue, said the pair had done the right thing. "
     "Both were unhurt.", {0: (6.0, "Helmsman Chris Delaney")},
     "Which helmsman led the Portwick lifeboat rescue?", "Chris Delaney"),
    ("The work was carried out by Norfolk millwrights Jenner and Hale. The sails turn.",
     {0: (6.0, "Norfolk millwrights Jenner and Hale")},
     "Which firm of millwrights restored Oxley Mill?", "Jenner and Hale"),
    # ... but not a kind that is part of the name ("University of Northdale", trial EK)
    ("Archaeologists from the University of Northdale will dig. Builders wait.",
     {0: (6.0, "University of Northdale")},
     "Which university's archaeologists will dig at Caldermoor Castle?", "University of Northdale"),
    # trial GE: a reward is a sum ("1,184" coins was shown)
    ("The Fenwick Hoard is 1,184 silver coins found by Keith Lowther in 2022. It is on show.",
     {0: (6.0, "1,184")}, "How much reward did Keith Lowther receive for finding the hoard?",
     "refused"),
])
def test_stop_54_fourth_trials(text, readings, question, short):
    answer = _answer_titled(text, readings, question, "Trial story", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "span", "question", "short"), [
    # trials GN and GK (stop 54): last year asked of an undated article, its figure said as
    # the one this year's is compared with (refused)
    ("This year's championship attracted 156 players, up from 118 last year, across eight "
     "categories. Juniors shone.", "156",
     "How many players entered the Westshire squash championship last year?", "118"),
    ("The service said it had attended 27 chimney fires so far this year, compared with 38 in "
     "the whole of last year. Sweeps are busy.", "27",
     "How many chimney fires did North Wessex Fire and Rescue Service attend last year?", "38"),
    # ... but not when no figure is said of last year ("beating the previous record set last
    # year", trial EK)
    ("More than 68,000 racegoers attended the festival over its four days this year, beating "
     "the previous record set last year by almost 6,000. Bars were busy.", "More than 68,000",
     "How many people attended Ladies' Day at Brackenridge last year?", "refused"),
])
def test_last_year_asked_of_the_figure_compared_with_this_years(text, span, question, short):
    assert _shown_marked(text, span, question, "Trial story") == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial GO (stop 55): the body a role is asked of names no person ("Huw Pendry, 58," the
    # managing director's age was shown for the chairman's), and "the 83-year-old company
    # chairman" is a person, not a company
    ("Managing director Huw Pendry, 58, said the sale had not been easy. Their father, Emrys "
     "Pendry, the 83-year-old company chairman, will step down.",
     {1: (6.0, "83-year-old"), 0: (1.0, "58")},
     "How old is the chairman of Pendry & Sons Transport?", "83"),
    # trial GY: nor a firm's name joined by "&" before the role ("Mrs Cope, 57," was shown)
    ("The pottery will close, said Mrs Cope, 57, the owner. Among those losing their jobs is "
     "decorator Maureen Tilsley, 63, who joined the firm from school.",
     {1: (6.0, "63"), 0: (1.0, "57")},
     "How old is the Brindley & Cope decorator who joined the firm from school?", "63"),
    # trial GT: the age then, said just after the name ("19" was shown)
    ("Campaign founder Owen Pritchard, 19, was 13 when he collected the first 400 signatures. "
     "Skaters came.", {0: (6.0, "19")},
     "At what age did Owen Pritchard begin gathering names for the skate park petition?", "13"),
    # trial GQ: "as a 16-year-old apprentice in 1979" is an age then ("16" was shown)
    ("Among them is Raymond Tuft, who started at Barlow & Finch as a 16-year-old apprentice in "
     "1979. The 62-year-old clicker, who cuts the leather uppers, was the last to leave.",
     {0: (6.0, "16-year-old apprentice in 1979"), 1: (1.0, "62-year-old")},
     "What age is Raymond Tuft, the Kettleby shoe factory worker?", "62"),
    # trial GR: what membership rose to is no age ("87" was shown)
    ("The society's secretary, Margaret Oduya, said membership had risen to 87, from 62 two "
     "years ago. Trains ran.", {0: (6.0, "87")},
     "How old is Margaret Oduya, secretary of the Thornley model railway society?", "refused"),
    # trial GU: nor the "1" of "1,260" read as cut ("18%" was shown)
    ("Cllr Nadia Kowalczyk said the council had dealt with 1,487 incidents, up 18% on the "
     "1,260 the year before. Bins came.", {0: (6.0, "18%")},
     "How old is Marlow Vale's environment cabinet member Nadia Kowalczyk?", "refused"),
    # trial GV: "Robert Hollins, the 68-year-old founder," is another's age ("68" was shown)
    ("Robert Hollins, the 68-year-old founder, still works on the farm. Cows graze.",
     {0: (6.0, "68")}, "How old is Anne Hollins, co-founder of the Ashcombe farm shop?",
     "refused"),
    # the README check of fd678e6: the owner's age is not the one asked by whose they are
    # ("39" was shown for Helen Crossley's deputy)
    ("Fundraising manager Helen Crossley, 39, said a swim had raised £21,300. Boats "
     "launched.", {0: (6.0, "39")},
     "How old is Whitby fundraising manager Helen Crossley's deputy?", "refused"),
    # ... but not when the role asked follows the age (trial GN of stop 54)
    ("Harold Mercer, the 59-year-old owner of Mercer's Family Grocers, said takings had dropped. "
     "Milk is cheap.", {0: (6.0, "59")}, "How old is the owner of Mercer's Family Grocers?",
     "59"),
])
def test_stop_55_first_ages(text, readings, question, short):
    answer = _answer_titled(text, readings, question, "Trial story", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "span", "question", "short"), [
    # trial GT (stop 55): the share of the side asked ("21%" was shown)
    ("Figures show that 62% of respondents to a 2023 consultation backed the scheme, with 21% "
     "opposed. Skaters came.", "21%",
     "What percentage of people who took part in the consultation supported the skate park?",
     "62%"),
    # trials GR and GZ: the sum said so far, not the one being raised or the whole cost
    ("The club is also raising £250,000 to replace its pitch, and so far £95,000 has been "
     "pledged, including £40,000 from Sport England. Players train.", "£250,000",
     "How much has been promised so far towards Millbridge Hockey Club's replacement pitch?",
     "£95,000"),
    ("The trip will cost the family around £2,400, and a crowdfunding page has so far raised "
     "£1,650. She trains daily.", "around £2,400",
     "How much money has the crowdfunding page for Ellie's trip collected so far?", "£1,650"),
    # trial GO: the sum from the body asked, the one marked said "about" ("about £11,000" was
    # shown)
    ("The championships cost about £11,000 to stage, with £3,500 coming from Cumberland "
     "Council. Athletes ran.", "about £11,000",
     "How much money did Cumberland Council put towards staging the championships?", "£3,500"),
    # trial GZ: the figure after the increase ("£14,500 to £18,000" was shown)
    ("Owner Graham Tulley said a rent increase from £14,500 to £18,000 a year had made the shop "
     "unviable. Books sold.", "£14,500 to £18,000",
     "What yearly rent was the bookshop owner being asked to pay after the increase?",
     "£18,000"),
    # trial GS: of two prices, the one said with the question's words ("£22 and children's £11")
    ("Adult tickets cost £22 and children's £11. Knights jousted.", "£22 and children's £11",
     "What does an adult pay to get into the Carrowby Castle jousting festival?", "£22"),
    # trial GZ: a count without its noun and its whole ("47 vacant units out of 243")
    ("The BID counted 47 vacant units out of 243 along the High Street. Shops shut.",
     "47 vacant units out of 243",
     "How many shop units were standing vacant in Halbrook's town centre?", "47"),
    # trials GW and GY: the figure of a year ago, or of the same point last year
    ("The service now has 87 drivers on its books, up from 61 last year. Patients ride.", "87",
     "How many volunteer drivers did the Community Wheels scheme have a year ago?", "61"),
    ("Calder Ridge Water said its reservoirs were at 54% of capacity last week, compared with "
     "81% at the same point last year. Rain fell.", "54%",
     "How full were Calder Ridge Water's reservoirs at the same time last year?", "81%"),
    # trial GX: the measure said with the adjective asked ("50-metre" was shown)
    ("By daybreak it measured around six metres across and four metres deep, inside a 50-metre "
     "cordon. Police waited.", "50-metre", "How deep was the sinkhole in Lark Lane, Ripon?",
     "four metres"),
    # trials GX and GT: no count without a number, no time taken without one
    ("Fewer players came, less than half the usual field. Lawns were green.", "less than half",
     "How many players took part in this year's Cotswold Open?", None),
    ("The race, now in its 18th year, attracted 164 riders. Hills were steep.", "18th",
     "What was the men's winning time in the Tour of the Fells?", None),
])
def test_stop_55_first_figures(text, span, question, short):
    assert _shown_marked(text, span, question, "Trial story") == short


@pytest.mark.parametrize(("text", "span", "question", "short"), [
    # trial HD (stop 55): a person asked by what they do, without the place owning the name
    ("In the senior girls' race, Thornbury's Ellie Nakamura, 15, won in 14 minutes. Rain fell.",
     "Thornbury's Ellie Nakamura",
     "Which runner won the senior girls' race at the Brackenfield final?", "Ellie Nakamura"),
    # trial HA: the one name of the kind asked ("Ruth Hollins" was shown for which dairy)
    ("The shop commissioned a cheese from Hollins Farm Dairy, run by Ruth Hollins. It sold out.",
     "Ruth Hollins", "Which dairy produced the anniversary cheese?", "Hollins Farm Dairy"),
    # trial HD: a sum without what it is for ("£92,000 to create")
    ("The garden cost £92,000 to create, with £60,000 from a fund. Bees came.",
     "£92,000 to create", "How much did the Lowmoor community garden cost to build?", "£92,000"),
    # trial HF: the figure of the last of an event ("40", this year's expected, was shown)
    ("Organisers expect about 40 floats and walking groups, compared with 62 at the last "
     "carnival. Crowds came.", "40",
     "How many floats and walking groups were in the last Whitstable carnival?", "62"),
    # trial HL: a season before ("118,000 scoops this summer" was shown)
    ("The parlour sold 118,000 scoops this summer, up from 71,000 last summer. Cows graze.",
     "118,000 scoops this summer",
     "How many scoops did the Brookside Farm ice cream parlour sell the previous summer?",
     "71,000"),
    # trial HK: one side of "voted seven to three"
    ("Members of the planning committee voted seven to three on Wednesday to approve the plan. "
     "Work starts soon.", "seven to three",
     "How many planning committee members opposed the Bramblewood expansion?", "three"),
    # trial HI: an age said before the name ("19, Sam Ketteridge")
    ("At 19, Sam Ketteridge is the youngest player ever to win the title. Bowls rolled.",
     "19, Sam Ketteridge", "How old is the youngest player in Ashford Green's fours team?",
     "19"),
    # trial HG: no date for a time of day
    ("The first patient was flown onto the roof on 14 April after a crash. Crews waited.",
     "14 April",
     "At what time of day did the first air ambulance touch down on the helipad?", None),
    # trial HH: where a swim set off is not where it finished
    ("Rachel Tindall set off from Shakespeare Beach in Dover at 4.10am and landed at Cap "
     "Gris-Nez at 6.32pm. She slept.", "Shakespeare Beach",
     "Where on the French coast did the Harrowby teacher finish her swim?", None),
    # trial HO: the holder of a role named after the body that did the deed ("Bakewell
    # Wheelers" was shown)
    ("Peak Ride was founded in 2016 by Bakewell Wheelers club secretary John Ormerod, who said "
     "the field would be capped. Riders came.", "Bakewell Wheelers",
     "Who started the Peak Ride sportive?", "John Ormerod"),
    # the README check of f85f2b3: a name and an age is no count (refused since stop 67: the
    # passage says no count of volunteers)
    ("The food bank's longest-serving volunteer, Margaret Ellison, 81, has packed parcels "
     "every week since 2012. The warehouse is full.", "Margaret Ellison, 81",
     "How many volunteers does the Hexham food bank have now?", "refused"),
])
def test_stop_55_fourth_trials(text, span, question, short):
    assert _shown_marked(text, span, question, "Trial story") == short


def test_the_head_of_another_part_is_not_the_one_asked():
    # (found at stop 55: "How old is the council's head of planning?" was answered with the
    # head of libraries' age)
    question = "How old is the council's head of planning?"
    chunk = stored_chunk("The council's head of libraries, Daniel Okonkwo, 52, said the lease "
                         "would follow. Villagers cheered.", title="Village library saved")
    judged = judge_sentences(question, ranked(chunk, [0.62, 0.2]),
                             FakeReader({"Okonkwo": (3.0, "52"),
                                         "Villagers": (-3.0, "Villagers")}))
    answer = compose_read(question, judged, 12, Cutoffs(0.5, 0.9, 0.5), choose=True)
    assert _shown(answer) != "52"


@pytest.mark.parametrize(("text", "question", "short"), [
    # the README check of 9652c5e: the holder of the role asked, named beside it, answers
    # however low the readers rate the sentence (as an age said after the name asked does)
    ("Council leader Margaret Doyle, 58, said the project had finished early. The lido "
     "reopens in June.", "Who is the leader of Fenmoor District Council?", "Margaret Doyle"),
    ("Council leader Margaret Doyle, 58, said the project had finished early. The lido "
     "reopens in June.", "Who is the treasurer of Fenmoor District Council?", "refused"),
    # the README check of bbf3692: a deckhand is a role (refused)
    ("The ferry's deckhand, Tom Whitley, 19, said the crossing was busy. The Kelmsford ferry "
     "runs daily.", "How old is the Kelmsford ferry's deckhand?", "19"),
    # the README check of 7d50101: a coordinator is a role ("Baptist church" was shown)
    ("Its coordinator, Denise Okafor, 52, said volunteers had been stretched. The Harford "
     "Community Pantry opens daily.", "Who is the coordinator of the Harford Community Pantry?",
     "Denise Okafor"),
])
def test_the_holder_of_the_role_asked_answers_below_the_readers_line(text, question, short):
    chunk = stored_chunk(text, title="Fenmoor news")
    judged = judge_sentences(question, ranked(chunk, [0.6, 0.5]),
                             FakeReader({"Council": (-3.0, "Council"), "Its": (-3.0, "Its"),
                                         "The": (-3.0, "June")}))
    answer = compose_read(question, judged, 12, Cutoffs(0.5, 0.9, 0.5), choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("question", "short"), [
    # trial HZ of stop 56: the readers marked 2025's figure, the sentence gives 2024's too
    # (refused)
    ("How many dogs did Hollybank Dog Rescue take in during 2024?", "296"),
    # but not for a deed the article tells of in another sentence
    ("How many dogs did Hollybank Dog Rescue rehome in 2024?", "refused"),
])
def test_the_figure_of_the_year_asked_beside_another_year_s(question, short):
    text = ("Hollybank Dog Rescue took in 412 dogs in 2025, compared with 296 in 2024. The "
            "charity rehomed 351 dogs last year.")
    assert _shown_marked(text, "412", question, "Dog rescue appeal") == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # trial HZ of stop 56: the age after a party's name (refused)
    ("Kestleigh councillor Rajesh Malhotra, who represents the Millfield ward, criticised the "
     "charges. The 47-year-old Liberal Democrat said: \u201cIt is a tax on the sick.\u201d",
     "How old is the Millfield ward councillor who criticised the charges?", "47"),
    # trial IG: a post office is run by its postmaster (refused)
    ("The Thornbury Cross branch will close. Postmaster Derek Allsop, 67, said he had asked to "
     "step down.", "How old is the man who runs the Thornbury Cross post office?", "67"),
])
def test_stop_56_trials_ages(text, question, short):
    readings = {0: (6.0, text.split()[0])}
    answer = _answer_titled(text, readings, question, "Trial story", choose=True)
    assert _shown(answer) == short


@pytest.mark.parametrize(("text", "span", "question", "short"), [
    # trials IG and IH of stop 56: a level's change marked whole ("420 milking cows to 800")
    ("Brindle Hill Farm will expand from 420 milking cows to 800 under the plans. It was "
     "approved.", "420 milking cows to 800",
     "How many milking cows will Brindle Hill Farm have once it expands?", "800"),
    ("Brindle Hill Farm will expand from 420 milking cows to 800 under the plans. It was "
     "approved.", "420 milking cows to 800",
     "How many milking cows did Brindle Hill Farm have before it expanded?", "420"),
    # ... but a vote kept whole (news set 5)
    ("The amendment was defeated by 297 votes to 203 on Tuesday. MPs left.",
     "297 votes to 203", "What was the vote tally on the amendment?", "297 votes to 203"),
    # trial IL: a sum without a further one ("£95, with a further £45" was shown)
    ("Households cut off for more than 12 hours will receive £95, with a further £45 for each "
     "12 hours after that. Power is back.", "£95, with a further £45",
     "How much compensation will Harwell Bridge households receive?", "£95"),
    # trial IF: a share without the whole it is of ("61% of the 1,208" was shown)
    ("A survey found that 61% of the 1,208 residents who replied opposed the plan. It goes "
     "ahead.", "61% of the 1,208",
     "What percentage of Brackenby residents were against the wind farm?", "61%"),
])
def test_stop_56_trials_trimmed(text, span, question, short):
    assert _shown_marked(text, span, question, "Trial story") == short


@pytest.mark.parametrize(("text", "span", "question", "short"), [
    # trials IK and IM of stop 56: "What...?" of a figure is a figure asked, moved to the
    # time asked ("71%" and "£312,000" were shown)
    ("Occupancy at the Grand Esplanade averaged 71% last year, compared with 64% in 2024. It "
     "was sold.", "71%", "What was the Grand Esplanade Hotel's average occupancy rate in 2024?",
     "64%"),
    ("Ticket sales brought in £312,000, up from £241,000 last year. The festival grew.",
     "£312,000", "What did ticket sales at the Ashcombe Cider Festival earn last year?",
     "£241,000"),
])
def test_stop_56_trials_what_of_a_figure(text, span, question, short):
    assert _shown_marked(text, span, question, "Trial story") == short


def test_a_short_answer_that_repeats_the_question_is_not_shown():
    # trial IM of stop 56: "Champion Cider" was shown in bold for "Which cider was named
    # Champion Cider at the Ashcombe festival?"
    text = ("The festival's top award, Champion Cider, went to Old Meadow Press of Brent Knoll "
            "for its dry still cider, Hollow Oak. It sold out.")
    assert _shown_marked(text, "Old Meadow Press",
                         "Which cider was named Champion Cider at the Ashcombe festival?",
                         "Trial story") != "Champion Cider"


@pytest.mark.parametrize(("text", "span", "question", "short"), [
    # trial JA of stop 56: the age of a thing is no person's ("40" was shown)
    ("The rink's general manager, Simon Kettle, said the title would be a huge boost for the "
     "40-year-old arena, which reopened in May. Skaters cheered.", "40",
     "How old is Simon Kettle, the Whitlow Ice Arena general manager?", "refused"),
    # ... but a person described by a thing is one ("the 33-year-old club captain", trial FK)
    ("Tranter, the 33-year-old club captain, said the win was deserved. Fans sang.", "33",
     "How old is the Penrose club captain?", "33"),
])
def test_stop_56_fifth_trials_ages(text, span, question, short):
    assert _shown_marked(text, span, question, "Trial story") == short


_WINDERMERE = ("The council spent £340,000 keeping the crossing running in 2026, compared with "
               "£295,000 in 2025, the cabinet member for transport, Councillor Helen Marsh, told "
               "a meeting. Cllr Marsh, 54, said the rise showed that residents chose the ferry. "
               "Ticket income rose to £186,000 from £141,000, leaving the council to cover the "
               "rest. A new boat would cost £4.2 million.")


@pytest.mark.parametrize(("span", "question", "short"), [
    # the README check of 547d6e3: last year's figure of a sentence giving two years in a row
    # ("£340,000" was shown)
    ("£340,000", "How much did the council spend running the Windermere ferry last year?",
     "£295,000"),
    # ... the year asked, said there, and the readers' sentence kept first (refused)
    ("£340,000", "How much did the ferry cost the council in 2025?", "£295,000"),
    # a councillor's title before the family name alone (refused)
    ("£340,000", "How old is Councillor Helen Marsh?", "54"),
    # a change told without a time is from last year's figure (refused)
    ("£186,000", "What was the Windermere ferry's ticket income last year?", "£141,000"),
])
def test_stop_57_readme_check_windermere(span, question, short):
    text = _WINDERMERE if span == "£340,000" else _WINDERMERE[_WINDERMERE.index("Ticket"):]
    assert _shown_marked(text, span, question, "Windermere ferry passenger numbers soar") == short


def test_a_titled_person_asked_by_name_and_body_is_not_the_body_s_leader():
    # trial HN of stop 55: "How old is Councillor Gillian Marsh of Brindleford council?" is
    # not asked of the council's leader, "Cllr Thwaite, 57"
    text = ("The cabinet member for the environment, Councillor Gillian Marsh, said the case was "
            "a warning. The council's leader, Councillor Alison Thwaite, said the council could "
            "not afford it. “We did not take this lightly,” said Cllr Thwaite, 57.")
    assert _shown_marked(text, "environment", "How old is Councillor Gillian Marsh of "
                         "Brindleford council?", "Brindleford news") == "refused"


@pytest.mark.parametrize(("text", "title", "question", "short"), [
    # trial JD of stop 57: a relative named after "whose", the question describing her after
    # (refused)
    ("Julie Harper, whose mother Edna, 93, has lived at Elmfield for six years, said the home "
     "was all she knew. The home shuts in September.", "Care home to close",
     "How old is Julie Harper's mother, who lives at Elmfield House?", "93"),
    # trial JG: the age after the name, with what she is ("a 38-year-old PE teacher"; refused)
    ("Comets captain Rachel Dunmore, a 38-year-old PE teacher at Kelmore Academy, said her team "
     "had refused to give in. The final was close.", "Comets win netball league",
     "How old is the Kelmore Comets captain?", "38"),
    # trial JH: the age before the role asked, after the name ("the 29-year-old helm of";
    # refused)
    ("Lifeboat volunteer Tom Ashdown, the 29-year-old helm of the Bramcote Community Rescue "
     "Boat, said cold water was the hidden danger. The boy was rescued.", "River rescue",
     "How old is the helm of the Bramcote Community Rescue Boat?", "29"),
    # ... not another boat's helm
    ("Lifeboat volunteer Tom Ashdown, the 29-year-old helm of the Penhallow lifeboat, said cold "
     "water was the hidden danger. The boy was rescued.", "River rescue",
     "How old is the helm of the Bramcote Community Rescue Boat?", "refused"),
    # trial JD: the body asked opens the sentence before the role holder's, the headline
    # naming another (refused)
    ("Ashcombe Amateur Swimming Club, which has 420 members, is now training 14 miles away in "
     "Fernley. Head coach Gareth Pryce, 39, said: “We've lost every evening session.”",
     "Millbrook Leisure Centre to stay shut for a year after roof collapse",
     "How old is the head coach of the Ashcombe swimming club?", "39"),
    # trial JJ of stop 57: "The 52-year-old GP" after the sentence naming her (refused)
    ("Dr Priya Raman, the senior partner, said the move had been “a long time coming”. The "
     "52-year-old GP, who joined the practice in 2006, said the rooms had been cramped.",
     "Orchard Medical Practice moves", "How old is the Orchard Medical Practice's senior "
     "partner?", "52"),
    # trial JM: a nurseryman is a role, his age said later by his family name (refused)
    ("The saplings were grafted by Joe Ferriday, a nurseryman from Eastholme, using cuttings. "
     "“The Brackenfold Beauty was down to three known trees,” said Mr Ferriday, 49.",
     "Brackenfold orchard planted", "How old is the nurseryman who grafted the young trees for "
     "the Brackenfold orchard?", "49"),
    # trial JR of stop 57: the family name alone opening the sentence before "the 61-year-old
    # told" (refused)
    ("Catterick, whose detective series is set on the North York Moors, read from his new "
     "novel. “Libraries made me a writer,” the 61-year-old told the audience.",
     "Whitby book festival", "How old is the crime novelist Owen Catterick?", "61"),
    # trial JS: a double-barrelled name in the sentence before (refused)
    ("One of the victims, Powys sheep farmer Gwen Lloyd-Morris, said the theft had hurt her. "
     "“I was 62 when I started farming on my own,” the 67-year-old said.",
     "Farm machinery gang jailed", "How old is Gwen Lloyd-Morris?", "67"),
    # trial JS: two sentences naming no one between (refused)
    ("Ashcombe Hockey Club's women have won promotion. Head coach Marcus Dyer, who took charge "
     "in 2022, said the squad was home-grown. Eleven of the 18 players came through the youth "
     "teams. Last season, Ashcombe finished fourth with 38 points. The 52-year-old former "
     "Wales international said: “Promotion was the target.”",
     "Ashcombe women end 14-year wait for promotion with win over Kingsbridge",
     "How old is the head coach of Ashcombe Hockey Club?", "52"),
])
def test_stop_57_trials_ages(text, title, question, short):
    readings = {0: (6.0, text.split()[0])}
    answer = _answer_titled(text, readings, question, title, choose=True)
    assert _shown(answer) == short


def test_an_age_before_a_compound_role_is_a_person_s():
    # trial JT of stop 57: "a 52-year-old secondary school teacher" is a person, not a school
    # ("Not sure")
    text = ("Mr Morley, a 52-year-old secondary school teacher from Thornbury, suffered a broken "
            "cheekbone. The van driver was jailed.")
    assert _shown_marked(text, "52-year-old", "How old is the teacher who was assaulted in the "
                         "Thornbury road rage attack?", "Road rage van driver jailed") == "52"


@pytest.mark.parametrize(("text", "span", "question", "short"), [
    # trial JZ of stop 57: "What did ... pay for ...?" asks a sum ("38" garden centres was shown)
    ("It has been bought by Greenacre Garden Group, which owns 38 centres across England and "
     "Wales. It did not say more.", "38",
     "What did Greenacre Garden Group pay for Ashbourne Garden Centre?", None),
    # trial JV: the sum before a word of the name asked ("a new £24 million maternity unit" for
    # the Rowan Maternity Centre; refused)
    ("Mothers in Castlebridge will give birth in a new £24 million maternity unit from next "
     "week. The Rowan Maternity Centre has 18 rooms.", "£24 million",
     "What did the Rowan Maternity Centre in Castlebridge cost?", "£24 million"),
    # trials JZ, JX and JN: a sum spent on several things is no sum of one of them (shown)
    ("Greenacre will spend a further £1.2m on a new café, a larger car park and a children's "
     "play area. Staff stay.", "£1.2m",
     "How much will Greenacre spend on the new café alone at Ashbourne Garden Centre?",
     "refused"),
    ("The trust will spend a further £400,000 creating new reedbeds, two bird hides and a 2km "
     "footpath. It opens in May.", "£400,000",
     "How much will the two new bird hides at Cotter's Marsh cost?", "refused"),
    ("The club has spent £385,000 on a new irrigation system and the restoration of its 1925 "
     "veranda. It is 100.", "£385,000",
     "How much did Heathcote Golf Club's new irrigation system cost on its own?", "refused"),
    # ... but the whole asked (trial JL), and a name's "and" (trial IP of stop 56)
    ("The council spent £3.4m on new cooling equipment, a replacement ice pad and refurbished "
     "changing rooms. It reopens.", "£3.4m",
     "How much did North Northamptonshire Council pay to refurbish the Kettering ice rink?",
     "£3.4m"),
    ("He was ordered to pay £1,250 towards Newark and Sherwood District Council's costs and a "
     "victim surcharge. He left.", "£1,250",
     "How much must the builder pay towards Sherwood District Council's costs?", "£1,250"),
    # trials JC, JD and JF of stop 57: the adults' price is no child's nor pensioner's (shown)
    ("Adult tickets rose from £18.50 to £19.75 in April. The zoo is busy.", "£19.75",
     "How much does a child's ticket to Thornbury Zoo cost?", "refused"),
    ("She said tickets would cost £8.50 for adults, with a £5 rate for under-16s on weekday "
     "afternoons. It opens soon.", "£8.50",
     "How much will a ticket cost for pensioners at the Regal in Kettlebrook?", "refused"),
    # ... but the adults' price is theirs
    ("Adult tickets rose from £18.50 to £19.75 in April. The zoo is busy.", "£19.75",
     "How much does an adult ticket to Thornbury Zoo cost?", "£19.75"),
    # the README check of 3340dfe (stop 58): the adults' price last year, compared with their
    # price now, is no child's of last year (shown "£5")
    ("Adult tickets now cost £6.50, up from £5 last year, while children under 16 swim for £3. "
     "It opens daily.", "£5",
     "How much did a child's ticket at the Kessingham lido cost last year?", "refused"),
    ("Adult tickets now cost £6.50, up from £5 last year, while children under 16 swim for £3. "
     "It opens daily.", "£5",
     "How much did an adult ticket at the Kessingham lido cost last year?", "£5"),
])
def test_stop_57_prices_and_sums_asked(text, span, question, short):
    assert _shown_marked(text, span, question, "Trial story") == short


def test_the_season_before_asked_is_the_previous_season_s_figure():
    # the README check of 3e4b3cb: "1,420" was shown for the season tickets sold "the season
    # before"
    text = ("The lido's manager said season ticket sales had doubled to 1,420, compared with 710 "
            "in the previous season. He was pleased.")
    assert _shown_marked(text, "1,420", "How many season tickets did the Ashbourne lido sell the "
                         "season before?", "Ashbourne Lido visitor numbers soar") == "710"


def _shown_read(text, readings, question, date=None, title="Headline"):
    """What a user is shown (:func:`_shown`) for ``question`` asked by itself of ``text``
    (dated ``date``, headed ``title``), the readers judging its sentences as ``readings``
    says."""
    return _shown(_answer_over(text, readings, question, Cutoffs(0.5, 0.9, 0.5), ordered=True,
                               choose=True, date=date, title=title)[0])


_FOOD_BANK = ("The food bank gave out 6,240 parcels in the twelve months to November. The "
              "food bank spent £118,000 this year, including £31,500 on "
              "food it had to buy because donations fell short, against £87,000 the year before.")
_PENHALLOW = ("Penhallow's open-air lido welcomed 38,400 swimmers this summer, up from 29,750 last "
              "year, after a £1.2 million restoration of its Art Deco pool. Queues formed early. "
              "The café ran out of chips twice. An adult ticket costs £6.50 this year, up from £5. "
              "It rained in June. The pool took £214,000 in admissions between May and September, "
              "compared with £161,000 in the same months last year.")


@pytest.mark.parametrize(("text", "readings", "question", "date", "short", "cited"), [
    # trial KN of stop 58: "helped found" tells of a founding (refused)
    ("Mr Farrow, who helped found Bedford Riverside Rowing Club in 1961, died in January aged "
     "89. He rowed until he was 80.", {0: (1.0, "1961")},
     "In which year was Bedford Riverside Rowing Club set up?", None, "1961", "1961"),
    # trial KN: a price asked is what the thing cost (refused)
    ("A rowing club in Bedford has launched its first new racing eight in more than a decade, "
     "naming it after a founder member who rowed until he was 80. The boat, built in Kent, cost "
     "£38,000 and was paid for by a grant.", {0: (1.0, "80"), 1: (-1.0, "£38,000")},
     "What was the price of the new racing eight at Bedford Riverside Rowing Club?", None, None,
     "£38,000"),
    # trial KP: a count asked by its noun, said of the noun's numbers (refused)
    ("Skellan has a population of about 3,400 people. Passenger numbers fell last year to "
     "412,000, from 438,000 the year before.", {0: (1.0, "3,400"), 1: (0.0, "412,000")},
     "How many passengers travelled on the Skellan ferry last year?", None, "412,000",
     "412,000"),
    # trial KU: a figure marked as last year's by "who started last year" (refused)
    ("More than 400 paddlers took to the River Wye on Saturday for the 12th Wye Valley Kayak "
     "Challenge, the biggest field in the race's history. Crowds lined the banks at Ross. "
     "Cafés ran out of cake. A total of 412 "
     "kayakers set off from Hay-on-Wye, compared with 318 who started last year.",
     {0: (1.0, "400"), 3: (0.3, "412")},
     "How many paddlers started the Wye Valley Kayak Challenge last year?", None, "318",
     "318"),
    # trial KX: the best sentence gives no figure, a later one counts the noun asked (refused)
    ("Little Acorns Nursery in Wexcombe has been rated outstanding by Ofsted. The nursery on "
     "Hollybush Road, which cares for 62 children aged from nine months to four years, was "
     "inspected in October.", {0: (1.0, "Ofsted"), 1: (-0.7, "62")},
     "How many children attend Little Acorns Nursery in Wexcombe?", None, None, "62"),
    # trial LC of stop 58: a part's giver after "including" is not asked ("£20,000" shown)
    ("So far it has raised £91,500, including £20,000 from the Ashcombe Music Trust. It tours "
     "in May.", {0: (2.0, "£20,000")},
     "How much has the Ashcombe youth orchestra collected so far towards the Japan tour?",
     None, "£91,500", "£91,500"),
    # trial LC: this summer's figure beside last summer's ("2,150" shown)
    ("Martin Gallagher said rangers had spoken to 2,150 people about swimming at its reservoirs "
     "last summer, and 3,480 this summer. Signs went up.", {0: (2.0, "2,150")},
     "How many people did Northern Dales Water's rangers warn about swimming in its reservoirs "
     "this summer?", None, "3,480", "3,480"),
    # trial LC: "The older Mr Demetriou" is not the owner asked by his role ("81" shown)
    ("The Golden Batter won the award. The older Mr Demetriou, now 81, opened the shop in 1979. "
     "Customers queued. Owner Stavros Demetriou, 49, took over the business from his father, "
     "Andreas Demetriou, in 2011.", {1: (-1.0, "81"), 3: (-2.0, "49")},
     "How old is the owner of The Golden Batter chip shop?", None, "49", "49"),
    # trial LD: the count asked said as the noun's value, the readers marking the figure it grew
    # from and rating it low (refused; cited now, its figure not shown)
    ("Harrogate Hockey Club has unveiled a new clubhouse named after Ellie Marsden. Club "
     "president Richard Dale said membership had grown from 310 before the Games to 455 this "
     "season.", {0: (0.0, "Ellie Marsden"), 1: (-1.2, "310")},
     "How many members does the Harrogate hockey club have now?", None, None, "455"),
    # the README check of 5f87bdd: "the year before" of this year's figure is last year's
    # (refused)
    (_FOOD_BANK, {0: (1.0, "6,240"), 1: (0.8, "£118,000")},
     "How much did the Ise Valley Food Bank spend last year?", "2026-12-04", "£87,000", "£87,000"),
    # ... but not of last year's (trial ET of stop 53)
    ("Figures show there were an estimated 76,000 incidents of violence against shop staff last "
     "year, up from 40,000 the year before. The union spoke.", {0: (3.0, "40,000")},
     "How many violent incidents against shop workers were there last year?", "2026-03-02",
     "76,000", "76,000"),
    # the README check of e780b47: a sum said before the noun asked, the readers marking
    # another figure there (shown the adult ticket's "£6.50")
    (_PENHALLOW, {0: (1.0, "38,400"), 3: (-1.0, "£6.50")},
     "How much did the restoration of Penhallow Lido cost?", None, "£1.2 million", "£1.2 million"),
    # ... and takings asked as a sum taken in, last year's said "in the same months last
    # year" (shown "29,750" swimmers)
    (_PENHALLOW, {0: (1.0, "29,750"), 5: (0.9, "£214,000")},
     "How much did Penhallow Lido take in admissions last year?", None, "£161,000", "£161,000"),
    # the README check of 3e4b3cb: a sum committed is one spent (refused)
    ("Ashbourne's open-air lido welcomed 48,300 swimmers this summer, up from 31,750 last year. "
     "The council has now committed £1.2 million to repair the pool's cracked tiling.",
     {0: (1.0, "31,750"), 1: (0.3, "£1.2 million")},
     "How much is the council spending on fixing up Ashbourne Lido?", None, "£1.2 million",
     "£1.2 million"),
])
def test_stop_58_trials_figures(text, readings, question, date, short, cited):
    # (None: the passage is cited, its figure not shown, the readers rating it low)
    answer = _answer_over(text, readings, question, Cutoffs(0.5, 0.9, 0.5), ordered=True,
                          choose=True, date=date)[0]
    assert _shown(answer) == short
    assert cited in answer.citations[0].quote


def test_a_sum_collected_is_one_raised_below_a_best_sentence_of_no_figure():
    # trial LK of stop 58: "How much had the hardship fund ... collected?" of "it had raised
    # £23,400", rated 0.19 of a best sentence that says no figure (refused; now cited down to
    # FIGURELESS_SUM_SHARE)
    text = ("Kettleford Town Council leader Councillor Anita Bramwell said a hardship fund had "
            "been set up for the traders. Crowds gathered outside. By Thursday afternoon it had "
            "raised £23,400 from more than 600 donors.")
    question = "How much had the hardship fund for Kettleford fire victims collected?"
    answer = _answer_over(text, {0: (1.0, "Councillor Anita Bramwell"), 2: (-2.0, "£23,400")},
                          question, Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True)[0]
    assert not answer.abstained and "£23,400" in answer.citations[0].quote
    # (not a sum of another deed so far below: "expected to cost" is no sum collected)
    other = text.replace("it had raised £23,400 from", "the repairs were expected to cost "
                         "£23,400, said")
    assert _answer_over(other, {0: (1.0, "Councillor Anita Bramwell"), 2: (-2.0, "£23,400")},
                        question, Cutoffs(0.5, 0.9, 0.5), ordered=True,
                        choose=True)[0].abstained


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # the README check of 98bca6c: last year's figure in words (refused)
    ("Lifeguard Tom Whitlock, 19, was among 14 lifeguards taken on this season, against nine "
     "last year. He said the busiest day was in July.", "14",
     "How many lifeguards did the Ashworth lido have last year?", "nine"),
    # the README check of 3340dfe: "over the whole of last year" (refused)
    ("Lido manager Priya Raman, 41, said 38,200 swimmers had used the pool so far this year, "
     "compared with 26,500 over the whole of last year. It closes in September.", "38,200",
     "How many people swam at the Kessingham lido last year?", "26,500"),
])
def test_stop_58_last_year_s_figure_beside_this_year_s(text, marked, question, short):
    assert _shown_read(text, {0: (1.0, marked)}, question) == short


def test_the_figure_of_the_time_asked_keeps_its_million():
    # the README check of 78ddb68: "£1.1" was shown for "compared with £1.1 million last year"
    text = ("Tamar Crossings Ltd said ticket income reached £1.4 million this year, compared with "
            "£1.1 million last year. Fares rise in April.")
    assert _shown_read(text, {0: (1.0, "£1.4 million")}, "What was the Cremyll ferry's ticket "
                       "income last year?") == "£1.1 million"


@pytest.mark.parametrize(("text", "readings", "question", "short", "cited"), [
    # trial ME of stop 59: this year's sum beside "beating last year's total" is this year's
    # (refused)
    ("Organisers said the event had raised £96,400 for Lincs & Notts Air Ambulance, beating "
     "last year's total of £71,000. Riders came from far away.", {0: (1.0, "£96,400")},
     "How much did the Wolds Challenge raise for the air ambulance this year?", "£96,400",
     "£96,400"),
    # trial MG: a sentence of last year's show is not chosen over this year's for this
    # year's visitors (refused)
    ("More than 23,000 people braved the rain to attend the Hartwell Flower Show at the "
     "weekend. Organisers said visitor numbers were up by 15% on last year's show, when 20,000 "
     "people came through the gates.", {0: (1.0, "23,000"), 1: (0.5, "20,000")},
     "How many visitors came to the Hartwell Flower Show this year?", "More than 23,000",
     "23,000"),
    # trial MD: "employed 19 people" counts the employees asked (refused)
    ("Crews were called to Highfold Farm Shop at 2.15am on Tuesday. The shop employed 19 "
     "people, 12 of them full time.", {0: (1.0, "Crews"), 1: (0.1, "19")},
     "How many employees did Highfold Farm Shop have before the fire?", "19", "19"),
    # trial MG: a sum paid below a best sentence that gives a share but no sum (refused)
    ("Dunmere Town Football Club has been taken over by American investors who have bought an "
     "80% stake in the club. The consortium, led by Boston businessman Jeffrey Kaplan, has paid "
     "£2.6m for the shares.", {0: (1.0, "80%"), 1: (0.1, "£2.6m")},
     "How much did the American consortium pay for its stake in Dunmere Town?", "£2.6m",
     "£2.6m"),
    # trial ME: a harbour master named by that role, below a fisherman ("Alan Rowe" shown)
    ("Fisherman Alan Rowe, who has worked out of Porthkerris for 26 years, said his catch had "
     "often spoiled. Harbour master Gwen Treloar, 47, said the difference would be felt.",
     {0: (-1.1, "Alan Rowe"), 1: (-2.8, "Gwen Treloar")},
     "Who is Porthkerris's harbour master?", "Gwen Treloar", "Gwen Treloar"),
    # trial MF: a coroner named by that role, below the dead man's town ("Hollinbridge" shown)
    ("Daniel Whitcombe, 34, of Ashbury Road, Hollinbridge, died at the scene. Senior coroner "
     "Jonathan Bellamy recorded a conclusion of unlawful killing.",
     {0: (-1.0, "Hollinbridge"), 1: (-2.1, "Jonathan Bellamy")},
     "Which coroner presided over the hearing into Daniel Whitcombe's death?",
     "Jonathan Bellamy", "Jonathan Bellamy"),
    # ... and an area coroner too (trial LQ of stop 56)
    ("A grandmother died in a house fire in Hexley. Area coroner Rebecca Thornbury recorded a "
     "conclusion of accidental death.", {0: (0.1, "grandmother"), 1: (-1.3, "Rebecca Thornbury")},
     "Which coroner ruled at the inquest into the Hexley house fire death?",
     "Rebecca Thornbury", "Rebecca Thornbury"),
    # trial MH: a parish council's chairwoman is not the society's chairman asked (shown)
    ("The Plough at Upper Coddington has reopened as a community-owned pub. Coddington parish "
     "council chairwoman Sue Barraclough said the pub was welcome. The society's chairman, "
     "Peter Haslam, a 64-year-old retired accountant, said volunteers had worked hard.",
     {0: (-0.9, "community-owned pub"), 1: (-1.2, "Sue Barraclough"), 2: (-2.5, "Peter Haslam")},
     "Who is chairman of the society that owns the Plough in Upper Coddington?", "Peter Haslam",
     "Peter Haslam"),
])
def test_stop_59_trials(text, readings, question, short, cited):
    answer = _answer_over(text, readings, question, Cutoffs(0.5, 0.9, 0.5), ordered=True,
                          choose=True)[0]
    assert _shown(answer) == short
    assert cited in answer.citations[0].quote


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial MC of stop 59: the age said after another name, the one asked named later with
    # the deed asked (shown "22")
    ("The title role will be played by Maisie Chen, 22, a graduate of the Stanbury School, "
     "with Daniel Okoye as Prince Charming. The show opens on Friday.", {0: (1.0, "22")},
     "How old is Daniel Okoye, who plays Prince Charming at the Royal Hall?", "refused"),
    # trial MG: "nine-year-old Alfie Brennan" for the show's chairman named after its name
    # (shown "nine")
    ("The youngest prize winner was nine-year-old Alfie Brennan, from Hartwell Primary "
     "School. The show's chairman, Colin Whitlock, said 412 exhibitors had entered.",
     {0: (1.0, "nine")}, "How old is Hartwell Flower Show chairman Colin Whitlock?", "refused"),
    # trial MH: "19-year-old Danish rider Mikkel Sørensen" for the team manager (shown "19")
    ("Team manager Colin Breward said the signing of 19-year-old Danish rider Mikkel Sørensen "
     "over the winter had changed the team. The Rockets are top.", {0: (1.0, "19")},
     "How old is Ridgeford Rockets team manager Colin Breward?", "refused"),
    # ... but the age said before the very name asked is theirs
    ("Team manager Colin Breward said the signing of 19-year-old Danish rider Mikkel Sørensen "
     "over the winter had changed the team. The Rockets are top.", {0: (1.0, "19")},
     "How old is Ridgeford Rockets rider Mikkel Sørensen?", "19"),
    # trial MH: the part spent on the thing asked, after "including" (shown the whole,
    # "£180,000")
    ("Mr Hollis said he had invested £180,000 in the stadium over two years, including £65,000 "
     "on new safety fencing and £40,000 on resurfacing the track. Crowds are up.",
     {0: (1.0, "£65,000")}, "How much did the Ridgeford speedway owner spend on safety fencing?",
     "£65,000"),
    # trial ML of stop 59: a name asked by a former role, its age after it (shown
    # "Margaret Eyre, 87")
    ("The centre was officially opened on Saturday 14 June by Margaret Eyre, 87, who was the "
     "park's first warden. Crowds came.", {0: (1.0, "Margaret Eyre, 87")},
     "Which former warden performed the opening ceremony of the Hollins Moor visitor centre?",
     "Margaret Eyre"),
    # trial MJ: a record's figure, not what is said of it after a comma (shown "1,105, set in
    # 2025")
    ("The attendance beat the previous record for the final, 1,105, set in 2025, when "
     "Ravensholme beat Castleford. Fans sang.", {0: (1.0, "1,105, set in 2025")},
     "What was the previous attendance record for the county women's cup final?", "1,105"),
    # trial MN: "The 71-year-old still milks..." after the sentence naming him after another's
    # age, the body asked said elsewhere in the story (refused)
    ("Garthdale Creamery's Old Shepherd took the top prize. The creamery is run by Helen "
     "Marchbank, 39, and her father, Geoffrey Marchbank, who started making cheese in 2006. The "
     "71-year-old still milks the flock of 320 sheep himself.",
     {1: (0.0, "39"), 2: (-2.8, "71-year-old")},
     "How old is Geoffrey Marchbank of Garthdale Creamery?", "71"),
    # ... but not when the age said before is the one asked's own
    ("Garthdale Creamery's Old Shepherd took the top prize. The creamery is run by Geoffrey "
     "Marchbank, 39, and his daughter, Helen Marchbank, who started making cheese in 2006. The "
     "71-year-old still milks the flock of 320 sheep herself.",
     {1: (0.0, "39"), 2: (-2.8, "71-year-old")},
     "How old is Geoffrey Marchbank of Garthdale Creamery?", "39"),
    # trial MN: the author named in full before, then by her family name alone (refused)
    ("The festival featured 38 events, including talks by crime novelist Rebecca Thornley. "
     "Tickets were cheap. The café was busy. The headline event, an evening with Thornley to "
     "mark her tenth novel, sold all 350 tickets. The 55-year-old author, who grew up in "
     "Ashcombe, was cheered.",
     {0: (-1.3, "Rebecca Thornley"), 3: (-4.2, "Thornley"), 4: (-2.3, "55-year-old")},
     "How old is the crime writer Rebecca Thornley?", "55"),
    # trial MN of stop 59: a count of events is no count of the people who attended (shown
    # "38")
    ("A book festival run by Ashcombe Central Library attracted a record 6,200 visitors over "
     "four days. The Ashcombe Words Festival, now in its sixth year, featured 38 events. It "
     "cost £48,000.", {0: (0.6, "6,200"), 1: (0.5, "38")},
     "How many people attended the Ashcombe Words Festival this year?", "6,200"),
    # trial MN: residents are the people living at a care home, not its beds (shown "38")
    ("Willowbank House has 38 beds and currently cares for 34 residents. It was fined.",
     {0: (1.0, "38")}, "How many people are living at Willowbank House care home at the moment?",
     "34"),
    # trial MI of stop 59: "How much did ... raise" asks a sum, said in the passive, this
    # year's though a later clause tells of last year's race (refused)
    ("Entry cost £18, and £6,240 was raised for the mountain rescue team, which received "
     "£4,100 from last year's race. Runners came from Wales.", {0: (1.0, "£18, and £6,240")},
     "How much did the Kettlestone Fell Race raise for mountain rescue this year?", "£6,240"),
    # ... but not last year's, asked
    ("Entry cost £18, and £6,240 was raised for the mountain rescue team, which received "
     "£4,100 from last year's race. Runners came from Wales.", {0: (1.0, "£18, and £6,240")},
     "How much did the Kettlestone Fell Race raise for mountain rescue in 2019?", "refused"),
    # trial MJ of stop 59: the profit marked, said of the year asked, is the one asked (shown
    # the turnover "£1.8m", then the year before's "£96,000")
    ("Accounts show Hesketh's turned over £1.8m in the year to March 2026, up from £1.55m the "
     "year before, but its profit fell to £42,000 from £96,000 as costs climbed. It has 34 "
     "staff.", {0: (1.0, "£42,000")},
     "What profit did Hesketh's Bakery make in the year to March 2026?", "£42,000"),
    # trial MJ: the runners-up's prize for the beaten finalists (shown the winners' "£2,500")
    ("The winners received £2,500 in prize money, with the runners-up receiving £1,000. Fans "
     "cheered.", {0: (1.0, "£2,500 in prize money, with the runners-up receiving £1,000")},
     "How much prize money did beaten finalists Ravensholme Ladies get?", "£1,000"),
    # trial MI: a date asked by its name, without the hour before it
    ("Firefighters were called to St Aidan's Primary School shortly after 11.40pm on Tuesday 4 "
     "March. Six engines came.", {0: (1.0, "11.40pm on Tuesday 4 March")},
     "On what date was St Aidan's school in Millbrook set on fire?", "Tuesday 4 March"),
    # trial MJ: "shut" is "closed", a whole date over a year marked (shown "1834")
    ("The Grade II-listed stone bridge, built in 1834, was closed on 9 October 2025 after the "
     "river rose. Engineers came.", {0: (1.0, "1834")},
     "When was Ashwell's Mill Street bridge shut?", "9 October 2025"),
    # trial ML: a detective's name without the rank the readers marked (shown "Inspector Mark
    # Whitfield")
    ("Detective Inspector Mark Whitfield, of West Mercia Police, said the raid was planned. "
     "Staff were shaken.", {0: (1.0, "Inspector Mark Whitfield")},
     "Which West Mercia detective is investigating the Shrewsbury jewellery shop robbery?",
     "Mark Whitfield"),
    # trial MP: the part asked by its first word after it ("260 juniors"; shown the whole,
    # "420")
    ("The club now has 420 playing members, including 260 juniors, compared with 290 players "
     "five years ago. Its women's team is new.", {0: (1.0, "260")},
     "How many junior players does Kelsford Rugby Club have?", "260"),
    # trial MO: the rating now, risen "from 1,640 at the start of last year to 1,912 this month"
    # (shown "1,640")
    ("Daniel's rating rose from 1,640 at the start of last year to 1,912 this month, making him "
     "the highest-rated under-16. He plays on Fridays.", {0: (1.0, "1,640")},
     "What is Daniel Okafor's chess rating now?", "1,912"),
    # trial MR of stop 59: "which the club did not disclose" withholds what "which" stands for
    # (shown "a weekly wage")
    ("Tennant's package includes flights, a flat above the pavilion and a weekly wage, which the "
     "club did not disclose. He arrives in April.", {0: (1.0, "a weekly wage")},
     "What weekly wage will Jack Tennant be paid by Kelsey Park?", "refused"),
    # trial MO: "in his 39 years as a driver" is no age of the managing director speaking
    # (shown "39 years")
    ("Calder Valley Buses' managing director, Sarah Quinn, said Mr Armitage had not had a single "
     "complaint upheld against him in his 39 years as a driver. He retires on Friday.",
     {0: (1.0, "39 years")}, "How old is Calder Valley Buses managing director Sarah Quinn?",
     "refused"),
    # trial MS: the outgoing director is no finance director (shown "Mr Ashworth")
    ("The outgoing director, Mr Ashworth, 66, directed 42 productions at the Lyceum. He leaves "
     "in May.", {0: (1.0, "Mr Ashworth")},
     "Who is the finance director of the Lyceum Theatre in Bramford?", "refused"),
    # trial MY of stop 59: this year's figure "grown from 14 members last year to 31 this
    # year" (shown "14")
    ("The cathedral's band of ringers has grown from 14 members last year to 31 this year, as "
     "the new bells drew recruits. Practice is on Tuesdays.", {0: (1.0, "14")},
     "How many ringers does Norminster Cathedral's band have this year?", "31"),
    # trial MX: an adult's ticket asked "How much is...?" (shown "£8 for adults, £4")
    ("Tickets cost £8 for adults, £4 for children and £20 for a family. Doors open at 10am.",
     {0: (1.0, "£8 for adults, £4")},
     "How much is an adult ticket for the Penbury Model Railway Exhibition?", "£8"),
    # trial MV: the price without its name (shown "guide price of £1.1m")
    ("The council first put the town hall on the market in 2023 with a guide price of £1.1m. "
     "Nobody bid.", {0: (1.0, "guide price of £1.1m")},
     "What was the asking price when Ossington Town Council first put its town hall up for "
     "sale?", "£1.1m"),
    # trial MV: the hospital asked, without its town (shown "Pilgrim Hospital in Boston")
    ("Two people were taken to Pilgrim Hospital in Boston with smoke inhalation. Nobody was "
     "seriously hurt.", {0: (1.0, "Pilgrim Hospital in Boston")},
     "To which hospital were the two people with smoke inhalation from the caravan park fire "
     "taken?", "Pilgrim Hospital"),
])
def test_stop_59_trials_shown(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


def test_a_relative_s_age_is_no_age_of_the_one_asked():
    # trial OE of stop 60 was shown "24", the son's age, for the skipper's: the age after a
    # name said as someone's relative ("with his son Jory, 24,") is another's (the words the
    # answering checks read before the age: the paragraph before, the title, the sentence)
    from qa.ages import _age_of_another
    sentence = ("Skipper Martin Hosking, who fishes the 10-metre crabber Girl Tamsin with his son "
                "Jory, 24, said the difference was immediate.")
    before = ("The chairman of the harbour commissioners, Angela Pascoe, said she expected "
              "landings to recover within two seasons.\n\n" + sentence[: sentence.index("24")])
    title = "£640,000 ice plant opens at Porthkerris harbour after two-year wait "
    question = "How old is the skipper of the Porthkerris crabber Girl Tamsin?"
    assert _age_of_another(question, before, title + sentence[: sentence.index("24")], sentence)
    # ... but it is the age asked when the relative is asked
    assert not _age_of_another("How old is Martin Hosking's son?", before,
                               title + sentence[: sentence.index("24")], sentence)


def test_what_a_price_rose_from_this_year_is_last_year_s():
    # the README check of f7fbe4e: "Season tickets rose from £85 to £110 this year" for last
    # year's price was refused, in a dated story and an undated one
    text = ("Season tickets rose from £85 to £110 this year, a price some residents had "
            "criticised. The lido opened in May.")
    question = "How much was a Thornbury lido season ticket last year?"
    for date in ("2026-12-04", None):
        assert _shown_read(text, {0: (1.0, "£85 to £110")}, question, date=date) == "£85"
    # ... and not a price of two years before
    assert _shown_read(text, {0: (1.0, "£85 to £110")}, "How much was a Thornbury lido season "
                       "ticket the year before last?", date="2026-12-04") == "refused"


def test_last_year_of_a_dated_story_is_its_year_before():
    # the README check of 87b4181: "the list stood at 104 people in 2025" for last year's
    # list, rated 0.4 of this year's "212" (refused); the story dated 2026
    text = ("The waiting list for allotments in Kettleby has doubled in a year, with 212 "
            "residents now hoping for a plot. The Kettleby Allotment Society has 390 members. "
            "Figures released on Monday show the list stood at 104 people in 2025.")
    readings = {0: (0.1, "212"), 1: (-0.9, "390"), 2: (-1.3, "104")}
    question = "How many people were on the Kettleby allotment waiting list last year?"
    answer = _answer_over(text, readings, question, Cutoffs(0.5, 0.9, 0.5), ordered=True,
                          choose=True, date="2026-11-02")[0]
    assert not answer.abstained and "104" in answer.citations[0].quote
    # ... not of a story dated 2025, whose last year is 2024
    assert _answer_over(text, readings, question, Cutoffs(0.5, 0.9, 0.5), ordered=True,
                        choose=True, date="2025-11-02")[0].abstained


def test_a_price_asked_is_the_level_a_rise_takes_it_to():
    # the README check of 549e298: "40p" was shown for what a ticket will cost, of "a fare
    # rise of 40p, taking a single adult ticket to £4.60"
    text = ("Passengers will pay more from April after the operator announced a fare rise of "
            "40p, taking a single adult ticket to £4.60. Islanders get a discount.")
    assert _shown_read(text, {0: (1.0, "40p")}, "What will a single adult ferry ticket to "
                       "Carrick Island cost?") == "£4.60"
    # ... but the rise, asked by how much
    assert _shown_read(text, {0: (1.0, "40p")}, "By how much will ferry fares to Carrick "
                       "Island rise?") == "40p"


def test_a_discount_asked_may_be_a_share():
    # the final README check of 549e298: "What discount do islanders ... get?" was refused
    # beside "would still receive a 30% discount" (a share, where a sum was looked for)
    text = ("Tidewater Ferries said islanders with a resident's card would still receive a 30% "
            "discount, and that children under five would travel free. Fares rise in April.")
    assert _shown_read(text, {0: (1.0, "30%")}, "What discount do islanders with a resident's "
                       "card get on the ferry?") == "30%"
    # ... but no share answers what a fine was
    assert _shown_read("The firm said it would pay 30% of the fine. It appealed.",
                       {0: (1.0, "30%")}, "What fine was the firm given?") == "refused"


def test_a_sum_given_is_asked_by_giving():
    # the last README check of 875c12c: "How much money is the council giving towards the new
    # ferry?" was refused beside "agreed a grant of £1.2 million" (now cited, "Not sure")
    text = ("Passenger numbers rose to 86,400 this year. The county council has agreed a grant "
            "of £1.2 million to replace the ageing vessel Sea Lark. The crossing takes ten "
            "minutes.")
    answer = _answer_over(text, {0: (1.0, "86,400"), 1: (-0.2, "£1.2 million")},
                          "How much money is the council giving towards the new ferry?",
                          Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True)[0]
    assert not answer.abstained and "£1.2 million" in answer.citations[0].quote


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # the README check of 302ac3d: so is "a year earlier" (shown this year's "41")
    ("The trust employs two paid skippers and relies on 41 volunteer crew, compared with 35 a "
     "year earlier. Its youngest volunteer is 19.", {0: (1.0, "41")},
     "How many volunteer crew did the Hartley Bay ferry have last year?", "35"),
    # the README check of 6faebd4: "a year ago" is last year (shown this year's "210")
    ("Derek Ainsworth, 71, said the society had 210 members, up from 185 a year ago. He has kept "
     "a plot for 30 years.", {0: (1.0, "210")},
     "How many members did the Dunmore Allotment Society have last year?", "185"),
    # ... and a full plot's rent is not a half plot's, said in the next sentence (shown "£26")
    ("Annual rent for a full plot will rise to £48 from £42 last year. Half plots will cost £26.",
     {0: (0.5, "£48"), 1: (1.0, "£26")}, "How much does a full plot cost a year in Dunmore?",
     "£48"),
    # trial NG of stop 60: a weight before, of two compared (shown both, "13kg, compared with
    # 19kg")
    ("She now weighs 13kg, compared with 19kg before she went missing. She is eating well.",
     {0: (1.0, "13kg, compared with 19kg")},
     "How much did Poppy the spaniel weigh before she disappeared?", "19kg"),
    # trial NI: last year's visitors, the sentence of last year (shown the year before's
    # "171,000")
    ("The cathedral spent £412,000 on heating and maintenance last year, compared with "
     "£298,000 the year before, and visitor numbers fell to 154,000 from 171,000. It is cold.",
     {0: (1.0, "154,000 from 171,000")},
     "How many visitors did Stanbridge Cathedral have last year?", "154,000"),
    # trial NJ: the figure "by" the year asked (shown this October's "310")
    ("The council says a survey found 310 people a day used the partly open route in October, "
     "and it expects that to rise to 900 a day by 2027. Cyclists welcomed it.",
     {0: (1.0, "310")},
     "How many daily users does the council expect on the Brackenford to Elmstead path by "
     "2027?", "900"),
    # trial NJ: "Mr Trevithick, 45" speaking of Lucy is no age of Lucy Trevithick (shown "45")
    ("“When they read out our name Lucy dropped her fork,” said Mr Trevithick, 45. “We're a "
     "tiny shop.”", {0: (1.0, "45")},
     "How old is Lucy Trevithick of the Penhallow bakery Crumb & Co?", "refused"),
    # trial NJ: the season before last is not last season (shown "14")
    ("The 26-year-old, who scored 14 tries in 23 appearances for Kirkfield last season, joins "
     "for an undisclosed fee. He will earn £95,000 a year.", {0: (1.0, "14")},
     "How many tries did Josefa Naivalu score for Kirkfield Raiders the season before last?",
     "refused"),
    # trial NL: nor is the winter before last this winter (shown "21,800")
    ("\"We answered 21,800 emergency calls in the district over those three months, which is "
     "12 per cent more than last year,\" he said. Crews queued.", {0: (1.0, "21,800")},
     "How many emergency calls did the ambulance service answer in the Wrexford district the "
     "winter before last?", "refused"),
    # trial NL: the previous season's, said before its figure (shown this season's "386")
    ("They finished with 386 points, 41 ahead of second-placed Beckton, having finished sixth "
     "last season with 259 points. The dinner is in May.", {0: (1.0, "386")},
     "How many points did Ashcombe Cricket Club finish with in the previous season?", "259"),
    # trial NL: the patients, not the doctors before them (shown "nine GPs and 14,200")
    ("It now has nine GPs and 14,200 registered patients, and she has been its senior partner "
     "since 2009. She retires in May.", {0: (1.0, "nine GPs and 14,200")},
     "How many patients are registered at Brinsford's Elm Street Surgery now?", "14,200"),
    # trial NN of stop 60: another thing's cost, the thing asked said apart (shown "£48,000")
    ("Refurbishment work included a new kitchen, costing £48,000, and repairs to the thatched "
     "roof. Volunteers helped.", {0: (1.0, "£48,000")},
     "How much did the thatched roof repairs at the Plough in Kettlesby cost?", "refused"),
    # trial NK: repairs' cost for what the tractor cost when bought (shown "£12,000")
    ("The current tractor, bought in 2004, has had repairs costing £12,000 in the past two "
     "years. It is rusty.", {0: (1.0, "£12,000")},
     "How much did Filey RNLI's current launch tractor cost when it was bought?", "refused"),
    # trial NP: a loss said to leave out the vet's bills asked (shown "£4,800")
    ("Farmer Tom Ackroyd, 52, estimates the loss at £4,800, not counting vet's bills. Police "
     "are investigating.", {0: (1.0, "£4,800")},
     "How much were the vet's bills after the sheep attack at Lower Fold Farm?", "refused"),
    # trial NP: the months so far for a whole year asked (shown "23")
    ("The union said its members had reported 23 attacks in the area since January, compared "
     "with 17 in the same period of 2025. Dogs must be on leads.", {0: (1.0, "23")},
     "How many dog attacks did NFU members near Holmbury report in the whole of 2025?",
     "refused"),
    # trial NP: a whole's cost for its first phase (shown "£40m")
    ("Plans for a £40m business park on the edge of Stanwick have been approved. Villagers "
     "objected.", {0: (1.0, "£40m")},
     "How much will the first phase of Stanwick Gate business park cost to build?", "refused"),
    # trial NR: the fee for the route asked, of fees said each for what they are (shown "£28")
    ("Entry fees ranged from £28 for the short course to £55 for the epic route, with all "
     "profits going to the hospice. It rained.", {0: (1.0, "£28")},
     "What is the entry fee for the Dales Dash epic route?", "£55"),
    # ... and none for a route not among them (shown "£28")
    ("Entry fees ranged from £28 for the short course to £55 for the epic route, with all "
     "profits going to the hospice. It rained.", {0: (1.0, "£28")},
     "How much was the entry fee for the Dales Dash 75-mile medium route?", "refused"),
    # trial NP of stop 60: "Walter Jessop, who is 94," is no age of the captain (shown "94")
    ("The youngest member, 16-year-old Callum Brierley, took the first bowl. The oldest, Walter "
     "Jessop, who is 94, bowled the second.", {1: (1.0, "94")},
     "How old is Stephen Hale, captain of Ashbridge Bowling Club?", "refused"),
    # trial NM: the sum, not the next clause's deed (shown "£500 reward and put up 300")
    ("The couple offered a £500 reward and put up 300 posters around the village. A dog walker "
     "found him.", {0: (1.0, "£500 reward and put up 300")},
     "How big a reward did Nelson the tortoise's owners put up?", "£500"),
    # trial NM: the points given, not "out of 100, four" ahead
    ("Judges gave them 94 points out of 100, four ahead of the runners-up, the Bristol Harbour "
     "Chorus. They sang well.", {0: (1.0, "94 points out of 100, four")},
     "How many points did the judges give the Kirkby Vale Singers?", "94"),
    # trial NH: where the winner is from is no winner (shown "Ashby Marsh")
    ("A 44-year-old pub landlord from Ashby Marsh threw a nine-dart finish on his way to winning "
     "the Tynefield Open Darts Championship at the weekend. Crowds cheered.",
     {0: (1.0, "Ashby Marsh")}, "Who won the Tynefield Open Darts Championship?", None),
    # trial NJ: a street is no baker (shown "Fore Street")
    ("Crumb & Co, on Fore Street, beat 340 entries from across the UK to win the sourdough "
     "category. Last year it came second.", {0: (1.0, "Fore Street")},
     "Which baker at Crumb & Co shaped the prize-winning sourdough?", None),
    # trial NU of stop 60: the part sold, "have been sold" asking no whole (shown "2,000")
    ("The chairman said 1,400 of the 2,000 tickets had already been sold. The show opens soon.",
     {0: (1.0, "2,000")},
     "How many tickets for the Stannington Oliver! have been sold so far?", "1,400"),
    # trial NX: the cost, not how much more it was (shown "£3.4m, almost £600,000")
    ("Traders returned after an 18-month refurbishment that cost £3.4m, almost £600,000 more "
     "than the council first budgeted. Rents are frozen.", {0: (1.0, "£3.4m, almost £600,000")},
     "What did the refurbishment of Kettering's market hall end up costing?", "£3.4m"),
    # trial NV: "Anne, now 81," is no age of Peter Hollowell when he died (shown "81")
    ("Peter Hollowell died in 2016; Anne, now 81, still works in the shop every Saturday "
     "morning. The shop opened in 1978.", {0: (1.0, "81")},
     "How old was Peter Hollowell when he died?", "refused"),
    # trial NT: the last financial year is no year before last (shown "£310,000")
    ("He said: “We have lost money on the stadium for five of the last six years, and the "
     "losses reached £310,000 in the last financial year alone.” Fans are sad.",
     {0: (1.0, "£310,000")},
     "How much money did Dunmore Leisure lose on Marshfield Stadium the year before last?",
     "refused"),
    # trial OA of stop 60: five years ago's, said so (shown this year's "about 1.4 million")
    ("Ashcombe Road is used by about 1.4 million passengers a year, up from 1.1 million five "
     "years ago. It has two platforms.", {0: (1.0, "about 1.4 million")},
     "How many passengers used Ashcombe Road station five years ago?", "1.1 million"),
    # trial NZ: the level an average went to, this year's (shown "9.6 per employee")
    ("The report found sick days fell from an average of 9.6 per employee in the same period "
     "last year to 6.4 this year. Staff were pleased.", {0: (1.0, "9.6 per employee")},
     "How many sick days per Brackenfield council worker were there on average this year?",
     "6.4"),
    # trial OD: what they cost to install is no yearly cost (shown "£86,000")
    ("The cameras, which cost £86,000 to install, catch drivers stopping in bus lanes. Fines "
     "are £70.", {0: (1.0, "£86,000")},
     "How much does it cost each year to operate the Stowbridge parking cameras?", "refused"),
    # trial OE of stop 60: what it makes a day, not what it stores (shown "30 tonnes")
    ("The plant can produce up to 12 tonnes of flake ice a day and store 30 tonnes in its "
     "insulated bunker. It cost £640,000.", {0: (1.0, "30 tonnes")},
     "How much ice can the Porthkerris plant produce each day?", "12 tonnes"),
    # trial OF: the price of the group asked, a clause away (shown the adults' "£14")
    ("An adult day pass costs £14, while a junior pass is £9. Monthly membership is £48.",
     {0: (1.0, "£14")}, "What does a child's day ticket at the Vertical Depot cost?", "£9"),
    # trial OF: "donating" asks a sum (shown the homes, "around 4,600")
    ("The scheme is being paid for by a £12,000 donation from Coastline Homes, which manages "
     "around 4,600 homes in the area. Films start in July.", {0: (1.0, "around 4,600")},
     "How much is Coastline Homes donating to fund the Regal Picturehouse's free films?",
     "£12,000"),
    # trial OF: another's age after "and by" is no mayor's (shown "27")
    ("The opening ceremony was performed by the mayor of Halsworth, Councillor Derek Ashby, and "
     "by Paralympic climber Laura Finch, 27, who grew up in the town. It rained.",
     {0: (1.0, "27")}, "How old is Halsworth's mayor, Derek Ashby?", "refused"),
    # trial OH: "The 63-year-old" names nobody (shown it for who will be the next head)
    ("She succeeds Graham Ashdown, who is retiring. The 63-year-old first joined Millbrook as "
     "a classroom teacher in 1996.", {1: (1.0, "The 63-year-old")},
     "Who is going to be the next head teacher at Millbrook Primary?", None),
    # trial OL of stop 60: beds counted before their noun, joined (shown the patients'
    # "around 720")
    ("St Cuthbert's cares for around 720 patients a year, in its 10-bed inpatient unit and in "
     "their own homes. It opened in 1981.", {0: (1.0, "around 720")},
     "How many beds are in St Cuthbert's Hospice's inpatient unit?", "10"),
    # trial OO: the place of an address names no teenager (shown "Greyford")
    ("A second man, aged 45, was arrested later the same day at an address in Greyford. "
     "Both were bailed.", {0: (1.0, "Greyford")},
     "What is the name of the teenager arrested at the Barnstow cannabis farm?", None),
    # trial OL: nor does the town of a road ("in Thornbury Road, Geddington")
    ("Brookfield Primary School, in Thornbury Road, Geddington, received the honour from "
     "Eco-Schools England. Pupils cheered.", {0: (1.0, "Geddington")},
     "Which pupil heads the eco-committee at Brookfield primary school?", None),
    # the README check of c22c6ee: nor does where the winner named is from (shown "Kirkby
    # Stephen")
    ("Eleven-year-old Maisie Thwaite, from Kirkby Stephen, won the children's lantern "
     "competition with a glowing fox. Her prize was a voucher.", {0: (1.0, "Kirkby Stephen")},
     "Who won the children's lantern competition at the Kendal parade?", None),
    # ... and a crowd counts no arrests (shown "6,400" for this year's and last year's)
    ("A record 6,400 people lined the streets of Kendal on Friday night for the parade. "
     "Police were pleased.", {0: (1.0, "6,400")},
     "How many arrests were made at this year's Kendal lantern parade?", "refused"),
    # trial OM: an age group is no age, nor the age of a player "including" a part (shown
    # "14" of "under-14 team")
    ("The Comets' under-14 team won the county league last season, and three of its former "
     "players, including 19-year-old goal attack Maisie Trent, now play in the Superleague. "
     "Training is on Tuesdays.", {0: (1.0, "19-year-old")},
     "How old is the former Kettering Comets player Maisie Trent?", "19"),
])
def test_stop_60_trials_shown(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "date", "short", "cited"), [
    # the README check of c22c6ee: last year's figure said by the year before the story's date
    # (refused)
    ("A record 6,400 people lined the streets of Kendal on Friday night for the town's winter "
     "lantern parade, up from 4,900 last year, organisers said. Ticket sales for the fireworks "
     "enclosure raised £38,500 this year, compared with £29,200 in 2025.",
     {1: (1.0, "£38,500"), 0: (-0.5, "4,900")},
     "How much did fireworks enclosure tickets raise at the Kendal parade last year?",
     "2026-12-05", "£29,200", "£29,200"),
    # ... the README check of 302ac3d: and "make" asks what the sentence says they took in
    # (refused)
    ("The council contributed £12,000 to the trust this year. Treasurer Denise Okafor said the "
     "trust's income from fares reached £71,300 this year, against £58,600 in 2025, but fuel "
     "costs had climbed to £23,800. On 14 August, 612 people made the ten-minute trip.",
     {1: (0.5, "£71,300"), 0: (0.0, "£12,000"), 2: (-1.0, "612")},
     "How much did the Hartley Bay Ferry Trust make from fares last year?", "2026-11-27",
     "£58,600", "£58,600"),
])
def test_stop_61_last_year_said_by_its_number(text, readings, question, date, short, cited):
    answer = _answer_over(text, readings, question, Cutoffs(0.5, 0.9, 0.5), ordered=True,
                          choose=True, date=date)[0]
    assert _shown(answer) == short
    assert cited in answer.citations[0].quote
    # undated, "2025" may be any year before: not shown for last year's
    undated = _answer_over(text, readings, question, Cutoffs(0.5, 0.9, 0.5), ordered=True,
                           choose=True)[0]
    assert _shown(undated) != short


def test_a_figure_after_but_is_not_of_the_year_compared_before_it():
    # the README check of 302ac3d: last year's fares said by the year, then "but" this year's
    # fuel: no figure of last year's fuel (a first version of the rule above showed "£58,600")
    text = ("The council contributed £12,000 to the trust this year. Treasurer Denise Okafor "
            "said the trust's income from fares reached £71,300 this year, against £58,600 in "
            "2025, but fuel costs had climbed to £23,800.")
    answer = _answer_over(text, {1: (0.5, "£23,800"), 0: (0.0, "£12,000")},
                          "How much did the Hartley Bay Ferry Trust spend on fuel last year?",
                          Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True,
                          date="2026-11-27")[0]
    assert answer.abstained


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial OZ of stop 61: an age said "who is 17" after the one asked by a role (refused)
    ("Redline Buses will withdraw the number 47 route. Student Ellie Vaughan, who is 17 and "
     "travels to Fenbridge College on the 47 every day, said she would have to rely on lifts.",
     {1: (0.0, "Ellie Vaughan"), 0: (-1.0, "number 47")},
     "How old is the student who rides the 47 bus to Fenbridge College?", "17"),
    # trial OW: the woman chairing a society is its chairwoman (refused)
    ("The village has a population of about 1,450. The society's chairwoman, retired "
     "headteacher Margaret Ellison, 67, said the shop would stay open.",
     {1: (-1.0, "Margaret Ellison, 67"), 0: (-1.5, "1,450")},
     "How old is the woman chairing the Little Ashcombe community shop society?", "67"),
    # trial OX: a player asked by the instrument they lead (refused)
    ("The 68 musicians, aged between 13 and 19, will travel to Leipzig. Lead violinist Ffion "
     "Roberts, 17, from Gresford, said she had been practising for four hours a day.",
     {0: (0.0, "13 and 19"), 1: (-0.8, "17")},
     "How old is the lead violinist?", "17"),
    # trial PD: what a giver put towards a whole, listed with the others' (the whole shown)
    ("The pitch cost £650,000, of which £400,000 came from Sport England, £150,000 from the "
     "England Hockey facilities fund and the rest from club fundraising. It opens in May.",
     {0: (1.0, "£650,000")},
     "How much did Sport England put towards Exe Valley Hockey Club's new pitch?", "£400,000"),
    # trial PC: a giver named without a sum of its own (the whole shown)
    ("It cost £340,000, of which £210,000 came from Wellmouth Town Council, £95,000 from the "
     "National Lottery Community Fund and the remainder from fundraising by the Wellmouth "
     "Wheels campaign group. It opened on Saturday.", {0: (1.0, "£340,000")},
     "How much did the Wellmouth Wheels campaign group raise for the skate park?", "refused"),
    # ... but the whole raised by the one asked is theirs
    ("The appeal raised £50,000, of which £20,000 came from the Hollins Trust. It closes soon.",
     {0: (1.0, "£50,000")}, "How much did the appeal raise?", "£50,000"),
])
def test_stop_61_trials_shown(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial PF of stop 61: this year's said after a year's ("18" shown)
    ("The club, which meets on Thursday evenings at Kettleby Library, has grown from 18 members "
     "in 2023 to 47 this year. It meets weekly.", {0: (1.0, "18")},
     "How many people belong to Kettleby Chess Club this year?", "47"),
    # trial PD: last year's event asked, its figure said "last year" ("142" shown)
    ("A total of 142 cakes were entered in the Great Marches Bake-Off at Ludford Park Academy "
     "on Friday 21 March, compared with 97 entries last year. Judging took all day.",
     {0: (1.0, "142")}, "How many cakes were entered in last year's Ludford Park Academy "
     "bake-off?", "97"),
    # trials PF, PC, PH: a count, not what follows it ("41 of the pier's 186", "42 residents,
    # three", "48 high-definition cameras in a £640,000" shown)
    ("A survey found that 41 of the pier's 186 cast-iron support columns needed replacing. It "
     "was sold.", {0: (1.0, "41 of the pier's 186")},
     "How many of Saltmere Pier's iron columns have to be replaced?", "41"),
    ("Beechfield House, run by Meadowcare Homes, has 42 residents, three of whom are over 100. "
     "It opened in 1990.", {0: (1.0, "42 residents, three")},
     "How many people live at Beechfield House care home in Harrowden?", "42"),
    ("Hallowcross town centre is to get 48 high-definition cameras in a £640,000 upgrade of its "
     "CCTV network. Work starts soon.", {0: (1.0, "48 high-definition cameras in a £640,000")},
     "How many cameras will be installed in Hallowcross town centre?", "48"),
    # ... and a sum, not the words of its cost before it (trial PF)
    ("Solicitor Imogen Sayer said the clear-up had cost the council £640 and had closed the "
     "gateway for four days. He was fined.", {0: (1.0, "clear-up had cost the council £640")},
     "What did it cost Bramworth District Council to clean up the Hollin Lane rubbish?", "£640"),
])
def test_stop_61_figures_shown(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


def test_a_role_narrowed_by_the_headline_s_word_is_the_title_before_a_name():
    # trial PI of stop 61: "the Porthcarrow lifeboat coxswain" of "Coxswain Mark Pengelly, 47,"
    # under a headline about the Porthcarrow lifeboat (refused)
    text = ("A new all-weather lifeboat costing £2.4m arrived at Porthcarrow on Saturday. "
            "Coxswain Mark Pengelly, 47, who has volunteered at the station for 22 years, "
            "brought the boat round.")
    chunk = stored_chunk(text, title="Porthcarrow lifeboat crew welcome £2.4m boat")
    sentence = next(s for s in ranked(chunk, [1.0, 0.5]) if s.text.startswith("Coxswain"))
    assert age_asked_of("How old is the Porthcarrow lifeboat coxswain?", [sentence]) == (
        "How old is Mark Pengelly?")
    # ... not a qualifier the headline does not say, nor when the role was held
    other = stored_chunk(text, title="New boat arrives")
    sentence = next(s for s in ranked(other, [1.0, 0.5]) if s.text.startswith("Coxswain"))
    assert age_asked_of("How old is the Porthcarrow lifeboat coxswain?", [sentence]) == (
        "How old is the Porthcarrow lifeboat coxswain?")
    assert age_asked_of("How old is the former coxswain?", [sentence]) == (
        "How old is the former coxswain?")


def test_the_aged_doing_a_deed_after_the_sentence_naming_them():
    # trial PM of stop 61: "The 74-year-old found descendants..." after "whose secretary,
    # Patricia Vane, spent months tracing relatives" (refused)
    text = ("The appeal was led by the Ashcombe branch of the Royal British Legion, whose "
            "secretary, Patricia Vane, spent months tracing relatives of the men named on the "
            "memorial. The 74-year-old found descendants of 41 of them.")
    assert _shown_read(text, {0: (1.0, "Patricia Vane"), 1: (-1.0, "74-year-old")},
                       "How old is the Royal British Legion secretary who tracked down "
                       "relatives of the Ashcombe fallen?") == "74"


def test_a_gp_and_a_role_titling_a_name_in_a_chunk_that_does_not_name_the_body():
    # trial PL of stop 61: "The island's GP, Dr James Rowe, said" then "the 61-year-old said"
    # (refused)
    text = ("Ferry passengers to the Isle of Carrow face more disruption. The island's GP, "
            "Dr James Rowe, said patients had missed hospital appointments. “Two of my "
            "patients missed chemotherapy sessions last week,” the 61-year-old said.")
    assert _shown_read(text, {1: (-1.0, "Dr James Rowe"), 2: (-1.5, "61-year-old")},
                       "How old is the GP on the Isle of Carrow?") == "61"
    # trial PN: "General manager Tom Easterbrook said" in a chunk that does not name the
    # railway another chunk of the story names (refused)
    first = stored_chunk("Thousands are expected at the Cransford Valley Railway this weekend.",
                         title="Heritage line celebrates 50 years")
    later = stored_chunk("The railway has 640 volunteers. General manager Tom Easterbrook said "
                         "the youth section had grown.", start=200,
                         title="Heritage line celebrates 50 years")
    sentences = [*ranked(first, [1.0]), *ranked(later, [0.5, 0.4])]
    assert age_asked_of("What age is the Cransford Valley Railway's general manager?",
                        sentences) == "How old is Tom Easterbrook?"


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial PM of stop 61: a part of a whole said by what it is ("62" shown)
    ("The 1980s centre has 62 shop units, of which 19 are currently empty. It was sold.",
     {0: (1.0, "62")}, "How many shop units at Kingsgate are standing empty?", "19"),
    # trial PJ: one's share of a whole asked "each" ("£94,000" shown)
    ("The tour will cost £94,000, or £1,950 for each singer. They fly on 8 July.",
     {0: (1.0, "£94,000")}, "How much is the Canada tour costing each Glanafon singer?",
     "£1,950"),
    # trial PM: the name after the kind asked, not the place before it ("Bristol" shown)
    ("The restoration was carried out by Bristol firm Hollis & Crane Stonemasons and took 14 "
     "weeks. It cost £48,000.", {0: (1.0, "Bristol")},
     "Which firm carried out the repairs to the Ashcombe war memorial?",
     "Hollis & Crane Stonemasons"),
])
def test_stop_61_parts_and_names_shown(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


def test_this_year_s_count_below_a_best_sentence_marking_last_year_s():
    # trial PK of stop 61: "drew 3,150 people last year" rated first, "counting 4,380 visitors"
    # at 0.45 of it, for this year's visitors (refused)
    text = ("A village fete has broken its attendance record, with organisers counting 4,380 "
            "visitors through the gates on Saturday. The fete drew 3,150 people last year, "
            "which was itself a record.")
    answer = _answer_over(text, {1: (0.6, "3,150"), 0: (-0.9, "4,380")},
                          "How many visitors came to this year's Little Wenham summer fete?",
                          Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True)[0]
    assert not answer.abstained and "4,380" in answer.citations[0].quote
    assert _shown(answer) != "3,150"


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial PP of stop 61: a side of a vote "voted by 212 to 87" ("212 to 87" shown)
    ("Members of Hatherley Park Golf Club voted by 212 to 87 on Wednesday night to accept the "
     "offer. The club opened in 1931.", {0: (1.0, "212 to 87")},
     "How many Hatherley golf club members voted against the sale?", "87"),
    # trial PQ: when it ends, the date it runs until ("12 April" shown)
    ("The exhibition, Salt and Light, opens at the Quayside Gallery in Penwithy on 12 April and "
     "runs until 29 June. Entry is free.", {0: (1.0, "12 April")},
     "When does the Salt and Light exhibition at the Quayside Gallery end?", "29 June"),
    # trial PQ: last year's said after this year's, "from" it ("19 per cent" shown)
    ("Brightwater said its staff turnover fell to 19 per cent this year, from 31 per cent last "
     "year. It runs nine homes.", {0: (1.0, "19 per cent")},
     "What was Brightwater Care Group's staff turnover rate last year?", "31 per cent"),
])
def test_stop_61_sides_ends_and_years_shown(text, readings, question, short):
    assert _shown_read(text, readings, question, date="2026-11-30") == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial PU of stop 61: the doer of the deed asked by its verb, after "by" ("Truro
    # architects Pendeen & Vose" shown)
    ("The tower was designed by Truro architects Pendeen & Vose and built by local firm Carne "
     "Construction. It opened in May.", {0: (1.0, "Truro architects Pendeen & Vose")},
     "Which company constructed the Porthwenna lifeguard tower?", "Carne Construction"),
    # trial PZ: each sum said at a rate for what it is for ("£1,295" shown)
    ("Fees at the home are £1,295 a week for residential care and £1,480 a week for nursing "
     "care. It has 46 beds.", {0: (1.0, "£1,295")},
     "How much does nursing care at Oakdene House cost per week?", "£1,480"),
    # trial PV: when it begins, the date it opens on ("Saturday 22 November" shown)
    ("Vale Opera will open the production at the Ripon Spa Hall on Friday 12 September and end "
     "the tour in York on Saturday 22 November. Tickets are on sale.",
     {0: (1.0, "Saturday 22 November")},
     "On what date does Vale Opera's Carmen tour begin?", "Friday 12 September"),
    # trial PY: a skipper named after "skippered by" ("Sea Wren", the boat, shown)
    ("The Folkestone gig crew were escorted by the support boat Sea Wren, skippered by Dave "
     "Ormond, on their Channel row. It took 11 hours.", {0: (1.0, "Sea Wren")},
     "Who was skipper of the escort boat on the Folkestone gig crew's Channel row?",
     "Dave Ormond"),
])
def test_stop_61_doers_rates_and_starts_shown(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


def test_an_earlier_crowd_is_the_one_the_crowd_rose_from():
    # trial PV of stop 61: "a crowd of 640, up from 410 for last season's final" for the
    # previous season's ("640" shown)
    text = ("Oakhurst beat Brackley Park 3-2 on Sunday 30 March, in front of a crowd of 640, up "
            "from 410 for last season's final. Both sides train in Southampton.")
    question = "How many spectators watched the previous season's Solent Women's Cup final?"
    assert crowd_here(question, text) == (text.index("410"), text.index("410") + 3)
    assert crowd_here("How many spectators watched the final?", text) == (
        text.index("640"), text.index("640") + 3)


def test_the_figure_a_count_rises_to_past_a_time_said_of_the_first():
    # trial PX of stop 61: "rise from 38 before the closure to 52" for the stalls once it
    # reopens ("38" shown)
    text = ("The number of stalls will rise from 38 before the closure to 52, and rents will be "
            "frozen. The hall reopens in May.")
    assert _shown_read(text, {0: (1.0, "38")},
                       "How many stalls will Wexham market hall have once it reopens?") == "52"


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial QC of stop 61: a winner, not the club owning the name ("Kingsford Harriers' Priya
    # Lal" shown)
    ("The senior women's 8km title went to Kingsford Harriers' Priya Lal, 29, in 31 minutes. "
     "It rained.", {0: (1.0, "Kingsford Harriers' Priya Lal")},
     "Who won the senior women's title at the Westmere cross-country championships?",
     "Priya Lal"),
    # trial QD: a points total, not the place it came with ("14th with 58" shown)
    ("Last season Hadleigh finished 14th with 58 points. The manager stayed.",
     {0: (1.0, "14th with 58")},
     "What was Hadleigh Town's points total in the previous season?", "58"),
    # trial QE: "take place" asks when, the hour ("22 April" shown)
    ("The raid at Pemberton & Daughters, on the High Street, happened at about 3.20am on 22 "
     "April. Nobody was hurt.", {0: (1.0, "22 April")},
     "At what time did the raid on the Harlingford jeweller's take place?", "3.20am"),
])
def test_stop_61_winners_totals_and_hours_shown(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


def test_a_role_s_body_named_before_it_is_the_one_asked_whole():
    # trial QK of stop 61: "Civic Society chairman Robert Lyle", in the clock story, is no
    # chairwoman of the Penhallow Choral Society ("74", his age, shown)
    chunk = stored_chunk("Civic Society chairman Robert Lyle said the appeal had reached its "
                         "target. The clock chimed at noon.", title="Town hall clock repaired")
    sentence = next(s for s in ranked(chunk, [1.0, 0.5]) if "Lyle" in s.text)
    assert age_asked_of("How old is the chairwoman of the Penhallow Choral Society?",
                        [sentence]) == "How old is the chairwoman of the Penhallow Choral Society?"
    # ... while "RMT regional organiser Dave Kinsella" is the RMT's (trial J of stop 44)
    chunk = stored_chunk("RMT regional organiser Dave Kinsella, 49, said the strike would go "
                         "ahead. Talks failed.", title="Rail strike")
    sentence = next(s for s in ranked(chunk, [1.0, 0.5]) if "Kinsella" in s.text)
    assert age_asked_of("How old is the RMT regional organiser in the Northline Trains "
                        "dispute?", [sentence]) == "How old is Dave Kinsella?"


_SALTBY = ("Volunteers at Saltby lifeboat station were called out 84 times this year, up from 63 "
           "last year. Running the station cost £212,000 this year, compared with £176,000 last "
           "year, with fuel accounting for most of the increase. The fundraising committee "
           "raised £58,400, against £41,000 last year.")


@pytest.mark.parametrize(("readings", "question", "short"), [
    # the README check of cb04850: last year's beside this year's, the span without its "£"
    # and a quote of two sentences each saying "last year" ("£212,000" shown)
    ({1: (1.0, "212,000")}, "What did it cost to run the Saltby lifeboat station last year?",
     "£176,000"),
    # ... and the year before the story's date, by its number (refused)
    ({1: (1.0, "£212,000")}, "What did it cost to run the Saltby lifeboat station in 2025?",
     "£176,000"),
    ({0: (1.0, "84")}, "How many times was the Saltby lifeboat called out in 2025?", "63"),
    # ... not a year before it
    ({0: (1.0, "84")}, "How many times was the Saltby lifeboat called out in 2024?", "refused"),
])
def test_last_year_of_a_dated_story_by_its_number(readings, question, short):
    assert _shown_read(_SALTBY, readings, question, date="2026-12-04") == short


def test_donations_asked_are_a_figure():
    # the README check of 1fe2d0e: "What were the Ashby food bank's cash donations last
    # year?" was shown "tins, nappies and toiletries" in bold, the readers' span
    text = ("Cash donations have fallen to £18,300 so far this year, compared with £26,750 in "
            "the whole of last year, and the food bank is now spending about £1,200 a week "
            "buying tins, nappies and toiletries. The manager spoke.")
    shown = _shown_read(text, {0: (1.0, "tins, nappies and toiletries")},
                        "What were the Ashby food bank's cash donations last year?")
    assert shown == "refused"  # (the readers marked no figure: not the list of goods)


def test_two_of_a_family_aged_in_the_order_named():
    # trial QR of stop 61: "Josh and Amira Patel, aged 34 and 31" for Amira's age ("34")
    text = ("New tenants Josh and Amira Patel, aged 34 and 31, take over on 1 November. Mr Patel "
            "is a chef.")
    assert aged_here("How old is Amira Patel, the Plough Inn's new tenant?", text) == (
        text.index("31"), text.index("31") + 2)
    assert aged_here("How old is Josh Patel?", text) == (text.index("34"), text.index("34") + 2)
    assert aged_here("How old is Sarah Patel?", text) is None


def test_the_relative_of_one_described_is_aged_after_the_kin_named():
    # trial QM of stop 61: "How old is the father of the farmer who runs High Garth Farm?"
    # ("39", hers, shown)
    text = ("Farmer Ruth Hebblethwaite, 39, who runs High Garth with her father, Alan "
            "Hebblethwaite, 71, found the field gate open. Police were called.")
    shown = _shown_read(text, {0: (1.0, "39")},
                        "How old is the father of the farmer who runs High Garth Farm?")
    assert shown == "71"


@pytest.mark.parametrize(("question", "short"), [
    # the README check of f98ee21: of a story dated 2025, 2024's figure beside 2023's, asked by
    # its year or as last year, the readers marking it ("48,900", 2023's, shown for both)
    ("How many swimmers visited the Stroud lido in 2024?", "61,300"),
    ("How many swimmers did the Stroud lido have last year?", "61,300"),
])
def test_two_years_said_of_a_dated_story(question, short):
    text = ("The lido welcomed 61,300 swimmers during the 2024 season, up from 48,900 in 2023, "
            "according to the council. Repairs will cost £420,000.")
    assert _shown_read(text, {0: (1.0, "61,300")}, question, date="2025-03-14") == short


_HADLEY = ("A village swimming pool that faced closure has been saved after residents raised "
           "£48,000 in just six weeks, parish leaders said. The Hadley Lido, built in 1962, was "
           "due to shut in January after Brackton District Council withdrew its annual grant of "
           "£22,000. The pool's running costs rose to £71,500 this year, up from £58,000 last "
           "year, mainly because of higher energy bills.")


def test_last_years_figure_beside_a_sentence_with_a_year_of_its_own():
    # the README check of 3731ff7 asked last year's running costs beside "built in 1962". Here
    # the costs sentence is cited first, so this holds on the code before that check's rule
    # too: it guards the figure moved to last year's; the case that was refused, the 1962
    # sentence cited first, is test_the_year_a_figure_is_of_is_read_in_the_sentence_holding_it
    text = _HADLEY[_HADLEY.index("The Hadley Lido") :]
    readings = {0: (1.0, "1962"), 1: (0.9, "£71,500 this year, up from £58,000")}
    assert _shown_read(text, readings, "What were the Hadley Lido's running costs last year?",
                       date="2026-12-05") == "£58,000"


def test_a_year_is_no_cost():
    # the README check of 3731ff7: "1962", the year the lido was built, was shown in bold for
    # 2024's running costs, which the story does not give; now its passages, under "Not sure"
    answer = _answer_over(_HADLEY, {1: (1.0, "1962"), 2: (0.9, "£71,500")},
                          "What were the Hadley Lido's running costs in 2024?",
                          Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True,
                          date="2026-12-05")[0]
    assert answer.short is None and (answer.abstained or expects_a_short_answer(answer.question))


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trials QS and QT of stop 62: last year's figure, then the year before's, asked of two
    # years ago or the year before last (refused, or last year's shown)
    ("Last year the council issued 17 tree preservation orders across the district, up from "
     "nine the year before. So far this year it has issued five.", {0: (1.0, "17")},
     "How many tree preservation orders did the council issue two years ago?", "nine"),
    ("The branch handled around 9,800 transactions last year, down from 11,300 the year "
     "before. It opens three days a week.", {0: (1.0, "9,800")},
     "How many transactions did the Little Harwood branch handle in the year before last?",
     "11,300"),
    ("Figures from NFU Mutual show the cost of rural theft in Wales rose to £2.1 million last "
     "year, up from £1.8 million the year before. Quad bikes are often stolen.",
     {0: (1.0, "£2.1 million")},
     "According to NFU Mutual, what did rural theft cost Wales the year before last?",
     "£1.8 million"),
    # ... not this year's against the year before, which is last year
    ("The club raised £11,200 this year, up from £7,800 the year before. It trains at night.",
     {0: (1.0, "£11,200")}, "How much did the club raise two years ago?", "refused"),
    # ... and people counted by what they are ("58,000 visitors" was passed over for "hope to
    # attract 65,000", then refused)
    ("Organisers hope to attract 65,000 to the new site in July. Last year's show drew 58,000 "
     "visitors over its two days, up from 51,500 the year before.",
     {0: (0.6, "65,000"), 1: (1.0, "58,000")},
     "How many people went to the Wessex County Show two years ago?", "51,500"),
    # ... "the year before last year", and a sentence saying no year passed over for the one
    # saying last year's and the year before's (trial QV: "more than 9,000" and "64" shown)
    ("A community bus service that carries more than 9,000 passengers a year faces an "
     "uncertain future. Last year it carried 9,340 passengers, up from 8,120 the year before.",
     {0: (1.0, "more than 9,000"), 1: (0.4, "9,340")},
     "How many passengers used the Teme Valley community bus the year before last?", "8,120"),
    ("The number of fishing boats landing at Porthkerris fell from 64 to 27. Last year the "
     "harbour welcomed 2,140 visiting yachts, up from 1,850 the year before.",
     {0: (1.0, "64"), 1: (0.5, "2,140")},
     "How many visiting yachts came into Porthkerris harbour in the year before last year?",
     "1,850"),
    # trial ZK of stop 70: "the financial year before last", of "the last financial year"
    # (shown the last's "186,000")
    ("The pool had 186,000 visits in the last financial year, compared with 171,500 the year "
     "before. It has a sauna.", {0: (1.0, "186,000 visits in the last financial year, "
                                        "compared with 171,500")},
     "How many visits did Dunmere Leisure Pool have in the financial year before last?",
     "171,500"),
    # trial ZG: the times asked of the deed the question names (refused)
    ("The lifeboat launched 47 times last year, compared with 38 times the year before, and its "
     "crews aided 52 people. The busiest month was August.", {0: (1.0, "47")},
     "How many times did the Porthkerry lifeboat launch in the year before last?", "38"),
    # ... not a count of another noun of the same word before it (found replaying ZK's rule)
    ("The council dealt with 1,872 fly-tipping incidents in the last financial year, up from "
     "1,604 the year before. It prosecuted 40 people.", {0: (1.0, "1,872")},
     "How many fly-tipping prosecutions did the council bring the year before last?", "refused"),
])
def test_the_year_before_last(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


def test_the_year_a_figure_is_of_is_read_in_the_sentence_holding_it():
    # the README check of 3731ff7: "£58,000 last year" in the sentence quoted after "The Hadley
    # Lido, built in 1962, ..." (cited first) was refused for last year's running costs, the
    # first sentence's "1962" read as the year told
    from qa.answering import _holding
    from qa.models import ShortAnswer
    text = _HADLEY[_HADLEY.index("The Hadley Lido") :]
    chunk = stored_chunk(text, date="2026-12-05")
    judged = judge_sentences("q", ranked(chunk, [0.5, 0.4]), FakeReader({}))
    lead, costs = judged[0].sentence, judged[1].sentence
    at = text.index("£58,000")
    short = ShortAnswer(text="£58,000", start=at, end=at + 7, n=1)
    question = "What were the Hadley Lido's running costs last year?"
    assert _holding(question, short, lead, judged) is costs
    assert _holding(question, None, lead, judged) is lead
    # ... when it says what is asked: not "This year's display cost £38,000, up from £29,500
    # last year" for what a business district paid towards the lights (trial NJ of stop 59)
    assert _holding("How much did the Hexley Business Improvement District pay towards the "
                    "Christmas lights last year?", short, lead, judged) is lead
    # ... nor without the noun counted (trial FE of stop 53: "up from 15 last year", swimmers,
    # for last year's medals)
    assert _holding("How many medals did the Hadley Lido running costs win last year?", short,
                    lead, judged) is lead


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trials QS-QW and RC of stop 62: a part of the whole marked, asked by what the part is
    ("In total 43 volunteers have signed up, of whom 17 have already completed the Post "
     "Office's counter training.", "43",
     "How many of the Little Harwood post office volunteers have finished their counter "
     "training?", "17"),
    ("The home employs 58 staff, 22 of them full-time.", "58",
     "How many of Willowmead's staff work full-time?", "22"),
    ("Its annual running costs are about £28,000, of which £9,500 is the rent on its unit.",
     "about £28,000", "How much rent does Grangetown Amateur Boxing Club pay for its unit each "
     "year?", "£9,500"),
    ("Severn Fenland Water said it was investing £47 million in the Wend catchment over the "
     "next five years, including £6.5 million to upgrade Brampton Mill by 2027.", "£47 million",
     "How much will Severn Fenland Water spend upgrading the Brampton Mill works?",
     "£6.5 million"),
    ("The home has 72 en-suite bedrooms, 20 of which are in a dedicated wing for people "
     "living with dementia.", "72",
     "How many bedrooms at Beechwood Court are in the dementia wing?", "20"),
    # ... not the whole asked by its own words, nor in total
    ("In total 43 volunteers have signed up, of whom 17 have already completed the Post "
     "Office's counter training.", "43",
     "How many volunteers have signed up for the Little Harwood post office?", "43"),
    ("Regular passengers collected £3,340 for him, of which £2,600 paid for a retirement "
     "gift.", "£3,340",
     "How much did regular passengers collect in total for retiring bus driver Keith "
     "Armitage?", "£3,340"),
    ("The exhibit cost £1.1m, of which £750,000 came from the National Lottery Heritage "
     "Fund.", "£1.1m", "What did the Harrowgate Museum dinosaur exhibit cost?", "£1.1m"),
    # ... nor a giver's part when no giving is asked (trials HO and HT of stop 55, replayed)
    ("The installation cost £148,000, of which £96,500 came from the Department for "
     "Education's fund and the rest from the school's own reserves.", "£148,000",
     "How much did the solar panels at the Kettleby primary school cost to install?",
     "£148,000"),
    ("The extension will cost £186,000 a year, of which £120,000 will come from the "
     "Department for Transport's fund.", "£186,000",  # (not the "s" of "Shrewsbury's")
     "What is the annual cost of adding Sunday buses to Shrewsbury's park-and-ride?",
     "£186,000"),
    # ... the whole said first (trial RD), and a part the readers marked, asked "how much of"
    # the whole, not taken back to the whole (trial QY)
    ("Of the 164 hubs recommended nationally so far, 97 have opened.", "164",
     "How many banking hubs have actually opened across the country so far?", "97"),
    ("The treasurer said the run had raised £8,740 in ticket sales, of which £2,100 will be "
     "given to the hall's roof appeal.", "£2,100",
     "How much of the Cinderella ticket money is going to the memorial hall roof appeal?",
     "£2,100"),
])
def test_a_part_asked_by_what_it_is(text, marked, question, short):
    assert _shown_read(f"{text} The work is done.", {0: (1.0, marked)}, question) == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial QY of stop 62: the date it reopens on, however the question goes on ("9 March",
    # when it shuts, shown), and the year of the deed asked ("1842", when it was built)
    ("Aldersey Bridge will shut to traffic on 9 March and is expected to reopen on 10 July.",
     "9 March", "On what date is Aldersey Bridge due to reopen to traffic?", "10 July"),
    ("The bridge was built in 1842 and was last strengthened in 1987.", "1842",
     "In what year was Aldersey Bridge last strengthened?", "1987"),
    ("The bridge was built in 1842 and was last strengthened in 1987.", "1842",
     "In what year was Aldersey Bridge built?", "1842"),
    # trial QZ: the old place's figure ("14" and "11", the new station's, shown)
    ("The station has 14 bays, up from nine at the old site, and a waiting hall.", "14",
     "How many bays did Brockford's old bus station have?", "nine"),
    ("The station has 14 bays, up from nine at the old site, and a waiting hall.", "14",
     "How many bays does Brockford's new bus station have?", "14"),
    # trial QY: "the year before last year" is no last year ("£1.3m" shown)
    ("Rural theft had cost farmers in the county an estimated £1.3m last year, up from £1.1m "
     "the year before.", "£1.3m", "According to the NFU, how much did rural theft cost the "
     "county's farmers in the year before last year?", "£1.1m"),
])
def test_which_date_or_figure_of_the_sentence(text, marked, question, short):
    assert _shown_read(f"{text} The work is done.", {0: (1.0, marked)}, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial RB of stop 62: last year's count said with five words after it (refused)
    ("Detective Sergeant Lowri Hughes said the force had recorded 31 livestock thefts in the "
     "county last year, up from 19 the year before.", {0: (1.0, "31")},
     "How many livestock thefts did Dyfed-Powys Police record in the county the year before "
     "last?", "19"),
    # trial RC: times counted by the deed before them, the call-outs asked (refused) ...
    ("The team was called out 73 times last year, up from 58 the year before.",
     {0: (1.0, "73")},
     "How many call-outs did Somerset Search and Rescue have in the year before last year?",
     "58"),
    # ... not people helped (trial OQ of stop 60), nor vets struck off by complaints about
    # vets (trial EN of stop 53): found replaying the rule
    ("Penhallow's inshore lifeboat launched 27 times last year, up from 19 the year before.",
     {0: (1.0, "27")}, "How many people did Penhallow's inshore lifeboat help the year before "
     "last?", "refused"),
    ("The RCVS said it had received 1,104 complaints about vets last year, compared with 986 "
     "the year before.", {0: (1.0, "1,104")},
     "How many vets did the RCVS strike off the year before last?", "refused"),
    # ... nor those investigated for those banned (trial ID of stop 56, replayed)
    ("Nationally, the DVSA said it had investigated 1,142 testers last year, up from 980 the "
     "year before.", {0: (1.0, "1,142")},
     "How many MOT testers did the DVSA ban from testing in the year before last?", "refused"),
    # ... nor a count of another noun between ("lent 31,200 books, up from 27,650" gives no
    # visits; trial KN of stop 58, replayed), though a share or an age group may be (trial LL)
    ("Lincolnshire County Council said the bus made 1,940 visits last year and lent 31,200 "
     "books, up from 27,650 the year before.", {0: (1.0, "1,940")},
     "How many visits did the Wolds Book Bus make the year before last?", "refused"),
    ("Westmoor Police figures show the force received 3,214 missing person reports last year, "
     "58% of them involving under-18s, compared with 2,987 reports the year before.",
     {0: (1.0, "3,214")}, "How many missing person reports did Westmoor Police receive in "
     "the year before last?", "2,987"),
    # trial RB: the record before the new one ("63" shown)
    ("The club's professional has set a new course record of 63, beating the previous mark "
     "of 64 set by Harold Finch in 1988.", {0: (1.0, "63")},
     "What was the Hallow Ridge course record before Danny Ortiz broke it?", "64"),
])
def test_the_year_before_last_and_records_before(text, readings, question, short):
    assert _shown_read(f"{text} The work is done.", readings, question) == short


def test_last_years_event_asked_by_its_noun():
    # trial RC of stop 62: "Last year's ride raised £36,200", read at 0.09 of this year's, for
    # the previous year's ride (refused); now cited first, under "Not sure"
    text = ("Cyclists taking part in this year's Wheels for Willow bike ride have raised a "
            "record £48,750 for the hospice. Last year's ride raised £36,200 from 164 riders.")
    answer = _answer_over(text, {0: (1.0, "£48,750"), 1: (0.09, "£36,200")},
                          "How much did the previous year's Wheels for Willow ride raise?",
                          Cutoffs(0.045, 0.15, 0.15, 0.05, 0.3, 0.15), ordered=True,
                          choose=True)[0]
    assert not answer.abstained and "£36,200" in answer.citations[0].quote
    # ... not an event said in passing ("who had beaten Ferndale in last year's final", trial
    # OS of stop 60, for the spectators of last year's final)
    text = ("Treorchy Park, who had beaten Ferndale 105-88 in last year's final, led by nine "
            "shots. A crowd of 300 watched this year's final.")
    answer = _answer_over(text, {0: (0.09, "105-88"), 1: (1.0, "300")},
                          "How many spectators watched last year's Rhondda and District Bowls "
                          "League final?", Cutoffs(0.045, 0.15, 0.15, 0.05, 0.3, 0.15),
                          ordered=True, choose=True)[0]
    assert answer.abstained or "105-88" not in answer.citations[0].quote


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial ME of stop 59: an age said as what someone is, then what they do (refused) ...
    ("The choir won the title on Saturday. The choir’s oldest member, bass Emlyn Jenkins, is 89 "
     "and has sung with Cwm Ddu for 67 years.", {1: (0.8, "89")},
     "How old is the oldest singer in Cwm Ddu Male Voice Choir?", "89"),
    # ... and so not the age of another named ("is 89" was shown for the president's age)
    ("The choir’s president, the Rev Alun Harries, said the prize money would go to a trip. "
     "The choir’s oldest member, bass Emlyn Jenkins, is 89 and has sung with Cwm Ddu for 67 "
     "years.", {0: (0.3, "Alun Harries"), 1: (0.8, "89")},
     "How old is the Rev Alun Harries, president of Cwm Ddu Male Voice Choir?", "refused"),
    # trials RR and RV of stop 63: one asked by what they are, with "aged" and the age in words
    # after a word of it (refused)
    ("The two pandas are a male called Tashi, aged four, who arrived from the Netherlands, and "
     "a female called Mei, aged two, who was born in Devon.", {0: (0.4, "four")},
     "How old is the female red panda at Westmoor Zoo?", "two"),
    ("The adult male, thought to be about six years old, and the female, aged four, were "
     "trapped on the River Tay.", {0: (0.5, "six years old")},
     "How old is the female beaver released on the River Leddon?", "four"),
    # trial OS of stop 60: the youngest asked, of "The oldest ..., is 74, and the youngest ...,
    # is 21" ("74" was shown)
    ("So far 23 volunteer drivers have signed up. The oldest, retired farmer Bill Hodgetts, is "
     "74, and the youngest, student Chloe Dunn, is 21.", {1: (1.0, "74")},
     "What age is the youngest driver volunteering for the Teme Valley minibus?", "21"),
    # trial RR of stop 63: a part of a whole asked by who meets it ("£1.2 million" was shown)
    ("The work will cost £1.2 million, of which £450,000 comes from a Department for Transport "
     "grant. The rest will be paid from the county council's highways budget.",
     {0: (1.0, "£1.2 million")},
     "How much of the Marlow Street Bridge repair bill is covered by the Department for "
     "Transport?", "£450,000"),
    # trial RU of stop 63: a deputy of the role asked is not its holder ("Fiona McBride" shown)
    ("Glenmore Mountain Rescue Team was formed in 1967. Team leader Mark Thornton, 52, said "
     "members gave 14,500 hours. Deputy team leader Fiona McBride, 41, said: \"We will never "
     "charge anyone.\"", {0: (0.6, "1967"), 1: (0.15, "Mark Thornton"), 2: (0.3, "Fiona McBride")},
     "Who is the team leader of Glenmore Mountain Rescue Team?", "Mark Thornton"),
    # trial RQ of stop 63: a retired holder of a role runs nothing now, and the question's verb
    # said before a relative and the name ("Edna Cartwright" was shown)
    ("Hollins & Daughter opened on Station Road in April 1926. The business is now run by his "
     "great-granddaughter, Megan Hollins, 38, who took over in 2019. The bakery's oldest regular "
     "customer, retired postmistress Edna Cartwright, 94, will cut the ribbon.",
     {1: (0.7, "Megan Hollins"), 2: (0.3, "Edna Cartwright")},
     "Who runs the Hollins & Daughter bakery in Wrenbury Cross now?", "Megan Hollins"),
])
def test_stop_63_trials(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "date", "short"), [
    # trial RS of stop 63: last season's figure said beside this season's (refused)
    ("Around 350 supporters watched the game. The club's average home attendance this season "
     "was 120, compared with 70 last season.", {1: (0.6, "120")},
     "What was Dunmere Diamonds' average home crowd last season?", None, "70"),
    # ... "the previous year" of a dated story (refused)
    ("Ashcombe Food Bank handed out a record 4,870 parcels in the past twelve months. That is up "
     "from 3,410 parcels in the previous year, and more than a third of this year's parcels went "
     "to families with children.", {0: (0.6, "4,870"), 1: (0.35, "3,410")},
     "How many food parcels did Ashcombe Food Bank give out in the previous year?",
     "2025-11-18", "3,410"),
    # trial RT of stop 63: eight words between last year's figure and "last year" (refused)
    ("Councillor Greg White said the district sent 41,000 tonnes of rubbish to landfill and "
     "incineration last year, down from 44,500 tonnes the year before.", {0: (0.8, "44,500")},
     "How many tonnes of rubbish did the Harrogate district send to landfill and incineration "
     "the year before last?", None, "44,500"),
    # ... and so a noun counted is read against what "how many" counts, not the words naming
    # whose (trial LQ's near miss was answered: "fire" of "the Hexley fire service")
    ("The fire service said it carried out 4,120 home fire safety visits in the county last "
     "year, up from 3,460 the year before, and fitted 2,900 free smoke alarms.",
     {0: (0.5, "2,900")},
     "How many free smoke alarms did the Hexley fire service fit the year before last?", None,
     "refused"),
    # trial RU of stop 63: a figure of five years ago beside today's, today's marked (refused)
    ("Station manager Priya Lal said around 1,900 passengers use Hexley each weekday, up from "
     "1,450 five years ago.", {0: (0.87, "1,900")},
     "How many passengers used Hexley station on a weekday five years ago?", "2026-03-14",
     "1,450"),
])
def test_stop_63_trials_of_other_years(text, readings, question, date, short):
    assert _shown_read(text, readings, question, date=date) == short


@pytest.mark.parametrize(("text", "readings", "question", "date", "short"), [
    # trials RV and RX of stop 63: the age then said later of the one named with their age now
    # (the age now was shown)
    ("Keith Ambrose, 68, started driving for Pelham Corporation Transport in 1981, when he was "
     "23, and has stayed on through two changes of owner.", {0: (0.8, "68")},
     "How old was Keith Ambrose when he began driving buses in Pelham?", None, "23"),
    # trial SA of stop 63: the name said with no age, then the age then, and the deed asked
    # between them ("63" was shown)
    ("Margaret Ellwood, 63, knocked four minutes off the county best. Mrs Ellwood, a retired "
     "teacher, only took up running at the age of 51, after her daughter persuaded her.",
     {0: (0.8, "63"), 1: (0.3, "51")},
     "At what age did Margaret Ellwood start running?", None, "51"),
    # ... not another deed's age (trial FL's near miss was answered "18")
    ("The farm was run by Arthur Ransome until 1970. Mrs Ransome joined the Land Army at the age "
     "of 18 in 1943 and spent three years working on farms.", {1: (0.3, "18")},
     "How old was Arthur Ransome when he died?", None, "refused"),
    # trial RX of stop 63: last year's share said "per cent" before "last year" (this year's
    # "89 per cent" was shown, asked by the year's number too)
    ("Students at Kingsmead Academy are celebrating the school's best GCSE results, with 89 per "
     "cent achieving a pass in both English and maths, up from 74 per cent last year.",
     {0: (0.9, "89 per cent")},
     "What percentage of Kingsmead Academy pupils passed both English and maths in 2024?",
     "2025-08-22", "74 per cent"),
    # trial RW of stop 63: "Last year" opening the clause of one figure, the other said the year
    # before's ("£3.9 million" was shown)
    ("Trinity House maintains 65 lighthouses. Last year the body spent £4.6 million on lighthouse "
     "repairs, up from £3.9 million the year before.", {1: (0.9, "£3.9 million")},
     "How much did Trinity House spend repairing lighthouses last year?", None, "£4.6 million"),
    # trial SB of stop 63: "last year's" before a figure, no year asked ("£2,200" was shown) ...
    ("Entry was free, but a bucket collection raised £4,350 for the Wrenfield Hospice, almost "
     "double last year's £2,200.", {0: (0.84, "£2,200")},
     "How much did the Wrenfield Hospice bucket collection raise?", None, "£4,350"),
    # ... and last year's asked (trial RZ of stop 63 was shown "2,870")
    ("A record 2,870 visitors passed through the gates of Hollybrook Manor on Sunday for the "
     "garden's annual open day, beating last year's attendance of 2,140.", {0: (0.9, "2,870")},
     "How many people visited the Hollybrook Manor garden open day last year?", None, "2,140"),
])
def test_stop_63_trials_of_times_then(text, readings, question, date, short):
    assert _shown_read(text, readings, question, date=date) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trials SH and SE of stop 63: givers listed each with the sum it gave (the other's shown)
    ("The money came from several sources. Sport England gave £40,000 and Eden District's "
     "community fund gave £18,500. Members raised the rest.", {1: (0.8, "£18,500")},
     "How much did Sport England give the bowling club?", "£40,000"),
    ("This year Shropshire Council gave £3,000 and Ludlow Rotary Club £1,500. A raffle at the "
     "anniversary party raised £726.", {0: (0.8, "£3,000")},
     "How much did Ludlow Rotary Club give the Forget-Me-Not Café this year?", "£1,500"),
    # ... read whole ("£412" of "£412,500" was shown, found replaying this rule)
    ("The mill cost £680,000 to restore. The National Lottery Heritage Fund provided £412,500 of "
     "the cost, and Historic England gave £95,000.", {1: (0.8, "£95,000")},
     "How much did the National Lottery Heritage Fund put towards restoring Ebbsworth Mill?",
     "£412,500"),
    # trial SC of stop 63: a sum said as a giver's grant, the part asked by where it came from
    # (the whole was shown)
    ("The club moved into the former Co-op warehouse in 2021. The conversion cost £210,000, of "
     "which £150,000 was a Sport England grant.", {1: (0.9, "£210,000")},
     "How much of the cost of converting Marshfield TTC's Station Road building came from Sport "
     "England?", "£150,000"),
])
def test_stop_63_trials_of_givers(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial SH of stop 63: a role of a kind asked with "Which" is a person ("Northamptonshire
    # Police" was shown)
    ("Sergeant Martin Oduya of Northamptonshire Police said officers were reviewing footage.",
     {0: (0.8, "Martin Oduya")},
     "Which police sergeant is investigating the arson at the Kettering skatepark?",
     "Martin Oduya"),
    # trial SF of stop 63: an age asked, no age in the answer ("Dartmoor and to the A38" shown)
    ("The trust's head of estates, Martin Coombe, said the move would improve response times "
     "to villages on Dartmoor and to the A38.", {0: (0.6, "Dartmoor and to the A38")},
     "How old is Martin Coombe, the ambulance trust's head of estates?", None),  # (no bold
    # answer: refused over the trial's store, under "Not sure" here)
    # the README check of 9efa4f7: "at this time last year" for a year ago's ("112" shown) ...
    ("The waiting list now stands at 112 names, up from 78 at this time last year.",
     {0: (0.9, "112")},
     "How many names were on the Hallbrook allotment waiting list a year ago?", "78"),
    # ... and a time after a sum is no word of what it is for ("£45" shown)
    ("Treasurer Ravinder Sidhu said annual rent would stay at £45 for a full plot and £25 for a "
     "half plot next year.", {0: (0.9, "£45")},
     "How much is the yearly rent for a half plot at Hallbrook?", "£25"),
])
def test_stop_63_trials_last(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


def test_younger_than_an_age_is_under_it():
    # the README check of 146f058: "45" was shown for the volunteers younger than 25
    assert _shown_read("The pantry relies on 45 volunteers, of whom 12 are under 25.",
                       {0: (0.9, "45")},
                       "How many of the Harwick pantry's volunteers are younger than 25?") == "12"


@pytest.mark.parametrize(("text", "readings", "question", "date", "short"), [
    # the last README check of stop 63: five words between a figure and its year ("£3,850",
    # this year's, was shown for last year's); not across "for", "to", "from", "than" or "of"
    # ("28,041 for the same period in 2004" was shown for news set 0's last quarter of 2004:
    # the replay's guard)
    ("The sponsored walk brought in £3,850, more than double the £1,600 raised by the same walk "
     "in 2025.", {0: (1.0, "£3,850")}, "How much did Ellie Brampton's walk raise last year?",
     "2026-12-04", "£1,600"),
])
def test_a_figure_s_year_said_five_words_after_it(text, readings, question, date, short):
    assert _shown_read(text, readings, question, date=date) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial SI of stop 63: another's sum said as given, the one asked named with none (the
    # council's "£150,000" was shown for the Friends) ...
    ("The Herring Gallery cost £1.2 million to create. The National Lottery Heritage Fund "
     "provided £780,000, Harwick Town Council gave £150,000 and the rest came from the Friends "
     "of Harwick Museum and private donors.", {1: (0.8, "£150,000")},
     "How much did the Friends of Harwick Museum give towards the Herring Gallery?", "refused"),
    # ... and not when the one asked is named with a sum of its own (the replay's guards)
    ("Stoke-on-Trent City Council gave £35,000 towards this year's festival, with Arts Council "
     "England contributing £60,000.", {0: (0.8, "£35,000")},
     "How much did Arts Council England give to the Middleport Clay Festival?", "£60,000"),
    ("The station cost £38.4m to build. The Department for Transport provided £24m, with the "
     "remaining £14.4m coming from the West of England Combined Authority.",
     {1: (0.8, "£14.4m")},
     "How much did the West of England Combined Authority put towards the station?", "£14.4m"),
    # trial SQ of stop 64: a sum "came as a grant from" its giver, a place shared with the next
    # giver's name ("£15,000", the parish council's, was shown)
    ("A further £28,000 came as a grant from the Plunkett Foundation and £15,000 from Brompton "
     "Parish Council, giving a total of £105,000 for the lease.", {0: (0.8, "£105,000")},
     "How much did the Plunkett Foundation give to Little Brompton Community Shop?", "£28,000"),
    # trial ST of stop 64: one giver before its sum, the other after ("£9,500" was shown)
    ("The National Lottery Heritage Fund gave £52,000 towards the project, with a further £9,500 "
     "from the Hexley Town Trust.", {0: (0.8, "£9,500")},
     "How much did the National Lottery Heritage Fund give for the Hexley bells?", "£52,000"),
    # trial SO of stop 64: "contributed a grant of" ("£20,000", the parish council's, was shown)
    ("The pavilion cost £265,000 to build. The England and Wales Cricket Board contributed a "
     "grant of £75,000, the parish council gave £20,000, and members raised the rest.",
     {1: (0.8, "£20,000")},
     "How much did the England and Wales Cricket Board give towards the pavilion?", "£75,000"),
])
def test_stop_64_trials_of_givers(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("question", "short"), [
    # the README check of 129916e: the giver's sum of the year asked, beside this year's
    # ("£86,000" was shown for 2025's) ...
    ("How much did North Yorkshire Council give towards the bus service's running costs in "
     "2025?", "£112,000"),
    # ... and this year's when asked
    ("How much did North Yorkshire Council give towards the bus's running costs this year?",
     "£86,000"),
])
def test_a_giver_s_sum_of_the_year_asked(question, short):
    text = ("North Yorkshire Council contributed £86,000 towards running costs this year, "
            "compared with £112,000 in 2025, while fares brought in £63,500.")
    assert _shown_read(text, {0: (0.8, "£86,000")}, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trials SO and SS of stop 64: a relative's age said with "is" or "who is", in figures or
    # words, the name left out or the kin said without whose (all refused, the readers
    # rating the sentences low)
    ("The trawler's skipper, Jory Trebilcock, 58, said he owed the volunteers everything. His "
     "son, Kieran, is 24.", {1: (0.1, "24")},
     "How old is the son of the skipper of the trawler Girl Tamsin?", "24"),
    ("The cubs, a male and a female, were born on 18 June to mother Mei, who is eight, and "
     "father Tashi, who is five.", {0: (0.1, "eight")},
     "How old is the father of the red panda cubs at Calder Vale Zoo?", "five"),
    ("Student Ellen Marsh said the bus was her lifeline. \"My gran, who is 83, uses it to get to "
     "her GP too.\"", {1: (0.1, "83")}, "How old is Ellen Marsh's grandmother?", "83"),
    # ... and not another relative's ("eight", the mother's, for the father's)
    ("The cubs were born on 18 June to mother Mei, who is eight.", {0: (0.1, "eight")},
     "How old is the father of the red panda cubs at Calder Vale Zoo?", "refused"),
])
def test_stop_64_trials_of_kin_ages(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trials TY, UB and UD of stop 65: a relative named by the first name alone, after one of
    # the family named in full, asked by first and family name (all refused) ...
    ("Pauline Garside, 63, and her husband Keith, 66, received the award on Thursday night.",
     {0: (0.5, "66")}, "How old is Keith Garside, the foster carer?", "66"),
    ("The overall winners were Josh Whitfield, 23, and his brother Sam, 20, from Worcester "
     "Canoe Club.", {0: (0.5, "20")}, "How old is Sam Whitfield, one of the winners?", "20"),
    ("Practice principal Fiona McAllister, 49, who founded the centre in 2004 with her husband "
     "Euan, 52, said it was busy.", {0: (0.5, "49")}, "How old is Euan McAllister?", "52"),
    # ... not one of another family, nor the one named in full for the relative's age
    ("Pauline Garside, 63, and her husband Keith, 66, received the award on Thursday night.",
     {0: (0.5, "66")}, "How old is Keith Marsden?", "refused"),
    ("Skipper Martin Hosking, who fishes with his son Jory, 24, said the catch was poor.",
     {0: (0.5, "24")}, "How old is Martin Hosking?", "refused"),
])
def test_a_relative_named_by_first_name_after_the_family(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("question", "short"), [
    # trial UY of stop 65: a nickname in quotes among the first names ("89", the
    # grandfather's, was shown for the grandson's age) ...
    ("How old is Owen Thomas?", "24"),
    # ... and the one named so is asked by either name
    ("How old is William Thomas?", "89"),
    ("How old is Bill Thomas?", "89"),
])
def test_a_nickname_in_quotes_is_one_of_the_first_names(question, short):
    text = ('The choir\'s oldest member, tenor William "Bill" Thomas, 89, has sung with it for 68 '
            "years and made the trip with his grandson, Owen Thomas, 24, its youngest member.")
    assert _shown_read(text, {0: (0.8, "89")}, question) == short



@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trials UA, UD, UG, UI and UK of stop 65: a part asked by what it is, the whole said
    # with words of the question too ("780" was shown) ...
    ("There are currently 780 children in its care, of whom 212 live with families outside the "
     "county.", "780", "How many children in Lincolnshire County Council's care are living "
     "with families in other counties?", "212"),
    ("Volunteers say 11.4 tonnes of surplus food has passed through it since then, of which 2.7 "
     "tonnes was fresh fruit and vegetables.", "11.4 tonnes",
     "How much fresh fruit and veg has gone through the Hollins Cross community fridge?",
     "2.7 tonnes"),
    ("Owners Tom Gallagher and Rhiannon Lewis spent £85,000 restoring it, including £23,000 on a "
     "new kitchen.", "£85,000",
     "How much was spent on the kitchen when the Fenwick Lock cottage was restored?", "£23,000"),
    # ... what the part is said before it ("of which the duck race brought in")
    ("The fete raised £11,460 in total, of which the duck race brought in £4,680.", "£11,460",
     "How much money did the duck race make at the Little Haddon village fete?", "£4,680"),
    # ... a second part after "and" ("19" was shown for the householders')
    ("Of the 27 objections, 19 came from boaters and eight from householders on Lock Lane.", "19",
     "How many of the objections to the Towpath Tearoom's licence came from householders?",
     "eight"),
    # ... "What sum" asks a figure; a whole in words ("nine staff, six" was shown)
    ("The group bought its radar gun for £1,450, of which £900 came from Little Haddon Parish "
     "Council and the rest from a quiz night.", "£1,450",
     "What sum did the parish council put towards the Little Haddon speedwatch's radar gun?",
     "£900"),
    ("The pharmacy employs nine staff, six of whom are part-time.", "nine staff, six",
     "How many of Greenhill Pharmacy's staff work part-time?", "six"),
    # ... the whole first, said as this year's (the README check of 5115c67 was shown "412")
    ("Of this year's 412 arrivals, 158 were autumn juveniles found too small to survive "
     "hibernation.", "412", "How many of the hedgehogs arriving at Prickles and Paws this year "
     "were youngsters too light to hibernate?", "158"),
    # ... the part marked kept, not moved to the whole's noun ("72" was shown)
    ("The home has 72 en-suite bedrooms, 20 of which are in a dedicated wing for people living "
     "with dementia.", "20", "How many bedrooms at Beechwood Court are in the dementia wing?",
     "20"),
    # ... and the whole when it is asked, the part's words not
    ("There are currently 780 children in its care, of whom 212 live with families outside the "
     "county.", "780", "How many children are in Lincolnshire County Council's care?", "780"),
    ("Volunteers say 11.4 tonnes of surplus food has passed through it since then, of which 2.7 "
     "tonnes was fresh fruit and vegetables.", "11.4 tonnes",
     "How much surplus food has passed through the Hollins Cross community fridge?",
     "11.4 tonnes"),
    ("The fete raised £11,460 in total, of which the duck race brought in £4,680.", "£11,460",
     "How much money did the Little Haddon village fete raise?", "£11,460"),
    ("Of the 27 objections, 19 came from boaters and eight from householders on Lock Lane.", "19",
     "How many of the objections to the licence came from boaters?", "19"),
])
def test_stop_65_trials_of_parts(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("text", "marked", "question", "shown"), [
    # trials UW and VB of stop 65: the one a new holder replaces is no answer to who the new
    # one is ("Graham Tillotson" and "Steve Ockenden" were shown) ...
    ("Priya Nandakumar, 39, will take up the post on 1 April. She replaces Graham Tillotson, "
     "71, who has managed the shop since 2014.", "Graham Tillotson",
     "Who has been appointed the new manager of the Kersey Community Shop?", None),
    ("Harrowfield Town have named their former captain Craig Dunmore as the club's new "
     "first-team manager, three weeks after Steve Ockenden left by mutual consent.",
     "Steve Ockenden", "Who is the new manager of Harrowfield Town?", None),
    # ... but is when the one replaced is asked
    ("Priya Nandakumar, 39, will take up the post on 1 April. She replaces Graham Tillotson, "
     "71, who has managed the shop since 2014.", "Graham Tillotson",
     "Who did Priya Nandakumar replace?", "Graham Tillotson"),
])
def test_the_one_replaced_is_no_answer_to_who_the_new_one_is(text, marked, question, shown):
    readings = {len(text.split(". ")) - 1 if marked in text.split(". ")[-1] else 0: (0.8, marked)}
    assert _shown_read(text, readings, question) == shown


@pytest.mark.parametrize(("question", "shown"), [
    # trial UR of stop 65: who one named is, the sentence naming no other, is told by the
    # sentence (was refused) ...
    ("Who is Callum Price?", None),
    # ... but a name asked of a sentence giving none but the question's is still refused
    ("Who founded the Brockwell Riders group with Callum Price?", "refused"),
])
def test_who_one_named_is_told_by_a_sentence_naming_no_other(question, shown):
    text = ("The group's founder, Callum Price, now 17, started the petition in 2022 when he "
            "was 13.")
    assert _shown_read(text, {0: (0.8, "founder")}, question) == shown


@pytest.mark.parametrize(("text", "marked", "question", "date", "short"), [
    # trial TZ of stop 65: the year before last's figure marked, kept ("512,000", the count of
    # the noun, was shown) ...
    ("Last year the zoo welcomed 512,000 visitors, up from 478,000 the year before.", "478,000",
     "How many visitors did Marwell Zoo have the year before last?", None, "478,000"),
    ("Last year the zoo welcomed 512,000 visitors, up from 478,000 the year before.", "512,000",
     "How many visitors did Marwell Zoo have last year?", None, "512,000"),
    # trial UE of stop 65: a year's figure compared, inside a longer span (refused)
    ("Area manager Dean Castle said the branch handled around 1,900 transactions a month last "
     "year, compared with 2,600 in 2019.", "1,900 transactions a month last year, compared with "
     "2,600", "How many transactions a month did the Little Hadstock post office handle in "
     "2019?", "2026-03-14", "2,600"),
    # trial UE of stop 65: a count in words of the teens marked, the noun asked counted by
    # another ("Sixteen" was shown for the darts)
    ("Sixteen players took part in the marathon at the Red Lion. Between them they threw 58,312 "
     "darts and scored a combined 1,204,560 points.", "Sixteen",
     "How many darts did the Red Lion players throw during their marathon?", None, "58,312"),
    # trial UF of stop 65: two counts of the noun, one with the word asked ("1,846" was shown)
    ("He has since shown 1,846 yellow cards and 212 red cards, by his own count.", "1,846",
     "How many red cards has referee Tony Carraway shown in his career?", None, "212"),
    ("He has since shown 1,846 yellow cards and 212 red cards, by his own count.", "1,846",
     "How many yellow cards has referee Tony Carraway shown in his career?", None, "1,846"),
    # trials UF and UC of stop 65: the figure of when it started, or of what was expected,
    # asked ("around 300", "1,150" were shown) ...
    ("Miss Ridley now makes around 300 loaves a day, up from 120 when she started.",
     "around 300", "How many loaves a day was Chloe Ridley baking when she first joined Tyne "
     "Valley Loaves?", None, "120"),
    ("Mr Pryce said 1,150 people played in the first week, well above the 800 the company had "
     "forecast.", "1,150", "How many players had Harbourline Leisure expected in the first "
     "week?", None, "800"),
    # ... and not when the time or the outcome is asked
    ("Miss Ridley now makes around 300 loaves a day, up from 120 when she started.",
     "around 300", "How many loaves a day does Chloe Ridley make now?", None, "around 300"),
    ("Mr Pryce said 1,150 people played in the first week, well above the 800 the company had "
     "forecast.", "1,150", "How many people played at Harbourline in the first week?", None,
     "1,150"),
    # trial UE of stop 65: a measure asked, the margin marked ("9lb" was shown) ...
    ("The contest was won by a 68lb marrow grown by Frank Ellison, 76, beating last year's "
     "winning entry by 9lb.", "9lb", "What did Frank Ellison's winning marrow weigh?", None,
     "68lb"),
    # ... but the margin when asked
    ("The contest was won by a 68lb marrow grown by Frank Ellison, 76, beating last year's "
     "winning entry by 9lb.", "9lb", "By how much did Frank Ellison's marrow beat last year's "
     "winner?", None, "9lb"),
    # trial UZ of stop 65: a sum said before the gift's noun and its giver ("£20,000", the
    # council's, was shown)
    ("The work was paid for with a £62,500 grant from the National Lottery Heritage Fund, "
     "£20,000 from Hallerton Town Council and the rest raised by a public appeal.", "£20,000",
     "How much did the National Lottery Heritage Fund give for the Hallerton clock?", None,
     "£62,500"),
    # the replay of stop 65: a grant is what a giver "put towards" (not shown: "a grant" taken
    # for another kind of sum than asked)
    ("The centre, which cost £120,000 and was funded partly by a £45,000 grant from the Welsh "
     "Government, is open until 7pm on weekdays.", "£45,000",
     "How much did the Welsh Government put towards the Wrexham school's study centre?", None,
     "£45,000"),
    # the last README check of stop 65: a sum asked of last year, the sentence's figure of the
    # year before another noun's ("£3,800", this year's, was shown) ...
    ("The show, held in August, attracted 1,450 visitors, up from 1,100 the year before, and "
     "raised £3,800 for the food bank.", "£3,800",
     "How much did the allotment society's show raise for the food bank last year?",
     "2026-12-04", "refused"),
    # ... but a sum of the year before gives last year's
    ("The food bank spent £118,000 this year, against £87,000 the year before.", "£118,000",
     "How much did the food bank spend last year?", "2026-12-04", "£87,000"),
    # trial UL of stop 65: a giver that "paid" its sum, beside another's ("£48,000" was shown)
    ("Wendlebury District Council paid £120,000 towards it from its capital budget, and the "
     "remaining £48,000 came from the Friends of Wendlebury Libraries.", "£48,000",
     "How much did Wendlebury District Council put towards the new mobile library?", None,
     "£120,000"),
])
def test_stop_65_trials_of_years_and_givers(text, marked, question, date, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date=date) == short


@pytest.mark.parametrize(("text", "readings", "question", "date", "short"), [
    # trial SS of stop 64: the count said after the verb asked, beside one after another verb
    # ("1,318" was shown) ...
    ("It received 1,318 claims last year but paid only 296 of them.", {0: (0.8, "1,318")},
     "How many pothole claims did Westmarch County Council actually pay last year?", None, "296"),
    ("It received 1,318 claims last year but paid only 296 of them.", {0: (0.8, "1,318")},
     "How many pothole claims did Westmarch County Council receive last year?", None, "1,318"),
    # ... not the start of a noun asked ("pass" of "passengers": the replay's guard)
    ("The ferry carried 52,000 passengers last year and hopes to pass 60,000 next year.",
     {0: (0.8, "52,000")}, "How many passengers travelled on the Hythe ferry last year?", None,
     "52,000"),
    # trial SQ of stop 64: "ten years before the last census" asks no figure of the census
    # ("8,900" was shown)
    ("Millbrook's population was 8,900 at the last census, up from 7,600 ten years before.",
     {0: (0.8, "8,900")}, "What was Millbrook's population ten years before the last census?",
     None, "7,600"),
])
def test_stop_64_trials_of_verbs_and_times(text, readings, question, date, short):
    assert _shown_read(text, readings, question, date=date) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial SX of stop 64: the youngest's age asked, the oldest's said first ("91" was shown)
    ("The night will feature a frame between the club's oldest playing member, Frank Dobson, "
     "91, and its youngest, Ellie Marsh, 10.", {0: (0.8, "91")},
     "How old is the youngest playing member of the Redbank snooker club?", "10"),
    ("Its youngest crew member, Jago Rowe, is 17, and its oldest, shore crew member Peter "
     "Angove, is 72.", {0: (0.8, "17")}, "How old is the oldest member of the lifeboat crew?",
     "72"),
    # ... told however low the readers rate it (trial SX's own store showed "Not sure"; PB
    # refused, "the oldest of whom, Stan Pengelly, is 91")
    ("The shop has 42 volunteers, the oldest of whom, Stan Pengelly, is 91 and has sorted books "
     "since 2009.", {0: (0.05, "42")},
     "How old is the oldest volunteer at the Portham hospice shop?", "91"),
    # ... or said "the oldest of whom is 84" (trial TS of stop 64, refused)
    ("Its 46 drivers, the oldest of whom is 84, use their own cars and are paid 45p a mile.",
     {0: (0.1, "46")}, "How old is the oldest volunteer driver in the hospital scheme?", "84"),
    # trial SZ of stop 64: a figure's year said in a clause of when ("4,200" was shown)
    ("A traffic survey counted 4,200 vehicles using the lane on an average weekday, up from "
     "2,900 when the last count was taken in 2019.", {0: (0.8, "4,200")},
     "How many vehicles used Mill Lane on a typical weekday in the 2019 count?", "2,900"),
    # trial SY of stop 64: a year is no answer to what a thing will be called ...
    ("A third ship is due to join the fleet in 2028.", {0: (0.8, "2028")},
     "What will the third Solent Link ferry be called?", None),
    # ... nor a count to how big a grant was ("36" panels were shown)
    ("Villagers in Little Haddon have switched on 36 solar panels on the roof of their village "
     "hall. The scheme was paid for by a £15,000 grant from the county council.",
     {0: (0.8, "36")},
     "How big was the grant Little Haddon village hall got towards its solar panels?", "£15,000"),
    # ... and a count said after its place ("1,040", another library's, was shown)
    ("Scunthorpe Central Library had the most finishers, with 1,040, while the smallest branch, "
     "at Winterton, had 58.", {0: (0.8, "1,040")},
     "How many children finished the reading challenge at Winterton library?", "58"),
    # trial SW of stop 64: the buyer after "bought by", not the agents named after ("Fowler
    # Bentley" was shown)
    ("It has now been bought by Ludlow brewer Clee Hill Ales for £875,000, the agents, Fowler "
     "Bentley, confirmed on Monday.", {0: (0.8, "Fowler Bentley")},
     "Who bought the Bull and Bell?", "Clee Hill Ales"),
])
def test_stop_64_second_wave(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trials TE and TF of stop 64: a sum's magnitude kept ("£1.9" was shown) ...
    ("The museum cost £3.4 million, including £1.9 million from the National Lottery Heritage "
     "Fund.", {0: (0.8, "£1.9")},
     "How much did the National Lottery Heritage Fund give towards the museum?", "£1.9 million"),
    # ... and a quantity's measure (trial EM of stop 53 was shown "11"), not a count's unit
    # for another noun ("four" miles was shown for how many pupils, trial TE of stop 64)
    ("Hollowmere made 18 tonnes of cheese this year, up from 11 tonnes last year.",
     {0: (0.8, "11")}, "How much cheese did Hollowmere Dairy produce in the previous year?",
     "11 tonnes"),
    ("Pupils will move to Capel St Mary Primary School, four miles away.", {0: (0.8, "four")},
     "How many pupils attend Capel St Mary Primary School?", None),
    # trial TB of stop 64: years served are no age ("31 years" was shown)
    ("Captain Malcolm Penhale steps down next month, ending 31 years as harbour master.",
     {0: (0.8, "31 years")}, "How old is the harbour master who is retiring at Trevessa?", None),
    # trial TA of stop 64: "this time last year" without "at" for a year ago ("around 400")
    ("The bakery now sells around 400 loaves a day, up from 250 this time last year.",
     {0: (0.8, "around 400")}, "How many loaves a day was Crumb & Harbour selling a year ago?",
     "250"),
    # trial TB of stop 64: the previous season asked, "last year's total of" said ("386")
    ("The first XI finished on 386 points, well up on last year's total of 298 points.",
     {0: (0.8, "386")},
     "How many points did Ashcombe's first team finish on in the previous season?", "298"),
    # trials TE and TD of stop 64: a count said of a name described after it ("52", "8,500")
    ("They finished the season on 52 points, eight clear of second-placed Stourport, who ended "
     "on 44.", {0: (0.8, "52")}, "How many points did Stourport end the season on?", "44"),
    ("The new practice joins the Castle Street Surgery, which had 8,500 patients, and the Bridge "
     "Lane Practice, which had 5,500.", {0: (0.8, "8,500")},
     "How many patients were registered at the Bridge Lane Practice?", "5,500"),
    # trial TE of stop 64: a sum pledged ("£120,000", the whole, was shown) ...
    ("The pitch will cost £120,000. Shropshire Council has already promised £15,000 and Sport "
     "England gave £45,000.", {0: (0.8, "£120,000")},
     "How much has Shropshire Council pledged towards Ludlow's floodlit pitch?", "£15,000"),
    # ... and trial TC: the giver said first after "of which" ("£19,500" was shown)
    ("They cost £19,500, of which the parent-teacher association raised £6,000 and the council "
     "gave £8,000.", {0: (0.8, "£19,500")},
     "How much did the parent-teacher association at St Oswald's raise towards the solar "
     "panels?", "£6,000"),
])
def test_stop_64_third_wave(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial TG of stop 64: a giver named in lower case ("£75,000", Sport England's, was shown)
    ("Sport England contributed £75,000, the borough council gave £30,000 and the club raised "
     "the rest.", {0: (0.8, "£75,000")},
     "How much money did the borough council contribute to the Kettering Phoenix netball "
     "courts?", "£30,000"),
    # trial TJ of stop 64: a peak asked ("95" was shown)
    ("The association now has 95 members, down from a peak of around 200 in the 1990s.",
     {0: (0.8, "95")},
     "How many members did the Marlbridge Twinning Association have at its peak?", "200"),
    # trial TL of stop 64: "at present" said after a figure ("62 hours" was shown)
    ("The library will be open for 62 hours a week, up from 48 hours at present.",
     {0: (0.8, "62 hours")}, "How many hours a week is Brenholt Central Library open at present?",
     "48"),
    # trials TK and TD of stop 64: raised so far, said "already" (the target was shown)
    ("The dinner aims to raise £60,000 this year and has already raised £14,500.",
     {0: (0.8, "£60,000")}, "How much has the sportsman's dinner brought in so far?", "£14,500"),
])
def test_stop_64_fourth_wave(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "date", "short"), [
    # the README check of ff38e1d: a part after "but" ("48", the whole, for those over 70) ...
    ("The food bank has 48 regular volunteers, but 19 of them are over 70.", {0: (0.8, "48")},
     "How many of the food bank's volunteers are older than 70?", None, "19"),
    # ... and last year's said "over the same months last year", 31 characters after it
    # ("3,412", this year's, was shown)
    ("The food bank gave out 3,412 parcels between January and the end of November, up from "
     "2,687 over the same months last year.", {0: (0.8, "3,412")},
     "How many parcels did the food bank give out last year?", "2026-12-04", "2,687"),
])
def test_stop_64_readme_check(text, readings, question, date, short):
    assert _shown_read(text, readings, question, date=date) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial VD of stop 66: the one asked, described so just before the name (refused)
    ("The shop relies on 42 volunteers. Its longest-serving volunteer, Joan Whitaker, 88, has "
     "worked there every Thursday since the opening day.", {1: (0.6, "Joan Whitaker, 88")},
     "How old is the longest-serving volunteer at the Bramford hospice shop?", "88"),
    # ... but not another's, described otherwise
    ("The shop relies on 42 volunteers. Its newest volunteer, Amy Cole, 17, joined in May.",
     {1: (0.6, "Amy Cole, 17")},
     "How old is the longest-serving volunteer at the Bramford hospice shop?", "refused"),
])
def test_stop_66_trials_of_ages_by_role(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("said", "asked"), [
    # trial VC of stop 66: one word opening the sentence before the role, which the question
    # says in lower case, is the role's, not another body's (refused) ...
    ("Tower captain Geoffrey Lane, 79, who has rung at St Michael's since 1958, said so.",
     "How old is Geoffrey Lane?"),
    # ... but not a role word itself opening the sentence ("Chief executive" of another firm)
    ("Captain Geoffrey Lane, 79, of the county team, said so.", None),
])
def test_a_roles_holder_named_by_the_questions_own_words(said, asked):
    chunk = stored_chunk(f"The bells will ring out again at Easter. {said}",
                         title="Bells to ring again after £96,000 restoration")
    sentence = next(s for s in ranked(chunk, [1.0, 0.5]) if s.text == said)
    question = "How old is the tower captain at St Michael's Church, Upper Rodbourne?"
    assert age_asked_of(question, [sentence]) == (asked or question)


@pytest.mark.parametrize(("question", "short"), [
    # trials GA, QO and QQ of stops 56-62: who is in charge of running a place asks who
    # manages it (refused), not who runs the body that owns it (trial KD)
    ("Who is in charge of running Kettleby Central Library?", "Priya Desai"),
    # trials OD, QL and UP of stops 60-65, VD of stop 66: who is in charge of a part asks for
    # its head, by whatever name ("Director of music"), not another's
    ("Who is in charge of music at Kettleby Central Library?", "Hugh Pemberton"),
    ("Who is in charge of retail at Kettleby Central Library?", "Gareth Lowe"),
    ("Who is in charge of lending at Kettleby Central Library?", "refused"),
])
def test_who_is_in_charge_of_a_place_or_a_part(question, short):
    text = ("Kettleby Central Library reopened in May. The council's chief executive, Dr Rajan "
            "Mehta, said it was a proud day. Library manager Priya Desai, 38, said visits had "
            "doubled. Director of music Dr Hugh Pemberton said the concerts would go on. Gareth "
            "Lowe, the council's director of retail, said the shop had done well.")
    readings = {0: (0.3, "Kettleby Central Library"), 1: (0.2, "Dr Rajan Mehta"),
                2: (0.1, "Priya Desai"), 3: (0.1, "Dr Hugh Pemberton"), 4: (0.1, "Gareth Lowe")}
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("title", "age"), [
    # trial VD of stop 66: a relative's age in a chunk that opens with it, the one whose
    # relative is asked named in the title ("17", his age when he joined the navy, was shown)
    ("D-Day veteran Fred celebrates 100th birthday", "74"),
    # ... not when neither names them
    ("D-Day veteran celebrates 100th birthday", None),
])
def test_a_relatives_age_where_the_title_names_whose_relative(title, age):
    from qa.rescues import aged_relative
    text = "His daughter, Margaret Dunn, 74, said he still reads the paper every morning."
    sentence = ranked(stored_chunk(text, title=title), [1.0])[0]
    found = aged_relative("How old is Fred Hallam's daughter?", sentence)
    assert (text[found[0] : found[1]] if found else None) == age


@pytest.mark.parametrize(("text", "question", "short"), [
    # trials VD and VH of stop 66, FC, QN, RC, SE, UK and UZ of stops 54-65: a placing asked
    # of a season, said by a verb and an ordinal, its season beside it (refused, or shown a
    # town) ...
    ("The women's first team finished fourth in the regional premier league last season, "
     "having come second the season before, and the chairwoman said the aim was promotion.",
     "Where did Castlebridge women's first team finish in the league the season before last?",
     "second"),
    ("The women's first team finished fourth in the regional premier league last season, "
     "having come second the season before, and the chairwoman said the aim was promotion.",
     "In what position did Castlebridge women's first team finish last season?", "fourth"),
    ("The Bulls won the title this season. They had finished seventh the season before.",
     "Where did the Calder Bulls finish in the Championship the season before this one?",
     "seventh"),
    ("The orchestra had come close in recent years, finishing third in 2023 and runner-up last "
     "year.", "Where did the Wenford Valley Youth Orchestra finish in the 2023 championships?",
     "third"),
    # ... and none of another season ("ninth", last season's, for the season before last)
    ("Harrowby won the cup on Saturday. Harrowby finished ninth in the league last season.",
     "Where did Harrowby Town finish in the league the season before last?", "refused"),
    # ... nor a placing for where something took place (the readers' span, not "ninth")
    ("Harrowby won the cup on Saturday. Harrowby finished ninth in the league last season.",
     "Where did the cup final take place?", "Harrowby"),
])
def test_a_placing_of_the_season_asked(text, question, short):
    sentences = text.split(". ")
    marked = {n: (0.3 if n else 0.4, s.split()[0]) for n, s in enumerate(sentences)}
    assert _shown_read(text, marked, question) == short


def test_a_count_of_an_event_named_in_four_words_is_not_another_persons():
    # trial VC of stop 66: "Ashcombe Open Dog Show" was read as "Open Dog Show", and the dog
    # "Skye, owned by" the sentence's subject, another's, so "1,140" was refused
    text = ("Skye, owned by retired headteacher Margaret Ellison, 68, of Little Ashcombe, beat "
            "1,140 dogs entered across 184 classes on Sunday at Ashcombe Showground.")
    assert _shown_read(text, {0: (0.4, "1,140")},
                       "How many dogs were entered in this year's Ashcombe Open Dog Show?") == (
        "1,140")


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trials VS and VO of stop 66: the winter or the season before last, said as "the winter
    # before" beside last winter's figure (refused)
    ("League chairman Kevin Doyle, 49, said 40 of the league's matches had been called off last "
     "winter because the pitches were waterlogged, compared with 26 the winter before.",
     {0: (0.5, "40")},
     "How many Amberley Vale junior league matches were rained off in the winter before last?",
     "26"),
    # trial VQ of stop 66: last year's figure "by the same point last year" (refused)
    ("Keith Dallow, 64, said this year's Poppy Appeal in the town had so far raised £18,640, "
     "compared with £16,200 by the same point last year.", {0: (0.7, "£18,640")},
     "How much had the Ashby Marwood Poppy Appeal raised by the same point last year?",
     "£16,200"),
    # trial VT of stop 66: a sentence opening on last year, below one saying no time, for last
    # year's ("More than 600", this year's, was shown)
    ("More than 600 people gathered in a Somerset orchard on Saturday night for the wassail. "
     "Last year's event drew around 450 people.", {0: (0.6, "600"), 1: (0.3, "around 450")},
     "How many people came to the Stoke Orchard wassail last year?", "around 450"),
])
def test_stop_66_trials_of_years_before(text, readings, question, short):
    # (the Poppy Appeal's story undated, as the trial's was; the others dated January)
    date = None if "Poppy" in question else "2026-01-19"
    assert _shown_read(text, readings, question, date=date) == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial VP of stop 66: the giver asked named with a part ("£18,750" was shown)
    ("Alongside the toys, the public donated £18,750 in cash, of which £5,000 was a single gift "
     "from Wrexham firm Dee Valley Logistics.", "£18,750",
     "How much money did Dee Valley Logistics donate to the Little Stars Trust toy appeal?",
     "£5,000"),
    # ... not when the whole is the giver's
    ("Dee Valley Logistics donated £18,750 in cash, of which £5,000 went on vouchers.",
     "£18,750",
     "How much money did Dee Valley Logistics donate to the Little Stars Trust toy appeal?",
     "£18,750"),
    # trial VN of stop 66: a score "out of a possible 100" is no age ("100" was shown)
    ("The judges, led by retired head gardener Peter Oldroyd, awarded the village 94 points out "
     "of a possible 100.", "100", "How old is hanging baskets judge Peter Oldroyd?", "refused"),
])
def test_stop_66_trials_of_parts_and_scores(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("question", "short"), [
    # the README check of 1bc7a47: "the year before" of the year to a month is last year
    # ("£64,300", the year to November's, was shown) ...
    ("How much did the Market Hall Trust raise last year?", "£41,900"),
    # ... and the year to a month is this year's
    ("How much did the Market Hall Trust raise this year?", "£64,300"),
])
def test_the_year_before_the_year_to_a_month_is_last_year(question, short):
    text = ("The Market Hall Trust raised £64,300 in the year to November, against £41,900 the "
            "year before, taking the appeal's total since 2024 to £118,500.")
    assert _shown_read(text, {0: (0.8, "£64,300")}, question, date="2026-12-04") == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial VO of stop 66: last year's figure said "at the end of last year" ("6,150" shown)
    ("The practice now has 6,150 registered patients, up from 4,820 at the end of last year.",
     "6,150", "How many patients were registered with the Little Haddon practice at the end of "
     "last year?", "4,820"),
    # trial WD of stop 66: last year's event, its figure said as "last year's total of"
    ("Cyclists on an annual charity bike ride from Whitby to Morecambe have raised a record "
     "£86,400 for St Aidan's Hospice, beating last year's total of £61,250.", "£86,400",
     "How much did last year's Whitby to Morecambe charity bike ride raise for St Aidan's "
     "Hospice?", "£61,250"),
    # ... not a figure said after last year's event and its verb (trial JE of stop 57, replayed)
    ("Last year's display cost £38,000 to install and run, and around 6,000 people attended "
     "the switch-on.", "around 6,000",
     "How many people went to last year's Christmas lights switch-on in Merrowby?",
     "around 6,000"),
    # trial UU of stop 65: last year's figure alone, not "962 by more than 200"
    ("Organisers are celebrating after a record 1,184 entries were staged on Saturday, beating "
     "last year's total of 962 by more than 200.", "962 by more than 200",
     "How many entries were there at last year's Ashcombe flower show?", "962"),
    # trial VU of stop 66: a part said "of them" at the place asked ("43" was shown)
    ("Councillor Malcolm Ferris said 43 homes and businesses in the district had been flooded "
     "during Storm Bethan, 11 of them in Slapton Weir.", "43",
     "How many homes and businesses in Slapton Weir were flooded by Storm Bethan?", "11"),
    # trial WH of stop 67: the figure when one named arrived or took over ("212" and "340" shown)
    ("The school has 212 pupils on roll, up from 186 when Mr Pryce arrived.", "212",
     "How many pupils did St Aldhelm's primary school have when Daniel Pryce arrived as "
     "headteacher?", "186"),
    ("\"We have 340 members now, compared with 260 when I took over as chairman in 2020,\" Mr "
     "Feeney said.", "340",
     "How many members did Kingsbridge Rugby Club have when Roger Feeney became chairman?",
     "260"),
    # trial WH: a year's figure said "in the same period of" that year ("1,482" shown)
    ("Volunteers recorded 1,482 hedgehog sightings between April and October last year, "
     "compared with 1,130 in the same period of 2024.", "1,482",
     "How many hedgehog sightings did Wiltshire volunteers record in 2024?", "1,130"),
    # trial WH: a part asked by what it is, the time and the noun counted said of the whole
    # ("289" shown)
    ("The hospital took in 289 sick or injured hedgehogs last year, of which 201 were released "
     "back into the wild.", "289",
     "How many hedgehogs from the Lacock hedgehog hospital were returned to the wild last "
     "year?", "201"),
])
def test_stop_67_trials_of_times_and_parts(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-02") == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial WI of stop 67: the one asked named before another, whose age it is ("43" shown)
    ("The supreme champion was Dunmere Primrose, a Hereford heifer shown by Ewan Trask, 43, of "
     "Lower Pennock Farm.", "43", "How old is the Hereford heifer Dunmere Primrose?", "refused"),
    # ... but the other's age when asked of him
    ("The supreme champion was Dunmere Primrose, a Hereford heifer shown by Ewan Trask, 43, of "
     "Lower Pennock Farm.", "43", "How old is Ewan Trask?", "43"),
    # trial WK of stop 67: how long something should last is no age ("at least 40 years" shown)
    ("Owen Treharne, project director at Marlow Marine Engineering, said the new panels should "
     "last at least 40 years.", "at least 40 years",
     "How old is Owen Treharne, the project director working on Kingsmere Pier?", "refused"),
    # ... a name ending the question that is a body's, not the one asked (trial VZ of stop 66,
    # replayed)
    ("Most stayed on, although the commodore of Carrick Bay Sailing Club, Fiona Mackenzie, 58, "
     "said some had left.", "58", "How old is the commodore of Carrick Bay Sailing Club?", "58"),
])
def test_stop_67_trials_of_ages(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial WI of stop 67: a share, not the figure it is of ("34 per cent on the 1,820" shown)
    ("The food bank handed out 2,430 parcels in October and November, a rise of 34 per cent on "
     "the 1,820 it gave out a year earlier.", "34 per cent on the 1,820",
     "By what percentage have parcel numbers at Thornbury Vale Food Bank gone up?",
     "34 per cent"),
    # trial WJ of stop 67: a firm without what it is and where from
    ("Contractor Brightway Highways Ltd, of Swindon, won the contract ahead of four other "
     "bidders.", "Contractor Brightway Highways Ltd, of Swindon",
     "Which company won the contract to fit LED street lights in West Marlow?",
     "Brightway Highways Ltd"),
    # trial WL of stop 67: a person without what they are ("Volunteer Daniel Okafor" shown)
    ("Volunteer Daniel Okafor, a Kendal College student, checks the fridge's temperature twice a "
     "day.", "Volunteer Daniel Okafor",
     "Which Kendal College student checks the community fridge's temperature?", "Daniel Okafor"),
])
def test_stop_67_trials_of_short_answers_trimmed(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


def test_a_level_without_the_one_it_came_from():
    # trial KY of stop 58: "£4 a day, up from £2.50" was shown whole for the charge now
    text = ("Entry remains free, but fishing from the pier head now costs £4 a day, up from £2.50 "
            "before the closure.")
    assert _shown_read(text, {0: (0.8, "£4 a day, up from £2.50")},
                       "What is the daily charge for fishing off Saltmouth pier now?") == "£4"


@pytest.mark.parametrize(("question", "short"), [
    # trial WJ of stop 67: the count of the kind asked among several ("11 gold, 9 silver and
    # 7" was marked, shown under "Not sure")
    ("How many gold medals did Ashcombe Otters swimmers win at the county championships?", "11"),
    ("How many silver medals did Ashcombe Otters swimmers win at the county championships?", "9"),
])
def test_the_count_of_the_kind_asked_among_several(question, short):
    text = ("The club's 41 swimmers won 11 gold, 9 silver and 7 bronze medals over the two-day "
            "gala.")
    assert _shown_read(text, {0: (0.8, "11 gold, 9 silver and 7")}, question) == short


def test_a_holder_of_the_role_of_another_kind_of_body_is_not_the_one_asked():
    # trial WL of stop 67: "chairman of the Long Melford Village Society" was shown for who
    # chairs Long Melford parish council, named below as "Parish council chairwoman"
    text = ("Babergh District Council's cabinet member for the environment, Councillor Derek Amos, "
            "said the Long Melford event was the biggest. Organiser Simon Radcliffe, 49, chairman "
            "of the Long Melford Village Society, said the litter covered 22 miles of lanes. "
            "Parish council chairwoman Lorraine Baxter, 57, said the village had been shamed into "
            "action.")
    readings = {0: (0.2, "Councillor Derek Amos"), 1: (0.05, "Organiser Simon Radcliffe"),
                2: (0.03, "Lorraine Baxter")}
    assert _shown_read(text, readings, "Who chairs Long Melford parish council?") == (
        "Lorraine Baxter")
    assert _shown_read(text, readings, "Who chairs the Long Melford Village Society?") == (
        "Simon Radcliffe")


def test_a_sum_contributed_is_a_sum_paid():
    # trial WL of stop 67: "paid £900" for what a council contributed was refused
    text = ("The path was cleared in May. Calderdale Council's rights of way team paid £900, and "
            "the club met the remainder from its own funds.")
    readings = {0: (0.3, "May"), 1: (0.2, "Calderdale")}
    question = "How much did Calderdale Council contribute towards the path clearance?"
    assert _shown_read(text, readings, question) == "£900"
    # ... not the other way: a sum given is no sum asked as paid ("give £2,000 of her purse"
    # for what a boxer was paid, trial LV of stop 61, replayed)
    assert "give" not in verb_stems("How much was Leah Maddison paid for the British title fight?")


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial WH of stop 67: who coordinates a count is its coordinator ("Garden Hedgehog Count in
    # 2015" was shown)
    ("Hedgehog numbers may be recovering, according to a county-wide survey. It is the first "
     "annual increase since the trust began its Garden Hedgehog Count in 2015. The count's "
     "coordinator, Dr Fiona Grealish, said the figures were encouraging.",
     {0: (0.6, "county-wide survey"), 1: (0.18, "Garden Hedgehog Count in 2015"),
      2: (0.05, "Dr Fiona Grealish")},
     "Who coordinates the Wiltshire Wildlife Trust's hedgehog count?", "Fiona Grealish"),
    # trial WI of stop 67: who organises a race, its director who has organised it ("Margaret
    # Olowu", the oldest finisher, was shown)
    ("Runners in Sunday's Kettleford Marathon have raised a record £186,400, organisers said. The "
     "oldest finisher was Margaret Olowu, 78, of Abbots Lane. Race director Graham Pettifer, 61, "
     "who has organised the event since it was revived in 2014, said it was the best yet.",
     {0: (0.28, "organisers"), 1: (0.22, "Margaret Olowu"), 2: (0.08, "Graham Pettifer")},
     "Who organises the Kettleford Marathon?", "Graham Pettifer"),
    # trial WH of stop 67: "Which <body> inspector...?" asks a person ("Ferris Lane" was shown)
    ("St Aldhelm's Primary School, on Ferris Lane, was visited by two inspectors in January. A "
     "primary school in Ashcombe has been rated good by Ofsted inspectors. This time the lead "
     "inspector, Margaret Oyelaran, wrote that pupils were safe and happy.",
     {0: (0.58, "Ferris Lane"), 1: (0.3, "Ofsted inspectors"), 2: (0.04, "Margaret Oyelaran")},
     "Which Ofsted inspector led the inspection of St Aldhelm's primary school?",
     "Margaret Oyelaran"),
    # trial WG of stop 67: a figure said after the year asked, another's noun counted before it
    # ("126", 2024's, was shown)
    ("The town was badly hit in January 2024, when 126 homes were flooded after the Leddon burst "
     "its banks. A smaller flood in November 2019 affected 58 properties.",
     {0: (0.4, "126"), 1: (0.6, "58")}, "How many homes in Tewkham flooded in 2019?", "58"),
])
def test_stop_67_trials_of_roles_and_years(text, readings, question, short):
    assert _shown_read(text, readings, question, date="2026-03-14") == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial WP of stop 67: the level before, said first ("£12" was shown)
    ("The change also doubles the weekly staff permit from £6 to £12.", "£12",
     "What did the weekly staff parking permit at Northfield General Hospital cost before the "
     "increase?", "£6"),
    # ... and the level after, asked of after
    ("The change also doubles the weekly staff permit from £6 to £12.", "£12",
     "What does the weekly staff parking permit at Northfield General Hospital cost after the "
     "increase?", "£12"),
    # trial WP of stop 67: a part said of a whole with no word between ("40" was shown)
    ("Of those, 19 exceeded the bathing water standard, compared with 11 of 40 samples last "
     "summer.", "40", "How many water samples at Hollin Bridge failed the standard last summer?",
     "11"),
    # trials WO and WN of stop 67: a part "N of them" after a whole said in several words ("90"
    # and "Around 30" were shown)
    ("The council expects up to 90 homes to be built there, 27 of them affordable.", "90",
     "How many affordable homes could be built on the Wrexley bus station site?", "27"),
    ("Around 30 seasonal staff have been taken on, 12 of them students from the local college.",
     "Around 30", "How many of Hollowbrook Farm's seasonal workers are college students?", "12"),
    # trial WM of stop 67: a figure a week, of a year ago ("310" was shown)
    ("The school teaches around 310 riders a week, up from 240 a week a year ago.",
     "around 310", "How many riders a week did Hollins Farm Riding School teach a year ago?",
     "240"),
    # trial UG of stop 65 (replayed): the part asked of a whole said of a year
    ("A refit in 2019 cost £26,000, of which £8,000 went on new basins and chairs.", "£8,000",
     "How much of the 2019 refit at Maureen's went on basins and chairs?", "£8,000"),
    # trial RD of stop 62 (replayed): a figure said after the year asked, said first
    ("\"In 2016 we had just 12 hectares of reedbed here. Today we have 47 hectares,\" she said.",
     "47 hectares", "How much reedbed did Fenmoor Nature Reserve have in 2016?", "12 hectares"),
])
def test_stop_67_trials_of_levels_and_parts(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-04-02") == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial WQ of stop 67: this year's count of the noun asked, beside last year's counts of it
    # and of another noun ("33", last year's, was shown)
    ("The hospice said 186 workplaces and 41 schools had signed up for Friday's event, against "
     "152 workplaces and 33 schools last year.", "33",
     "How many schools took part in this year's St Anselm's Hospice Christmas jumper day?", "41"),
    # trial WM of stop 67: the figure each ("£52,000", the members' total, was shown)
    ("The tour will cost £78,000 in all, of which the choir members themselves are paying "
     "£52,000, or £1,000 each.", "£52,000",
     "How much is each singer in Camborne Tinners' Choir paying towards the tour?", "£1,000"),
    # ... and the total, asked of them all
    ("The tour will cost £78,000 in all, of which the choir members themselves are paying "
     "£52,000, or £1,000 each.", "£52,000",
     "How much are the members of Camborne Tinners' Choir paying towards the tour?", "£52,000"),
    # trial WQ of stop 67: the previous year's, said as last year's ("More than 2,300" shown)
    ("More than 2,300 people packed into the recreation ground on Saturday for the bonfire, "
     "beating last year's attendance of 1,850.", "More than 2,300",
     "How many people went to the Little Hadstock bonfire the previous year?", "1,850"),
    # trial WR of stop 67: a year's figure said in words ("14" was shown)
    ("Last summer volunteers counted 14 species of butterfly on the verges, compared with six in "
     "2023, the year before the first seed went down.", "14",
     "How many butterfly species were counted on the Little Ashby verges in 2023?", "six"),
])
def test_stop_67_trials_of_the_third_batch(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2025-12-01") == short


def test_a_sum_each_is_not_a_sum_a_year():
    # trial QS of stop 62 (replayed): "each year" asks the sum a year, not one said "each"
    text = ("The town council gave the group £8,000 a year towards plants and compost. Hanging "
            "baskets can be sponsored for £45 each.")
    assert _shown_read(text, {0: (0.8, "£8,000")}, "How much does Hollinsworth town council give "
                       "the bloom group each year?") == "£8,000"


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial WG of stop 67: a sum spent on renovations including the thing asked, among others,
    # is no cost of it ("£180,000" was shown for the kitchen's)
    ("A further £180,000 was spent on renovations, including a new kitchen, a rethatched roof "
     "and accessible toilets.", "£180,000",
     "How much did the new kitchen at the Plough in Hartsby cost?", "refused"),
    # ... but is the renovations' cost
    ("A further £180,000 was spent on renovations, including a new kitchen, a rethatched roof "
     "and accessible toilets.", "£180,000",
     "How much was spent on renovations at the Plough in Hartsby?", "£180,000"),
    # trial WN of stop 67: a sum raised to buy several things is no cost of one ("£12,000" was
    # shown for the trailer's) ...
    ("The club is raising £12,000 to buy a set of rollers and a club trailer and to put on a "
     "junior race series next summer.", "£12,000",
     "How much will the Wrekin Wheelers' new club trailer cost?", "refused"),
    # ... but is what the club is raising
    ("The club is raising £12,000 to buy a set of rollers and a club trailer and to put on a "
     "junior race series next summer.", "£12,000",
     "How much is the Wrekin Wheelers club raising?", "£12,000"),
    # trial XA of stop 67: the count of the kind asked, in words after a hedge ("260" was shown)
    ("The last full count found 260 pipistrelles and just nine lesser horseshoes.", "260",
     "How many lesser horseshoe bats were found in the last count?", "nine"),
])
def test_stop_67_trials_of_sums_of_several_and_kinds(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("question", "short"), [
    # trial XF of stop 67: a name said with its age is no count ("Tom Ashworth, 17, of
    # Millbrook Harriers" was shown for how many runners finished) ...
    ("How many runners finished the very first Millbrook park run?", None),
    # ... and the age, asked of him
    ("How old is Tom Ashworth?", "17"),
])
def test_a_name_with_its_age_is_no_count(question, short):
    text = ("The first finisher on Saturday was Tom Ashworth, 17, of Millbrook Harriers, in 16 "
            "minutes 20 seconds.")
    shown = _shown_read(text, {0: (0.8, "Tom Ashworth, 17, of Millbrook Harriers")}, question)
    assert shown == short or (short is None and shown == "refused")


@pytest.mark.parametrize(("question", "short"), [
    # the README check of d44c498: a rent asked is a sum ("spring 2027" was shown)
    ("What annual rent does the Hartwell Estate now want for the Mill Lane site?", "£4,500"),
    ("What rent does the Hartwell Estate now want for the Mill Lane site?", "£4,500"),
])
def test_a_rent_asked_is_a_sum(question, short):
    text = ("The Hartwell Estate now wants £4,500 a year in rent for the Mill Lane site from "
            "spring 2027.")
    assert _shown_read(text, {0: (0.8, "spring 2027")}, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial FW of stop 53: a weekly cost asked, the readers unsure of "£650" (refused once
    # "weekly cost" asked a sum)
    ("Farmer Robert Tallis said he had almost given up hope. \"We had to hire one at £650 a week "
     "while it was gone.\"", {0: (0.0, "Robert Tallis"), 1: (-0.5, "£650")},
     "What weekly cost did the Tallis family pay to rent a stand-in tractor?", "£650"),
    # trial GE of stop 55: the readers marked "January" in the rent's sentence (refused)
    ("The shop's rent rose from £18,500 to £24,000 a year when its lease was renewed in January, "
     "a 30% increase. Business rates add a further £7,200.",
     {0: (0.5, "January"), 1: (-3.0, "Business rates add a further £7,200")},
     "What annual rent does the Harrowfield toy shop pay under its renewed lease?", "£24,000"),
    # trial LN of stop 59: the rent's sentence put after a grant's "to pay for" (refused)
    ("The club's rent rose from £9,000 to £14,500 a year in January, and its boiler broke down. "
     "The club received a £12,000 grant from Sport England last year to pay for new rings.",
     {0: (0.0, "£9,000 to £14,500"), 1: (-0.2, "£12,000")},
     "What annual rent does Penbridge Amateur Boxing Club now pay?", "£14,500"),
    # guards: a time before asked (the figure it rose from), and a sum said per another time
    ("The club's rent rose from £9,000 to £14,500 a year in January, and its boiler broke down.",
     {0: (0.0, "£9,000 to £14,500")},
     "What annual rent did Penbridge Amateur Boxing Club pay before January?", "£9,000"),
    ("\"We had to hire one at £650 a day while it was gone.\"", {0: (-0.5, "£650")},
     "What weekly cost did the Tallis family pay to rent a stand-in tractor?", "refused"),
    # the sum said of the size asked, not another (trial FS's near miss, found replaying)
    ("Hensford's market hall will reopen on Saturday. Rents for the smallest stalls will be £95 "
     "a week.", {0: (0.0, "Saturday"), 1: (-0.5, "£95")},
     "What weekly rent will the smallest stalls in Hensford market hall pay?", "£95"),
    ("Hensford's market hall will reopen on Saturday. Rents for the smallest stalls will be £95 "
     "a week.", {0: (0.0, "Saturday"), 1: (-0.5, "£95")},
     "What weekly rent will the largest stalls in Hensford market hall pay?", "refused"),
    # ... nor of another place (trial IF's near miss), nor beside another thing's sum (KM's)
    ("Halstow's Mill Lane car park will be sold. Shoppers can use the Station Road car park, "
     "where charges will stay at £1.80 an hour.", {0: (0.0, "Halstow"), 1: (-0.5, "£1.80")},
     "How much per hour does it cost to park at the Mill Lane car park in Halstow?", "refused"),
    ("Purl & Thimble will close in March. The shop's rent went up from £14,500 a year to £19,800 "
     "in January, and its electricity bill doubled.",
     {0: (0.0, "March"), 1: (-0.5, "£14,500 a year to £19,800")},
     "How much is Purl & Thimble's annual electricity bill?", "refused"),
    ("Purl & Thimble will close in March. The shop's rent went up from £14,500 a year to £19,800 "
     "in January, and its electricity bill doubled.",
     {0: (0.0, "March"), 1: (-0.5, "£14,500 a year to £19,800")},
     "What annual rent does Purl & Thimble pay now?", "£19,800"),
    # ... nor a level held for now, a change after it asked (trial TQ's near miss)
    ("Thornbury Market Hall has reopened. Rents have been frozen at 2024 levels for the first "
     "year, at £85 a week for a standard stall.", {0: (0.0, "Thornbury"), 1: (-0.5, "£85")},
     "How much will a standard stall at Thornbury Market Hall cost per week after the rent "
     "freeze ends?", "refused"),
    ("Thornbury Market Hall has reopened. Rents have been frozen at 2024 levels for the first "
     "year, at £85 a week for a standard stall.", {0: (0.0, "Thornbury"), 1: (-0.5, "£85")},
     "How much does a standard stall at Thornbury Market Hall cost per week?", "£85"),
])
def test_a_sum_said_per_the_time_asked(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("question", "short"), [
    # the README check of a5f5ba6: the staff now, not the count they grew from ("nine" shown)
    ("How many staff does the bakery have now?", "fourteen"),
    ("How many staff did the bakery have before?", "nine"),  # (a guard)
])
def test_a_count_grown_to_in_words(question, short):
    text = ("Her daughter, Rebecca Tranter, 41, who runs the bakery day to day, said the team had "
            "grown from nine staff to fourteen, five of them apprentices.")
    assert _shown_read(text, {0: (0.8, "fourteen, five")}, question) == short


@pytest.mark.parametrize(("question", "short"), [
    # the README check of a5f5ba6: the owner named by her role, not her daughter "who runs the
    # bakery day to day" (refused)
    ("Who owns the bakery?", "Margaret Hollins"),
    ("Who runs the bakery day to day?", "Rebecca Tranter"),  # (a guard)
])
def test_an_owner_by_her_role_before_one_who_runs_it(question, short):
    text = ("A family bakery in Ledbury has doubled its Christmas orders. Her daughter, Rebecca "
            "Tranter, 41, who runs the bakery day to day, said the team had grown. Owner "
            "Margaret Hollins, 67, said the extra capacity meant the shop could say yes.")
    readings = {0: (-1.0, "Ledbury"), 1: (0.0, "Rebecca Tranter"), 2: (-4.0, "extra capacity")}
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("question", "span", "short"), [
    # trial XK of stop 68: a level before or after a rise, the readers' span running on, unsure,
    # into the next clause ("Not sure")
    ("What did an all-day ticket at the Riverside car park cost before the increase?",
     ("£5.50 to £7, while the cost of three hours", 0.15), "£5.50"),
    ("What does an all-day ticket at the Riverside car park cost after the increase?",
     ("£5.50 to £7, while the cost of three hours", 0.15), "£7"),
    # trial XP of stop 68: "What will ... pay?" asks a sum ("Not sure")
    ("What will a driver pay for an all-day ticket at the Riverside car park after the rise?",
     ("£7", 0.3), "£7"),  # (sure enough of a sum asked, not of any span)
])
def test_a_level_before_or_after_a_rise_said_with_another(question, span, short):
    text = ("Charges are going up. The price of an all-day ticket at the Riverside long-stay car "
            "park will rise from £5.50 to £7, while the cost of three hours in the town centre "
            "will increase from £3 to £4.20.")
    readings = {0: (-3.0, "Charges"), 1: (0.8, *span)}
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial XM of stop 68: a grant asked by its giver's name, its sum in millions (the
    # council's "£500,000" shown)
    ("Brenton Borough Council will spend £3.2 million on new collection lorries. Of that sum, "
     "£2.7 million is coming from a government grant, with the council paying the remaining "
     "£500,000 from its reserves.", {1: (0.8, "£500,000")},
     "How much government grant is going towards Brenton's food waste collections?",
     "£2.7 million"),
    # trial XO of stop 68: a giver raising what remained (the council's "£71,000" shown)
    ("North Yorkshire Council paid £71,000 of the cost, with the Friends of Ryedale Libraries "
     "raising the remaining £25,000 through book sales.", {0: (0.8, "£71,000")},
     "How much money did the Friends of Ryedale Libraries raise for the van's refit?",
     "£25,000"),
    ("North Yorkshire Council paid £71,000 of the cost, with the Friends of Ryedale Libraries "
     "raising the remaining £25,000 through book sales.", {0: (0.8, "£71,000")},
     "How much did North Yorkshire Council pay towards the van's refit?", "£71,000"),
    # trial XL of stop 68: a sum raised by another body with two of the giver's three words
    # ("the Friends of Bramwell Town Hall") is no sum Bramwell Town Council gave
    ("The clock on Bramwell Town Hall is keeping time again after a restoration that cost "
     "£96,000. The Friends of Bramwell Town Hall raised the rest. The remaining £15,000 was "
     "raised by the Friends of Bramwell Town Hall through a public appeal. Of the total cost, "
     "£61,000 came from a Heritage Lottery grant and £20,000 from Bramwell Town Council.",
     {0: (0.39, "£96,000"), 2: (-0.5, "£15,000"), 3: (-0.93, "£20,000")},
     "How much did Bramwell Town Council contribute to the town hall clock restoration?",
     "£20,000"),
])
def test_stop_68_trials_of_givers(text, readings, question, short):
    answer = _answer_over(text, readings, question, Cutoffs(0.045, 0.15, 0.15), ordered=True,
                          choose=True)[0]  # (the shipped readers' cut-offs)
    assert _shown(answer) == short


@pytest.mark.parametrize(("question", "short"), [
    # trial XP of stop 68: the year before's said "the 780 who came last year" (this year's
    # "More than 1,400" shown)
    ("How many people came to the Hallowfield orchard apple day the year before?", "780"),
    # ... and this year's asked, the comparison a later clause (refused)
    ("How many people came to the Hallowfield orchard apple day this year?", "More than 1,400"),
])
def test_a_year_befores_count_said_with_who_and_a_verb(question, short):
    text = ("More than 1,400 visitors poured into the Hallowfield Community Orchard on Saturday "
            "for its annual apple day, almost double the 780 who came last year, organisers "
            "said.")
    assert _shown_read(text, {0: (0.8, "1,400")}, question) == short


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial XK of stop 68: a part "of them", the whole said just before ("1,640" shown)
    ("The council runs 11 car parks in the town with a total of 1,640 spaces. The Riverside car "
     "park, the largest, has 420 of them.", {0: (-1.0, "1,640"), 1: (0.8, "420")},
     "How many spaces does the Riverside car park in Farnwick have?", "420"),
    # trial XM of stop 68: the whole marked after "340 of the school's" ("1,150" shown)
    ("Headteacher Dr Karen Mbeki said 340 of the school's 1,150 pupils lived on the far side of "
     "the river.", {0: (0.8, "1,150")},
     "How many Ormsby High School pupils live on the other side of the river?", "340"),
    ("Headteacher Dr Karen Mbeki said 340 of the school's 1,150 pupils lived on the far side of "
     "the river.", {0: (0.8, "1,150")},
     "How many pupils does Ormsby High School have?", "1,150"),  # (a guard: the whole asked)
    # trial XP of stop 68: a part said as what it came from, in the plural asked ("£4,860"
    # shown)
    ("The day raised £4,860 for the orchard's upkeep. Of this year's total, £1,120 came from "
     "the sale of juice pressed on the day.", {0: (0.8, "£4,860"), 1: (0.7, "£1,120")},
     "How much money did juice sales raise at the Hallowfield apple day?", "£1,120"),
])
def test_stop_68_trials_of_parts(text, readings, question, short):
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("question", "short"), [
    # trial XV's near miss of stop 68: a sum said with what it includes is no cost of one of
    # them ("£86,000" shown)
    ("How much will the two speed-activated warning signs in Bourton-on-the-Water cost?",
     "refused"),
    ("How much will the Bourton-on-the-Water 20mph scheme cost?", "£86,000"),  # (a guard)
])
def test_a_sum_with_what_it_includes(question, short):
    text = ("The 20mph scheme will cost £86,000, including new signs, road markings and two "
            "speed-activated warning signs.")
    assert _shown_read(text, {0: (0.8, "£86,000")}, question) == short


@pytest.mark.parametrize(("question", "short"), [
    # trial XS of stop 68: a month of last year, said after the figure of the noun asked
    # ("6,200" shown)
    ("What was the average number of shoppers at Kelsworth market in February last year?",
     "3,900"),
    ("What was the average number of shoppers at Kelsworth market in February?", "6,200"),
])
def test_a_month_of_last_year_beside_the_figure_of_the_noun(question, short):
    text = ("A footfall counter recorded an average of 6,200 shoppers on market days in "
            "February, compared with 3,900 in February last year.")
    readings = {0: (0.8, "6,200 shoppers on market days in February, compared with 3,900", 0.3)}
    assert _shown_read(text, readings, question) == short


@pytest.mark.parametrize(("span", "question", "short"), [
    # trial XX of stop 68: the level before a rise, said after the new level per a week and
    # for what ("£65" shown), whichever figure the readers mark
    ("£58", "What was the weekly rent for a standard stall at Ashworth Market Hall before the "
            "closure?", "£58"),
    ("£65", "What was the weekly rent for a standard stall at Ashworth Market Hall before the "
            "closure?", "£58"),
    ("£65", "What will the weekly rent for a standard stall at Ashworth Market Hall be?",
     "£65"),  # (a guard)
])
def test_the_level_before_said_after_the_new_one_per_a_time(span, question, short):
    text = ("Rents will then rise to £65 a week for a standard stall, from £58 before the "
            "closure.")
    assert _shown_read(text, {0: (0.8, span)}, question) == short


def test_an_age_cut_before_and_is_no_count():
    # trial YF of stop 68: "46," shown for the staff of a bowling alley, an owner's age cut at
    # " and " with its comma
    text = ("The rest was put up by owners Darren Holloway, 46, and his sister Michelle "
            "Holloway, 51, who already run a smaller alley.")
    shown = _shown_read(text, {0: (0.8, "46, and his sister Michelle Holloway, 51", 0.3)},
                        "How many staff work at the Holloway bowling alley?")
    assert shown in ("refused", None)


@pytest.mark.parametrize(("question", "short"), [
    # the README check of 0a09799: another's age said before who they are ("nine" shown for
    # the father's)
    ("How old was the father rescued near Skerry Point?", None),
    ("How old was the son rescued near Skerry Point?", "nine"),  # (a guard)
    # (guard) the man is the father asked (trial JA, replayed)
    ("How old was the father rescued near Porthallow?", "52"),
])
def test_an_age_said_of_another_of_the_family(question, short):
    if "Porthallow" in question:
        text, span = ("The pair, a 52-year-old man and his 19-year-old daughter from Bristol, "
                      "were rescued near Porthallow."), "52-year-old"
    else:
        text, span = ("Her first shout came on 12 October, when she rescued a father and his "
                      "nine-year-old son whose kayak had capsized near Skerry Point."), (
                          "nine-year-old")
    shown = _shown_read(text, {0: (0.8, span)}, question)
    assert shown == short or (short is None and shown == "refused")


@pytest.mark.parametrize(("question", "short"), [
    # the README check of 33f642f: "the year before" after this year's figure and its noun's
    # words ("4,870", this year's, was shown)
    ("How many parcels did the Ashvale pantry hand out last year?", "3,215"),
    ("How many parcels did the Ashvale pantry hand out this year?", "4,870"),  # (a guard)
])
def test_the_year_before_after_a_noun_of_the_year_to_a_month(question, short):
    text = ("The Ashvale Community Pantry gave out 4,870 food parcels in the twelve months to "
            "the end of November, up from 3,215 the year before.")
    assert _shown_read(text, {0: (0.8, "4,870")}, question, date="2026-12-04") == short


@pytest.mark.parametrize(("question", "short"), [
    # the README check of 65a7027: a sum on two things, then another time's ("up from £12,000
    # this year") is no sum of several (refused) ...
    ("How much will Eastmoor District Council spend on signs and a siren at Gullet Point next "
     "year?", "£45,000"),
    # ... but a sum on three things is still no cost of one (a guard)
    ("How much will Eastmoor District Council's new rescue boat cost?", "refused"),
])
def test_a_sum_on_two_things_beside_another_times(question, short):
    text = ("Coun Gareth Moyle said the council would spend £45,000 on new signs and a tide "
            "siren at Gullet Point next year, up from £12,000 this year.")
    if "boat" in question:
        text = text.replace("new signs and", "new signs, a rescue boat and")
    assert _shown_read(text, {0: (0.8, "£45,000")}, question) == short


@pytest.mark.parametrize(("marked", "question", "short"), [
    # the README check of 65a7027: the sum raised the way asked ("£1.2 million", the other
    # giver's, and the whole "£1.8 million" were shown)
    ("£1.2 million", "How much money was raised locally towards the new boathouse at Kelsby "
     "Haven?", "£600,000"),
    ("£1.8 million", "How much of the Kelsby Haven boathouse cost was raised locally?",
     "£600,000"),
    # (guards) the whole and the other giver's, asked
    ("£1.8 million", "How much did the new Kelsby Haven boathouse cost?", "£1.8 million"),
    ("£1.2 million", "How much did the Royal National Lifeboat Institution pay towards the "
     "Kelsby Haven boathouse?", "£1.2 million"),
])
def test_a_sum_raised_the_way_asked(marked, question, short):
    text = ("The station's new boathouse at Kelsby Haven, which cost £1.8 million, opened in "
            "June. The Royal National Lifeboat Institution paid £1.2 million, and the remaining "
            "£600,000 was raised locally through quiz nights and a sponsored swim.")
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial YL of stop 69: the figure said "before the closure", asked "before it closed"
    # ("312", now's, was shown) ...
    ("The main auditorium now has 312 seats, down from 420 before the closure.", "312",
     "How many seats were in the Regal Cinema's main auditorium before it closed?", "420"),
    # ... trial YJ: "before the pandemic" ("about 450" was shown) ...
    ("Mr Pettifer said the building was now used by about 450 people a week, compared with "
     "roughly 300 before the pandemic.", "about 450",
     "How many people a week used Fenby village hall before the pandemic?", "300"),
    # ... trial YN: the place it was in ("1,100" was shown)
    ("Dr Harriet Osei said the new building would allow the practice to offer 1,100 "
     "appointments a week, up from 750 in the village hall.", "1,100",
     "How many appointments a week could the Hadstock practice offer when it was in the "
     "village hall?", "750"),
    # ... trial YO: its first year ("1,870", the last twelve months', was shown)
    ("In the last twelve months, 1,870 tickets were redeemed, against 1,160 in the scheme's "
     "first year, Mrs Marsh said.", "1,870", "How many pay-it-forward tickets were exchanged at "
     "The Copper Kettle in the scheme's first year?", "1,160"),
    # ... trial YR: the same period a year earlier ("38,600" was shown)
    ("The museum welcomed 38,600 visitors over the six months, compared with 17,200 over the "
     "same period a year earlier.", "38,600", "How many people visited the Whitby museum in "
     "the same six months a year before the trial?", "17,200"),
    # ... trial YP: the first year, said after several words ("60 tonnes by the third" was
    # shown) ...
    ("Caws Moelfre will send 42 tonnes of its Glaslyn Blue to Tokyo-based Hoshino Foods in the "
     "first year, rising to 60 tonnes by the third.", "60 tonnes by the third",
     "How many tonnes of Glaslyn Blue will Hoshino Foods take in the first year of the deal?",
     "42"),
    # ... trial YO: the last full year said "final" ("400,000" was shown) ...
    ("The centre expects around 400,000 visits a year, compared with 165,000 at the Victoria "
     "Baths in its final full year.", "400,000",
     "How many visits did the Victoria Baths get in its last full year?", "165,000"),
    # ... trial YT: the year before a thing done, asked with an adjective ("£3,480", last
    # year's, was shown) ...
    ("Margaret Illingworth said the hall's electricity bill had been £3,480 last year, down "
     "from £5,120 in the year before the panels were fitted.", "£3,480",
     "What was Upper Coldwell Village Hall's electricity bill in the year before its solar "
     "panels were fitted?", "£5,120"),
    # ... trial YT: a day of the week ("£35 a day" was shown) ...
    ("Traders have been offered a new outdoor market on Corn Street, where pitches cost £35 a "
     "day, rising to £45 on Saturdays.", "£35 a day",
     "What does a Saturday pitch cost at the new Corn Street outdoor market in Haddleby?", "£45"),
    # ... trial YT: the previous twelve months ("412,000" was shown)
    ("Riders made 412,000 journeys on the orange scooters in the twelve months to the end of "
     "September, up from 298,000 in the previous twelve months.", "412,000",
     "How many trips did people take on Lincoln's hire e-scooters in the twelve months before "
     "the latest figures?", "298,000"),
    # (guards) the target of the first year, marked (trial TK, replayed: "6,000" was shown) ...
    ("More than 6,000 trees have been planted across the Lowmoor valley in the first year of a "
     "scheme to create a new community woodland, beating the target of 5,000.", "5,000",
     "What was the target for trees planted in the first year of the Lowmoor woodland scheme?",
     "5,000"),
    # ... last year's event, no "final round" (trial XT, replayed: "312" was shown)
    ("The team's robot scored 312 points in the final round, up from 194 last year.", "194",
     "How many points did Ashgrove Academy score in last year's Young Engineers Robotics "
     "Challenge?", "194"),
    # ... and now's, asked
    ("Margaret Illingworth said the hall's electricity bill had been £3,480 last year, down "
     "from £5,120 in the year before the panels were fitted.", "£3,480",
     "What was Upper Coldwell Village Hall's electricity bill last year?", "£3,480"),
    ("In the last twelve months, 1,870 tickets were redeemed, against 1,160 in the scheme's "
     "first year, Mrs Marsh said.", "1,870", "How many pay-it-forward tickets were exchanged at "
     "The Copper Kettle in the last twelve months?", "1,870"),
    ("The main auditorium now has 312 seats, down from 420 before the closure.", "312",
     "How many seats does the Regal Cinema's main auditorium have now?", "312"),
    ("Dr Harriet Osei said the new building would allow the practice to offer 1,100 "
     "appointments a week, up from 750 in the village hall.", "1,100",
     "How many appointments a week will the Hadstock practice offer in the new building?",
     "1,100"),
])
def test_a_figure_of_the_time_or_place_asked(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("question", "short"), [
    # trial YJ of stop 69: a sum raised towards a whole, both marked ("£41,500 towards the
    # £96,000" was shown) ...
    ("How much has the Fenby village hall roof appeal raised so far?", "£41,500"),
    # ... and the whole, when asked
    ("How much is needed to replace the roof of Fenby village hall?", "£96,000"),
])
def test_a_sum_towards_a_whole_is_one_sum(question, short):
    text = ("Villagers in Fenby have raised £41,500 towards the £96,000 needed to replace the "
            "leaking roof of their 1920s village hall, organisers said this week.")
    assert _shown_read(text, {0: (0.8, "£41,500 towards the £96,000")}, question) == short


@pytest.mark.parametrize(("marked", "question", "short"), [
    # trial YK of stop 69: "how many of" a noun, its part said in words before its whole
    # ("more than 3,000", the petition's, was shown) ...
    ("more than 3,000", "How many of Castlebury's public toilets are going to close?", "Four"),
    # ... or the whole marked
    ("seven", "How many of Castlebury's public toilets are going to close?", "Four"),
    # (a guard) the other count, asked
    ("more than 3,000", "How many people signed the petition against the Castlebury toilet "
     "closures?", "more than 3,000"),
])
def test_a_part_asked_how_many_of(marked, question, short):
    text = ("Four of Castlebury's seven public toilets will close at the end of the month, the "
            "town council has confirmed, despite a petition signed by more than 3,000 people.")
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial YI of stop 69: a giver's sum in millions in words, said "is providing" ("£150,000",
    # a parish council's, was shown)
    ("The wall is expected to cost £2.4 million. The Environment Agency is providing £1.9 "
     "million, with Brantham Parish Council and the county council contributing £150,000 and "
     "£350,000 respectively.", "£150,000",
     "How much money is the Environment Agency giving towards the Lower Brantham flood wall?",
     "£1.9 million"),
    # trial YL of stop 69: a part of a cost asked of its payer, "of which" it "agreed to cover"
    # after a whole of several words ("about £310,000" was shown)
    ("Managing director Gareth Lunn said the freeze would cost the company about £310,000 in "
     "lost income over the year, of which North Lincolnshire Council has agreed to cover "
     "£120,000 through its bus improvement plan.", "about £310,000",
     "How much of the fare freeze's cost is North Lincolnshire Council paying?", "£120,000"),
    # (a guard) the whole, asked
    ("Managing director Gareth Lunn said the freeze would cost the company about £310,000 in "
     "lost income over the year, of which North Lincolnshire Council has agreed to cover "
     "£120,000 through its bus improvement plan.", "about £310,000",
     "How much will the fare freeze cost Kestrel Coaches in lost income?", "about £310,000"),
    # (a guard) a loan asked, no giver: the loan's part (trial RB, replayed, was refused)
    ("Members voted in January to spend £250,000 on the clubhouse, of which £180,000 will come "
     "from the club's reserves and £70,000 from a loan.", "£70,000",
     "How much of the Hallow Ridge clubhouse refurbishment is being paid for with a loan?",
     "£70,000"),
    # trial YI of stop 69: a sum that came from another giver, the one asked said with no sum
    # ("£120,000" was shown) ...
    ("A grant of £120,000 came from the Great British Energy schools programme, and the rest "
     "was raised by the school's parent-teacher association and a local firm, Dunmere "
     "Roofing, which fitted the panels at cost.", "£120,000",
     "How much did Dunmere Roofing contribute to the Castlegate Academy solar panels?",
     "refused"),
    # ... trial YJ: "will come from" ("£1.6 million" was shown) ...
    ("Of the total cost, £1.6 million will come from the government's High Street Renewal "
     "Fund, with the rest from council reserves and a contribution from the Thornbury "
     "Business Improvement District.", "£1.6 million",
     "How much is the Thornbury Business Improvement District contributing to the market "
     "square scheme?", "refused"),
    # (guards) a sum from many givers, asked of them (trial NE, replayed: "from more than
    # 2,000 donors" was read "from more than 2", another's, and refused) ...
    ("The Football Foundation gave £1.3m, Ashworth Borough Council contributed £450,000, and "
     "the rest came from local businesses and a crowdfunding appeal that raised £96,000 from "
     "more than 2,000 donors.", "£96,000", "How much money did donors give through the "
     "crowdfunding appeal for the Ashworth Ladies ground?", "£96,000"),
    # ... and the giver of the sum, asked
    ("Of the total cost, £1.6 million will come from the government's High Street Renewal "
     "Fund, with the rest from council reserves and a contribution from the Thornbury "
     "Business Improvement District.", "£1.6 million",
     "How much is the High Street Renewal Fund contributing to the market square scheme?",
     "£1.6 million"),
])
def test_stop_69_trials_of_givers(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("question", "short"), [
    # trial YN of stop 69: the season before said "last year" ("47", this season's, was shown)
    ("How many medals did the Penhallow Otters win in the season before this one?", "29"),
    ("How many medals did the Penhallow Otters win this season?", "47"),  # (a guard)
    # (a guard) not last year's figure of another thing, after another figure (trial IC,
    # replayed: "seven" matches won, shown for last season's points)
    ("How many points did Oldbury Green Cricket Club finish on last season?", "refused"),
])
def test_the_season_before_said_as_last_year(question, short):
    text, marked = ("Penhallow Otters Swimming Club has enjoyed the most successful season in "
                    "its 61-year history, winning 47 medals at county and regional galas, up "
                    "from 29 last year."), "47"
    if "Oldbury" in question:
        text, marked = ("The village side sealed the title, finishing the season on 212 points, "
                        "18 ahead of second-placed Caddington Park. They won 14 of their 18 "
                        "matches this season, compared with just seven last year, when they "
                        "finished sixth."), "212 points"
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial YI of stop 69: "how many of" the drivers, the part said after its whole with "of
    # them" ("22", the whole, was shown)
    ('"We have put on eight buses and recruited 22 drivers, 14 of them new to the company," '
     "he said.", "22", "How many of the drivers taken on for the Saltmarsh night buses are new "
     "to Harbourline?", "14"),
    # trial YN of stop 69: the part of a whole said by what was done to it, another deed asked
    # ("246", those consulted, was shown) ...
    ("Of the 246 households consulted, 158 responded, and 71 per cent of those backed the "
     "scheme.", "246", "How many Elm Grove households replied to the parking consultation?",
     "158"),
    # ... not when that deed is asked
    ("Of the 246 households consulted, 158 responded, and 71 per cent of those backed the "
     "scheme.", "246", "How many Elm Grove households were consulted about the parking scheme?",
     "246"),
])
def test_a_part_after_its_whole(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("marked", "question", "short"), [
    # trial YN of stop 69: the sum of the one asked by its order ("£65", the first car's, was
    # shown for the second's) ...
    ("£65", "How much will a permit for a second car cost in the Elm Grove parking zone?",
     "£120"),
    # ... and the first's, asked
    ("£120", "How much will a permit for the first car cost in the Elm Grove parking zone?",
     "£65"),
])
def test_a_figure_of_the_one_asked_by_its_order(marked, question, short):
    text = ("Each household can buy up to two permits, with the first car costing £65 and a "
            "second £120.")
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("marked", "question", "short"), [
    # trial YK of stop 69: an age said "then" after another's name is theirs ("14", Jamie's,
    # was shown for Aisha's), the one asked said after hers
    ("14", "How old was Aisha Rahman when the Hollins Park skate ramp campaign began?", "15"),
    # (a guard) not for one named as whose
    ("14", "How old was Jamie Holloway's friend when the Hollins Park skate ramp campaign "
     "began?", "refused"),
    # (guards) each one's own
    ("14", "How old was Jamie Holloway when the Hollins Park skate ramp campaign began?", "14"),
    ("15", "How old was Aisha Rahman when the Hollins Park skate ramp campaign began?", "15"),
])
def test_an_age_said_then_after_another_name(marked, question, short):
    text = ("The campaign was started in 2022 by Jamie Holloway, then 14, and his friend Aisha "
            "Rahman, then 15, after the park's old wooden ramp was removed for safety reasons.")
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial YM of stop 69: a pastime before a name is no part of it ("Angler Keith Bramble" was
    # shown)
    ("Angler Keith Bramble, 61, secretary of the Lenwade Angling Club, said members had lost "
     "fish from a private lake near the river.", "Angler Keith Bramble",
     "Who is the secretary of the Lenwade Angling Club?", "Keith Bramble"),
    # trial YN of stop 69: a sum is no attendance ("£365,000", a budget, was shown) ...
    ("The club's playing budget for this season is £310,000, down from £365,000 last season, "
     "after the loss of many sponsors.", "£365,000",
     "What was Ashbury Town's average home attendance last season?", "refused"),
    # ... nor a gift towards a thing its whole cost ("£900" was shown)
    ("The event was sponsored by Sandmouth Surf Co, which donated £1,200, and Torbridge "
     "District Council paid £900 towards skip hire.", "£900",
     "How much did the skip hire for the Sandmouth Bay beach clean cost in total?", "refused"),
    # (guards) the gift, asked of its giver, even as a part of the cost
    ("The event was sponsored by Sandmouth Surf Co, which donated £1,200, and Torbridge "
     "District Council paid £900 towards skip hire.", "£900",
     "How much did Torbridge District Council contribute towards the cost of skip hire for the "
     "Sandmouth Bay beach clean?", "£900"),
    # ... and the budget, asked
    ("The club's playing budget for this season is £310,000, down from £365,000 last season, "
     "after the loss of many sponsors.", "£365,000",
     "What was Ashbury Town's playing budget last season?", "£365,000"),
    # trial YO of stop 69: the sum over the original budget is none ("£3.1 million" was shown)
    ("A new £18.6 million leisure centre in Kingsmere has opened, eighteen months later than "
     "planned and £3.1 million over its original budget.", "£3.1 million",
     "What was the original budget for the Crowthorne Park leisure centre in Kingsmere?",
     "refused"),
    # ... but is the overspend, asked (a guard)
    ("A new £18.6 million leisure centre in Kingsmere has opened, eighteen months later than "
     "planned and £3.1 million over its original budget.", "£3.1 million",
     "How much over its original budget was the Crowthorne Park leisure centre?",
     "£3.1 million"),
    # trial YS of stop 69: the sum first set aside is the original budget ("£38,000" was shown)
    ("Hartsmere Town Council paid £38,000 towards the work last year, having first set aside "
     "£15,000 in its budget.", "£38,000",
     "How much had Hartsmere Town Council originally budgeted for the clock repair?", "£15,000"),
    # trial YP of stop 69: a giver's grant asked "is the X grant", said "has given a grant of"
    # ("£850,000", the store's cost, was shown)
    ("To meet the extra demand the firm is building a new maturing store, costing £850,000, "
     "towards which the Welsh Government has given a grant of £210,000.", "£850,000",
     "How much is the Welsh Government grant towards Caws Moelfre's new maturing store?",
     "£210,000"),
    # (guards) the one asked said as "the council" (trial RO, replayed, was refused) ...
    ("Councillor Tom Beddoes, cabinet member for culture at Wrexley Borough Council, said the "
     "council had contributed £15,000 towards the gallery.", "£15,000",
     "How much did Wrexley Borough Council contribute to fitting out the Viking gallery?",
     "£15,000"),
    # ... a gift towards one thing, the rest said after it (trial TW, replayed: refused, then
    # another sentence's gift shown)
    ("Hollinsford Library has replaced all its public computers at a cost of £34,000, and the "
     "National Lottery Community Fund gave £27,500 towards the project.", "£34,000",
     "What was the total cost of the Hollinsford Library computer upgrade?", "£34,000"),
    ("The council has put £18,500 towards security, lighting and a park-and-ride from the "
     "Hollins Lane retail park.", "£18,500",
     "How much does a park-and-ride ticket cost for the Ashcombe Christmas market?", "refused"),
    # ... and a membership's price (trial OK, replayed, was refused)
    ("Each hire costs £1.50 for the first 30 minutes, and an annual membership is £90.", "£90",
     "How much is a year's membership of the Ashbridge cycle hire scheme?", "£90"),
])
def test_stop_69_trials_of_names_and_kinds(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial YO of stop 69: the figure marked is the one of the time asked, no other moves it
    # ("400,000", the figure it is compared with, was shown)
    ("The centre expects around 400,000 visits a year, compared with 165,000 at the Victoria "
     "Baths in its final full year.", "165,000",
     "How many visits did the Victoria Baths get in its last full year?", "165,000"),
    # trial YT of stop 69: a sum raised by those asked, said by who they are ("£6,000", the
    # fund's, was shown) ...
    ("The battery, which cost £8,900 to buy and fit, was paid for with £6,000 from the Rural "
     "Community Energy Fund and £2,900 raised by villagers through quiz nights.", "£6,000",
     "How much money did Upper Coldwell villagers raise themselves towards the hall battery?",
     "£2,900"),
    # ... the fund's, asked (a guard)
    ("The battery, which cost £8,900 to buy and fit, was paid for with £6,000 from the Rural "
     "Community Energy Fund and £2,900 raised by villagers through quiz nights.", "£6,000",
     "How much did the Rural Community Energy Fund give towards the Upper Coldwell hall "
     "battery?", "£6,000"),
    # trial YP of stop 69: a share without the word after it ("68 per cent full" was shown)
    ("At the same point last year the Loch Bhan reservoir was 68 per cent full.",
     "68 per cent full",
     "What level was the Loch Bhan reservoir on Innisfarn at at the same time last year?",
     "68 per cent"),
])
def test_stop_69_trials_of_the_third_batch(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial YU of stop 69: a count in words marked, the year asked said of another ("Fourteen"
    # was shown for 2010's)
    ("Fourteen boats now fish out of Porthcarrick, down from 22 in 2010, and two skippers "
     "moved their boats to Newlyn after the storm.", "Fourteen",
     "How many fishing boats were based at Porthcarrick in 2010?", "22"),
    # trial YW of stop 69: a part said of now, last year's after it ("19" was shown) ...
    ("Of the 142 shop units in the town centre, 19 are currently empty, compared with 26 last "
     "year.", "19", "How many shop units in Bramford town centre were empty last year?", "26"),
    # ... now's, asked (a guard)
    ("Of the 142 shop units in the town centre, 19 are currently empty, compared with 26 last "
     "year.", "19", "How many shop units in Bramford town centre are empty now?", "19"),
    # trial YY of stop 69: what it will cost, "up from" the level before ("£39" was shown for
    # the pitch before the rise) ...
    ("A standard three-metre pitch will cost £39 a day, up from £33, while traders who book a "
     "covered stall will pay £52, up from £45.", "£39",
     "What did a standard pitch at Dunmere market cost per day before the rent rise?", "£33"),
    # ... and after it (a guard)
    ("A standard three-metre pitch will cost £39 a day, up from £33, while traders who book a "
     "covered stall will pay £52, up from £45.", "£39",
     "What will a standard pitch at Dunmere market cost per day after the rent rise?", "£39"),
])
def test_stop_69_trials_of_times_said_after(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question) == short


@pytest.mark.parametrize(("question", "short"), [
    # the README check of 6fe73eb: a sum asked of a person named, with an age, in the quote's
    # other sentence ("£1,850", the granddaughter's, was shown for the grandfather's) ...
    ("How much did Derek Brennan raise by swimming 40 lengths?", "£2,300"),
    # ... and hers, asked (a guard)
    ("How much did Isla Brennan raise by swimming 40 lengths?", "£1,850"),
])
def test_a_sum_of_the_person_named_in_the_next_sentence(question, short):
    text = ("The youngest fundraiser, nine-year-old Isla Brennan, swam 40 lengths of the "
            "Kettlewick leisure centre pool in October and raised £1,850. Her grandfather, "
            "Derek Brennan, 74, completed the same challenge a week later and raised £2,300.")
    assert _shown_read(text, {0: (0.8, "£1,850")}, question) == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial ZL of stop 70: "the year before" asked, said as last year's ("More than 4,200"
    # shown)
    ("More than 4,200 visitors poured into Little Havering for the scarecrow festival, beating "
     "last year's attendance of 3,100 by a wide margin.", "More than 4,200",
     "How many people visited the Little Havering scarecrow festival the year before?", "3,100"),
    # trial ZI: last year's gift, said after the giver's this year ("£2,400" shown) ...
    ("The club received £2,400 from a local engineering firm, Towy Valley Engineering, this "
     "year, up from £1,000 last year. The money paid for two new robots.", "£2,400",
     "How much did the engineering firm give the Ysgol Bro Myrddin robotics club last year?",
     "£1,000"),
    # ... and this year's, asked so
    ("The club received £2,400 from a local engineering firm, Towy Valley Engineering, this "
     "year, up from £1,000 last year. The money paid for two new robots.", "£2,400",
     "How much did the engineering firm give the Ysgol Bro Myrddin robotics club this year?",
     "£2,400"),
])
def test_stop_70_trials_of_the_year_before(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


def test_a_role_of_three_words_titling_a_name_after_a_sentence_on_its_body():
    # trial ZK of stop 70: "Head junior coach Hannah Morrow, 34, said" after "Its senior side
    # finished third", the club's, in a chunk that does not name the club ("Not sure")
    first = stored_chunk("Young cricketers at Little Harwell Cricket Club will face a new "
                         "bowling machine this season.", title="Club buys bowling machine")
    later = stored_chunk("The club now has 142 junior members. Its senior side finished third "
                         "last season. Head junior coach Hannah Morrow, 34, said the machine "
                         "would be used on Tuesdays.", start=200, title="Club buys bowling machine")
    sentences = [*ranked(first, [0.5]), *ranked(later, [0.3, 0.3, 1.0])]
    judged = judge_sentences("q", sentences, FakeReader({}))
    answer = compose_read("Who is the head junior coach at Little Harwell Cricket Club?",
                          [judged[3], *judged[:3]], 4, Cutoffs(0.5, 0.9, 0.5))
    assert answer.short is not None and answer.short.text == "Hannah Morrow"


_PENALTY = ("Owners who break the ban face a fixed penalty of £100, rising to £1,000 if the case "
            "goes to court. Last summer wardens issued 31 penalties.")


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial ZJ of stop 70: the figure before the level it rises to on a condition ("£1,000"
    # shown) ...
    (_PENALTY, "£1,000", "What is the fixed penalty for taking a dog on Sandmouth main beach "
     "during the ban?", "£100"),
    # ... or marked with it (trial ZJ's own reading)
    (_PENALTY, "£100, rising to £1,000", "What is the fixed penalty for taking a dog on "
     "Sandmouth main beach during the ban?", "£100"),
    # ... unless the condition is asked
    (_PENALTY, "£1,000", "What is the most an owner could pay if the case goes to court?",
     "£1,000"),
    # trial ZI: the eldest asked, the age said before "the oldest" ("24", her grandson's, shown)
    ("Among the 31 people who took part was churchwarden Elizabeth Corbett, 79, the oldest "
     "abseiler, who was cheered on by her grandson, Tom Corbett, 24. They raised £7,400.", "24",
     "How old was the eldest person to abseil down St Laurence's church tower?", "79"),
    # trial ZD: a part paid "by" a giver asked with "is being" ("£140,000", the reserves', shown)
    ("The club has set aside £140,000 of the cost from its reserves, with the remaining £45,000 "
     "coming from a members' levy agreed in February.", "£140,000",
     "How much of the Kingsmoor bunker rebuild is being paid for by the members' levy?",
     "£45,000"),
    # trial ZB: a giver's part said "of this year's total" ("£48,300", the total, shown)
    ("The appeal raised £48,300 this winter, up from £35,750 the year before, with £12,000 of "
     "this year's total coming from a single anonymous donor.", "£48,300",
     "How much did the anonymous donor give to the Warm Hands coat appeal?", "£12,000"),
    # trial ZA: now asked, "it has now" said after the figure ("320", the places to come, shown)
    ("The £4.2 million extension will allow the school to take 320 sixth-form students, up from "
     "the 170 it has now. Work starts soon.", "320",
     "How many sixth-form students does Kingsmead Academy currently have?", "170"),
    # trial ZH: how many more, "a further 100" ("150", the fleet now, shown)
    ("A fleet of 150 electric bikes has gone into service across Penmore this week, with a "
     "further 100 due by the end of the summer.", "150",
     "How many more electric bikes will join the Penmore hire fleet by the end of the summer?",
     "100"),
    # trial ZI: the figure of the one named, in a clause after it ("284", the winners', shown) ...
    ("It scored 284 points in the final round on Saturday, beating a team from Llanelli, which "
     "scored 251. The final is in June.", "284",
     "How many points did the Llanelli team score in the Robot Challenge UK regional final?",
     "251"),
    # ... not for the winners
    ("It scored 284 points in the final round on Saturday, beating a team from Llanelli, which "
     "scored 251. The final is in June.", "284",
     "How many points did Ysgol Bro Myrddin score in the regional final?", "284"),
])
def test_stop_70_trials_of_the_second_batch(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


_DENTISTS = ("According to figures from the forum, 41 per cent of adults in the town had not seen "
             "a dentist in the past two years, compared with 33 per cent across Dorset as a whole.")
_READERS = ("At a special assembly on Friday the school named its overall champions: Amelia "
            "Turner, nine, from Year 4, who read 112 books during the year, and Jacob Mensah, 10, "
            "from Year 5, who read 97.")


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial ZO of stop 70: a school term asked, said after its figure ("64 per cent" shown)
    ("During the trial the share of pupils taking a hot lunch rose to 64 per cent, from 52 per "
     "cent in the spring term. Parents were pleased.", "64 per cent",
     "What share of Hollins Park Academy pupils took a hot lunch in the spring term, before the "
     "trial?", "52 per cent"),
    # trial ZQ: the place across which ("41 per cent", the town's, shown) ...
    (_DENTISTS, "41 per cent", "What share of adults across Dorset had not seen a dentist?",
     "33 per cent"),
    # ... not for the town
    (_DENTISTS, "41 per cent", "What share of adults in Bridport had not seen a dentist?",
     "41 per cent"),
    # trial ZP: the figure of the one named, after who they are ("112", another's, shown) ...
    (_READERS, "112", "How many books did Jacob Mensah read during the year?", "97"),
    # ... not for the one marked
    (_READERS, "112", "How many books did Amelia Turner read during the year?", "112"),
    # trial ZP: the year before's, said after a verb of it ("412", this year's, shown)
    ("Westbridge District Council has issued 412 fixed penalty notices for flytipping in the "
     "past 12 months, more than double the 187 handed out the year before, new figures show.",
     "412", "How many flytipping fixed penalty notices did Westbridge District Council hand out "
     "in the year before the latest figures?", "187"),
    # trial ZN: the times asked of a deed said in its past tense ("broke down" for "break down":
    # "23", last year's, shown)
    ("The hospital's current scanner was installed in 2011 and broke down 23 times last year, "
     "compared with nine times the year before, according to figures from the trust.", "23",
     "How many times did Eastmere hospital's existing MRI scanner break down in the year before "
     "last?", "nine"),
    # trials ZM and ZF: the age then, said after the deed ("73" and "84", their ages now,
    # shown) ...
    ("The band's bandmaster, Roy Hindle, 73, first played on the bandstand as a cornet player "
     "aged 12, in the summer of 1965.", "73",
     "At what age did Roy Hindle first play on the Stallingford bandstand?", "12"),
    ("The organ is played by Dennis Whitcombe, 84, who has been the Regent's organist since it "
     "reopened. He first played at the cinema as a boy of 15, when it was new.", "84",
     "How old was Dennis Whitcombe when he first played at the Regent cinema?", "15"),
    # ... and the age now, asked so
    ("The band's bandmaster, Roy Hindle, 73, first played on the bandstand as a cornet player "
     "aged 12, in the summer of 1965.", "73", "How old is Roy Hindle?", "73"),
    # ... not a count said "as a record field of" (found replaying it: trial GD shown "4")
    ("A course record that had stood for 14 years was broken on Sunday, as a record field of "
     "4,860 runners took to the streets. Daniel Kiprop, 29, won.", "14",
     "How old was Euan McBride when he set the Ashcombe Half Marathon record?", "refused"),
    # trials ZQ and ZB: a later year by its order ("about £450,000" and "£380,000", the first
    # year's, shown)
    ("The couple expect turnover of about £450,000 in the first full year, rising to £700,000 "
     "by the third year.", "about £450,000",
     "What turnover do the owners of Stapleford Lane Farm Shop expect by the third year?",
     "£700,000"),
    ("The treasurer said the business plan forecast a turnover of £380,000 in the first full "
     "year, rising to £450,000 by the third.", "£380,000",
     "What turnover does the Plough's business plan expect by its third year?", "£450,000"),
])
def test_stop_70_trials_of_the_third_wave(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


def test_the_figure_of_the_one_named_is_said_with_a_deed():
    # found replaying trial ZI's rule of stop 70: "Edith Crane, who was 101 when she spoke" is
    # no age when she died (trial YA shown "101")
    text = ("The oldest person interviewed was Edith Crane, who was 101 when she spoke to the "
            "team in 2022. She died last year aged 102.")
    assert _shown_read(text, {1: (0.8, "102")}, "How old was Edith Crane when she died?",
                       date="2026-03-01") == "102"


def test_an_age_at_which_is_not_moved_to_another_named_persons_age():
    # trial ZF of stop 70: "at the age of 24" marked, moved to the one age after a name in the
    # quote, another's ("38" shown for the centre manager named)
    text = ("Centre manager Rachel Thwaite said the charity needed volunteers. Guide dog owner "
            "Leanne Fairbrother, 38, who lost her sight at the age of 24, spoke on Thursday.")
    assert _shown_read(text, {1: (0.8, "24")}, "How old is Rachel Thwaite, the Ellerby guide "
                       "dogs centre manager?", date="2026-03-01") in ("refused", None)


_HALL = ("Director Gareth Lloyd, 45, said the rise was needed to cover the cost of hiring the town "
         "hall, which has gone up from £3,200 to £4,100 for the run.")
_COXSWAIN = ("Mr Crocombe was a crew member on the Ilfracombe lifeboat for 22 years and was its "
             "coxswain from 1979 to 1988.")
_BAYS = ("Blue Badge holders would continue to park free of charge, and the number of disabled "
         "bays would rise from 48 to 60.")
_KITCHEN = "Running the kitchen costs about £38,000 a year, of which food accounts for £14,500."
_LIGHTS = ("The council received 57 complaints about the dimming in the first six weeks, 12 of "
           "them from Larch Avenue alone.")
_BOATS = ("The trust said about 1,850 boats are licensed on the canal between Bath and Reading, "
          "of which roughly 640 are continuous cruisers with no home mooring.")
_SEATS = ("The work was paid for with a £150,000 grant from the Wrexby Heritage Trust, £95,000 "
          "from the borough council and the rest from a public appeal, which raised £140,000.")
_GIG = "The evening raised £4,260, beating the £2,950 the group raised at last year's gig."
_STATION = ("The station was used by 612,000 passengers in 2024-25, up from 540,000 the year "
            "before, according to figures from the Office of Rail and Road.")


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial ZT of stop 70: a level gone from one figure to another is no figure compared with
    # the one before it ("45,", the director's age, then "£3,200" shown)
    (_HALL, "£3,200 to £4,100", "How much is Penbury town hall charging the Players for this "
     "year's pantomime run?", "£4,100"),
    # trial ZW: the start of years asked ("1988" shown) ...
    (_COXSWAIN, "1979 to 1988", "In what year did Bill Crocombe become coxswain of the "
     "Ilfracombe lifeboat?", "1979"),
    # ... not their end
    (_COXSWAIN, "1979 to 1988", "In what year did Bill Crocombe stop being coxswain of the "
     "Ilfracombe lifeboat?", "1988"),
    # trial ZT: now asked of a level still to come ("60" shown) ...
    (_BAYS, "48 to 60", "How many disabled parking bays does Haverleigh have at the moment?",
     "48"),
    # ... and the level to come, asked so (or "now" with "will": found replaying it, trial EJ)
    (_BAYS, "48 to 60", "How many disabled parking bays will Haverleigh have?", "60"),
    ("Hire charges will rise from £12 to £15 an hour for local groups. The hall is old.",
     "£12 to £15", "What will local groups now pay per hour to hire the village hall?", "£15"),
    # trial ZT: a part said by what it is, "of which food accounts for" ("about £38,000") ...
    (_KITCHEN, "about £38,000", "How much does the Open Door Kitchen spend on food in a year?",
     "£14,500"),
    # ... and the whole, asked so
    (_KITCHEN, "about £38,000", "How much does the Open Door Kitchen cost to run in a year?",
     "about £38,000"),
    # trial ZV: "how many of" a noun said with words about it before the part ("57") ...
    (_LIGHTS, "57", "How many of the complaints about the dimmed street lights in Northcliffe "
     "came from Larch Avenue?", "12"),
    (_LIGHTS, "57", "How many complaints about the dimmed street lights did Northcliffe council "
     "receive?", "57"),
    # trial ZW: a part with its hedge ("about 1,850" shown) ...
    (_BOATS, "about 1,850", "How many of the boats licensed on the Kennet and Avon Canal are "
     "continuous cruisers with no home mooring?", "640"),
    (_BOATS, "about 1,850", "How many boats are licensed on the Kennet and Avon Canal?",
     "about 1,850"),
    # trial ZV: a giver's sum said after it, "which raised" ("£95,000", the council's, shown)
    (_SEATS, "£95,000", "How much money did the public appeal for the Lyceum Theatre's new "
     "seats raise?", "£140,000"),
    # trial ZX: a giver's part that "would come from" it ("£38.5 million", the whole, shown)
    ("It is expected to cost £38.5 million, of which £29 million would come from a Department "
     "for Transport grant, with the county council paying the rest.", "£38.5 million",
     "How much is the Department for Transport putting towards the Ashcombe bypass?",
     "£29 million"),
    # trial ZU: ten years ago said as a decade ("six", now's, shown)
    ("But the band now has only six regular ringers, down from 14 a decade ago, meaning it can "
     "no longer ring all eight bells.", "six",
     "How many regular ringers did the Thornby band have ten years ago?", "14"),
    # trial ZW: last year's said after its figure, no time asked ("£2,950" shown) ...
    (_GIG, "£2,950", "How much money did the Harbour Strummers' gig at the Landmark Theatre "
     "raise?", "£4,260"),
    # ... and last year's, asked so
    (_GIG, "£4,260", "How much did the Harbour Strummers raise at last year's gig?", "£2,950"),
    # trial ZX: the year before a year the quote names ("612,000", that year's, shown) ...
    (_STATION, "612,000", "How many passengers used Pelham Junction station in the year before "
     "2024-25?", "540,000"),
    # ... and that year's, asked so
    (_STATION, "612,000", "How many passengers used Pelham Junction station in 2024-25?",
     "612,000"),
])
def test_stop_70_trials_of_the_fourth_wave(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


def test_a_role_titled_with_the_kind_of_the_body_asked_after_a_sentence_on_no_other_body():
    # trial ZA of stop 70: "Club treasurer Sian Morgan, 47," in a chunk that does not name
    # Cwmbran Ravens RFC, after "The crowdfunding appeal attracted 312 donors" (refused)
    first = stored_chunk("Members of Cwmbran Ravens RFC celebrated a new roof on Saturday.",
                         title="Rugby club celebrates new clubhouse roof")
    later = stored_chunk("The crowdfunding appeal attracted 312 donors. Club treasurer Sian "
                         "Morgan, 47, said membership had held up.", start=200,
                         title="Rugby club celebrates new clubhouse roof")
    sentences = [*ranked(first, [1.0]), *ranked(later, [0.5, 0.4])]
    assert age_asked_of("How old is the treasurer of Cwmbran Ravens RFC?",
                        sentences) == "How old is Sian Morgan?"
    # ... not for the one before her (found replaying it: trial RA's chairman's predecessor)
    question = "How old is the Cwmbran Ravens RFC treasurer's predecessor?"
    assert age_asked_of(question, sentences) == question
    # ... but not after a sentence opening on another body of a kind
    later = stored_chunk("The bank lent the club £40,000. Club treasurer Sian Morgan, 47, said "
                         "membership had held up.", start=200,
                         title="Rugby club celebrates new clubhouse roof")
    sentences = [*ranked(first, [1.0]), *ranked(later, [0.5, 0.4])]
    assert age_asked_of("How old is the treasurer of the Cwmbran Savings Bank?",
                        sentences) == "How old is the treasurer of the Cwmbran Savings Bank?"


_PANELS = ("St Aidan's CE Primary School had 146 panels fitted to the roof of its main building "
           "during the October half-term, with a further 38 on the roof of the new nursery block.")
_FARM = "The farm park employs 14 people full-time and a further 22 seasonal staff over the summer."
_LAUNCH = ("The boat cost £27,500, including a 30-horsepower outboard engine that alone cost "
           "£6,200. Sport England gave £15,000.")
_PERMIT = ("The trust said the annual permit for full-time staff will cost £180, up from £120 "
           "under the old scheme, while part-time staff will pay £90.")


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trials AAA and AAB of stop 70: "a further" figure said with the question's words ("146"
    # and "14", the first, shown) ...
    (_PANELS, "146", "How many solar panels were fitted on the nursery block roof at St "
     "Aidan's in Bramhope?", "38"),
    (_FARM, "14", "How many seasonal workers does Hollybrook Farm Park take on in the summer?",
     "22"),
    # ... not when the first's words are asked
    (_PANELS, "146", "How many solar panels were fitted on the roof of St Aidan's main "
     "building?", "146"),
    (_FARM, "14", "How many full-time staff does Hollybrook Farm Park employ?", "14"),
    # trial AAA: a sum said "alone" of the thing asked ("£27,500", the boat's, shown) ...
    (_LAUNCH, "£27,500", "How much did the outboard motor on Tewkesbury Rowing Club's new "
     "launch cost?", "£6,200"),
    # trial ZZ: the previous scheme's, said "under the old scheme", asked after a clause ("£180"
    # shown) ...
    (_PERMIT, "£180", "Under the previous scheme, what did full-time staff at Aldermoor General "
     "pay for an annual parking permit?", "£120"),
    (_PERMIT, "£180", "What will full-time staff at Aldermoor General pay for an annual parking "
     "permit?", "£180"),
    # trial ZZ: the reopening of a closure from one date until another ("Monday 20 April" shown)
    ("The council will shut Church Road from Monday 20 April until Friday 29 May, a six-week "
     "closure.", "Monday 20 April",
     "On what date will Church Road in Little Brampton reopen after the resurfacing?",
     "Friday 29 May"),
])
def test_stop_70_trials_of_the_fifth_wave(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


def test_a_year_ago_asked_of_a_dated_story_saying_a_year_ago():
    # the README check of 98b2923: "up from 31 a year ago" in a story dated 4 December 2026 was
    # refused for a year ago's volunteers (the year told read from "last year" alone)
    text = ("The pantry, which operates from the former Methodist hall on Wellgate Street, now "
            "relies on 48 regular volunteers, up from 31 a year ago. It opens on Fridays.")
    question = "How many regular volunteers did the pantry have a year ago?"
    assert _shown_read(text, {0: (0.8, "48")}, question, date="2026-12-04") == "31"
    assert _shown_read(text, {0: (0.8, "48")}, "How many regular volunteers does the pantry "
                       "have now?", date="2026-12-04") == "48"


@pytest.mark.parametrize(("marked_text", "question", "short"), [
    # the README check of 04e1ea8: a figure of no time, compared with "the previous year's"
    # ("104" shown for last year's) ...
    ("The crew rescued 104 people in total, compared with 71 the previous year.",
     "How many people did the crew rescue last year?", "71"),
    # ... not when the first is said to be last year's
    ("The crew rescued 104 people last year, compared with 71 the previous year.",
     "How many people did the crew rescue last year?", "104"),
    ("The crew rescued 104 people in total, compared with 71 the previous year.",
     "How many people did the crew rescue this year?", "104"),
])
def test_last_year_asked_of_a_figure_compared_with_the_previous_years(marked_text, question,
                                                                       short):
    text = marked_text + " The station opened in 1865."
    assert _shown_read(text, {0: (0.8, "104")}, question) == short


_GYM = ("The gym now has 52 pieces of cardio and strength equipment, compared with 38 before the "
        "refit.")
_RENTS = ("Rents for a standard stall were cut from £95 a week to £70 a week last April, and new "
          "traders pay half rent for their first six months.")
_BOAT_TRIPS = "Tickets are £9 for adults and £5 for children, up from £7.50 and £4 last season."


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial AAH of stop 71: a level asked before a change, the one it came from said after the
    # one marked ("52" shown) ...
    (_GYM, "52", "How many pieces of equipment did the Harrowfield gym have before the "
     "refurbishment?", "38"),
    # ... not the level now
    (_GYM, "52", "How many pieces of equipment does the Harrowfield gym have now?", "52"),
    ("\"A full adult membership now costs £1,150 a year, up from £1,080.\"", "£1,150 a year",
     "What did a full adult membership at Brackenholt Golf Club cost before the increase?",
     "£1,080"),
    # trial AAF: the old one asked ("£45 a season" shown)
    ("Each family pays a subscription of £45 a season, down from the £60 the old Sunday league "
     "charged.", "£45 a season", "How much did the old Sunday league charge families each "
     "season?", "£60"),
    # trial AAI: the old one asked by its owner's name ("24" shown)
    ("The £4.2 million unit has 24 treatment chairs and four private rooms, compared with 12 "
     "chairs in the old unit in the basement.", "24",
     "How many treatment chairs did Westmere General's old chemotherapy unit have?", "12"),
    # trial AAH: said first, its unit between ("£70" shown) ...
    (_RENTS, "£70", "What was the weekly rent for a standard stall at Stallingford market "
     "before the cut?", "£95"),
    # ... not after the cut
    (_RENTS, "£70", "What is the weekly rent for a standard stall at Stallingford market now?",
     "£70"),
    # trial AAG: a child's price after an adult's, the adult's point no clause's end ("£16.50")
    ("Fairwood Zoo welcomed 94,000 visitors last year. Adult tickets cost £16.50 and children's "
     "tickets £11.", "£16.50", "What does a child's ticket to Fairwood Zoo cost?", "£11"),
    # trial AAI: two groups' prices and the two before, respectively ("£4" shown) ...
    (_BOAT_TRIPS, "£4", "What was the adult ticket price for Wendle Canal Trust boat trips last "
     "season?", "£7.50"),
    (_BOAT_TRIPS, "£9", "What was the child ticket price for Wendle Canal Trust boat trips last "
     "season?", "£4"),
    # ... and now
    (_BOAT_TRIPS, "£9", "What does a child's ticket for Wendle Canal Trust boat trips cost?",
     "£5"),
])
def test_stop_71_trials_of_the_first_batch(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


_TOWER = ("It cost £240,000, of which Redcar and Cleveland Council paid £150,000 and the RNLI the "
          "remaining £90,000.")
_CABINET = ("The cabinet will serve 184 of the village's 230 properties. The remaining 46 homes, "
            "most of them isolated farms, will have to wait.")


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial AAH of stop 71: a giver's part "of the" whole, the whole marked ("£1.1 million")
    ("Councillor Imran Siddiqui said £400,000 of the £1.1 million had come from the "
     "government's Towns Fund, with the rest borrowed by the council.", "£1.1 million",
     "How much of the Stallingford market repairs was paid for by the Towns Fund?", "£400,000"),
    # trial AAG: the next giver after "of which ... paid", its verb not said again ...
    (_TOWER, "£150,000", "How much did the RNLI contribute to the new Saltburn lifeguard tower?",
     "£90,000"),
    # ... not for the first
    (_TOWER, "£150,000", "How much did Redcar and Cleveland Council contribute to the tower?",
     "£150,000"),
    # trial AAF: the rest of a whole is no count of the part marked ("46" shown) ...
    (_CABINET, "184", "How many homes in Netherby St Giles will be served by the new cabinet?",
     "184"),
    # ... unless the rest is asked
    (_CABINET, "184", "How many homes in Netherby St Giles will have to wait for the remaining "
     "work?", "46"),
])
def test_stop_71_trials_of_the_second_batch(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


_BOAT_LAUNCH = ("Members gathered on the slipway on Saturday to watch the launch of the club's new "
                "safety boat, named Kittiwake.")
_BOAT_NAMED = ("The boat was named by the club's youngest member, eight-year-old Freya Maddox, who "
               "smashed a bottle of ginger beer over the bow.")


def test_stop_71_a_deed_s_doer_said_after_by_in_another_sentence():
    # trial AAF of stop 71: "Who named ...?" was shown the members watching, from the sentence
    # the readers rated first; the doer is said "named by ... Freya Maddox" in another
    text = f"{_BOAT_LAUNCH} {_BOAT_NAMED}"
    answer, _, _ = _answer_over(text, {0: (0.9, "Members"), 1: (0.4, "Freya Maddox")},
                          "Who named the sailing club's new boat Kittiwake?",
                          Cutoffs(0.5, 0.9, 0.5))
    assert answer.short is not None and answer.short.text == "Freya Maddox"
    # ... found "in October 2022 by" (trial AAE: "Who discovered ...?", the finder unnamed in
    # the lead: "found by a metal detectorist in a field near Hollin Cross")
    text = ("A hoard found by a metal detectorist in a field near Hollin Cross will go on display. "
            "The 47 pieces were unearthed in October 2022 by retired postman Dennis Ashworth, 71.")
    answer, _, _ = _answer_over(text, {0: (0.9, "Hollin Cross"), 1: (0.3, "Dennis Ashworth")},
                          "Who discovered the Anglo-Saxon hoard near Hollin Cross?",
                          Cutoffs(0.5, 0.9, 0.5))
    assert answer.short is not None and answer.short.text == "Dennis Ashworth"


_SQUASH = ("Membership of Kettering Squash Club has risen from 54 to 97 since the new courts were "
           "announced in the autumn, he said.")
_WATER_TAXI = ("A single fare will be £4, with a reduced fare of £2.50 for students and children "
               "under 12.")


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial AAK of stop 71: the year asked's figure, the one marked said with a hedge ("around
    # 4,200" shown)
    ("The bus station is used by around 4,200 passengers a day, according to operator Westway "
     "Buses, up from 3,600 in 2023.", "around 4,200",
     "How many passengers used Dunmere bus station each day in 2023?", "3,600"),
    # trial AAM: before a change that is new, "from 54 to 97 since the new courts" ("97") ...
    (_SQUASH, "54", "How many members did Kettering Squash Club have before the new courts were "
     "announced?", "54"),
    (_SQUASH, "97", "How many members did Kettering Squash Club have before the new courts were "
     "announced?", "54"),
    # ... not now
    (_SQUASH, "97", "How many members does Kettering Squash Club have now?", "97"),
    # trial AAP: a group's price "with a reduced fare of ... for students" after one of no
    # group ("£4" shown) ...
    (_WATER_TAXI, "£4", "How much will a student pay for a single trip on the water taxi?",
     "£2.50"),
    # ... not for an adult
    (_WATER_TAXI, "£4", "How much will an adult pay for a single trip on the water taxi?", "£4"),
])
def test_stop_71_trials_of_the_third_batch(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


_MACHINE = ("The machine and shed cost £38,500, of which £12,000 came from a Rural Prosperity Fund "
            "grant.")


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial AAG of stop 71: a cost asked of a thing the quote does not name, its sum said of
    # another ("£38,500" shown) ...
    (_MACHINE, "£38,500", "How much does a milkshake cost from the Hollowcombe Farm vending "
     "machine?", "refused"),
    # ... not of the thing it names
    (_MACHINE, "£38,500", "How much did the Hollowcombe Farm vending machine cost?", "£38,500"),
    # ... the sum of things that are not the one asked ("£185,000" shown for a steel heron)
    ("The 12 sculptures cost £185,000 to commission.", "£185,000",
     "How much did the steel heron cost?", "refused"),
    # ... nor a cost asked "alone" (found replaying: trial AAI's "defibrillator machine alone")
    ("The defibrillator cost £1,650 including its heated cabinet.", "£1,650",
     "How much does the defibrillator machine alone cost?", "£1,650"),
])
def test_stop_71_trials_of_the_fourth_batch(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


_RECEPTION = ("From the autumn term it will take 60, after receiving 71 applications for reception "
              "places this year, compared with 38 last year.")


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial AAT of stop 71: a count of the noun asked, said of another time than asked, is not
    # the one asked ("71" shown for last year's) ...
    (_RECEPTION, "60", "How many reception applications did Oakfield Primary School get last "
     "year?", "38"),
    # ... but is for its own
    (_RECEPTION, "60", "How many reception applications did Oakfield Primary School get this "
     "year?", "71"),
])
def test_stop_71_trials_of_the_fifth_batch(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


_GROUNDSMAN = ("Ashcombe Cricket Club has appointed a new head groundsman, ending a two-year "
               "search that saw volunteers mowing the outfield in shifts.\n\nDerek Holloway, 61, "
               "who spent 22 years preparing pitches at Taunton, started work at the club on "
               "Monday.\n\nHe "
               "replaces Alan Fairbrother, 74, who retired in September.")
_CLERK = ("Long Melford Parish Council has appointed a new clerk to replace Janet Hollis, who is "
          "retiring after 31 years in the post.\n\nKatie Brennan, 36, a former planning officer, "
          "will take up the part-time role on 1 June.")


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial AAQ of stop 71 (and US, WS, XE, ZX, UK before it): a post said filled, its holder
    # unnamed, then named at the next sentence's start: refused ...
    (_GROUNDSMAN, "a new head groundsman", "Who is the new head groundsman at Ashcombe Cricket "
     "Club?", "Derek Holloway"),
    # ... the one replaced named in the sentence saying it filled ("Janet Hollis" shown: trial SK)
    (_CLERK, "Janet Hollis", "Who is the new clerk of Long Melford Parish Council?",
     "Katie Brennan"),
])
def test_stop_72_a_post_filled_then_its_holder_named_in_the_next_sentence(text, marked,
                                                                          question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short
    # ... not for the one before
    before = question.replace("Who is the new", "Who was the previous")
    assert _shown_read(text, {0: (0.8, marked)}, before, date="2026-03-01") != short


def test_stop_72_the_post_said_filled_is_quoted_with_its_new_holder():
    answer, _, _ = _answer_over(_GROUNDSMAN, {0: (0.8, "a new head groundsman")},
                                "Who is the new head groundsman at Ashcombe Cricket Club?",
                                Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True)
    first = answer.citations[0]
    assert first.quote.startswith("Ashcombe Cricket Club has appointed a new head groundsman")
    assert "Derek Holloway, 61," in first.quote and "Fairbrother" not in first.quote
    assert answer.short.start >= first.start and answer.short.end <= first.end
    # ... not for the holder's relative (found replaying trial ZD of stop 70: "38" shown)
    assert _shown_read(_GROUNDSMAN, {0: (0.8, "a new head groundsman")}, "How old is Ashcombe "
                       "Cricket Club's new head groundsman's wife?") != "61"


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial AAY of stop 72: last year asked of "the old" one, the figure marked said of last
    # year ("368,000", the year before's, shown) ...
    ("Managing director Priya Chauhan said the route replaced the old number 7, which carried "
     "412,000 passengers last year, up from 368,000 the year before.", "412,000",
     "How many passengers did Kingsbury's old number 7 bus carry last year?", "412,000"),
    # trial AAY: a food bank is no bank; "the charity's chairman" is its (refused)
    ("The charity's chairman, the Reverend Paul Anstey, 63, said the food bank had outgrown the "
     "space.", "Paul Anstey", "Who is the chairman of Eastmoor Food Bank?",
     "Reverend Paul Anstey"),
    # trial ABA: a sailing club's commodore ("Dennis Crowe", the oldest member, shown)
    ("The boats will be named by the club's oldest member, retired boatbuilder Dennis Crowe, "
     "88. Club commodore Helen Marchbank, 61, said the old fleet had been in service since "
     "2004.", "Dennis Crowe", "Who is the commodore of Wyvern Sailing Club?", "Helen Marchbank"),
    # trial ABB: a field's owner, its landowner (refused)
    ("They were found in October 2023 by metal detectorist Keith Barlow, 58, and the landowner, "
     "farmer Graham Fenn, 64.", "Graham Fenn", "Who owns the field where the Tiptree coin hoard "
     "was found?", "Graham Fenn"),
])
def test_stop_72_trials_of_the_first_wave(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


_WHEELCHAIR = "The project cost £186,000 in total."


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial ABA of stop 72: a part of a whole, "31 of the home's 44 residents" ("44" shown)
    ("Home manager Lisa Penrose, 45, said 31 of the home's 44 residents are living with "
     "dementia.", "44", "How many Oakfield House residents are living with dementia?", "31"),
    # trial ABA: the other count said with the time asked after it ("140" shown)
    ("The league estimates that 140 women and girls will play in the division, compared with 35 "
     "who played in mixed friendlies last season.", "140", "How many women and girls played in "
     "mixed friendlies in the Severnside league last season?", "35"),
    # trial AAX: the figure expected, said before who expected it ("around 2,300" shown) ...
    ("Organisers counted around 2,300 visitors at the first market, against the 1,500 they had "
     "expected.", "around 2,300", "How many visitors had the organisers of the Hadleigh Green "
     "market expected on the first day?", "1,500"),
    # ... not when the count is asked
    ("Organisers counted around 2,300 visitors at the first market, against the 1,500 they had "
     "expected.", "around 2,300", "How many visitors came to the first Hadleigh Green market?",
     "around 2,300"),
    # trial AAZ: an age then, "who was 19 at the time of the rescue" ("91" shown)
    ("Also present was Arthur Moyle, 91, the last surviving member of the 1953 crew, who was 19 "
     "at the time of the rescue.", "91", "How old was Arthur Moyle at the time of the 1953 "
     "rescue?", "19"),
    ("Also present was Arthur Moyle, 91, the last surviving member of the 1953 crew, who was 19 "
     "at the time of the rescue.", "91", "How old is Arthur Moyle?", "91"),
    # trial ABA: a sum "raised by" the ones asked ("£52,400 in total" shown)
    ("The dinghies cost £52,400 in total, with £30,000 coming from a Sport England grant and the "
     "remaining £22,400 raised by members through a sponsored sail.", "£52,400 in total",
     "How much of the money for the Wyvern dinghies was raised by the sailing club's own "
     "members?", "£22,400"),
    # trial ABB: a part's cost asked, only the whole's said ("£186,000" shown) ...
    (_WHEELCHAIR, "£186,000", "How much will the third beach wheelchair at Coppet Hall cost?",
     "refused"),
    ("The four 18-metre floodlight masts at the Mead Park ground cost £96,000.", "£96,000",
     "How much did the lamp shields on the Ashcombe floodlights cost?", "refused"),
    # ... not the whole asked, nor a part said beside a sum of its own
    (_WHEELCHAIR, "£186,000", "How much did the Coppet Hall project cost altogether?",
     "£186,000"),
    ("The sign cost £2,600 to make and hang, including £850 for the oak frame made by carpenter "
     "Lewis Grant.", "£850", "How much did the oak frame for the Plough's new sign cost?",
     "£850"),
])
def test_stop_72_trials_of_the_first_wave_s_figures(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


def test_stop_72_a_part_s_cost_is_the_whole_s_when_the_story_is_about_it():
    # (the story's own subject, in its title: "The project cost £27,500" is its garden's cost)
    question = "How much did the sensory garden at Oakmead House cost?"
    assert not part_costed_as_a_whole(question, "The project cost £27,500.",
                                      "Sensory garden opens at Oakmead House care home")
    assert part_costed_as_a_whole(question, "The project cost £27,500.",
                                  "Oakmead House care home opens its new day room")


_PRINCIPAL = ("The new principal of Coleg Maelor in Wrexham has pledged to improve pass rates "
              "after a critical inspection report last year.\n\nDr Gareth Roberts-Owen, 52, took "
              "up the post on Monday.")
_LADY_CAPTAIN = ("A retired pharmacist who took up golf at 50 has been installed as lady captain "
                 "of Ilkley Golf Club.\n\nMargaret Fenwick, 68, drove herself in at the "
                 "traditional ceremony on Saturday.")


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial ABH of stop 72: the post said new, no verb filling it (refused)
    (_PRINCIPAL, "Coleg Maelor", "Who is the new principal of Coleg Maelor?",
     "Gareth Roberts-Owen"),
    # trial ABN: the holder described before the name, "Former chef Marcus Fielding, 41," after
    # "has a new landlord" (refused)
    ("The Plough at Little Hadstock has a new landlord, 11 months after villagers bought the "
     "pub.\n\nFormer chef Marcus Fielding, 41, took over the tenancy on 2 February.",
     "Little Hadstock", "Who is the new landlord of the Plough at Little Hadstock?",
     "Marcus Fielding"),
    # trial ABF: "installed as lady captain" (refused)
    (_LADY_CAPTAIN, "Ilkley Golf Club", "Who is the new lady captain of Ilkley Golf Club?",
     "Margaret Fenwick"),
    # trial ABG: a society's secretary, "the club's" ("16" shown)
    ("The club's secretary, Lorraine Pike, 52, said the lake would host the society's junior "
     "section, which has 64 members under the age of 16.", "16",
     "How old is the secretary of Millbrook Angling Society?", "52"),
    # trial ABF: the count of "two years ago" ("148" shown)
    ("The club has 640 playing members, of whom 148 are women, up from 119 two years ago.", "148",
     "How many women members did Ilkley Golf Club have two years ago?", "119"),
    # trial ABE: a giver's sum "a further" ("£60,000", the other's, shown)
    ("The England and Wales Cricket Board contributed £60,000 towards the cost, and Sport "
     "England gave a further £75,000.", "£60,000",
     "How much did Sport England give for the Little Soddington pavilion?", "£75,000"),
    # trial ABF: a count said before its verb, of two ("260" shown) ...
    ("All 1,742 pipes were removed, and 260 damaged pipes were repaired and 38 replaced "
     "outright.", "260", "How many of the Beverley organ's pipes were replaced entirely?", "38"),
    # ... and the other's
    ("All 1,742 pipes were removed, and 260 damaged pipes were repaired and 38 replaced "
     "outright.", "38", "How many of the Beverley organ's pipes were repaired?", "260"),
    # trial ABN: a measure "of" the noun asked, of two ("20,000 litres", of diesel, shown)
    ("The berth has two tanks holding 20,000 litres of diesel and 5,000 litres of petrol.",
     "20,000 litres", "How much petrol can the Carrick Quay fuel berth's tanks hold?",
     "5,000 litres"),
    ("The berth has two tanks holding 20,000 litres of diesel and 5,000 litres of petrol.",
     "20,000 litres", "How much diesel can the Carrick Quay fuel berth's tanks hold?",
     "20,000 litres"),
])
def test_stop_72_trials_of_the_second_and_third_waves(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


@pytest.mark.parametrize("question", [
    "What grant did the Porthcarrow skipper get for refitting his boat?",  # (trial ABD of stop
    # 72 was shown a name, "Martin Trewin, 52")
    "What loan fee did Tottenham pay AS Roma to sign Egyptian striker Mido?",  # (news set 3's
    # near miss, shown "18-month")
])
def test_stop_72_a_grant_or_a_loan_asked_with_what_is_a_sum(question):
    assert asked_for(question) == "number"


@pytest.mark.parametrize(("text", "marked", "question", "title", "short"), [
    # (a whole's cost, or another word's, is the thing's when the story's headline names it:
    # these two of stops 70 and 71 were tested with no headline before stop 72, when a part's
    # cost asked of a whole's came to be refused)
    # trial AAA of stop 70: the launch, said "the boat"
    (_LAUNCH, "£27,500", "How much did Tewkesbury Rowing Club's new launch cost?",
     "Rowing club launches new coach boat named after founder", "£27,500"),
    # trial AAE of stop 71: the garden, said "the project"
    ("The project cost £58,000. A grant of £40,000 paid for most of it.", "£58,000",
     "How much did the Thornleigh community garden cost?",
     "Derelict plot becomes community garden in Thornleigh", "£58,000"),
])
def test_a_whole_s_cost_is_the_thing_s_when_the_headline_names_it(text, marked, question, title,
                                                                    short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01",
                       title=title) == short
    # (and not when it names another: a part of it, for all the story says)
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01",
                       title="Volunteers honoured at the town's awards night") == "refused"


_LIFEGUARDS = ("The lido's new head lifeguard, Tom Brackenridge, 29, previously worked at the "
               "South Bay pool. He will lead a team of nine lifeguards, three more than last "
               "summer.")


@pytest.mark.parametrize(("marked", "readings_of", "question", "short"), [
    # the README check RC72-lido of stop 72: a count said against the time asked, last
    # summer's said nowhere as a figure ("nine" shown) ...
    ("nine", 1, "How many lifeguards were there at Kettlesby Lido last summer?", "refused"),
    # ... not the count of now
    ("nine", 1, "How many lifeguards will Kettlesby Lido have this summer?", "nine"),
    # ... a holder asked of a time before, the one named said new ("Tom Brackenridge" shown)
    ("Tom Brackenridge", 0, "Who was the head lifeguard at Kettlesby Lido last summer?",
     "refused"),
    # ... not the holder now
    ("Tom Brackenridge", 0, "Who is the head lifeguard at Kettlesby Lido?", "Tom Brackenridge"),
])
def test_stop_72_the_readme_check_s_times_before(marked, readings_of, question, short):
    assert _shown_read(_LIFEGUARDS, {readings_of: (0.8, marked)}, question, date="2026-06-01",
                       title="Kettlesby Lido to reopen after £385,000 refurbishment") == short


_SCOREBOARD = ("The £18,400 scoreboard, which shows runs, wickets and overs, replaces a wooden "
               "board built by volunteers in 1987.")


@pytest.mark.parametrize(("text", "question", "short"), [
    # trial ABP of stop 72: the new one's figure for the old one it replaces ("£18,400" shown)
    (_SCOREBOARD, "How much did the 1987 wooden scoreboard at Little Hadstock cost to build?",
     "refused"),
    # trial ABQ: the replaced said before the figure ("£78,000" shown)
    ("The scheme, which replaces lights installed in 1968, cost £78,000.", "How much did the old "
     "1968 lights at St Mary's cost?", "refused"),
    # ... not the new one's
    (_SCOREBOARD, "How much did the new scoreboard at Little Hadstock cost?", "£18,400"),
])
def test_stop_72_the_new_one_s_figure_is_not_the_one_it_replaced(text, question, short):
    figure = "£18,400" if "18,400" in text else "£78,000"
    assert _shown_read(text, {0: (0.8, figure)}, question, date="2026-06-01") == short


_HATCHERY = ("The hatchery will also open to visitors from Easter, with tickets costing £7.50 for "
             "adults. The trust expects 15,000 visitors in its first year, and says the income "
             "will cover about a third of its running costs.")


@pytest.mark.parametrize(("question", "short"), [
    # trial ABU of stop 73: a year asked by its order, the sentence saying another's ("15,000"
    # shown)
    ("How many visitors does the Porthcarrow crab hatchery expect in its second year?",
     "refused"),
    # ... not the year said, nor a year not asked by its order
    ("How many visitors does the Porthcarrow crab hatchery expect in its first year?", "15,000"),
    ("How many visitors does the Porthcarrow crab hatchery expect?", "15,000"),
])
def test_stop_73_a_year_asked_by_its_order_is_not_another_s(question, short):
    assert _shown_read(_HATCHERY, {1: (0.8, "15,000")}, question, date="2026-03-01") == short


_OAKHURST = ("Oakhurst Bowls Club has elected its first female president in its 112-year "
             "history.\n\nMargaret \"Peggy\" Lister, 74, was voted in unopposed at the club's "
             "annual general meeting on Thursday.")
_BRACKWATER = ("A former Royal Navy officer has been appointed harbour master at Brackwater "
               "Marina, the first change in the post for almost two decades.\n\nGareth Penrose, "
               "51, from Falmouth, took up the role on Monday.")


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial ABV of stop 73: the new holder named with a nickname in quotes (refused)
    (_OAKHURST, "112-year", "Who is the new president of Oakhurst Bowls Club?",
     'Margaret "Peggy" Lister'),
    # trial ABX: "Who has been named as ...?" asks the holder of the post ("Royal Navy officer"
    # shown)
    (_BRACKWATER, "Royal Navy officer", "Who has been named as Brackwater Marina's new harbour "
     "master?", "Gareth Penrose"),
])
def test_stop_73_a_post_filled_then_its_holder_named(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-04-14") == short


@pytest.mark.parametrize(("text", "marked", "question", "title", "short"), [
    # trial ABV of stop 73: the giver asked said by its kind ("The club"; refused)
    ("The club has added £9,000 of its own money to pay for new kit and tackle bags.", "£9,000",
     "How much money is Harrowfield rugby club putting in from its own funds?",
     "Harrowfield rugby club appoints youth coach", "£9,000"),
    # ... not another giver's sum for the one asked
    ("Sport England gave £40,000 and the club gave £9,000.", "£9,000",
     "How much did Harrowfield Town Council give?", "Harrowfield rugby club appoints youth coach",
     "refused"),
    # trial ABW: a role's holder under a headline naming a place beside a kind of body, "cat
    # rescue" (refused)
    ("Whiskers Haven moved into its new site on Saturday. Its running costs are £290,000 a "
     "year. Head of fundraising Tom Needham, 29, said the charity would need to find an extra "
     "£80,000 a year.", "Saturday", "How old is the Whiskers Haven head of fundraising?",
     "Purr-fect new home as Kettering cat rescue opens its doors", "29"),
    # trial ABU: a relative opening a chunk, named with the owner's surname (refused)
    ("His son, Jack Penrose, 29, is one of four young fishermen to have joined the scheme.",
     "four", "How old is skipper Alan Penrose's son?", "Porthcarrow harbour opens crab hatchery",
     "29"),
])
def test_stop_73_the_one_asked_said_otherwise(text, marked, question, title, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01",
                       title=title) == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial ABZ of stop 73: a part "of which", eight words after the whole ("37" shown)
    ("Police recorded 37 collisions involving hire scooters during the year, nine of which "
     "caused injuries.", "37", "How many of the collisions involving Marlowe hire scooters "
     "caused injuries?", "nine"),
    # trial ABV: "only 21 of those" ("38" shown) ...
    ("The council issued just 38 fines last year, and only 21 of those were paid.", "38",
     "How many of the Kettleby dog fouling fines issued last year were actually paid?", "21"),
    # ... not the whole asked
    ("The council issued just 38 fines last year, and only 21 of those were paid.", "38",
     "How many dog fouling fines did Kettleby council issue last year?", "38"),
    # trial ABV: a count done "of their" whole, the verb asked ("12" shown) ...
    ("Pritchard said his first priority would be the under-16s, who lost eight of their 12 "
     "league games last season.", "12",
     "How many league matches did Harrowfield's under-16s lose last season?", "eight"),
    # ... not the whole asked
    ("Pritchard said his first priority would be the under-16s, who lost eight of their 12 "
     "league games last season.", "12",
     "How many league games did Harrowfield's under-16s play last season?", "12"),
    # trial ABU: a group's price said after "or" ("£12" shown) ...
    ("Tickets for the main productions cost £12, or £6 for under-18s, and four of the nine "
     "shows will be free.", "£12", "How much does an under-18 ticket cost for the main "
     "Wendlebury Shakespeare Festival productions?", "£6"),
    # ... not the full price
    ("Tickets for the main productions cost £12, or £6 for under-18s, and four of the nine "
     "shows will be free.", "£12", "How much does an adult ticket cost for the main Wendlebury "
     "Shakespeare Festival productions?", "£12"),
])
def test_stop_73_the_figure_of_the_right_sentence_asked(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date="2026-03-01") == short


def test_stop_73_a_figure_said_of_the_time_asked_is_cited_first_below_the_lead():
    # trial ABX of stop 73: "That is up from 870 last year" read well below the lead, which
    # says this year's (refused)
    text = ("Hartsbridge Borough Council has launched a new online waiting list for allotments "
            "after the number of people queuing for a plot rose to a record 1,140.\n\nThat is "
            "up from 870 last year, and the council says some applicants have been waiting more "
            "than six years for a plot.\n\nIts secretary, Derek Hollins, 66, said the "
            "federation had 640 members, up from 590 last year.")
    question = "How many people were waiting for an allotment in Hartsbridge last year?"
    answer, _, _ = _answer_over(text, {0: (3.0, "1,140"), 1: (-1.0, "870"), 2: (-4.0, "640")},
                                question, Cutoffs(0.5, 0.9, 0.5), ordered=True, choose=True)
    assert not answer.abstained and "870 last year" in answer.citations[0].quote


_BREAKWATER = ("The work, which will cost £3.4 million in total, is being paid for largely by a "
               "£2.1 million grant from the Coastal Resilience Fund, with the remainder met by "
               "the commissioners and Cornwall Council.")


@pytest.mark.parametrize(("text", "marked", "question", "title", "short"), [
    # trial ABY of stop 73: a giver named only as meeting "the remainder" ("£3.4 million"
    # shown) ...
    (_BREAKWATER, "£3.4 million", "How much is Cornwall Council contributing to the Porthgarrow "
     "breakwater repairs?", "Breakwater repairs to start", "refused"),
    # ... not the giver whose sum is said
    (_BREAKWATER, "£2.1 million", "How much did the Coastal Resilience Fund give towards the "
     "Porthgarrow breakwater repairs?", "Breakwater repairs to start", "£2.1 million"),
    # trial ABU: a body asked what it gave, named nowhere ("£2.3 million" shown) ...
    ("A £2.3 million crab hatchery has opened at Porthcarrow harbour.", "£2.3 million",
     "How much did Cornwall Council contribute to the Porthcarrow crab hatchery?",
     "Porthcarrow harbour opens crab hatchery", "refused"),
    # ... not the thing's cost
    ("A £2.3 million crab hatchery has opened at Porthcarrow harbour.", "£2.3 million",
     "How much did the Porthcarrow crab hatchery cost?",
     "Porthcarrow harbour opens crab hatchery", "£2.3 million"),
    # trial ABZ: a thing beside the one the headline names, costed by the whole ("£24,600"
    # shown) ...
    ("The restoration cost £24,600.", "£24,600",
     "How much will the new bench beside the Little Wenlow trough cost?",
     "Victorian horse trough restored to former glory in Little Wenlow", "refused"),
    # ... not the thing the headline names
    ("The restoration cost £24,600.", "£24,600", "How much did the Little Wenlow trough cost to "
     "restore?", "Victorian horse trough restored to former glory in Little Wenlow", "£24,600"),
    # trial ABY: last year asked of now's figure, compared with two years ago ("310" shown) ...
    ("The Dolphins, founded in 1974, train at Dunmere Leisure Centre and have 310 members, up "
     "from 265 two years ago.", "310", "How many members did Dunmere Dolphins Swimming Club "
     "have last year?", "Dunmere swimmers", "refused"),
    # ... not now's
    ("The Dolphins, founded in 1974, train at Dunmere Leisure Centre and have 310 members, up "
     "from 265 two years ago.", "310", "How many members does Dunmere Dolphins Swimming Club "
     "have?", "Dunmere swimmers", "310"),
    # trial ABX: a sum spent on two things, then another deed ("and took in"; refused)
    ("The council spent £112,000 on allotment maintenance last year, including £31,000 on new "
     "water troughs and fencing at Priory Fields, and took in £71,500 in rents.", "£31,000",
     "How much did Hartsbridge council spend on new water troughs and fencing at Priory "
     "Fields?", "Allotment waiting list hits record", "£31,000"),
])
def test_stop_73_sums_and_times_said_of_another(text, marked, question, title, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, title=title) == short


_SALTCOMBE = ("Fiona McBride, 38, takes over from Graham Ellis, 63, who retired in September after "
              "22 years in charge.")


@pytest.mark.parametrize(("question", "short"), [
    # trial ACC of stop 73: the one a new holder replaces asked, the question naming the new one
    # ("38" shown) ...
    ("How old is the outgoing manager Fiona McBride is replacing at Saltcombe Lido?", "63"),
    # (trial ABW: "the man ... replaced")
    ("How old is the man Fiona McBride replaced as manager of Saltcombe Lido?", "63"),
    # ... not the new one asked
    ("How old is Fiona McBride, who is replacing Graham Ellis at Saltcombe Lido?", "38"),
])
def test_stop_73_the_age_of_the_one_replaced(question, short):
    assert _shown_read(_SALTCOMBE, {0: (0.8, "38")}, question,
                       title="New manager for Saltcombe Lido") == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial ACA of stop 73: a holder said "as its new head coach", another coach named by his
    # role in the next sentence (refused)
    ("CARNFORD Rugby Football Club has appointed former Wales prop Gareth Pryce as its new head "
     "coach. The club has also appointed a new backs coach, Lewis Morgan, 31, who played 88 "
     "games for Carnford.", "Gareth Pryce", "Who is Carnford RFC's new head coach?",
     "Gareth Pryce"),
    # trial RE (replayed): a part "of whom" after a whole said after another figure ("420"
    # shown once eight words could stand between a whole and its part)
    ("The club, founded in 1924, has 14 teams and around 420 members, 160 of whom are juniors.",
     "14 teams and around 420", "How many junior members does Wetherby Hockey Club have?",
     "160"),
])
def test_stop_73_the_third_batch(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question,
                       title="Former Wales prop named Carnford RFC head coach") == short



_PANTRY = ("The number of households registered with the Longmarsh pantry has also climbed, "
           "reaching 412 this year compared with 297 twelve months ago.")


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # the README check of 4372feb (stop 73): "twelve months ago" said of a figure read as a year
    # ago's (refused)
    (_PANTRY, "297", "How many households had signed up with the Longmarsh pantry a year ago?",
     "297"),
    # ... and "a year ago" said beside "this year" (refused)
    (_PANTRY.replace("twelve months", "a year"), "297",
     "How many households had signed up with the Longmarsh pantry a year ago?", "297"),
    # ... not this year's
    (_PANTRY, "412", "How many households are registered with the Longmarsh pantry this year?",
     "412"),
    # the same check: a giver named only in a clause "with" its gift that says no sum (the
    # appeal's total shown)
    ("Treasurer Dominic Ashworth said the appeal had so far raised £11,650, with the largest "
     "single gift coming from the Longmarsh Rotary Club.", "£11,650",
     "How much did the Longmarsh Rotary Club donate to the pantry appeal?", "refused"),
    # ... not the total asked
    ("Treasurer Dominic Ashworth said the appeal had so far raised £11,650, with the largest "
     "single gift coming from the Longmarsh Rotary Club.", "£11,650",
     "How much has the Longmarsh pantry appeal raised so far?", "£11,650"),
])
def test_stop_74_times_and_givers_said_otherwise(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question,
                       title="Village food bank feeds record number of families") == short


_LONGMARSH = ("Longmarsh Community Pantry, which operates from the back hall of St Aidan's "
              "Church, gave out 2,184 food parcels this year. Pantry coordinator Harriet "
              "Pengelly, 58, said the rise had been driven by families.")


@pytest.mark.parametrize(("question", "short"), [
    # the README check of 4372feb (stop 73): "Who runs X as its coordinator?" asks who its
    # coordinator is (refused)
    ("Who runs the Longmarsh Community Pantry as its coordinator?", "Harriet Pengelly"),
    # ... and "Who serves as ...?" who holds the post (found replaying it: "St Aidan's Church")
    ("Who serves as the Longmarsh pantry's treasurer?", "Dominic Ashworth"),
])
def test_stop_74_a_post_asked_by_a_deed_as_it(question, short):
    text = _LONGMARSH + (" Treasurer Dominic Ashworth, 44, said the appeal had so far raised "
                         "£11,650.")
    assert _shown_read(text, {0: (0.8, "St Aidan's Church"), 1: (0.3, "Harriet Pengelly"),
                              2: (0.3, "Dominic Ashworth")},
                       question, title="Village food bank feeds record families") == short


@pytest.mark.parametrize(("text", "marked", "question", "short"), [
    # trial ACO of stop 74: a week asked by its order, the sentence saying another's ("112")
    ("In its first week, 112 people signed up as members of the seed library.", "112",
     "How many people joined the Ashworth seed library in its second week?", "refused"),
    ("In its first week, 112 people signed up as members of the seed library.", "112",
     "How many people joined the Ashworth seed library in its first week?", "112"),
    # trial ACP: the old thing asked, the sentence telling of the new one ("£168,000")
    ("The electric van, which carries about 2,500 books, cost £168,000. It replaces a diesel "
     "van bought in 2009.", "£168,000",
     "How much did Northmoor's old diesel library van cost when it was bought?", "refused"),
    # ... not the new one asked, nor how old it is, nor the old thing done to (trial RB,
    # replayed)
    ("The electric van, which carries about 2,500 books, cost £168,000. It replaces a diesel "
     "van bought in 2009.", "£168,000",
     "How much did Northmoor's new electric library van cost?", "£168,000"),
    ("Furnace Lane Brewing spent £640,000 converting the depot. The new brewery opens in May.",
     "£640,000", "How much did Furnace Lane Brewing spend converting the old bus depot?",
     "£640,000"),
    ("The new organist is Rhys Morgan, 24, a music graduate. He replaces the former organist.",
     "24", "How old is the new organist at Bethesda Chapel?", "24"),
    # trial ACM: the owner's age for a relative's ("11")
    ("The club's secretary, Priya Mistry, 34, said the youngest member was 11-year-old Oliver "
     "Kaye, who joined with his grandfather in the spring.", "11",
     "How old is Oliver Kaye's grandfather?", "refused"),
    ("The club's secretary, Priya Mistry, 34, said the youngest member was 11-year-old Oliver "
     "Kaye, who joined with his grandfather in the spring.", "11", "How old is Oliver Kaye?",
     "11"),
    # trial ACR: a weight is no prize money ("1.2kg")
    ("It was won by Sandra Bell, 58, a retired fish processor from Blakeney, who picked 1.2kg.",
     "1.2kg", "What prize money did the winner of the Wellsmouth crab-picking contest receive?",
     None),
    # trial ACQ: a place's count said "with" it after the whole ("228")
    ("The town has 228 plots across four sites, the largest being Creeting Road, with 96.",
     "228", "How many plots are there at the Creeting Road allotment site in Stowmarket?", "96"),
    ("The town has 228 plots across four sites, the largest being Creeting Road, with 96.",
     "228", "How many plots are there in Stowmarket?", "228"),
])
def test_stop_74_the_first_wave(text, marked, question, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, title="Headline") == short


@pytest.mark.parametrize(("chunks", "readings", "question", "title", "short"), [
    # trial ACQ of stop 74: "The vicar, the Rev Catherine Moyle, 49," in a chunk that does not
    # name the church asked (refused)
    (("The bells of St Michael and All Angels in Brompton Regis will ring for Sunday services "
      "every week from next month.",
      "The vicar, the Rev Catherine Moyle, 49, said: \"Bells are how a village tells the world "
      "something is happening.\" Tower captain Margaret Ellery, 72, put up posters."),
     {"The bells": (0.5, "Sunday services"), "The vicar": (-3.0, "Rev Catherine Moyle"),
      "Tower captain": (-3.5, "Margaret Ellery")},
     "Who is the vicar of St Michael and All Angels in Brompton Regis?", "Bells ring again",
     "Rev Catherine Moyle"),
    # trial ACS: "Who is running ...?" asks who runs it (the Friends' chairman, read first,
    # shown)
    (("Swimmers at Carnford's Victorian lido will be able to buy a hot drink poolside after a "
      "new café opened. The café is run by Priya Chandran, 38, who previously managed a coffee "
      "shop in Bristol.",
      "Graham Pellow, 71, chairman of the Friends of Carnford Lido, said the group had been "
      "fundraising since 2019."),
     {"Swimmers": (-1.0, "Carnford's Victorian lido"), "The café": (-0.5, "Priya Chandran"),
      "Graham Pellow": (0.5, "Graham Pellow")},
     "Who is running the new café at Carnford lido?", "Lido café opens", "Priya Chandran"),
    # trial ADA: the holder whose role is said with the body asked, over one who chairs
    # another ("Margaret Oakes" shown)
    (("Little Haddon parish council has put a wildlife camera in the church tower. Parish "
      "council chairman Derek Fyfield, 58, said the website had never been busier.",
      "The scheme was the idea of Margaret Oakes, 67, a retired biology teacher who chairs the "
      "Little Haddon Wildlife Group."),
     {"Little Haddon parish": (-1.0, "wildlife camera"), "Parish council": (-2.0, "Derek Fyfield"),
      "The scheme": (0.5, "Margaret Oakes")},
     "Who is the chairman of Little Haddon parish council?", "Church owl camera",
     "Derek Fyfield"),
    # trial ADC: ... and of the trustees asked, over the parish council's ("Graham Tully" shown)
    (("A playgroup has opened in Kelsall Moor village hall. Martin Ogden, 71, chairman of the "
      "trustees, said the hall was busy on weekday mornings.",
      "The parish council's chairman, Graham Tully, said the council had given £500."),
     {"A playgroup": (-1.0, "Kelsall Moor"), "Martin Ogden": (-2.5, "Martin Ogden"),
      "The parish": (-0.5, "Graham Tully")},
     "Who chairs the Kelsall Moor village hall trustees?", "Playgroup opens", "Martin Ogden"),
])
def test_stop_74_holders_named_in_another_chunk(chunks, readings, question, title, short):
    assert _shown(_answer_of_two_chunks(*chunks, readings, question, title)) == short


_TRACTOR = ("The tractor, a Talus MB-H, arrived at the harbour on Tuesday after being driven from "
            "Poole on a low-loader. It cost £285,000, of which £120,000 was left to the charity in "
            "the will of local fisherman Walter Trebilcock, who died in 2023 aged 84.")


_PANTO = ("The production will cost £27,000 to stage, with £8,000 of that going on costumes and "
          "scenery.")
_PRIZES = ("Prize money totalled £1,500, with £400 going to the open winner and £150 to the "
           "novice winner.")
_READERS = ("The Thornby reading group meets monthly. The youngest member is Oliver Brandt, 16, a "
            "sixth-former at Kesworth Academy; the oldest is Edna Farrow, 91, who has lived in "
            "Thornby all her life.")


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial ACN of stop 74: a cost said of "it" after the sentence naming the thing (refused)
    (_TRACTOR, {0: (3.0, "a Talus MB-H"), 1: (-3.0, "£285,000")},
     "What did the new launch tractor for the Porthwenna lifeboat cost?", "£285,000"),
    # ... not an old one's
    (_TRACTOR, {0: (3.0, "a Talus MB-H"), 1: (-3.0, "£285,000")},
     "How much did the old Porthwenna launch tractor cost when it was new?", "refused"),
    # trial ACN: an age then said after a year ("died in 2023 aged 84"; refused)
    (_TRACTOR, {0: (0.01, "Poole"), 1: (0.45, "2023 aged 84")},
     "How old was Walter Trebilcock when he died?", "84"),
    # trial ACO: "who ... and is now 87" (refused)
    ("He takes over from Iorwerth Jones, who played the old organ for 41 years and is now 87.",
     {0: (0.66, "41 years and is now 87")},
     "How old is Bethesda Chapel's former organist, Iorwerth Jones?", "87"),
    # trial ACR: a giver whose name has "and" ("Police and Crime Commissioner"; refused)
    ("The training cost £9,600, of which £6,000 came from the West Mercia Police and Crime "
     "Commissioner's community fund and the rest from local churches.",
     {0: (0.6, "£9,600, of which £6,000")}, "How much did the Police and Crime Commissioner "
     "contribute to training the Stourford street pastors?", "£6,000"),
    # trial ACN: the post said first, its holder named next (refused)
    ("Kelmsbury's community orchard has its first paid warden, after the parish council agreed "
     "to fund the post for two years. Harriet Blackmore, 36, a former horticulture lecturer, "
     "started in the role on Monday.", {0: (3.0, "parish council"),
                                        1: (-3.0, "Harriet Blackmore")},
     "Who has been appointed as the warden of Kelmsbury community orchard?", "Harriet Blackmore"),
    # trial ACR of stop 74: the count now said after the one it fell from ("1,400")
    ("Rhys Lewis, 44, farms 640 acres at Blaen-y-Cwm. Their flock has fallen from 1,400 ewes "
     "five years ago to 1,100 today.", {0: (0.8, "640 acres"), 1: (0.5, "1,100")},
     "How many ewes does Blaen-y-Cwm farm have now?", "1,100"),
    # trial ACT of stop 74: "Who skippers ...?" asks for the skipper (his grandfather shown)
    ("The Stourleigh Canal Trust's passenger boat, Kingfisher, carries 12 people. Skipper "
     "Daniel Fenwick, 31, is one of 14 volunteer crew. His grandfather, Arthur Fenwick, worked "
     "on the canal as a lock-keeper until 1968.",
     {0: (0.1, "Kingfisher"), 1: (0.3, "Daniel Fenwick"), 2: (0.8, "Arthur Fenwick")},
     "Who skippers the Stourleigh Canal Trust's passenger boat?", "Daniel Fenwick"),
    # trial ACX: a part said by a compound ("212 of them hand-painted"; the whole shown)
    ("It contains 1,340 individual pieces of glass, 212 of them hand-painted.", {0: (0.8, "1,340")},
     "How many pieces of glass in the St Aidan's window were painted by hand?", "212"),
    # trial ACV: an owner said by the verb "owns" (refused)
    ("Helen Marlow, 52, who owns the Broad Street bookshop Pages, said her takings were up 40 "
     "per cent.", {0: (0.8, "Helen Marlow")},
     "Who is the owner of the Pages bookshop on Broad Street in Ludlow?", "Helen Marlow"),
    # trial ADB of stop 74: a part said "with" it going to what it is (the whole shown)
    (_PANTO, {0: (0.8, "£27,000")},
     "How much is the Whitby pantomime spending on costumes and scenery?", "£8,000"),
    # trial ACY: ... and the second part after "and" ("£1,500" shown)
    (_PRIZES, {0: (0.8, "£1,500")}, "How much prize money did the novice winner at Bredon "
     "receive?", "£150"),
    (_PRIZES, {0: (0.8, "£1,500")}, "How much prize money did the open winner at Bredon "
     "receive?", "£400"),
    # trial ADD: the other end named first ("Oliver Brandt" shown for the oldest)
    (_READERS, {1: (0.8, "Edna Farrow")},
     "Who is the oldest member of the Thornby reading group?", "Edna Farrow"),
    (_READERS, {1: (0.8, "Oliver Brandt")},
     "Who is the youngest member of the Thornby reading group?", "Oliver Brandt"),
    # trial ADC of stop 74: a figure asked by who put it ("1,500", the organisers', shown)
    ("Organisers estimated that 1,500 people lined the route, although police put the figure at "
     "about 1,100.", {0: (0.5, "1,500")},
     "How many people did police say watched the Ashcombe lantern parade?", "1,100"),
    ("Organisers estimated that 1,500 people lined the route, although police put the figure at "
     "about 1,100.", {0: (0.5, "1,500")},
     "How many people did organisers say watched the Ashcombe lantern parade?", "1,500"),
    # trial ADD: a budget asked, said beside the cost ("£112 million" shown)
    ("It cost £112 million, against a budget of £98 million set in 2021.",
     {0: (0.5, "£112 million")},
     "What was the Westfield tram extension originally budgeted to cost?", "£98 million"),
    ("It cost £112 million, against a budget of £98 million set in 2021.",
     {0: (0.5, "£112 million")}, "How much did the Westfield tram extension cost?",
     "£112 million"),
    # the README check RC74-minibus: a figure of now for when it began ("37" shown)
    ("The scheme now has 37 volunteer drivers on its books, compared with 29 twelve months ago.",
     {0: (0.5, "37")}, "How many volunteer drivers did the Corve Valley scheme have when it "
     "began in 2011?", "refused"),
    # ... not now asked
    ("The scheme now has 37 volunteer drivers on its books, compared with 29 twelve months ago.",
     {0: (0.5, "37")}, "How many volunteer drivers does the Corve Valley scheme have now?", "37"),
    # the README check RC74-cider: the year a thing began, said "began in 2011" in a sentence
    # rated low ("2025", a year of its figures, shown)
    ("The festival drew 3,150 visitors this year, up from 2,600 in 2025, when it raised £12,750. "
     "Even so, the sum handed to the charity was the biggest since the event began in 2011.",
     {0: (0.8, "2025"), 1: (-2.0, "2011")}, "When did the Ledbury cider festival begin?", "2011"),
    # ... not an open day asked (trial XJ, replayed)
    ("The station will hold its open day on Sunday, 3 August. The RNLI spent £4.2 million on a "
     "new boathouse, which opened in 2013.", {0: (0.8, "Sunday, 3 August"), 1: (-2.0, "2013")},
     "When is the open day at Porthdinllaen lifeboat station?", "Sunday, 3 August"),
])
def test_stop_74_read_sentence_by_sentence(text, readings, question, short):
    assert _shown_read(text, readings, question, title="Headline") == short


_INCUBATOR = ("The centre has raised £4,600 towards a new reptile incubator costing £7,200 and is "
              "holding a quiz night at the Red Lion on 8 November to raise the rest.")
_BEAVERS = ("The release was organised by the Thornby Wetlands Trust, which spent £186,000 on the "
            "12-hectare enclosure, including fencing, a viewing platform and two years of "
            "monitoring.")
_ADMISSION = "Admission is £9 for adults and £4.50 for children, with under-fives free."
_KELBRIDGE = ("The Friends of Kelbridge Lido, a charity with 212 members, raised the remaining "
              "£46,500 through a sponsored swim, a calendar and a Christmas auction.")
_CONES = ("Scoops on the Green opened on Saturday and sold 1,140 cones and tubs over its first "
          "weekend, said owners Marco Bellini, 43, and his wife Kate Bellini, 39.")
_REGATTA = ("The event cost £8,500 to put on, including hire of the timing equipment, marquees and "
            "first aid cover.")
_TEA_ROOM = ("The Diocese of Bath and Wells contributed £30,000, the National Churches Trust gave "
             "£25,000 and villagers raised £41,000 through events including a duck race, a "
             "sponsored silence and a Christmas auction.")


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trial SR: a sum raised is no price, the cost beside it is ("£4,600" shown)
    (_INCUBATOR, {0: (0.8, "£7,200")},
     "What is the price of the new reptile incubator at the Brackwell vets?", "£7,200"),
    (_INCUBATOR, {0: (0.8, "£4,600")},
     "What is the price of the new reptile incubator at the Brackwell vets?", "£7,200"),
    # ... and what was raised asked
    (_INCUBATOR, {0: (0.8, "£4,600")},
     "How much has the Brackwell vets raised towards the reptile incubator?", "£4,600"),
    # the README check RC74-kilbrannan: no cost said beside the sum raised ("£48,500" shown)
    ("Volunteers in Kilbrannan have raised £48,500 to keep their lifeboat station open for "
     "another three years. They will now turn to replacing the station's tractor.",
     {0: (0.8, "£48,500"), 1: (0.1, "tractor")},
     "How much will the new tractor for Kilbrannan lifeboat station cost?", "refused"),
    # trial TX: an entry fee asked of the sum the entry fees raised ("£2,350" shown)
    ("The event raised £2,350 for the Fenbury Air Ambulance from entry fees and a cake stall, up "
     "from £1,900 last year.", {0: (0.8, "£2,350")},
     "How much does it cost to enter the Fenbury Wheelers time trial?", "refused"),
    ("The event raised £2,350 for the Fenbury Air Ambulance from entry fees and a cake stall, up "
     "from £1,900 last year.", {0: (0.8, "£2,350")},
     "How much did the Fenbury Wheelers time trial raise?", "£2,350"),
    # trial ADK of stop 75: a part named only in the list of what a whole's sum paid for
    # ("£186,000" shown)
    (_BEAVERS, {0: (0.8, "£186,000")},
     "How much did the viewing platform at the Thornby beaver enclosure cost?", "refused"),
    (_BEAVERS, {0: (0.8, "£186,000")},
     "How much did the Thornby Wetlands Trust spend on the beaver enclosure?", "£186,000"),
    # ... not a part with its own sum in the list (trial WN)
    ("The zoo spent £42,000 on a new enclosure for the family, including a £9,500 heated den.",
     {0: (0.8, "£9,500")},
     "What did the heated den in the Kestrel Hill red panda enclosure cost?", "£9,500"),
    # ... nor said in its own clause (trial OY, replayed)
    ("The scheme includes a new bridge over the A417, which alone will cost £1.9m.",
     {0: (0.8, "£1.9m")}, "What will the new bridge over the A417 on the Oldwick cycle route "
     "cost?", "£1.9m"),
    # trial ADN of stop 75: next year asked of a sentence telling of none ("£9" shown)
    (_ADMISSION, {0: (0.8, "£9")},
     "What will adult admission at Carrick Head lighthouse cost next year?", "refused"),
    (_ADMISSION, {0: (0.8, "£9")}, "What does adult admission at Carrick Head lighthouse cost?",
     "£9"),
    ("Annual rent for a full plot is £62, rising to £68 next year, while half plots cost £34.",
     {0: (0.8, "£68")}, "How much will a full plot at Denholm Road allotments cost next year?",
     "£68"),
    # the second batch, from the second wave: a first stretch of time asked, another said
    # (trial ADS of stop 75, "1,140" shown)
    (_CONES, {0: (0.8, "1,140")},
     "How many cones did Scoops on the Green sell on its first day?", "refused"),
    (_CONES, {0: (0.8, "1,140")},
     "How many cones did Scoops on the Green sell over its first weekend?", "1,140"),
    # trial ADU: the thing after "it cost to hire", named only in the whole's list
    (_REGATTA, {0: (0.8, "£8,500")},
     "How much did it cost to hire the timing equipment for the Upper Wendle Regatta?",
     "refused"),
    (_REGATTA, {0: (0.8, "£8,500")}, "How much did it cost to put on the Upper Wendle Regatta?",
     "£8,500"),
    # trial ADT: what a thing raised, named only in the list of what raised the whole
    (_TEA_ROOM, {0: (0.8, "£41,000")}, "How much did the duck race raise for the St Mary's tea "
     "room in Ashcombe St Giles?", "refused"),
    (_TEA_ROOM, {0: (0.8, "£41,000")}, "How much did villagers raise for the St Mary's tea room "
     "in Ashcombe St Giles?", "£41,000"),
    # trial ADP: a list "with" its items
    ("Fitting out the unit, with workbenches, a lathe, a dust extractor and a kitchen, cost "
     "£23,500.", {0: (0.8, "£23,500")}, "How much did the lathe at the Stanbridge Men's Shed "
     "cost?", "refused"),
    # trials ADS and ADQ: two kinds priced in one sentence, the second's noun left out (the
    # first's sum shown)
    ("A single scoop costs £3.20 and a double £4.90.", {0: (0.8, "£3.20")},
     "What is the price of a double scoop at the Hollowbridge ice cream parlour?", "£4.90"),
    ("A single scoop costs £3.20 and a double £4.90.", {0: (0.8, "£3.20")},
     "What is the price of a single scoop at the Hollowbridge ice cream parlour?", "£3.20"),
    ("A full plot costs £45 a year and a half plot £25.", {0: (0.8, "£45")},
     "What is the yearly fee for a half plot at the Little Wendham allotments?", "£25"),
    ("A full plot costs £45 a year and a half plot £25.", {0: (0.8, "£25")},
     "What is the yearly fee for a full plot at the Little Wendham allotments?", "£45"),
    # the last README check of stop 75 (RC75-kelbridge): "raised the remaining" sum for a
    # ticket's price, and the manager's age for the deputy's (both shown)
    (_KELBRIDGE, {0: (0.8, "£46,500")},
     "What does an adult season ticket at Kelbridge Lido cost?", "refused"),
    (_KELBRIDGE, {0: (0.8, "£46,500")},
     "How much did the Friends of Kelbridge Lido raise?", "£46,500"),
    ("Lido manager Harriet Okafor, 41, said the numbers had surprised the volunteers.",
     {0: (0.8, "41")}, "How old is the Kelbridge Lido manager's deputy?", "refused"),
    ("Lido manager Harriet Okafor, 41, said the numbers had surprised the volunteers.",
     {0: (0.8, "41")}, "How old is the Kelbridge Lido manager?", "41"),
    # trial ADS: a count "at the" year asked ("about 1,300", now's, shown)
    ("Hollowbridge now has about 1,300 residents, up from 1,150 at the 2011 census.",
     {0: (0.8, "about 1,300")}, "How many people lived in Hollowbridge at the 2011 census?",
     "1,150"),
])
def test_stop_75_read_sentence_by_sentence(text, readings, question, short):
    assert _shown_read(text, readings, question, title="Headline") == short


_LEYNE = "In all, 140 people took part, compared with 85 last year."
_RECYCLING = ("Kettleby Borough Council's recycling rate was 38 per cent last year, down from 41 "
              "per cent the year before.")


@pytest.mark.parametrize(("text", "marked", "question", "date", "short"), [
    # trial ADQ of stop 75: a year long past asked, the sentence telling of now and last year
    # ("140" shown); of an undated story, a year a thing was first held
    (_LEYNE, "140", "How many volunteers took part in the first River Leyne clean-up in 2009?",
     None, "refused"),
    (_LEYNE, "140", "How many volunteers took part in the River Leyne clean-up this year?", None,
     "140"),
    # ... of a dated story, two years or more before its own (trial ADJ)
    (_RECYCLING, "38 per cent", "What was Kettleby's recycling rate in 2009?", "2026-05-09",
     "refused"),
    (_RECYCLING, "38 per cent", "What was Kettleby's recycling rate in 2025?", "2026-05-09",
     "38 per cent"),
])
def test_stop_75_a_year_long_past(text, marked, question, date, short):
    assert _shown_read(text, {0: (0.8, marked)}, question, date=date) == short


# (two paragraphs, so that each sentence is quoted alone and the one cited first is told)
_PANTRY = ("The pantry said the number of families registered with it had climbed to 612, "
           "compared with 438 at the end of last year.\n\nThe charity spent £38,500 on food "
           "this year to top up donations, more than double the £17,200 it spent in 2025.")


_ASKRIGG = ("Aysgarth Primary School has 38 pupils this year.\n\nThe council said that numbers "
            "at Askrigg had fallen from 52 pupils in 2019.")


@pytest.mark.parametrize(("text", "readings", "question", "cited"), [
    # the last README check of stop 75 (RC75-hexham): last year's figure of a story dated
    # 2026 said "in 2025" beside this year's, the readers marking this year's in a sentence
    # rated low (refused)
    (_PANTRY, {0: (1.0, "612"), 1: (-2.0, "£38,500")},
     "How much did Tynedale Community Pantry spend on food last year?", "£17,200"),
    # ... not a sentence naming a name the question does not (trial RZ, replayed: another
    # school's "52 pupils in 2019" shown for Aysgarth's; None: refused)
    (_ASKRIGG, {0: (1.0, "38"), 1: (-2.0, "52")},
     "How many pupils did Aysgarth Primary School have in 2019?", None),
])
def test_stop_75_a_figure_said_in_the_year_asked(text, readings, question, cited):
    answer = _answer_over(text, readings, question, Cutoffs(0.5, 0.9, 0.5), ordered=True,
                          choose=True, date="2026-12-07")[0]
    if cited is None:
        assert answer.abstained
    else:
        assert not answer.abstained and cited in answer.citations[0].quote
        assert len(answer.citations) == 2  # (the other sentence quoted apart, after it)


_CLUN_APPEAL = ("The scheme is now appealing for £45,000 to replace its 14-year-old minibus, which "
                "failed its MOT in September and spent three weeks off the road while a new "
                "gearbox was fitted.")
_CLUN_JOURNEYS = ("The Clun Valley Community Transport scheme made 4,318 passenger journeys in the "
                  "twelve months to March, up from 3,205 the year before.")
_CLUN_PEOPLE = ("The Clun Valley Community Transport scheme made 4,318 passenger journeys in the "
                "twelve months to March.\n\nCouncillor Rachel Tudor-Evans, 45, who represents Clun "
                "on Shropshire Council, said she would ask the authority to consider a one-off "
                "grant.\n\nTreasurer Owen Marsh, 52, told the meeting that running costs had "
                "risen to £38,600 this year.")
_CLUN_READ = {0: (0.8, "4,318"), 1: (-1.0, "Rachel Tudor-Evans"), 2: (-3.0, "Owen Marsh")}


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # the README check RC75-clun of stop 75: a sum sought for another thing than the one whose
    # cost is asked (shown); of the thing it is sought for, kept
    (_CLUN_APPEAL, {0: (0.8, "£45,000")},
     "How much did the new gearbox for the Clun Valley minibus cost?", "refused"),
    (_CLUN_APPEAL, {0: (0.8, "£45,000")},
     "How much will the new minibus for the Clun Valley scheme cost?", "£45,000"),
    # ... "up from 3,205 the year before" for last year's (refused)
    (_CLUN_JOURNEYS, {0: (0.8, "4,318")},
     "How many passenger journeys did the Clun Valley scheme make last year?", "3,205"),
    (_CLUN_JOURNEYS, {0: (0.8, "4,318")},
     "How many passenger journeys did the Clun Valley scheme make this year?", "4,318"),
    # ... not after a figure of another form than asked, of another account, or in a
    # sentence not saying the noun counted (trials RC65-allotments, ABH and PT, replayed)
    ("The allotment society's annual show attracted 1,450 visitors, up from 1,100 the year "
     "before, and raised £3,800 for the food bank.", {0: (0.8, "£3,800")},
     "How much did the allotment society's show raise for the food bank last year?", "refused"),
    ("Turnover rose to £6.3 million in the year to March, from £5.7 million the year before, "
     "while profit before tax was £410,000.", {0: (0.8, "£410,000")},
     "What was Tynedale Ales' profit before tax the year before?", "refused"),
    ("Heathfield Wildlife Hospital took in 4,870 animals in the year to March, a rise of 31 per "
     "cent on the 3,720 it cared for the year before.", {0: (0.8, "4,870")},
     "How many hedgehogs did Heathfield Wildlife Hospital admit in the previous year?",
     "refused"),
    # ... who looks after the money is the treasurer ("Not sure")
    (_CLUN_PEOPLE, _CLUN_READ,
     "Who looks after the money for the Clun Valley Community Transport scheme?", "Owen Marsh"),
    (_CLUN_PEOPLE, _CLUN_READ,
     "Who looks after the drivers for the Clun Valley Community Transport scheme?", None),
])
def test_stop_76_read_sentence_by_sentence(text, readings, question, short):
    assert _shown_read(text, readings, question, title="Headline") == short


# (two paragraphs, so that each sentence is quoted alone and the one cited first is told)
_CLUN_RAISED = ("The scheme is now appealing for £45,000 to replace its 14-year-old minibus.\n\n"
                "Mr Marsh said: \"We have raised £9,200 so far, and we are hoping local "
                "businesses will help us with the rest.\"")


@pytest.mark.parametrize(("readings", "question", "cited"), [
    # the README check RC75-clun of stop 75: a sum raised so far put before the sum hoped for
    # that the question asks ("£9,200" shown); what has been raised, kept
    ({0: (0.6, "£45,000"), 1: (0.3, "£9,200")},
     "How much money is the Clun Valley scheme trying to raise for a replacement minibus?",
     "£45,000"),
    ({0: (0.3, "£45,000"), 1: (0.6, "£9,200")},
     "How much money has the Clun Valley scheme raised so far for a replacement minibus?",
     "£9,200"),
])
def test_stop_76_a_sum_hoped_for(readings, question, cited):
    answer = _answer_over(_CLUN_RAISED, readings, question, Cutoffs(0.5, 0.9, 0.5), ordered=True,
                          choose=True)[0]
    assert not answer.abstained and answer.short is not None and answer.short.text == cited
    assert cited in answer.citations[0].quote


_WENLOW = ("The county council paid £7,000 and Much Wenlow Parish Council found the remaining "
           "£4,400.")
_BRIDPORT = ("Sport England contributed a grant of £60,000, and Dorset Council met the remaining "
             "£85,000 as part of its leisure investment programme.")
_HERD = ("The farm has a herd of 180 Holstein Friesian cows, of which around 140 are in milk at "
         "any one time.")
_CLOCK = "The tower was built in 1887, and the clock was installed two years later, in 1889."
_CHARGERS = ("Drivers will pay 49p per kilowatt hour at the standard chargers and 69p at the rapid "
             "ones.")
_FARES = ("Single fares will be £2.50, the same as the daytime fare cap, and passengers under 19 "
          "will pay £1.20.")
_COURT = "Matt Greenslade laid 22 tonnes of hardcore and nine tonnes of fine gravel."


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trials AEI-AEN of stop 76 (the first wave): a sum found or met "the remaining" by the
    # giver asked (the other giver's shown; "as part of" after it refused)
    (_WENLOW, {0: (0.8, "£7,000")}, "How much did Much Wenlow Parish Council contribute towards "
     "the gates and footbridge?", "£4,400"),
    (_WENLOW, {0: (0.8, "£4,400")}, "How much did the county council contribute towards the "
     "gates and footbridge at Much Wenlow?", "£7,000"),
    (_BRIDPORT, {0: (0.8, "£60,000")}, "How much did Dorset Council pay towards the Bridport "
     "climbing wall?", "£85,000"),
    (_BRIDPORT, {0: (0.8, "£60,000")}, "How much did Sport England give towards the Bridport "
     "climbing wall?", "£60,000"),
    # ... a whole, its part said "of which ... are in" something the question does not say
    # (the part shown)
    (_HERD, {0: (0.8, "180 Holstein Friesian cows, of which around 140")},
     "How many cows are in the herd at Tregarthen Farm?", "180"),
    (_HERD, {0: (0.8, "180")}, "How many of the cows at Tregarthen Farm are in milk?",
     "around 140"),
    # ... the deed asked ("put into") said another way, its date after a comma (the tower's
    # year shown)
    (_CLOCK, {0: (0.8, "1889")}, "In what year was the clock put into Haverleigh's clock "
     "tower?", "1889"),
    (_CLOCK, {0: (0.8, "1889")}, "In what year was Haverleigh's clock tower built?", "1887"),
    # ... two sums in pence, each "at" its kind (the first shown)
    (_CHARGERS, {0: (0.8, "49p")}, "How much per kilowatt hour will drivers pay at the rapid "
     "chargers in Chipping Campden?", "69p"),
    (_CHARGERS, {0: (0.8, "69p")}, "How much per kilowatt hour will drivers pay at the standard "
     "chargers in Chipping Campden?", "49p"),
    # ... a sum said after the question's words in its own clause (the other shown)
    (_FARES, {0: (0.8, "£2.50")}, "How much will passengers under 19 pay to ride the N7 night "
     "bus?", "£1.20"),
    (_FARES, {0: (0.8, "£2.50")}, "How much will passengers pay on the N7 night bus?", "£2.50"),
    # ... a measure of the noun asked, in words, an adjective before its noun
    (_COURT, {0: (0.8, "22 tonnes")}, "How many tonnes of gravel did Matt Greenslade lay for the "
     "petanque court?", "nine tonnes"),
    (_COURT, {0: (0.8, "nine tonnes")}, "How many tonnes of hardcore did Matt Greenslade lay for "
     "the petanque court?", "22 tonnes"),
    # ... the first of a thing held year by year, last year's told (shown)
    ("Last year's exhibition drew 2,650 visitors.", {0: (0.8, "2,650")},
     "How many visitors came to the first Market Harwood model railway exhibition?", "refused"),
    ("Last year's exhibition, the first, drew 2,650 visitors.", {0: (0.8, "2,650")},
     "How many visitors came to the first Market Harwood model railway exhibition?", "2,650"),
])
def test_stop_76_first_wave_sentence_by_sentence(text, readings, question, short):
    assert _shown_read(text, readings, question, title="Headline") == short


# (paragraphs, so that each sentence is quoted alone and the one cited first is told)
_HARWOOD = ("More than 3,100 people visited Market Harwood Town Hall over the weekend for the "
            "32nd annual exhibition.\n\nLast year's exhibition drew 2,650 visitors.")
_WESSINGTON = ("Edith Marlowe opened the Wessington Cottage Hospital in 1902.\n\nThe village "
               "unveiled its first blue plaque on Sunday.\n\nThe hospital closed in 1971.")


@pytest.mark.parametrize(("text", "readings", "question", "cited"), [
    # trial AEM of stop 76: last year's event asked by a word of its noun after the first
    # (refused)
    (_HARWOOD, {0: (2.0, "3,100"), 1: (0.3, "2,650")},
     "How many people visited last year's Market Harwood model railway exhibition?", "2,650"),
    (_HARWOOD, {0: (2.0, "3,100"), 1: (0.3, "2,650")},
     "How many people visited this year's Market Harwood model railway exhibition?", "3,100"),
    # trial AEL: a date asked by its deed, one sentence saying it, the best the opposite
    # deed's ("1902" shown); the opposite asked, kept
    (_WESSINGTON, {0: (0.7, "1902"), 1: (0.6, "Sunday"), 2: (0.3, "1971")},
     "When did the Wessington Cottage Hospital shut?", "1971"),
    # ... not a sentence saying both deeds
    ("Edith Marlowe opened the Wessington Cottage Hospital in 1902, and it closed in 1971.\n\n"
     "The village unveiled its first blue plaque on Sunday.",
     {0: (0.7, "1971"), 1: (0.6, "Sunday")}, "When did the Wessington Cottage Hospital shut?",
     "1971"),
])
def test_stop_76_first_wave_cited_first(text, readings, question, cited):
    answer = _answer_over(text, readings, question, Cutoffs(0.5, 0.9, 0.5), ordered=True,
                          choose=True)[0]
    assert not answer.abstained and cited in answer.citations[0].quote


_FARMS = ("According to the county's farming union, there are now 410 dairy farms in Cornwall, "
          "compared with 560 ten years ago.")
_GATES = ("Three kissing gates, waymarkers and a new timber footbridge over Wenlow Brook cost "
          "£11,400.")
_POOL = ("The pool cost £1.9 million. The South Yorkshire NHS Trust contributed £650,000 and the "
         "town council £900,000.")
_KEMBLE = ("The vicar, the Rev Andrew Kemble, said the parish was grateful to the volunteers, the "
           "youngest of whom was a 15-year-old pupil from a school in Paignton.")


@pytest.mark.parametrize(("text", "readings", "question", "short"), [
    # trials AEI-AEN of stop 76, second batch: more years ago asked than said (now's shown)
    (_FARMS, {0: (0.8, "410")}, "How many dairy farms were there in Cornwall twenty years ago?",
     "refused"),
    (_FARMS, {0: (0.8, "410")}, "How many dairy farms were there in Cornwall ten years ago?",
     "560"),
    # ... one of several things said before the sum they cost together, asked on its own
    (_GATES, {0: (0.8, "£11,400")},
     "How much did the new footbridge over Wenlow Brook cost on its own?", "refused"),
    (_GATES, {0: (0.8, "£11,400")},
     "How much did the kissing gates, waymarkers and footbridge at Wenlow Brook cost?",
     "£11,400"),
    # ... a giver named by none of its own words, another body of its kind said (the whole's
    # cost shown)
    (_POOL, {0: (0.8, "£1.9 million")},
     "How much did Active Valley Trust pay towards the Castlebridge hydrotherapy pool?",
     "refused"),
    (_POOL, {0: (0.8, "£650,000")},
     "How much did the South Yorkshire NHS Trust pay towards the Castlebridge hydrotherapy pool?",
     "£650,000"),
    ("The pool cost £1.9 million. The trust contributed £650,000 and the town council £900,000.",
     {0: (0.8, "£1.9 million")},
     "How much did Active Valley Trust pay towards the Castlebridge hydrotherapy pool?",
     "£1.9 million"),
    # ... a named person's age asked, an age said of someone else by what they are
    (_KEMBLE, {0: (0.8, "15-year-old")},
     "How old is the Rev Andrew Kemble, vicar of Stoke Gabriel?", "refused"),
    ("Tom Hext, a 15-year-old pupil from Paignton, planted the first yew cutting.",
     {0: (0.8, "15-year-old")}, "How old is Tom Hext?", "15"),
    # (a place said of one thing is no list: trial ABZ, replayed)
    ("The signal-controlled crossing, outside the Co-op and opposite St Anne's Primary School, "
     "cost £186,000.", {0: (0.8, "£186,000")},
     "What was the total cost of the new crossing on Bridge Street in Ashcombe?", "£186,000"),
])
def test_stop_76_first_wave_second_batch(text, readings, question, short):
    assert _shown_read(text, readings, question, title="Headline") == short


@pytest.mark.parametrize(("quote", "question", "another"), [
    (_KEMBLE, "How old is the Rev Andrew Kemble, vicar of Stoke Gabriel?", True),
    # (the one named, then, "as a": trial ACV, replayed)
    ("Resident Arthur Pennock, 88, who caught the last train from the old station as a "
     "28-year-old signalman, was guest of honour.",
     "How old was Arthur Pennock when he caught the last train?", False),
    # (the noun asked)
    (_KEMBLE, "How old is the pupil who helped the Rev Andrew Kemble?", False),
])
def test_stop_76_an_age_said_of_another_by_what_they_are(quote, question, another):
    assert aged_by_another_noun(question, quote, quote.index("-year-old") - 2) is another
