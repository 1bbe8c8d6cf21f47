// wb coding widget: a thin view. All logic lives in the Python session object.
// Offsets from Python are code points; JS strings are UTF-16, so text is handled as arrays of
// code points (Array.from) throughout.

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

function segments(chars, codings, suggestions) {
  const cuts = new Set([0, chars.length]);
  for (const c of codings) { cuts.add(c.start); cuts.add(c.end); }
  for (const s of suggestions) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= chars.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    out.push({
      start: a,
      end: b,
      text: chars.slice(a, b).join(""),
      codings: codings.filter((c) => c.start <= a && c.end >= b),
      suggestions: suggestions.filter((s) => s.start <= a && s.end >= b),
    });
  }
  return out;
}

function offsetIn(node, offset) {
  // Code-point offset in the document of a DOM (node, UTF-16 offset) selection end.
  let span = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  while (span && !span.dataset?.s) span = span.parentElement;
  if (!span) return null;
  const before = (span.textContent || "").slice(0, offset);
  return parseInt(span.dataset.s, 10) + Array.from(before).length;
}

function render({ model, el: root }) {
  // The widget is built once; draw() updates its parts in place, so the text pane keeps its
  // scroll position and the text selection, and a memo being typed is not wiped.
  let selected = null; // {kind: "coding"|"suggestion", id|key}
  let chosenCode = null;
  let query = "";
  let pending = null; // the last text selection in the document pane, as code-point offsets
  let shown = { doc: null, spans: null, docs: null, codes: null };
  let textChars = { path: null, chars: [] }; // the document's code points, for the selection info

  const send = (msg) => model.send(msg);
  const current = () => model.get("state") || {};
  const step = (delta) => {
    const st = current();
    if (!st.document) return;
    const index = Math.max(0, Math.min(st.documents.length - 1, st.document.index + delta));
    if (index !== st.document.index) { selected = null; drawPanel(st); send({ action: "open", index }); }
  };

  const docSelect = el("select", { class: "wb-doc-select", "aria-label": "Document",
    onchange: (e) => { selected = null; send({ action: "open", index: parseInt(e.target.value, 10) }); } });
  const coderLabel = el("span", { class: "wb-coder" });
  const undoButton = el("button", { class: "wb-undo", title: "Ongedaan maken (z)",
    onclick: () => send({ action: "undo" }) }, "↶ Ongedaan maken");
  // "Document klaar": the coder coded this document fully; wb learns from it whole.
  const doneButton = el("button", { class: "wb-done",
    onclick: () => { selected = null; send({ action: doneButton.dataset.done === "1" ? "reopen" : "done" }); } },
    "✓ Document klaar");
  const header = el("div", { class: "wb-header" }, coderLabel,
    el("button", { class: "wb-prev", title: "Vorig document (p)", "aria-label": "Vorig document",
      onclick: () => step(-1) }, "◀"),
    docSelect,
    el("button", { class: "wb-next", title: "Volgend document (n)", "aria-label": "Volgend document",
      onclick: () => step(1) }, "▶"),
    doneButton, undoButton);
  const textPane = el("div", { class: "wb-text", "aria-label": "Documenttekst" });
  const search = el("input", { class: "wb-code-search", type: "search", placeholder: "Zoek een code…",
    "aria-label": "Zoek een code" });
  const list = el("ul", { class: "wb-code-list", role: "listbox", "aria-label": "Codes" });
  const chosenInfo = el("div", { class: "wb-chosen-code" });
  const selectionInfo = el("div", { class: "wb-selection" });
  const codeButton = el("button", { class: "wb-code-selection", title: "Codeer de geselecteerde tekst (c)",
    onclick: () => codeSelection() }, "Codeer selectie");
  const panel = el("div", { class: "wb-panel-slot" });
  const side = el("div", { class: "wb-side" },
    el("div", { class: "wb-label" }, "Codes"), search, list, chosenInfo, selectionInfo, codeButton, panel);
  const status = el("div", { class: "wb-status", role: "status" });
  const learning = el("div", { class: "wb-learning" });
  const legend = el("div", { class: "wb-legend" });
  const box = el("div", { class: "wb-coding", tabindex: "0" },
    header, el("div", { class: "wb-main" }, textPane, side), status, learning, legend);
  root.append(box);

  function currentSelection() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return pending;
    const r = sel.getRangeAt(0);
    if (!textPane.contains(r.startContainer) || !textPane.contains(r.endContainer)) return pending;
    const a = offsetIn(r.startContainer, r.startOffset);
    const b = offsetIn(r.endContainer, r.endOffset);
    return a === null || b === null ? null : { start: Math.min(a, b), end: Math.max(a, b) };
  }

  function selectedItem(st) {
    if (!selected) return null;
    if (selected.kind === "coding") return (st.codings || []).find((c) => c.id === selected.id) || null;
    return (st.suggestions || []).find((s) => s.key === selected.key) || null;
  }

  function restoreSelection(range) {
    // Put the text selection back after the spans were rebuilt.
    const locate = (pos) => {
      for (const span of textPane.children) {
        const a = parseInt(span.dataset.s, 10), len = Array.from(span.textContent).length;
        if (pos >= a && pos <= a + len && span.firstChild) {
          return [span.firstChild, Array.from(span.textContent).slice(0, pos - a).join("").length];
        }
      }
      return null;
    };
    const from = locate(range.start), to = locate(range.end);
    if (!from || !to) return;
    const r = document.createRange();
    r.setStart(...from);
    r.setEnd(...to);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(r);
  }

  function drawHeader(st) {
    coderLabel.textContent = `Codeur: ${st.coder}`;
    const done = new Set(st.done || []);
    const docs = JSON.stringify([st.documents, [...done]]);
    if (docs !== shown.docs) {
      docSelect.replaceChildren(...st.documents.map((p, i) =>
        el("option", { value: String(i) }, done.has(i) ? `✓ ${p}` : p)));
      shown.docs = docs;
    }
    docSelect.value = String(st.document.index);
    undoButton.disabled = !st.can_undo;
    const isDone = done.has(st.document.index);
    doneButton.dataset.done = isDone ? "1" : "0";
    doneButton.textContent = isDone ? "Document weer openen" : "✓ Document klaar";
    doneButton.title = isDone
      ? "Dit document is klaar gemeld; open het weer om verder te coderen"
      : "Meld dat u dit document helemaal hebt gecodeerd: wb leert ervan voor de andere documenten";
  }

  function drawText(st, newDoc) {
    const key = JSON.stringify([st.document.path, st.codings.map((c) => [c.id, c.start, c.end, c.code, c.color]),
      st.suggestions.map((s) => [s.key, s.color])]);
    if (key === shown.spans) return;
    shown.spans = key;
    const top = textPane.scrollTop;
    const chars = Array.from(st.document.text);
    const spans = [];
    for (const seg of segments(chars, st.codings, st.suggestions)) {
      const span = el("span", { "data-s": String(seg.start) }, seg.text);
      span.seg = seg;
      if (seg.codings.length) {
        const c = seg.codings[seg.codings.length - 1];
        span.style.backgroundColor = c.color + "55";
        span.classList.add("wb-coded");
        span.title = seg.codings.map((x) => x.code).join(", ");
      }
      if (seg.suggestions.length) {
        const s = seg.suggestions[0];
        span.style.borderBottom = `2px dashed ${s.color}`;
        span.classList.add("wb-suggested");
        span.title = (span.title ? span.title + " | " : "") + "suggestie: " + seg.suggestions.map((x) => x.code).join(", ");
      }
      span.addEventListener("click", () => {
        if (!window.getSelection().isCollapsed) return;
        if (seg.codings.length) selected = { kind: "coding", id: seg.codings[seg.codings.length - 1].id };
        else if (seg.suggestions.length) selected = { kind: "suggestion", key: seg.suggestions[0].key };
        else selected = null;
        markSelected(current());
        drawPanel(current());
      });
      spans.push(span);
    }
    textPane.replaceChildren(...spans);
    textPane.scrollTop = newDoc ? 0 : top;
    if (pending && !newDoc) restoreSelection(pending);
  }

  function markSelected(st) {
    const item = selectedItem(st);
    for (const span of textPane.children) {
      const seg = span.seg;
      const on = !!item && item.start <= seg.start && item.end >= seg.end &&
        (selected.kind === "coding" ? seg.codings.some((c) => c.id === item.id)
          : seg.suggestions.some((s) => s.key === item.key));
      span.classList.toggle("wb-selected", on);
    }
  }

  function drawCodes(st) {
    const key = JSON.stringify([st.codes, query]);
    if (key !== shown.codes) {
      shown.codes = key;
      list.replaceChildren();
      for (const c of st.codes.filter((c) => c.path.toLowerCase().includes(query.toLowerCase()))) {
        const depth = c.path.split("/").length - 1;
        const li = el("li", { role: "option", "data-code": c.path,
          onclick: () => { chosenCode = c.path; drawCodes(current()); } },
          el("span", { class: "wb-swatch" }), c.path.split("/").pop());
        li.style.paddingLeft = `${0.4 + depth * 1.1}em`;
        li.querySelector(".wb-swatch").style.backgroundColor = c.color;
        li.title = c.path;
        list.append(li);
      }
    }
    for (const li of list.children) {
      const on = li.dataset.code === chosenCode;
      li.classList.toggle("wb-chosen", on);
      li.setAttribute("aria-selected", on ? "true" : "false");
    }
    chosenInfo.textContent = chosenCode ? `Gekozen: ${chosenCode}` : "Kies een code in de lijst";
  }

  function drawPanel(st) {
    const item = selectedItem(st);
    if (!item) {
      selected = null;
      if (panel.dataset.item) { panel.replaceChildren(); delete panel.dataset.item; }
      return;
    }
    const id = selected.kind === "coding" ? `c${item.id}` : `s${item.key}`;
    if (panel.dataset.item === id) {
      // Same item: update what may have changed, keep what the user is typing.
      const quote = panel.querySelector(".wb-quote");
      if (quote) quote.textContent = excerpt(item.text);
      return;
    }
    panel.dataset.item = id;
    if (selected.kind === "suggestion") {
      const s = item;
      panel.replaceChildren(el("div", { class: "wb-panel" },
        el("div", { class: "wb-label" }, `Suggestie: ${s.code}`),
        el("div", { class: "wb-rule" }, `Waarom: ${s.reason || s.rule}`),
        el("div", { class: "wb-score" }, `Score: ${Number(s.score).toFixed(2).replace(".", ",")} (1 = een patroon uit het codeboek)`),
        el("button", { class: "wb-accept", onclick: () => accept(s.key) }, "Accepteren (a)"),
        el("button", { class: "wb-reject", onclick: () => reject(s.key) }, "Afwijzen (r)"),
        el("button", { class: "wb-adjust", title: "Selecteer eerst de nieuwe grenzen in de tekst",
          onclick: () => { const r = currentSelection(); if (r) { send({ action: "adjust", key: s.key, ...r }); selected = null; pending = null; } } },
          "Grenzen = selectie")));
    } else {
      const c = item;
      const memoId = `wb-memo-${c.id}-${Math.random().toString(36).slice(2, 8)}`;
      const memo = el("textarea", { class: "wb-memo", rows: "4", id: memoId, placeholder: "Memo bij deze codering" });
      memo.value = c.memo || "";
      panel.replaceChildren(el("div", { class: "wb-panel" },
        el("div", { class: "wb-label" }, `Codering: ${c.code}`),
        el("div", { class: "wb-quote" }, excerpt(c.text)),
        el("label", { class: "wb-memo-label", for: memoId }, "Memo"),
        memo,
        el("button", { class: "wb-save-memo", onclick: () => send({ action: "memo", id: c.id, text: memo.value }) }, "Memo opslaan"),
        el("button", { class: "wb-resize", title: "Selecteer eerst de nieuwe grenzen in de tekst",
          onclick: () => { const r = currentSelection(); if (r) { send({ action: "resize", id: c.id, ...r }); pending = null; } } }, "Grenzen = selectie"),
        el("button", { class: "wb-delete", onclick: () => { selected = null; send({ action: "delete", id: c.id }); } }, "Verwijderen")));
    }
  }

  const shorten = (text, most) => {
    // Whole words from both ends, "…" between them, at most about `most` characters.
    if (Array.from(text).length <= most) return text;
    const words = text.split(" "), half = Math.floor((most - 3) / 2);
    const head = [], tail = [];
    for (const w of words) { if ([...head, w].join(" ").length > half) break; head.push(w); }
    for (const w of [...words].reverse()) { if ([w, ...tail].join(" ").length > half) break; tail.unshift(w); }
    if (!head.length || !tail.length) {
      const chars = Array.from(text);
      return chars.slice(0, half).join("") + "…" + chars.slice(-half).join("");
    }
    return head.join(" ") + " … " + tail.join(" ");
  };
  const excerpt = (text) => (text.length > 160 ? text.slice(0, 160) + "…" : text);
  const accept = (key) => { selected = null; send({ action: "accept", key }); };
  const reject = (key) => { selected = null; send({ action: "reject", key }); };

  function codeSelection() {
    const r = currentSelection();
    if (!r) { status.textContent = "Selecteer eerst tekst in het document."; return; }
    if (!chosenCode) { status.textContent = "Kies eerst een code in de lijst."; return; }
    send({ action: "code", code: chosenCode, ...r });
    pending = null;
    window.getSelection().removeAllRanges();
  }

  function drawSelectionInfo() {
    // The selected words, shortened in the middle; the offsets stay internal.
    const st = current();
    if (!pending || !st.document) { selectionInfo.textContent = "Selecteer tekst in het document"; return; }
    if (textChars.path !== st.document.path) textChars = { path: st.document.path, chars: Array.from(st.document.text) };
    const words = textChars.chars.slice(pending.start, pending.end).join("").split(/\s+/).join(" ").trim();
    selectionInfo.textContent = `Selectie: «${shorten(words, 80)}»`;
  }

  function draw() {
    const st = current();
    if (!st.document) return;
    const newDoc = st.document.path !== shown.doc;
    if (newDoc) { selected = null; pending = null; shown.doc = st.document.path; }
    drawHeader(st);
    drawText(st, newDoc);
    markSelected(st);
    drawCodes(st);
    drawSelectionInfo();
    drawPanel(st);
    status.textContent = model.get("message") || "";
    learning.textContent = st.learning || "";
    const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
    legend.textContent = `${count(st.codings.length, "codering", "coderingen")}, ` +
      `${count(st.suggestions.length, "open suggestie", "open suggesties")} · ` +
      "sneltoetsen: c codeer, a accepteer, r wijs af, z ongedaan, n/p volgend/vorig";
  }

  search.addEventListener("input", (e) => { query = e.target.value; drawCodes(current()); });

  box.addEventListener("keydown", (e) => {
    if (e.target.tagName === "INPUT" || e.target.tagName === "TEXTAREA" || e.target.tagName === "SELECT") return;
    const sel = selected && selected.kind === "suggestion" ? selectedItem(current()) : null;
    if (e.key === "c") codeSelection();
    else if (e.key === "a" && sel) accept(sel.key);
    else if (e.key === "r" && sel) reject(sel.key);
    else if (e.key === "z" || (e.key === "Z" && e.ctrlKey)) send({ action: "undo" });
    else if (e.key === "n") step(1);
    else if (e.key === "p") step(-1);
    else if (e.key === "/") { e.preventDefault(); search.focus(); }
    else return;
    e.preventDefault();
  });

  const onSelectionChange = () => {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const r = sel.getRangeAt(0);
    if (!textPane.contains(r.startContainer) || !textPane.contains(r.endContainer)) return;
    const a = offsetIn(r.startContainer, r.startOffset);
    const b = offsetIn(r.endContainer, r.endOffset);
    if (a !== null && b !== null && a !== b) {
      pending = { start: Math.min(a, b), end: Math.max(a, b) };
      drawSelectionInfo();
    }
  };
  document.addEventListener("selectionchange", onSelectionChange);
  // Buttons keep the text selection: a mousedown on them would otherwise clear it.
  box.addEventListener("mousedown", (e) => { if (e.target.closest("button")) e.preventDefault(); });

  model.on("change:state", draw);
  model.on("change:message", () => { status.textContent = model.get("message") || ""; });
  draw();
  return () => document.removeEventListener("selectionchange", onSelectionChange);
}

export default { render };
