"""API keys: created with a name, shown once, stored as a SHA-256 hash, revoked by name."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Engine, func, insert, select, update

from tandem.db.schema import api_keys
from tandem.errors import TandemError

KEY_PREFIX = "tdm-"
NAME_PATTERN = re.compile(r"^\S{1,64}$")


class ApiKeyError(TandemError, ValueError):
    """A key operation that cannot be done (a message for users)."""


@dataclass(frozen=True)
class ApiKey:
    """A stored key (never the key itself)."""

    id: int
    name: str
    prefix: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_key(engine: Engine, name: str) -> str:
    """A new key for ``name`` (unique among keys not revoked); returns the key, which is not stored."""
    name = name.strip()
    if not NAME_PATTERN.match(name):
        raise ApiKeyError("密钥名称需为 1–64 个字符，不能含空格")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    with engine.begin() as conn:
        taken = conn.execute(
            select(func.count()).where(api_keys.c.name == name, api_keys.c.revoked_at.is_(None))
        ).scalar_one()
        if taken:
            raise ApiKeyError(f"已有名为“{name}”的有效密钥；先吊销它（keys revoke {name}）或换一个名称")
        conn.execute(insert(api_keys).values(name=name, key_hash=hash_key(key), prefix=key[:10]))
    return key


def list_keys(engine: Engine) -> list[ApiKey]:
    with engine.connect() as conn:
        rows = conn.execute(select(api_keys).order_by(api_keys.c.id)).mappings().all()
    return [ApiKey(r["id"], r["name"], r["prefix"], r["created_at"], r["revoked_at"]) for r in rows]


def revoke_key(engine: Engine, name: str) -> None:
    """Revoke the key named ``name``; its requests get 401 from then on."""
    with engine.begin() as conn:
        done = conn.execute(
            update(api_keys)
            .where(api_keys.c.name == name.strip(), api_keys.c.revoked_at.is_(None))
            .values(revoked_at=dt.datetime.now(dt.UTC))
        ).rowcount
    if not done:
        raise ApiKeyError(f"没有名为“{name}”的有效密钥")


def verify_key(engine: Engine, key: str) -> ApiKey | None:
    """The active key ``key`` is, or None (unknown or revoked)."""
    if not key.startswith(KEY_PREFIX):
        return None
    with engine.connect() as conn:
        row = (
            conn.execute(select(api_keys).where(api_keys.c.key_hash == hash_key(key), api_keys.c.revoked_at.is_(None)))
            .mappings()
            .first()
        )
    return ApiKey(row["id"], row["name"], row["prefix"], row["created_at"], row["revoked_at"]) if row else None
