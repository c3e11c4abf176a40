"""The pages a person sees while connecting: sign in with a Convo key, and sign out everywhere.

Plain server-rendered HTML with inline CSS and no script, font or image from anywhere: it works
in any browser, on a phone, with a keyboard and a screen reader, under a CSP that allows nothing
else. The key field is a password field; the key is never written back into a page, a URL or a log
(a failed attempt shows the message and an empty field), and a successful sign-in answers with a
redirect, so the page after submitting holds no trace of it.

The form is bound to the browser that opened the link: opening it sets a cookie (HttpOnly,
SameSite=Strict) whose value the form also carries; a submission needs both to agree, and a
submission whose Origin is another site is refused. A page elsewhere cannot post a key into
someone's pending sign-in, nor make a browser sign in to a request it never opened.
"""

from __future__ import annotations

import hmac
import html
import secrets
from collections.abc import Callable
from urllib.parse import urlparse

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from convo_mcp.auth.provider import ConvoOAuthProvider
from convo_mcp.auth.signin import SignInError
from convo_mcp.log import get_logger

log = get_logger("convo_mcp.auth.pages")
PRODUCT = "Convo for AI assistants"
WHERE_KEYS = "In the Convo app, open Settings → API Keys and create a key (it is shown once)."
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
                               "base-uri 'none'",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",  # the page's address carries the sign-in request
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
}
ACCESS = (
    "read your meetings, transcripts, summaries and coaching feedback",
    "search what was said across your meetings",
    "when you ask: generate summaries, feedback, answers and follow-up emails (these use your monthly AI "
    "generations), share, rename or delete a meeting, and manage webhooks",
)

STYLE = """
:root { color-scheme: light dark; --fg: #1d1d1f; --bg: #f5f5f7; --card: #fff; --muted: #5f6368;
  --accent: #3451d1; --err-bg: #fdecea; --err: #8a1c12; --border: #c9ccd1; }
@media (prefers-color-scheme: dark) { :root { --fg: #f2f2f2; --bg: #111318; --card: #1c1f26; --muted: #b0b4ba;
  --accent: #8ea2ff; --err-bg: #3b1715; --err: #ffb4a9; --border: #3d424b; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  background: var(--bg); }
main { max-width: 30rem; margin: 0 auto; padding: 2rem 1rem; }
.card { background: var(--card); border: 1px solid var(--border); border-radius: 12px; padding: 1.5rem; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
.product { color: var(--muted); margin: 0 0 1rem; font-size: .95rem; }
label { display: block; font-weight: 600; margin: 1rem 0 .35rem; }
input[type=password] { width: 100%; font: inherit; padding: .7rem .8rem; border: 1px solid var(--border);
  border-radius: 8px; background: var(--bg); color: var(--fg); }
button { margin-top: 1rem; width: 100%; font: inherit; font-weight: 600; padding: .75rem; border: 0;
  border-radius: 8px; background: var(--accent); color: #fff; cursor: pointer; }
@media (prefers-color-scheme: dark) { button { color: #0b0d12; } }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.hint, small { color: var(--muted); }
.error { background: var(--err-bg); color: var(--err); padding: .75rem; border-radius: 8px; margin: 1rem 0 0; }
ul { padding-left: 1.2rem; margin: .5rem 0; }
"""


def page(title: str, body: str, status: int = 200) -> HTMLResponse:
    doc = (f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
           f'<meta name="viewport" content="width=device-width, initial-scale=1">'
           f"<title>{html.escape(title)} · {PRODUCT}</title><style>{STYLE}</style></head>"
           f'<body><main><div class="card">{body}</div></main></body></html>')
    return HTMLResponse(doc, status_code=status, headers=HEADERS)


def _app_name(client_name: str | None, redirect_uri: str) -> str:
    host = urlparse(redirect_uri).hostname or ""
    known = {"claude.ai": "Claude", "claude.com": "Claude", "chatgpt.com": "ChatGPT", "chat.openai.com": "ChatGPT"}
    return client_name or known.get(host) or host or "An app"


def _returns_to(redirect_uri: str) -> str:
    """Where the browser goes after signing in, as a person can check it: the callback's host, or
    the app's own scheme (an app names itself; its callback cannot pretend)."""
    parsed = urlparse(redirect_uri)
    if parsed.scheme in ("http", "https"):
        return parsed.hostname or redirect_uri
    return f"the {parsed.scheme} app"


FORM_COOKIE = "convo_signin"
FORM_LIFETIME = 15 * 60  # as long as a pending sign-in lasts


def _same_site(request: Request, public_url: str) -> bool:
    """This server's own Origin, or none said: no header (older browsers) or "null" (what a browser
    sends from this page, whose Referrer-Policy is no-referrer). Those rest on the SameSite cookie,
    which a page on another site cannot make the browser send."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return True
    own = {f"{u.scheme}://{u.netloc}" for u in (urlparse(public_url), urlparse(str(request.base_url)))}
    return origin.rstrip("/") in own


def _bound(request: Request, token: str) -> bool:
    cookie = request.cookies.get(FORM_COOKIE, "")
    return bool(token) and bool(cookie) and hmac.compare_digest(cookie.encode(), token.encode())


def _bind(response: Response, request: Request, token: str) -> Response:
    response.set_cookie(FORM_COOKIE, token, max_age=FORM_LIFETIME, path="/signin", httponly=True,
                        samesite="strict", secure=request.url.scheme == "https")
    return response


def refused_elsewhere() -> HTMLResponse:
    return page("Sign-in not accepted", "<h1>This sign-in was not sent from its own page</h1><p class=\"error\" "
                "role=\"alert\">The form must be sent from the sign-in page this browser opened. No key was "
                "checked.</p><p>Go back to the app and connect again; sign in on the page that opens.</p>", 403)


def signin_form(request_id: str, app_name: str, returns_to: str, error: str | None = None,
                status: int = 200, form_token: str = "") -> HTMLResponse:
    access = "".join(f"<li>{html.escape(a)}</li>" for a in ACCESS)
    alert = (f'<p class="error" role="alert" id="error">{html.escape(error)}</p>' if error else "")
    described = "key-hint error" if error else "key-hint"
    body = f"""
<h1>Connect {html.escape(app_name)} to Convo</h1>
<p class="product">{PRODUCT}</p>
<p>{html.escape(app_name)} asks to use your Convo account. With it, it can:</p>
<ul>{access}</ul>
{alert}
<form method="post" action="signin">
  <input type="hidden" name="request" value="{html.escape(request_id)}">
  <input type="hidden" name="form" value="{html.escape(form_token)}">
  <label for="key">Your Convo API key</label>
  <input type="password" id="key" name="key" required autocomplete="off" autocapitalize="off" spellcheck="false"
    placeholder="convo_…" aria-describedby="{described}" {'aria-invalid="true" autofocus' if error else 'autofocus'}>
  <p class="hint" id="key-hint"><small>{html.escape(WHERE_KEYS)} Your key is checked with Convo, then stored
  encrypted; signing out or revoking the connection deletes it.</small></p>
  <button type="submit">Sign in and connect</button>
</form>
<p class="hint"><small>After signing in you go back to <strong>{html.escape(returns_to)}</strong>. If that is not
the app you are connecting, close this page.</small></p>"""
    return page(f"Connect {app_name}", body, status)


def expired() -> HTMLResponse:
    return page("Link expired", "<h1>This sign-in link has expired</h1><p>It was already used, or it is more "
                "than 15 minutes old. Go back to the app and connect again.</p>", 400)


def routes(provider: ConvoOAuthProvider, account_of: Callable[[str], str]) -> list[Route]:
    async def show(request: Request) -> Response:
        rid = request.query_params.get("request", "")
        found = await provider.pending(rid) if rid else None
        if found is None:
            return expired()
        client, params = found
        token = secrets.token_urlsafe(24)
        return _bind(signin_form(rid, _app_name(client.client_name, str(params.redirect_uri)),
                                 _returns_to(str(params.redirect_uri)), form_token=token), request, token)

    async def submit(request: Request) -> Response:
        form = await request.form()
        rid, key = str(form.get("request", "")), str(form.get("key", "")).strip()
        token = str(form.get("form", ""))
        found = await provider.pending(rid) if rid else None
        if found is None:
            return expired()
        if not _same_site(request, provider.public_url) or not _bound(request, token):
            log.info("auth.signin_unbound", origin_matches=_same_site(request, provider.public_url))
            return refused_elsewhere()
        client, params = found
        name = _app_name(client.client_name, str(params.redirect_uri))
        try:
            redirect = await provider.sign_in(rid, key)
        except SignInError as exc:
            status = 429 if exc.retry_after is not None else 400
            if exc.ended:
                return page("Sign-in ended", f"<h1>Sign-in ended</h1><p class=\"error\" role=\"alert\">"
                            f"{html.escape(str(exc))}</p>", status)
            response = signin_form(rid, name, _returns_to(str(params.redirect_uri)), str(exc), status=status,
                                   form_token=token)
            if exc.retry_after is not None:
                response.headers["Retry-After"] = str(max(1, round(exc.retry_after)))
            return response
        return RedirectResponse(redirect, status_code=303, headers={"Cache-Control": "no-store",
                                                                          "Referrer-Policy": "no-referrer"})

    async def signout_form(_request: Request) -> Response:
        return page("Sign out", f"""
<h1>Sign out everywhere</h1><p class="product">{PRODUCT}</p>
<p>Ends every connection made with your Convo key (Claude, ChatGPT and others) and deletes the key from this
server. Your meetings in Convo are not touched.</p>
<form method="post" action="signout">
  <label for="key">Your Convo API key</label>
  <input type="password" id="key" name="key" required autocomplete="off" spellcheck="false" placeholder="convo_…">
  <button type="submit">Sign out everywhere</button>
</form>""")

    async def signout(request: Request) -> Response:
        form = await request.form()
        key = str(form.get("key", "")).strip()
        ended = await provider.sign_out(account_of(key)) if key else 0
        if not ended:  # nothing was signed in with it here: nothing was deleted either
            return page("Nothing to sign out", f"<h1>Nothing to sign out</h1><p class=\"product\">{PRODUCT}</p>"
                        "<p role=\"status\">No connection on this server was made with that key, and this server "
                        "keeps nothing for it. Check that it is the key you signed in with.</p>")
        what = f"{ended} connection{'s' if ended != 1 else ''}"
        return page("Signed out", f"<h1>Signed out</h1><p class=\"product\">{PRODUCT}</p><p role=\"status\">Ended "
                    f"{what} and deleted the key from this server. To connect again, add the server in your app "
                    "once more.</p>")

    return [
        Route("/signin", show, methods=["GET"]),
        Route("/signin", submit, methods=["POST"]),
        Route("/signout", signout_form, methods=["GET"]),
        Route("/signout", signout, methods=["POST"]),
    ]
