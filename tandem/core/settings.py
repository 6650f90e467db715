"""Typed settings: every knob of Tandem in one object, read from ``TANDEM_*`` env vars.

One variable, ``TANDEM_DATA_DIR``, moves all state (vector store, lexical index,
database, uploads, logs).  Secrets come only from the environment, a ``.env`` file
or ``.streamlit/secrets.toml`` (read by the UI layer and passed in as overrides).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[2]


class Settings(BaseSettings):
    """Tandem's configuration; see ``.env.example`` for a documented copy."""

    model_config = SettingsConfigDict(env_prefix="TANDEM_", env_file=".env", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Folder holding all state: index, database, uploads, logs.")
    knowledge_dir: Path = Field(REPO_ROOT / "knowledge", description="Bundled knowledge base indexed by default.")
    embedding: str = Field(
        "use-m3",
        description="Embedding backend: 'use-m3' (packaged, Chinese-capable) or "
        "'sentence-transformers:<local dir or packaged model>'.",
    )
    embedding_threads: int = Field(2, ge=1, description="CPU threads for the embedding model.")
    collection: str = Field("tandem", description="Chroma collection name.")
    chroma_host: str | None = Field(None, description="Chroma server host; unset = embedded store in data_dir.")
    chroma_port: int = Field(8000, description="Chroma server port (with chroma_host).")
    chunk_size: int = Field(320, ge=80, description="Target chunk length in characters.")
    chunk_overlap: int = Field(80, ge=0, description="Characters of trailing sentences repeated in the next chunk.")
    top_k: int = Field(5, ge=1, le=50, description="Passages returned per question.")
    candidates: int = Field(40, ge=5, description="Candidates each retriever contributes before fusion.")
    llm_provider: Literal["none", "openai", "ollama"] = Field("none", description="Chat model backend.")
    llm_model: str = Field("", description="Chat model name, e.g. deepseek-chat, qwen-plus, qwen2.5:7b.")
    llm_base_url: str = Field("", description="OpenAI-compatible endpoint or Ollama URL.")
    llm_api_key: SecretStr = Field(SecretStr(""), description="API key for the chat model (secret).")
    llm_timeout: float = Field(60.0, gt=0, description="Seconds before a chat model call falls back.")
    llm_max_tokens: int = Field(1024, ge=16, description="Longest answer the chat model may write, in tokens.")
    database_url: str = Field("", description="SQLAlchemy URL; unset = SQLite file in data_dir.")
    admin_password: SecretStr = Field(
        SecretStr(""),
        description="Admin password: library changes, metrics uploads/undo, raw (masked) questions. "
        "Empty = changes allowed only while the app listens on localhost.",
    )
    leader_password: SecretStr = Field(
        SecretStr(""), description="Leader password: metrics uploads/undo and question topics (admin can do all)."
    )
    host: str = Field(
        "127.0.0.1",
        description="Address the app listens on (make run: --server.address). 0.0.0.0 serves the LAN; "
        "then set the admin password.",
    )
    retention_days: int = Field(180, ge=1, description="Days a logged question and its feedback are kept.")
    max_upload_mb: int = Field(20, ge=1, description="Largest accepted upload, in MB.")
    api_host: str = Field("127.0.0.1", description="Address the API server listens on (localhost by default).")
    api_port: int = Field(8600, ge=1, le=65535, description="Port of the API server.")
    api_rate_limit: int = Field(60, ge=0, description="API requests per minute per key; 0 = no limit.")
    api_max_body_bytes: int = Field(262_144, ge=1024, description="Largest accepted API request body, in bytes.")

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def lexical_path(self) -> Path:
        return self.data_dir / "lexical.sqlite3"

    @property
    def lock_path(self) -> Path:
        return self.data_dir / "ingest.lock"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'tandem.sqlite3').resolve()}"

    def ensure_dirs(self) -> None:
        for path in (self.data_dir, self.uploads_dir, self.log_dir):
            path.mkdir(parents=True, exist_ok=True)


def load_settings(**overrides: object) -> Settings:
    """Fresh settings from the environment, with explicit overrides on top."""
    return Settings(**overrides)  # type: ignore[arg-type]
