"""A long PDF: ingest time, how progress moves inside the one file, and the pages cited.

    .venv/bin/python bench/bench_pdf.py [--quick] [--pages N] [--questions N]

BBC articles are typeset with fpdf2 (a test dependency) into one PDF of N pages (default
300; quick 30), each article starting on a new page, under .bench/pdf/. It is ingested into
a fresh store with ``Library.ingest`` while every progress report is timed: the table shows
the updates of each stage and the longest wait with no update at all. Then the first
sentence of Q articles (default 30; quick 10) is asked, and the first citation's page is
compared with the page the article starts on.

Baseline in the same run: the same text as one .txt file, ingested into another fresh store
(ratio: what reading the PDF adds). CPU seconds are shown beside wall seconds: on a machine
shared with other work the wall times of the two runs can be stretched unequally. Also
checked: ingesting the PDF again embeds nothing.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import WORK, bbc_articles, first_sentence, load_note, table  # noqa: E402

PDF_DIR = WORK / "pdf"


def _latin1(text: str) -> str:
    # fpdf2's core fonts are Latin-1; what is not becomes "?" (a few pound signs and quotes)
    return text.encode("latin-1", "replace").decode("latin-1")


def make_pdf(path: Path, pages: int) -> tuple[list[tuple[dict, int]], str]:
    """Typeset articles until ``pages`` pages: (article, start page) each, and the text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("BBC News digest")
    placed: list[tuple[dict, int]] = []
    for article in bbc_articles():
        if pdf.page_no() >= pages:
            break
        pdf.add_page()
        placed.append((article, pdf.page_no()))
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(0, 8, _latin1(article["title"].strip()), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        for paragraph in article["text"].split("\n\n"):
            pdf.multi_cell(0, 5, _latin1(paragraph.strip()), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(path))
    text = "\n\n".join(_latin1(f"{a['title'].strip()}\n\n{a['text'].strip()}") for a, _ in placed)
    return placed, text


class Recorder:
    """Every progress report, timed."""

    def __init__(self) -> None:
        self.events: list[tuple[float, str, int, int]] = []
        self.start = time.perf_counter()

    def __call__(self, stage: str, done: int, total: int) -> None:
        self.events.append((time.perf_counter() - self.start, stage, done, total))

    def longest_wait(self, end: float) -> float:
        times = [0.0, *(t for t, *_ in self.events), end]
        return max(b - a for a, b in zip(times, times[1:], strict=False))

    def stages(self) -> dict[str, tuple[int, int, int]]:
        """Per stage: updates, distinct values of ``done``, the last total."""
        out: dict[str, tuple[int, int, int]] = {}
        for stage in dict.fromkeys(s for _, s, _, _ in self.events):
            mine = [(d, t) for _, s, d, t in self.events if s == stage]
            out[stage] = (len(mine), len({d for d, _ in mine}), mine[-1][1])
        return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--pages", type=int)
    parser.add_argument("--questions", type=int)
    args = parser.parse_args()
    pages = args.pages or (30 if args.quick else 300)
    n_questions = args.questions or (10 if args.quick else 30)

    from qa import Embedder, Library

    shutil.rmtree(PDF_DIR, ignore_errors=True)
    PDF_DIR.mkdir(parents=True)
    pdf, txt = PDF_DIR / "digest.pdf", PDF_DIR / "txt" / "digest.txt"
    placed, text = make_pdf(pdf, pages)
    txt.parent.mkdir()
    txt.write_text(text, encoding="utf-8")
    embedder = Embedder()
    embedder.load()

    recorder = Recorder()
    lib = Library(PDF_DIR / "store", embedder=embedder)
    started, cpu = time.perf_counter(), time.process_time()
    report = lib.ingest([pdf], progress=recorder)
    pdf_s, pdf_cpu = time.perf_counter() - started, time.process_time() - cpu
    assert len(report.added) == 1, report
    again = lib.ingest([pdf])
    assert again.embedded == 0 and again.unchanged, again

    started, cpu = time.perf_counter(), time.process_time()
    Library(PDF_DIR / "store-txt", embedder=embedder).ingest([txt])
    txt_s, txt_cpu = time.perf_counter() - started, time.process_time() - cpu

    rng = random.Random(13)
    asked = rng.sample(placed, min(n_questions, len(placed)))
    right = 0
    for article, page in asked:
        citations = lib.ask(first_sentence(article["text"])).citations
        right += bool(citations) and citations[0].page == page

    info = lib.articles()[0]
    print(load_note())
    print(f"{pdf.stat().st_size / 1024:,.0f} KB PDF, {pages} pages, {len(placed)} articles, "
          f"{len(text):,} characters, {info.chunks} chunks, {report.embedded:,} sentences")
    print(table([
        ("ingest s (file to answerable store)", f"{pdf_s:.1f}", f"{txt_s:.1f}",
         f"{pdf_s / txt_s:.2f}x"),
        ("ingest CPU s (all threads; what a busy machine does not stretch)", f"{pdf_cpu:.1f}",
         f"{txt_cpu:.1f}", f"{pdf_cpu / txt_cpu:.2f}x"),
        ("longest wait with no progress s", f"{recorder.longest_wait(pdf_s):.1f}", "", ""),
        ("first citation on the article's page", f"{right}/{len(asked)}", "", ""),
    ], ("measure", "PDF", "same text as .txt", "ratio")))
    print(table([(stage, *figures) for stage, figures in recorder.stages().items()],
                ("stage", "updates", "distinct done", "total")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
