// What both views share: element lookup, HTML escaping, and marking a render done (the page is
// no longer busy, the time it took is kept for the benchmark, the host learns the new height).
"use strict";
const $ = (id) => document.getElementById(id);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));

function rendered(started) {
  $("app").setAttribute("aria-busy", "false");
  window.__renderMs = performance.now() - started;
  document.body.dataset.rendered = "1";
  Bridge.reportSize();
}
