"""Follow-up questions (issue target 4): conversations whose later turns need the earlier ones.

    .venv/bin/python bench/eval_followups.py

Reads bench/followups.jsonl (written for this project over the seed article and the SQuAD
articles) and counts the follow-up turns whose first citation holds a gold answer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_answers import WORK, _library  # noqa: E402
from shared_data import cached_store, squad_articles  # noqa: E402

from qa import Library  # noqa: E402
from qa.evaluation import contains_answer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    conversations = [json.loads(line) for line in
                     (ROOT / "bench" / "followups.jsonl").read_text().splitlines() if line]
    squad = _library("all", squad_articles())
    seeds = Library(cached_store(WORK / "seed-store"), embedder=squad.embedder)
    seeds.ingest([ROOT / "seeds"])
    libraries = {"seeds": seeds, "squad": squad}
    first_turns = follow_ups = first_hits = follow_hits = exact = quotes = 0
    misses = []
    for conv in conversations:
        lib = libraries[conv["corpus"]]
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
                if not hit:
                    misses.append(turn["question"])
    print(f"conversations                       {len(conversations)}")
    print(f"first turns right                   {first_hits / first_turns:.3f}")
    print(f"follow-up turns right (first cit.)  {follow_hits / follow_ups:.3f}   target >= 0.85"
          f"  ({follow_hits}/{follow_ups})")
    print(f"quotes exact at their span          {exact / max(quotes, 1):.3f}")
    if misses:
        print("missed follow-ups: " + " | ".join(misses), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
