"""How often widening a span to whole words and names (``qa.reader.whole_words``) keeps a
SQuAD gold answer as it is, when the reader's span is that answer exactly.

    .venv/bin/python bench/eval_widening.py [--show N]

For each SQuAD question, its first gold answer is found in its article (its first occurrence
as whole words) and widened as a reader's span would be, within its sentence. A gold answer
that comes back unchanged is kept; one that grows or shrinks ("Dreamgirls" -> "Dreamgirls
(2006") is a short answer that would have been exact and is not. No model runs: this
isolates the widening rule from the reader. Prints the count kept and the first N changed
(default 20).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared_data import SQUAD, require, squad_articles  # noqa: E402

from index.chunks import split_sentences  # noqa: E402
from qa.reader import whole_words  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=20, help="changed answers to list")
    args = parser.parse_args()
    require(SQUAD)
    found = kept = 0
    changed: list[tuple[str, str]] = []
    for article in squad_articles():
        text = article["text"]
        sentences = split_sentences(text)
        for q in article["questions"]:
            gold = q["answers"][0] if q["answers"] else ""
            at = re.search(rf"(?<!\w){re.escape(gold)}(?!\w)", text) if gold.strip() else None
            if at is None:
                continue
            start = at.start()
            within = next(((s, e) for s, e in sentences if s <= start < e), (0, len(text)))
            if start + len(gold) > within[1]:  # an answer across sentences: not a reader's
                continue
            found += 1
            a, b = whole_words(text, start, start + len(gold), within)
            if text[a:b] == gold:
                kept += 1
            else:
                changed.append((gold, text[a:b]))
    print(f"gold answers kept as they are: {kept} of {found} ({kept / max(found, 1):.3f})")
    for gold, got in changed[: args.show]:
        print(f"  {gold!r} -> {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
