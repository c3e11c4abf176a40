"""The sign-in page in a real headless browser (Debian's chromium driven by Playwright), through the
whole flow a person goes through: their app registers and sends them to the page, they type a
wrong key, read the message, type theirs, and the app gets its code, its token and a tool answer."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import anyio
import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.auth import OAuthClientProvider
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.auth import AuthorizationCodeResult, OAuthClientMetadata
from oauthkit import CALLBACK, Manual, MemoryTokens, OAuthWorld, pkce

from convo_mcp.account import Account

pytestmark = [pytest.mark.anyio, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "images"


async def test_a_person_signs_in_from_their_phone_and_their_app_connects(oauth_world: OAuthWorld,
                                                                          browser: Any) -> None:
    context = await browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                        color_scheme="light")
    page = await context.new_page()
    elsewhere: list[str] = []
    page.on("request", lambda r: None if r.url.startswith((oauth_world.root, CALLBACK)) else elsewhere.append(r.url))
    landed: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def callback_route(route: Any) -> None:  # the app's own callback: read it, answer anything
        if not landed.done():
            landed.set_result(route.request.url)
        await route.fulfill(status=200, content_type="text/html", body="<p>Back in the app</p>")

    await page.route(f"{CALLBACK}**", callback_route)
    seen: dict[str, Any] = {}

    async def open_in_browser(url: str) -> None:
        await page.goto(url)
        seen["title"] = await page.title()
        seen["heading"] = await page.get_by_role("heading", level=1).inner_text()
        key_field = page.get_by_label("Your Convo API key")
        seen["type"] = await key_field.get_attribute("type")
        seen["focused"] = await page.evaluate("document.activeElement && document.activeElement.id")
        seen["fits"] = await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        if os.environ.get("UPDATE_SCREENSHOTS"):
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            await page.screenshot(path=str(SCREENSHOTS / "signin.png"), full_page=True)
        await key_field.fill("convo_not_the_right_key")  # a wrong key first, sent with the keyboard
        await key_field.press("Enter")
        await page.wait_for_selector('[role="alert"]')
        seen["alert"] = await page.get_by_role("alert").inner_text()
        seen["after_error_value"] = await page.get_by_label("Your Convo API key").input_value()
        seen["error_source"] = await page.content()
        await page.get_by_label("Your Convo API key").fill(oauth_world.keys["ana"])
        await page.keyboard.press("Tab")  # to the button, then Enter: no mouse needed
        focused = await page.evaluate("document.activeElement.tagName + ':' + document.activeElement.textContent")
        seen["button"] = focused
        await page.keyboard.press("Enter")

    async def code() -> AuthorizationCodeResult:
        with anyio.fail_after(30):
            url = await landed
        query = parse_qs(urlparse(url).query)
        return AuthorizationCodeResult(code=query["code"][0], state=query["state"][0], iss=query["iss"][0])

    metadata = OAuthClientMetadata(client_name="Claude", redirect_uris=[CALLBACK],  # type: ignore[list-item]
                                   grant_types=["authorization_code", "refresh_token"], response_types=["code"])
    provider = OAuthClientProvider(oauth_world.mcp, metadata, MemoryTokens(), open_in_browser, code)
    http = httpx2.AsyncClient(auth=provider, timeout=30)
    with anyio.fail_after(90):
        async with Client(streamable_http_client(oauth_world.mcp, http_client=http)) as client:
            account = await client.call_tool("get_account", {})
    after = await page.content()
    await context.close()

    assert account.structured_content["plan"] == "professional"
    assert seen["title"].startswith("Connect Claude") and seen["heading"] == "Connect Claude to Convo"
    assert seen["type"] == "password" and seen["focused"] == "key" and seen["fits"] is True
    assert "did not accept this key" in seen["alert"] and seen["after_error_value"] == ""
    assert "convo_not_the_right_key" not in seen["error_source"]
    assert seen["button"].startswith("BUTTON:") and "Sign in" in seen["button"]
    assert "Back in the app" in after and oauth_world.keys["ana"] not in after
    assert elsewhere == []  # no script, font or image from anywhere else


async def test_the_page_follows_dark_mode_and_signing_out_ends_every_connection(oauth_world: OAuthWorld,
                                                                                browser: Any) -> None:
    ana = Account.of(oauth_world.app.settings.base_url, oauth_world.keys["ana"]).id
    accounts = oauth_world.oauth.accounts
    async with httpx.AsyncClient(base_url=oauth_world.root, timeout=30) as http:
        manual = Manual(oauth_world, http)
        grants = [await manual.grant(oauth_world.keys["ana"]) for _ in range(2)]
        assert (await manual.call(grants[0].access)).status_code == 200
        opened = accounts.is_open(ana)
        _, challenge = pkce()
        request = await manual.request_id(await manual.client("ChatGPT"), challenge)
    context = await browser.new_context(viewport={"width": 1000, "height": 760}, color_scheme="dark")
    page = await context.new_page()
    await page.goto(f"{oauth_world.root}/signin?request={request}")
    background = await page.evaluate("getComputedStyle(document.body).backgroundColor")
    if os.environ.get("UPDATE_SCREENSHOTS"):
        await page.screenshot(path=str(SCREENSHOTS / "signin-dark.png"), full_page=True)
    await page.goto(f"{oauth_world.root}/signout")  # a key nobody signed in with: nothing is said deleted
    await page.get_by_label("Your Convo API key").fill("convo_never_signed_in_here")
    await page.get_by_role("button", name="Sign out everywhere").click()
    unknown = await page.get_by_role("status").inner_text()
    assert "No connection on this server was made with that key" in unknown and "deleted" not in unknown
    await page.goto(f"{oauth_world.root}/signout")
    await page.get_by_label("Your Convo API key").fill(oauth_world.keys["ana"])
    await page.get_by_role("button", name="Sign out everywhere").click()
    status = await page.get_by_role("status").inner_text()
    await context.close()
    async with httpx.AsyncClient(base_url=oauth_world.root, timeout=30) as http:
        calls = [await Manual(oauth_world, http).call(g.access) for g in grants]
    assert background == "rgb(17, 19, 24)"  # the dark palette
    assert "Ended 2 connections" in status
    assert all(c.status_code == 401 for c in calls)
    assert opened and not accounts.is_open(ana)  # the key left memory too
