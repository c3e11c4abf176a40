"""The OAuth endpoints as people's apps reach them: the SDK's handlers behind the limits of
:mod:`convo_mcp.auth.limits`, plus what the RFCs ask that the handlers do not do themselves.

- ``/register`` (RFC 7591): a bounded body and a per-address rate (429 with ``Retry-After``);
  the provider bounds each field.
- ``/authorize``: a per-address rate on starting sign-ins (each may fetch a client's metadata
  document and leaves a pending record).
- ``/token``: a ``resource`` (RFC 8707) other than this server's is refused with
  ``invalid_target`` instead of being ignored.
- ``/revoke`` (RFC 7009): public clients (``token_endpoint_auth_method: none``, as every client
  named by a metadata document is) revoke with their ``client_id`` alone.
- the 401 of ``/mcp`` (RFC 6750 §3): no error code when no token was sent, and the scope to ask for.

These routes are listed before the SDK's, so they are the ones served.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from mcp.server.auth.handlers.authorize import AuthorizationHandler
from mcp.server.auth.handlers.register import RegistrationHandler
from mcp.server.auth.handlers.token import TokenHandler
from mcp.server.auth.middleware.client_auth import AuthenticationError, ClientAuthenticator
from mcp.server.auth.provider import AccessToken, RefreshToken
from mcp.server.auth.routes import cors_middleware
from mcp.server.auth.settings import ClientRegistrationOptions
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from convo_mcp.auth.limits import minutes
from convo_mcp.auth.provider import ConvoOAuthProvider
from convo_mcp.log import get_logger
from convo_mcp.peers import current_address

log = get_logger("convo_mcp.auth")
Handler = Callable[[Request], Awaitable[Response]]


def _too_many(what: str, wait: float) -> JSONResponse:
    return JSONResponse({"error": "too_many_requests",
                         "error_description": f"too many {what} from this address; try again in {minutes(wait)}"},
                        status_code=429, headers={"Retry-After": str(max(1, round(wait))), "Cache-Control": "no-store"})


def _oauth_error(status: int, error: str, description: str) -> JSONResponse:
    return JSONResponse({"error": error, "error_description": description}, status_code=status,
                        headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


def endpoint_routes(provider: ConvoOAuthProvider, registration: ClientRegistrationOptions) -> list[Route]:
    limits, throttle = provider.limits, provider.throttle
    authenticator = ClientAuthenticator(provider)
    sdk_register = RegistrationHandler(provider, options=registration).handle
    sdk_authorize = AuthorizationHandler(provider).handle
    sdk_token = TokenHandler(provider, authenticator).handle

    async def register(request: Request) -> Response:
        body = await request.body()
        if len(body) > limits.registration_bytes:
            return _oauth_error(413, "invalid_client_metadata",
                                f"a registration is at most {limits.registration_bytes} bytes")
        wait = await throttle.spend("register", current_address(), limits.registrations_per_address)
        if wait is not None:
            log.warning("auth.registration_throttled", address=current_address())
            return _too_many("registrations", wait)
        return await sdk_register(request)

    async def authorize(request: Request) -> Response:
        wait = await throttle.spend("authorize", current_address(), limits.authorizations_per_address)
        if wait is not None:
            return _too_many("sign-ins started", wait)
        return await sdk_authorize(request)

    async def token(request: Request) -> Response:
        form = await request.form()  # kept on the request: the SDK's handler reads the same form
        resource = form.get("resource")
        if isinstance(resource, str) and resource.rstrip("/") != provider.resource_url.rstrip("/"):
            return _oauth_error(400, "invalid_target", f"this server only grants access to {provider.resource_url}")
        answer: Response = await sdk_token(request)
        return answer

    async def revoke(request: Request) -> Response:
        try:
            client = await authenticator.authenticate_request(request)
        except AuthenticationError as exc:
            return _oauth_error(401, "unauthorized_client", exc.message)
        form = await request.form()
        given, hint = form.get("token"), form.get("token_type_hint")
        if not isinstance(given, str) or not given:
            return _oauth_error(400, "invalid_request", "token is required")
        loaders: list[Callable[[str], Awaitable[Any]]] = [provider.load_access_token,
                                                         partial(provider.load_refresh_token, client)]
        if hint == "refresh_token":
            loaders.reverse()
        for load in loaders:
            found: AccessToken | RefreshToken | None = await load(given)
            if found is not None:
                if found.client_id == client.client_id:  # another client's token is not this one's to end
                    await provider.revoke_token(found)  # type: ignore[arg-type]
                break
        return Response(status_code=200, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    post = ["POST", "OPTIONS"]
    return [
        Route("/register", cors_middleware(register, post), methods=post),
        Route("/authorize", authorize, methods=["GET", "POST"]),
        Route("/token", cors_middleware(token, post), methods=post),
        Route("/revoke", cors_middleware(revoke, post), methods=post),
    ]


class Challenge:
    """Rewrites the ``WWW-Authenticate`` of a 401 from the MCP endpoint as RFC 6750 §3 says: a
    request that sent no token gets no error code (only where to sign in and which scope), one
    that sent a bad token gets ``invalid_token``; both name the scope."""

    def __init__(self, app: ASGIApp, *, scope: str, resource_metadata: str) -> None:
        self.app, self.scope, self.resource_metadata = app, scope, resource_metadata

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sent_token = any(k == b"authorization" for k, _ in scope["headers"])

        async def rewrite(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 401:
                parts = [f'resource_metadata="{self.resource_metadata}"', f'scope="{self.scope}"']
                if sent_token:
                    parts = ['error="invalid_token"',
                             'error_description="The access token is missing, expired or revoked"', *parts]
                headers = [(k, v) for k, v in message["headers"] if k.lower() != b"www-authenticate"]
                headers.append((b"www-authenticate", f"Bearer {', '.join(parts)}".encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, rewrite)
