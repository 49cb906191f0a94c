"""qa.phrasing: what a question says about the text is not looked for in the text."""

import pytest

from qa.phrasing import (
    about_the_subject,
    asks_for_the_gist,
    gist_asked,
    plain_question,
    topic_asked,
)

pytestmark = pytest.mark.fast


@pytest.mark.parametrize(("question", "asked"), [
    ("Who is the interior minister quoted in the story?", "Who is the interior minister?"),
    ("Who is the interior minister quoted?", "Who is the interior minister?"),
    ("According to the article, when did the club close?", "When did the club close?"),
    ("In this story, who owns the Rock?", "Who owns the Rock?"),
    ("Who speaks for the National Police in this article?", "Who speaks for the National Police?"),
    ("Who is the businessman who is mentioned?", "Who is the businessman?"),
    ("How much was seized, according to the text?", "How much was seized?"),
])
def test_words_about_the_text_are_left_out(question, asked):
    assert about_the_subject(question) == asked


@pytest.mark.parametrize("question", [
    # the participle is the verb
    "Which newspaper is mentioned?",
    "At what event was a potential follow-up to The Wind Waker mentioned?",
    "What was Beyonce's third perfume named?",
    # a report the article is about, a source, and a piece of music are subjects
    "How many adults lack maths skills, according to the NAO report?",
    "What did the minister say, according to the Nationwide?",
    "What piece did Chopin debut after returning to Warsaw?",
    "Who is the Lufthansa spokesman quoted on the airline's possible legal action?",
    # nothing would be left
    "What does the article say?",
    "Who is in the story?",
])
def test_a_question_about_its_subject_is_kept_whole(question):
    assert about_the_subject(question) == question


@pytest.mark.parametrize(("question", "plain"), [
    ("Can you tell me who owns the Rock?", "Who owns the Rock?"),
    ("Please, could you tell me where the owner is being held?",
     "Where is the owner being held?"),
    ("Tell me who the police spokesman is.", "Who is the police spokesman?"),
    ("I'd like to know what the owner was charged with.", "What was the owner charged with?"),
    ("I’d like to know what the owner was charged with", "What was the owner charged with?"),
    ("Do you know how many people were held in the raid?",
     "How many people were held in the raid?"),
    ("i wonder which minister spoke about the drugs", "Which minister spoke about the drugs?"),
    ("What's the name of the police spokesman?", "What is the name of the police spokesman?"),
    ("Name the police spokesman.", "What is the name of the police spokesman."),
    ("Can you tell me who is quoted in the article?", "Who is quoted?"),
])
def test_a_request_around_a_question_is_read_as_the_question(question, plain):
    assert plain_question(question) == plain


@pytest.mark.parametrize("question", [
    "Do you know if the club reopened?",  # yes or no: no passage answers it alone
    "Tell me about the raid.",
    "Who's death caused this protest?",  # SQuAD's writers use "Who's" for "Whose"
    "iPods released before what year had issues with distorted bass?",
    "Who is the police spokesman?",
])
def test_a_plain_question_is_left_as_it_is(question):
    assert plain_question(question) == question


@pytest.mark.parametrize(("question", "gist"), [
    ("What is this article about?", True),
    ("Can you tell me what the story is about?", True),
    ("Summarize the article.", True),
    ("Give me the main points", True),
    ("Could you please summarise it?", True),
    ("tl;dr", True),
    ("What does the article say?", True),
    ("What does the article say about the owner?", False),
    ("What is the main point of the minister's speech?", False),
    ("What is the story behind It's A Wonderful Life?", False),
    ("What was the raid about?", False),
])
def test_a_question_about_the_whole_article_is_told_from_others(question, gist):
    assert asks_for_the_gist(question) is gist


@pytest.mark.parametrize(("question", "subject"), [
    # (a trial of stop 46 asked one of six articles so, and was told only that there were six)
    ("What is the steelworks story about?", "steelworks"),
    ("What's the article about the Regal cinema about?", "the Regal cinema"),
    ("Summarise the bin collections article.", "bin collections"),
    ("Can you summarize the story about the flood?", "the flood"),
    ("What are the main points of the story on the dog walker?", "the dog walker"),
    ("What does the sportive piece say?", "sportive"),
    ("Tell me about the steelworks article", "steelworks"),
    ("What is the main story about?", None),  # which article, not what about
    ("What is this article about?", None),  # the gist of the article read (above)
    ("Who wrote the steelworks story?", None),  # a fact
    ("What is the story behind It's A Wonderful Life?", None),
])
def test_the_gist_of_the_article_on_a_subject_names_it(question, subject):
    assert gist_asked(question) == subject


@pytest.mark.parametrize(("question", "topic"), [
    ("Tell me about the raid.", "the raid"),
    ("Can you tell me more about the club?", "the club"),
    ("What does the article say about the owner?", "the owner"),
    ("What do we know about Kith Theang?", "Kith Theang"),
    ("What did the minister say about police?", None),  # what a person said: a fact
    ("What about the owner?", None),  # a follow-up
    ("Who is the police spokesman?", None),
])
def test_a_request_for_what_the_articles_say_on_a_subject_names_it(question, topic):
    assert topic_asked(question) == topic


@pytest.mark.parametrize(("question", "asked"), [
    # trial HQ (stop 55) was shown the mother's age, "Dorothy Aldridge, 91,"
    ("How old is the daughter of Kettlewood resident Dorothy Aldridge?",
     "How old is Dorothy Aldridge's daughter?"),
    ("How old was the father of Emily Brontë?", "How old was Emily Brontë's father?"),
    # not a relative of no one named
    ("How old is the son of the mayor?", "How old is the son of the mayor?"),
])
def test_a_relative_asked_of_a_named_person_is_asked_by_whose_they_are(question, asked):
    assert plain_question(question) == asked
