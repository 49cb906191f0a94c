"""How often the check of names (qa/subjects.py) would take away the article a question asks
about: the questions that name something their own article does not mention, in the sense of
``qa.subjects.mentions``.

    .venv/bin/python bench/eval_subjects.py [--list]

Over SQuAD's 11,877 questions (each against its whole article) and the news sets of
bench/eval_news.py (each question against its article). The check drops every sentence of an
article that does not mention the question's names, so these are the answerable questions it
could turn into refusals or send to another article; near misses are counted too, since a
near miss whose article is dropped is refused whatever the readers say. ``--list`` prints them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_news import HELDOUT, QUESTIONS  # noqa: E402
from shared_data import BBC, SQUAD, require, squad_articles  # noqa: E402

from qa.subjects import mentions, question_names  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the questions")
    args = parser.parse_args()
    require(SQUAD)
    require(BBC)
    sets: dict[str, list[tuple[str, str, bool]]] = {"SQuAD": []}
    for article in squad_articles():
        text = f"{article['title']}\n{article['text']}"
        sets["SQuAD"] += [(q["question"], text, False) for q in article["questions"]]
    with BBC.open(encoding="utf-8") as f:
        bbc = {r["id"]: f"{r['title']}\n{r['text']}" for r in map(json.loads, f)}
    files = {"news development set": QUESTIONS,
             **{f"news held-out set {n}": path for n, (path, *_) in HELDOUT.items()}}
    for name, path in files.items():
        with path.open(encoding="utf-8") as f:
            sets[name] = [(q["question"], bbc[q["article"]], q["unanswerable"])
                          for q in map(json.loads, f)]
    print(f"{'questions':<24} {'asked':>6} {'answerable, article drops':>26} "
          f"{'near misses, article drops':>27}")
    for name, questions in sets.items():
        dropped = [(q, near) for q, text, near in questions
                   if not mentions(question_names(q), text)]
        answerable = sum(not near for _, near in dropped)
        print(f"{name:<24} {len(questions):>6} {answerable:>26} {len(dropped) - answerable:>27}")
        if args.list:
            for q, near in dropped:
                print(f"    {'near miss: ' if near else ''}{q}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
