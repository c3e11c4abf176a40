"""Where a call's service comes from, named below both sides: the App and OAuth mode's accounts
provide it; the server, its tools and resources ask it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from convo_mcp.service import ConvoService


class ServiceSource(Protocol):
    """Where a call's service comes from: the one configured account (:class:`~convo_mcp.app.App`),
    or in OAuth mode the account signed in to the request being served
    (:class:`~convo_mcp.auth.accounts.AccountApps`). Handed to the server when it is built."""

    def current_service(self) -> ConvoService: ...

    def current_account(self) -> str | None:
        """The account id of the request being served (None: the server has one account)."""
        ...
