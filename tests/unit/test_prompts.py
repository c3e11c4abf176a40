"""Workflow prompts: file format, rendering, and what MCP clients see."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mcp import Client
from mcp.server import MCPServer
from mcp.shared.exceptions import MCPError

from convo_mcp.prompts import (
    NOT_GIVEN,
    PromptArgumentError,
    PromptSpec,
    complete_prompt_argument,
    load_prompts,
    parse_prompt,
    prompts_dir,
    register_prompts,
)

TOOLS = {
    "list_conversations", "get_transcript", "get_keypoints", "generate_keypoints", "get_feedback", "verify_quotes",
    "generate_feedback", "ask_conversation", "draft_follow_up_email", "share_conversation",
    "rename_conversation", "delete_conversation", "list_calendar_events", "get_account", "list_webhooks",
    "create_webhook", "delete_webhook", "test_webhook", "prepare_briefing", "meeting_digest",
    "find_action_items", "search_meetings", "track_commitments",
}  # fmt: skip

# The tools each workflow must rely on.
EXPECTED_TOOLS = {
    "meeting-prep": {"prepare_briefing", "list_calendar_events", "get_keypoints"},
    "weekly-review": {"meeting_digest", "find_action_items", "draft_follow_up_email"},
    "follow-up-blitz": {"meeting_digest", "get_account", "draft_follow_up_email", "get_keypoints"},
    "coaching-review": {"get_feedback", "generate_feedback", "get_account"},
    "decision-log": {"search_meetings", "get_keypoints"},
    "action-item-sweep": {"find_action_items", "track_commitments"},
}
# Tools that spend AI credits must only be mentioned alongside a budget check.
SPENDING = {"generate_keypoints", "generate_feedback", "ask_conversation", "draft_follow_up_email"}
TOOL_REF = re.compile(r"`([a-z][a-z_]*[a-z])[`(]")

MINIMAL = """---
name: demo
title: Demo
description: A demo prompt.
arguments:
  - name: who
    description: Someone
    required: true
  - name: tone
    description: Tone
    required: false
    default: casual
    choices: [professional, casual, concise]
---
Hello {who}, in a {tone} tone. Literal {{who}} and { "json": 1 }.
"""


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def specs() -> list[PromptSpec]:
    return load_prompts()


def by_name(specs: list[PromptSpec], name: str) -> PromptSpec:
    return next(s for s in specs if s.name == name)


def minimal_values(spec: PromptSpec) -> dict[str, str]:
    return {a.name: "Acme" for a in spec.arguments if a.required}


def test_repository_prompts_load(specs: list[PromptSpec]) -> None:
    names = [s.name for s in specs]
    assert set(EXPECTED_TOOLS) <= set(names)
    assert names == sorted(names)
    assert all(re.fullmatch(r"[a-z0-9-]+", n) for n in names)
    assert Path(str(prompts_dir())).is_dir()
    for spec in specs:
        assert spec.title
        assert spec.description
        assert len(spec.template) > 800, f"{spec.name} should be a full workflow"


@pytest.mark.parametrize("name", sorted(EXPECTED_TOOLS))
def test_renders_with_required_args_and_names_real_tools(specs: list[PromptSpec], name: str) -> None:
    spec = by_name(specs, name)
    text = spec.render(minimal_values(spec))
    referenced = set(TOOL_REF.findall(text))
    assert referenced, "tools are named in backticks"
    assert referenced <= TOOLS, f"unknown tool names: {referenced - TOOLS}"
    assert EXPECTED_TOOLS[name] <= referenced
    if referenced & SPENDING:
        assert "get_account" in referenced
    assert not re.search(r"\{[a-z_]+\}", text), "no placeholder is left unfilled"


def test_every_repository_prompt_names_only_real_tools(specs: list[PromptSpec]) -> None:
    for spec in specs:
        assert set(TOOL_REF.findall(spec.render(minimal_values(spec)))) <= TOOLS, spec.name


def test_defaults_are_applied(specs: list[PromptSpec]) -> None:
    prep = by_name(specs, "meeting-prep").render({"who_or_what": "Acme"})
    assert "lookback_days=90" in prep
    assert "Acme" in prep
    assert "this week" in by_name(specs, "weekly-review").render({})
    blitz = by_name(specs, "follow-up-blitz").render({"tone": "CASUAL"})
    assert 'tone="casual"' in blitz
    assert "yesterday" in blitz
    assert NOT_GIVEN in by_name(specs, "coaching-review").render({"conversation_id": "  "})


def test_missing_required_argument(specs: list[PromptSpec]) -> None:
    with pytest.raises(PromptArgumentError, match=r"missing required argument.*who_or_what"):
        by_name(specs, "meeting-prep").render({})
    with pytest.raises(PromptArgumentError, match="who_or_what"):
        by_name(specs, "meeting-prep").render({"who_or_what": ""})


def test_bad_choice_and_unknown_argument(specs: list[PromptSpec]) -> None:
    with pytest.raises(PromptArgumentError, match="not one of professional, casual, concise"):
        by_name(specs, "follow-up-blitz").render({"tone": "angry"})
    with pytest.raises(PromptArgumentError, match="urgent"):
        by_name(specs, "meeting-prep").render({"who_or_what": "Acme", "urgent": "yes"})
    assert issubclass(PromptArgumentError, ValueError)


def test_values_are_inserted_literally() -> None:
    spec = parse_prompt(MINIMAL)
    text = spec.render({"who": "{who} and {{tone}} {"})
    assert text == 'Hello {who} and {{tone}} {, in a casual tone. Literal {who} and { "json": 1 }.\n'


def test_arguments_empty_list_and_quoted_values() -> None:
    spec = parse_prompt('---\nname: plain\ntitle: "Plain: one"\ndescription: x\narguments: []\n---\nBody {{x}}\n')
    assert spec.title == "Plain: one"
    assert spec.arguments == ()
    assert spec.render({}) == "Body {x}\n"


BAD_FILES = {
    "no front matter": ("Just a body\n", "front matter"),
    "unclosed": ("---\nname: x\ntitle: X\ndescription: d\n", "not closed"),
    "bad name": (MINIMAL.replace("name: demo", "name: Demo_Prompt"), "must match"),
    "missing title": (MINIMAL.replace("title: Demo\n", ""), "title"),
    "undeclared placeholder": (MINIMAL + "And {when}.\n", "undeclared placeholder.*when"),
    "unused argument": (MINIMAL.replace("in a {tone} tone", "kindly"), "never used.*tone"),
    "bad required": (MINIMAL.replace("required: true", "required: yes"), "true or false"),
    "default outside choices": (MINIMAL.replace("default: casual", "default: rude"), "not one of its choices"),
    "required with default": (MINIMAL.replace("required: true", "required: true\n    default: x"), "cannot have"),
    "not key value": (MINIMAL.replace("title: Demo", "title Demo"), "key: value"),
    "unknown key": (MINIMAL.replace("title: Demo", "title: Demo\nversion: 2"), "unknown front matter"),
    "bad choices": (MINIMAL.replace("[professional, casual, concise]", "casual"), r"\[a, b, c\]"),
    "stray indent": (MINIMAL.replace("title: Demo", "title: Demo\n  extra: 1"), "outside 'arguments:'"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_malformed_files_name_the_file(tmp_path: Path, case: str) -> None:
    text, message = BAD_FILES[case]
    (tmp_path / "good.md").write_text(MINIMAL.replace("name: demo", "name: good"), encoding="utf-8")
    (tmp_path / "broken-one.md").write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=f"broken-one.md: .*{message}"):
        load_prompts(tmp_path)


def test_duplicate_names_and_ignored_files(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# not a prompt\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / "a.md").write_text(MINIMAL, encoding="utf-8")
    assert [s.name for s in load_prompts(str(tmp_path))] == ["demo"]
    (tmp_path / "b.md").write_text(MINIMAL, encoding="utf-8")
    with pytest.raises(ValueError, match=r"b\.md: name 'demo' is also used by a\.md"):
        load_prompts(tmp_path)


def test_complete_prompt_argument(specs: list[PromptSpec]) -> None:
    assert complete_prompt_argument(specs, "follow-up-blitz", "tone", "") == ["professional", "casual", "concise"]
    assert complete_prompt_argument(specs, "follow-up-blitz", "tone", "C") == ["casual", "concise"]
    assert complete_prompt_argument(specs, "coaching-review", "focus", "time") == ["timeManagement"]
    assert complete_prompt_argument(specs, "action-item-sweep", "priority", "h") == ["high"]
    assert complete_prompt_argument(specs, "meeting-prep", "who_or_what", "") == []
    assert complete_prompt_argument(specs, "meeting-prep", "nope", "") == []
    assert complete_prompt_argument(specs, "no-such-prompt", "tone", "") == []


@pytest.fixture
def server(specs: list[PromptSpec]) -> MCPServer:
    server = MCPServer("t")
    register_prompts(server, specs)
    return server


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["legacy", "auto"])
async def test_prompts_over_mcp(server: MCPServer, specs: list[PromptSpec], mode: str) -> None:
    async with Client(server, mode=mode) as client:
        listed = {p.name: p for p in (await client.list_prompts()).prompts}
        assert set(listed) == {s.name for s in specs}
        prep = listed["meeting-prep"]
        assert prep.title == "Meeting prep brief"
        assert prep.description
        args = {a.name: a for a in prep.arguments or []}
        assert args["who_or_what"].required is True
        assert args["lookback_days"].required is False
        assert "default: 90" in (args["lookback_days"].description or "")
        tone = next(a for a in listed["follow-up-blitz"].arguments or [] if a.name == "tone")
        assert "professional, casual, concise" in (tone.description or "")

        result = await client.get_prompt("meeting-prep", {"who_or_what": "Acme {x}"})
        assert len(result.messages) == 1
        message = result.messages[0]
        assert message.role == "user"
        assert message.content.type == "text"
        assert "**Acme {x}**" in message.content.text
        assert "prepare_briefing" in message.content.text


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["legacy", "auto"])
@pytest.mark.parametrize(
    ("name", "arguments", "message"),
    [
        ("meeting-prep", {}, "who_or_what"),
        ("meeting-prep", {"who_or_what": " "}, "who_or_what"),
        ("follow-up-blitz", {"tone": "angry"}, "not one of"),
        ("weekly-review", {"bogus": "1"}, "bogus"),
    ],
)
async def test_invalid_arguments_are_invalid_params(
    server: MCPServer, mode: str, name: str, arguments: dict[str, str], message: str
) -> None:
    async with Client(server, mode=mode) as client:
        with pytest.raises(MCPError) as caught:
            await client.get_prompt(name, arguments)
    assert caught.value.code == -32602
    assert message in caught.value.message
