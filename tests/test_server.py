"""Chroma server mode: shared libraries, and a server that is down."""

import pytest

from qa import Library, ServerUnreachableError
from qa.cli import main
from tests.helpers import SEEDS, assert_quotes_exact, free_port, start_chroma, write


def test_two_clients_see_the_same_library(chroma_server, embedder, tmp_path):
    writer = Library.connect(chroma_server, embedder=embedder, name="shared-news")
    reader = Library.connect(chroma_server, embedder=embedder, name="shared-news")
    write(tmp_path / "a.txt", "Bridge Reopens\n\nThe harbour bridge reopened on Monday, "
                              "said the city engineer Mara Lind.")
    assert reader.articles() == []
    writer.ingest([tmp_path])
    answer = reader.ask("Who is the city engineer?")
    assert "Mara Lind" in answer.citations[0].quote
    assert_quotes_exact(reader, answer)
    write(tmp_path / "a.txt", "Bridge Reopens\n\nThe harbour bridge reopened on Monday, "
                              "said the city engineer Jon Berg.")
    writer.ingest([tmp_path])
    assert "Jon Berg" in reader.ask("Who is the city engineer?").citations[0].quote


def test_a_server_readers_bm25_segments_go_where_qa_server_cache_says(chroma_server, embedder,
                                                                     tmp_path, monkeypatch):
    monkeypatch.setenv("QA_SERVER_CACHE", str(tmp_path / "cache"))
    lib = Library.connect(chroma_server, embedder=embedder, name="cached-here")
    write(tmp_path / "docs" / "a.txt", "Ferry News\n\nThe ferry to Town3 sails at noon, "
                                       "said the harbour master Ola Dahl.")
    lib.ingest([tmp_path / "docs"])
    assert "Ola Dahl" in lib.ask("Who is the harbour master?").citations[0].quote
    [folder] = (tmp_path / "cache").iterdir()  # one library on one server
    assert (folder / "bm25").is_dir()


def test_unreachable_server_is_a_one_line_error_naming_the_url(embedder):
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(ServerUnreachableError, match=url.replace(".", r"\.")):
        Library.connect(url, embedder=embedder)


def test_cli_reports_unreachable_server(capsys):
    url = f"http://127.0.0.1:{free_port()}"
    assert main(["list", "--server", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: Chroma server {url} did not answer") and err.count("\n") == 1


def test_server_stopped_then_restarted_the_command_can_be_retried(tmp_path, embedder):
    port = free_port()
    proc = start_chroma(tmp_path / "data", port)
    url = f"http://127.0.0.1:{port}"
    try:
        lib = Library.connect(url, embedder=embedder)
        lib.ingest([SEEDS])
        proc.terminate()
        proc.wait(timeout=20)
        with pytest.raises(ServerUnreachableError, match="did not answer"):
            lib.ask("Who owns the Rock Entertainment Centre?")
        proc = start_chroma(tmp_path / "data", port)
        answer = lib.ask("Who owns the Rock Entertainment Centre?")
        assert "Kith Theang" in answer.citations[0].quote
    finally:
        proc.terminate()
        proc.wait(timeout=20)
