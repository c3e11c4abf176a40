"""The whole OAuth flow, as Claude or ChatGPT runs it, against a running server."""

from __future__ import annotations

import anyio
import pytest
from oauthkit import OAuthWorld, Person

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


async def test_sign_in_with_a_convo_key_then_call_tools(oauth_world: OAuthWorld) -> None:
    ana = Person(oauth_world, oauth_world.keys["ana"])
    with anyio.fail_after(60):
        async with ana.client() as client:
            listed = await client.call_tool("list_conversations", {"limit": 5})
            account = await client.call_tool("get_account", {})
    assert not listed.is_error and len(listed.structured_content["conversations"]) == 5
    assert account.structured_content["plan"] == "professional"
    assert "Connect Test host to Convo" in ana.pages[0]
    assert ana.storage.tokens is not None and ana.storage.tokens.expires_in == 3600
