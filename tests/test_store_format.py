"""index.store_format: a store directory is ours, of our format, or it is left alone."""

import json

import pytest

from index.articles import find_files
from index.store_format import FORMAT, MARKER, prepare_directory
from qa import NotAStoreError, StoreError

pytestmark = pytest.mark.fast


def test_a_new_directory_gets_the_marker_and_is_accepted_again(tmp_path):
    store = tmp_path / "new" / "store"
    prepare_directory(store)
    assert json.loads((store / MARKER).read_text())["format"] == FORMAT
    prepare_directory(store)  # ours: accepted


@pytest.mark.parametrize(("content", "message"), [
    (None, "not a qa store"),
    (json.dumps({"format": FORMAT + 1}), "written by another version"),
    ("{not json", "is damaged"),
])
def test_a_directory_that_is_not_a_store_of_ours_is_refused(tmp_path, content, message):
    (tmp_path / "notes.txt").write_text("mine")
    if content is not None:
        (tmp_path / MARKER).write_text(content)
    with pytest.raises(NotAStoreError, match=message):
        prepare_directory(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["notes.txt"] + ([MARKER] if content is not None else []))


def test_a_file_or_an_unwritable_place_is_refused(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(NotAStoreError, match="is a file"):
        prepare_directory(tmp_path / "file")
    with pytest.raises(StoreError, match="cannot create a store"):
        prepare_directory(tmp_path / "file" / "store")


def test_folder_walks_skip_a_store_inside_a_corpus(tmp_path):
    (tmp_path / "a.txt").write_text("article")
    prepare_directory(tmp_path / "store")
    (tmp_path / "store" / "inside.txt").write_text("not an article")
    assert [p.name for p in find_files(tmp_path)] == ["a.txt"]
