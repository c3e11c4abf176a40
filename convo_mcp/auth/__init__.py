"""OAuth mode: add the server by URL in Claude or ChatGPT, sign in with a Convo key, many people
on one server (``convo-mcp serve --transport http --auth oauth --public-url https://…``).

The server is its own OAuth 2.1 authorization server, on the SDK's endpoints (``mcp.server.auth``:
protected-resource metadata RFC 9728, authorization-server metadata RFC 8414, dynamic client
registration RFC 7591, PKCE S256, resource indicators RFC 8707, revocation, rotating refresh tokens).

- :mod:`.setup`: OAuth mode put together from the settings (:func:`~.setup.build_oauth`)
- :mod:`.provider`: the provider the SDK's endpoints call (codes, tokens, grants)
- :mod:`.endpoints`: those endpoints behind per-address limits, as the RFCs say (:mod:`.limits`)
- :mod:`.pages`: the sign-in and sign-out pages
- :mod:`.store`: clients, codes and token digests in SQLite or Redis
- :mod:`.keys`: people's Convo keys sealed with ``CONVO_MCP_SECRET_KEY`` (Fernet, rotatable)
- :mod:`.accounts`: one App per signed-in account, so nothing is shared between people
"""
