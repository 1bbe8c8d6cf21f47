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
  let selected = null; // {kind: "coding"|"suggestion", item}
  let chosenCode = null;
  let query = "";
  let pending = null; // the last text selection in the document pane, as code-point offsets
  const box = el("div", { class: "wb-coding", tabindex: "0" });
  root.append(box);

  const send = (msg) => model.send(msg);

  function currentSelection(textPane) {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return pending;
    const r = sel.getRangeAt(0);
    if (!textPane.contains(r.startContainer) || !textPane.contains(r.endContainer)) return pending;
    const a = offsetIn(r.startContainer, r.startOffset);
    const b = offsetIn(r.endContainer, r.endOffset);
    return a === null || b === null ? null : { start: Math.min(a, b), end: Math.max(a, b) };
  }

  function draw() {
    const st = model.get("state") || {};
    if (!st.document) return;
    const chars = Array.from(st.document.text);
    box.replaceChildren();

    const docSelect = el("select", { class: "wb-doc-select", "aria-label": "Document",
      onchange: (e) => { selected = null; send({ action: "open", index: parseInt(e.target.value, 10) }); } });
    st.documents.forEach((p, i) => {
      const o = el("option", { value: String(i) }, p);
      if (i === st.document.index) o.selected = true;
      docSelect.append(o);
    });
    const header = el("div", { class: "wb-header" },
      el("span", { class: "wb-coder" }, `Codeur: ${st.coder}`),
      el("button", { class: "wb-prev", title: "Vorig document (p)",
        onclick: () => send({ action: "open", index: Math.max(0, st.document.index - 1) }) }, "◀"),
      docSelect,
      el("button", { class: "wb-next", title: "Volgend document (n)",
        onclick: () => send({ action: "open", index: Math.min(st.documents.length - 1, st.document.index + 1) }) }, "▶"),
      el("button", { class: "wb-undo", title: "Ongedaan maken (z)",
        onclick: () => send({ action: "undo" }) }, "↶ Ongedaan maken"),
    );
    header.querySelector(".wb-undo").disabled = !st.can_undo;

    const textPane = el("div", { class: "wb-text", "aria-label": "Documenttekst" });
    for (const seg of segments(chars, st.codings, st.suggestions)) {
      const span = el("span", { "data-s": String(seg.start) }, seg.text);
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
      if (selected && selected.item.start <= seg.start && selected.item.end >= seg.end &&
          (selected.kind === "coding" ? seg.codings : seg.suggestions).some((x) => x === selected.item || (x.key && x.key === selected.item.key) || (x.id && x.id === selected.item.id))) {
        span.classList.add("wb-selected");
      }
      span.addEventListener("click", () => {
        if (!window.getSelection().isCollapsed) return;
        if (seg.codings.length) selected = { kind: "coding", item: seg.codings[seg.codings.length - 1] };
        else if (seg.suggestions.length) selected = { kind: "suggestion", item: seg.suggestions[0] };
        else selected = null;
        draw();
      });
      textPane.append(span);
    }

    const search = el("input", { class: "wb-code-search", type: "search", placeholder: "Zoek een code…", value: query });
    const list = el("ul", { class: "wb-code-list", role: "listbox" });
    const fill = () => {
      list.replaceChildren();
      for (const c of st.codes.filter((c) => c.path.toLowerCase().includes(query.toLowerCase()))) {
        const depth = c.path.split("/").length - 1;
        const li = el("li", { role: "option", "data-code": c.path,
          class: c.path === chosenCode ? "wb-chosen" : "",
          onclick: () => { chosenCode = c.path; draw(); } },
          el("span", { class: "wb-swatch" }), c.path.split("/").pop());
        li.style.paddingLeft = `${0.4 + depth * 1.1}em`;
        li.querySelector(".wb-swatch").style.backgroundColor = c.color;
        li.title = c.path;
        list.append(li);
      }
    };
    search.addEventListener("input", (e) => { query = e.target.value; fill(); });
    fill();

    const codeButton = el("button", { class: "wb-code-selection", title: "Codeer de geselecteerde tekst (c)",
      onclick: () => codeSelection() }, "Codeer selectie");

    const side = el("div", { class: "wb-side" },
      el("div", { class: "wb-label" }, "Codes"), search, list,
      el("div", { class: "wb-chosen-code" }, chosenCode ? `Gekozen: ${chosenCode}` : "Kies een code in de lijst"),
      el("div", { class: "wb-selection" }, pending ? `Selectie: teken ${pending.start}–${pending.end}` : "Selecteer tekst in het document"),
      codeButton);

    if (selected && selected.kind === "suggestion") {
      const s = selected.item;
      side.append(el("div", { class: "wb-panel" },
        el("div", { class: "wb-label" }, `Suggestie: ${s.code}`),
        el("div", { class: "wb-rule" }, `patroon: ${s.rule}`),
        el("button", { class: "wb-accept", onclick: () => { send({ action: "accept", key: s.key }); selected = null; } }, "Accepteren (a)"),
        el("button", { class: "wb-reject", onclick: () => { send({ action: "reject", key: s.key }); selected = null; } }, "Afwijzen (r)"),
        el("button", { class: "wb-adjust", title: "Selecteer eerst de nieuwe grenzen in de tekst",
          onclick: () => { const r = currentSelection(textPane); if (r) { send({ action: "adjust", key: s.key, ...r }); selected = null; } } },
          "Grenzen = selectie")));
    } else if (selected && selected.kind === "coding") {
      const c = selected.item;
      const memo = el("textarea", { class: "wb-memo", rows: "4", placeholder: "Memo bij deze codering" });
      memo.value = c.memo || "";
      side.append(el("div", { class: "wb-panel" },
        el("div", { class: "wb-label" }, `Codering: ${c.code}`),
        el("div", { class: "wb-quote" }, c.text.length > 160 ? c.text.slice(0, 160) + "…" : c.text),
        memo,
        el("button", { class: "wb-save-memo", onclick: () => send({ action: "memo", id: c.id, text: memo.value }) }, "Memo opslaan"),
        el("button", { class: "wb-resize", title: "Selecteer eerst de nieuwe grenzen in de tekst",
          onclick: () => { const r = currentSelection(textPane); if (r) send({ action: "resize", id: c.id, ...r }); } }, "Grenzen = selectie"),
        el("button", { class: "wb-delete", onclick: () => { send({ action: "delete", id: c.id }); selected = null; } }, "Verwijderen")));
    }

    function codeSelection() {
      const r = currentSelection(textPane);
      if (!r) { status.textContent = "Selecteer eerst tekst in het document."; return; }
      if (!chosenCode) { status.textContent = "Kies eerst een code in de lijst."; return; }
      send({ action: "code", code: chosenCode, ...r });
      pending = null;
      window.getSelection().removeAllRanges();
    }
    box.codeSelection = codeSelection;
    box.selectedItem = () => selected;

    const status = el("div", { class: "wb-status", role: "status" }, model.get("message") || "");
    const legend = el("div", { class: "wb-legend" },
      `${st.codings.length} coderingen, ${st.suggestions.length} open suggesties · sneltoetsen: c codeer, a accepteer, r wijs af, z ongedaan, n/p volgend/vorig`);
    box.append(header, el("div", { class: "wb-main" }, textPane, side), status, legend);
  }

  box.addEventListener("keydown", (e) => {
    if (e.target.tagName === "INPUT" || e.target.tagName === "TEXTAREA" || e.target.tagName === "SELECT") return;
    const st = model.get("state");
    const sel = box.selectedItem ? box.selectedItem() : null;
    if (e.key === "c") box.codeSelection();
    else if (e.key === "a" && sel?.kind === "suggestion") { send({ action: "accept", key: sel.item.key }); selected = null; }
    else if (e.key === "r" && sel?.kind === "suggestion") { send({ action: "reject", key: sel.item.key }); selected = null; }
    else if (e.key === "z" || (e.key === "Z" && e.ctrlKey)) send({ action: "undo" });
    else if (e.key === "n") send({ action: "open", index: Math.min(st.documents.length - 1, st.document.index + 1) });
    else if (e.key === "p") send({ action: "open", index: Math.max(0, st.document.index - 1) });
    else if (e.key === "/") { e.preventDefault(); box.querySelector(".wb-code-search")?.focus(); }
    else return;
    e.preventDefault();
  });

  document.addEventListener("selectionchange", () => {
    const pane = box.querySelector(".wb-text");
    const sel = window.getSelection();
    if (!pane || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const r = sel.getRangeAt(0);
    if (!pane.contains(r.startContainer) || !pane.contains(r.endContainer)) return;
    const a = offsetIn(r.startContainer, r.startOffset);
    const b = offsetIn(r.endContainer, r.endOffset);
    if (a !== null && b !== null && a !== b) {
      pending = { start: Math.min(a, b), end: Math.max(a, b) };
      const info = box.querySelector(".wb-selection");
      if (info) info.textContent = `Selectie: teken ${pending.start}–${pending.end}`;
    }
  });
  // Buttons keep the text selection: a mousedown on them would otherwise clear it.
  box.addEventListener("mousedown", (e) => { if (e.target.closest("button")) e.preventDefault(); });

  model.on("change:state", draw);
  model.on("change:message", draw);
  draw();
}

export default { render };
