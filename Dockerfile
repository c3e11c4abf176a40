# convo-mcp for a team: people add https://<your host>/mcp in Claude or ChatGPT and sign in with
# their own Convo key. Build: docker build -t convo-mcp .   Run: see compose.yaml and the README.
FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY convo_mcp ./convo_mcp
COPY prompts ./prompts
RUN pip wheel --no-cache-dir --wheel-dir /wheels '.[redis,postgres]'

FROM python:3.12-slim
RUN useradd --create-home --uid 10001 convo
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links /wheels 'convo-mcp[redis,postgres]' && rm -rf /wheels
USER convo
ENV CONVO_MCP_CACHE_DIR=/home/convo/data PYTHONUNBUFFERED=1
VOLUME ["/home/convo/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"
# PUBLIC_URL (https://mcp.example.com) and CONVO_MCP_SECRET_KEY come from the environment.
CMD ["sh", "-c", "exec convo-mcp serve --transport http --host 0.0.0.0 --port 8000 --auth oauth --public-url \"$PUBLIC_URL\""]
