"""Workflow prompts as served by build_server, through the real SDK client in both protocol eras."""

from __future__ import annotations

from typing import Any

import pytest
from mcp.shared.exceptions import MCPError

from convo_mcp.app import App
from convo_mcp.prompts import NOT_GIVEN, load_prompts

pytestmark = pytest.mark.anyio
INVALID_PARAMS = -32602

EXPECTED = {
    "meeting-prep": {"who_or_what": True, "lookback_days": False},
    "weekly-review": {"week_of": False},
    "follow-up-blitz": {"since": False, "tone": False, "max_credits": False},
    "coaching-review": {"conversation_id": False, "focus": False},
    "decision-log": {"topic": True, "since": False},
    "action-item-sweep": {"owner": False, "priority": False, "since": False},
    "answer-with-citations": {"question": True, "since": False},
}
# Required arguments, plus a value that must show up verbatim in the rendered text.
REQUIRED_ARGS = {
    "meeting-prep": {"who_or_what": "Acme Corp"},
    "weekly-review": {},
    "follow-up-blitz": {},
    "coaching-review": {},
    "decision-log": {"topic": "Globex pricing"},
    "action-item-sweep": {},
    "answer-with-citations": {"question": "what did we decide about Globex pricing?"},
}


async def test_prompts_list_has_every_workflow_with_arguments(connect: Any, app: App) -> None:
    async with connect(app) as client:
        prompts = {p.name: p for p in (await client.list_prompts()).prompts}
    assert set(prompts) >= set(EXPECTED)
    for name, args in EXPECTED.items():
        p = prompts[name]
        assert p.title, name
        assert p.description, name
        got = {a.name: bool(a.required) for a in p.arguments or []}
        assert got == args, name
        assert all(a.description for a in p.arguments or []), name
    tone = next(a for a in prompts["follow-up-blitz"].arguments or [] if a.name == "tone")
    assert "professional, casual, concise" in (tone.description or "")
    assert "default: professional" in (tone.description or "")


@pytest.mark.parametrize("name", sorted(EXPECTED))
async def test_each_prompt_renders_with_its_required_arguments(connect: Any, app: App, name: str) -> None:
    spec = next(s for s in load_prompts() if s.name == name)
    async with connect(app) as client:
        got = await client.get_prompt(name, REQUIRED_ARGS[name])
    assert got.description == spec.description
    assert len(got.messages) == 1
    assert got.messages[0].role == "user"
    body = got.messages[0].content.text
    assert len(body) > 200
    for value in REQUIRED_ARGS[name].values():
        assert value in body, name
    for arg in spec.arguments:  # every default was filled in; no placeholder is left
        if arg.default is not None:
            assert arg.default in body, (name, arg.name)
        assert "{" + arg.name + "}" not in body, (name, arg.name)
    assert body == spec.render(REQUIRED_ARGS[name])


async def test_optional_arguments_and_choices_are_applied(connect: Any, app: App) -> None:
    async with connect(app) as client:
        blitz = await client.get_prompt("follow-up-blitz", {"since": "monday", "tone": "CASUAL", "max_credits": "5"})
        coach = await client.get_prompt("coaching-review", {"focus": ""})
        prep = await client.get_prompt("meeting-prep", {"who_or_what": "{since} Initech {{x}}"})
    text = blitz.messages[0].content.text
    assert "since **monday**" in text
    assert "**casual**" in text
    assert "5" in text
    assert "yesterday" not in text.split("\n", 1)[0]
    assert f"Focus area: {NOT_GIVEN}" in coach.messages[0].content.text
    # values are inserted literally, never re-formatted
    assert "**{since} Initech {{x}}**" in prep.messages[0].content.text


@pytest.mark.parametrize(
    ("name", "args", "fragment"),
    [
        ("decision-log", {}, "missing required argument(s): topic"),
        ("meeting-prep", {"who_or_what": "   "}, "missing required argument(s): who_or_what"),
        ("decision-log", {"topic": "x", "bogus": "1"}, "no argument(s) bogus"),
        ("action-item-sweep", {"priority": "urgent"}, "is not one of high, medium, low, any"),
    ],
)
async def test_bad_arguments_are_invalid_params(
    connect: Any, app: App, name: str, args: dict[str, str], fragment: str
) -> None:
    async with connect(app) as client:
        with pytest.raises(MCPError) as caught:
            await client.get_prompt(name, args)
    assert caught.value.error.code == INVALID_PARAMS
    assert fragment in caught.value.error.message


async def test_unknown_prompt_is_invalid_params(connect: Any, app: App) -> None:
    async with connect(app) as client:
        with pytest.raises(MCPError) as caught:
            await client.get_prompt("no-such-prompt", {})
    assert caught.value.error.code == INVALID_PARAMS
    assert "no-such-prompt" in caught.value.error.message


async def test_answering_with_citations_checks_every_quote_before_showing_it(connect: Any, app: App) -> None:
    async with connect(app) as client:
        got = await client.get_prompt("answer-with-citations", {"question": "who owns the SOC 2 report?"})
        tools = {t.name for t in (await client.list_tools()).tools}
    body = got.messages[0].content.text  # type: ignore[union-attr]
    steps = [body.index(s) for s in ("search_meetings(", "## 2. Draft", "`verify_quotes`", "## 4. Answer")]
    assert steps == sorted(steps)  # gather, draft, verify, then answer
    for verdict in ("verified", "misattributed", "wrong_time", "altered", "not_found", "unchecked"):
        assert f"**{verdict}**" in body
    assert '{"conversation_id", "text", "speaker", "time"}' in body  # braces escaped, not a placeholder
    assert "[HH:MM:SS] Speaker" in body and "Never show a quote that did not come back **verified**" in body
    assert {"search_meetings", "verify_quotes", "get_transcript"} <= tools  # every tool it names is served
