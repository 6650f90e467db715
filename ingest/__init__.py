"""Tandem's write path: load, normalise, chunk, embed and index knowledge files."""
