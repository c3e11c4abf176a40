"""The one place a server's engine is chosen, from its settings.

=========================  ===========================================================================
settings                   engine
=========================  ===========================================================================
(nothing)                  :class:`~.sqlite.engine.SQLiteEngine`: files in the data directory
``CONVO_MCP_REDIS_URL``    :class:`~.redis.engine.RedisEngine`: Redis for what replicas share, an index
                           file per replica
``CONVO_MCP_DATABASE_URL`` :class:`~.postgres.engine.PostgresEngine`: everything in the database (with
                           Redis too, Redis keeps the counters, flights and the relay)
=========================  ===========================================================================

The demo (``--demo``, the built-in sandbox) runs on files whatever the settings say: it never touches
a team's database or Redis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from convo_mcp.state.sqlite.engine import SQLiteEngine

if TYPE_CHECKING:
    from convo_mcp.config import Settings
    from convo_mcp.state.base import Engine


def open_engine(settings: Settings) -> Engine:
    files = SQLiteEngine()
    redis = None
    if settings.redis_url is not None and (url := settings.redis_url.get_secret_value().strip()):
        from convo_mcp.state.redis.engine import RedisEngine

        redis = RedisEngine(url, files)
    if settings.database_url is not None:
        from convo_mcp.state.postgres.engine import PostgresEngine

        return PostgresEngine(settings.database_url.get_secret_value(), pool=settings.database_pool,
                              wait=settings.database_wait, redis=redis)
    return redis if redis is not None else files
