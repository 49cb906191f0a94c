"""qa.formatting: quotes shown without doubled quotation marks (issue 12)."""

import pytest

from qa.formatting import quoted

pytestmark = pytest.mark.fast


@pytest.mark.parametrize(("quote", "shown"), [
    ("Police made arrests.", "\u201cPolice made arrests.\u201d"),
    ("\u201cWe lost,\u201d he said.", "\u201cWe lost,\u201d he said."),
    ("We will win,\u201d he said.", "We will win,\u201d he said."),  # a piece of a quotation
    ('It rained," he said.', 'It rained," he said.'),
])
def test_a_quote_is_never_shown_with_a_doubled_mark(quote, shown):
    assert quoted(quote) == shown
