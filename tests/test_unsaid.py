"""Sentences that say the article does not give what is asked (qa.unsaid): pure logic."""

import pytest

from qa.unsaid import admits_not_given

PSP = ("US gamers will be able to buy Sony's PlayStation Portable from 24 March, but there is "
       "no news of a Europe debut.")


@pytest.mark.parametrize(("question", "sentence"), [
    ("When will Sony's PlayStation Portable go on sale in Europe?", PSP),
    ("What price will Telewest charge for its new set-top box?",
     "Telewest has yet to reveal pricing for the new box or a subscription fee."),
    ("What is the name of the Georgia woman suing HP?",
     "The unnamed woman from Georgia says that a chip inside the cartridge is to blame."),
    ("Where will Unilever's single head office be?",
     "The company will announce the location of its head office at a later date."),
    ("How much did Lenovo pay for the stake?",
     "Lenovo bought the stake for an undisclosed sum, the firm said."),
    # (a trial of stop 35)
    ("How much will the Sun Grid system cost Sun to develop?",
     "It has not said how much the system will cost to develop."),
    # (a trial of stop 37: "Niven", of a 1967 spoof, was shown in bold)
    ("Which actor will play James Bond in Casino Royale?",
     "Producers say no decision has yet been made on who will become the seventh actor, "
     "including Niven, to play Bond."),
    ("When will the new Aer Lingus chief executive start?",
     "The start date has not been decided, the airline said."),
    ("How much did Thornbury Beverages pay for Hartley & Sons?",
     "Hartley & Sons has been bought by Thornbury Beverages for an undisclosed sum."),
])
def test_a_sentence_admitting_the_asked_fact_is_unknown(question, sentence):
    assert admits_not_given(question, sentence)


@pytest.mark.parametrize(("question", "sentence"), [
    # the admission is about something else than what is asked
    ("From what date can US gamers buy the PlayStation Portable?", PSP),
    ("When was the lawsuit filed?",
     "The lawsuit was filed on Friday. HP declined to comment on the lawsuit."),
    # "why" and "how" ask for no fact the article could withhold; nor does yes or no
    ("Why did the firm pull out of the talks?",
     "Two unnamed firms pulled out of the talks, which is why the payout was smaller."),
    ("Is there news of a Europe launch of the PlayStation Portable?", PSP),
    # only the name is withheld, and the price is asked
    ("How much did the buyer pay for the painting?",
     "The unnamed buyer paid £5m for the painting at the auction."),
    # only the sum is withheld, and a date is asked (trial CT of stop 51 was refused)
    ("When is the sale of Hartley & Sons to Thornbury Beverages due to be completed?",
     "Hartley & Sons has been bought by Thornbury Beverages for an undisclosed sum, with the "
     "sale due to be completed soon."),
    # what follows "but" is said (a trial of stop 35 had this refused)
    ("Where is the charity match most likely to be played?",
     "The date is yet to be decided but the most likely venue is Sydney."),
    # a word of a name
    ("Who guards the Tomb of the Unknown Soldier?",
     "The Tomb of the Unknown Soldier is guarded by soldiers of the Old Guard."),
])
def test_other_sentences_are_no_admission(question, sentence):
    assert not admits_not_given(question, sentence)
