"""Traditional characters read as simplified: "現在把她鎖在房間裡" is "现在把她锁在房间里".

Volunteers from Hong Kong, Macao and Taiwan, and phones set to traditional input, type 繁體字; the knowledge, the
crisis checklist's signs and the labelled examples are written in simplified characters, and a sign the checklist
knows ("打她", "锁在") goes unseen in another script.  ``simplified`` converts with OpenCC's tables
(``opencc-python-reimplemented``, pure Python, its dictionaries shipped in the wheel).

A character OpenCC turns into one outside the Basic Multilingual Plane is kept as typed: simplified Cantonese writes
嗰 ("嗰阵", that time), which the tables map to the rare 𠮶 no document holds.
"""

from __future__ import annotations

import functools

from opencc import OpenCC

_TO_SIMPLIFIED = OpenCC("t2s")
CACHE_SIZE = 8192
_BASIC_PLANE = 0xFFFF


@functools.lru_cache(maxsize=CACHE_SIZE)
def simplified(text: str) -> str:
    """``text`` in simplified characters (text already simplified comes back as it was)."""
    converted = _TO_SIMPLIFIED.convert(text)
    if converted == text:
        return text
    if len(converted) != len(text):
        return converted
    return "".join(c if ord(c) <= _BASIC_PLANE else t for t, c in zip(text, converted, strict=True))
