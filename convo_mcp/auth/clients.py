"""Who may be a client: the callbacks a registration may name, and clients that name themselves by the
URL of their metadata document (Client ID Metadata Documents), fetched without letting a client_id
make this server probe the network it runs in."""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable
from urllib.parse import urlparse

from convo_mcp.account import loopback

MetadataFetcher = Callable[[str], Awaitable[bytes]]  # a Client ID Metadata Document's body, or raises
CIMD_TTL = 3600.0  # seconds a fetched client metadata document is trusted
CIMD_MAX_BYTES = 5 * 1024
CIMD_DEADLINE = 5.0  # seconds for the whole fetch of a client metadata document


def acceptable_redirect(uri: str) -> bool:
    """https anywhere; http only to this machine (desktop apps, tests); an app's own scheme
    (``cursor://…``, RFC 8252 §7.1). Never a plain-http remote callback."""
    parsed = urlparse(uri)
    if parsed.scheme == "https":
        return bool(parsed.netloc)
    if parsed.scheme == "http":
        return loopback(parsed.hostname)
    return bool(parsed.scheme) and parsed.scheme not in ("javascript", "data", "file", "vbscript")


def longest_text(value: object) -> int:
    """The longest string anywhere in a JSON value."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return max((longest_text(v) for v in value), default=0)
    return 0


def metadata_url(client_id: str, *, local: bool = False) -> bool:
    """Whether a client_id is a Client ID Metadata Document URL: https with a path (http to a
    loopback address too, when this server itself is local)."""
    parsed = urlparse(client_id)
    if parsed.fragment or parsed.username or parsed.path in ("", "/"):
        return False
    return parsed.scheme == "https" or (local and parsed.scheme == "http" and loopback(parsed.hostname))


Resolver = Callable[[str, int], Awaitable[list[str]]]  # host, port → addresses


async def _resolve(host: str, port: int) -> list[str]:
    import anyio

    infos = await anyio.getaddrinfo(host, port, proto=6)  # TCP
    return [str(info[4][0]) for info in infos]


def _inside(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    return ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast \
        or ip.is_unspecified


async def fetch_client_metadata(url: str, *, deadline: float = CIMD_DEADLINE, resolve: Resolver = _resolve,
                                allow_private: bool = False) -> bytes:
    """GET a client metadata document: one deadline for the whole fetch (resolving, connecting,
    every byte: a server trickling bytes gains nothing), no redirects, at most 5 KB, and never from
    an address inside the network this server runs in (a client_id must not make the server probe
    it). The name is resolved once and the connection made to the address that was checked (with
    the name kept for TLS and the Host header), so a second answer of the name cannot point it
    inside (DNS rebinding)."""
    import anyio
    import httpx

    parsed = urlparse(url)
    host = parsed.hostname or ""
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    with anyio.fail_after(deadline):
        addresses = await resolve(host, port)
        if not addresses:
            raise OSError(f"{host} does not resolve")
        if not allow_private and any(_inside(a) for a in addresses):
            raise PermissionError(f"{host} resolves to an address inside this network")
        address = addresses[0]
        pinned = f"[{address}]" if ":" in address else address
        target = parsed._replace(netloc=f"{pinned}:{port}").geturl()
        async with httpx.AsyncClient(timeout=deadline, follow_redirects=False, trust_env=False) as http, \
                http.stream("GET", target, headers={"Host": parsed.netloc.rpartition("@")[2]},
                            extensions={"sni_hostname": host}) as r:
            r.raise_for_status()
            body = b""
            async for chunk in r.aiter_bytes():
                body += chunk
                if len(body) > CIMD_MAX_BYTES:
                    raise ValueError("client metadata document too large")
    return body
