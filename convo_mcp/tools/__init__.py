"""The MCP tools, one module per toolset (``conversations``, ``ai``, ``account`` with the calendar
tools, ``webhooks``, ``search``, ``insights/``; the ``views`` toolset lives in :mod:`convo_mcp.ui.tools`).
Each tool is a top-level function with its definition beside it (:mod:`._define`); which of them a
server offers, and registering them, is :mod:`convo_mcp.toolsets`'.
"""
