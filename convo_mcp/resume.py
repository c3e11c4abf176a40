"""SSE resumability over Streamable HTTP: a client that lost its stream reconnects with
``Last-Event-ID`` and gets the messages it missed (progress, notifications, the tool result).

The SDK asks an event store to keep each SSE message and to replay those after an event id. Its
stream ids are request ids and so repeat between sessions; each session therefore gets its own view
of the store (:meth:`SessionEvents.for_session`), and event ids are random, so a reconnecting client
only ever replays its own session's stream. Memory-bounded: the last ``per_stream`` events of each
stream and ``max_streams`` streams (oldest dropped first).
"""

from __future__ import annotations

import secrets
from collections import OrderedDict, deque
from typing import Any

from mcp.server.streamable_http import EventCallback, EventId, EventMessage, EventStore, StreamId
from mcp.types import JSONRPCMessage

from convo_mcp._sdk import event_store_per_session


class SessionEvents:
    def __init__(self, *, per_stream: int = 200, max_streams: int = 2000) -> None:
        self.per_stream, self.max_streams = per_stream, max_streams
        self._streams: OrderedDict[str, deque[tuple[str, JSONRPCMessage | None]]] = OrderedDict()
        self._where: dict[str, str] = {}  # event id → stream key

    def for_session(self, session_id: str) -> EventStore:
        return _SessionView(self, session_id)

    def store(self, key: str, message: JSONRPCMessage | None) -> str:
        stream = self._streams.get(key)
        if stream is None:
            stream = self._streams[key] = deque()
            while len(self._streams) > self.max_streams:
                _, dropped = self._streams.popitem(last=False)
                for event_id, _ in dropped:
                    self._where.pop(event_id, None)
        self._streams.move_to_end(key)
        if len(stream) >= self.per_stream:
            old, _ = stream.popleft()
            self._where.pop(old, None)
        event_id = secrets.token_urlsafe(12)
        stream.append((event_id, message))
        self._where[event_id] = key
        return event_id

    async def replay(self, prefix: str, last_event_id: str, send: EventCallback) -> str | None:
        key = self._where.get(last_event_id)
        if key is None or not key.startswith(prefix):
            return None
        after = False
        for event_id, message in list(self._streams.get(key, ())):
            if after and message is not None:
                await send(EventMessage(message, event_id))
            after = after or event_id == last_event_id
        return key[len(prefix):]

    def events(self) -> int:
        return len(self._where)


class _SessionView(EventStore):
    def __init__(self, store: SessionEvents, session_id: str) -> None:
        self._store, self._prefix = store, f"{session_id}/"

    async def store_event(self, stream_id: StreamId, message: JSONRPCMessage | None) -> EventId:
        return self._store.store(self._prefix + str(stream_id), message)

    async def replay_events_after(self, last_event_id: EventId, send_callback: EventCallback) -> StreamId | None:
        return await self._store.replay(self._prefix, last_event_id, send_callback)


def install(manager: Any, events: SessionEvents) -> None:
    """Give every new session of an SDK session manager its own view of ``events``.

    The SDK hands one store to every session it admits; wrapping its admission is the one place a
    session's id and its transport meet."""
    event_store_per_session(manager, lambda session_id: events.for_session(session_id or ""))
