// The aishell web console.  Built with `npm run build` into src/aishell/web/static/app.js.
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from "@codemirror/view";
import { EditorState, Compartment } from "@codemirror/state";
import { defaultKeymap, history as cmHistory, historyKeymap, indentWithTab } from "@codemirror/commands";
import { sql, PostgreSQL, SQLite, MySQL, StandardSQL } from "@codemirror/lang-sql";
import { autocompletion, completionKeymap, closeBrackets, closeCompletion } from "@codemirror/autocomplete";
import { syntaxHighlighting, HighlightStyle, bracketMatching } from "@codemirror/language";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { tags as t } from "@lezer/highlight";

const $ = (id) => document.getElementById(id);
const state = { csrf: null, role: null, conn: null, engine: null, columns: [], rows: [], order: null,
  sortCol: -1, sortDir: 1, selected: -1, running: null, explaining: false, lastSql: "", answer: null, tables: [] };

// ------------------------------------------------------------------ API
async function api(method, path, body) {
  const headers = { "Accept": "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && state.csrf) headers["X-CSRF-Token"] = state.csrf;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin" });
  if (res.status === 401) { window.location.href = "/login"; throw new Error("not logged in"); }
  return res;
}
async function problem(res) {
  try { const p = await res.json(); return p; } catch (e) { return { title: res.statusText, status: res.status }; }
}

// ------------------------------------------------------------------ theme
function setTheme(name) {
  document.documentElement.dataset.theme = name;
  localStorage.setItem("aishell-theme", name);
}
setTheme(localStorage.getItem("aishell-theme") ||
  (window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light"));
$("theme").addEventListener("click", () =>
  setTheme(document.documentElement.dataset.theme === "dark" ? "light" : "dark"));

// ------------------------------------------------------------------ editor
const highlight = HighlightStyle.define([
  { tag: t.keyword, color: "var(--kw)", fontWeight: "600" },
  { tag: [t.string, t.special(t.string)], color: "var(--str)" },
  { tag: [t.number, t.bool, t.null], color: "var(--num)" },
  { tag: [t.lineComment, t.blockComment, t.comment], color: "var(--com)", fontStyle: "italic" },
  { tag: [t.function(t.variableName), t.standard(t.name)], color: "var(--fn)" },
  { tag: t.typeName, color: "var(--num)" },
  { tag: t.operator, color: "var(--kw)" },
]);
const editorTheme = EditorView.theme({
  "&": { fontSize: "14px", height: "100%" },
  ".cm-content": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", caretColor: "var(--fg)" },
  ".cm-gutters": { background: "var(--bg2)", color: "var(--muted)", border: "none" },
  ".cm-activeLine": { background: "color-mix(in srgb, var(--sel) 35%, transparent)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { background: "var(--sel) !important" },
  ".cm-tooltip": { background: "var(--bg2)", color: "var(--fg)", border: "1px solid var(--border)" },
  ".cm-tooltip-autocomplete ul li[aria-selected]": { background: "var(--accent)", color: "var(--accent-fg)" },
  ".cm-cursor": { borderLeftColor: "var(--fg)" },
});
const language = new Compartment();
const dialects = { postgres: PostgreSQL, sqlite: SQLite, mysql: MySQL, duckdb: PostgreSQL };
function sqlConfig() {
  const schema = {};
  for (const tb of state.tables) {
    const cols = tb.columns.map((c) => c.name);
    schema[tb.name] = cols;
    if (tb.schema) schema[tb.schema + "." + tb.name] = cols;
  }
  return sql({ dialect: dialects[state.engine] || StandardSQL, schema, upperCaseKeywords: false });
}
const editor = new EditorView({
  parent: $("editor"),
  state: EditorState.create({
    doc: localStorage.getItem("aishell-sql") || "select * from ",
    extensions: [
      lineNumbers(), highlightActiveLine(), drawSelection(), cmHistory(), bracketMatching(), closeBrackets(),
      highlightSelectionMatches(), autocompletion({ icons: false }), EditorView.lineWrapping, syntaxHighlighting(highlight), editorTheme,
      language.of(sqlConfig()),
      keymap.of([
        { key: "Mod-Enter", run: () => { runEditor(); return true; } },
        { key: "Mod-Shift-e", run: () => { explain(); return true; } },
        { key: "Escape", run: () => { if (state.running) { cancel(); return true; } return false; } },
        ...completionKeymap, ...searchKeymap, ...historyKeymap, ...defaultKeymap, indentWithTab,
      ]),
      EditorView.updateListener.of((u) => { if (u.docChanged) localStorage.setItem("aishell-sql", u.state.doc.toString()); }),
    ],
  }),
});

// The statement under the cursor: split at ';' outside strings and comments.
function statementAt(text, pos) {
  let start = 0, i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "'" || c === '"' || c === "`") {
      const q = c; i++;
      while (i < n && text[i] !== q) i++;
      i++; continue;
    }
    if (c === "-" && text[i + 1] === "-") { while (i < n && text[i] !== "\n") i++; continue; }
    if (c === "/" && text[i + 1] === "*") { const e = text.indexOf("*/", i + 2); i = e < 0 ? n : e + 2; continue; }
    if (c === "$") {
      const m = /^\$[A-Za-z_]*\$/.exec(text.slice(i, i + 64));
      if (m) { const e = text.indexOf(m[0], i + m[0].length); i = e < 0 ? n : e + m[0].length; continue; }
    }
    if (c === ";") {
      if (pos <= i && text.slice(start, i).trim()) return text.slice(start, i);
      start = i + 1;
    }
    i++;
  }
  const rest = text.slice(start);
  if (rest.trim()) return rest;
  // cursor after the last ';': the last statement
  const parts = text.split(";").filter((s) => s.trim());
  return parts.length ? parts[parts.length - 1] : "";
}
function editorSql() {
  const sel = editor.state.selection.main;
  if (!sel.empty) return editor.state.sliceDoc(sel.from, sel.to);
  return statementAt(editor.state.doc.toString(), sel.head);
}

// ------------------------------------------------------------------ tabs
function showTab(group, name) {
  for (const tab of group.querySelectorAll("[role=tab]")) {
    const on = tab.dataset.panel === name;
    tab.setAttribute("aria-selected", String(on));
    $("panel-" + tab.dataset.panel).hidden = !on;
  }
  if (name === "results") renderGrid();
  if (group.classList.contains("result-tabs")) { if (name === "dashboard") openDashboard(); else closeDashboard(); }
}
for (const group of document.querySelectorAll(".tabs")) {
  group.addEventListener("click", (ev) => {
    const tab = ev.target.closest("[role=tab]");
    if (tab) { showTab(group, tab.dataset.panel); if (tab.dataset.panel === "history") loadHistory(); }
  });
}
const resultTabs = document.querySelector(".result-tabs");

// ------------------------------------------------------------------ messages and status
function message(text, error = false) {
  const line = document.createElement("div");
  line.textContent = `${new Date().toLocaleTimeString()}  ${text}`;
  if (error) line.className = "err";
  $("messages").prepend(line);
}
function status(text) { $("status").textContent = text; }

// ------------------------------------------------------------------ the grid (virtualised)
const ROW_H = 26;
const grid = $("grid");
let widths = [];
function fmt(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}
function measure() {
  const n = state.rows.length, step = Math.max(1, Math.floor(n / 400));
  const sample = [];
  for (let k = 0; k < n; k += step) sample.push(state.rows[k]);
  if (n) sample.push(state.rows[n - 1]);
  widths = state.columns.map((c, i) => {
    let w = c.name.length + 2;
    for (const r of sample) { const s = fmt(r[i]); if (s && s.length > w) w = s.length; }
    return Math.max(60, Math.min(420, w * 8 + 18));
  });
}
function resetGrid(columns) {
  state.columns = columns; state.rows = []; state.order = null; state.sortCol = -1; state.selected = -1;
  widths = []; grid.scrollTop = 0; renderGrid();
}
function visibleIndex(k) { return state.order ? state.order[k] : k; }
function renderGrid() {
  if (!state.columns.length) {
    grid.replaceChildren(el("div", "empty", state.lastStatus || "Run a query to see rows here."));
    return;
  }
  if (!widths.length && state.rows.length) measure();
  const w = widths.length ? widths : state.columns.map(() => 120);
  const total = state.rows.length;
  let head = grid.querySelector(".head"), body = grid.querySelector(".body");
  if (!head || head.dataset.cols !== String(state.columns.length) + ":" + w.join(",") + ":" + state.sortCol + state.sortDir) {
    grid.replaceChildren();
    head = document.createElement("div"); head.className = "head";
    head.dataset.cols = String(state.columns.length) + ":" + w.join(",") + ":" + state.sortCol + state.sortDir;
    const rn = document.createElement("div"); rn.className = "cell rownum"; rn.textContent = "#"; head.append(rn);
    state.columns.forEach((c, i) => {
      const cell = document.createElement("div");
      cell.className = "cell" + (c.numeric ? " num" : "");
      cell.style.width = w[i] + "px";
      cell.title = `${c.name} ${c.type || ""} — click to sort`;
      cell.textContent = c.name + (state.sortCol === i ? (state.sortDir > 0 ? " ▲" : " ▼") : "");
      cell.addEventListener("click", () => sortBy(i));
      head.append(cell);
    });
    body = document.createElement("div"); body.className = "body";
    grid.append(head, body);
  }
  body.style.height = total * ROW_H + "px";
  const top = Math.max(0, grid.scrollTop - ROW_H);
  const first = Math.floor(top / ROW_H);
  const count = Math.ceil((grid.clientHeight + 2 * ROW_H) / ROW_H) + 2;
  const last = Math.min(total, first + count);
  const frag = document.createDocumentFragment();
  for (let k = first; k < last; k++) {
    const idx = visibleIndex(k), row = state.rows[idx];
    const r = document.createElement("div");
    r.className = "r" + (k % 2 ? " odd" : "") + (k === state.selected ? " sel" : "");
    r.style.top = k * ROW_H + "px";
    r.dataset.k = k;
    const rn = document.createElement("div"); rn.className = "cell rownum"; rn.textContent = k + 1; r.append(rn);
    for (let i = 0; i < state.columns.length; i++) {
      const cell = document.createElement("div");
      const s = fmt(row[i]);
      cell.className = "cell" + (state.columns[i].numeric ? " num" : "") + (s === null ? " null" : "");
      cell.style.width = w[i] + "px";
      cell.textContent = s === null ? "NULL" : s;
      if (s && s.length > 20) cell.title = s.slice(0, 2000);
      r.append(cell);
    }
    frag.append(r);
  }
  body.replaceChildren(frag);
}
let raf = 0;
function scheduleRender() { if (!raf) raf = requestAnimationFrame(() => { raf = 0; renderGrid(); }); }
grid.addEventListener("scroll", scheduleRender, { passive: true });
window.addEventListener("resize", scheduleRender);
grid.addEventListener("click", (ev) => {
  const r = ev.target.closest(".r");
  if (r) { state.selected = Number(r.dataset.k); renderGrid(); }
});
grid.addEventListener("keydown", (ev) => {
  const total = state.rows.length;
  if (!total) return;
  const page = Math.max(1, Math.floor(grid.clientHeight / ROW_H) - 1);
  const moves = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -total, End: total };
  if (ev.key in moves) {
    ev.preventDefault();
    state.selected = Math.max(0, Math.min(total - 1, (state.selected < 0 ? 0 : state.selected) + moves[ev.key]));
    const y = state.selected * ROW_H;
    if (y < grid.scrollTop + ROW_H) grid.scrollTop = y - ROW_H;
    else if (y > grid.scrollTop + grid.clientHeight - 2 * ROW_H) grid.scrollTop = y - grid.clientHeight + 2 * ROW_H;
    renderGrid();
  } else if ((ev.ctrlKey || ev.metaKey) && ev.key === "c" && state.selected >= 0) {
    ev.preventDefault();
    copyText(state.rows[visibleIndex(state.selected)].map((v) => fmt(v) ?? "").join("\t"));
  }
});
function sortBy(i) {
  if (state.sortCol === i) state.sortDir = -state.sortDir; else { state.sortCol = i; state.sortDir = 1; }
  const dir = state.sortDir, numeric = state.columns[i].numeric, rows = state.rows;
  const idx = rows.map((_, k) => k);
  idx.sort((a, b) => {
    const x = rows[a][i], y = rows[b][i];
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    if (numeric) return (Number(x) - Number(y)) * dir;
    return String(x).localeCompare(String(y)) * dir;
  });
  state.order = idx; state.selected = -1; renderGrid();
}
function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).catch(() => fallbackCopy(text));
  else fallbackCopy(text);
  status(`copied ${text.split("\n").length} line(s)`);
}
function fallbackCopy(text) {
  const ta = document.createElement("textarea"); ta.value = text; document.body.append(ta); ta.select();
  try { document.execCommand("copy"); } catch (e) { /* ignore */ }
  ta.remove();
}
$("copy").addEventListener("click", () => {
  if (!state.columns.length) return;
  const lines = [state.columns.map((c) => c.name).join("\t")];
  for (let k = 0; k < state.rows.length; k++) lines.push(state.rows[visibleIndex(k)].map((v) => fmt(v) ?? "").join("\t"));
  copyText(lines.join("\n"));
});
function setDownloads(sqlText) {
  const q = (f) => `/api/export?${new URLSearchParams({ sql: sqlText, format: f, connection: state.conn || "" })}`;
  $("csv").href = sqlText ? q("csv") : "#";
  $("parquet").href = sqlText ? q("parquet") : "#";
}

// ------------------------------------------------------------------ running
async function streamRows(path, body, sqlText) {
  if (state.running) return;
  const qid = crypto.randomUUID ? crypto.randomUUID().replace(/-/g, "") : String(Date.now());
  state.running = qid; $("cancel").disabled = false; $("run").disabled = true;
  showTab(resultTabs, "results");
  state.lastStatus = "Running…"; resetGrid([]); status("running…");
  const started = performance.now();
  let ok = true;
  try {
    const res = await api("POST", path, { ...body, query_id: qid });
    if (res.status === 409) {
      const p = await problem(res);
      if (p.confirm_required && await confirmDialog(p.detail, p.reasons || [])) {
        state.running = null;
        return streamRows(path, { ...body, confirmed: true }, sqlText);
      }
      state.lastStatus = "Not run."; renderGrid(); status("not run"); message("not run: " + (p.detail || p.title));
      return;
    }
    if (!res.ok) {
      const p = await problem(res);
      ok = false;
      state.lastStatus = `${p.title}: ${p.detail || ""}`; renderGrid();
      status(p.title); message(`${p.status} ${p.title}: ${p.detail || ""}`, true);
      return;
    }
    const reader = res.body.getReader(), decoder = new TextDecoder();
    let buf = "", summary = null, error = null;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buf += decoder.decode(value, { stream: true });
      let nl;
      while ((nl = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, nl); buf = buf.slice(nl + 1);
        if (!line.trim()) continue;
        const ev = JSON.parse(line);
        if (ev.type === "columns") resetGrid(ev.columns);
        else if (ev.type === "rows") { for (const r of ev.rows) state.rows.push(r); status(`${state.rows.length} rows…`); scheduleRender(); }
        else if (ev.type === "end") { summary = ev; if (!ev.returns_rows) message(ev.status || "done"); }
        else if (ev.type === "error") error = ev;
      }
    }
    const ms = Math.round(performance.now() - started);
    if (error) {
      ok = false;
      state.lastStatus = `${error.title}: ${error.detail}`; renderGrid();
      status(error.title); message(error.detail, true);
    } else if (summary) {
      const text = summary.returns_rows
        ? `${state.rows.length} row${state.rows.length === 1 ? "" : "s"}${summary.hidden ? ` (${summary.hidden} more not shown)` : ""} · ${ms} ms`
        : `${summary.status || "done"} · ${ms} ms`;
      if (!summary.returns_rows) { state.lastStatus = summary.status || "Done."; }
      status(text); measure(); renderGrid();
      if (summary.returns_rows) setDownloads(sqlText);
    }
  } catch (e) {
    ok = false; message(String(e), true); status("failed");
  } finally {
    state.running = null; $("cancel").disabled = true; $("run").disabled = false;
    if (!ok) showTab(resultTabs, "results");
    loadHistory();
  }
}
function runEditor() {
  closeCompletion(editor);
  const text = editorSql().trim();
  if (!text) return;
  state.lastSql = text;
  streamRows("/api/query", { sql: text, connection: state.conn, limit: Number($("limit").value) }, text);
}
async function cancel() {
  if (!state.running) return;
  await api("POST", `/api/queries/${state.running}/cancel`);
  message("cancel requested");
}
$("run").addEventListener("click", runEditor);
$("cancel").addEventListener("click", cancel);

function confirmDialog(text, reasons, lead = "This statement changes data: ", yes = "Run it") {
  return new Promise((resolve) => {
    $("confirm-text").textContent = lead + text;
    $("confirm-yes").textContent = yes;
    $("confirm-reasons").replaceChildren(...reasons.map((r) => { const li = document.createElement("li"); li.textContent = r; return li; }));
    $("confirm-dialog").hidden = false; $("confirm-no").focus();
    const done = (v) => { $("confirm-dialog").hidden = true; $("confirm-yes").onclick = $("confirm-no").onclick = null; resolve(v); editor.focus(); };
    $("confirm-yes").onclick = () => done(true);
    $("confirm-no").onclick = () => done(false);
    $("confirm-dialog").onkeydown = (ev) => { if (ev.key === "Escape") done(false); };
  });
}

// ------------------------------------------------------------------ explain: the Plan tab
// The API's normalised tree (the same for every engine), its hottest nodes and its lints, as the
// terminal shows them; the engine's own text stays below, collapsed.  Written with textContent only.
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function amount(v) {  // rows and loops as the terminal shows them
  if (v >= 1e7) return `${Math.round(v / 1e6)}M`;
  if (v >= 1e4) return `${Math.round(v / 1e3)}k`;
  return v >= 1 || v === 0 ? Math.round(v).toLocaleString("en-US") : String(Number(v.toPrecision(2)));
}
function num(v, digits) { return v.toLocaleString("en-US", { maximumFractionDigits: digits }); }
function pct(share) { return `${Math.round(share * 100)}%`; }

async function explain() {
  closeCompletion(editor);
  const text = editorSql().trim();
  if (!text || state.explaining) return;
  const analyze = $("analyze").checked, box = $("plan");
  state.explaining = true; $("explain").disabled = true;
  showTab(resultTabs, "plan");
  status(analyze ? "analyzing…" : "explaining…");
  try {
    let confirmed = false, res;
    for (;;) {
      res = await api("POST", "/api/explain", { sql: text, connection: state.conn, analyze, confirmed });
      if (res.status !== 409 || confirmed) break;
      const p = await problem(res);  // the write's own consent, as for running it
      const lead = analyze ? "Analyze runs this statement, in a transaction that is rolled back: " : undefined;
      if (!p.confirm_required || !await confirmDialog(p.detail, p.reasons || [], lead)) {
        box.replaceChildren(el("p", "plan-note", `Not run: ${p.detail || p.title}`));
        status("not run"); message("not run: " + (p.detail || p.title));
        return;
      }
      confirmed = true;
    }
    if (!res.ok) {
      const p = await problem(res);
      box.replaceChildren(el("p", "plan-note err", `${p.title}: ${p.detail || ""}`));
      status(p.title); message(`${p.status} ${p.title}: ${p.detail || ""}`, true);
      return;
    }
    const data = await res.json();
    box.replaceChildren(renderPlan(data));
    const lints = data.lints.length;
    status(`${data.analyzed ? "analyzed" : "plan"} · ${lints} lint${lints === 1 ? "" : "s"}`);
  } catch (e) {
    message(String(e), true); status("failed");
  } finally {
    state.explaining = false; $("explain").disabled = false;
  }
}
function renderPlan(data) {
  const wrap = el("div", "plan-view"), tree = data.tree;
  const head = el("div", "plan-head");
  head.append(el("strong", null, data.analyzed ? "Plan (analyzed)" : "Plan (estimated)"));
  if (tree && tree.planning_ms != null) head.append(el("span", "muted", `planning ${num(tree.planning_ms, 3)} ms`));
  if (tree && tree.execution_ms != null) head.append(el("span", "muted", `execution ${num(tree.execution_ms, 3)} ms`));
  if (data.connection) head.append(el("span", "muted", data.connection));
  wrap.append(head, renderLints(data.lints, !!tree));
  if (tree) wrap.append(renderPlanTree(tree, data.hottest, data.lints));
  const raw = el("details", "raw");
  raw.open = !tree;  // without a tree the engine's text is all there is
  raw.append(el("summary", null, "The engine's plan"), el("pre", null, data.text));
  wrap.append(raw);
  return wrap;
}
function renderLints(lints, linked) {
  const box = el("section", "lints");
  box.setAttribute("aria-label", "Lints");
  box.append(el("h3", null, lints.length ? `Lints (${lints.length})` : "No lints: nothing in this plan looks wrong."));
  if (!lints.length) return box;
  const list = el("ul", "lint-list");
  for (const x of lints) {
    const li = el("li", "lint");
    li.dataset.severity = x.severity;
    const row = el(x.node != null && linked ? "button" : "div", "lint-row");
    row.append(el("span", `sev sev-${x.severity}`, x.severity), el("code", "lint-code", x.code),
      el("span", "lint-msg", x.message));
    if (x.node != null) row.append(el("span", "lint-node", `node ${x.node}`));
    if (row.tagName === "BUTTON") {
      row.type = "button"; row.dataset.node = x.node;
      row.title = `Show node ${x.node} in the plan`;
      row.addEventListener("click", () => showNode(x.node));
    }
    li.append(row, el("div", "lint-hint", `hint: ${x.hint}`));
    list.append(li);
  }
  box.append(list);
  return box;
}
function renderPlanTree(tree, hottest, lints) {
  const hot = new Map(hottest.map((h) => [h.node, h]));
  const flagged = new Map();
  for (const x of lints) if (x.node != null) flagged.set(x.node, [...(flagged.get(x.node) || []), x]);
  const root = tree.root;
  const timed = root.time_ms != null && root.time_ms > 0;
  const whole = timed ? root.time_ms : root.cost || 0;
  const node = (n) => {
    const li = el("li", "node");
    li.setAttribute("role", "treeitem"); li.tabIndex = -1;
    li.dataset.path = n.path; li.id = `plan-node-${n.path.replace(/\./g, "-")}`;
    const line = el("div", "line");
    line.id = li.id + "-label"; li.setAttribute("aria-labelledby", line.id);
    const h = hot.get(n.path);
    if (h) {
      li.classList.add("hot");
      const badge = el("span", "hot-badge", `▶ ${pct(h.share)}`);
      badge.title = `hottest: ${pct(h.share)} of the plan's ${h.basis === "time" ? "time" : "estimated cost"}`;
      badge.setAttribute("aria-label", badge.title);
      line.append(badge);
    }
    let label = n.op;
    if (n.relation) label += ` on ${n.relation}` + (n.alias && n.alias !== n.relation ? ` ${n.alias}` : "");
    if (n.index) label += ` using ${n.index}`;
    line.append(el("span", "op", label));
    for (const x of flagged.get(n.path) || []) {
      const mark = el("span", `sev sev-${x.severity}`, x.code);
      mark.title = `${x.severity}: ${x.message}`;
      line.append(mark);
    }
    line.append(el("span", "path muted", `[${n.path}]`));
    const share = whole > 0 ? (timed ? n.time_ms : n.cost) / whole : null;
    if (share != null && !Number.isNaN(share)) {
      const bar = el("span", "bar");
      bar.style.width = Math.max(2, Math.round(120 * Math.min(1, share))) + "px";
      line.append(bar);
    }
    const figs = el("span", "cost");
    for (const f of figures(n)) figs.append(el("span", f.cls || "fig", f.text));
    line.append(figs);
    li.append(line);
    for (const [k, v] of details(n)) li.append(el("div", "detail", `${k}: ${v}`));
    if (n.children.length) {
      li.setAttribute("aria-expanded", "true");
      const ul = el("ul"); ul.setAttribute("role", "group");
      for (const c of n.children) ul.append(node(c));
      li.append(ul);
      line.addEventListener("click", () => expand(li, li.getAttribute("aria-expanded") !== "true"));
    }
    return li;
  };
  const ul = el("ul", "plan-tree");
  ul.setAttribute("role", "tree"); ul.setAttribute("aria-label", "Plan tree");
  const first = node(root);
  first.tabIndex = 0;
  ul.append(first);
  ul.addEventListener("keydown", treeKeys);
  ul.addEventListener("focusin", (ev) => {
    const li = ev.target.closest("li.node");
    if (li) for (const other of ul.querySelectorAll("li.node")) other.tabIndex = other === li ? 0 : -1;
  });
  return ul;
}
function figures(n) {
  const out = [];
  if (n.est_rows != null && n.actual_rows != null) {
    const off = Math.max(n.est_rows, n.actual_rows) / Math.max(Math.min(n.est_rows, n.actual_rows), 1) >= 10;
    out.push({ text: `rows ${amount(n.est_rows)} est. → ${amount(n.actual_rows)} actual`, cls: off ? "fig off" : "fig" });
  } else if (n.actual_rows != null) out.push({ text: `rows ${amount(n.actual_rows)}` });
  else if (n.est_rows != null) out.push({ text: `~${amount(n.est_rows)} rows` });
  if (n.loops != null && n.loops > 1) out.push({ text: `×${amount(n.loops)} loops` });
  if (n.time_ms != null) out.push({ text: `${num(n.time_ms, 3)} ms` });
  if (n.cost != null) out.push({ text: `cost ${n.startup_cost != null ? num(n.startup_cost, 2) + ".." : ""}${num(n.cost, 2)}` });
  if (n.shared_hit != null || n.shared_read != null) out.push({ text: `buffers hit ${n.shared_hit || 0} read ${n.shared_read || 0}` });
  if (n.temp_written) out.push({ text: `temp written ${amount(n.temp_written)}`, cls: "fig off" });
  if (n.spilled) out.push({ text: "spilled to disk", cls: "fig off" });
  if (n.width != null) out.push({ text: `width ${n.width}` });
  return out;
}
function details(n) {
  const out = [];
  if (n.join_type) out.push(["join", n.join_type]);
  if (n.condition) out.push(["cond", n.condition]);
  if (n.filter) out.push(["filter", n.filter]);
  if (n.rows_removed != null) out.push(["removed by filter", amount(n.rows_removed) + " rows"]);
  if (n.sort_keys && n.sort_keys.length) out.push(["sort", n.sort_keys.join(", ")]);
  return out;
}
function expand(li, open) {
  if (!li.hasAttribute("aria-expanded")) return;
  li.setAttribute("aria-expanded", String(open));
  li.querySelector(":scope > ul").hidden = !open;
}
function visibleNodes(tree) {
  return [...tree.querySelectorAll("li.node")].filter((li) => !li.parentElement.closest("[hidden]"));
}
function focusNode(li) { li.focus({ preventScroll: false }); }
function treeKeys(ev) {
  const li = ev.target.closest("li.node");
  if (!li) return;
  const nodes = visibleNodes(ev.currentTarget), i = nodes.indexOf(li);
  const open = li.getAttribute("aria-expanded");
  let next = null;
  if (ev.key === "ArrowDown") next = nodes[i + 1];
  else if (ev.key === "ArrowUp") next = nodes[i - 1];
  else if (ev.key === "Home") next = nodes[0];
  else if (ev.key === "End") next = nodes[nodes.length - 1];
  else if (ev.key === "ArrowRight" && open === "false") expand(li, true);
  else if (ev.key === "ArrowRight" && open === "true") next = nodes[i + 1];
  else if (ev.key === "ArrowLeft" && open === "true") expand(li, false);
  else if (ev.key === "ArrowLeft") next = li.parentElement.closest("li.node");
  else if (ev.key === "Enter" || ev.key === " ") { if (open) expand(li, open !== "true"); }
  else return;
  ev.preventDefault();
  if (next) focusNode(next);
}
function showNode(path) {
  const box = $("plan");
  const li = [...box.querySelectorAll("li.node")].find((n) => n.dataset.path === path);
  if (!li) return;
  for (let up = li.parentElement.closest("li.node"); up; up = up.parentElement.closest("li.node")) expand(up, true);
  for (const other of box.querySelectorAll("li.node[aria-selected]")) { other.removeAttribute("aria-selected"); other.classList.remove("target"); }
  li.setAttribute("aria-selected", "true"); li.classList.add("target");
  li.scrollIntoView({ block: "center" });
  li.focus({ preventScroll: true });
}
$("explain").addEventListener("click", () => explain());
// Ctrl-Shift-E outside the editor too (after ticking Analyze, from the plan itself)
document.addEventListener("keydown", (ev) => {
  if ((ev.ctrlKey || ev.metaKey) && ev.shiftKey && ev.key.toLowerCase() === "e" && !editor.dom.contains(ev.target)) {
    ev.preventDefault(); explain();
  }
});

// ------------------------------------------------------------------ ask
$("ask").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const question = $("question").value.trim();
  if (!question) return;
  $("ask-btn").disabled = true; status("asking…");
  try {
    const res = await api("POST", "/api/ask", { question, connection: state.conn });
    if (!res.ok) { const p = await problem(res); message(`${p.title}: ${p.detail || ""}`, true); status(p.title); return; }
    const a = await res.json();
    state.answer = a;
    $("answer").hidden = false;
    $("answer-sql").textContent = a.ok ? a.sql : "(no SQL)";
    $("risk").textContent = a.ok ? (a.risk || "unknown") : "failed";
    $("risk").className = "risk " + (a.ok ? (a.risk || "unknown") : "ddl");
    $("answer-expl").textContent = a.explanation || "";
    $("answer-note").textContent = !a.ok ? (a.error || "could not answer") : a.refused ? `would be refused: ${a.refused}`
      : a.needs_confirmation ? "This statement changes data. It runs only if you confirm." : "Nothing has run yet.";
    $("confirm").disabled = !a.ok || !!a.refused;
    status("answer ready");
    $("confirm").focus();
  } finally { $("ask-btn").disabled = false; }
});
$("confirm").addEventListener("click", () => {
  const a = state.answer;
  if (!a || !a.ok) return;
  $("confirm").disabled = true;
  $("answer-note").textContent = `Ran at ${new Date().toLocaleTimeString()}.`;
  state.lastSql = a.sql;
  streamRows("/api/ask/run", { ask_id: a.ask_id, confirmed: true }, a.sql);
});
$("to-editor").addEventListener("click", () => {
  const a = state.answer;
  if (!a || !a.sql) return;
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: a.sql } });
  $("answer").hidden = true; editor.focus();
});
$("dismiss").addEventListener("click", () => { $("answer").hidden = true; $("question").focus(); });

// ------------------------------------------------------------------ schema tree
function insertText(text) {
  const sel = editor.state.selection.main;
  editor.dispatch({ changes: { from: sel.from, to: sel.to, insert: text }, selection: { anchor: sel.from + text.length } });
  editor.focus();
}
function renderTree() {
  const filter = $("filter").value.toLowerCase();
  const tree = $("tree");
  const items = [];
  for (const tb of state.tables) {
    if (filter && !tb.qualified_name.toLowerCase().includes(filter)) continue;
    const li = document.createElement("li"); li.setAttribute("role", "treeitem"); li.setAttribute("aria-expanded", "false");
    const label = document.createElement("span"); label.tabIndex = 0;
    label.textContent = (li.ariaExpanded === "true" ? "▾ " : "▸ ") + tb.qualified_name;
    const kind = document.createElement("span"); kind.className = "kind"; kind.textContent = tb.kind === "table" ? "" : tb.kind;
    label.append(kind);
    const ul = document.createElement("ul"); ul.hidden = true; ul.setAttribute("role", "group");
    const fks = new Set(tb.foreign_keys.flatMap((f) => f.columns));
    for (const c of tb.columns) {
      const cli = document.createElement("li"); cli.setAttribute("role", "treeitem");
      const cs = document.createElement("span"); cs.tabIndex = 0; cs.textContent = c.name;
      const ty = document.createElement("span"); ty.className = "type"; ty.textContent = c.type + (c.nullable ? "" : " not null");
      cs.append(ty);
      if (tb.primary_key.includes(c.name)) { const k = document.createElement("span"); k.className = "key"; k.textContent = "PK"; cs.append(k); }
      if (fks.has(c.name)) { const k = document.createElement("span"); k.className = "key"; k.textContent = "FK"; cs.append(k); }
      cs.addEventListener("dblclick", () => insertText(c.name));
      cs.addEventListener("keydown", (ev) => { if (ev.key === "Enter") insertText(c.name); });
      cli.append(cs); ul.append(cli);
    }
    for (const ix of tb.indexes) {
      const cli = document.createElement("li");
      const cs = document.createElement("span"); cs.className = "muted"; cs.textContent = `index ${ix.name} (${ix.columns.join(", ")})${ix.unique ? " unique" : ""}`;
      cli.append(cs); ul.append(cli);
    }
    const toggle = () => {
      ul.hidden = !ul.hidden; li.setAttribute("aria-expanded", String(!ul.hidden));
      label.firstChild.textContent = (ul.hidden ? "▸ " : "▾ ") + tb.qualified_name;
    };
    label.addEventListener("click", toggle);
    label.addEventListener("dblclick", () => insertText(tb.qualified_name));
    label.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter") insertText(tb.qualified_name);
      else if (ev.key === "ArrowRight" && ul.hidden) toggle();
      else if (ev.key === "ArrowLeft" && !ul.hidden) toggle();
    });
    li.append(label, ul); items.push(li);
  }
  tree.replaceChildren(...items);
}
async function loadCatalog(refresh = false) {
  const params = new URLSearchParams({ connection: state.conn || "" });
  if (refresh) params.set("refresh", "true");
  const res = await api("GET", `/api/catalog/tables?${params}`);
  if (!res.ok) { const p = await problem(res); message(`catalog: ${p.detail || p.title}`, true); return; }
  const data = await res.json();
  state.tables = data.tables;
  renderTree();
  editor.dispatch({ effects: language.reconfigure(sqlConfig()) });
}
$("filter").addEventListener("input", renderTree);
$("refresh").addEventListener("click", () => loadCatalog(true));

// ------------------------------------------------------------------ history
async function loadHistory() {
  if ($("panel-history").hidden) return;
  const res = await api("GET", `/api/history?${new URLSearchParams({ connection: state.conn || "", limit: "100" })}`);
  if (!res.ok) return;
  const entries = await res.json();
  $("history").replaceChildren(...entries.map((e) => {
    const li = document.createElement("li"); li.tabIndex = 0;
    const s = document.createElement("div"); s.textContent = e.sql.length > 300 ? e.sql.slice(0, 300) + "…" : e.sql;
    const meta = document.createElement("div"); meta.className = "meta" + (e.status === "ok" ? "" : " error");
    meta.textContent = `${new Date(e.ts * 1000).toLocaleString()} · ${e.status}` +
      (e.duration_ms != null ? ` · ${e.duration_ms.toFixed(1)} ms` : "") + (e.rows != null ? ` · ${e.rows} rows` : "");
    li.append(s, meta);
    const load = () => { editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: e.sql } }); editor.focus(); };
    li.addEventListener("click", load);
    li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") load(); });
    return li;
  }));
}

// ------------------------------------------------------------------ the dashboard
// Health findings, the statements the engine recorded and the live activity of the current
// connection: GET /api/health/report, GET /api/slow and the server-sent GET /api/activity/stream.
// Nothing here runs a fix or decides who may cancel: a fix goes into the editor (never run), and
// cancel/terminate ask the server, whose policy refuses or asks for the consent the confirmation
// dialog gives.  Written with textContent only.
const dash = { es: null, gen: 0, events: 0, tps: [], last: null };
const SEVERITIES = ["critical", "warning", "info"];
const TPS_POINTS = 60;

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
  return q.toString();
}
function ms(v) { return v == null ? "" : v >= 1000 ? `${num(v / 1000, 2)} s` : `${num(v, v < 1 ? 3 : 1)} ms`; }
function secs(v) {
  if (v == null) return "";
  if (v >= 3600) return `${Math.floor(v / 3600)}h ${Math.floor((v % 3600) / 60)}m`;
  if (v >= 60) return `${Math.floor(v / 60)}m ${Math.floor(v % 60)}s`;
  return `${num(v, 1)} s`;
}
function button(text, title, onClick, cls, label) {
  const b = el("button", cls, text);
  b.type = "button";
  if (title) b.title = title;
  if (label) b.setAttribute("aria-label", label);  // starts with the visible text
  b.addEventListener("click", onClick);
  return b;
}
function note(text, error = false) { return el("p", "dash-note" + (error ? " err" : ""), text); }
function setEditor(text) {
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text }, selection: { anchor: 0 } });
}
function openDashboard() { loadHealth(); loadSlow(); startActivity(); }
// each panel's latest request: an answer to an older one (another order, another connection) is dropped
const asked = { health: 0, slow: 0 };
function closeDashboard() { stopActivity(); }

// -- health
async function loadHealth() {
  const body = $("health-body"), conn = state.conn, turn = ++asked.health;
  $("health-refresh").disabled = true; $("health-summary").textContent = "checking…";
  try {
    const res = await api("GET", `/api/health/report?${query({ connection: conn })}`);
    if (conn !== state.conn || turn !== asked.health) return;
    if (!res.ok) {
      const p = await problem(res);
      $("health-worst").hidden = true; $("health-summary").textContent = "";
      body.replaceChildren(note(`${p.title}: ${p.detail || ""}`, true));
      return;
    }
    const report = await res.json();
    if (turn === asked.health) renderHealth(report);
  } catch (e) {
    body.replaceChildren(note(String(e), true));
  } finally { $("health-refresh").disabled = false; }
}
function renderHealth(r) {
  const worst = $("health-worst");
  worst.hidden = false; worst.className = `sev sev-${r.worst}`; worst.textContent = r.worst;
  worst.title = `worst severity: ${r.worst}`;
  const skipped = r.checks.filter((c) => !c.ran).length;
  $("health-summary").textContent = `${r.checks.length} checks · ${r.findings.length} finding${r.findings.length === 1 ? "" : "s"}` +
    (skipped ? ` · ${skipped} could not run` : "");
  if (!r.findings.length) { $("health-body").replaceChildren(note("Nothing found: every check passed.")); return; }
  const groups = [];
  for (const sev of SEVERITIES) {
    const found = r.findings.filter((f) => f.severity === sev);
    if (!found.length) continue;
    const group = el("section", "sev-group");
    group.dataset.severity = sev;
    const title = el("h3", null);
    title.id = `health-${sev}`;
    title.append(el("span", `sev sev-${sev}`, sev), el("span", null, ` ${found.length} finding${found.length === 1 ? "" : "s"}`));
    group.setAttribute("aria-labelledby", title.id);
    const list = el("ul", "findings");
    for (const f of found) list.append(finding(f));
    group.append(title, list);
    groups.push(group);
  }
  $("health-body").replaceChildren(...groups);
}
function finding(f) {
  const li = el("li", "finding");
  li.dataset.check = f.check;
  const head = el("div", "finding-head");
  head.append(el("code", "check", f.check), el("span", "found", f.found));
  li.append(head, el("div", "why muted", f.why));
  if (f.fix) {
    const fix = el("div", "fix");
    const what = f.object || f.check;
    fix.append(el("pre", null, f.fix), button("Copy fix to editor", "Put this SQL into the editor (it does not run)", () => {
      setEditor(f.fix); editor.focus();
      status("fix copied into the editor; nothing ran"); message(`fix for ${what} copied into the editor`);
    }, "to-editor", `Copy fix to editor: ${what}`));
    li.append(fix);
  }
  return li;
}
$("health-refresh").addEventListener("click", loadHealth);

// -- slow queries
async function loadSlow() {
  const body = $("slow-body"), conn = state.conn, turn = ++asked.slow;
  $("slow-refresh").disabled = true; $("slow-summary").textContent = "reading…";
  try {
    const res = await api("GET", `/api/slow?${query({ connection: conn, order: $("slow-order").value, top: 20 })}`);
    if (conn !== state.conn || turn !== asked.slow) return;
    if (!res.ok) {
      const p = await problem(res);
      $("slow-summary").textContent = "";
      body.replaceChildren(note(`${p.title}: ${p.detail || ""}`, res.status !== 409));
      return;
    }
    const doc = await res.json();
    if (turn === asked.slow) renderSlow(doc);
  } catch (e) {
    body.replaceChildren(note(String(e), true));
  } finally { $("slow-refresh").disabled = false; }
}
function shellQuote(text) { return "'" + text.replace(/'/g, "'\\''") + "'"; }
function renderSlow(doc) {
  const n = doc.statements.length;
  $("slow-summary").textContent = `${n} statement${n === 1 ? "" : "s"} by ${$("slow-order").selectedOptions[0].textContent}`;
  if (!n) { $("slow-body").replaceChildren(note("No statement recorded for this database yet.")); return; }
  const table = el("table", "dash-table slow");
  table.setAttribute("aria-label", "Slow queries");
  const head = el("tr");
  for (const [text, cls] of [["Calls", "num"], ["Total", "num"], ["Mean", "num"], ["Rows", "num"], ["Query", "q"], ["", ""]]) {
    const th = el("th", cls, text); th.scope = "col"; head.append(th);
  }
  const thead = el("thead"); thead.append(head);
  const tbody = el("tbody");
  for (const s of doc.statements) {
    const tr = el("tr");
    tr.dataset.fingerprint = s.fingerprint;
    const flat = s.query.replace(/\s+/g, " ").trim();
    const q = el("td", "q"); const code = el("code", null, flat); code.title = s.query.slice(0, 4000); q.append(code);
    tr.append(el("td", "num", amount(s.calls)), el("td", "num", ms(s.total_ms)), el("td", "num", ms(s.mean_ms)),
      el("td", "num", amount(s.rows)), q);
    const acts = el("td", "acts");
    const plannable = s.next.startsWith("aishell explain");
    const ex = button("Explain", plannable ? "Show its plan in the Plan tab" : "It has placeholders: Advise fills them from the data",
      () => { setEditor(flat); explain(); });
    ex.disabled = !plannable;
    // the service's next step: advise --workload fills placeholders from the data; a plannable
    // statement is advised on as it is; anything else (DDL, settings) has nothing to index
    const advise = s.next.startsWith("aishell advise") ? s.next : plannable ? `aishell advise ${shellQuote(flat)}` : "";
    const adv = button("Advise", advise ? `Copy the command: ${advise}` : "Nothing to advise on: it reads no table",
      () => { copyText(advise); message(`copied: ${advise}`); });
    adv.disabled = !advise;
    acts.append(ex, adv);
    tr.append(acts);
    tbody.append(tr);
  }
  table.append(thead, tbody);
  $("slow-body").replaceChildren(table);
}
$("slow-refresh").addEventListener("click", loadSlow);
$("slow-order").addEventListener("change", loadSlow);

// -- activity: one snapshot, then the live stream while the dashboard shows
async function startActivity() {
  stopActivity();
  const gen = dash.gen, conn = state.conn;
  $("activity-status").textContent = "reading…";
  try {
    const res = await api("GET", `/api/activity?${query({ connection: conn })}`);
    if (gen !== dash.gen) return;
    if (!res.ok) {
      const p = await problem(res);
      $("activity-status").textContent = "";
      $("activity-body").replaceChildren(note(`${p.title}: ${p.detail || ""}`, true));
      return;
    }
    const snap = await res.json();
    dash.tps = [];
    renderActivity(snap);
    if (!snap.supported || !$("activity-live").checked || $("panel-dashboard").hidden) return;
    const es = new EventSource(`/api/activity/stream?${query({ connection: conn })}`);
    dash.es = es;
    es.onmessage = (ev) => {
      if (gen !== dash.gen) return;
      const data = JSON.parse(ev.data);
      if (data.type === "error") { $("activity-status").textContent = `${data.title}: ${data.detail} (reconnecting)`; return; }
      dash.events += 1;
      renderActivity(data);
    };
    es.onerror = () => {
      if (gen !== dash.gen) return;
      $("activity-status").textContent = es.readyState === EventSource.CLOSED ? "live view stopped" : "reconnecting…";
    };
  } catch (e) {
    $("activity-status").textContent = String(e);
  }
}
function stopActivity() {
  dash.gen += 1;
  if (dash.es) { dash.es.close(); dash.es = null; }
}
$("activity-live").addEventListener("change", () => { if (!$("panel-dashboard").hidden) startActivity(); });
// a page in the background does not keep a database connection busy
document.addEventListener("visibilitychange", () => {
  if (document.hidden) stopActivity();
  else if (!$("panel-dashboard").hidden) startActivity();
});

function renderActivity(snap) {
  dash.last = snap;
  const n = snap.sessions.length;
  $("activity-status").textContent = snap.supported
    ? `${n} session${n === 1 ? "" : "s"} · ${snap.engine}${snap.version ? " " + snap.version : ""} · ${new Date(snap.taken_at * 1000).toLocaleTimeString()}`
    : "";
  if (snap.rates && snap.rates.tps != null) {
    dash.tps.push(snap.rates.tps);
    if (dash.tps.length > TPS_POINTS) dash.tps.shift();
  }
  renderTps();
  if (!snap.supported) {
    $("activity-blocking").replaceChildren();
    $("activity-body").replaceChildren(note(snap.notes.join("; ") || `${snap.engine} has no sessions to list`));
    return;
  }
  // keep the focus on the same button or tree node across the redraw (a snapshot a second)
  const active = document.activeElement && document.activeElement.closest ? document.activeElement : null;
  const focusedBtn = active && active.closest("#activity-body [data-act]");
  const treeNode = active && active.closest("#activity-blocking li[data-pid]");
  $("activity-blocking").replaceChildren(...(snap.blocking.length ? [blockingTree(snap)] : []));
  $("activity-body").replaceChildren(sessionsTable(snap));
  const again = focusedBtn ? $("activity-body").querySelector(`[data-act="${focusedBtn.dataset.act}"][data-pid="${focusedBtn.dataset.pid}"]`)
    : treeNode ? $("activity-blocking").querySelector(`li[data-pid="${treeNode.dataset.pid}"]`) : null;
  if (again) {
    if (treeNode) for (const li of $("activity-blocking").querySelectorAll("li[data-pid]")) li.tabIndex = li === again ? 0 : -1;
    again.focus();
  }
}
function renderTps() {
  const box = $("tps"), values = dash.tps;
  if (!values.length) { box.replaceChildren(); box.setAttribute("aria-label", "Transactions per second: not measured yet"); return; }
  const w = 120, h = 22, top = Math.max(1, ...values);
  const svgNs = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("width", w); svg.setAttribute("height", h); svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  svg.setAttribute("aria-hidden", "true");
  const line = document.createElementNS(svgNs, "polyline");
  const step = w / (TPS_POINTS - 1), last = values.length - 1;  // the newest at the right edge
  line.setAttribute("points", values.map((v, i) => `${(w - (last - i) * step).toFixed(1)},${(h - 1 - (v / top) * (h - 2)).toFixed(1)}`).join(" "));
  svg.append(line);
  const now = values[values.length - 1];
  box.replaceChildren(svg, el("span", "tps-now", `${num(now, 1)} tps`));
  box.setAttribute("aria-label", `Transactions per second: ${num(now, 1)} now, at most ${num(top, 1)} in the last ${values.length} seconds`);
}
function sessionLabel(s) {
  return [`${s.id}`, s.state, s.application || s.user || "", s.query].filter(Boolean).join(" · ");
}
function blockingTree(snap) {
  const byId = new Map(snap.sessions.map((s) => [s.id, s]));
  const wrap = el("section", "blocking");
  wrap.setAttribute("aria-label", "Blocking");
  wrap.append(el("h3", null, `Blocking (${snap.blocking.length} chain${snap.blocking.length === 1 ? "" : "s"})`));
  const ul = el("ul", "block-tree");
  ul.setAttribute("role", "tree"); ul.setAttribute("aria-label", "Blocking tree");
  const seen = new Set();
  const node = (id) => {
    seen.add(id);
    const s = byId.get(id);
    const li = el("li", "node block-node");  // "node": the Plan tree's keys move through it
    li.setAttribute("role", "treeitem"); li.tabIndex = -1;
    li.dataset.pid = id;
    li.append(el("span", "block-label", s ? sessionLabel(s) : `${id}`));
    const waiting = snap.sessions.filter((w) => w.blocked_by.includes(id) && !seen.has(w.id));
    if (waiting.length) {
      li.setAttribute("aria-expanded", "true");
      const group = el("ul"); group.setAttribute("role", "group");
      for (const w of waiting) group.append(node(w.id));
      li.append(group);
    }
    return li;
  };
  for (const chain of snap.blocking) if (!seen.has(chain.root)) ul.append(node(chain.root));
  const first = ul.querySelector("li");
  if (first) first.tabIndex = 0;
  ul.addEventListener("keydown", treeKeys);
  ul.addEventListener("focusin", (ev) => {
    const li = ev.target.closest("li.node");
    if (li) for (const other of ul.querySelectorAll("li.node")) other.tabIndex = other === li ? 0 : -1;
  });
  wrap.append(ul);
  return wrap;
}
function sessionsTable(snap) {
  const acts = state.role !== "viewer";  // the server decides; a viewer's request would only be refused
  const table = el("table", "dash-table sessions");
  table.setAttribute("aria-label", "Sessions");
  const head = el("tr");
  const cols = ["PID", "User", "Application", "Client", "State", "Wait", "Time", "Query"];
  if (acts) cols.push("");
  for (const c of cols) { const th = el("th", c === "Time" || c === "PID" ? "num" : null, c); th.scope = "col"; head.append(th); }
  const thead = el("thead"); thead.append(head);
  const tbody = el("tbody");
  for (const s of snap.sessions) {
    const tr = el("tr", "state-" + s.state.replace(/[^a-z]+/gi, "-"));
    tr.dataset.pid = s.id;
    if (s.blocked_by.length) tr.classList.add("blocked");
    const q = el("td", "q"); const code = el("code", null, s.query); code.title = s.query; q.append(code);
    const wait = s.blocked_by.length ? `blocked by ${s.blocked_by.join(", ")}` : (s.wait || "");
    tr.append(el("td", "num", s.id), el("td", null, s.user || ""), el("td", null, s.application || ""),
      el("td", null, s.client || ""), el("td", "state", s.state), el("td", null, wait), el("td", "num", secs(s.duration_s)), q);
    if (acts) {
      const cell = el("td", "acts");
      const cancelBtn = button("Cancel", `Cancel the running statement of session ${s.id} (asks first)`,
        () => actOn(s.id, "cancel"), null, `Cancel session ${s.id}'s statement`);
      const endBtn = button("Terminate", `End session ${s.id}: its connection closes (asks first)`,
        () => actOn(s.id, "terminate"), "danger-text", `Terminate session ${s.id}`);
      for (const [b, act] of [[cancelBtn, "cancel"], [endBtn, "terminate"]]) { b.dataset.act = act; b.dataset.pid = s.id; }
      cell.append(cancelBtn, endBtn);
      tr.append(cell);
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
  return table;
}
async function actOn(pid, action) {
  const lead = action === "cancel" ? `Cancel the running statement of session ${pid}? ` : `End session ${pid}? `;
  let confirmed = false;
  try {
    for (;;) {
      const res = await api("POST", `/api/activity/${pid}/${action}`, { connection: state.conn, confirmed });
      if (res.status === 409 && !confirmed) {
        const p = await problem(res);
        if (p.confirm_required && await confirmDialog(p.detail || "", p.reasons || [], lead,
          action === "cancel" ? "Cancel the statement" : "End the session")) { confirmed = true; continue; }
        message(`${action} of session ${pid} not sent`);
        return;
      }
      if (!res.ok) {
        const p = await problem(res);
        message(`${p.status} ${p.title}: ${p.detail || ""}`, true); status(p.title);
        $("activity-status").textContent = `${p.title}: ${p.detail || ""}`;
        return;
      }
      message(action === "cancel" ? `cancel sent to session ${pid}` : `session ${pid} ended`);
      status(action === "cancel" ? `session ${pid}: cancel sent` : `session ${pid} ended`);
      return;
    }
  } catch (e) { message(String(e), true); }
}

// ------------------------------------------------------------------ start
$("logout").addEventListener("click", async () => { await api("POST", "/api/logout"); window.location.href = "/login"; });
$("conn").addEventListener("change", () => {
  const opt = $("conn").selectedOptions[0];
  state.conn = opt.value; state.engine = opt.dataset.engine;
  loadCatalog(); loadHistory();
  if (!$("panel-dashboard").hidden) openDashboard();
});
async function start() {
  const me = await (await api("GET", "/api/me")).json();
  state.csrf = me.csrf; state.role = me.role;
  $("role").textContent = `${me.name} · ${me.role}`;
  document.body.dataset.role = me.role;
  const conns = await (await api("GET", "/api/connections")).json();
  $("conn").replaceChildren(...conns.map((c) => {
    const o = document.createElement("option"); o.value = c.name; o.dataset.engine = c.engine;
    o.textContent = `${c.name} (${c.engine})`; return o;
  }));
  if (conns.length) { state.conn = conns[0].name; state.engine = conns[0].engine; }
  renderGrid();
  await loadCatalog();
  editor.focus();
}
start();
window.aishell = { state, editor, dash };
