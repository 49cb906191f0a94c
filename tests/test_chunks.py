"""index.chunks: sentences with exact spans, grouped into chunks of a few dozen words."""

import pytest

from index.chunks import MAX_CHUNK_WORDS, MAX_SENTENCE_WORDS, chunk_text, split_sentences
from tests.helpers import SEED_FILE

pytestmark = pytest.mark.fast


def test_chunks_keep_exact_spans_of_whole_sentences():
    text = SEED_FILE.read_text(encoding="utf-8").strip()
    chunks = chunk_text(text)
    assert len(chunks) > 3
    covered = []
    for c in chunks:
        assert c.sentences[0][0] == c.start and c.sentences[-1][1] == c.end
        assert len(text[c.start : c.end].split()) <= 120
        covered.extend(c.sentences)
    assert "".join(text[s:e] for s, e in covered).replace(" ", "") == \
        "".join(text.split()).replace(" ", "")


def test_abbreviations_do_not_end_a_sentence():
    text = ("Mr. Smith met Dr. Jones at St. Paul's in the U.S. capital. "
            "He was the youngest ever Mr. Olympia at 23. It was 5 p.m. on Jan. 4. "
            "The No. 3 furnace goes first. Funds go to others, e.g. a new wing. "
            "E.U. ministers met. They voted no. Then they left.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Mr. Smith met Dr. Jones at St. Paul's in the U.S. capital.",
        "He was the youngest ever Mr. Olympia at 23.",
        "It was 5 p.m. on Jan. 4.",
        "The No. 3 furnace goes first.",
        "Funds go to others, e.g. a new wing.",
        "E.U. ministers met.",
        "They voted no.",
        "Then they left."]


@pytest.mark.parametrize(("text", "sentences"), [
    ("Mr. Smith met Dr. Jones. They left.", ["Mr. Smith met Dr. Jones.", "They left."]),
    ("The U.S. Army arrived. It was late.", ["The U.S. Army arrived.", "It was late."]),
    ("Profits rose 3.5% to $1.13bn. Sales fell.", ["Profits rose 3.5% to $1.13bn.",
                                                  "Sales fell."]),
    ("He won in 2004. In 2005 he lost.", ["He won in 2004.", "In 2005 he lost."]),
    ("The No. 3 seed won. Nos. 4 and 5 lost.", ["The No. 3 seed won.", "Nos. 4 and 5 lost."]),
    ("Ask Sgt. Pepper. He knows.", ["Ask Sgt. Pepper.", "He knows."]),
    ("\"I quit,\" she said. Then she left.", ["\"I quit,\" she said.", "Then she left."]),
    ("He said: \"We lost. We will win next time.\" Fans cheered.",
     ["He said: \"We lost. We will win next time.\"", "Fans cheered."]),
    ("\u201cWe lost. We will be back. Trust us,\u201d he said. Then he left.",
     ["\u201cWe lost. We will be back. Trust us,\u201d he said.", "Then he left."]),
    ("Was it 5 p.m.? Nobody knew!", ["Was it 5 p.m.?", "Nobody knew!"]),
    ("(It rained.) Then it stopped.", ["(It rained.)", "Then it stopped."]),
    ("See e.g. the report. It is long.", ["See e.g. the report.", "It is long."]),
    # a title's or a quotation's own "!" or "?" before a word in lower case (stop 37)
    ("Ms Craymer, who developed Mamma Mia! with Abba, is rich. She said so.",
     ["Ms Craymer, who developed Mamma Mia! with Abba, is rich.", "She said so."]),
    ("Shall We Dance? was at number three. It fell.",
     ["Shall We Dance? was at number three.", "It fell."]),
    ("\"Why target the airlines?\" said Mr Schulte. He left.",
     ["\"Why target the airlines?\" said Mr Schulte.", "He left."]),
])
def test_hard_cases(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def test_a_sentence_wrapped_by_hard_line_breaks_stays_whole():
    # A new user's .md of stop 41, its paragraphs broken into lines, was quoted "...on
    # Saturday, 14 June, ending a"; a headline or dateline line stays on its own
    text = ("Pool opens\nSaturday 14 June 2025\nThe town opened its pool on Saturday, ending "
            "a\nten-year wait. Council leader Ann Webb said it\nwas a proud day.\nMore than "
            "1,250 people came.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Pool opens", "Saturday 14 June 2025",
        "The town opened its pool on Saturday, ending a\nten-year wait.",
        "Council leader Ann Webb said it\nwas a proud day.", "More than 1,250 people came."]


def test_a_line_ending_in_a_word_no_sentence_ends_with_goes_on_in_capitals():
    # "...ending a\nBritish record run" was cut after "a" (the last check of stop 41); a
    # headline ending in capitals, or one that ends a sentence, stays on its own
    text = ("Pool opens after IS\nThe town opened its pool, ending a\nBritish record run of "
            "closures, and\nCouncil leader Ann Webb came.\nMore than 1,250 people came.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Pool opens after IS",
        "The town opened its pool, ending a\nBritish record run of closures, and\nCouncil "
        "leader Ann Webb came.", "More than 1,250 people came."]


def test_quoted_speech_of_several_sentences_stays_one_sentence():
    """The seed article's quotation is one sentence: no citation of it starts inside it and
    shows a closing mark without its opening one (issue 12)."""
    text = SEED_FILE.read_text(encoding="utf-8")
    quotation = ("\u201cThe term \u2018involved\u2019 sometimes means facilitation and "
                 "sometimes conspiracy. We must not allow the officers concerned to walk free "
                 "because they were involved in a felony. If [we] have to shoot to kill them, "
                 "[we] will shoot to kill them,\u201d he said.")
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert quotation in sentences
    for sentence in sentences:  # every quotation in the seed article is whole
        assert sentence.count("\u201d") <= sentence.count("\u201c")


def test_a_quotation_longer_than_a_sentence_may_be_is_cut_at_its_own_sentence_ends():
    said = " ".join(f"Point {i} is made in these seven words." for i in range(12))
    text = f"\u201c{said}\u201d he said."
    pieces = [text[s:e] for s, e in split_sentences(text)]
    assert len(pieces) > 1 and "".join(pieces).replace(" ", "") == text.replace(" ", "")
    for piece in pieces:
        assert len(piece.split()) <= MAX_SENTENCE_WORDS
        assert piece.endswith((".", ".\u201d"))  # whole sentences only


def test_a_sentence_never_crosses_a_line_break():
    text = "Floods Force Thousands From Homes\nHeavy rains came on Sunday.\n\nMore is due."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Floods Force Thousands From Homes", "Heavy rains came on Sunday.", "More is due."]


def test_a_sentence_without_full_stops_is_cut_into_pieces():
    text = " ".join(f"word{i}" for i in range(MAX_SENTENCE_WORDS * 2 + 5))
    spans = split_sentences(text)
    assert [len(text[s:e].split()) for s, e in spans] == [MAX_SENTENCE_WORDS,
                                                          MAX_SENTENCE_WORDS, 5]


def test_chunks_break_at_paragraphs_once_long_enough_and_never_run_over():
    paragraph = " ".join(f"Sentence {i} of this paragraph has a few more words." for i in range(5))
    text = "\n\n".join([paragraph] * 6)
    chunks = chunk_text(text)
    assert len(chunks) >= 3
    for c in chunks:
        assert len(text[c.start : c.end].split()) <= MAX_CHUNK_WORDS
        assert text[c.start : c.end].startswith("Sentence 0")  # each starts a paragraph
    assert [c.index for c in chunks] == list(range(len(chunks)))


def test_empty_text_has_no_chunks():
    assert chunk_text("") == [] and split_sentences("   \n ") == []


@pytest.mark.parametrize(("line", "first"), [
    ("DERBY, 3 March 2025 \u2014 The bus company cut 12 routes.", "The bus company cut 12 routes."),
    ("LONDON, March 3 (Reuters) - Shares fell.", "Shares fell."),
    ("NEW YORK \u2014 The city said so.", "The city said so."),
    ("Derby, 3 March 2025 \u2013 The council said so.", "The council said so."),
    # no dateline: a dash inside the sentence, or a lower-case word after it
    ("The NHS - which is large - said so.", "The NHS - which is large - said so."),
    ("BBC - the broadcaster - said so.", "BBC - the broadcaster - said so."),
])
def test_a_dateline_opening_the_lead_is_no_part_of_its_sentence(line, first):
    # A new user's .txt of stop 42 was cited "DERBY, 3 March 2025 — The bus..." as the lead
    text = f"Buses cut in Derby\n\n{line} It blamed costs."
    assert [text[s:e] for s, e in split_sentences(text)][1] == first
