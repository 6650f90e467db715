"""The read path: hybrid search, the relevance gate, crisis check, conversation, answers (extractive or LLM), the CLI."""
