"""A llama-index retriever over a :class:`~qa.Library`, for llama-index query engines, chat
engines and agents.

>>> from qa.llamaindex import LibraryRetriever
>>> nodes = LibraryRetriever(lib).retrieve("Who owns the Rock Entertainment Centre?")
>>> nodes[0].node.text, nodes[0].node.metadata["page"]

The nodes are the citations :meth:`qa.Library.ask` gives, in its order: the text is the
verbatim quote and the metadata says where it is. This module is the only one that imports
llama-index's retriever classes; importing :mod:`qa` does not import it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import (
    NodeRelationship,
    NodeWithScore,
    QueryBundle,
    RelatedNodeInfo,
    TextNode,
)

from qa.models import Citation

if TYPE_CHECKING:
    from qa.library import Library

__all__ = ["LibraryRetriever", "citation_node"]

# Where a quote lies (for code), left out of what a language model reads and embeds, as
# are fields without a value.
_OFFSETS = ["article_id", "start", "end"]


class LibraryRetriever(BaseRetriever):
    """The passages :meth:`qa.Library.ask` cites for a question, as llama-index nodes.

    Args:
        library: the library to answer from.
        k: at most this many nodes. ``ask`` cites at most three passages, those that score
            close to the best one, so ``k`` above three gives no more; a question the
            articles do not answer gives none.
        **kwargs: passed to llama-index's ``BaseRetriever`` (``callback_manager``,
            ``verbose``).
    """

    def __init__(self, library: Library, k: int = 3, **kwargs: Any) -> None:
        if k < 1:
            from qa.errors import InputError

            raise InputError(f"k must be at least 1 (got {k})")
        super().__init__(**kwargs)
        self._library = library
        self._k = k

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        answer = self._library.ask(query_bundle.query_str)
        return [citation_node(c) for c in answer.citations[: self._k]]


def citation_node(citation: Citation) -> NodeWithScore:
    """A citation as a node: the quote as text, where it is as metadata, its score."""
    c = citation
    metadata = {"article_id": c.article_id, "title": c.title, "source": c.source,
                "date": c.date, "page": c.page, "start": c.start, "end": c.end}
    hidden = [*_OFFSETS, *(k for k, v in metadata.items() if v is None)]
    node = TextNode(
        id_=f"{c.article_id}:{c.start}-{c.end}", text=c.quote, metadata=metadata,
        start_char_idx=c.start, end_char_idx=c.end,
        excluded_llm_metadata_keys=hidden, excluded_embed_metadata_keys=list(hidden),
        relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=c.article_id)})
    return NodeWithScore(node=node, score=c.score)
