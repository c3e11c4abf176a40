"""convo-mcp: an MCP server for Convo meeting recordings."""

__version__ = "0.1.0"
