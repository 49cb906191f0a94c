"""The terminal chat: a Textual app that is a thin client of :mod:`qa`.

Nothing here imports chromadb, llama_index or sentence_transformers; every question, ingest
and listing goes through :class:`qa.Library`, in workers so the screen never freezes.
"""
