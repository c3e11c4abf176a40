"""A faithful, deterministic simulator of the Convo REST API v1 (a Starlette ASGI app).

    state = SandboxState.demo()              # demo accounts for every tier (keys in DEMO_KEYS)
    app = create_app(state)                  # serves /api/v1/... and /_sandbox/...
    with running_sandbox(state) as base_url: # real HTTP on 127.0.0.1:<free port>
        ...

Tests inspect ``state.stats``, inject failures with ``state.faults.inject(...)``, read webhook
attempts from ``state.deliveries`` and move time with a fake ``clock``.
"""

from convo_mcp.sandbox import cast, dataset
from convo_mcp.sandbox.app import create_app
from convo_mcp.sandbox.faults import FAULT_KINDS, Fault, Faults
from convo_mcp.sandbox.models import Conversation, Delivery, Webhook
from convo_mcp.sandbox.simulate import simulate
from convo_mcp.sandbox.state import DEMO_KEYS, Account, SandboxState
from convo_mcp.sandbox.stats import Stats
from convo_mcp.sandbox.testing import run_sandbox_server, running_asgi_app, running_sandbox
from convo_mcp.sandbox.webhooks import EVENTS, sign

__all__ = [
    "DEMO_KEYS",
    "EVENTS",
    "FAULT_KINDS",
    "Account",
    "Conversation",
    "Delivery",
    "Fault",
    "Faults",
    "SandboxState",
    "Stats",
    "Webhook",
    "cast",
    "create_app",
    "dataset",
    "run_sandbox_server",
    "running_asgi_app",
    "running_sandbox",
    "sign",
    "simulate",
]
