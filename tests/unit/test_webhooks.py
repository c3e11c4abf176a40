"""Webhook receiver: signatures, replay window, de-duplication, size limits, secrets at rest."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import socket
import stat
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import structlog
from fakes import port_for_child
from pydantic import SecretStr
from starlette.applications import Starlette
from structlog.testing import capture_logs

from convo_mcp.config import Settings
from convo_mcp.log import REDACTED, scrub
from convo_mcp.state.base import Entry
from convo_mcp.webhooks.receiver import (
    FILE_NAME,
    MalformedDelivery,
    WebhookEvent,
    WebhookReceiver,
    WebhookSecrets,
    is_fresh,
    parse_event,
    serve_listener,
    sign,
    verify_signature,
)

SECRET = "whsec_primary_0123456789abcdef"
OTHER_SECRET = "whsec_rotated_fedcba9876543210"
ATTACKER_SECRET = "whsec_attacker_guess_000000000"
NOW = datetime(2025, 3, 14, 12, 0, 0, tzinfo=UTC)
URL = "http://convo.test/webhooks/convo"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class FakeStore:
    """Just enough of ``Store`` for de-duplication, on a controllable clock."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.marks: dict[str, float] = {}
        self.calls: list[tuple[str, float]] = []
        self.fail = False

    async def get(self, key: str) -> Entry | None:
        return None

    async def set(self, key: str, entry: Entry) -> None:
        return None

    async def delete(self, *keys: str) -> None:
        return None

    async def delete_prefix(self, prefix: str) -> None:
        return None

    async def add_if_absent(self, key: str, ttl: float) -> bool:
        self.calls.append((key, ttl))
        if self.fail:
            raise ConnectionError("store down")
        until = self.marks.get(key)
        if until is not None and self.clock() < until:
            return False
        self.marks[key] = self.clock() + ttl
        return True

    async def aclose(self) -> None:
        return None


class Clock:
    def __init__(self, at: datetime = NOW) -> None:
        self.now = at.timestamp()

    def __call__(self) -> float:
        return self.now


def delivery(
    event: str = "conversation.keypoints.ready",
    data: dict[str, Any] | None = None,
    timestamp: datetime | str | None = NOW,
) -> bytes:
    doc: dict[str, Any] = {
        "event": event,
        "data": {"conversationId": "conv_42", "title": "Weekly sync"} if data is None else data,
    }
    if timestamp is not None:
        doc["timestamp"] = (
            timestamp.isoformat().replace("+00:00", "Z") if isinstance(timestamp, datetime) else timestamp
        )
    return json.dumps(doc).encode()


def headers(body: bytes, secret: str = SECRET, event: str | None = "conversation.keypoints.ready") -> dict[str, str]:
    out = {"X-Convo-Signature": sign(body, secret), "Content-Type": "application/json"}
    if event is not None:
        out["X-Convo-Event"] = event
    return out


class Harness:
    def __init__(self, secrets: Sequence[str] | WebhookSecrets = (SECRET,), **kw: Any) -> None:
        self.clock = Clock()
        self.store = FakeStore(self.clock)
        self.events: list[WebhookEvent] = []
        self.handler: Callable[[WebhookEvent], Awaitable[None]] | None = None
        source = secrets if isinstance(secrets, WebhookSecrets) else (lambda: list(secrets))
        self.receiver = WebhookReceiver(source, self._on_event, self.store, clock=self.clock, **kw)
        app = Starlette(routes=[self.receiver.route()])
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://convo.test")

    async def _on_event(self, event: WebhookEvent) -> None:
        self.events.append(event)
        if self.handler is not None:
            await self.handler(event)

    async def post(self, body: bytes | Any, hdrs: dict[str, str] | None = None) -> httpx.Response:
        if isinstance(body, bytes):
            hdrs = headers(body) if hdrs is None else hdrs
            response = await self.client.post("/webhooks/convo", content=body, headers=hdrs)
        else:
            response = await self.client.post("/webhooks/convo", content=body, headers=hdrs or {})
        await self.receiver.drain(2.0)
        return response


@pytest.fixture
async def h() -> AsyncIterator[Harness]:
    harness = Harness()
    async with harness.client:
        yield harness


# -- pure functions ------------------------------------------------------------------------------


def test_sign_is_lowercase_hex_hmac_sha256_of_raw_body() -> None:
    body = b'{"event":"webhook.test"}'
    expected = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert sign(body, SECRET) == expected
    assert sign(body, SECRET) == sign(body, SECRET).lower()
    assert len(sign(body, SECRET)) == 64


@pytest.mark.parametrize(
    "transform",
    [lambda s: s, lambda s: "sha256=" + s, lambda s: s.upper(), lambda s: "SHA256=" + s.upper(), lambda s: f" {s} "],
    ids=["plain", "sha256-prefix", "uppercase", "prefix-uppercase", "whitespace"],
)
def test_verify_accepts_equivalent_spellings(transform: Callable[[str], str]) -> None:
    body = delivery()
    assert verify_signature(body, transform(sign(body, SECRET)), [SECRET]) is True


@pytest.mark.parametrize(
    "header",
    [None, "", "sha256=", "zz" * 32, "ab" * 31, "ab" * 33, "sha1=" + "ab" * 32, "é" * 64],
    ids=["missing", "empty", "prefix-only", "non-hex", "short", "long", "other-algo", "non-ascii"],
)
def test_verify_rejects_malformed_headers(header: str | None) -> None:
    assert verify_signature(delivery(), header, [SECRET]) is False


def test_verify_rejects_when_no_secret_or_wrong_secret() -> None:
    body = delivery()
    assert verify_signature(body, sign(body, SECRET), []) is False
    assert verify_signature(body, sign(body, SECRET), [""]) is False
    assert verify_signature(body, sign(body, ATTACKER_SECRET), [SECRET, OTHER_SECRET]) is False


def test_verify_rotation_checks_every_secret() -> None:
    body = delivery()
    assert verify_signature(body, sign(body, OTHER_SECRET), [SECRET, OTHER_SECRET]) is True
    assert verify_signature(body, sign(body, SECRET), [SECRET, OTHER_SECRET]) is True


def test_verify_compares_every_secret_even_after_a_match(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[bytes] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        assert isinstance(a, bytes)
        assert isinstance(b, bytes)
        compared.append(a)
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    body = delivery()
    assert verify_signature(body, sign(body, SECRET), [SECRET, OTHER_SECRET, ATTACKER_SECRET])
    assert len(compared) == 3


def test_parse_event_fields() -> None:
    body = delivery()
    event = parse_event(body)
    assert event.event == "conversation.keypoints.ready"
    assert event.data == {"conversationId": "conv_42", "title": "Weekly sync"}
    assert event.timestamp == NOW
    assert event.delivery_id == hashlib.sha256(body).hexdigest()
    assert event.conversation_id == "conv_42"
    with pytest.raises(AttributeError):
        event.event = "x"  # type: ignore[misc]


def test_parse_event_optional_parts() -> None:
    event = parse_event(delivery("webhook.test", {"message": "hi"}, timestamp=None))
    assert event.conversation_id is None
    assert event.timestamp is None
    naive = parse_event(delivery(timestamp="2025-03-14T12:00:00"))
    assert naive.timestamp == NOW  # naive timestamps are UTC
    offset = parse_event(delivery(timestamp="2025-03-14T13:00:00+01:00"))
    assert offset.timestamp == NOW


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"\xff\xfe\x00garbage",
        b"[]",
        b'"event"',
        b'{"data": {}}',
        b'{"event": 5, "data": {}}',
        b'{"event": "", "data": {}}',
        b'{"event": "conversation.created"}',
        b'{"event": "conversation.created", "data": []}',
        b'{"event": "conversation.created", "data": {}, "timestamp": "yesterday"}',
        b'{"event": "conversation.created", "data": {}, "timestamp": 1710000000}',
        b"[" * 100_000 + b"]" * 100_000,
    ],
    ids=[
        "not-json",
        "bad-utf8",
        "array",
        "string",
        "no-event",
        "event-not-str",
        "empty-event",
        "no-data",
        "data-not-object",
        "bad-timestamp",
        "numeric-timestamp",
        "deeply-nested",
    ],
)
def test_parse_event_rejects_wrong_shapes(body: bytes) -> None:
    with pytest.raises(MalformedDelivery):
        parse_event(body)


def test_is_fresh_window() -> None:
    now = NOW.timestamp()
    assert is_fresh(NOW, now)
    assert is_fresh(NOW - timedelta(seconds=300), now)
    assert is_fresh(NOW + timedelta(seconds=300), now)
    assert not is_fresh(NOW - timedelta(seconds=301), now)
    assert not is_fresh(NOW + timedelta(seconds=301), now)  # clock-skewed or forged future
    assert not is_fresh(None, now)  # Convo always sends one
    assert is_fresh(NOW - timedelta(seconds=50), NOW, window=60)
    assert not is_fresh(NOW - timedelta(seconds=61), NOW, window=60)


# -- the endpoint --------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_valid_delivery_dispatches_once_with_parsed_fields(h: Harness) -> None:
    body = delivery()
    r = await h.post(body)
    assert r.status_code == 200
    assert r.json() == {"ok": True}
    assert len(h.events) == 1
    event = h.events[0]
    assert event.event == "conversation.keypoints.ready"
    assert event.conversation_id == "conv_42"
    assert event.data["title"] == "Weekly sync"
    assert event.timestamp == NOW
    assert event.delivery_id == hashlib.sha256(body).hexdigest()
    assert h.store.calls == [("webhook:" + event.delivery_id, 600.0)]
    assert h.receiver.stats.accepted == 1


@pytest.mark.anyio
async def test_answers_before_the_handler_finishes(h: Harness) -> None:
    release = asyncio.Event()

    async def slow(_event: WebhookEvent) -> None:
        await release.wait()

    h.handler = slow
    body = delivery()
    r = await asyncio.wait_for(h.client.post("/webhooks/convo", content=body, headers=headers(body)), 2.0)
    assert r.status_code == 200
    await asyncio.sleep(0)
    assert h.receiver.pending == 1
    assert await h.receiver.drain(0.05) == 1  # still running: drain reports it
    release.set()
    assert await h.receiver.drain(2.0) == 0
    assert h.receiver.pending == 0


@pytest.mark.anyio
async def test_prefixed_and_uppercase_signatures_accepted(h: Harness) -> None:
    first, second = delivery(data={"conversationId": "a"}), delivery(data={"conversationId": "b"})
    r1 = await h.post(first, {**headers(first), "X-Convo-Signature": "sha256=" + sign(first, SECRET)})
    r2 = await h.post(second, {**headers(second), "X-Convo-Signature": sign(second, SECRET).upper()})
    assert (r1.status_code, r2.status_code) == (200, 200)
    assert [e.conversation_id for e in h.events] == ["a", "b"]


@pytest.mark.anyio
async def test_rotation_second_secret_valid() -> None:
    harness = Harness(secrets=(SECRET, OTHER_SECRET))
    async with harness.client:
        body = delivery()
        r = await harness.post(body, headers(body, secret=OTHER_SECRET))
    assert r.status_code == 200
    assert len(harness.events) == 1


@pytest.mark.anyio
async def test_kept_secret_of_created_webhook_is_accepted(tmp_path: Path) -> None:
    store = WebhookSecrets(tmp_path, env_secrets=[SecretStr(SECRET)])
    harness = Harness(secrets=store)
    async with harness.client:
        body = delivery()
        assert (await harness.post(body, headers(body, secret=OTHER_SECRET))).status_code == 401
        store.add("wh_1", OTHER_SECRET, "https://example.test/hook")  # secrets are read per request
        assert (await harness.post(body, headers(body, secret=OTHER_SECRET))).status_code == 200
        store.remove("wh_1")
        other = delivery(data={"conversationId": "after-delete"})
        assert (await harness.post(other, headers(other, secret=OTHER_SECRET))).status_code == 401
    assert len(harness.events) == 1


@pytest.mark.anyio
async def test_forged_signature_with_wrong_secret_is_401(h: Harness) -> None:
    body = delivery()
    r = await h.post(body, headers(body, secret=ATTACKER_SECRET))
    assert r.status_code == 401
    assert r.json() == {"error": "invalid signature"}  # nothing that helps an attacker
    assert h.events == []
    assert h.store.calls == []  # a forgery cannot even poison the de-duplication marks
    assert h.receiver.stats.rejected_signature == 1


@pytest.mark.anyio
@pytest.mark.parametrize("header", [None, "", "sha256=", "not-hex-at-all"], ids=["missing", "empty", "prefix", "junk"])
async def test_missing_or_garbage_signature_is_401(h: Harness, header: str | None) -> None:
    body = delivery()
    hdrs = headers(body)
    if header is None:
        del hdrs["X-Convo-Signature"]
    else:
        hdrs["X-Convo-Signature"] = header
    r = await h.post(body, hdrs)
    assert r.status_code == 401
    assert r.json() == {"error": "invalid signature"}
    assert h.events == []


@pytest.mark.anyio
async def test_tampered_body_is_401(h: Harness) -> None:
    original = delivery()
    tampered = original.replace(b"conv_42", b"conv_43")
    r = await h.post(tampered, headers(original))
    assert r.status_code == 401
    assert h.events == []


@pytest.mark.anyio
async def test_truncated_body_is_401(h: Harness) -> None:
    original = delivery()
    r = await h.post(original[:-10], headers(original))
    assert r.status_code == 401
    assert h.events == []


@pytest.mark.anyio
async def test_oversized_body_with_content_length_is_413() -> None:
    harness = Harness(max_body=1024)
    async with harness.client:
        body = delivery(data={"conversationId": "c", "pad": "x" * 2000})
        r = await harness.post(body)
    assert r.status_code == 413
    assert harness.events == []
    assert harness.receiver.stats.rejected_size == 1


@pytest.mark.anyio
async def test_oversized_streamed_body_without_content_length_is_413() -> None:
    harness = Harness(max_body=1024)
    produced = 0

    async def endless() -> AsyncIterator[bytes]:
        nonlocal produced
        for _ in range(10_000):  # 10 MB if nobody stops reading
            produced += 1024
            yield b"x" * 1024

    async with harness.client:
        r = await harness.post(endless(), {"X-Convo-Signature": "ab" * 32, "Content-Type": "application/json"})
    assert r.status_code == 413
    assert harness.events == []
    assert produced < 10_000 * 1024  # the receiver stopped reading early


@pytest.mark.anyio
async def test_lying_content_length_is_still_bounded() -> None:
    harness = Harness(max_body=1024)
    big = delivery(data={"conversationId": "c", "pad": "x" * 4000})

    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(big), 512):
            yield big[i : i + 512]

    async with harness.client:
        r = await harness.post(chunks(), {**headers(big), "Content-Length": "100"})
    assert r.status_code == 413


@pytest.mark.anyio
async def test_body_of_exactly_max_body_is_accepted() -> None:
    base = delivery(data={"conversationId": "c", "pad": ""})
    body = delivery(data={"conversationId": "c", "pad": "x" * (1024 - len(base))})
    assert len(body) == 1024
    harness = Harness(max_body=1024)
    async with harness.client:
        r = await harness.post(body)
    assert r.status_code == 200


@pytest.mark.anyio
async def test_replayed_identical_delivery_is_duplicate_and_dispatched_once(h: Harness) -> None:
    body = delivery()
    first = await h.post(body)
    h.clock.now += 120  # an attacker re-sends the captured request two minutes later
    second = await h.post(body)
    assert first.json() == {"ok": True}
    assert second.status_code == 200
    assert second.json() == {"ok": True, "duplicate": True}
    assert len(h.events) == 1
    assert h.receiver.stats.duplicates == 1


@pytest.mark.anyio
async def test_replay_after_dedup_expiry_is_outside_window(h: Harness) -> None:
    body = delivery()
    assert (await h.post(body)).status_code == 200
    h.clock.now += 2 * 300 + 1  # the de-duplication mark has expired...
    r = await h.post(body)
    assert r.status_code == 400  # ...but the replay window closed long before
    assert "replay window" in r.json()["error"]
    assert len(h.events) == 1


@pytest.mark.anyio
@pytest.mark.parametrize(
    "timestamp",
    [NOW - timedelta(seconds=301), NOW - timedelta(days=30), NOW + timedelta(seconds=301), None],
    ids=["just-stale", "month-old", "future", "missing"],
)
async def test_replay_of_old_or_future_delivery_is_refused(h: Harness, timestamp: datetime | None) -> None:
    body = delivery(timestamp=timestamp)
    r = await h.post(body)
    assert r.status_code == 400
    assert "replay window" in r.json()["error"]
    assert h.events == []
    assert h.store.calls == []
    assert h.receiver.stats.rejected_replay == 1


@pytest.mark.anyio
async def test_malformed_json_with_valid_signature_is_400(h: Harness) -> None:
    body = b'{"event": "conversation.created", "data": '
    r = await h.post(body, headers(body, event=None))
    assert r.status_code == 400
    assert r.json()["error"] == "malformed delivery"
    assert h.events == []
    assert h.receiver.stats.rejected_malformed == 1


@pytest.mark.anyio
async def test_event_header_mismatch_is_400(h: Harness) -> None:
    body = delivery("conversation.keypoints.ready")
    r = await h.post(body, headers(body, event="conversation.deleted"))
    assert r.status_code == 400
    assert "X-Convo-Event" in r.json()["error"]
    assert h.events == []


@pytest.mark.anyio
async def test_event_header_is_optional(h: Harness) -> None:
    body = delivery()
    r = await h.post(body, headers(body, event=None))
    assert r.status_code == 200
    assert len(h.events) == 1


@pytest.mark.anyio
async def test_unknown_event_is_acknowledged_not_dispatched(h: Harness) -> None:
    body = delivery("conversation.teleported")
    with capture_logs() as logs:
        r = await h.post(body, headers(body, event="conversation.teleported"))
    assert r.status_code == 200
    assert r.json()["ok"] is True
    assert h.events == []
    assert h.receiver.stats.unknown_event == 1
    assert [e["outcome"] for e in logs if e["event"] == "webhook.delivery"] == ["unknown_event"]


@pytest.mark.anyio
async def test_no_secret_configured_is_503() -> None:
    harness = Harness(secrets=())
    async with harness.client:
        body = delivery()
        r = await harness.post(body)
    assert r.status_code == 503
    assert "no webhook secret is configured" in r.json()["error"]
    assert "CONVO_WEBHOOK_SECRET" in r.json()["hint"]
    assert harness.events == []


@pytest.mark.anyio
async def test_get_is_not_allowed(h: Harness) -> None:
    r = await h.client.get("/webhooks/convo")
    assert r.status_code == 405


@pytest.mark.anyio
async def test_failing_handler_does_not_break_next_delivery(h: Harness) -> None:
    async def explode(event: WebhookEvent) -> None:
        if event.conversation_id == "boom":
            raise RuntimeError("handler bug")

    h.handler = explode
    with capture_logs() as logs:
        first = await h.post(delivery(data={"conversationId": "boom"}))
        second = await h.post(delivery(data={"conversationId": "fine"}))
    assert (first.status_code, second.status_code) == (200, 200)
    assert [e.conversation_id for e in h.events] == ["boom", "fine"]
    assert h.receiver.stats.handler_errors == 1
    failures = [e for e in logs if e["event"] == "webhook.handler_failed"]
    assert len(failures) == 1
    assert failures[0]["conversation_id"] == "boom"


@pytest.mark.anyio
async def test_dedup_store_outage_falls_back_to_local_marks(h: Harness) -> None:
    h.store.fail = True
    body = delivery()
    first, second = await h.post(body), await h.post(body)
    assert first.json() == {"ok": True}
    assert second.json() == {"ok": True, "duplicate": True}
    assert len(h.events) == 1
    assert h.receiver.stats.dedup_errors == 2


@pytest.mark.anyio
async def test_secrets_signature_and_body_never_logged(h: Harness) -> None:
    body = delivery(data={"conversationId": "conv_42", "title": "Confidential merger talk"})
    good = headers(body)
    with capture_logs() as logs:
        await h.post(body, good)
        await h.post(body, good)  # duplicate
        await h.post(body, headers(body, secret=ATTACKER_SECRET))
        await h.post(b"{broken", headers(b"{broken", event=None))
    text = json.dumps(logs, default=str)
    for needle in (SECRET, ATTACKER_SECRET, good["X-Convo-Signature"], "Confidential merger talk", body.decode()):
        assert needle not in text
    deliveries = [e for e in logs if e["event"] == "webhook.delivery"]
    assert [e["outcome"] for e in deliveries] == ["accepted", "duplicate", "rejected_signature", "rejected_malformed"]
    assert deliveries[0]["event_type"] == "conversation.keypoints.ready"
    assert deliveries[0]["conversation_id"] == "conv_42"
    assert SECRET not in repr(h.receiver)


# -- secrets at rest -----------------------------------------------------------------------------


def test_webhook_secrets_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "cache" / "convo-mcp"
    first = WebhookSecrets(folder, env_secrets=[SECRET, " ", SECRET])
    assert first.all() == [SECRET]
    first.add("wh_1", OTHER_SECRET, "https://example.test/a")
    first.add("wh_2", SecretStr("whsec_second_kept_secret_value"), "https://example.test/b")
    second = WebhookSecrets(folder)
    assert second.ids() == ["wh_1", "wh_2"]
    assert second.all() == [OTHER_SECRET, "whsec_second_kept_secret_value"]
    assert second.remove("wh_1") is True
    assert second.remove("wh_1") is False
    assert WebhookSecrets(folder).ids() == ["wh_2"]
    assert first.ids() == ["wh_2"]  # the other instance sees the change on disk
    doc = json.loads((folder / FILE_NAME).read_text())
    assert doc["webhooks"]["wh_2"]["url"] == "https://example.test/b"
    assert [p.name for p in folder.iterdir()] == [FILE_NAME]  # no temp files left behind
    with pytest.raises(ValueError, match="required"):
        first.add("wh_3", "  ")


def test_webhook_secrets_without_directory_keep_in_memory() -> None:
    kept = WebhookSecrets(None, env_secrets=[SECRET])
    kept.add("wh_1", OTHER_SECRET)
    assert kept.all() == [SECRET, OTHER_SECRET]
    assert kept.path is None


def test_webhook_secrets_from_settings(tmp_path: Path) -> None:
    settings = Settings(CONVO_WEBHOOK_SECRET=f"{SECRET}, {OTHER_SECRET}", CONVO_MCP_CACHE_DIR=str(tmp_path))
    kept = WebhookSecrets.from_settings(settings)
    assert kept.all() == [SECRET, OTHER_SECRET]
    assert kept.path == tmp_path / FILE_NAME


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_webhook_secrets_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    WebhookSecrets(folder).add("wh_1", OTHER_SECRET)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / FILE_NAME).stat().st_mode) == 0o600

    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    os.chmod(loose, 0o755)  # noqa: S103 - deliberately too open: the store must tighten it
    WebhookSecrets(loose).add("wh_1", OTHER_SECRET)
    assert stat.S_IMODE(loose.stat().st_mode) == 0o700

    os.chmod(loose / FILE_NAME, 0o644)  # somebody loosened it: fixed on load
    with capture_logs() as logs:
        assert WebhookSecrets(loose).all() == [OTHER_SECRET]
    assert stat.S_IMODE((loose / FILE_NAME).stat().st_mode) == 0o600
    assert any(e["event"] == "webhook.secrets_permissions_fixed" for e in logs)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_webhook_secrets_file_never_readable_by_others_even_briefly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_umask = os.umask(0o000)  # the most permissive umask must not matter
    seen: list[int] = []
    real_replace = os.replace

    def spy(src: Any, dst: Any) -> None:
        seen.append(stat.S_IMODE(os.stat(src).st_mode))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)  # the module calls os.replace at run time
    try:
        WebhookSecrets(tmp_path / "d").add("wh_1", OTHER_SECRET)
    finally:
        os.umask(old_umask)
    assert seen == [0o600]


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[]", b'{"webhooks": []}', b"\x00\xff"],
    ids=["truncated", "array", "wrong-shape", "binary"],
)
def test_corrupt_secrets_file_is_tolerated(tmp_path: Path, content: bytes) -> None:
    (tmp_path / FILE_NAME).write_bytes(content)
    with capture_logs() as logs:
        kept = WebhookSecrets(tmp_path, env_secrets=[SECRET])
    assert kept.all() == [SECRET]
    assert kept.ids() == []
    assert any(e["event"] == "webhook.secrets_file_corrupt" and e["log_level"] == "warning" for e in logs)
    aside = list(tmp_path.glob(f"{FILE_NAME}.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == content  # kept for a human, not overwritten
    kept.add("wh_1", OTHER_SECRET)
    assert WebhookSecrets(tmp_path).ids() == ["wh_1"]


def test_bad_entries_are_skipped_good_ones_kept(tmp_path: Path) -> None:
    doc = {"version": 1, "webhooks": {"wh_ok": {"secret": OTHER_SECRET, "url": "u"}, "wh_bad": {"secret": 5}}}
    (tmp_path / FILE_NAME).write_text(json.dumps(doc))
    assert WebhookSecrets(tmp_path).ids() == ["wh_ok"]


def test_secrets_masked_in_logs_and_absent_from_repr(tmp_path: Path) -> None:
    env_secret = "plainenvsecret-without-prefix-1"
    kept_secret = "plainkeptsecret-without-prefix-2"
    kept = WebhookSecrets(tmp_path, env_secrets=[SecretStr(env_secret)])
    with capture_logs() as logs:
        kept.add("wh_1", kept_secret, "https://example.test/a")
    assert kept_secret not in json.dumps(logs, default=str)
    for text in (repr(kept), str(kept), json.dumps(kept.describe())):
        assert env_secret not in text
        assert kept_secret not in text
    assert "wh_1" in repr(kept)
    # register_secret was called: the redaction processor masks them anywhere
    assert scrub(f"oops {env_secret} and {kept_secret}") == f"oops {REDACTED} and {REDACTED}"
    # and a fresh process loading the file registers them too
    loaded_secret = "plainloadedsecret-from-disk-3"
    doc = {"version": 1, "webhooks": {"wh_9": {"secret": loaded_secret, "url": ""}}}
    (tmp_path / FILE_NAME).write_text(json.dumps(doc))
    WebhookSecrets(tmp_path)
    assert loaded_secret not in scrub(f"x {loaded_secret}")


# -- the standalone listener ---------------------------------------------------------------------




@pytest.mark.anyio
async def test_serve_listener_over_real_http() -> None:
    events: list[WebhookEvent] = []

    async def on_event(event: WebhookEvent) -> None:
        events.append(event)

    clock = Clock()
    receiver = WebhookReceiver(lambda: [SECRET], on_event, FakeStore(clock), clock=clock)
    port = port_for_child()  # the listener binds it itself
    task = asyncio.create_task(serve_listener(receiver, "127.0.0.1", port))
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=2.0) as client:
            for _ in range(200):
                try:
                    health = await client.get("/healthz")
                    break
                except httpx.TransportError:
                    assert not task.done(), task
                    await asyncio.sleep(0.025)
            else:
                pytest.fail("listener did not start")
            assert health.status_code == 200
            assert health.json()["ok"] is True
            body = delivery()
            r = await client.post("/webhooks/convo", content=body, headers=headers(body))
            assert r.status_code == 200
            assert r.json() == {"ok": True}
            forged = await client.post("/webhooks/convo", content=body, headers=headers(body, ATTACKER_SECRET))
            assert forged.status_code == 401
            assert "server" not in r.headers
        await receiver.drain(2.0)
        assert [e.conversation_id for e in events] == ["conv_42"]
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    with socket.socket() as s:  # the port was released on shutdown
        s.bind(("127.0.0.1", port))


@pytest.mark.anyio
async def test_serve_listener_port_in_use_raises_oserror_not_systemexit() -> None:
    async def on_event(_event: WebhookEvent) -> None:
        return None

    clock = Clock()
    receiver = WebhookReceiver(lambda: [SECRET], on_event, FakeStore(clock), clock=clock)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with structlog.testing.capture_logs(), pytest.raises(OSError, match="could not listen"):
            await asyncio.wait_for(serve_listener(receiver, "127.0.0.1", port), 5.0)


@pytest.mark.anyio
@pytest.mark.parametrize("media", [None, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data"])
async def test_a_delivery_that_is_not_json_is_refused_unread(media: str | None) -> None:
    harness = Harness()
    body = delivery()
    hdrs = {"X-Convo-Signature": sign(body, SECRET), "X-Convo-Event": "conversation.keypoints.ready"}
    if media:
        hdrs["Content-Type"] = media
    async with harness.client:
        r = await harness.post(body, hdrs)
        ok = await harness.post(body, {**hdrs, "Content-Type": "application/json; charset=utf-8"})
    assert r.status_code == 415
    assert ok.status_code == 200
    assert harness.receiver.stats.rejected_media == 1
    assert len(harness.events) == 1  # only the JSON delivery reached the handler
