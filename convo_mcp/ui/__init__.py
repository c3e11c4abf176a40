"""Views: MCP Apps (``io.modelcontextprotocol/ui``) that show a meeting or a period inside the chat.

- :mod:`.tools`: ``show_meeting`` and ``show_digest``, tools like any other (text and structured
  content for every client), whose results MCP Apps hosts render in their view
- :mod:`.views`: the ``ui://`` resources, one self-contained HTML document each (inline CSS and
  script, no outside assets: hosts' CSP blocks them), assembled from ``static/``

Only the views load when the server starts; the tools load with the others, on first use.
"""

MEETING_VIEW = "ui://convo/meeting.html"
DIGEST_VIEW = "ui://convo/digest.html"
