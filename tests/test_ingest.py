"""Ingesting folders: formats, idempotence, updates and removals."""

import json
import shutil

import pytest

from qa import InputError
from tests.helpers import SEED_FILE, SEEDS, assert_quotes_exact, write

STORY = ("Harbour Bridge Reopens\n\n"
         "The harbour bridge reopened on Monday after six months of repairs. "
         "The city engineer, Mara Lind, said the steel cables had been replaced.\n\n"
         "Traffic is expected to return to normal by Friday.")


def test_ingesting_twice_embeds_nothing_the_second_time(library, tmp_path):
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    write(folder / "bridge.txt", STORY)
    first = library.ingest([folder])
    assert len(first.added) == 2 and first.embedded > 0 and first.chunks > 0
    again = library.ingest([folder])
    assert again.embedded == 0 and again.chunks == 0
    assert sorted(again.unchanged) == sorted(first.added)
    assert len(library.articles()) == 2
    assert library.stats().chunks == first.chunks


def test_changed_file_is_reindexed_and_removed_file_is_dropped(library, tmp_path):
    folder = tmp_path / "news"
    bridge = write(folder / "bridge.txt", STORY)
    write(folder / "other.txt", "Other News\n\nA second story about the regional library.")
    library.ingest([folder])
    bridge.write_text(STORY.replace("Mara Lind", "Jon Berg"), encoding="utf-8")
    (folder / "other.txt").unlink()
    report = library.ingest([folder])
    assert report.updated == (str(bridge.resolve()),)
    assert len(report.removed) == 1 and report.removed[0].endswith("other.txt")
    answer = library.ask("Who is the city engineer?")
    assert "Jon Berg" in answer.citations[0].quote
    assert "Mara Lind" not in answer.text
    assert [a.title for a in library.articles()] == ["Harbour Bridge Reopens"]
    assert_quotes_exact(library, answer)


def test_an_update_rewrites_only_the_chunks_and_sentences_it_changed(library, tmp_path):
    towns = ["Arden", "Bexley", "Corran", "Dunmore", "Elston"]
    paragraphs = [" ".join(f"The council of {town} met on day {d} to discuss item {d} of the "
                           f"budget for the {town} harbour, roads and schools this year."
                           for d in range(1, 5)) for town in towns]
    path = write(tmp_path / "council.txt", "Council Budgets\n\n" + "\n\n".join(paragraphs))
    first = library.ingest([tmp_path])
    assert first.chunks >= 4
    added = " The Elston mayor, Ines Varga, resigned over the ferry contract."
    path.write_text(path.read_text(encoding="utf-8") + added, encoding="utf-8")
    report = library.ingest([tmp_path])
    assert report.updated == (str(path.resolve()),)
    assert report.embedded == 1  # the new sentence; the rest were already embedded
    assert report.chunks == 1  # only the last chunk changed
    assert library.stats().chunks == first.chunks
    answer = library.ask("Who resigned over the ferry contract?")
    assert "Ines Varga" in answer.citations[0].quote
    assert_quotes_exact(library, answer)


def test_headline_becomes_the_title_and_opening_words_otherwise(library, tmp_path):
    write(tmp_path / "a" / "bridge.txt", STORY)
    shutil.copy(SEED_FILE, tmp_path / "a" / SEED_FILE.name)
    library.ingest([tmp_path / "a"])
    titles = sorted(a.title for a in library.articles())
    assert titles == sorted(["Harbour Bridge Reopens",
                             "Minister of Interior Sar Kheng said on Tuesday that police\u2026"])


def test_json_and_jsonl_archives_keep_their_ids(library, tmp_path):
    rows = [{"id": "bbc-1", "title": "Rates held", "date": "2005-02-01",
             "text": "The central bank held interest rates at 4.75% on Thursday."},
            {"_id": "bbc-2", "title": "Cup final",
             "text": "Arsenal won the cup final on penalties after a goalless draw."}]
    write(tmp_path / "news.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    write(tmp_path / "one.json", json.dumps({"id": "x-9", "text": "A lone story about bees."}))
    report = library.ingest([tmp_path])
    assert sorted(report.added) == ["bbc-1", "bbc-2", "x-9"]
    infos = {a.article_id: a for a in library.articles()}
    assert infos["bbc-1"].date == "2005-02-01" and infos["bbc-1"].title == "Rates held"
    answer = library.ask("What did the central bank do with interest rates?")
    assert answer.citations[0].article_id == "bbc-1"
    assert answer.citations[0].date == "2005-02-01"
    assert_quotes_exact(library, answer)


def test_record_removed_from_an_archive_is_dropped(library, tmp_path):
    path = tmp_path / "news.jsonl"
    write(path, '{"id": "a", "text": "Story a about ships."}\n'
                '{"id": "b", "text": "Story b about trains."}\n')
    library.ingest([path])
    write(path, '{"id": "a", "text": "Story a about ships."}\n')
    report = library.ingest([path])
    assert report.removed == ("b",) and report.unchanged == ("a",)


def test_ingesting_one_file_looks_up_only_its_articles(library, tmp_path):
    write(tmp_path / "all" / "bridge.txt", STORY)
    write(tmp_path / "all" / "news.jsonl", '{"id": "a", "text": "Story a about ships."}\n')
    library.ingest([tmp_path / "all"])
    # The same id from another file is the same article, updated; the others are left alone.
    later = write(tmp_path / "later.jsonl", '{"id": "a", "text": "Story a about ferries."}\n')
    report = library.ingest([later])
    assert report.updated == ("a",) and not report.added and not report.removed
    assert len(library.articles()) == 2 and library.stats().articles == 2
    assert "ferries" in library.article_text("a")


def test_html_article_text_title_and_date_come_from_trafilatura(library, tmp_path):
    html = """<html><head><title>Bridge reopens | City News</title>
    <meta property="article:published_time" content="2024-03-04"></head><body>
    <nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
    <article><h1>Bridge reopens</h1>
    <p>The harbour bridge reopened on Monday after six months of repairs that cost the city
    twelve million dollars, according to the city engineer Mara Lind.</p>
    <p>Traffic is expected to return to normal by Friday, officials said at a briefing.</p>
    </article><footer>Copyright City News</footer></body></html>"""
    write(tmp_path / "bridge.html", html)
    library.ingest([tmp_path])
    [info] = library.articles()
    assert "Bridge reopens" in info.title and info.date == "2024-03-04"
    text = library.article_text(info.article_id)
    assert "twelve million dollars" in text and "Copyright" not in text
    answer = library.ask("How much did the bridge repairs cost?")
    assert "twelve million dollars" in answer.citations[0].quote
    assert_quotes_exact(library, answer)


def test_markdown_heading_is_the_title(library, tmp_path):
    write(tmp_path / "notes.md", "# Council votes on parks\n\nThe council voted 7 to 2 "
                                 "to fund three new parks in the north of the city.")
    library.ingest([tmp_path])
    assert library.articles()[0].title == "Council votes on parks"


def test_files_read_by_an_older_reading_are_read_again(library, tmp_path, monkeypatch):
    # An .md article indexed before Markdown's marks were taken out (stop 42) kept "**" in
    # its quotes: the file table said it had not changed. A reading of another version reads
    # it again, and writes again only the articles whose text changed.
    import index.articles
    import index.ingest

    write(tmp_path / "notes.md", "# Parks\n\nThe council voted **7 to 2** to fund parks.")
    write(tmp_path / "bridge.txt", STORY)
    monkeypatch.setattr(index.ingest, "READ_VERSION", 1)  # as before versions were kept
    monkeypatch.setattr(index.articles, "plain_markdown", lambda text: text)
    library.ingest([tmp_path])
    assert "**" in library.ask("How did the council vote on parks?").citations[0].quote
    monkeypatch.undo()
    report = library.ingest([tmp_path])
    assert report.updated == (str(tmp_path / "notes.md"),)
    assert report.unchanged == (str(tmp_path / "bridge.txt"),)
    assert "7 to 2" in library.ask("How did the council vote on parks?").citations[0].quote
    assert all("**" not in c.quote for c in library.ask("How did the council vote?").citations)
    assert library.ingest([tmp_path]).embedded == 0  # read once: the next ingest reads nothing


def test_other_file_types_are_skipped_and_reported(library, tmp_path):
    write(tmp_path / "bridge.txt", STORY)
    write(tmp_path / "photo.png", b"\x89PNG\r\n\x1a\n")
    report = library.ingest([tmp_path])
    assert len(report.added) == 1
    assert [p.source for p in report.skipped] == [str(tmp_path / "photo.png")]


def test_progress_is_reported(library, tmp_path):
    write(tmp_path / "bridge.txt", STORY)
    seen = []
    library.ingest([tmp_path], progress=lambda stage, done, total: seen.append(stage))
    assert "reading" in seen and "embedding" in seen


def test_sync_follows_a_folder_and_remove_drops_one(library, tmp_path):
    folder = tmp_path / "news"
    write(folder / "bridge.txt", STORY)
    write(folder / "ships.txt", "Ships\n\nThe ferry company bought two new ships in March.")
    first = library.sync(folder)
    assert len(first.added) == 2
    again = library.sync(folder)
    assert again.embedded == 0 and not again.changed
    (folder / "ships.txt").unlink()
    write(folder / "trains.txt", "Trains\n\nThe night train to the coast returns in June.")
    report = library.sync(folder)
    assert len(report.added) == 1 and len(report.removed) == 1 and not report.updated
    removed = library.remove(folder / "bridge.txt")
    assert removed.removed == (str((folder / "bridge.txt").resolve()),)
    assert [a.title for a in library.articles()] == ["Trains"]
    with pytest.raises(InputError, match="no article with id or path"):
        library.remove("nothing-like-this")


def test_remove_takes_an_id_a_file_or_a_folder(library, tmp_path):
    write(tmp_path / "news" / "a.jsonl", '{"id": "a1", "text": "Story one about ships."}\n'
                                         '{"id": "a2", "text": "Story two about trains."}\n')
    write(tmp_path / "news" / "local" / "bridge.txt", STORY)
    write(tmp_path / "news" / "local" / "ferry.txt", "Ferry\n\nThe ferry runs again in May.")
    write(tmp_path / "other" / "ships.txt", "Ships\n\nThe company bought two new ships.")
    library.ingest([tmp_path / "news", tmp_path / "other"])
    assert library.remove("a1").removed == ("a1",)
    assert library.remove(tmp_path / "news" / "a.jsonl").removed == ("a2",)
    assert len(library.remove(tmp_path / "news").removed) == 2  # the folder's two files
    assert [a.title for a in library.articles()] == ["Ships"]


def test_removing_most_articles_gives_the_disk_space_back(tmp_path, embedder):
    from qa import Library

    library = Library(tmp_path / "store", embedder=embedder)
    folder = tmp_path / "news"
    for n in range(30):
        body = " ".join(f"Item {i} of budget {n} was approved by council {n}." for i in range(40))
        write(folder / f"story-{n}.txt", f"Story {n}\n\n{body}")
    library.sync(folder)
    database = tmp_path / "store" / "chroma.sqlite3"
    full = database.stat().st_size
    for n in range(3, 30):
        (folder / f"story-{n}.txt").unlink()
    assert len(library.sync(folder).removed) == 27
    assert database.stat().st_size < 0.7 * full
    answer = library.ask("What was item 7 of budget 2?")
    assert "Item 7 of budget 2" in answer.citations[0].quote
    assert_quotes_exact(library, answer)


def test_ingest_leaves_the_word_index_ready_for_the_first_question(tmp_path, embedder):
    from index.lexical_cache import LexicalCache
    from index.store import Store
    from qa import Library

    Library(tmp_path / "store", embedder=embedder).ingest([SEEDS])
    store = Store.open_directory(tmp_path / "store", create=False)
    saved = LexicalCache(store, store.cache_dir() / "bm25")._read()
    assert saved is not None and saved.matches(store.state()) and saved.segments


def test_large_libraries_are_read_in_pages(library, tmp_path, monkeypatch):
    # Chroma fails on one read of more than about 32k records; pages of 2 show the paging.
    monkeypatch.setattr("index.store.PAGE", 2)
    for n in range(5):
        write(tmp_path / f"story{n}.txt", f"Story {n}\n\nThe mayor of Town{n} is Person{n}.")
    library.ingest([tmp_path])
    assert len(library.articles()) == 5
    answer = library.ask("Who is the mayor of Town3?")
    assert "Person3" in answer.citations[0].quote
    assert_quotes_exact(library, answer)
