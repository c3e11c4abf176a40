"""What service calls return: a value and where it came from (cache, Convo, a stale copy), what it
cost, and the budget figures tools report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from pydantic import BaseModel

if TYPE_CHECKING:
    from convo_mcp.cache import Cached


T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A value and where it came from: what tools tell the model about cost and freshness."""

    value: T
    source: Literal["cache", "upstream", "stale"]
    age_s: float = 0.0
    credits_spent: int = 0

    @property
    def from_cache(self) -> bool:
        return self.source != "upstream"

    @classmethod
    def of(cls, cached: Cached[Any], value: T, now: float, credits: int = 0) -> Outcome[T]:
        if cached.source == "upstream":
            return cls(value, "upstream", 0.0, credits)
        return cls(value, "cache" if cached.fresh else "stale", cached.age(now), credits)


@dataclass(frozen=True)
class Peek(Generic[T]):
    """What the cache holds for one item, without a request. ``value`` None: known not generated."""

    value: T | None
    fresh: bool


@dataclass(frozen=True)
class Budget:
    """The hourly request budget as last seen in Convo's headers (None: not seen yet)."""

    remaining: int | None
    limit: int | None
    resets_at: datetime | None


def dump(model: BaseModel) -> dict[str, Any]:
    """Wire data as the cache keeps it: JSON types, Convo's field names, no nulls."""
    return model.model_dump(mode="json", by_alias=True, exclude_none=True)


# What the cache holds for "Convo has none yet" (keypoints or feedback not generated)
MISSING = {"__missing__": True}
