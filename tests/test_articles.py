"""index.articles: titles of articles, with or without a headline (no model, no store)."""

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
