"""YAML front matter: split a Markdown document into metadata and body."""

from __future__ import annotations

import re
from typing import Any

import yaml

from tandem.errors import TandemError

# libyaml's C parser when PyYAML was built with it (the PyPI wheels are); see bench/RESULTS.md for how much faster.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


class FrontMatterError(TandemError, ValueError):
    """The document starts with a front matter block that is not valid YAML."""


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return ``(metadata, body)``; a document without front matter gives ``({}, text)``."""
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not match:
        return {}, text
    try:
        meta = yaml.load(match.group(1), Loader=_SafeLoader) or {}
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"front matter is not valid YAML: {exc}") from exc
    if not isinstance(meta, dict):
        raise FrontMatterError("front matter must be a mapping of key: value lines")
    return meta, text.lstrip("\ufeff")[match.end() :]
