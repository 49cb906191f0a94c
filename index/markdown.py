"""Markdown read as the text a person reads: its marks (``**``, ``_``, ``#``, ``>``, links'
addresses) are no words of the article, so no quote shows them (a new user's .md article of
stop 41 was quoted with "**" around its words). What is left is the article's text, and
quotes are exact in it, as in an HTML article's extracted text.
"""

from __future__ import annotations

import re

__all__ = ["plain_markdown"]

_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_UNDERLINE = re.compile(r"^[ \t]{0,3}(?:=+|-{3,}|(\*|_)(?:[ \t]*\1){2,})[ \t]*$", re.MULTILINE)
_QUOTED_LINE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_CODE = re.compile(r"`([^`\n]+)`")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# (not a snake_case_word, nor "2*3*4", nor a bullet "* item")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"
                       r"|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")


def plain_markdown(text: str) -> str:
    """``text`` without Markdown's marks: headings, rules, quoted lines, links and images
    (their words kept, not their addresses), code, strong and emphasised words."""
    text = _UNDERLINE.sub("", text)
    text = _HEADING.sub(r"\1", text)
    text = _QUOTED_LINE.sub("", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", _STRONG.sub(r"\2", text))  # twice: "**a __b__ c**"
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
