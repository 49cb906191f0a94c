"""Progress that moves inside one large file, and Ctrl+C keeping every finished article
(a real store, the fake encoder: what is checked does not depend on the model)."""

import pytest

from qa import Library
from tests.fakes import FakeEmbedder
from tests.helpers import write


def _story(n: int, sentences: int) -> str:
    return f"Story {n}\n\n" + " ".join(f"Clerk {n}-{i} filed report {i} on harbour {n}."
                                         for i in range(sentences))


def test_progress_moves_inside_one_large_file(tmp_path):
    write(tmp_path / "big.txt", _story(0, 400))
    seen = []
    Library(tmp_path / "store", embedder=FakeEmbedder()).ingest(
        [tmp_path / "big.txt"], progress=lambda *update: seen.append(update))
    sentences = [done for stage, done, total in seen if stage == "sentences"]
    total = next(total for stage, _, total in seen if stage == "sentences")
    assert total == 401  # the headline too
    assert sentences == sorted(sentences) and sentences[-1] == total
    written = seen.index(("embedding", 1, 1))
    moving = {done for stage, done, _ in seen[:written] if stage == "sentences"}
    assert len(moving & set(range(1, total))) >= 5  # moves before the one article is written


def test_an_updated_story_counts_only_the_sentences_of_its_new_chunks(tmp_path):
    # a trial of stop 39 saw "sentences 0/19" when one sentence of a story changed
    write(tmp_path / "big.txt", _story(0, 120))
    lib = Library(tmp_path / "store", embedder=FakeEmbedder())
    lib.ingest([tmp_path / "big.txt"])
    write(tmp_path / "big.txt", _story(0, 120) + " Clerk 0-x filed one more report.")
    seen = []
    report = lib.ingest([tmp_path / "big.txt"], progress=lambda *update: seen.append(update))
    total = next(total for stage, _, total in seen if stage == "sentences")
    assert report.updated and 1 <= total < 30  # the last chunk's sentences, not all 122
    assert ("sentences", total, total) in seen


def test_ctrl_c_keeps_every_finished_article(tmp_path, monkeypatch):
    monkeypatch.setattr("index.ingest.WRITE_BATCH_SENTENCES", 10)
    for n in range(8):
        write(tmp_path / "news" / f"story{n}.txt", _story(n, 9))

    def interrupt_after_three(stage: str, done: int, total: int) -> None:
        if stage == "embedding" and done == 3:
            raise KeyboardInterrupt

    lib = Library(tmp_path / "store", embedder=FakeEmbedder())
    with pytest.raises(KeyboardInterrupt):
        lib.ingest([tmp_path / "news"], progress=interrupt_after_three)
    again = Library(tmp_path / "store", embedder=FakeEmbedder())
    assert len(again.articles()) == 3
    report = again.ingest([tmp_path / "news"])
    assert (len(report.added), len(report.unchanged)) == (5, 3)
