"""Asking questions: cited answers from the articles' own sentences, or an honest refusal."""

import pytest

from qa import Library, QuestionError
from tests.fakes import FakeReader
from tests.helpers import SEED_QUESTIONS, UNANSWERABLE, assert_quotes_exact, write


@pytest.mark.parametrize(("question", "phrase"), SEED_QUESTIONS)
def test_first_citation_holds_the_answer(seed_library, question, phrase):
    answer = seed_library.ask(question)
    assert not answer.abstained
    assert phrase in answer.citations[0].quote
    assert_quotes_exact(seed_library, answer)


def test_answer_text_is_made_of_cited_sentences_with_markers(seed_library):
    # (a question with no short answer: "Who owns...?" is answered "Kith Theang [1]")
    answer = seed_library.ask("What happened at the Rock Entertainment Centre?")
    assert 1 <= len(answer.citations) <= 3
    for c in answer.citations:
        assert f"{c.quote} [{c.n}]" in answer.text
        assert c.source.endswith(".txt") and c.title and 0 <= c.start < c.end
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert_quotes_exact(seed_library, answer)


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_abstains_when_the_articles_do_not_say(seed_library, question):
    answer = seed_library.ask(question)
    assert answer.abstained
    assert answer.citations == ()
    # (or that no article names what the question does: "Japan")
    assert answer.text.startswith(("Found no passage that answers", "No indexed article mentions"))


def test_a_question_in_french_is_refused_saying_so(seed_library):
    answer = seed_library.ask("Qui est le propriétaire du Rock Entertainment Centre ?")
    assert answer.abstained and answer.citations == ()
    assert "looks like French" in answer.text and "read in English" in answer.text


def test_the_reader_refusing_a_french_question_says_so_too(seed_store, embedder):
    library = Library(seed_store, embedder=embedder, reader=FakeReader({}))  # refuses all
    answer = library.ask("Qui est le propriétaire du Rock Entertainment Centre ?")
    assert answer.abstained and answer.citations == ()
    assert "looks like French" in answer.text and "read in English" in answer.text


def test_follow_up_question_uses_the_conversation(seed_library):
    chat = seed_library.chat()
    first = chat.ask("Who owns the Rock Entertainment Centre?")
    assert "Kith Theang" in first.citations[0].quote
    second = chat.ask("What was he charged with?")
    assert not second.abstained
    assert "charged Theang with facilitating" in second.citations[0].quote
    assert_quotes_exact(seed_library, second)


def test_the_reader_reads_a_follow_up_with_the_question_before_it(seed_library):
    # Read alone, "he" is nobody to the reader, and the question was refused.
    chat = seed_library.chat()
    chat.ask("Who is the National Police spokesman?")
    answer = chat.ask("Which newspaper did he talk to?")
    assert "The Post" in answer.citations[0].quote


def test_the_readers_best_sentence_goes_first_when_it_is_fairly_sure(seed_library):
    # seed_dev's item: retrieval's word-by-word order puts another quote first; the reader
    # prefers the youths sentence at probability about 0.08, above the lead cut-off of 0.05.
    answer = seed_library.ask("What age group were the drug users found in the raids?")
    assert "were all youths" in answer.citations[0].quote


def test_search_returns_ranked_passages(seed_library):
    passages = seed_library.search("police spokesman told The Post", k=3)
    assert 1 <= len(passages) <= 3
    assert "The Post" in passages[0].text
    assert [p.score for p in passages] == sorted((p.score for p in passages), reverse=True)
    text = seed_library.article_text(passages[0].article_id)
    assert text[passages[0].start : passages[0].end] == passages[0].text
    # its sentence that matched best, inside it (what the preview starts from)
    best = passages[0]
    assert best.start <= best.best_start < best.best_end <= best.end
    assert "The Post" in text[best.best_start : best.best_end]


@pytest.mark.parametrize(("question", "message"), [
    ("", "empty"),
    ("   \n ", "empty"),
    ("?!?...", "no words"),
    ("w" * 10_000, "10,000 characters"),
])
def test_unusable_questions_get_a_clear_error(seed_library, question, message):
    with pytest.raises(QuestionError, match=message):
        seed_library.ask(question)


def test_empty_library_says_so(library):
    answer = library.ask("Who owns the Rock Entertainment Centre?")
    assert answer.abstained and answer.citations == ()
    assert "No articles are indexed yet" in answer.text
    assert library.search("anything") == []


def test_a_question_that_stands_alone_is_not_bent_by_the_conversation(seed_library):
    chat = seed_library.chat()
    chat.ask("Who owns the Rock Entertainment Centre?")
    answer = chat.ask("What was the owner charged with?")
    alone = seed_library.ask("What was the owner charged with?")
    assert [c.quote for c in answer.citations] == [c.quote for c in alone.citations]
    assert any("charged Theang with facilitating" in c.quote for c in answer.citations)


def test_quotes_do_not_run_across_paragraphs(library, tmp_path):
    from tests.helpers import write

    write(tmp_path / "floods.txt", "Floods Force Thousands From Homes\n\nHeavy rains caused "
          "the river to burst its banks on Sunday. About 4,000 families left their homes.")
    library.ingest([tmp_path])
    answer = library.ask("How many families left their homes?")
    assert "4,000 families" in answer.citations[0].quote
    assert all("\n" not in c.quote for c in answer.citations)


def test_a_headline_is_not_cited_beside_the_answer(library, tmp_path):
    headline = "Harbor Town Restores Its Old Lighthouse"
    write(tmp_path / "lighthouse.txt",
          f"{headline}\n\nThe old lighthouse in Harbor Town was restored by volunteers over two "
          "summers. The work cost 40,000 dollars, raised by the town's fishing families.\n\n"
          "The lighthouse will reopen to visitors in May.")
    library.ingest([tmp_path])
    answer = library.ask("Who restored the old lighthouse in Harbor Town?")
    assert "volunteers" in answer.citations[0].quote
    assert all(c.quote != headline for c in answer.citations)
    assert_quotes_exact(library, answer)
    # nor a Markdown heading (a trial of stop 39 saw "# Bumblebees 'learn faster'..." quoted)
    write(tmp_path / "bees.md", "# Bumblebees Learn Faster In Cool Mornings\n\nBumblebees learn "
          "flowers twice as fast in cool air, a study found. The study was led by Professor "
          "Ruth Okafor.\n\nIt was funded by a research council.")
    library.ingest([tmp_path])
    answer = library.ask("Who led the study of bumblebees learning in cool mornings?")
    assert answer.citations and all("#" not in c.quote for c in answer.citations)


def test_a_question_naming_a_firm_no_article_mentions_is_refused(library, tmp_path):
    # Asked of a library without a story about Initech, the other firm's job cuts were cited.
    write(tmp_path / "acme.txt", "Acme to cut jobs\n\nAcme Corporation will cut 500 jobs at "
          "its Leeds plant, the carmaker said on Monday. It blamed falling sales in Europe.")
    write(tmp_path / "globex.txt", "Globex opens an office\n\nGlobex has opened an office "
          "in Manchester. The software firm employs 300 people in the city.")
    library.ingest([tmp_path])
    answer = library.ask("How many jobs will Initech cut?")
    assert answer.abstained and answer.citations == ()
    # saying so: the story may be in another library (a trial of stop 41 asked the seed
    # store about its own tennis final and was told to ask in the article's words)
    assert "No indexed article mentions \u201cInitech\u201d" in answer.text
    answer = library.ask("How many jobs will Acme cut at its Leeds plant?")
    assert "500 jobs" in answer.citations[0].quote
    # a place asked about that no article naming the firm mentions (trial H, stop 42: the
    # UK's average house price shown for Scotland's)
    answer = library.ask("How many jobs will Acme cut in Glasgow?")
    assert answer.abstained and answer.citations == ()
    assert "No indexed article mentions \u201cGlasgow\u201d beside \u201cAcme\u201d" in answer.text


def test_citations_never_quote_the_same_sentence_twice(library, tmp_path):
    # The first citation is two sentences around "17th year"; the second would have joined
    # that sentence again as its neighbour (a new user's trial found the repeat).
    write(tmp_path / "a" / "tree.txt", (
        "Gallery tree\n\n"
        "The interactive tree at the gallery is a sculpture of lights that visitors can change "
        "by touch. It is the 17th year that the gallery has invited an artist to design its "
        "tree. The interactive tree responds to the visitors who touch its branches with new "
        "colours. The cafe opens at nine. Tickets cost five pounds."))
    library.ingest([tmp_path / "a"])
    answer = library.ask("What is the interactive tree?")
    assert len(answer.citations) == 2
    assert_quotes_exact(library, answer)  # which checks that no two citations overlap


def test_what_an_article_is_about_is_answered_by_its_lead(seed_library):
    # It was refused: no one sentence answers "What is this article about?".
    answer = seed_library.ask("What is this article about?")
    assert not answer.abstained and answer.short is None
    assert answer.citations[0].start == 0 and answer.citations[0].quote.startswith(
        "Minister of Interior Sar Kheng said on Tuesday")
    assert_quotes_exact(seed_library, answer)
    assert seed_library.ask("Can you summarise the story?").citations == answer.citations


def test_what_an_article_is_about_needs_the_article_when_there_are_several(library, tmp_path):
    library.ingest([write(tmp_path / "a" / "mayor.txt",
                          "Town News\n\nThe mayor of Town1 is Ann Lee. She was elected in May."),
                    write(tmp_path / "a" / "pier.txt",
                          "Pier News\n\nThe pier of Town2 reopened on Friday after repairs.")])
    answer = library.ask("What is the article about?")
    assert answer.abstained and not answer.citations and "which one" in answer.text
    chat = library.chat()
    chat.ask("When did the pier of Town2 reopen?")
    about = chat.ask("What is this story about?")
    assert [c.quote for c in about.citations] == [
        "The pier of Town2 reopened on Friday after repairs."]


def test_the_article_on_a_subject_is_told_by_its_lead(library, tmp_path):
    # (a trial of stop 46: "What is the steelworks story about?" among six articles was
    # told that the library holds several)
    library.ingest([write(tmp_path / "a" / "mayor.txt",
                          "Town News\n\nThe mayor of Town1 is Ann Lee. She was elected in May."),
                    write(tmp_path / "a" / "pier.txt",
                          "Pier reopens\n\nThe pier of Town2 reopened on Friday after repairs. "
                          "It had been shut since a storm in March.")])
    for question in ("What is the pier story about?", "Summarise the article about the pier."):
        answer = library.ask(question)
        assert [c.quote for c in answer.citations] == [
            "The pier of Town2 reopened on Friday after repairs.",
            "It had been shut since a storm in March."], question
        assert answer.question == question and answer.short is None
    answer = library.ask("What is the tram story about?")
    assert answer.abstained and not answer.citations and "\u201ctram\u201d" in answer.text


def test_a_search_reads_a_request_as_its_plain_question(seed_library):
    asked = seed_library.search("Can you tell me who the police spokesman is?", k=3)
    assert asked == seed_library.search("Who is the police spokesman?", k=3)


def test_a_request_about_a_subject_cites_the_passages_about_it(seed_library):
    # "Tell me about the raid." was refused: the reader looks for one fact.
    answer = seed_library.ask("Tell me about the raid.")
    assert not answer.abstained and answer.short is None
    assert all("raid" in c.quote for c in answer.citations)
    assert_quotes_exact(seed_library, answer)
    about = seed_library.ask("What does the article say about San Chey?")
    assert about.citations[0].quote.startswith("San Chey, the executive director")
    assert seed_library.ask("Tell me about football.").abstained


def test_tell_me_more_does_not_read_again_what_the_answer_cited(seed_library):
    # The second trial of stop 28: after "Who was arrested?" (citations [1] at the start and
    # [3] two sentences on), "Tell me more" cited [3] again.
    chat = seed_library.chat()
    answer = chat.ask("Who was arrested?")
    more = chat.ask("Tell me more")
    assert more.citations and more.citations[0].start > answer.citations[0].end
    cited = {(c.start, c.end) for c in answer.citations}
    assert not cited & {(c.start, c.end) for c in more.citations}
    assert_quotes_exact(seed_library, more)


def test_tell_me_more_reads_on_to_the_end_of_the_article(seed_library):
    chat = seed_library.chat()
    said = chat.ask("Who is the police spokesman?").citations[0]
    more = chat.ask("Tell me more.")
    assert more.citations and more.citations[0].start > said.end
    text = seed_library.article_text(said.article_id)
    assert text[said.end : more.citations[0].start].strip() == ""  # the very next sentence
    assert_quotes_exact(seed_library, more)
    for _ in range(20):
        more = chat.ask("Go on")
        if more.abstained:
            break
    assert more.abstained and more.text == "That is where the article ends."


def test_a_passage_saying_the_fact_is_not_given_is_no_answer(library, tmp_path):
    # Asked the price, the sentence saying it is not known was cited (held-out news set 1).
    write(tmp_path / "box.txt", (
        "Telewest launches video recorder\n\n"
        "Cable firm Telewest has launched a personal video recorder set-top box for its "
        "digital TV customers. The box, made by Scientific Atlanta, lets viewers record up to "
        "80 hours of programmes. Telewest has yet to reveal pricing for the new box. The firm "
        "has 1.8 million customers."))
    library.ingest([tmp_path])
    answer = library.ask("What price will Telewest charge for its new set-top box?")
    assert answer.abstained and answer.citations == ()
    answer = library.ask("How many hours of programmes can Telewest's new box record?")
    assert "80 hours" in answer.citations[0].quote


def test_a_count_asked_of_a_sentence_giving_other_counts_is_refused(library, tmp_path):
    # The sentence has the chain and figures, but not the number of clubs asked for (news
    # development set).
    write(tmp_path / "rank.txt", (
        "Rank sells its film business\n\n"
        "Leisure group Rank has agreed to sell its film processing business to focus on "
        "gambling. It now owns 34 Grosvenor casinos, the Mecca Bingo chain and more than 100 "
        "Hard Rock Cafes in 38 countries. The sale will raise £90m, the firm said on Monday."))
    library.ingest([tmp_path])
    answer = library.ask("How many bingo clubs does Rank's Mecca Bingo chain run?")
    assert answer.abstained and answer.citations == ()
    answer = library.ask("How many Grosvenor casinos does Rank own?")
    assert answer.short is not None and answer.short.text == "34"


def test_a_word_of_english_is_not_read_as_a_misspelt_name(library, tmp_path):
    # "Who won the Harbour Cup?" was asked whether it meant "Harcourt" (trial RZ of stop 63)
    write(tmp_path / "bowls.txt", "Bowls club wins\n\nThe Harcourt Bowls Club won the county "
          "league on Saturday, its captain, Peter Lang, 66, said.")
    library.ingest([tmp_path])
    answer = library.ask("Who won the Harbour Cup?")
    assert answer.abstained and "Harcourt" not in answer.text


def test_a_name_spelt_otherwise_than_the_article_is_refused_saying_which(library, tmp_path):
    # two new users of stop 62 misspelt a name ("How old is Morwena Hicks?") and were refused
    # with no word of why
    write(tmp_path / "harbour.txt", "Harbour master retires\n\nHarbour master Geoffrey "
          "Tregenza, 66, will retire in March. He will be succeeded by his deputy, Morwenna "
          "Hicks, 43, who has worked alongside him for 12 years.")
    library.ingest([tmp_path])
    answer = library.ask("How old is Morwena Hicks?")
    assert answer.abstained and answer.citations == ()
    assert answer.text == ("No indexed article close to this question mentions "
                           "\u201cMorwena\u201d; did you mean \u201cMorwenna\u201d? Ask again "
                           "with that spelling.")
    assert library.ask("How old is Morwenna Hicks?").text == "43 [1]"
    # a name the article does not have, spelt like none of its words: refused as before
    assert library.ask("How old is Walter Pascoe?").text.startswith(
        ("Found no passage", "No indexed article mentions"))
