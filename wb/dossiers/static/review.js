// wb review page. All text from the server is inserted with textContent: nothing is parsed as HTML.
"use strict";

const $ = (sel) => document.querySelector(sel);

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function marked(text, ranges) {
  // A span with the given [start, end) ranges of `text` highlighted.
  const box = el("span", "passage");
  let at = 0;
  for (const [a, b] of ranges || []) {
    if (a > at) box.append(document.createTextNode(text.slice(at, a)));
    box.append(el("mark", "copied", text.slice(a, b)));
    at = b;
  }
  box.append(document.createTextNode(text.slice(at)));
  return box;
}

function excerpt(part, ranges) {
  const p = el("p", "excerpt");
  p.append(el("span", "context", part.before));
  p.append(ranges ? marked(part.text, ranges) : el("strong", "passage", part.text));
  p.append(el("span", "context", part.after));
  return p;
}

async function api(path, body) {
  const opts = body ? { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) } : {};
  const res = await fetch(path, opts);
  const data = await res.json();
  if (!res.ok) throw new Error(data.error || res.statusText);
  return data;
}

function status(text) { $("#status").textContent = text; }

function card(item) {
  const art = el("article", "item");
  art.dataset.id = item.id;
  const head = el("h3");
  if (item.kind === "label") {
    head.textContent = `Label: ${item.label}`;
  } else {
    head.textContent = "Overgenomen passage";
  }
  art.append(head);
  art.append(el("div", "meta", `${item.doc} (${item.date || "geen datum"})`));
  if (item.kind === "label") {
    const who = item.voice === "attributed" ? "toegeschreven aan iemand (iemand zegt dit)" : "door het rapport zelf gesteld";
    art.append(el("div", "meta", `Stem: ${who}`));
    if (item.first_seen && item.first_seen !== item.doc) art.append(el("div", "meta", `Voor het eerst in: ${item.first_seen}`));
    if (item.copied_from) art.append(el("div", "meta", `Overgenomen uit: ${item.copied_from}`));
    art.append(excerpt(item));
    if (item.why) art.append(el("p", "why", `Waarom dit kan schaden: ${item.why}`));
    if (item.alternative) art.append(el("p", "alternative", `Neutraler: ${item.alternative}`));
  } else {
    const cols = el("div", "side-by-side");
    const left = el("div", "column");
    left.append(el("h4", null, `Eerder: ${item.source ? item.source.doc : "?"}`));
    if (item.source) left.append(excerpt(item.source, item.source.copied));
    const right = el("div", "column");
    right.append(el("h4", null, `Later: ${item.doc}`));
    right.append(excerpt(item, item.copied));
    cols.append(left, right);
    art.append(cols);
    if (item.origin && item.source && item.origin !== item.source.doc) art.append(el("div", "meta", `Voor het eerst in: ${item.origin}`));
  }

  const form = el("form", "decision");
  const yes = el("button", "yes", "Terecht gesignaleerd");
  yes.type = "button";
  const no = el("button", "no", "Niet terecht");
  no.type = "button";
  const comment = el("textarea", "comment");
  comment.placeholder = "Toelichting (mag leeg blijven)";
  const alt = el("textarea", "own-alternative");
  alt.placeholder = "Uw eigen formulering (mag leeg blijven)";
  const current = el("div", "current");
  const show = (d) => {
    current.textContent = d ? `Uw oordeel: ${d.decision === "terecht" ? "terecht gesignaleerd" : "niet terecht"} (${d.reviewer}, ${d.at})` : "Nog niet beoordeeld";
    art.classList.toggle("done", !!d);
    if (d) { comment.value = d.comment || ""; alt.value = d.alternative || ""; }
  };
  show(item.decision);
  const send = async (decision) => {
    const reviewer = $("#reviewer").value.trim();
    if (!reviewer) { status("Vul eerst uw naam in (bovenaan)."); $("#reviewer").focus(); return; }
    try {
      await api("api/decision", { finding: item.id, reviewer, decision, comment: comment.value, alternative: alt.value });
      status("Opgeslagen.");
      await load();
    } catch (err) { status(`Niet opgeslagen: ${err.message}`); }
  };
  yes.addEventListener("click", () => send("terecht"));
  no.addEventListener("click", () => send("niet terecht"));
  form.append(yes, no, comment, alt, current);
  art.append(form);
  return art;
}

async function load() {
  const dossier = $("#dossier").value;
  if (!dossier) { $("#items").replaceChildren(el("p", null, "Er zijn nog geen signaleringen.")); return; }
  const data = await api(`api/items?dossier=${encodeURIComponent(dossier)}`);
  const main = $("#items");
  main.replaceChildren();
  let doc = null;
  for (const item of data.items) {
    if (item.doc !== doc) { doc = item.doc; main.append(el("h2", "report", `${item.doc} — ${item.date || ""}`)); }
    main.append(card(item));
  }
  const done = data.items.filter((i) => i.decision).length;
  $("#status").dataset.progress = `${done}/${data.items.length}`;
  if (!$("#status").textContent) status(`${done} van ${data.items.length} passages beoordeeld.`);
}

async function start() {
  const name = localStorage.getItem("wb-reviewer");
  if (name) $("#reviewer").value = name;
  $("#reviewer").addEventListener("change", (e) => localStorage.setItem("wb-reviewer", e.target.value.trim()));
  const { dossiers } = await api("api/dossiers");
  const sel = $("#dossier");
  for (const d of dossiers) { const o = el("option", null, d); o.value = d; sel.append(o); }
  sel.addEventListener("change", () => { status(""); load(); });
  $("#undo").addEventListener("click", async () => {
    const r = await api("api/undo", {});
    status(r.ok ? "Laatste oordeel ongedaan gemaakt." : "Er is niets om ongedaan te maken.");
    await load();
  });
  await load();
}

start().catch((err) => status(`Fout: ${err.message}`));
