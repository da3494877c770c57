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
  sortCol: -1, sortDir: 1, selected: -1, running: null, lastSql: "", answer: null, tables: [] };

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
    grid.innerHTML = `<div class="empty">${state.lastStatus || "Run a query to see rows here."}</div>`;
    return;
  }
  if (!widths.length && state.rows.length) measure();
  const w = widths.length ? widths : state.columns.map(() => 120);
  const total = state.rows.length;
  let head = grid.querySelector(".head"), body = grid.querySelector(".body");
  if (!head || head.dataset.cols !== String(state.columns.length) + ":" + w.join(",") + ":" + state.sortCol + state.sortDir) {
    grid.innerHTML = "";
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

function confirmDialog(text, reasons) {
  return new Promise((resolve) => {
    $("confirm-text").textContent = "This statement changes data: " + text;
    $("confirm-reasons").replaceChildren(...reasons.map((r) => { const li = document.createElement("li"); li.textContent = r; return li; }));
    $("confirm-dialog").hidden = false; $("confirm-no").focus();
    const done = (v) => { $("confirm-dialog").hidden = true; $("confirm-yes").onclick = $("confirm-no").onclick = null; resolve(v); editor.focus(); };
    $("confirm-yes").onclick = () => done(true);
    $("confirm-no").onclick = () => done(false);
    $("confirm-dialog").onkeydown = (ev) => { if (ev.key === "Escape") done(false); };
  });
}

// ------------------------------------------------------------------ explain
async function explain() {
  closeCompletion(editor);
  const text = editorSql().trim();
  if (!text) return;
  const res = await api("POST", "/api/explain", { sql: text, connection: state.conn });
  const box = $("plan");
  showTab(resultTabs, "plan");
  if (!res.ok) { const p = await problem(res); box.innerHTML = ""; box.textContent = `${p.title}: ${p.detail || ""}`; return; }
  const data = await res.json();
  box.replaceChildren(renderPlan(data));
}
function renderPlan(data) {
  const wrap = document.createElement("div");
  const plan = data.plan;
  if (plan && plan.Plan) {
    const max = plan.Plan["Total Cost"] || 1;
    const node = (p) => {
      const li = document.createElement("li"); li.className = "node";
      const op = document.createElement("span"); op.className = "op";
      op.textContent = p["Node Type"] + (p["Relation Name"] ? ` on ${p["Relation Name"]}` : "") + (p["Index Name"] ? ` using ${p["Index Name"]}` : "");
      const cost = document.createElement("span"); cost.className = "cost";
      cost.textContent = `cost ${p["Startup Cost"]}..${p["Total Cost"]} rows ${p["Plan Rows"]} width ${p["Plan Width"]}`;
      const bar = document.createElement("span"); bar.className = "bar";
      bar.style.width = Math.max(2, Math.round(120 * (p["Total Cost"] || 0) / max)) + "px";
      li.append(op, bar, cost);
      const extra = ["Filter", "Index Cond", "Hash Cond", "Join Filter", "Sort Key", "Group Key"].filter((k) => p[k]);
      for (const k of extra) { const d = document.createElement("div"); d.className = "cost"; d.textContent = `${k}: ${p[k]}`; li.append(d); }
      if (p.Plans) { const ul = document.createElement("ul"); for (const c of p.Plans) ul.append(node(c)); li.append(ul); }
      return li;
    };
    const ul = document.createElement("ul"); ul.append(node(plan.Plan)); wrap.append(ul);
  } else if (Array.isArray(plan) && plan.length && "detail" in plan[0]) {
    const node = (p) => {
      const li = document.createElement("li"); li.className = "node";
      const op = document.createElement("span"); op.className = "op"; op.textContent = p.detail; li.append(op);
      if (p.children && p.children.length) { const ul = document.createElement("ul"); for (const c of p.children) ul.append(node(c)); li.append(ul); }
      return li;
    };
    const ul = document.createElement("ul"); for (const p of plan) ul.append(node(p)); wrap.append(ul);
  }
  const pre = document.createElement("pre"); pre.textContent = data.text; wrap.append(pre);
  return wrap;
}
$("explain").addEventListener("click", explain);

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

// ------------------------------------------------------------------ start
$("logout").addEventListener("click", async () => { await api("POST", "/api/logout"); window.location.href = "/login"; });
$("conn").addEventListener("change", () => {
  const opt = $("conn").selectedOptions[0];
  state.conn = opt.value; state.engine = opt.dataset.engine;
  loadCatalog(); loadHistory();
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
window.aishell = { state, editor };
