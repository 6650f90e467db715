"""Tandem's read path: settings, embeddings, the knowledge index, hybrid search and answers."""
