"""Arguments refused by a tool's schema, in the project's own form.

The SDK validates tool arguments with pydantic before our code runs; its text ("1 validation error
for …, see errors.pydantic.dev") names no next step. :func:`argument_error` turns the first failure
into an ``invalid_argument`` error: which argument, what is allowed, what to do.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from convo_mcp.errors import InvalidArgumentError

_SPLIT = {"question": " or split it into two questions"}


def _describe(name: str, err: Any) -> tuple[str, str]:
    kind, ctx, given = err.get("type", ""), err.get("ctx") or {}, err.get("input")
    if kind == "missing":
        return f"{name} is required.", f"Pass {name}."
    if kind == "string_too_long":
        size = len(given) if isinstance(given, str) else "?"
        return (f"{name} is {size} characters; the limit is {ctx.get('max_length')}.",
                f"Shorten it{_SPLIT.get(name, '')}.")
    if kind == "string_too_short":
        return f"{name} must not be empty.", f"Give a {name}."
    if kind in ("too_long", "too_short"):
        return (f"{name} must have {ctx.get('min_length', 0)}–{ctx.get('max_length', 'any')} items.",
                "Pass fewer items." if kind == "too_long" else "Pass at least one item.")
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = next(iter(ctx.values()), "?")
        words = {"greater_than_equal": "at least", "greater_than": "more than",
                 "less_than_equal": "at most", "less_than": "less than"}[kind]
        return f"{name} must be {words} {bound}.", "Use a value in that range."
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"{name} must be a whole number.", f"Pass {name} as a number like 10."
    if kind in ("bool_parsing", "bool_type"):
        return f"{name} must be true or false.", f"Pass {name}: true or false."
    if kind == "literal_error":
        return f"{name} must be one of {ctx.get('expected', 'the listed values')}.", "Use one of the listed values."
    if kind == "unexpected_keyword_argument" or kind == "extra_forbidden":
        return f"{name} is not an argument of this tool.", "Check the tool's input schema for the argument names."
    message = str(err.get("msg", "is not valid")).removeprefix("Value error, ")
    return f"{name}: {message}.".replace("..", "."), f"Fix {name} and call again."


def argument_error(exc: ValidationError) -> InvalidArgumentError:
    """The first failure of ``exc`` as an :class:`InvalidArgumentError` (never the rejected value)."""
    errors: list[Any] = list(exc.errors())
    first: dict[str, Any] = dict(errors[0]) if errors else {}
    loc = [str(part) for part in first.get("loc", ()) if not isinstance(part, int)]
    name = loc[0] if loc else "arguments"
    message, hint = _describe(name, first)
    more = f" ({len(errors) - 1} more problem{'s' if len(errors) > 2 else ''} with the arguments.)" \
        if len(errors) > 1 else ""
    return InvalidArgumentError(message + more, hint=hint, argument=name)
