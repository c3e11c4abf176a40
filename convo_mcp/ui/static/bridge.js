// The view side of MCP Apps (io.modelcontextprotocol/ui), protocol 2026-01-26: JSON-RPC 2.0 over
// postMessage with the host. Hand-written because the official client library
// (@modelcontextprotocol/ext-apps) bundles to about 650 KB with its dependencies, four times the
// budget of a whole view; the tests drive these views with that library's own host side
// (AppBridge), so the two are checked to agree.
"use strict";
const Bridge = (() => {
  const VERSION = "2026-01-26";
  let nextId = 1;
  const waiting = new Map();
  const handlers = {};
  const host = window.parent;

  function send(message) { host.postMessage({ jsonrpc: "2.0", ...message }, "*"); }

  function request(method, params) {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      send({ id, method, params });
    });
  }

  function notify(method, params) { send(params === undefined ? { method } : { method, params }); }

  window.addEventListener("message", (event) => {
    if (event.source !== host) return;  // only the host speaks to this view
    const m = event.data;
    if (!m || m.jsonrpc !== "2.0") return;
    if (m.id !== undefined && waiting.has(m.id) && !m.method) {
      const { resolve, reject } = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.error) reject(new Error(m.error.message || "request failed")); else resolve(m.result);
      return;
    }
    if (m.method && m.id !== undefined) {  // a request from the host: nothing here answers any but ping
      send(m.method === "ping" ? { id: m.id, result: {} }
        : { id: m.id, error: { code: -32601, message: `unsupported: ${m.method}` } });
      return;
    }
    const handle = m.method && handlers[m.method];
    if (handle) handle(m.params || {});
  });

  let lastHeight = 0;
  function reportSize() {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (Math.abs(height - lastHeight) < 2) return;
    lastHeight = height;
    notify("ui/notifications/size-changed", { width: Math.ceil(document.documentElement.scrollWidth), height });
  }

  function applyContext(ctx) {
    if (!ctx) return;
    if (ctx.theme === "light" || ctx.theme === "dark") document.documentElement.dataset.theme = ctx.theme;
    const vars = ctx.styles && ctx.styles.variables;
    if (vars) for (const [name, value] of Object.entries(vars)) {
      if (name.startsWith("--") && typeof value === "string") document.documentElement.style.setProperty(name, value);
    }
    const fonts = ctx.styles && ctx.styles.css && ctx.styles.css.fonts;
    if (typeof fonts === "string" && !document.getElementById("host-fonts")) {
      const style = document.createElement("style");
      style.id = "host-fonts";
      style.textContent = fonts;
      document.head.appendChild(style);
    }
  }

  return {
    on(method, handle) { handlers[method] = handle; },
    async connect(name) {
      handlers["ui/notifications/host-context-changed"] = (p) => { applyContext(p); reportSize(); };
      const result = await request("ui/initialize", {
        appInfo: { name, version: "1" }, appCapabilities: {}, protocolVersion: VERSION,
      });
      applyContext(result && result.hostContext);
      notify("ui/notifications/initialized");
      new ResizeObserver(reportSize).observe(document.documentElement);
      return result;
    },
    callTool(name, args) { return request("tools/call", { name, arguments: args }); },
    reportSize,
  };
})();
