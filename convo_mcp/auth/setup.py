"""OAuth mode put together: the provider, its store, the accounts, the sign-in pages and the routes,
from the server's settings (:func:`build_oauth`)."""


from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from mcp.server.auth.settings import AuthSettings, ClientRegistrationOptions, RevocationOptions
from starlette.routing import Route

from convo_mcp.account import Account, loopback
from convo_mcp.auth.provider import SCOPE, ConvoAccessToken, ConvoOAuthProvider, resource_of
from convo_mcp.auth.signin import key_checker
from convo_mcp.errors import ConfigError

if TYPE_CHECKING:
    from convo_mcp.app import App
    from convo_mcp.auth.accounts import AccountApps
    from convo_mcp.auth.walkers import GrantWalkers
    from convo_mcp.state.base import AuthStore


class AuthConfigError(ConfigError):
    """OAuth mode's settings cannot work (the public URL, the secret key, the store)."""


def check_public_url(url: str) -> str:
    """https, or http to a loopback address (local use and tests); no query or fragment."""
    parsed = urlparse(url)
    if parsed.scheme not in ("https", "http") or not parsed.netloc or parsed.query or parsed.fragment:
        raise AuthConfigError("--public-url must be the https address people use, like https://mcp.example.com "
                              f"(got {url!r}).")
    if parsed.scheme == "http" and not loopback(parsed.hostname):
        raise AuthConfigError("--public-url must be https (OAuth sends codes and tokens through it); plain http is "
                              "only for a loopback address such as http://127.0.0.1:8000.")
    return url.rstrip("/")


@dataclass
class OAuthSetup:
    provider: ConvoOAuthProvider
    settings: AuthSettings
    routes: list[Route]
    store: AuthStore
    verifier: AccountTokenVerifier
    accounts: AccountApps  # the server's ServiceSource: the signed-in account of each request
    walkers: GrantWalkers | None = None  # with a database: background indexing for accounts open nowhere


class AccountTokenVerifier:
    """Checks a bearer token and opens its account's App on the person's first request."""

    def __init__(self, provider: ConvoOAuthProvider, accounts: AccountApps) -> None:
        self.provider, self.accounts = provider, accounts

    async def verify_token(self, token: str) -> ConvoAccessToken | None:
        found = await self.provider.load_access_token(token)
        if found is None or found.subject is None:
            return None
        if not self.accounts.is_open(found.subject):
            holder = await self.provider.holder_of(found.grant)
            if holder is None:  # revoked meanwhile, or sealed with a retired server key
                return None
            key, owner = holder
            await self.accounts.open(found.subject, key, owner=owner)
        return found


def build_oauth(app: App, public_url: str, *, account_limit: int = 500) -> OAuthSetup:
    """OAuth mode over ``app`` (the server's settings, Convo host and clock): the provider, its pages,
    and the signed-in accounts, which the server takes as its source of services
    (``build_server(app, source=oauth.accounts)``)."""
    from convo_mcp.auth.accounts import AccountApps
    from convo_mcp.auth.endpoints import endpoint_routes
    from convo_mcp.auth.keys import KeyBox
    from convo_mcp.auth.pages import routes

    settings = app.settings
    secret = settings.secret_key.get_secret_value() if settings.secret_key else None
    if secret is None and app.is_demo:  # demo keys only: a key for this process, sign-ins end with it
        from cryptography.fernet import Fernet

        secret = Fernet.generate_key().decode()
    box = KeyBox(secret)
    public = check_public_url(public_url)
    store = app.engine.auth_store(settings, clock=app.clock)  # a file, Redis or the database: any replica
    resource = resource_of(public)
    provider = ConvoOAuthProvider(store, box, public_url=public, resource_url=resource,
                                  check_key=key_checker(app),
                                  access_ttl=settings.access_token_ttl, refresh_ttl=settings.refresh_token_ttl,
                                  clock=app.clock)
    accounts = AccountApps(app, limit=account_limit)
    provider.on_account_gone = accounts.close
    auth = AuthSettings(
        issuer_url=public,
        resource_server_url=resource,
        client_registration_options=ClientRegistrationOptions(enabled=True, valid_scopes=[SCOPE],
                                                              default_scopes=[SCOPE]),
        revocation_options=RevocationOptions(enabled=True),
        required_scopes=[SCOPE],
        validate_token_resource=True,
    )
    assert auth.client_registration_options is not None
    pages = [*routes(provider, lambda key: Account.of(settings.base_url, key).id), metadata_route(auth),
             root_resource_metadata(auth), *endpoint_routes(provider, auth.client_registration_options)]
    walkers = None
    if app.engine.turns:  # a database: forgotten accounts closed on every replica, idle ones indexed too
        from convo_mcp.auth.walkers import GrantWalkers

        walkers = GrantWalkers(provider, store, accounts, app.engine, clock=app.clock, sleep=app.sleep,
                               walk=settings.index_background and settings.search_index)
    return OAuthSetup(provider, auth, pages, store, AccountTokenVerifier(provider, accounts), accounts, walkers)


def root_resource_metadata(auth: AuthSettings) -> Route:
    """The protected-resource metadata also at the root well-known path: RFC 9728 puts it under the
    resource's path (``/.well-known/oauth-protected-resource/mcp``, which the SDK serves and the 401
    names), but some clients look only at the root."""
    from mcp.server.auth.routes import create_protected_resource_routes

    assert auth.resource_server_url is not None
    route = create_protected_resource_routes(auth.resource_server_url, [auth.issuer_url], auth.required_scopes)[0]
    return Route("/.well-known/oauth-protected-resource", endpoint=route.endpoint, methods=["GET", "OPTIONS"])


def metadata_route(auth: AuthSettings) -> Route:
    """The SDK's authorization-server metadata, plus that clients may name themselves by the URL of
    their metadata document (Client ID Metadata Documents) instead of registering, and that public
    clients authenticate with ``none``."""
    from mcp.server.auth.handlers.metadata import MetadataHandler
    from mcp.server.auth.routes import build_metadata, cors_middleware

    metadata = build_metadata(auth.issuer_url, auth.service_documentation_url,
                              auth.client_registration_options or ClientRegistrationOptions(),
                              auth.revocation_options or RevocationOptions())
    metadata.client_id_metadata_document_supported = True
    # public clients (no secret: every client named by a metadata document) use the token and
    # revocation endpoints with their client_id alone
    metadata.token_endpoint_auth_methods_supported = ["client_secret_post", "client_secret_basic", "none"]
    if metadata.revocation_endpoint is not None:
        metadata.revocation_endpoint_auth_methods_supported = ["client_secret_post", "client_secret_basic", "none"]
    handler = cors_middleware(MetadataHandler(metadata).handle, ["GET", "OPTIONS"])
    return Route("/.well-known/oauth-authorization-server", endpoint=handler, methods=["GET", "OPTIONS"])
