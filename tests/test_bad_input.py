"""Hostile and broken input: a clear one-line message naming the thing, nothing lost."""

import json
import os
import stat
from pathlib import Path

import pytest

from qa import InputError, Library, NotAStoreError, StoreError
from tests.helpers import SEED_QUESTIONS, SEEDS, write

GOOD = "Bridge Story\n\nThe harbour bridge reopened on Monday after six months of repairs."


def _bad_files(tmp_path):
    return {
        "empty.txt": (b"", "is empty"),
        "blank.txt": (b"  \n\n \t ", "is empty"),
        "binary.txt": (bytes(range(256)) * 40, "binary"),
        "nul.md": (b"text with a \x00 NUL byte inside", "binary"),
        "huge.txt": (b"word " * (4 * 1024 * 1024 + 10), "over the 10 MB limit"),
        "punct.txt": (b"?!... --- !!!", "no words"),
        "broken.json": (b'{"text": "unterminated', "invalid JSON"),
        "notext.json": (b'{"title": "no text field"}', "'text'"),
    }


@pytest.mark.parametrize("name", list(_bad_files(None)))
def test_bad_file_is_reported_with_its_name_and_the_rest_is_indexed(library, tmp_path, name):
    content, message = _bad_files(tmp_path)[name]
    write(tmp_path / "in" / "good.txt", GOOD)
    write(tmp_path / "in" / name, content)
    report = library.ingest([tmp_path / "in"])
    assert len(report.added) == 1
    [problem] = report.failed
    assert problem.source.endswith(name) and message in problem.message
    assert "\n" not in problem.message


def test_undecodable_bytes_fall_back_instead_of_failing(library, tmp_path):
    write(tmp_path / "latin.txt", "Caf\u00e9 Story\n\nThe caf\u00e9 opened in Z\u00fcrich "
          "on Monday with a new menu.".encode("cp1252"))
    report = library.ingest([tmp_path])
    assert len(report.added) == 1
    assert "Z\u00fcrich" in library.article_text(report.added[0])


def test_utf16_with_a_byte_order_mark_is_read_as_text(library, tmp_path):
    write(tmp_path / "windows.txt", "\ufeffCaf\u00e9 Story\r\n\r\nThe caf\u00e9 opened in "
          "Z\u00fcrich on Monday.".encode("utf-16-le"))
    report = library.ingest([tmp_path])
    assert len(report.added) == 1, report.failed
    assert library.article_text(report.added[0]).endswith("opened in Z\u00fcrich on Monday.")


def test_invalid_json_lines_are_reported_and_good_lines_kept(library, tmp_path):
    write(tmp_path / "a.jsonl", '{"id": "1", "text": "Good line about ships."}\n'
                                'not json at all\n'
                                '{"id": "2", "text": "Another good line about trains."}\n')
    report = library.ingest([tmp_path])
    assert sorted(report.added) == ["1", "2"]
    assert [p.source for p in report.failed] == [f"{tmp_path / 'a.jsonl'} line 2"]


def test_a_json_file_of_no_article_is_one_line_of_the_report(library, tmp_path):
    # a new user's trial of stop 40 indexed a folder holding its `qa eval` question file and
    # was shown 53 lines, one a question
    questions = "".join(json.dumps({"question": f"Who is number {n}?", "answers": [str(n)]})
                        + "\n" for n in range(20))
    write(tmp_path / "questions.jsonl", questions)
    write(tmp_path / "odd.jsonl", '{"title": "no text"}\n[1, 2]\n')
    write(tmp_path / "good.txt", GOOD)
    report = library.ingest([tmp_path])
    assert len(report.added) == 1
    failed = {Path(p.source).name: p.message for p in report.failed}
    assert set(failed) == {"odd.jsonl"}
    assert failed["odd.jsonl"].startswith("none of its 2 lines is an article (line 1: ")
    # a question file is skipped under its own heading, not "broken" (a trial of stop 40)
    [questions] = report.skipped
    assert Path(questions.source).name == "questions.jsonl"
    assert "keep it outside the folders you index" in questions.message


def test_deeply_nested_html_does_not_crash(library, tmp_path):
    write(tmp_path / "deep.html", "<div>" * 50000 + "text" + "</div>" * 50000)
    write(tmp_path / "good.txt", GOOD)
    report = library.ingest([tmp_path])
    assert len(report.added) >= 1


def test_symlink_loop_is_not_followed_forever(library, tmp_path):
    write(tmp_path / "news" / "good.txt", GOOD)
    os.symlink(tmp_path / "news", tmp_path / "news" / "loop")
    report = library.ingest([tmp_path / "news"])
    assert len(report.added) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_reported(library, tmp_path):
    path = write(tmp_path / "secret.txt", GOOD)
    path.chmod(0)
    report = library.ingest([tmp_path])
    assert "permission denied" in report.failed[0].message


def test_unusual_characters_in_paths(library, tmp_path):
    write(tmp_path / "spaced name \u00e9\u00e8 #1 [x].txt", GOOD)
    report = library.ingest([tmp_path])
    assert len(report.added) == 1
    answer = library.ask("When did the harbour bridge reopen?")
    assert "spaced name" in answer.citations[0].source


def test_missing_path_and_empty_folder(library, tmp_path):
    with pytest.raises(InputError, match="does-not-exist does not exist"):
        library.ingest([tmp_path / "does-not-exist"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="holds no article files"):
        library.ingest([tmp_path / "empty"])
    # a single file is not said to hold files (a new user's trial: "/usr/bin/true holds...")
    with pytest.raises(InputError, match=r"tool\.exe is not an article file \(.*\.txt"):
        library.ingest([write(tmp_path / "tool.exe", b"\x7fELF")])


def test_a_directory_that_is_not_a_store_is_never_used(tmp_path, embedder):
    write(tmp_path / "mine" / "thesis.docx", b"precious")
    with pytest.raises(NotAStoreError, match="is not a qa store"):
        Library(tmp_path / "mine", embedder=embedder)
    assert (tmp_path / "mine" / "thesis.docx").read_bytes() == b"precious"
    assert sorted(os.listdir(tmp_path / "mine")) == ["thesis.docx"]
    write(tmp_path / "file", "x")
    with pytest.raises(NotAStoreError, match="is a file"):
        Library(tmp_path / "file", embedder=embedder)


def test_store_from_another_version_is_refused(tmp_path, embedder):
    Library(tmp_path / "s", embedder=embedder)
    write(tmp_path / "s" / "qa-store.json", '{"format": 0}')
    with pytest.raises(NotAStoreError, match="another version"):
        Library(tmp_path / "s", embedder=embedder)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_store_directory(tmp_path, embedder):
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro").chmod(stat.S_IRUSR | stat.S_IXUSR)
    with pytest.raises(StoreError, match="writable"):
        Library(tmp_path / "ro" / "store", embedder=embedder)


def test_failed_ingest_loses_nothing_already_indexed(library, tmp_path):
    library.ingest([SEEDS])
    write(tmp_path / "bad.txt", b"")
    report = library.ingest([tmp_path])
    assert report.failed and not report.removed
    question, phrase = SEED_QUESTIONS[0]
    assert phrase in library.ask(question).citations[0].quote


def test_file_that_became_unreadable_keeps_its_articles(library, tmp_path):
    path = write(tmp_path / "news" / "story.txt", GOOD)
    library.ingest([tmp_path / "news"])
    path.write_bytes(b"\x00\x01\x02 binary now")
    report = library.ingest([tmp_path / "news"])
    assert report.failed and report.removed == ()
    assert len(library.articles()) == 1


def test_all_hostile_files_together_then_the_seeds_still_answer(library, tmp_path):
    folder = tmp_path / "hostile"
    for name, (content, _) in _bad_files(tmp_path).items():
        write(folder / name, content)
    write(folder / "deep.html", "<div>" * 50000 + "text" + "</div>" * 50000)
    os.symlink(folder, folder / "loop")
    library.ingest([SEEDS])
    report = library.ingest([folder])
    assert len(report.failed) >= len(_bad_files(tmp_path))
    assert all("\n" not in p.message for p in report.failed)
    for question, phrase in SEED_QUESTIONS:
        assert phrase in library.ask(question).citations[0].quote


def test_corrupt_store_is_a_clear_error_and_not_overwritten(tmp_path, embedder):
    Library(tmp_path / "s", embedder=embedder).ingest([SEEDS])
    db = tmp_path / "s" / "chroma.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=str(tmp_path / "s")) as info:
        Library(tmp_path / "s", embedder=embedder).articles()
    assert "\n" not in str(info.value)
    assert db.read_bytes().startswith(b"this is not a database")


def test_an_emptied_store_database_is_a_clear_error_and_not_rewritten(tmp_path, embedder):
    # (a new user's trial, stop 37: "no articles in ... yet", and the file made anew)
    Library(tmp_path / "s", embedder=embedder).ingest([SEEDS])
    db = tmp_path / "s" / "chroma.sqlite3"
    db.write_bytes(b"")
    with pytest.raises(StoreError, match="is empty, so the store is damaged") as info:
        Library(tmp_path / "s", embedder=embedder).articles()
    assert "\n" not in str(info.value)
    assert db.stat().st_size == 0


def test_broken_record_in_an_archive_keeps_its_indexed_version(library, tmp_path):
    path = write(tmp_path / "wire.jsonl", '{"id": "w1", "text": "Ships arrived in port."}\n'
                                          '{"id": "w2", "text": "Trains left on time."}\n'
                                          '{"id": "w3", "text": "Planes were delayed."}\n')
    library.ingest([tmp_path])
    write(path, '{"id": "w1", "text": "Ships arrived in port."}\n{"id": "w2", "te\n'
                '{"id": "w3", "text": "Planes were delayed."}\n')
    report = library.ingest([tmp_path])
    assert report.removed == () and len(report.failed) == 1
    assert sorted(a.article_id for a in library.articles()) == ["w1", "w2", "w3"]
    write(path, "{bad\n")
    report = library.ingest([path])
    assert report.removed == ()
    assert len(library.articles()) == 3


def test_html_page_without_an_article_is_refused_not_indexed(library, tmp_path):
    write(tmp_path / "menu.html", "<html><body><nav>menu</nav></body></html>")
    report = library.ingest([tmp_path])
    assert "no article text" in report.failed[0].message and not report.added


def test_a_missing_article_is_an_input_error(library):
    with pytest.raises(InputError, match="no article 'no-such-id'"):
        library.article_text("no-such-id")
