"""Follow-up questions (issue target 4): conversations whose later turns need the earlier ones.

    .venv/bin/python bench/eval_followups.py [--long] [--shipped]

Reads bench/followups.jsonl (written for this project over the seed article and the SQuAD
articles) and counts the follow-up turns whose first citation holds a gold answer.
``--long`` reads bench/followups_long.jsonl instead: conversations of three and four turns,
whose later turns point back past the turn before them (written by a helper who had not seen
the code), and counts the third turns and later ones apart too.

A conversation about a SQuAD article is answered with the reader ``make reader`` trained on
the other half of the articles (as bench/eval_answers.py does); the seed article's, with the
shipped reader, which never saw it. ``--no-reader``: the answering of before the reader;
``--shipped``: the shipped readers for the SQuAD conversations too (they trained on those
articles, so the figure is in-sample), when ``make reader``'s half readers are not built.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_answers import NO_READER, WORK, _library, crossfit_reader  # noqa: E402
from shared_data import cached_store, squad_articles  # noqa: E402

from qa import Library  # noqa: E402
from qa.evaluation import contains_answer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def half_of(conv: dict, articles: list[dict]) -> str:
    """The half (even- or odd-numbered) of the SQuAD article holding the conversation's
    answers."""
    for number, article in enumerate(articles):
        if all(any(a in article["text"] for a in t["answers"]) for t in conv["turns"]):
            return "even" if number % 2 == 0 else "odd"
    raise SystemExit(f"error: no SQuAD article holds the answers of {conv['turns'][0]}")


def main() -> int:
    no_reader = "--no-reader" in sys.argv[1:]
    shipped = "--shipped" in sys.argv[1:]
    name = "followups_long.jsonl" if "--long" in sys.argv[1:] else "followups.jsonl"
    conversations = [json.loads(line) for line in
                     (ROOT / "bench" / name).read_text().splitlines() if line]
    articles = squad_articles()
    squad = _library("all", articles, reader=NO_READER)
    held_out = {h: squad if no_reader else
                _library("all", articles, embedder=squad.embedder,
                         reader=None if shipped else crossfit_reader(t))
                for h, t in (("even", "odd"), ("odd", "even"))}
    seeds = Library(cached_store(WORK / "seed-store"), embedder=squad.embedder,
                    reader=NO_READER if no_reader else None)
    seeds.ingest([ROOT / "seeds"])
    first_turns = follow_ups = first_hits = follow_hits = exact = quotes = 0
    later = [0, 0]  # third turns and after: asked, right
    misses = []
    for conv in conversations:
        lib = seeds if conv["corpus"] == "seeds" else held_out[half_of(conv, articles)]
        chat = lib.chat()
        for i, turn in enumerate(conv["turns"]):
            answer = chat.ask(turn["question"])
            hit = bool(answer.citations) and contains_answer(answer.citations[0].quote,
                                                             turn["answers"])
            for c in answer.citations:
                quotes += 1
                exact += lib.article_text(c.article_id)[c.start : c.end] == c.quote
            if i == 0:
                first_turns += 1
                first_hits += hit
            else:
                follow_ups += 1
                follow_hits += hit
                if i >= 2:
                    later[0] += 1
                    later[1] += hit
                if not hit:
                    misses.append(turn["question"])
    print(f"conversations                       {len(conversations)}")
    print(f"first turns right                   {first_hits / first_turns:.3f}")
    print(f"follow-up turns right (first cit.)  {follow_hits / follow_ups:.3f}   target >= 0.85"
          f"  ({follow_hits}/{follow_ups})")
    if later[0]:
        print(f"  of them third turns and later     {later[1] / later[0]:.3f}"
              f"  ({later[1]}/{later[0]})")
    print(f"quotes exact at their span          {exact / max(quotes, 1):.3f}")
    if misses:
        print("missed follow-ups: " + " | ".join(misses), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
