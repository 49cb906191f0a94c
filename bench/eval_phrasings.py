"""The same questions asked the ways people ask them: plain, with words about the text ("in
the article", "According to the story,"), inside a request ("Can you tell me ...", "I'd like
to know ..."), or with "What's". Each way is answered twice: with the question read as the
plain question it stands for (qa.phrasing.plain_question, as shipped) and as it was typed.

    .venv/bin/python bench/eval_phrasings.py [--news 0|1|2]

Without ``--news``: the seed article's questions (../shared/data/seed_dev.jsonl and the first
turns of bench/followups.jsonl and bench/followups_long.jsonl), over the seed alone; a
question is right when its first citation holds a gold answer, or, when the article does not
answer it, when it is refused. ``--news N``: the answerable questions and the near misses of
a news set (0: the development set, 1 and 2: the held-out sets; see bench/eval_news.py),
over its articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_answers import WORK  # noqa: E402
from eval_news import news_library  # noqa: E402
from shared_data import DATA, cached_store  # noqa: E402

import qa.library  # noqa: E402
from qa import Library  # noqa: E402
from qa.evaluation import contains_answer  # noqa: E402
from qa.phrasing import plain_question  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
NEWS_SETS = {0: "news_questions", 1: "news_heldout", 2: "news_heldout2"}


def _lower(q: str) -> str:
    return q[:1].lower() + q[1:]


WAYS: dict[str, Callable[[str], str]] = {
    "plain": lambda q: q,
    "... in the article?": lambda q: q.rstrip(" ?") + " in the article?",
    "According to the story, ...": lambda q: "According to the story, " + _lower(q),
    "Can you tell me ...": lambda q: "Can you tell me " + _lower(q),
    "I'd like to know ... .": lambda q: "I'd like to know " + _lower(q).rstrip(" ?") + ".",
    "What's ...": lambda q: q.replace("What is ", "What's ", 1),
}


def seed_questions() -> list[dict]:
    items = [json.loads(line) for line in
             (DATA / "seed_dev.jsonl").read_text().splitlines() if line.strip()]
    for name in ("followups.jsonl", "followups_long.jsonl"):
        for line in (ROOT / "bench" / name).read_text().splitlines():
            if line.strip() and (conv := json.loads(line))["corpus"] == "seeds":
                items.append(conv["turns"][0])
    seen: set[str] = set()
    return [i for i in items if not (i["question"] in seen or seen.add(i["question"]))]


def right(library: Library, item: dict, question: str) -> bool:
    answer = library.ask(question)
    if item.get("unanswerable"):
        return answer.abstained
    return bool(answer.citations) and contains_answer(answer.citations[0].quote,
                                                      item["answers"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=int, choices=sorted(NEWS_SETS), default=None)
    args = parser.parse_args()
    if args.news is None:
        library = Library(cached_store(WORK / "seed-store"))
        library.ingest([ROOT / "seeds"])
        items = seed_questions()
        what = f"seed questions ({len(items)})"
    else:
        library = news_library(None, args.news)
        path = ROOT / "bench" / f"{NEWS_SETS[args.news]}.jsonl"
        items = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        what = f"{path.name} ({len(items)}: answerable and near misses)"
    print(f"{what}: right as read plain / as typed")
    for way, ask_so in WAYS.items():
        counts = []
        for reading in (plain_question, lambda q: q):
            qa.library.plain_question = reading
            counts.append(sum(right(library, i, ask_so(i["question"])) for i in items))
        qa.library.plain_question = plain_question
        print(f"  {way:30} {counts[0]:4} / {counts[1]:4}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
