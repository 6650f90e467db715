"""An on-disk cache of document vectors, so the 100k corpus is embedded once, not every run.

``CachedEmbeddings`` wraps the real model and keeps its name and dimension, so
the index records the same model.  Document vectors are looked up by the SHA-1
of the text in a SQLite file under the bench work dir; misses are embedded by
the model in one batch and stored.  Queries always go to the model.  The hit
and miss counts are reported next to the throughput figures they affect.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from tandem.core.embeddings import embedding_dimension, embedding_name


class CachedEmbeddings(Embeddings):
    """The wrapped model's vectors, each distinct document text embedded once."""

    def __init__(self, inner: Embeddings, path: Path) -> None:
        self.inner = inner
        self.name = embedding_name(inner)
        self.dimension = embedding_dimension(inner)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT, key TEXT, vec BLOB, PRIMARY KEY (model, key))"
        )
        self.hits = 0
        self.misses = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            batch = unique[start : start + 500]
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(
                f"SELECT key, vec FROM vectors WHERE model = ? AND key IN ({marks})", (self.name, *batch)
            )
            found.update((key, np.frombuffer(blob, dtype=np.float32)) for key, blob in rows)
        todo = [i for i, key in enumerate(keys) if key not in found]
        todo = list({keys[i]: i for i in todo}.values())  # each missing text once
        if todo:
            vectors = self.inner.embed_documents([texts[i] for i in todo])
            fresh = [
                (self.name, keys[i], np.asarray(v, dtype=np.float32).tobytes())
                for i, v in zip(todo, vectors, strict=True)
            ]
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)", fresh)
            found.update((key, np.frombuffer(blob, dtype=np.float32)) for _, key, blob in fresh)
        self.misses += len(todo)
        self.hits += len(texts) - len(todo)
        return [found[key].tolist() for key in keys]

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)

    def close(self) -> None:
        self._db.close()
