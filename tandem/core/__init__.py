"""The knowledge index: settings, embeddings, the Chroma store, the lexical index and the tokenizer.

The lexical index is three modules and their sum: ``catalogue`` (documents, chunks, the commit
record), ``fts`` (SQLite FTS5 search), ``bm25`` (the in-memory BM25 matrix) and ``lexical``.

Both the write path (``ingest``) and the read path (``tandem.assistant``) import it; it imports neither.
"""
