"""Crash safety and concurrency on an embedded store: SIGKILL mid-ingest, a second writer,
a reader while a writer works."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from qa import Library, StoreBusyError
from tests.helpers import ROOT, SEEDS, assert_quotes_exact, write

TOWNS = 160


def _corpus(folder, version: int) -> None:
    for k in range(TOWNS):
        write(folder / f"town{k:03d}.txt",
              f"Town {k} Council News\n\n"
              f"The council of Town{k} met on Monday to approve the harbour budget for "
              f"version {version}. The mayor of Town{k} is Person{k}, who was elected in "
              f"{1900 + k}. Residents asked for more buses and a new library near the park. "
              f"The budget includes {k + 10} million for roads and {k + 3} new teachers.")


def _ingest_process(store, folder, stderr=subprocess.DEVNULL) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "qa.cli", "ingest", "--store", str(store),
                             str(folder)], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=stderr, text=True)


def _wait_for_first_batch(proc, store) -> None:
    """Return once the ingest process has committed a batch of articles (the store's
    sequence number rose), while it is still running."""
    from index.store import Store

    start = Store.open_directory(store, create=False).state().seq
    deadline = time.monotonic() + 300
    while Store.open_directory(store, create=False).state().seq == start:
        if proc.poll() is not None:
            raise AssertionError("the ingest ended before its first batch was written")
        assert time.monotonic() < deadline
        time.sleep(0.02)


def _check_consistent(lib: Library, expected: int) -> None:
    articles = lib.articles()
    ids = [a.article_id for a in articles]
    assert len(ids) == len(set(ids)) == expected
    assert lib.stats().chunks >= sum(a.chunks for a in articles)


def test_sigkill_during_ingest_loses_nothing_and_duplicates_nothing(tmp_path, embedder):
    store, folder = tmp_path / "store", tmp_path / "towns"
    lib = Library(store, embedder=embedder)
    lib.ingest([SEEDS])
    _corpus(folder, version=1)
    rng = random.Random(20261125)
    partial = []
    for version in (1, 2):  # crashes while adding articles, then while re-indexing them
        _corpus(folder, version=version)
        proc = _ingest_process(store, folder)
        _wait_for_first_batch(proc, store)
        time.sleep(rng.uniform(0.0, 0.3))  # the rest of the ingest takes about 1 s
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        survivor = Library(store, embedder=embedder)
        answer = survivor.ask("Who owns the Rock Entertainment Centre?")
        assert "Kith Theang" in answer.citations[0].quote  # indexed before: still there
        assert_quotes_exact(survivor, answer)
        partial.append(len(survivor.articles()) - 1)
    assert 0 < partial[0] < TOWNS, partial  # the first kill did land mid-ingest
    lib = Library(store, embedder=embedder)
    report = lib.ingest([folder])
    assert not report.failed
    _check_consistent(lib, TOWNS + 1)
    for k in rng.sample(range(TOWNS), 5):
        answer = lib.ask(f"Who is the mayor of Town{k}?")
        assert f"Person{k}" in answer.citations[0].quote
        assert "version 2" in lib.article_text(answer.citations[0].article_id)
        assert_quotes_exact(lib, answer)
    again = lib.ingest([folder])
    assert again.embedded == 0 and len(again.unchanged) == TOWNS


def test_second_writer_is_told_the_store_is_busy_and_a_reader_still_answers(tmp_path,
                                                                            embedder):
    store, folder = tmp_path / "store", tmp_path / "towns"
    Library(store, embedder=embedder).ingest([SEEDS])
    _corpus(folder, version=1)
    proc = _ingest_process(store, folder)
    try:
        deadline = time.monotonic() + 60
        lock = store / "write.lock"
        while not (lock.exists() and lock.read_text().strip()):
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.1)
        writer = Library(store, embedder=embedder)
        with pytest.raises(StoreBusyError, match=f"held by PID {proc.pid}"):
            writer.ingest([SEEDS])
        reader = Library(store, embedder=embedder)
        answer = reader.ask("Who owns the Rock Entertainment Centre?")
        assert "Kith Theang" in answer.citations[0].quote
        assert_quotes_exact(reader, answer)
    finally:
        proc.wait(timeout=300)
    assert proc.returncode == 0
    _check_consistent(Library(store, embedder=embedder), TOWNS + 1)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs POSIX")
def test_lock_is_released_when_the_holder_dies(tmp_path, embedder):
    store = tmp_path / "store"
    Library(store, embedder=embedder)
    code = ("import sys, time; sys.path.insert(0, '.'); from index.write_lock import WriteLock; "
            "from pathlib import Path; WriteLock(Path(sys.argv[1])).acquire(); "
            "print('held', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(store)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    with pytest.raises(StoreBusyError):
        Library(store, embedder=embedder).ingest([SEEDS])
    proc.kill()
    proc.wait()
    report = Library(store, embedder=embedder).ingest([SEEDS])
    assert len(report.added) == 1


def _collections(directory):
    """The store's own Chroma collections (articles, the chunks'), opened with chromadb's API, to
    leave in them what a crash would leave: writes the store itself never makes."""
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(path=str(directory),
                                       settings=Settings(anonymized_telemetry=False))
    articles = client.get_collection("qa-articles", embedding_function=None)
    meta = articles.get(ids=["__meta__"], include=["metadatas"])["metadatas"][0]
    # A small library's chunks are all in its recent collection (index.store)
    return articles, client.get_collection(meta.get("recent") or meta["chunks"],
                                           embedding_function=None)


def test_a_chunk_left_by_an_unfinished_write_is_never_cited(tmp_path, embedder):
    """A crash between writing a new version's chunks and switching the article record to
    them leaves chunk records no article lists; readers must not see them."""
    from index.vectors import pack_vectors

    lib = Library(tmp_path / "store", embedder=embedder)
    lib.ingest([SEEDS])
    [seed] = lib.articles()
    orphan = "The mayor of Phnom Penh resigned in disgrace on Friday."
    vector = embedder.encode([orphan])
    _, chunks = _collections(tmp_path / "store")
    chunks.add(ids=[f"{seed.article_id}#0123456789abcdef"], embeddings=vector, metadatas=[{
        "article_id": seed.article_id, "title": seed.title, "source": seed.source, "date": "",
        "start": 0, "end": len(orphan), "sents": f"[[0, {len(orphan)}]]",
        "svec": pack_vectors(vector), "text": orphan}])
    # The next write makes readers rebuild what they derive: they must still leave it out.
    lib.ingest([write(tmp_path / "more" / "bridge.txt", "Bridge\n\nThe bridge reopened.")])
    answer = Library(tmp_path / "store", embedder=embedder).ask("Who resigned in disgrace?")
    assert all("resigned in disgrace" not in c.quote for c in answer.citations)
    assert_quotes_exact(lib, answer)
    answer = lib.ask("Who resigned in disgrace?")
    assert all("resigned in disgrace" not in c.quote for c in answer.citations)


def test_a_crash_before_old_chunks_are_deleted_leaves_only_the_new_version(tmp_path, embedder):
    from index.articles import load_file
    from index.records import chunk_key
    from index.store import Store

    folder = tmp_path / "news"
    paragraphs = [f"The council of Town{k} met on Monday. The mayor of Town{k} is Person{k}, "
                  f"elected in {1900 + k} after a long campaign about harbours and buses."
                  for k in range(6)]
    path = write(folder / "towns.txt", "Town News\n\n" + "\n\n".join(paragraphs))
    lib = Library(tmp_path / "store", embedder=embedder)
    lib.ingest([folder])
    assert "Person5" in lib.ask("Who is the mayor of Town5?").citations[0].quote
    store = Store.open_directory(tmp_path / "store")
    articles, chunks = _collections(tmp_path / "store")
    before = set(store.chunk_ids())
    old = chunks.get(ids=sorted(before), include=["embeddings", "metadatas"])
    old_texts = articles.get(where={"kind": "text"}, include=["embeddings", "metadatas"])
    # The new version drops the last paragraph; every other chunk is kept as it was.
    path.write_text("Town News\n\n" + "\n\n".join(paragraphs[:3]), encoding="utf-8")
    [article], _ = load_file(path)
    from index.chunks import chunk_text

    keys = [chunk_key(article, c) for c in chunk_text(article.text)]
    store.put_articles([(article, [], keys)])
    assert set(store.chunk_ids()) < before
    # Undo the deletes, as a crash right after the switch would have left the store.
    chunks.add(ids=old["ids"], embeddings=old["embeddings"], metadatas=old["metadatas"])
    articles.upsert(ids=old_texts["ids"], embeddings=old_texts["embeddings"],
                    metadatas=old_texts["metadatas"])
    reader = Library(tmp_path / "store", embedder=embedder)
    answer = reader.ask("Who is the mayor of Town5?")
    assert all("Person5" not in c.quote for c in answer.citations)
    assert_quotes_exact(reader, answer)
    assert "Person1" in reader.ask("Who is the mayor of Town1?").citations[0].quote
