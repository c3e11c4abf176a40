"""Checking a person's Convo key at sign-in: one request for its profile, as the person's own client
would make; what to tell them when it does not work (never the key itself)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from convo_mcp.account import Account, looks_like_key, owner_id
from convo_mcp.errors import RejectedInput
from convo_mcp.log import get_logger

if TYPE_CHECKING:
    from convo_mcp.app import App
    from convo_mcp.state.base import AuthStore

log = get_logger("convo_mcp.auth")


class SignInError(RejectedInput):
    """A message for the person on the sign-in page (never containing the key). ``ended``: the
    sign-in link cannot be used again; ``retry_after``: seconds before trying again helps."""

    def __init__(self, message: str, *, ended: bool = False, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.ended, self.retry_after = ended, retry_after


@dataclass(frozen=True)
class KeyCheck:
    account: str  # the account's hash
    tier: str | None
    owner: str | None = None  # the person's id (from their profile's email): names their data across keys


KeyChecker = Callable[[str], Awaitable[KeyCheck]]  # raises SignInError with what to tell the person


def key_checker(app: App) -> KeyChecker:
    """Checks a key by asking Convo for its profile (one request), as the person's own client would."""
    from convo_mcp.errors import AuthenticationError, ConvoError, PermissionDeniedError, RateLimitError

    async def check(key: str) -> KeyCheck:
        if not looks_like_key(key):
            raise SignInError("That does not look like a Convo API key: keys start with convo_ and have no spaces.")
        try:
            async with app.client_for(key, max_retries=0) as client:
                profile = await client.profile()
        except AuthenticationError:
            raise SignInError("Convo did not accept this key. Check that it was copied whole, or create a new one "
                              "(Settings → API Keys in the Convo app).") from None
        except PermissionDeniedError:
            raise SignInError("This key belongs to a Convo Free plan, which has no API access. Upgrade to Starter or "
                              "above in the Convo app, then sign in again.") from None
        except RateLimitError:
            raise SignInError("Convo is rate-limiting this key right now. Wait a minute and try again.") from None
        except ConvoError:
            raise SignInError("Could not reach Convo to check the key. Try again in a minute.") from None
        tier = (profile.subscription.tier or "").lower() or None
        if tier == "free":
            raise SignInError("This key belongs to a Convo Free plan, which has no API access. Upgrade to Starter or "
                              "above in the Convo app, then sign in again.")
        email = profile.profile.email
        return KeyCheck(Account.of(app.settings.base_url, key).id, tier,
                        owner_id(app.settings.base_url, email) if email else None)

    return check


FORGOTTEN = "forgotten"  # the auth store's kind (and group) of the tombstones forget-account leaves


async def remember(store: AuthStore, *ids: str | None) -> None:
    """A person signed in again: lift the tombstone ``forget-account`` left on their account, so
    replicas keep and index its data again."""
    for account in {i for i in ids if i}:
        if await store.get(FORGOTTEN, account) is not None:
            await store.delete(FORGOTTEN, account)
            await store.leave(FORGOTTEN, account)
            log.info("auth.remembered", account=account)
