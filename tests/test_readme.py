"""The README's llama-index example runs as printed, and its list of formats is whole."""

import re

from tests.helpers import ROOT, SEEDS


def test_the_llama_index_example_runs(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## llama-index both ways"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    (tmp_path / "seeds").symlink_to(SEEDS)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "1 added" in out and "Kith Theang" in out
    assert "page=None" in out  # a .txt has no pages


def test_the_readme_names_every_kind_of_file_read():
    # The formats are chosen in index/articles.py; "What it reads" is where users look.
    from index.articles import SUPPORTED_SUFFIXES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## What it reads"):]
    section = section[: section.index("\n## ", 1)]
    missing = [s for s in sorted(SUPPORTED_SUFFIXES) if f"`{s}`" not in section]
    assert not missing, f"add {missing} to README's 'What it reads'"
