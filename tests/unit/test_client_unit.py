"""ConvoClient against httpx.MockTransport: the wire contract, error mapping, retries, pacing."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import structlog
from pydantic import SecretStr

from convo_mcp import errors
from convo_mcp.config import Settings
from convo_mcp.convo.client import ConvoClient
from convo_mcp.convo.transport import build_path

pytestmark = pytest.mark.anyio
KEY = "convo_unit_secret_key_123"
RATE = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "99", "X-RateLimit-Reset": "4102444800"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def make_client(
    handler: Callable[[httpx.Request], httpx.Response], *, sleep: Any = None, **overrides: Any
) -> ConvoClient:
    settings = Settings(api_key=SecretStr(KEY), base_url="https://convo.test/api/v1", **overrides)
    return ConvoClient(settings, transport=httpx.MockTransport(handler), sleep=sleep)


def ok(data: Any, **extra: Any) -> httpx.Response:
    return httpx.Response(200, json={"data": data, **extra}, headers=RATE)


def fail(
    status: int, code: str, message: str = "nope", headers: dict[str, str] | None = None
) -> httpx.Response:
    body = {"error": {"code": code, "message": message}}
    return httpx.Response(status, json=body, headers={**RATE, **(headers or {})})


async def test_sends_bearer_key_and_reads_unknown_keys() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok({"id": "sess_1", "segments": [{"text": "hi", "speaker": "Dana",
                   "timestamp": "2026-11-20T14:00:07Z", "sentiment": "warm"}], "language": "en"})

    async with make_client(handler) as client:
        transcript = await client.get_transcript("sess_1")
    assert seen[0].headers["authorization"] == f"Bearer {KEY}"
    assert seen[0].url.path == "/api/v1/conversations/sess_1/transcript"
    assert transcript.segments[0].speaker == "Dana"
    assert transcript.model_extra == {"language": "en"}
    assert transcript.segments[0].model_extra == {"sentiment": "warm"}


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, "validation_error", errors.BadRequestError),
        (401, "unauthorized", errors.AuthenticationError),
        (403, "forbidden", errors.PermissionDeniedError),
        (404, "not_found", errors.NotFoundError),
        (429, "rate_limited", errors.RateLimitError),
        (429, "ai_limit_exceeded", errors.AILimitExceededError),
        (500, "internal_error", errors.InternalServerError),
        (418, "teapot", errors.APIStatusError),
    ],
)
async def test_every_status_and_code_maps_to_its_class(status: int, code: str, cls: type[Exception]) -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return fail(status, code, "upstream says <script>", {"Retry-After": "999"})

    async with make_client(handler, max_retries=0) as client:
        with pytest.raises(cls) as info:
            await client.get_keypoints("sess_1")
    assert type(info.value) is cls
    assert info.value.code == (code if cls is not errors.APIStatusError else "api_error")
    assert "<script>" not in str(info.value)  # upstream text never becomes the message
    assert calls == 1


async def test_retry_after_is_carried_on_429() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return fail(429, "rate_limited", headers={"Retry-After": "1800"})

    async with make_client(handler) as client:
        with pytest.raises(errors.RateLimitError) as info:
            await client.profile()
    assert info.value.retry_after == 1800
    assert info.value.to_dict()["retry_after_seconds"] == 1800


async def test_get_is_retried_on_5xx_then_succeeds() -> None:
    answers = [httpx.Response(502, text="<html>bad gateway</html>"), fail(500, "internal_error"), ok({"id": "x"})]
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    def handler(request: httpx.Request) -> httpx.Response:
        return answers.pop(0)

    async with make_client(handler, sleep=fake_sleep) as client:
        result = await client.get_transcript("x")
    assert result.id == "x"
    assert answers == []
    assert len(slept) == 2
    assert all(0 < s <= 8 for s in slept)


async def test_ai_post_is_never_retried_on_5xx_or_timeout() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.ReadTimeout("slow", request=request)

    async with make_client(handler) as client:
        with pytest.raises(errors.RequestTimeoutError):
            await client.generate_keypoints("sess_1")
    assert calls == 1


async def test_malformed_json_and_html_are_bad_response() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"{not json", headers=RATE)

    async with make_client(handler, max_retries=0) as client:
        with pytest.raises(errors.InvalidResponseError):
            await client.profile()


@pytest.mark.parametrize(
    "evil", ["../user/profile", "a/b", "..", ".", "sess_1?x=1", "sess_1#f", "sess%2F1", " sess", ""]
)
async def test_id_injection_never_reaches_the_network(evil: str) -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return ok({})

    async with make_client(handler) as client:
        with pytest.raises(errors.InvalidIdError):
            await client.get_transcript(evil)
        with pytest.raises(errors.InvalidIdError):
            await client.delete_webhook(evil)
    assert calls == 0


def test_build_path_encodes_and_validates() -> None:
    assert build_path("/conversations/{id}/transcript", id="sess_8f2-A") == "/conversations/sess_8f2-A/transcript"
    with pytest.raises(errors.InvalidIdError):
        build_path("/conversations/{id}", id="../x")


async def test_iter_conversations_follows_offsets() -> None:
    total = 250
    offsets: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        offsets.append(offset)
        items = [{"id": f"sess_{i}", "title": f"M{i}"} for i in range(offset, min(total, offset + limit))]
        return ok(items, pagination={"total": total, "limit": limit, "offset": offset})

    async with make_client(handler) as client:
        ids = [c.id async for c in client.iter_conversations()]
    assert offsets == [0, 100, 200]
    assert ids == [f"sess_{i}" for i in range(total)]


async def test_key_never_logged_or_repr() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return fail(401, "unauthorized", f"bad key {KEY}")

    with structlog.testing.capture_logs() as logs:
        async with make_client(handler) as client:
            with pytest.raises(errors.AuthenticationError) as info:
                await client.profile()
            assert KEY not in repr(client._api._http.auth)
    assert logs, "request events are logged"
    assert any(e["event"] == "convo.request" and e["route"] == "/user/profile" and e["status"] == 401 for e in logs)
    assert KEY not in json.dumps(logs, default=str)
    assert KEY not in str(info.value)
    assert KEY not in repr(info.value.to_dict())


async def test_missing_key_is_a_clear_error() -> None:
    with pytest.raises(errors.NotConfiguredError) as info:
        ConvoClient(Settings(api_key=None))
    assert "CONVO_API_KEY" in info.value.hint


async def test_running_out_of_open_files_is_not_blamed_on_convo() -> None:
    import errno

    def handler(request: httpx.Request) -> httpx.Response:
        wrapped = httpx.ConnectError("connect failed", request=request)
        wrapped.__cause__ = OSError(errno.EMFILE, "Too many open files")
        raise wrapped

    async with make_client(handler, max_retries=0) as client:
        with pytest.raises(errors.OutOfFilesError) as caught:
            await client.profile()
    assert caught.value.code == "out_of_files"
    assert "too many files open" in caught.value.message and "ulimit -n" in caught.value.hint
