"""Workflow prompts: one Markdown file per prompt, with a small front matter parsed here.

The file format (front matter keys, ``{argument}`` placeholders, ``{{``/``}}`` escapes) is described in
``prompts/README.md``. Values are inserted literally in one pass and never re-formatted; an optional
argument left unset or empty takes its default, or ``(not given)`` when it has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from mcp.server.mcpserver.prompts import Prompt
from mcp.server.mcpserver.prompts.base import Message, PromptArgument, UserMessage
from mcp.shared.exceptions import MCPError
from mcp_types import INVALID_PARAMS

from convo_mcp.errors import RejectedInput

if TYPE_CHECKING:
    from mcp.server import MCPServer
    from mcp.server.mcpserver.context import Context

NOT_GIVEN = "(not given)"
_NAME = re.compile(r"^[a-z0-9-]+$")
_ARG_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TOKEN = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")
_KEYS = {"name", "title", "description", "arguments"}
_ARG_KEYS = {"name", "description", "required", "default", "choices"}


class PromptArgumentError(RejectedInput):
    """A prompt was asked for with missing, unknown or out-of-range arguments."""


@dataclass(frozen=True)
class PromptArg:
    name: str
    description: str
    required: bool
    default: str | None = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class PromptSpec:
    name: str
    title: str
    description: str
    arguments: tuple[PromptArg, ...]
    template: str

    def argument(self, name: str) -> PromptArg | None:
        return next((a for a in self.arguments if a.name == name), None)

    def render(self, values: Mapping[str, str]) -> str:
        """Fill the template; raise `PromptArgumentError` for missing, unknown or invalid values."""
        unknown = sorted(set(values) - {a.name for a in self.arguments})
        if unknown:
            known = ", ".join(a.name for a in self.arguments) or "none"
            raise PromptArgumentError(f"Prompt '{self.name}' has no argument(s) {', '.join(unknown)} (known: {known})")
        filled: dict[str, str] = {}
        missing: list[str] = []
        for arg in self.arguments:
            value = values.get(arg.name)
            value = value.strip() if isinstance(value, str) else None
            if not value:
                if arg.required:
                    missing.append(arg.name)
                    continue
                value = arg.default if arg.default is not None else NOT_GIVEN
            elif arg.choices and value.lower() not in {c.lower() for c in arg.choices}:
                raise PromptArgumentError(
                    f"Prompt '{self.name}': {arg.name}={value!r} is not one of {', '.join(arg.choices)}"
                )
            elif arg.choices:
                value = next(c for c in arg.choices if c.lower() == value.lower())
            filled[arg.name] = value
        if missing:
            raise PromptArgumentError(f"Prompt '{self.name}' is missing required argument(s): {', '.join(missing)}")

        def substitute(match: re.Match[str]) -> str:
            token = match.group(0)
            if token in ("{{", "}}"):
                return token[0]
            return filled.get(match.group(1), token)

        return _TOKEN.sub(substitute, self.template)


def prompts_dir() -> Traversable:
    """The prompts folder: ``convo_mcp/_prompts`` in a wheel, else the repository's ``prompts/``."""
    packaged = files("convo_mcp") / "_prompts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "prompts"


def _scalar(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    return raw


def _front_matter(text: str) -> tuple[dict[str, str], list[dict[str, str]], str]:
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        raise ValueError("must start with a '---' front matter line")
    try:
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == "---")
    except StopIteration:
        raise ValueError("front matter is not closed by a '---' line") from None
    head: dict[str, str] = {}
    declared: list[dict[str, str]] = []
    args: list[dict[str, str]] | None = None
    for number, line in enumerate(lines[1:end], 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = line.lstrip()
        if line[0].isspace() or item.startswith("- "):
            if args is None:
                raise ValueError(f"line {number}: indented line outside 'arguments:'")
            if item.startswith("- "):
                args.append({})
                item = item[2:]
            elif not args:
                raise ValueError(f"line {number}: argument fields must follow a '- name: ...' item")
            target = args[-1]
        else:
            args = None
            target = head
        key, sep, value = item.partition(":")
        key = key.strip()
        if not sep or not key:
            raise ValueError(f"line {number}: expected 'key: value', got {line.strip()!r}")
        if key in target:
            raise ValueError(f"line {number}: duplicate key {key!r}")
        target[key] = _scalar(value)
        if target is head and key == "arguments":
            if target[key] not in ("", "[]"):
                raise ValueError(f"line {number}: 'arguments:' takes an indented list of items (or [])")
            args = declared if not target[key] else None
    body = "\n".join(lines[end + 1 :]).strip("\n") + "\n"
    return head, declared, body


def _parse_arg(fields: dict[str, str]) -> PromptArg:
    extra = set(fields) - _ARG_KEYS
    if extra:
        raise ValueError(f"argument has unknown field(s): {', '.join(sorted(extra))}")
    name = fields.get("name", "")
    if not _ARG_NAME.match(name):
        raise ValueError(f"argument name {name!r} must be an identifier")
    if not fields.get("description"):
        raise ValueError(f"argument {name!r} needs a description")
    required = fields.get("required", "false").lower()
    if required not in ("true", "false"):
        raise ValueError(f"argument {name!r}: required must be true or false")
    choices: tuple[str, ...] = ()
    if "choices" in fields:
        raw = fields["choices"]
        if not (raw.startswith("[") and raw.endswith("]")):
            raise ValueError(f"argument {name!r}: choices must look like [a, b, c]")
        choices = tuple(_scalar(c) for c in raw[1:-1].split(",") if c.strip())
        if not choices:
            raise ValueError(f"argument {name!r}: choices is empty")
    default = fields.get("default") or None
    if default is not None and required == "true":
        raise ValueError(f"argument {name!r} is required, so it cannot have a default")
    if default is not None and choices and default not in choices:
        raise ValueError(f"argument {name!r}: default {default!r} is not one of its choices")
    return PromptArg(name, fields["description"], required == "true", default, choices)


def parse_prompt(text: str) -> PromptSpec:
    """Parse one prompt file's text; raise `ValueError` describing what is wrong."""
    head, raw_args, body = _front_matter(text)
    for key in ("name", "title", "description"):
        if not head.get(key):
            raise ValueError(f"front matter needs a non-empty {key!r}")
    extra = set(head) - _KEYS
    if extra:
        raise ValueError(f"unknown front matter key(s): {', '.join(sorted(extra))}")
    if not _NAME.match(head["name"]):
        raise ValueError(f"prompt name {head['name']!r} must match {_NAME.pattern}")
    arguments = tuple(_parse_arg(fields) for fields in raw_args)
    names = [a.name for a in arguments]
    if len(set(names)) != len(names):
        raise ValueError("duplicate argument names")
    used = {m.group(1) for m in _TOKEN.finditer(body) if m.group(1)}
    if undeclared := sorted(used - set(names)):
        raise ValueError(f"body uses undeclared placeholder(s) {', '.join(undeclared)} (write {{{{ }}}} for braces)")
    if unused := [n for n in names if n not in used]:
        raise ValueError(f"argument(s) never used in the body: {', '.join(unused)}")
    if not body.strip():
        raise ValueError("body is empty")
    return PromptSpec(head["name"], head["title"], head["description"], arguments, body)


def load_prompts(directory: Traversable | str | None = None) -> list[PromptSpec]:
    """Parse every ``*.md`` prompt in `directory` (default `prompts_dir()`), sorted by name."""
    folder = prompts_dir() if directory is None else Path(directory) if isinstance(directory, str) else directory
    specs: dict[str, tuple[str, PromptSpec]] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".md") or entry.name.lower() == "readme.md" or not entry.is_file():
            continue
        try:
            spec = parse_prompt(entry.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise ValueError(f"prompt file {entry.name}: {exc}") from exc
        if spec.name in specs:
            raise ValueError(f"prompt file {entry.name}: name {spec.name!r} is also used by {specs[spec.name][0]}")
        specs[spec.name] = (entry.name, spec)
    return [specs[name][1] for name in sorted(specs)]


class _TemplatePrompt(Prompt):
    """A prompt whose argument errors reach clients as JSON-RPC -32602 in every protocol era."""

    async def render(self, arguments: dict[str, Any] | None, context: Context[Any, Any]) -> list[Message]:
        # The base class reports missing arguments as a plain ValueError (code 0 or -32603), so validate here.
        return cast(list[Message], self.fn(**(arguments or {})))


def _render_fn(spec: PromptSpec) -> Any:
    def render(**values: Any) -> list[Message]:
        try:
            text = spec.render({k: v if isinstance(v, str) else str(v) for k, v in values.items()})
        except PromptArgumentError as exc:
            raise MCPError(INVALID_PARAMS, str(exc)) from exc
        return [UserMessage(text)]

    return render


def register_prompts(server: MCPServer, specs: Iterable[PromptSpec]) -> None:
    """Add each spec to `server` as an MCP prompt."""
    for spec in specs:
        arguments = [PromptArgument(name=a.name, description=_describe(a), required=a.required) for a in spec.arguments]
        server.add_prompt(
            _TemplatePrompt(
                name=spec.name, title=spec.title, description=spec.description, arguments=arguments, fn=_render_fn(spec)
            )
        )


def _describe(arg: PromptArg) -> str:
    notes = [f"one of: {', '.join(arg.choices)}"] if arg.choices else []
    if arg.default is not None:
        notes.append(f"default: {arg.default}")
    return f"{arg.description} ({'; '.join(notes)})" if notes else arg.description


def complete_prompt_argument(
    specs: Iterable[PromptSpec], prompt_name: str, argument_name: str, prefix: str
) -> list[str]:
    """Choices of a prompt argument starting with `prefix` (case-insensitive); [] if it has none."""
    spec = next((s for s in specs if s.name == prompt_name), None)
    arg = spec.argument(argument_name) if spec else None
    if arg is None:
        return []
    return [c for c in arg.choices if c.lower().startswith(prefix.lower())]
