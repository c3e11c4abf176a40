"""Every way a Convo call can fail, in one tree.

    ConvoError                          code             when
    ├── LocalRefusal                    (varies)         refused before any request was sent
    │   ├── InvalidIdError              invalid_id       an id that could reach another endpoint
    │   ├── InvalidArgumentError        invalid_argument a value the API would refuse
    │   ├── QueryTooLongError           query_too_long   > 500 UTF-16 code units, or empty
    │   ├── AIQuotaExhaustedError       ai_limit_exceeded  no AI generations left this month
    │   ├── TranscriptTooShortError     transcript_too_short  feedback needs >= 10 segments
    │   ├── PlanRequiredError           plan_required    endpoint needs a higher plan
    │   ├── RateBudgetExhaustedError    rate_limited     hourly budget spent; waiting would block
    │   ├── GenerationPendingError      generation_pending an earlier AI POST timed out; it may still land
    │   ├── DeadlineError               timeout          the tool call's own deadline passed
    │   ├── UnexpectedError             unexpected_error a bug in a tool, reported without its details
    │   └── NotConfiguredError          not_configured   no API key
    ├── TransportError                  network_error    no answer (timeout, reset, DNS)
    │   ├── RequestTimeoutError         timeout
    │   └── OutOfFilesError             out_of_files     this server could not open a connection (EMFILE)
    └── APIError                                         Convo answered, but not with data
        ├── InvalidResponseError        bad_response     HTML error page, malformed JSON
        └── APIStatusError              (per status)     a JSON error envelope
            ├── BadRequestError         validation_error 400
            ├── AuthenticationError     unauthorized     401
            ├── PermissionDeniedError   forbidden        403
            ├── NotFoundError           not_found        404
            ├── RateLimitError          rate_limited     429 (hourly requests)
            ├── AILimitExceededError    ai_limit_exceeded 429 (monthly AI generations)
            └── InternalServerError     internal_error   5xx

    ConvoError (continued)
    └── LocalFault                      (varies)         this server's own parts failed, not Convo
        ├── StorageBusyError            storage_busy     every database connection stayed busy
        ├── StorageUnavailableError     storage_unavailable  the database, Redis or a data file can't be used now
        │   └── SharedUnavailable       storage_unavailable  what processes share (Redis, the cache file)
        ├── DiskFullError               disk_full        the disk (or database) holding this server's data is full
        └── ModelUnavailableError       model_unavailable  the meaning model's files are missing

    ConfigError (ValueError)            a setting that cannot work: the server does not start
    ├── AuthConfigError, HTTPConfigError, SharedConfigError, SecretKeyError

    RejectedInput (ValueError)          input from outside a tool call, refused with the reason
    └── MalformedDelivery, DeliveryTooLarge, SignInError, PromptArgumentError, the sandbox's ApiError

Every exception class of the project belongs to one of these three families.

A ``LocalFault`` reaches the model like any other error (a code, one line of reason, what to do
next); inside the server, parts that can work without the failed one (the index, a shared count)
catch it and carry on, saying so.

Messages are fixed templates: text that came from the network is kept on ``upstream_message``
for logs (truncated) but never becomes ``str(error)``, so nothing an upstream server says is
replayed to the model verbatim. Each error carries ``hint``: what to do next.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar


class ConvoError(Exception):
    code: ClassVar[str] = "error"
    default_message: ClassVar[str] = "The Convo request failed."
    default_hint: ClassVar[str] = ""

    def __init__(
        self,
        message: str | None = None,
        *,
        hint: str | None = None,
        retry_after: float | None = None,
        reset_at: datetime | None = None,
    ) -> None:
        self.message = message or self.default_message
        self.hint = hint if hint is not None else self.default_hint
        self.retry_after = retry_after
        self.reset_at = reset_at
        super().__init__(self.message)

    @property
    def retryable(self) -> bool:
        return False

    def to_dict(self) -> dict[str, Any]:
        """Structured form for tool results: code, message, hint and timing, never secrets."""
        out: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.hint:
            out["hint"] = self.hint
        if self.retry_after is not None:
            out["retry_after_seconds"] = round(self.retry_after, 1)
        if self.reset_at is not None:
            out["resets_at"] = self.reset_at.isoformat()
        return out


# --- refused locally: zero requests sent ---------------------------------------------------


class LocalRefusal(ConvoError):
    code = "refused"
    default_message = "The request was refused before it was sent."


class InvalidIdError(LocalRefusal):
    code = "invalid_id"
    default_message = "That id is not a valid Convo id."
    default_hint = "Use an id exactly as list_conversations returns it (e.g. sess_…)."


class InvalidArgumentError(LocalRefusal):
    code = "invalid_argument"
    default_message = "An argument is not valid for this call."

    def __init__(self, message: str | None = None, *, hint: str | None = None, argument: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.argument = argument  # which argument, when one is to blame

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        if self.argument:
            out["argument"] = self.argument
        return out


class QueryTooLongError(LocalRefusal):
    code = "query_too_long"
    default_message = "The question must be 1–500 characters (counted as UTF-16 code units)."
    default_hint = "Shorten the question, or split it into several questions."


class AIQuotaExhaustedError(LocalRefusal):
    code = "ai_limit_exceeded"
    default_message = "No AI generations are left this month."
    default_hint = "Cached keypoints and feedback stay free: try get_keypoints or get_feedback."


class TranscriptTooShortError(LocalRefusal):
    code = "transcript_too_short"
    default_message = "Feedback needs a transcript of at least 10 segments."
    default_hint = "Read the transcript with get_transcript instead."


class PlanRequiredError(LocalRefusal):
    code = "plan_required"
    default_message = "This operation needs a higher Convo plan."
    default_hint = "Upgrade the Convo plan in the Convo app, or use another tool."


class RateBudgetExhaustedError(LocalRefusal):
    code = "rate_limited"
    default_message = "The hourly Convo request budget is used up."
    default_hint = "Wait until the budget resets, or answer from what is already known."


class GenerationPendingError(LocalRefusal):
    code = "generation_pending"
    default_message = "An earlier request for this AI result timed out and may still be completing at Convo."
    default_hint = "Read it in a minute with the free get_ tool; ask for a new one only after resets_at."


class DeadlineError(LocalRefusal):
    code = "timeout"
    default_message = "The call ran out of time: Convo is slow or not answering."
    default_hint = "Try again in a few minutes, or ask for less (a shorter period, fewer meetings)."


class UnexpectedError(LocalRefusal):
    code = "unexpected_error"
    default_message = "The tool failed in a way it should not have; nothing was changed by this failure."
    default_hint = "Try again or use another tool; if it repeats, report it with the server's log."


class NotConfiguredError(LocalRefusal):
    code = "not_configured"
    default_message = "No Convo API key is configured."
    default_hint = "Set CONVO_API_KEY (Convo app → Settings → API Keys), or run with --demo."


class AccountForgottenError(LocalRefusal):
    code = "account_forgotten"
    default_message = "This account was forgotten by `convo-mcp forget-account`: nothing is kept for it."
    default_hint = "Sign in again (reconnect the server in your app) to have it kept again."


# --- this server's own parts ------------------------------------------------------------------


class LocalFault(ConvoError):
    code = "local_fault"
    default_message = "A part of this server failed."
    default_hint = "Try again in a minute; whoever runs the server can run `convo-mcp doctor`."

    @property
    def retryable(self) -> bool:
        return True


class StorageBusyError(LocalFault):
    code = "storage_busy"
    default_message = "Every connection to this server's database stayed busy for the whole wait."
    default_hint = ("Try again in a few seconds. Whoever runs the server: if it keeps happening, raise "
                    "CONVO_MCP_DATABASE_POOL or the database's max_connections.")


class StorageUnavailableError(LocalFault):
    code = "storage_unavailable"
    default_message = "This server's storage cannot be used right now."
    default_hint = ("Try again in a minute. Whoever runs the server: `convo-mcp doctor` checks the database, "
                    "Redis and the data directory.")


class SharedUnavailable(StorageUnavailableError):
    """What several processes share (Redis, the cache file) cannot be used right now; a part that can
    work on its own falls back to what one process knows, a part that cannot refuses with this."""

    default_message = "The state this server shares with its other processes (Redis or the cache file) is unreachable."


class SharedCountUnavailable(SharedUnavailable):
    """The shared monthly AI-generation count (or the hourly budget) could not be read or written in
    time: an AI generation is refused rather than counted by this process alone."""

    code = "shared_count_unavailable"
    default_message = ("The AI-generation count this server shares with its other processes (Redis or the "
                       "cache file) could not be read or written; nothing was sent.")
    default_hint = ("Try again in a minute: no generation was spent. Whoever runs the server: `convo-mcp doctor` "
                    "checks Redis and the data directory.")


class DiskFullError(LocalFault):
    code = "disk_full"
    default_message = "The disk (or database) holding this server's data is full."
    default_hint = "Whoever runs the server: free some space; indexing and caching go on once there is room."

    @property
    def retryable(self) -> bool:
        return False


class ModelUnavailableError(LocalFault):
    code = "model_unavailable"
    default_message = "The model that finds lines by meaning is not installed here; words are matched alone."
    default_hint = "Reinstall convo-mcp (its wordllama dependency carries the model's files)."


# --- what stops the server from starting, and input refused outside a tool call ----------------


class ConfigError(ValueError):
    """A setting that cannot work; the message says which one and how to fix it."""


class RejectedInput(ValueError):
    """Input from outside a tool call (a webhook delivery, a sign-in form, a prompt's arguments, a
    request to the sandbox) refused; the message says why."""


# --- no answer ------------------------------------------------------------------------------


class TransportError(ConvoError):
    code = "network_error"
    default_message = "Convo could not be reached."
    default_hint = "Try again in a moment."

    @property
    def retryable(self) -> bool:
        return True


class RequestTimeoutError(TransportError):
    code = "timeout"
    default_message = "Convo did not answer in time."


class OutOfFilesError(TransportError):
    """The process hit its open-files limit: the fault is this server's, not Convo's or the network's."""

    code = "out_of_files"
    default_message = "This server has too many files open to open a connection to Convo right now."
    default_hint = ("Try again in a minute. Whoever runs the server: raise its open-files limit (ulimit -n); "
                    "with a low limit it keeps fewer accounts open at once.")


def out_of_files(exc: BaseException) -> bool:
    """Whether ``exc`` (or what it was raised from) is the process running out of descriptors."""
    import errno

    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, OSError) and seen.errno in (errno.EMFILE, errno.ENFILE):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


# --- an answer that is not data -------------------------------------------------------------


class APIError(ConvoError):
    status_code: int | None = None

    def __init__(
        self,
        message: str | None = None,
        *,
        status_code: int | None = None,
        upstream_message: str | None = None,
        hint: str | None = None,
        retry_after: float | None = None,
        reset_at: datetime | None = None,
    ) -> None:
        super().__init__(message, hint=hint, retry_after=retry_after, reset_at=reset_at)
        if status_code is not None:
            self.status_code = status_code
        self.upstream_message = (upstream_message or "")[:300] or None


class InvalidResponseError(APIError):
    code = "bad_response"
    default_message = "Convo answered with something that is not valid API data."
    default_hint = "This is usually transient: try again in a moment."

    @property
    def retryable(self) -> bool:
        return True


class APIStatusError(APIError):
    code = "api_error"


class BadRequestError(APIStatusError):
    code = "validation_error"
    status_code = 400
    default_message = "Convo refused the request as invalid."
    default_hint = "Check the arguments against the tool's schema."


class AuthenticationError(APIStatusError):
    code = "unauthorized"
    status_code = 401
    default_message = "Convo rejected the API key."
    default_hint = "Create a new key in the Convo app (Settings → API Keys) and set CONVO_API_KEY."


class PermissionDeniedError(APIStatusError):
    code = "forbidden"
    status_code = 403
    default_message = "The Convo plan does not allow this operation."
    default_hint = "The API needs Starter or above; webhooks need Professional or above."


class NotFoundError(APIStatusError):
    code = "not_found"
    status_code = 404
    default_message = "Convo has no such resource."
    default_hint = "Check the id with list_conversations."


class RateLimitError(APIStatusError):
    code = "rate_limited"
    status_code = 429
    default_message = "Convo's hourly request limit was reached."
    default_hint = "Wait retry_after_seconds before calling Convo again."


class AILimitExceededError(APIStatusError):
    """The monthly AI quota, not the hourly request limit: also a 429, but never waited out."""

    code = "ai_limit_exceeded"
    status_code = 429
    default_message = "The monthly AI generation limit was reached."
    default_hint = "Cached keypoints and feedback stay free: try get_keypoints or get_feedback."


class InternalServerError(APIStatusError):
    code = "internal_error"
    status_code = 500
    default_message = "Convo had an internal error."
    default_hint = "This is usually transient: try again in a moment."

    @property
    def retryable(self) -> bool:
        return True
