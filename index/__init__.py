"""Turning article files into a searchable store: one module per stage.

``articles`` loads and cleans files, ``chunks`` splits text into sentence-aware chunks with
exact character spans, ``embeddings`` encodes them with the bundled model, ``store`` writes
them to Chroma, ``lexical`` keeps the BM25 side, and ``ingest`` ties the stages together and
re-indexes only what changed.
"""
