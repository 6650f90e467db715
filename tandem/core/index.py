"""The knowledge index: Chroma (dense) and the lexical catalogue (BM25), opened together.

Both halves record which embedding model built them; a mismatch fails with a
message naming the rebuild command, before anything is read or written.  Opening
starts a background read of what the first search needs (``_warm_up``).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import numpy as np
from langchain_core.embeddings import Embeddings

from tandem.core.embeddings import embeddings_for
from tandem.core.lexical import LexicalIndex
from tandem.core.settings import Settings
from tandem.core.store import VectorStore, check_model, make_client

log = logging.getLogger(__name__)


@dataclass
class KnowledgeIndex:
    """What ingest writes and search reads."""

    settings: Settings
    embeddings: Embeddings
    store: VectorStore
    lexical: LexicalIndex

    def sentence_vectors(self, sentences: list[str]) -> dict[str, np.ndarray]:
        """Vectors ingest stored for those of ``sentences`` the indexed chunks hold (see ``plain_sentences``),
        as this index's embedding model computes them; a sentence not found is absent."""
        return self.lexical.sentence_vectors(sentences)

    def is_empty(self) -> bool:
        return self.lexical.count_chunks() == 0

    def reset(self) -> None:
        """Forget everything (``--rebuild``), then record the current model."""
        self.store.reset()
        self.lexical.clear()
        self._record_model()

    def _record_model(self) -> None:
        self.lexical.set_meta("embedding_model", self.store.model_name)
        self.lexical.set_meta("embedding_dim", str(self.store.dimension))

    def close(self) -> None:
        self.lexical.close()


def open_index(settings: Settings, embeddings: Embeddings | None = None, *, rebuild: bool = False) -> KnowledgeIndex:
    """Open (creating if needed) the index under ``settings``.

    With ``rebuild`` the model check is skipped and the index is emptied, so a
    model change can be recovered from.
    """
    settings.ensure_dirs()
    lexical = LexicalIndex(settings.lexical_path)
    client = make_client(settings)
    if rebuild:
        _drop_collection(client, settings.collection)
    else:
        threading.Thread(
            target=_warm_up, args=(client, settings.collection, lexical), name="tandem-warm-up", daemon=True
        ).start()
    embeddings = embeddings or embeddings_for(settings)
    store = VectorStore(client, settings.collection, embeddings)
    index = KnowledgeIndex(settings, embeddings, store, lexical)
    if rebuild:
        index.reset()
        return index
    stored_model = lexical.get_meta("embedding_model")
    if stored_model is None:
        index._record_model()
    else:
        check_model(
            {"embedding_model": stored_model, "embedding_dim": lexical.get_meta("embedding_dim")},
            store.model_name,
            store.dimension,
        )
    return index


def _warm_up(client: object, name: str, lexical: LexicalIndex) -> None:
    """Read what the first search needs while the process does other things (the embedding model loads,
    a page renders): Chroma loads a collection's segments on first use (0.2 s at 10k chunks), the lexical
    index its saved BM25 matrix.  A failure here is the first search's to report."""
    try:
        client.get_collection(name).count()  # type: ignore[attr-defined]
        lexical.load_saved_matrix()
    except Exception as exc:
        log.debug("warm-up: %s", exc)


def _drop_collection(client: object, name: str) -> None:
    names = {getattr(c, "name", c) for c in client.list_collections()}  # type: ignore[attr-defined]
    if name in names:
        client.delete_collection(name)  # type: ignore[attr-defined]
