"""Helpers shared by the bench_*.py scripts: BBC articles, work folders, timing figures.

The BBC data is read from ../shared/data at run time (see ``shared_data.py``) and written out
only under ``.bench/`` or a temp dir, never into the repository.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from shared_data import BBC, require  # noqa: E402

WORK = REPO / ".bench"


def bbc_articles(n: int | None = None) -> list[dict]:
    """The first ``n`` BBC News articles (all 2,225 when ``n`` is None), in file order."""
    require(BBC)
    out = []
    with BBC.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                out.append(json.loads(line))
                if n is not None and len(out) >= n:
                    break
    return out


def file_name(article: dict) -> str:
    """``business/001`` -> ``business-001.txt``."""
    return article["id"].replace("/", "-") + ".txt"


def file_text(article: dict, extra: str = "") -> str:
    """The article as a .txt file: title on the first line, a blank line, the text."""
    return f"{article['title'].strip()}\n\n{article['text'].strip()}{extra}\n"


def write_txt_folder(folder: Path, articles: list[dict]) -> Path:
    """Write each article to ``folder/<id>.txt`` (one file per article)."""
    folder.mkdir(parents=True, exist_ok=True)
    for a in articles:
        (folder / file_name(a)).write_text(file_text(a), encoding="utf-8")
    return folder


def dir_size(path: Path) -> int:
    """Sum of the sizes of the files under ``path`` (bytes)."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:
                pass
    return total


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile (0-100), linear interpolation between closest ranks."""
    import numpy as np

    return float(np.percentile(values, p)) if values else float("nan")


def load_note() -> str:
    """The machine's load average: other work on the 2 cores skews every figure."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (Punkt, as the pipeline splits it)."""
    from index.chunks import split_sentences

    spans = split_sentences(text)
    s, e = spans[0] if spans else (0, len(text))
    return " ".join(text[s:e].split())


def table(rows: list[tuple], header: tuple) -> str:
    """A plain fixed-width table."""
    cells = [tuple(str(c) for c in header)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for j, r in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths, strict=True))))
        if j == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
