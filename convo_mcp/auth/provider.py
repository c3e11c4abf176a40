"""The authorization server: the SDK's OAuth endpoints call this provider.

The flow a host (Claude, ChatGPT, Cursor…) runs:

1. ``/register`` (RFC 7591): the host registers its callback; :meth:`register_client` keeps it.
2. ``/authorize`` with PKCE S256 (and ``resource``, RFC 8707): :meth:`authorize` remembers the
   request and sends the person to the sign-in page (:mod:`convo_mcp.auth.pages`).
3. The person pastes their Convo key; :meth:`sign_in` checks it against Convo, seals it with the
   server key and issues a one-time code bound to a new *grant* (one host's access to one account).
4. ``/token``: the code (checked against the PKCE verifier by the SDK) becomes a 1-hour access token
   and a refresh token. Each refresh spends the refresh token and issues a new pair; a spent refresh
   token or code presented again revokes its whole grant (it was stolen, or replayed).
5. ``/revoke``, or signing out on the page, deletes the grant, and with it the sealed key.

Only digests of codes and tokens are stored. The access token names its account (``subject``: a
hash of the key, never the key) and its grant; the key is unsealed once per account per process.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from typing import Literal
from urllib.parse import urlparse

from mcp.server.auth.provider import (
    AccessToken,
    AuthorizationCode,
    AuthorizationParams,
    AuthorizeError,
    OAuthAuthorizationServerProvider,
    RefreshToken,
    RegistrationError,
    TokenError,
    construct_redirect_uri,
)
from mcp.shared.auth import OAuthClientInformationFull, OAuthToken
from pydantic import BaseModel

from convo_mcp.account import loopback
from convo_mcp.auth.clients import (
    CIMD_TTL,
    MetadataFetcher,
    acceptable_redirect,
    fetch_client_metadata,
    longest_text,
    metadata_url,
)
from convo_mcp.auth.keys import KeyBox, digest, new_token
from convo_mcp.auth.limits import AuthLimits, Throttle, minutes
from convo_mcp.auth.signin import KeyCheck, KeyChecker, SignInError, remember
from convo_mcp.log import get_logger
from convo_mcp.peers import current_address
from convo_mcp.state.base import AuthStore, Record
from convo_mcp.types import Clock

log = get_logger("convo_mcp.auth")
SCOPE = "convo"  # one scope: what the person's key can do
PENDING_TTL = 900.0  # seconds to finish signing in
CODE_TTL = 300.0
EXPIRED = "This sign-in link has expired or was already used. Go back to the app and connect again."
USED_UP = ("This sign-in link is used up after several keys that did not work. Go back to the app and connect "
           "again to get a new one.")


class ConvoAccessToken(AccessToken):
    grant: str


class ConvoAuthCode(AuthorizationCode):
    grant: str


class ConvoRefreshToken(RefreshToken):
    grant: str


class ConvoOAuthProvider(OAuthAuthorizationServerProvider[ConvoAuthCode, ConvoRefreshToken, ConvoAccessToken]):
    def __init__(
        self,
        store: AuthStore,
        box: KeyBox,
        *,
        public_url: str,
        resource_url: str,
        check_key: KeyChecker,
        fetch_metadata: MetadataFetcher | None = None,
        access_ttl: int = 3600,
        refresh_ttl: int = 30 * 86_400,
        limits: AuthLimits | None = None,
        clock: Clock = time.time,
    ) -> None:
        self.store, self.box = store, box
        self.public_url, self.resource_url = public_url.rstrip("/"), resource_url
        self.local = loopback(urlparse(public_url).hostname)  # this server is reached on this machine only
        self.check_key = check_key
        self.fetch_metadata = fetch_metadata or fetch_client_metadata
        self.access_ttl, self.refresh_ttl = access_ttl, refresh_ttl
        self.clock = clock
        self.limits = limits or AuthLimits()
        self.throttle = Throttle(store, clock)
        self.on_account_gone: Callable[[str], Awaitable[None]] | None = None  # the last grant of an account ended

    # --- clients (RFC 7591) ------------------------------------------------------------------

    async def get_client(self, client_id: str) -> OAuthClientInformationFull | None:
        record = await self.store.get("client", client_id)
        if record is None and metadata_url(client_id, local=self.local):
            return await self._metadata_client(client_id)
        return OAuthClientInformationFull.model_validate(record) if record else None

    async def _metadata_client(self, url: str) -> OAuthClientInformationFull | None:
        """A client that names itself by the URL of its metadata document (Client ID Metadata
        Documents): fetched once an hour, trusted only when it names itself by that same URL."""
        cached = await self.store.get("cimd", url)
        if cached is not None:
            return OAuthClientInformationFull.model_validate(cached) if cached.get("client_id") else None
        try:
            doc = json.loads(await self.fetch_metadata(url))
            client = OAuthClientInformationFull.model_validate({
                **{k: doc[k] for k in ("client_name", "client_uri", "logo_uri", "grant_types", "response_types")
                   if k in doc},
                "client_id": doc.get("client_id"), "redirect_uris": doc.get("redirect_uris"),
                "scope": SCOPE,  # the one scope there is: what the person's key can do
                "token_endpoint_auth_method": "none",  # a public client: it holds no secret
            })
            if client.client_id != url or not client.redirect_uris or not all(
                    acceptable_redirect(str(u)) for u in client.redirect_uris):
                raise ValueError("the document does not name itself by its URL, or its callbacks are not acceptable")
        except Exception as exc:  # unreachable, too large, not JSON, not valid metadata
            log.warning("auth.client_metadata_refused", client=url[:200], error=type(exc).__name__)
            await self.store.put("cimd", url, {}, 60.0)  # do not fetch it again at once
            return None
        await self.store.put("cimd", url, client.model_dump(mode="json"), CIMD_TTL)
        return client

    async def register_client(self, client_info: OAuthClientInformationFull) -> None:
        """Keep a registration, bounded: a few callbacks, short fields; forgotten after a day unless
        a grant is made for it (then it lives as long as its grants can be refreshed)."""
        limits = self.limits
        uris = client_info.redirect_uris or []
        if len(uris) > limits.redirect_uris:
            raise RegistrationError("invalid_redirect_uri", f"at most {limits.redirect_uris} redirect URIs")
        bad = [str(u) for u in uris if not acceptable_redirect(str(u))]
        if bad or not uris:
            raise RegistrationError("invalid_redirect_uri",
                                    "redirect URIs must be https, http to a loopback address, or an app's own scheme")
        record = client_info.model_dump(mode="json")
        if len(client_info.client_name or "") > limits.client_name_chars:
            raise RegistrationError("invalid_client_metadata",
                                    f"client_name is longer than {limits.client_name_chars} characters")
        if (long := longest_text(record)) > limits.field_chars:
            raise RegistrationError("invalid_client_metadata",
                                    f"a field is {long} characters long; at most {limits.field_chars}")
        await self.store.put("client", client_info.client_id or "", record, limits.unused_client_ttl)
        log.info("auth.client_registered", client=(client_info.client_name or "?")[:80])

    async def _keep_client(self, client_id: str) -> None:
        """A client with a grant lives as long as the grant can be refreshed."""
        record = await self.store.get("client", client_id)
        if record is not None:
            await self.store.put("client", client_id, record, self.refresh_ttl)

    async def delete_client(self, client_id: str) -> None:
        """Forget a client: its next token request gets 401 invalid_client and it registers again."""
        await self.store.delete("client", client_id)

    # --- authorization -------------------------------------------------------------------------

    async def authorize(self, client: OAuthClientInformationFull, params: AuthorizationParams) -> str:
        if params.resource is not None and params.resource.rstrip("/") != self.resource_url.rstrip("/"):
            raise AuthorizeError("invalid_target", f"this server only grants access to {self.resource_url}")
        request = new_token()
        key = digest(request)
        await self.store.put("pending", key, {
            "client_id": client.client_id, "params": params.model_dump(mode="json"),
        }, PENDING_TTL)
        # open sign-ins are bounded per address and in all: the oldest make room
        room = [*await self.store.admit(f"pending:{current_address()}", key, self.limits.open_signins_per_address,
                                        PENDING_TTL),
                *await self.store.admit("pending", key, self.limits.open_signins, PENDING_TTL)]
        for old in room:
            await self.store.delete("pending", old)
        return f"{self.public_url}/signin?request={request}"

    async def pending(self, request: str) -> tuple[OAuthClientInformationFull, AuthorizationParams] | None:
        """The sign-in a page link belongs to, while it is still open."""
        return await self._pending(await self.store.get("pending", digest(request)))

    async def sign_in(self, request: str, key: str) -> str:
        """Check the key with Convo; on success spend the request and issue a code for a new grant.
        Returns where to send the browser: the app's callback with the code."""
        found = await self.pending(request)
        if found is None:
            raise SignInError(EXPIRED, ended=True)
        checked = await self._check_key_limited(request, key)  # raises SignInError
        if await self.store.take("pending", digest(request)) is None:  # one code per sign-in, even if sent twice
            raise SignInError(EXPIRED, ended=True)
        client, params = found
        code, grant = new_token(), new_token()
        await self.store.put("code", digest(code), {
            "client_id": client.client_id, "scopes": params.scopes or [SCOPE],
            "expires_at": self.clock() + CODE_TTL, "code_challenge": params.code_challenge,
            "redirect_uri": str(params.redirect_uri),
            "redirect_uri_provided_explicitly": params.redirect_uri_provided_explicitly,
            "resource": self.resource_url, "subject": checked.account, "grant": grant,
            "sealed_key": self.box.seal(key), "owner": checked.owner,
        }, CODE_TTL)
        log.info("auth.signed_in", account=checked.account, owner=checked.owner, client=client.client_name or "?",
                 tier=checked.tier)
        # iss (RFC 9207) lets the app check the code came from the server it asked
        return construct_redirect_uri(str(params.redirect_uri), code=code, state=params.state, iss=self.public_url)

    async def _check_key_limited(self, request: str, key: str) -> KeyCheck:
        """Check a key with Convo, at most ``tries_per_signin`` times per sign-in link and
        ``key_checks_per_address`` times an hour per address: past either, no request goes to Convo."""
        limits, address = self.limits, current_address()
        tries = await self.store.count(f"tries:{digest(request)}", PENDING_TTL)
        if tries > limits.tries_per_signin:
            await self.store.delete("pending", digest(request))
            raise SignInError(USED_UP, ended=True)
        wait = await self.throttle.spend("key_check", address, limits.key_checks_per_address)
        if wait is not None:
            log.warning("auth.signin_throttled", address=address, retry_after=round(wait))
            raise SignInError(f"Too many keys were tried from your network in the last hour. Try again in "
                              f"{minutes(wait)}.", retry_after=wait)
        try:
            checked = await self.check_key(key)
        except SignInError as exc:
            if tries >= limits.tries_per_signin:  # that was the last try this link had
                await self.store.delete("pending", digest(request))
                raise SignInError(f"{exc} {USED_UP}", ended=True) from None
            raise
        await self.throttle.give_back("key_check", address)  # a key that works is not a guess
        return checked

    async def _pending(self, record: Record | None) -> tuple[OAuthClientInformationFull, AuthorizationParams] | None:
        client = await self.get_client(record["client_id"]) if record else None
        if record is None or client is None:
            return None
        return client, AuthorizationParams.model_validate(record["params"])

    # --- codes and tokens ------------------------------------------------------------------------

    async def load_authorization_code(self, client: OAuthClientInformationFull,
                                      authorization_code: str) -> ConvoAuthCode | None:
        record = await self.store.get("code", digest(authorization_code))
        if record is None:
            await self._replayed("code", digest(authorization_code))
            return None
        return ConvoAuthCode(code=authorization_code, **_fields(record, ConvoAuthCode))

    async def exchange_authorization_code(self, client: OAuthClientInformationFull,
                                          authorization_code: ConvoAuthCode) -> OAuthToken:
        key = digest(authorization_code.code)
        record = await self.store.take("code", key)
        if record is None:
            raise TokenError("invalid_grant", "authorization code already used or expired")
        await self.store.put("spent_code", key, {"grant": record["grant"]}, CODE_TTL * 2)
        grant = record["grant"]
        await self.store.put("grant", grant, {
            "client_id": client.client_id, "account": record["subject"], "sealed_key": record["sealed_key"],
            "scopes": record["scopes"], "resource": record["resource"], "created": self.clock(),
            "owner": record.get("owner"),
        }, self.refresh_ttl)
        await self.store.join(f"account:{record['subject']}", grant, self.refresh_ttl)
        await remember(self.store, record.get("owner"), record["subject"])  # forgotten until signed in again
        await self._keep_client(client.client_id or "")
        return await self._issue(grant, client.client_id or "", record["scopes"], record["resource"], record["subject"])

    async def _issue(self, grant: str, client_id: str, scopes: list[str], resource: str, account: str) -> OAuthToken:
        access, refresh = new_token(), new_token()
        now = self.clock()
        common = {"grant": grant, "client_id": client_id, "scopes": scopes, "resource": resource, "subject": account}
        await self.store.put("access", digest(access), {**common, "expires_at": int(now + self.access_ttl)},
                             self.access_ttl)
        await self.store.put("refresh", digest(refresh), {**common, "expires_at": int(now + self.refresh_ttl)},
                             self.refresh_ttl)
        await self.store.join(f"grant:{grant}", f"access:{digest(access)}", self.access_ttl)
        await self.store.join(f"grant:{grant}", f"refresh:{digest(refresh)}", self.refresh_ttl)
        return OAuthToken(access_token=access, token_type="Bearer", expires_in=self.access_ttl,  # noqa: S106
                          refresh_token=refresh, scope=" ".join(scopes))

    async def load_refresh_token(self, client: OAuthClientInformationFull,
                                 refresh_token: str) -> ConvoRefreshToken | None:
        record = await self.store.get("refresh", digest(refresh_token))
        if record is None:
            await self._replayed("refresh", digest(refresh_token))
            return None
        if record["client_id"] != client.client_id:
            return None
        return ConvoRefreshToken(token=refresh_token, **_fields(record, ConvoRefreshToken))

    async def exchange_refresh_token(self, client: OAuthClientInformationFull, refresh_token: ConvoRefreshToken,
                                     scopes: list[str]) -> OAuthToken:
        key = digest(refresh_token.token)
        record = await self.store.take("refresh", key)
        if record is None:  # spent between load and exchange: a concurrent second use
            await self.revoke_grant(refresh_token.grant)
            raise TokenError("invalid_grant", "refresh token already used")
        grant_id = record["grant"]
        grant = await self.store.get("grant", grant_id)
        if grant is None:
            raise TokenError("invalid_grant", "this access was revoked; sign in again")
        resealed = self.box.reseal(grant["sealed_key"])  # under the newest server key, so old keys can retire
        if resealed is None:
            await self.end_unreadable(grant_id)
            raise TokenError("invalid_grant", "this server can no longer open this sign-in; sign in again")
        grant["sealed_key"] = resealed
        await self.store.put("spent_refresh", key, {"grant": grant_id}, self.refresh_ttl)
        await self._end_tokens(grant_id)  # the old pair ends with the new one
        await self.store.put("grant", grant_id, grant, self.refresh_ttl)
        await self.store.join(f"account:{grant['account']}", grant_id, self.refresh_ttl)
        await self._keep_client(client.client_id or "")
        return await self._issue(grant_id, client.client_id or "", scopes or record["scopes"], record["resource"],
                                 record["subject"])

    async def load_access_token(self, token: str) -> ConvoAccessToken | None:
        record = await self.store.get("access", digest(token))
        if record is None or record["expires_at"] < self.clock():
            return None
        return ConvoAccessToken(token=token, **_fields(record, ConvoAccessToken))

    async def revoke_token(self, token: ConvoAccessToken | ConvoRefreshToken) -> None:
        await self.revoke_grant(token.grant)

    # --- grants ----------------------------------------------------------------------------------

    async def key_of(self, grant: str) -> str | None:
        """The Convo key of a live grant, unsealed; a grant no server key opens is ended (logged)."""
        found = await self.holder_of(grant)
        return found[0] if found else None

    async def holder_of(self, grant: str) -> tuple[str, str | None] | None:
        """The Convo key of a live grant, unsealed, and the id of the person it belongs to (None for
        grants made before it was kept); a grant no server key opens is ended (logged)."""
        record = await self.store.get("grant", grant)
        if record is None:
            return None
        key = self.box.open(record["sealed_key"])
        if key is None:
            await self.end_unreadable(grant)
            return None
        owner = record.get("owner")
        return key, owner if isinstance(owner, str) else None

    async def end_unreadable(self, grant: str) -> None:
        """A grant sealed under a server key this server no longer has: it can never work again, so
        it ends (its tokens with it) rather than being refreshed into tokens that get 401."""
        log.warning("auth.grant_unreadable", grant=grant[:8],
                    hint="its Convo key was sealed with a server key no longer in CONVO_MCP_SECRET_KEY; "
                         "the person signs in again")
        await self.revoke_grant(grant)

    async def _replayed(self, kind: Literal["code", "refresh"], key: str) -> None:
        """A code or refresh token that was already spent came back: it was copied, so whoever holds
        it must not keep what it bought. The whole grant ends."""
        spent = await self.store.get(f"spent_{kind}", key)
        if spent is not None:
            log.warning("auth.replayed", kind=kind, grant=spent["grant"][:8])
            await self.revoke_grant(spent["grant"])

    async def _end_tokens(self, grant: str) -> None:
        for member in await self.store.members(f"grant:{grant}"):  # "access:<digest>", "refresh:<digest>"
            kind, _, token_key = member.partition(":")
            await self.store.delete(kind, token_key)
        await self.store.leave(f"grant:{grant}")

    async def revoke_grant(self, grant: str) -> None:
        """End a grant: its tokens stop working at once and its sealed key is deleted."""
        await self._end_tokens(grant)
        record = await self.store.take("grant", grant)
        if record is None:
            return
        account = record["account"]
        await self.store.leave(f"account:{account}", grant)
        log.info("auth.grant_revoked", account=account)
        if not await self.live_grants(account) and self.on_account_gone is not None:
            await self.on_account_gone(account)

    async def live_grants(self, account: str) -> list[str]:
        return [g for g in await self.store.members(f"account:{account}") if await self.store.get("grant", g)]

    async def sign_out(self, account: str) -> int:
        """End every grant of an account (the "sign out everywhere" page). Returns how many."""
        grants = await self.live_grants(account)
        for grant in grants:
            await self.revoke_grant(grant)
        return len(grants)


def _fields(record: Record, model: type[BaseModel]) -> Record:
    return {k: v for k, v in record.items() if k in model.model_fields}


def resource_of(public_url: str) -> str:
    return f"{public_url.rstrip('/')}/mcp"


