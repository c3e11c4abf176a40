"""The Convo REST API and nothing about MCP: the client, its wire models, the hourly request
budget and the checks on what is sent."""
