"""Tandem's hybrid search as a LangChain retriever, for chains of one's own.

``TandemRetriever`` returns the passages ``HybridSearcher`` ranks (dense + BM25,
weighted RRF) as ``Document``s, with the kind / skill / region filters of the Ask
page and the CLI.  It retrieves only: no relevance gate, no crisis box, no answer —
a chain that answers users must add those itself (or call the API instead).
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from tandem.assistant.search import HybridSearcher, SearchHit
from tandem.core.filters import SearchFilters
from tandem.core.index import open_index
from tandem.core.settings import Settings, load_settings

Filter = str | list[str] | None


def search_filters(kind: Filter = None, skill: Filter = None, region: Filter = None) -> SearchFilters | None:
    """The search's filters from the three documented ones (each a value or a list of values; None = any)."""
    filters = SearchFilters.of(kind=kind, skill=skill, region=region)
    return filters if filters.restricts else None


def as_document(hit: SearchHit) -> Document:
    chunk = hit.chunk
    metadata = {
        "title": chunk.title,
        "source": chunk.source,
        "heading": chunk.heading,
        "kind": chunk.kind,
        "skill": chunk.skill,
        "region": chunk.region,
        "score": hit.score,
    }
    return Document(id=chunk.id, page_content=chunk.text, metadata=metadata)


class TandemRetriever(BaseRetriever):
    """The best ``k`` passages of Tandem's knowledge index for a query.

    ``k``, ``kind``, ``skill`` and ``region`` set at construction can be overridden
    per call: ``retriever.invoke("…", k=3, skill="静默倾听")``.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: HybridSearcher
    k: int = Field(5, ge=1, le=50)
    kind: Filter = None
    skill: Filter = None
    region: Filter = None

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **kwargs: Any) -> TandemRetriever:
        """A retriever over the index of ``settings`` (default: the ``TANDEM_*`` environment)."""
        return cls(searcher=HybridSearcher(open_index(settings or load_settings())), **kwargs)

    def _get_relevant_documents(
        self,
        query: str,
        *,
        run_manager: CallbackManagerForRetrieverRun,
        k: int | None = None,
        kind: Filter = None,
        skill: Filter = None,
        region: Filter = None,
    ) -> list[Document]:
        filters = search_filters(kind or self.kind, skill or self.skill, region or self.region)
        return [as_document(hit) for hit in self.searcher.search(query, k=k or self.k, filters=filters)]
