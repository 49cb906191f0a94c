"""Turning article files into a searchable store: one module per stage, below :mod:`qa`.

``articles`` loads and cleans files (``pdf``, ``word`` and ``epub`` read those formats,
``documents`` turns llama-index documents into articles), ``chunks`` splits text into
sentence-aware chunks with exact character spans, ``embeddings`` encodes them with the
bundled model (``onnx_export`` prepares it once), ``store`` writes them to Chroma (with
``records``, ``vectors``, ``write_lock``, ``store_format``, ``vacuum`` and ``chroma_errors``
beside it, one job each), ``lexical`` keeps the BM25 side, and ``ingest`` ties the stages
together and re-indexes only what changed. ``errors`` and ``reports`` hold what the stages
raise and return; :mod:`qa` re-exports them. Nothing here imports :mod:`qa` or :mod:`tui`.
"""
