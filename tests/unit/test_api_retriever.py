"""The LangChain retriever over Tandem's hybrid search: LangChain's standard retriever tests, filters, chains."""

from __future__ import annotations

import pytest
from langchain_core.documents import Document
from langchain_core.language_models import FakeListChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableLambda, RunnablePassthrough
from langchain_tests.integration_tests import RetrieversIntegrationTests

from tandem.assistant.retriever import TandemRetriever, search_filters
from tandem.assistant.search import HybridSearcher
from tandem.core.filters import SearchFilters

QUESTION = "独居老人很焦虑，第一次上门怎么陪伴？"


@pytest.mark.asyncio  # the async standard test needs it under strict mode; the sync ones only warn
@pytest.mark.filterwarnings("ignore:The test <Function .* is marked with '@pytest.mark.asyncio'")
class TestTandemRetrieverStandard(RetrieversIntegrationTests):
    """LangChain's own contract: ``k`` at construction and per call, ``invoke`` and ``ainvoke`` return Documents."""

    @pytest.fixture(autouse=True)
    def _searcher(self, bundled_index) -> None:  # type: ignore[no-untyped-def]
        self.searcher = HybridSearcher(bundled_index)

    @property
    def retriever_constructor(self) -> type[TandemRetriever]:
        return TandemRetriever

    @property
    def retriever_constructor_params(self) -> dict:
        return {"searcher": self.searcher, "k": 5}

    @property
    def retriever_query_example(self) -> str:
        return QUESTION


def test_documents_carry_the_passage_and_where_it_comes_from(bundled_index) -> None:
    searcher = HybridSearcher(bundled_index)
    documents = TandemRetriever(searcher=searcher, k=3).invoke(QUESTION)
    hits = searcher.search(QUESTION, k=3)
    assert [d.id for d in documents] == [h.chunk.id for h in hits]
    first = documents[0]
    assert first.page_content == hits[0].chunk.text
    assert first.metadata["source"] == hits[0].chunk.source and first.metadata["title"] == hits[0].chunk.title
    assert set(first.metadata) == {"title", "source", "heading", "kind", "skill", "region", "score"}


def test_filters_at_construction_and_per_call(bundled_index) -> None:
    retriever = TandemRetriever(searcher=HybridSearcher(bundled_index), kind="case")
    assert all(d.metadata["kind"] == "case" for d in retriever.invoke("怎么和老人聊天？"))
    skill = retriever.invoke("怎么和老人聊天？", kind="skill", skill="静默倾听")
    assert skill and {d.metadata["skill"] for d in skill} == {"静默倾听"}
    regions = TandemRetriever(searcher=HybridSearcher(bundled_index), region=["宁夏中卫市沙坡头区"]).invoke("试点")
    assert regions and all(d.metadata["region"] == "宁夏中卫市沙坡头区" for d in regions)


def test_search_filters_keep_only_what_is_set() -> None:
    assert search_filters() is None
    assert search_filters("skill", None, "") == SearchFilters(kinds=("skill",))
    assert search_filters(None, ["静默倾听"], "北京市") == SearchFilters(skills=("静默倾听",), regions=("北京市",))


def test_from_settings_opens_the_index_of_the_settings(bundled_index) -> None:
    retriever = TandemRetriever.from_settings(bundled_index.settings, k=2)
    try:
        assert len(retriever.invoke(QUESTION)) == 2
    finally:
        retriever.searcher.index.close()


def test_it_fits_in_a_chain_of_ones_own(bundled_index) -> None:
    """The README's example, with a fake chat model standing in for the user's own."""
    retriever = TandemRetriever(searcher=HybridSearcher(bundled_index), k=3, kind="skill")
    prompt = ChatPromptTemplate.from_template("依据资料回答。\n资料：{context}\n问题：{question}")
    seen: list[str] = []

    def context(documents: list[Document]) -> str:
        seen.extend(d.metadata["title"] for d in documents)
        return "\n\n".join(f"《{d.metadata['title']}》{d.page_content}" for d in documents)

    chain = (
        {"context": retriever | RunnableLambda(context), "question": RunnablePassthrough()}
        | prompt
        | FakeListChatModel(responses=["先静静听他说完。"])
        | StrOutputParser()
    )
    assert chain.invoke(QUESTION) == "先静静听他说完。"
    assert len(seen) == 3
