"""index.articles: titles and dates of articles, with or without a headline (no model, no store)."""

import json

import pytest

from index.articles import load_file
from tests.helpers import SEED_FILE, write

pytestmark = pytest.mark.fast


def _title(path) -> str:
    articles, problems = load_file(path)
    assert not problems
    return articles[0].title


def test_an_article_without_a_headline_is_titled_by_its_opening_words_not_its_file_name():
    title = _title(SEED_FILE)
    assert title == "Minister of Interior Sar Kheng said on Tuesday that police\u2026"
    assert SEED_FILE.stem not in title


def test_a_short_first_sentence_is_the_whole_title(tmp_path):
    path = write(tmp_path / "x9f3.txt", "The bridge reopened on Monday. Engineers cheered.")
    assert _title(path) == "The bridge reopened on Monday"


def test_a_headline_stays_the_title(tmp_path):
    path = write(tmp_path / "a.txt", "Harbour Bridge Reopens\n\nThe bridge reopened on Monday.")
    assert _title(path) == "Harbour Bridge Reopens"


def test_an_archive_record_without_a_title_is_titled_by_its_text_not_its_line(tmp_path):
    path = write(tmp_path / "news.jsonl", json.dumps(
        {"text": "Arsenal won the cup final on penalties after a goalless draw in Cardiff."}))
    assert _title(path) == "Arsenal won the cup final on penalties after a goalless\u2026"


def test_html_without_a_title_is_titled_by_its_text(tmp_path):
    path = write(tmp_path / "0a1b2c.html", "<html><body><article><p>The harbour bridge "
                 "reopened on Monday after six months of repairs, said the engineer.</p>"
                 "</article></body></html>")
    assert _title(path).startswith("The harbour bridge reopened on Monday")


@pytest.mark.parametrize(("text", "date"), [
    # a dateline as news gives it, in a .txt or .md article (a trial of stop 40: their dates
    # were not shown, an HTML article's was)
    ("Skylark to fly to Porto\n\n*Monday 3 February 2025*\n\nSkylark Air will...", "2025-02-03"),
    ("# Union elects a leader\n\n**Saturday 7 June 2025**\n\nThe union...", "2025-06-07"),
    ("Gallery buys portrait\nBy Tom Pascoe, Arts Reporter · 10 Oct 2024\nThe gallery...",
     "2024-10-10"),
    ("Bridge reopens\nFebruary 3, 2025\nThe bridge...", "2025-02-03"),
    ("Bridge reopens\n2025-02-03\nThe bridge...", "2025-02-03"),
    # a dateline opening the lead, as wire copy writes it (a new user's .txt of stop 42)
    ("Buses cut\n\nDERBY, 3 March 2025 \u2014 The bus company said it would cut 12 routes "
     "from April, blaming the cost of fuel and drivers' pay.", "2025-03-03"),
    ("Buses cut\n\nDerby, March 3, 2025 - The bus company said...", "2025-03-03"),
    # not a sentence that names a date, a headline's date, a date further down, nor a day
    # that does not exist
    ("Strike called\n\nThe strike ends on 3 March 2025.\n\nDrivers...", None),
    ("Strike to end on 3 March 2025, union says\n\nDrivers...", None),
    ("Strike called\na\nb\nc\nd\ne\n3 March 2025", None),
    ("Strike called\n31 February 2025\nDrivers...", None),
])
def test_a_text_article_takes_its_date_from_its_dateline(tmp_path, text, date):
    articles, _ = load_file(write(tmp_path / "a.md", text))
    assert articles[0].date == date


def test_an_untitled_text_opening_on_a_dateline_is_titled_by_its_lead(tmp_path):
    # (a new user's check of stop 47 saw "LEEDS, 2 June 2025 — A community bakery..." as the
    # title under every citation of a .txt with no headline line)
    articles, _ = load_file(write(tmp_path / "a.txt", (
        "LEEDS, 2 June 2025 \u2014 A community bakery in Armley has been saved by its "
        "customers. They bought shares.")))
    assert articles[0].title == "A community bakery in Armley has been saved by its\u2026"
    assert articles[0].date == "2025-06-02"


def test_markdown_marks_are_no_words_of_the_article(tmp_path):
    # A trial of stop 41 was quoted "**" around an .md article's words: its text is what
    # the Markdown shows, so no quote has the marks, and its heading is the title
    articles, _ = load_file(write(tmp_path / "a.md", (
        "# Union elects a *new* leader ##\n\n**Saturday 7 June 2025**\n\n> The union's "
        "**general secretary**, _Jane Doe_, read the [report](http://example.org/r).\n\n"
        "Her snake_case_file and 2*3*4 stay; `code` too.\n\n---\n")))
    article = articles[0]
    assert article.title == "Union elects a new leader"
    assert article.date == "2025-06-07"
    assert article.text.split("\n\n")[1:4] == [
        "Saturday 7 June 2025",
        "The union's general secretary, Jane Doe, read the report.",
        "Her snake_case_file and 2*3*4 stay; code too."]


def test_a_pdf_s_dateline_comes_before_the_date_the_file_was_made(tmp_path):
    # A PDF's metadata dates the file (printed from a browser today), its dateline the story
    from tests.documents import PDF_PAGE_1, PDF_PAGE_2, two_page_pdf

    story = " ".join([PDF_PAGE_1] * 4)  # lines of a page's usual length, the dateline short
    dated = two_page_pdf(tmp_path / "dated.pdf", (f"Monday 3 February 2025\n{story}",
                                                  PDF_PAGE_2))
    undated = two_page_pdf(tmp_path / "undated.pdf")
    assert load_file(dated)[0][0].date == "2025-02-03"
    assert load_file(undated)[0][0].date not in (None, "2025-02-03")  # the file's own date
