"""The knowledge index: settings, embeddings, the Chroma store, the lexical index and the tokenizer.

Both the write path (``ingest``) and the read path (``tandem.assistant``) import it; it imports neither.
"""
