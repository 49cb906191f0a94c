"""A "who" question about a role is answered with the person the article names by it
(qa.roles, qa.fitting.named_by_role): a fake reader, no model."""

import pytest

from qa.answering import Cutoffs, compose_read
from qa.reading import judge_sentences
from qa.roles import role_holder, role_said, role_words
from tests.fakes import FakeReader, ranked, stored_chunk

pytestmark = pytest.mark.fast


@pytest.mark.parametrize(("question", "sentence", "name"), [
    ("Who is the police spokesman?",
     "National Police spokesman Chhay Kim Khoeun told The Post that the Rock club shut.",
     "Chhay Kim Khoeun"),
    ("Who is the spokesperson for the national police?",  # the same role in other words
     "National Police spokesman Chhay Kim Khoeun told The Post that the Rock club shut.",
     "Chhay Kim Khoeun"),
    ("Who is Japan's economy minister?", "Economy Minister Heizo Takenaka said so.",
     "Heizo Takenaka"),
    ("Who is Bank of America's head of currency strategy?",
     '"It is weak," said Robert Sinche, head of currency strategy at Bank of America.',
     "Robert Sinche"),
    ("Who is the chief executive of GlaxoSmithKline?",
     "Chief executive Jean-Pierre Garnier said it had been a difficult year.",
     "Jean-Pierre Garnier"),
    ("Who is Saudi Arabia's labour minister?",
     "The paper said Labour Minister Ghazi al-Gosaibi had caused uproar.", "Ghazi al-Gosaibi"),
    ("Who is the chief US economist at High Frequency Economics?",
     "But Ian Shepherdson, chief US economist at High Frequency Economics, was calm.",
     "Ian Shepherdson"),
    ("Who is the chief executive of BT?", "BT chief executive Ben Verwaayen said.",
     "Ben Verwaayen"),
    ("Who is Borussia Dortmund's largest investor?",
     "Fund manager Florian Hamm - Borussia Dortmund's largest investor - said no.",
     "Florian Hamm"),
    # no role beside the name, another role, or no person asked for: nothing
    ("Who is India's defence minister?", "Pranab Mukherjee said workers were skilled.", None),
    ("Who is the chief executive of Umbro?", "Finance director Mary Smith said so.", None),
    ("Who is the chief executive of Umbro?", "Umbro posted a profit of £10m.", None),
    # the role narrowed by a word the sentence does not have: another director
    ("Who is the prison director?",
     "San Chey, the executive director of the network, said police were lax.", None),
    ("What is the name of the prison director?",
     "San Chey, the executive director of the network, said police were lax.", None),
    ("Who is the prison director?", "Prison director Mao Sok said so.", "Mao Sok"),
    ("Who is the prisons director?", "Prison director Mao Sok said so.", "Mao Sok"),
    ("What did the police spokesman say?", "Police spokesman Chhay Kim Khoeun said no.", None),
    ("Who is the mayor of Town1?", "The Town1 mayor said so.", None),
    ("Who is the mayor of New York?", "Mayor Michael R. Bloomberg said so.",
     "Michael R. Bloomberg"),
    ("Who owns the Rock Entertainment Centre?",
     "It led to the arrest of its owner, prominent businessman Kith Theang, last month.",
     "Kith Theang"),
    # not the role's holder today, or no role asked about
    ("Who was Yahoo's first chief executive?", "Chief executive Terry Semel said so.", None),
    ("Who was referenced as prime minister first?", "Prime Minister Robert Walpole ruled.",
     None),
    ("Who is Ukraine's richest man?", "Businessman Rinat Akhmetov said so.", None),
    ("Who is the president of HHC?", "It was founded under the Roman Curia president.", None),
    # a modifier makes another role of the word after it (a new user's trial: the chief
    # accountant was the short answer for Fannie Mae's chief executive); alone it is the role
    ("Who is the chief executive of Fannie Mae?",
     "The watchdog's chief accountant Donald Nicolaisen said so.", None),
    ("Who is the chief executive of Fannie Mae?",
     "Its chief operating officer Dan Mudd said so.", None),
    ("Who is the chief executive of Fannie Mae?", "Fannie Mae chief Franklin Raines said so.",
     "Franklin Raines"),
    # a firm's boss or CEO is its chief executive (a new user's trial, stop 38: refused)
    ("Who is the boss of Brackwater Foods?", "Chief executive Miriam Okafor said so.",
     "Miriam Okafor"),
    ("Who is the CEO of Brackwater Foods?", "Chief executive Miriam Okafor said so.",
     "Miriam Okafor"),
    ("Who heads Brackwater Foods?", "Chief executive Miriam Okafor said so.", "Miriam Okafor"),
    ("Who is the chief executive of Brackwater?", "Brackwater boss Miriam Okafor said so.",
     "Miriam Okafor"),
    ("Who is the boss of Brackwater Foods?", "Its chief accountant Ann Lee said so.", None),
    # a side is led by its captain or skipper (the final trial of stop 38: refused)
    ("Who led the Surrey side?", "Surrey captain Oliver Pritchard made 78.", "Oliver Pritchard"),
    ("Who is the Surrey skipper?", "Surrey captain Oliver Pritchard made 78.",
     "Oliver Pritchard"),
    ("Who captained Surrey?", "Surrey skipper Oliver Pritchard made 78.", "Oliver Pritchard"),
    ("Who is the governor of the Bank of England?",
     "Bank of England deputy governor Rachel Lomax said so.", None),
    ("Who is the deputy governor of the Bank of England?",
     "Bank of England deputy governor Rachel Lomax said so.", "Rachel Lomax"),
    # From a trial of stop 41 (all refused, or another's name shown): a role, a comma and
    # what the person is, then the name; a union led by its general secretary; a school's
    # head is its headteacher; a role given to a name after it ("has been elected mayor"),
    # above a role said beside another ("the sitting mayor"), and the new holder is the one
    # given it
    ("Who coaches Daria Kovalenko?", "Her coach, the former French player Antoine Dufresne, "
     "51, said she had worked for months.", "Antoine Dufresne"),
    ("Who coaches Daria Kovalenko?", "Her coach said the former French player Antoine "
     "Dufresne had helped.", None),
    ("Who leads the FTU union?", "The union's general secretary, Kevin Marsh, 58, said so.",
     "Kevin Marsh"),
    ("Who is the head of Ashgrove Academy?", "Headteacher Ruth Okonjo, 49, said she was "
     "overwhelmed.", "Ruth Okonjo"),
    ("Who was elected mayor of Carrbridge?", "Labour's Nadia Fenwick has been elected mayor "
     "of Carrbridge, defeating the sitting mayor, the Conservative Robert Haines.",
     "Nadia Fenwick"),
    ("Who is Carrbridge's new mayor?", "Labour's Nadia Fenwick has been elected mayor of "
     "Carrbridge, defeating the sitting mayor, the Conservative Robert Haines.",
     "Nadia Fenwick"),
    ("Who is Carrbridge's new mayor?", "The sitting mayor, Robert Haines, lost.", None),
    ("Who is Carrbridge's mayor?", "The sitting mayor, Robert Haines, lost.", "Robert Haines"),
    # a case is prosecuted by its prosecutor (a trial of stop 41 showed the defendant)
    ("Who prosecuted the fraud case?", "Prosecutor Sarah Kendrick KC told the jury that Ashcroft "
     "had lied.", "Sarah Kendrick KC"),
    ("Who prosecuted the fraud case?", "Sarah Kendrick KC, prosecuting, told the jury so.",
     "Sarah Kendrick KC"),
    # the question's verb said of a name in a clause after it, with a word of the question
    # and no other name (trial N, stop 44: refused)
    ("Who led West Mercia Police's Operation Kestrel against the drugs gang?", "Detective Chief "
     "Inspector Laura Benning, who led the operation, said so.", "Laura Benning"),
    # a librarian is a role (the last check of stop 44: "Not sure")
    ("Who is the chief librarian of Leeds Central Library?", "The library's chief librarian, "
     "Margaret Okafor, 58, said so.", "Margaret Okafor"),
    # the verb's name after words describing the person (trial K, stop 44: no short answer)
    ("Who chaired the judging panel of the Northern Music Prize?", "The panel was chaired by "
     "the broadcaster and former BBC 6 Music presenter Dev Sharma, 56.", "Dev Sharma"),
    # the question's verb said of the name after it (trial J, stop 44: no short answer)
    ("Who leads the Liberal Democrat group on Kestwick council?", "Opposition leader Councillor "
     "Tom Ridley, 61, who leads the Liberal Democrat group, said so.", "Tom Ridley"),
    ("Who leads the Labour group on Kestwick council?", "Opposition leader Councillor Tom Ridley, "
     "61, who leads the Liberal Democrat group, said so.", None),
    ("Who is Trentline's boss?", "Trentline's managing director, Sarah Pike, said the company "
     "was disappointed.", "Sarah Pike"),
    # a role of two words joined by a hyphen (trials BG and BQ of stop 49 showed the
    # chancellor for the vice-chancellor; stop 51)
    ("Who is the vice-chancellor of Marsham University?", "The university's chancellor, the "
     "broadcaster Lady Anne Fairfax, will preside. The university's vice-chancellor, Professor "
     "Martin Eldridge, said so.", "Professor Martin Eldridge"),
    # a role, then where it is held, then the name (trial CT of stop 51 was refused; news
    # set 3's director "of the film" was not named)
    ("Who coaches Patricia Goodchild at Dereham Runners?", "Her coach at the club, Steve "
     "Mayhew, 52, said she had trained four mornings a week.", "Steve Mayhew"),
    ("Who directed the Bollywood film Sins?", "The director of the film, Vinod Pande, says the "
     "movie is not offensive.", "Vinod Pande"),
    # a branch is headed by its president, unless the question says the role (trials CV and
    # CP of stop 51)
    ("Who heads the lecturers' union branch at Kelmouth University?", "Dr Marcus Tiernan, 46, "
     "president of the union's Kelmouth branch, said staff were angry.", "Marcus Tiernan"),
    ("Who heads Harlow Bridge University as vice-chancellor?", "Students' union president "
     "Keira Lambton, 22, said she was worried.", None),
    # a role held for now, a role said by what its holder is doing, a steward and a keeper
    # (trials CY, CZ and DD of stop 51: refused, or a defendant shown)
    ("Who is acting as headteacher of Oakfield Academy during Neil Ashworth's suspension?",
     "Deputy headteacher Mrs Karen Lowther, 44, will act as head until further notice.",
     "Karen Lowther"),
    ("Who is prosecuting the Whitcombe jewellers robbery case?", "Lewis Garside, 29, denies "
     "robbery. Prosecutor Alison Mercer KC said the men had planned it.", "Alison Mercer KC"),
    ("Who is chairing the planning committee?", "Councillor Sarah Kendrick, 52, will chair the "
     "committee meanwhile.", "Sarah Kendrick"),
    ("Who is the steward of Kettleby Methodist Church?", "The church's steward, Margaret "
     "Hollins, 74, opened the hall.", "Margaret Hollins"),
    ("Who is the keeper looking after the penguins at Westbay Zoo?", "Their keeper, Rachel "
     "Ogunleye, 36, said the birds had settled in.", "Rachel Ogunleye"),
    # a person named after "the Reverend" (trial DB of stop 51 refused her age)
    ("Who is the chair of trustees of the Carrow food bank?", "Its chair of trustees, the "
     "Reverend Michael Ndlovu, 61, said so.", "Reverend Michael Ndlovu"),
    # a side's case opened by the name, and a role of a body in five words before a
    # description (trials DH of stop 51 and DJ of stop 52: a defendant shown, refused)
    ("Who is prosecuting the Little Lanterns Hospice Trust fraud case?", "Opening the "
     "prosecution case at Leeds Crown Court on Monday, Rebecca Aldous KC said the volunteer "
     "had been trusted.", "Rebecca Aldous KC"),
    ("Who chairs Brampton Community Shop Ltd?", "Chairman of the new company, retired "
     "headteacher Derek Holloway, 68, said the response had astonished them.", "Derek Holloway"),
    # ... and the letters after a barrister's name are no role before it (trial DK of stop
    # 52: no short answer)
    ("Which barrister is prosecuting the Harrogate jewellery robbery case?", "Opening the case "
     "for the prosecution, Simon Trelawney KC told the jury that the robbery was planned.",
     "Simon Trelawney KC"),
    # a question about a deed, not a role: its words beside a name are no role
    ("Who must ensure they are clean and not involved with drugs?",
     "San Chey, the executive director of ANSA, said police involvement with drugs is lax.",
     None),
])
def test_the_person_named_by_the_role_asked_about(question, sentence, name):
    found = role_holder(question, sentence)
    assert (sentence[found[1] : found[2]] if found else None) == name


@pytest.mark.parametrize(("question", "sentence", "said"), [
    ("Who is the boss of Brackwater Foods?", "Chief executive Miriam Okafor said so.", True),
    ("Who is the CEO of Brackwater Foods?", "Its chief, Miriam Okafor, said so.", True),
    ("Who is the chief executive of Brackwater?", "Its boss Miriam Okafor said so.", True),
    ("Who is the boss of Brackwater Foods?", "Its chief accountant Ann Lee said so.", False),
    # a firm's boss may be its managing director (stop 42's final check was refused)
    ("Who is Trentline's boss?", "Trentline's managing director, Sarah Pike, said so.", True),
    ("Who is the chief executive of Trentline?", "Its managing director, Sarah Pike, said so.",
     False),
])
def test_a_chief_executive_is_said_as_boss_or_ceo_too(question, sentence, said):
    assert role_said(question, sentence) is said


LEAD = "Umbro said sales rose. The firm sold more shirts in Europe."
NAMED = "Chief executive Peter McGuigan said the firm plans to grow."
UMBRO = "Who is the chief executive of Umbro?"


def read_and_answer(question, scored, table, depth=6):
    """The answer composed from ``scored`` ([(chunk, retrieval scores)]) as a fake reader
    scoring by ``table`` judged it, and what the reader judged best."""
    reader = FakeReader(table, config={"before": 1, "after": 0})
    candidates = sorted([s for chunk, scores in scored for s in ranked(chunk, scores)],
                        key=lambda s: -s.score)
    judged = judge_sentences(question, candidates, reader, depth=depth)
    answer = compose_read(question, judged, 100, Cutoffs(0.1, 0.9, 0.5, lead=0.3),
                          order=candidates)
    return answer, judged[0]


def test_the_sentence_naming_the_role_is_cited_first_with_the_name_as_the_short_answer():
    chunk = stored_chunk(f"{LEAD} {NAMED}", article_id="umbro", title="Umbro sales rise")
    # The reader prefers the lead sentence and its span is no name; the named sentence is
    # not even read.
    answer, best = read_and_answer(UMBRO, [(chunk, [0.9, 0.8, 0.7])],
                                   {"sales rose": (3.0, "Umbro"), "more shirts": (1.0, "Europe")},
                                   depth=2)
    assert best.sentence.text.startswith("Umbro said")
    assert NAMED in answer.citations[0].quote  # with its neighbour, which scores close
    assert answer.short is not None and answer.short.text == "Peter McGuigan"
    assert chunk.text[answer.short.start : answer.short.end] == "Peter McGuigan"


def test_a_person_named_in_an_article_about_something_else_is_not_cited():
    # (the lead names a place, so that the answer is not refused for naming nobody)
    # (and says the role asked, unnamed: a first citation that says no word of it is refused)
    umbro = stored_chunk("Umbro's chief executive said sales rose in Manchester. The firm sold "
                         "more shirts in Europe.", article_id="umbro", title="Umbro sales rise")
    other = stored_chunk("Chief executive Ann Lee said the bank would grow.",
                         article_id="bank", title="Bank grows")
    answer, _ = read_and_answer(UMBRO, [(umbro, [0.9, 0.5]), (other, [0.8])],
                                {"sales rose": (3.0, "Umbro")})
    assert answer.citations[0].article_id == "umbro"
    assert answer.short is None or answer.short.text != "Ann Lee"


def test_retrieval_may_name_the_person_from_another_article_that_names_the_firm():
    lead = stored_chunk("Umbro shares fell. Investors were worried.", article_id="shares",
                        title="Umbro shares fall")
    named = stored_chunk(f"Umbro signed Rangers. {NAMED}", article_id="deal",
                         title="Umbro deal")
    answer, best = read_and_answer(UMBRO, [(lead, [0.9, 0.5]), (named, [0.6, 0.85])],
                                   {"shares fell": (3.0, "Umbro"), "signed": (0.0, "Rangers")},
                                   depth=2)
    assert best.sentence.chunk.article_id == "shares"
    assert answer.citations[0].article_id == "deal"
    assert answer.short is not None and answer.short.text == "Peter McGuigan"


def test_a_role_in_a_passage_without_the_questions_names_is_someone_else():
    # Wikipedia's long articles name many presidents; "President Franklin D. Roosevelt" is
    # no answer to "Who is the president of HHC?" unless HHC is named near him.
    # (its president unnamed: a first citation that says no word of the role is refused)
    hhc = stored_chunk("HHC, whose president is elected, runs New York's public hospitals. It "
                       "was founded in 1969.",
                       article_id="nyc", title="New York City")
    fdr = stored_chunk("Hospitals grew under President Franklin D. Roosevelt in the 1930s.",
                       article_id="nyc", title="New York City", start=200)
    answer, _ = read_and_answer("Who is the president of HHC?",
                                [(hhc, [0.9, 0.5]), (fdr, [0.8])], {"HHC, whose": (3.0, "HHC")})
    assert "Roosevelt" not in answer.citations[0].quote


def test_no_short_answer_names_a_role_holder_from_a_passage_without_the_questions_names():
    fdr = stored_chunk("Hospitals grew under President Franklin D. Roosevelt in the 1930s.",
                       article_id="nyc", title="New York City")
    # the reader itself prefers the sentence (its span is no name)
    answer, _ = read_and_answer("Who is the president of HHC?", [(fdr, [0.8])],
                                {"Hospitals grew": (3.0, "1930s")})
    assert not answer.abstained
    assert answer.short is None or "Roosevelt" not in answer.short.text


def short_shown(question: str, text: str, marked_in: str, name: str) -> bool:
    """Whether ``name``, the reader's span in the sentence starting ``marked_in`` of a one-
    chunk article ``text``, is shown as the short answer to ``question`` (it is answered)."""
    chunk = stored_chunk(text, article_id="a", title="An article")
    answer, _ = read_and_answer(question, [(chunk, [0.9, 0.5])], {marked_in: (3.0, name, 0.9)})
    assert not answer.abstained
    return answer.short is not None and answer.short.text == name


@pytest.mark.parametrize(("question", "shown"), [
    ("Who is the police officer who sold the drugs?", False),  # the span is "its owner"
    ("What is the name of the police officer who sold the drugs?", False),
    ("Who is the club's owner?", True),
    ("Who owns the club?", True),  # "owns" asks for its owner
    ("Who was arrested?", True),  # no role asked for
])
def test_a_person_asked_for_by_a_role_is_not_one_the_article_names_by_another(question,
                                                                              shown):
    # A new user's trial: asked for the police officer who distributed the drugs (the seed
    # names none), the reader marked the club's owner and he was shown in bold.
    # (the sentence says "officers": one that says no word of the role asked is refused)
    assert short_shown(question, "Police officers arrested the club's owner Kith Theang after "
                       "a raid. Nothing else was said.", "Police officers", "Kith Theang") is shown


@pytest.mark.parametrize(("question", "shown"), [
    ("Who is the chief executive of Fannie Mae?", False),
    ("Who is the chief accountant of the SEC?", True),
])
def test_a_chief_of_something_else_is_not_shown_for_the_chief_executive(question, shown):
    # A new user's trial over BBC business articles (the article names no chief executive).
    # (the article says the role asked, unnamed: one that says no word of it is refused)
    assert short_shown(question, "The SEC's chief accountant Donald Nicolaisen said Fannie "
                       "Mae's chief executive had erred. It was reported.", "The SEC",
                       "Donald Nicolaisen") is shown


@pytest.mark.parametrize(("question", "shown"), [
    ("Who directs The Da Vinci Code film?", False),  # the actress was shown in bold
    ("Who is the director of The Da Vinci Code?", False),
    ("Who is the star of The Da Vinci Code?", True),
    ("Who will play the female lead in The Da Vinci Code?", True),
])
def test_a_performer_is_not_shown_for_another_role(question, shown):
    # A new user's trial over BBC articles: "Who directs The Da Vinci Code film?" got the
    # short answer "Audrey Tautou", whom the article calls an actress and a star.
    # (the article says the role asked, unnamed: one that says no word of it is refused)
    assert short_shown(question, "French actress Audrey Tautou, star of hit film Amelie, will "
                       "play the female lead in The Da Vinci Code, its director said. It was "
                       "reported.", "French actress", "Audrey Tautou") is shown


@pytest.mark.parametrize(("question", "shown"), [
    ("Who is Sar Kheng?", False),  # asks what he is; the sentence says it
    ("Who is replacing Bergamasco?", False),  # not Bergamasco himself
    ("Who replaced the flanker?", True),
])
def test_a_who_question_is_not_answered_with_the_name_it_gives(question, shown):
    # A new user's trial: "Who is Sar Kheng?" showed "Kith Theang", and "Who is replacing
    # Bergamasco?" showed "Mauro Bergamasco at flanker".
    assert short_shown(question, "Coach Sar Kheng said Mauro Bergamasco was replaced at "
                       "flanker. It was a surprise.", "Coach Sar", "Mauro Bergamasco") is shown


@pytest.mark.parametrize(("question", "shown"), [
    ("Who chaired the Court of Arbitration for Sport panel?", False),  # "CAS" is that court
    ("Who chairs the CAS panel?", True),  # Jan Paulsson is not
])
def test_a_who_question_is_not_answered_with_the_initials_of_a_name_it_gives(question, shown):
    text = ("The Court of Arbitration for Sport (CAS) panel, chaired by Jan Paulsson, upheld "
            "the ban. It was final.")
    name = "Jan Paulsson" if shown else "CAS"
    assert short_shown(question, text, "The Court", name) is shown


def test_a_who_question_is_not_answered_with_the_name_its_initials_stand_for():
    text = ("The World Trade Organisation (WTO) working party met on Monday under its "
            "chairman. It met again.")
    assert not short_shown("Who chairs the WTO working party?", text, "The World",
                           "World Trade Organisation")


@pytest.mark.parametrize(("question", "span", "shown"), [
    ("How much profit did Time Warner make in the fourth quarter?", "2%", False),
    ("How much profit did Time Warner make in the fourth quarter?", "$1.13bn", True),
    ("How much did Time Warner's sales rise?", "2%", True),  # a share answers a rise
])
def test_a_question_about_what_a_firm_made_gets_an_amount_of_money_or_no_short_answer(
        question, span, shown):
    # The second trial of stop 28: "How much profit did Time Warner make...?" -> "2%" in bold.
    text = ("TimeWarner said fourth quarter sales rose 2% to $11.1bn and profits reached "
            "$1.13bn. It was a good year.")
    assert short_shown(question, text, "TimeWarner said", span) is shown


@pytest.mark.parametrize(("question", "span", "shown"), [
    ("Which other city had clubs raided?", "Rock Entertainment Centre", False),
    ("Which other city had clubs raided?", "Siem Reap", True),
    ("Where were clubs raided?", "Rock Entertainment Centre", True),  # a place of any kind
    # the last trial of stop 36
    ("Besides Phnom Penh, where else were clubs raided?", "Rock Entertainment Centre", False),
])
def test_a_city_asked_for_is_not_answered_with_a_building_in_it(question, span, shown):
    # A new user's trial (stop 30): "Which other city had clubs raided?" showed "Rock
    # Entertainment Centre" in bold, from the sentence that says Siem Reap.
    text = ("As we saw with the raid at the Rock Entertainment Centre and some clubs in Siem "
            "Reap, users were young. It is a cost.")
    assert short_shown(question, text, "As we", span) is shown


@pytest.mark.parametrize(("title", "shown"), [
    ("Cairn shares slump", True),  # "Cairn" of "Cairn Energy": half the question's names
    ("Oil shares slump", False),  # none of them: another firm's chief executive
])
def test_a_role_holder_is_named_where_half_the_questions_names_are(title, shown):
    # A new user's trial (stop 34): "Who is the chief executive of Cairn Energy?" cited
    # "Chief executive Bill Gammell said..." with no short answer: its chunk and title say
    # "Cairn", never "Energy".
    chunk = stored_chunk("Chief executive Bill Gammell said he was disappointed. It was said.",
                         article_id="cairn", title=title)
    answer, _ = read_and_answer("Who is the chief executive of Cairn Energy?",
                                [(chunk, [0.9, 0.5])], {"Chief executive": (3.0, "he", 0.9)})
    assert (answer.short is not None and answer.short.text == "Bill Gammell") is shown


@pytest.mark.parametrize(("said", "shown"), [
    ("The trial's chief investigator, Professor Anil Mehta, 56, said so.", True),
    ("The charity's chief investigator, Professor Anil Mehta, 56, said so.", False),
])
def test_a_role_holder_is_named_where_the_role_s_owner_is_said_as_asked(said, shown):
    # A trial of stop 41: "Who led the Pelarvix trial?" was refused; the passage naming the
    # trial's chief investigator does not say "Pelarvix", but names the trial as the question
    chunk = stored_chunk(f"Children took part. {said} It was said.", article_id="pill",
                         title="Regulator approves pill")
    answer, _ = read_and_answer("Who led the Pelarvix trial?", [(chunk, [0.5, 0.9, 0.4])],
                                {"Professor": (1.0, "Professor Anil Mehta", 0.9),
                                 "Children": (3.0, "Children", 0.9)})
    assert (answer.short is not None and answer.short.text == "Professor Anil Mehta") is shown


@pytest.mark.parametrize(("coached", "short"), [
    (", coached by former Wallabies coach Rod Macqueen,", "Rod Macqueen"),
    ("", None),  # no coach named: refused (the sentence cited says no word of the role)
])
def test_a_role_asked_by_a_verb_is_named_by_that_role(coached, short):
    # A new user's trial (stop 34): "Who coaches the South side in the IRB Rugby Aid match?"
    # showed "Brian O'Driscoll" (the North's captain) in bold.
    chunk = stored_chunk(f"Brian O'Driscoll will lead the North side. The South side{coached} "
                         "will play at Twickenham.", article_id="aid", title="Rugby Aid")
    answer, _ = read_and_answer("Who coaches the South side?", [(chunk, [0.9, 0.5])],
                                {"Brian O'Driscoll": (3.0, "Brian O'Driscoll", 0.9),
                                 "The South": (1.0, "The South", 0.9)})
    assert (answer.short.text if answer.short else None) == short
    assert answer.abstained is (short is None)


@pytest.mark.parametrize(("question", "shown"), [
    ("What is the name of the judge who jailed Jayanti Buhecha?", False),  # the man jailed
    ("What is the name of the man the judge jailed?", True),
])
def test_what_is_the_name_of_is_not_answered_with_a_name_it_gives(question, shown):
    # A new user's trial (stop 34): the first question showed "Jayanti Amarishi Buhecha",
    # the man jailed, in bold.
    assert short_shown(question, "The judge jailed Jayanti Amarishi Buhecha for three years. "
                       "It was reported.", "The judge", "Jayanti Amarishi Buhecha") is shown


@pytest.mark.parametrize(("other", "short"), [
    ("Hong Kong Rugby Football Union chairman John Molloy called for the pools.", None),
    ("Welsh Rugby Union chairman David Pickering called for the pools.", "David Pickering"),
])
def test_a_role_holder_of_another_article_is_named_where_all_the_questions_names_are(other,
                                                                                      short):
    # A new user's trial (stop 35): "Who is the chairman of the Welsh Rugby Union?" showed
    # "John Molloy" (Hong Kong's) in bold: "Rugby" and "Union" made half of the question's
    # names, which is enough within the best sentence's article but not in another.
    lead = stored_chunk("The secretary of the Welsh Students Rugby Football Union said the "
                        "chairman was sorry. Matches were lost.", article_id="students",
                        title="Students lose fixtures")
    named = stored_chunk(other, article_id="pools", title="Rugby World Cup pools")
    answer, _ = read_and_answer("Who is the chairman of the Welsh Rugby Union?",
                                [(lead, [0.9, 0.5]), (named, [0.8])],
                                {"The secretary": (3.0, "Welsh Students", 0.9)})
    assert (answer.short.text if answer.short else None) == short


def test_who_spoke_for_asks_for_the_spokesman():
    # A new user's trial (stop 35): "Who spoke for the Votes at 16 campaign...?" showed "Mr
    # Leslie -" (the MP the campaign answered) in bold, the spokesman cited second.
    question = "Who spoke for the Votes at 16 campaign?"
    assert "spokesman" in role_words(question)
    chunk = stored_chunk("The campaign answered Mr Leslie - who was elected in 1997 - on Monday. "
                         "\"It affects only politicians,\" said spokesman Alex Folkes.",
                         article_id="votes", title="Votes at 16 campaign")
    answer, _ = read_and_answer(question, [(chunk, [0.9, 0.5])],
                                {"The campaign": (3.0, "Mr Leslie -", 0.9),
                                 "It affects": (1.0, "Alex Folkes", 0.9)})
    assert answer.short is not None and answer.short.text == "Alex Folkes"


@pytest.mark.parametrize(("text", "refused"), [
    ("Tony Blair sailed with Education Secretary Ruth Kelly. An instructor joined them.", True),
    ("Tony Blair sailed with instructor Ruth Kelly. Girls joined them.", False),
])
def test_an_instructor_asked_for_is_a_role(text, refused):
    # A new user's trial (stop 35): "What is the name of the instructor who sailed with Tony
    # Blair in Bromsgrove?", which the article does not say, showed "Education Secretary Ruth
    # Kelly" in bold.
    chunk = stored_chunk(text, article_id="sail", title="Blair sails")
    answer, _ = read_and_answer("What is the name of the instructor who sailed with Tony Blair?",
                                [(chunk, [0.9, 0.5])], {"Tony Blair": (3.0, "Ruth Kelly", 0.9)})
    assert answer.abstained is refused


@pytest.mark.parametrize(("question", "text", "name"), [
    # another firm's or country's holder of the role (a trial of stop 35 showed both in bold)
    ("Who is the chief executive of Xstrata?",
     "And WMC chief executive Andrew Michelmore said the Xstrata offer was low.", None),
    ("Who is the Bulgarian prime minister?", "It was signed, said Albanian Prime Minister "
     "Fatos Nano.", None),
    # the role's owner named in another form: initials, a word made from a country's name
    ("Who is the director general of the British Retail Consortium?",
     "Sales fell, said BRC director general Kevin Hawkins.", "Kevin Hawkins"),
    ("Who is the manager of the Bulgaria national team?",
     "It was said by the Bulgarian manager, Hristo Stoichkov, on Monday.", "Hristo Stoichkov"),
    # words that say what kind of role it is, or whose without naming anyone, own nothing
    ("Who is Cambodia's police spokesman?",
     "National Police spokesman Chhay Kim Khoeun told The Post.", "Chhay Kim Khoeun"),
    # but they do when the question names a body (the last trial of stop 35)
    ("Who is the spokesman of the Ministry of Interior?",
     "National Police spokesman Chhay Kim Khoeun told The Post.", None),
    ("Who is Ashia Hansen's coach?", "Her coach Aston Moore told the Times.", "Aston Moore"),
    # a day is no person ("On Tuesday, WMC chairman Tommie Bergman said": a trial showed "On
    # Tuesday" in bold)
    ("Who is the chairman of WMC Resources?",
     "On Tuesday, WMC chairman Tommie Bergman said the offer was low.", "Tommie Bergman"),
])
def test_a_role_holder_is_not_another_bodys_nor_a_day(question, text, name):
    found = role_holder(question, text)
    assert (text[found[1] : found[2]] if found else None) == name


@pytest.mark.parametrize(("text", "short"), [
    ("Referee Andy Turner waved play on. The Barbarians lost.", "Andy Turner"),
    ("Williams, a replacement, said the Barbarians lost. It rained.", None),  # no referee: refused
])
def test_who_refereed_asks_for_the_referee(text, short):
    # A new user's trial (stop 35): "Who refereed Wales' 24-18 victory over France?", which
    # the article does not say, showed "Williams" (a player quoted) in bold.
    chunk = stored_chunk(text, article_id="match", title="Barbarians lose")
    answer, _ = read_and_answer("Who refereed the Barbarians' match?", [(chunk, [0.9, 0.5])],
                                {text.split()[0]: (3.0, "Williams" if short is None
                                                   else "Andy Turner", 0.9)})
    assert (answer.short.text if answer.short else None) == short
    assert answer.abstained is (short is None)


@pytest.mark.parametrize(("question", "holder"), [
    # trial H (stop 42): who is in charge of a body is who runs it, its chief executive
    ("Who is in charge of the Northvale hospitals trust?", "Miriam Okafor"),
    # but in charge of a function is its head ("head of quality", trial G)
    ("Who is in charge of quality at the Northvale trust?", None),
])
def test_who_is_in_charge_of_a_body_is_who_runs_it(question, holder):
    text = "The trust's chief executive, Dr Miriam Okafor, 52, said the winter was hard."
    found = role_holder(question, text)
    assert (text[found[1] : found[2]] if found else None) == holder


@pytest.mark.parametrize(("question", "holder"), [
    ("Who directed The Salt Road?", "Kadri Lepik"),  # the question's verb, "directed by"
    # a follow-up naming nothing: not any film's director (trial H's "Who directed it?")
    ("Who directed it?", None),
])
def test_the_name_after_the_questions_verb_in_the_passive(question, holder):
    text = "The film, directed by Kadri Lepik, 38, follows two sisters."
    found = role_holder(question, text)
    assert (text[found[1] : found[2]] if found else None) == holder


@pytest.mark.parametrize(("question", "text", "holder"), [
    # trial I (stop 42): a body's head is its chief executive
    ("Who is the head of Hallerton Airport?",
     "The airport's chief executive, Priya Ramaswamy, 49, said work would begin.",
     "Priya Ramaswamy"),
    ("Who is the head of Ashgrove Academy?", "Headteacher Ruth Okonjo said it was a proud day.",
     "Ruth Okonjo"),
    # not its chief economist
    ("Who is the head of Hallerton Airport?",
     "The airport's chief economist, Priya Ramaswamy, said work would begin.", None),
])
def test_the_head_of_a_body_is_its_chief_executive(question, text, holder):
    found = role_holder(question, text)
    assert (text[found[1] : found[2]] if found else None) == holder


@pytest.mark.parametrize(("question", "sentence", "name"), [
    # trial IG of stop 56: a committee asked who is in charge of is chaired, and a relative's
    # role is not theirs ("Joan Ambrose" was shown)
    ("Who is in charge of the Harbridge Carnival committee?",
     "The committee's secretary, Joan Ambrose, who is married to the chairman, said it took "
     "14 months.", None),
    ("Who is in charge of the Harbridge Carnival committee?",
     "Carnival committee chairman Keith Ambrose, 72, said it was great.", "Keith Ambrose"),
    # trials IE and IF: a police officer named by rank (refused)
    ("Which police officer is in charge of the Hartley & Sons robbery inquiry?",
     "Detective Inspector Sarah Quinlan, of Northmoor Police, said it was brazen.",
     "Sarah Quinlan"),
])
def test_stop_56_trials_role_holders(question, sentence, name):
    found = role_holder(question, sentence)
    assert (sentence[found[1] : found[2]] if found else None) == name


@pytest.mark.parametrize(("question", "sentence", "said"), [
    # trial IG of stop 56: a campaign led is chaired (refused)
    ("Who leads the Save Combe Valley campaign?",
     "Save Combe Valley, chaired by retired vet Alan Fairbrother, 71, asked for a delay.", True),
    ("Which officer led the Westmere Police raid?",
     "Detective Inspector Claire Wadsworth, who led the operation, said so.", True),
    ("Which officer led the Westmere Fire Service crews?",
     "Detective Inspector Claire Wadsworth, who led the operation, said so.", False),
    # trials IQ and IV of stop 56 (refused): a petition launched is started, a book's author
    # wrote it, a team is run by its leader
    ("Who launched the petition to save Kettlewick library?",
     "The petition was started by retired head teacher Margaret Okafor, 71.", True),
    ("Who is the author of the Hollins Moor centenary history book?",
     "A centenary history book, written by member Anne Whitworth, is on sale.", True),
    ("Who is the author of the Hollins Moor centenary history book?",
     "The book is on sale, said club captain Stephen Ainsworth.", False),
    ("Who is in charge of the Dalesmoor Mountain Rescue Team?",
     "Team leader Gareth Pickles said volunteers had used tracked vehicles.", True),
])
def test_stop_56_trials_roles_said(question, sentence, said):
    assert role_said(question, sentence) is said


@pytest.mark.parametrize(("text", "name"), [
    # trial VC of stop 66: a role of a body said in lower-case words after "the" (refused the
    # age of the man who chairs the harbour commissioners) ...
    ("The chairman of the harbour commissioners, Roger Trembath, 71, said boats had left.",
     "Roger Trembath"),
    # ... not any word after "of the" ("mother" is no role)
    ("The mother of the injured boy, Jane Marsh, 41, said boats had left.", None),
])
def test_a_role_of_a_body_called_by_what_it_is_in_several_words(text, name):
    found = role_holder("Who chairs the Porthcarrow harbour commissioners?", text)
    assert (text[found[1] : found[2]] if found else None) == name


@pytest.mark.parametrize(("text", "name"), [
    # trial JN of stop 57: a word saying what kind of manager opens the sentence (refused)
    ("Registered manager Sunita Rahman, 39, said the turnaround was down to the team.",
     "Sunita Rahman"),
    # ... but another body's named so is not the home's (trial HU: the fire service's)
    ("Station manager Kevin Agnew, 51, said the fire was out.", None),
])
def test_a_word_saying_what_kind_of_role_opens_the_sentence(text, name):
    found = role_holder("Who is in charge of running Oakhurst Lodge care home?", text)
    assert (text[found[1] : found[2]] if found else None) == name


@pytest.mark.parametrize(("question", "short"), [
    # trial XO of stop 68: a role held beside another before the name, the firm named
    # elsewhere in its story (refused)
    ("Who is the managing director of the Lydbrook brewery Kestrel Ales?", "Owen Prichard"),
    ("Who is the head brewer at the Lydbrook brewery Kestrel Ales?", None),  # (a guard)
])
def test_a_role_said_beside_another_as_a_title(question, short):
    lead = stored_chunk("Kestrel Ales, a craft brewery that began in a garden shed in Lydbrook, "
                        "is to double its output.", article_id="kestrel",
                        title="Forest brewery to more than double output")
    named = stored_chunk("Co-founder and managing director Owen Prichard, 41, said the brewery "
                         "produced 620,000 pints last year.", article_id="kestrel", start=200,
                         title="Forest brewery to more than double output")
    answer, _ = read_and_answer(question, [(lead, [0.9]), (named, [0.8])],
                                {"garden shed": (-1.0, "Lydbrook"), "Prichard": (-4.0, "Owen")})
    assert (answer.short.text if answer.short else None) == short


@pytest.mark.parametrize(("question", "short"), [
    # trial XK of stop 68: the name's own title after the role, after a sentence opening on a
    # person ("Not sure")
    ("Who is the opposition leader on Northmoorshire County Council?", "Priya Raman"),
    ("Who is the council leader of Northmoorshire County Council?", None),  # (a guard)
])
def test_a_role_before_the_names_own_title(question, short):
    lead = stored_chunk("Northmoorshire County Council has a record backlog of potholes.",
                        article_id="potholes", title="Pothole backlog hits record")
    named = stored_chunk("Mr Fenwick said the cost of filling a pothole had risen. Opposition "
                         "leader Councillor Priya Raman, 41, said the figures were a disgrace.",
                         article_id="potholes", start=200, title="Pothole backlog hits record")
    answer, _ = read_and_answer(question, [(lead, [0.9]), (named, [0.7, 0.8])],
                                {"backlog": (-1.0, "Northmoorshire"),
                                 "disgrace": (-4.0, "Councillor Priya Raman")})
    assert (answer.short.text if answer.short else None) == short


_MAYORS = ("It will be switched on at 5pm on Saturday by the Mayor of Castleford Green, Councillor "
           "Brian Fenwick, and the Mayor of Lillevik, Ingrid Solheim, who is visiting the town.")


@pytest.mark.parametrize(("question", "text", "name"), [
    # trial AAF of stop 71: two holders of one role, the body asked said before the second
    # ("Castleford Green", the first's body, shown as the mayor) ...
    ("Who is the mayor of Lillevik?", _MAYORS, "Ingrid Solheim"),
    # ... and before the first
    ("Who is the mayor of Castleford Green?", _MAYORS, "Brian Fenwick"),
    # ... the first when no body is asked
    ("Who is the mayor?", _MAYORS, "Brian Fenwick"),
    # ... none when the question names the other body's holder (found replaying the rule:
    # Councillor Fenwick's age shown for "How old is the Mayor of Lillevik, Ingrid Solheim?")
    ("Who is the Mayor of Lillevik, Ingrid Solheim?", _MAYORS, None),
    # ... and the body said after the holder is no holder of another (replayed: trial YW)
    ("Who is the chairman of the Bramford Chamber of Trade?", "Julie Barnard, 63, chairman of "
     "the Bramford Chamber of Trade, welcomed the scheme.", "Julie Barnard"),
])
def test_stop_71_role_holders_of_the_body_asked(question, text, name):
    found = role_holder(question, text)
    assert (found and text[found[1] : found[2]]) == name or found is name is None
