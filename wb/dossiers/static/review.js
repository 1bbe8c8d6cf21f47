// wb review page. All text from the server is inserted with textContent: nothing is parsed as HTML.
// Cards are built once per dossier; a decision or undo updates cards in place, so text typed in
// another card stays.
"use strict";

const $ = (sel) => document.querySelector(sel);
const TOKEN = document.querySelector('meta[name="wb-token"]').content;
const NAME_KEY = "wb-reviewer";

// What is judged, per group, in plain words; "terecht" means: wb saw it right.
const GROUPS = {
  label: {
    heading: "Labels",
    title: (i) => `Label: “${i.label}”`,
    // A label the report passes on from someone else is still a label on the family: say so, or a
    // reviewer answers "Nee" because the report itself does not say it.
    question: (i) => i.voice === "attributed"
      ? `Wordt “${i.text}” hier als etiket op een ouder of kind gebruikt? Ook als het rapport alleen weergeeft wat iemand anders zegt, is het labelende taal.`
      : `Gebruikt het rapport hier “${i.text}” als etiket op een ouder of kind?`,
    yes: "Ja, dit is labelende taal",
    no: "Nee, dit is hier geen label",
  },
  term: {
    heading: "Besproken of ontkende termen (geen label op het gezin, denkt wb)",
    title: (i) => `${i.voice === "negated" ? "Ontkende term" : "Besproken term"}: “${i.label}”`,
    question: (i) => i.voice === "negated"
      ? `wb denkt dat “${i.text}” hier wordt ontkend (zoals in ‘er is geen sprake van …’), en niet als etiket op dit gezin wordt gebruikt. Klopt dat?`
      : `wb denkt dat “${i.text}” hier alleen wordt besproken (als begrip, titel of naam), en niet als etiket op dit gezin wordt gebruikt. Klopt dat?`,
    yes: "Ja, hier geen label op het gezin",
    no: "Nee, het is hier wél een label",
  },
  reuse: {
    heading: "Overgenomen passages",
    title: () => "Overgenomen passage",
    question: () => "wb denkt dat deze passage (bijna) letterlijk uit een eerder rapport is overgenomen. De gelijke woorden zijn geel gemarkeerd. Klopt dat?",
    yes: "Ja, dit is overgenomen tekst",
    no: "Nee, dit is geen overname",
  },
};
// What the filter by kind finds nothing of, as in "In dossier D1 heeft wb geen labels gevonden."
const EMPTY = {
  label: "geen labels",
  term: "geen besproken of ontkende termen",
  reuse: "geen overgenomen passages",
};
const VOICES = {
  asserted: "het rapport stelt het zelf",
  attributed: "het rapport geeft weer wat iemand anders zegt",
  discussed: "het woord wordt alleen besproken",
  negated: "het wordt ontkend",
};

// A passage an earlier search found and the last one no longer does, kept for its decision.
const EARLIER = "Uit een eerdere zoekronde: bij het laatste zoeken (bijvoorbeeld met een andere labellijst) vond wb dit niet meer. De passage blijft staan omdat er al een oordeel over is.";

const state = { items: [], cards: new Map(), last: null };

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
  p.append(el("span", "context", part.cut_before ? `… ${part.before.trimStart()}` : part.before));
  p.append(ranges ? marked(part.text, ranges) : el("strong", "passage", part.text));
  p.append(el("span", "context", part.cut_after ? `${part.after.trimEnd()} …` : part.after));
  return p;
}

function docName(title, date) { return date ? `${title}, ${date}` : title; }

// The browser's own words for a stopped server ("Failed to fetch") are English: say it in Dutch.
const UNREACHABLE = "wb is niet te bereiken. Draait `wb review` nog? Start het opnieuw (of vraag het de onderzoeker) en laad daarna deze pagina opnieuw; wat al is opgeslagen, blijft bewaard.";

async function api(path, body) {
  const opts = body ? {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-WB-Token": TOKEN },
    body: JSON.stringify(body),
  } : {};
  let res;
  try { res = await fetch(path, opts); } catch { throw new Error(UNREACHABLE); }
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error || `de server gaf foutcode ${res.status}.`);
  return data;
}

function status(text) { $("#status").textContent = text; }
function reviewer() { return $("#reviewer").value.trim(); }

function field(label, control) {
  const box = el("div");
  const lab = el("label", null, label);
  lab.htmlFor = control.id;
  box.append(lab, control);
  return box;
}

function card(item) {
  const g = GROUPS[item.group];
  const art = el("article", "item");
  art.dataset.id = item.id;
  art.dataset.group = item.group;
  art.tabIndex = -1;
  art.append(el("h4", null, g.title(item)));
  // Kept by a new search that no longer finds it, for the decision already given: say so.
  if (item.earlier_search) art.append(el("p", "earlier", EARLIER));
  art.append(el("p", "question", g.question(item)));
  if (item.kind === "label") {
    art.append(el("p", "meta", `Wie zegt het, volgens wb: ${VOICES[item.voice] || "onbekend"}`));
    if (item.first_seen_id && item.first_seen_id !== item.doc_id) art.append(el("p", "meta", `Voor het eerst in: ${item.first_seen_name}`));
    if (item.copied_from) art.append(el("p", "meta", `Overgenomen uit: ${item.copied_from_name}`));
    art.append(excerpt(item));
    // A discussed or denied term is no label here: its harm is told as what it would do.
    const harm = item.group === "term" ? "Waarom dit woord kan schaden als het wél op een gezin wordt geplakt" : "Waarom dit kan schaden";
    if (item.why) art.append(el("p", "why", `${harm}: ${item.why}`));
    const neutral = item.group === "term" ? "Neutraler, als het om een gezin gaat" : "Neutraler";
    if (item.alternative) art.append(el("p", "alternative", `${neutral}: ${item.alternative}`));
  } else {
    const cols = el("div", "side-by-side");
    const left = el("div", "column");
    left.append(el("h5", null, `Eerder: ${item.source ? docName(item.source.title, item.source.date) : "onbekend"}`));
    if (item.source) left.append(excerpt(item.source, item.source.copied));
    const right = el("div", "column");
    right.append(el("h5", null, `Later: ${docName(item.title, item.date)}`));
    right.append(excerpt(item, item.copied));
    cols.append(left, right);
    art.append(cols);
    if (item.origin_id && item.source && item.origin_id !== item.source.doc_id) art.append(el("p", "meta", `Voor het eerst in: ${item.origin_name}`));
  }

  const choices = el("div", "choices");
  choices.setAttribute("role", "group");
  choices.setAttribute("aria-label", "Uw oordeel");
  const yes = el("button", "yes", g.yes);
  const no = el("button", "no", g.no);
  for (const b of [yes, no]) { b.type = "button"; b.setAttribute("aria-pressed", "false"); }
  choices.append(yes, no);
  art.append(choices);

  const fields = el("div", "fields");
  let voice = null;
  if (item.kind === "label") {
    voice = el("select", "voice");
    voice.id = `voice-${item.id}`;
    const none = el("option", null, "wb heeft het goed (geen correctie)");
    none.value = "";
    voice.append(none);
    for (const [value, text] of Object.entries(VOICES)) {
      if (value === item.voice) continue;  // wb's own voice is no correction: "geen correctie"
      const o = el("option", null, text[0].toUpperCase() + text.slice(1));
      o.value = value;
      voice.append(o);
    }
    const box = field("Wie zegt het volgens u? (mag leeg blijven)", voice);
    box.className = "voice-field";
    fields.append(box);
  }
  const comment = el("textarea", "comment");
  comment.id = `comment-${item.id}`;
  const alt = el("textarea", "own-alternative");
  alt.id = `alternative-${item.id}`;
  fields.append(field("Toelichting (mag leeg blijven)", comment), field("Uw eigen formulering (mag leeg blijven)", alt));
  art.append(fields);
  const current = el("p", "current");
  current.setAttribute("aria-live", "polite");
  art.append(current);

  for (const input of [comment, alt, voice]) {
    if (input) input.addEventListener("input", () => { input.dataset.dirty = "1"; });
  }
  const send = async (decision) => {
    if (!reviewer()) { status("Vul eerst uw naam in (bovenaan)."); $("#reviewer").focus(); return; }
    state.last = art;
    try {
      await api("api/decision", {
        finding: item.id, reviewer: reviewer(), decision,
        comment: comment.value, alternative: alt.value, voice: voice ? voice.value : "",
      });
      for (const input of [comment, alt, voice]) if (input) delete input.dataset.dirty;
      await refresh();
      status(`Opgeslagen: ${decision === "terecht" ? g.yes : g.no}.`);
    } catch (err) { status(`Niet opgeslagen: ${err.message}`); }
  };
  yes.addEventListener("click", () => send("terecht"));
  no.addEventListener("click", () => send("niet terecht"));
  if (voice) {
    voice.addEventListener("change", () => {
      const d = state.cards.get(item.id).item.decision;
      if (d) send(d.decision);
      else status("Kies ook Ja of Nee; dan wordt uw correctie van de stem opgeslagen.");
    });
  }
  const entry = { art, item, yes, no, comment, alt, voice, current };
  state.cards.set(item.id, entry);
  update(entry, item);
  return art;
}

function update(entry, item) {
  // Show the decision of `item` in its card, keeping text the reader is still typing.
  entry.item = item;
  const g = GROUPS[item.group];
  const d = item.decision;
  entry.yes.setAttribute("aria-pressed", String(!!d && d.decision === "terecht"));
  entry.no.setAttribute("aria-pressed", String(!!d && d.decision === "niet terecht"));
  entry.art.classList.toggle("done", !!d);
  entry.current.textContent = d
    ? `Uw oordeel: ${d.decision === "terecht" ? g.yes : g.no} (${d.reviewer}, ${d.when})` +
      (d.voice ? `. Wie zegt het volgens u: ${VOICES[d.voice] || d.voice}` : "")
    : "Nog niet beoordeeld";
  const fill = (input, value) => { if (input && !input.dataset.dirty) input.value = value || ""; };
  fill(entry.comment, d && d.comment);
  fill(entry.alt, d && d.alternative);
  fill(entry.voice, d && d.voice);
}

function itemsUrl() {
  const q = new URLSearchParams({ dossier: $("#dossier").value, reviewer: reviewer() });
  return `api/items?${q}`;
}

// An answer is stale when the dossier or the reviewer's name changed while it was on its way:
// then it holds another reviewer's (or no one's) decisions and must not show as "Uw oordeel".
function stale(data) { return data.dossier !== $("#dossier").value || data.reviewer !== reviewer(); }

function nothingFound() {
  // The empty state: no dossier has a finding, so there is nothing to judge; say what that means.
  const learned = el("code", null, "wb review PROJECT --learned");
  const wider = el("p", null, "Breder zoeken kan met de geleerde detector van oordelende taal: "
    + "stop wb met Ctrl+C in het venster waarin het draait en start het opnieuw met ");
  wider.append(learned, document.createTextNode(". Oordelen die al gegeven zijn, blijven staan."));
  return [
    el("p", "empty", "Er is niets te beoordelen: wb vond in de rapporten van dit project geen "
      + "labels, besproken of ontkende termen en geen overgenomen passages."),
    el("p", null, "Dat betekent niet dat de rapporten vrij zijn van labelende taal: wb vindt de "
      + "meeste termen uit de labellijst, maar oordelende beschrijvingen buiten de lijst veel "
      + "minder vaak. Lees de rapporten daarom ook zelf."),
    wider,
  ];
}

async function load() {
  // Build the cards of the chosen dossier: one collapsible section per report.
  const main = $("#items");
  state.cards.clear();
  state.last = null;
  const dossier = $("#dossier").value;
  if (!dossier) { main.replaceChildren(...nothingFound()); return; }
  const data = await api(itemsUrl());
  if (data.dossier !== $("#dossier").value) return;  // another dossier was chosen: its load follows
  if (stale(data)) return load();  // the name changed meanwhile: ask again with the new name
  state.items = data.items;
  main.replaceChildren();
  const reports = new Map();
  for (const item of data.items) {
    if (!reports.has(item.doc_id)) reports.set(item.doc_id, []);
    reports.get(item.doc_id).push(item);
  }
  let opened = false;
  for (const [doc, items] of reports) {
    const details = el("details", "report");
    details.dataset.doc = String(doc);
    const summary = el("summary");
    // a space and brackets: copied as text the heading reads "…, 15 februari 2022 (0 van 4
    // beoordeeld)", not "…20220 van 4 beoordeeld" (user-walk5)
    const heading = el("h2", null, docName(items[0].title, items[0].date));
    summary.append(heading, " ", el("span", "count"));
    details.append(summary);
    for (const group of ["label", "term", "reuse"]) {
      const mine = items.filter((i) => i.group === group);
      if (!mine.length) continue;
      const section = el("section", "group");
      section.dataset.group = group;
      section.append(el("h3", "group", `${GROUPS[group].heading} (${mine.length})`));
      for (const item of mine) section.append(card(item));
      details.append(section);
    }
    if (!opened && items.some((i) => !i.decision)) { details.open = true; opened = true; }
    main.append(details);
  }
  applyFilter();
  showProgress();
}

async function refresh() {
  // Fetch the decisions again and update every card in place.
  const data = await api(itemsUrl());
  if (stale(data)) return;  // a newer load or refresh follows
  state.items = data.items;
  for (const item of data.items) {
    const entry = state.cards.get(item.id);
    if (entry) update(entry, item);
  }
  showProgress();
}

function showProgress() {
  const done = state.items.filter((i) => i.decision).length;
  const total = state.items.length;
  $("#progress-text").textContent = `Dossier ${$("#dossier").value}: ${done} van ${total} passages beoordeeld`;
  $("#progress-bar").max = Math.max(total, 1);
  $("#progress-bar").value = done;
  const kind = $("#kind").value;  // a report's own count follows the kind shown
  for (const details of document.querySelectorAll("details.report")) {
    const mine = state.items.filter(
      (i) => String(i.doc_id) === details.dataset.doc && (!kind || i.group === kind));
    const n = mine.filter((i) => i.decision).length;
    details.querySelector(".count").textContent = `(${n} van ${mine.length} beoordeeld)`;
  }
  const option = $("#dossier").selectedOptions[0];
  if (option) option.textContent = `${option.value} (${done} van ${total} beoordeeld)`;
}

function applyFilter() {
  const kind = $("#kind").value;
  for (const section of document.querySelectorAll("section.group")) {
    section.hidden = !!kind && section.dataset.group !== kind;
  }
  for (const details of document.querySelectorAll("details.report")) {
    details.hidden = !details.querySelector("section.group:not([hidden])");
  }
  // Say so when nothing is left to show, instead of an empty page.
  const shown = document.querySelector("details.report:not([hidden])");
  const found = kind ? `${EMPTY[kind]} gevonden` : "niets gevonden om te beoordelen";
  $("#empty").textContent = shown ? "" : `In dossier ${$("#dossier").value} heeft wb ${found}. Kies een ander dossier of een andere soort.`;
  $("#empty").hidden = !!shown;
  // A filter can hide the one open report: then open the first shown report with work left.
  if (shown && !document.querySelector("details.report[open]:not([hidden])")) {
    const visible = [...document.querySelectorAll("details.report:not([hidden])")];
    const cards = (d) => [...d.querySelectorAll("section.group:not([hidden]) article.item")];
    (visible.find((d) => cards(d).some((a) => !a.classList.contains("done"))) || visible[0]).open = true;
  }
}

function nextUnjudged() {
  const cards = [...document.querySelectorAll("article.item")].filter((a) => !a.closest("[hidden]"));
  const from = state.last ? cards.indexOf(state.last) : -1;
  const order = [...cards.slice(from + 1), ...cards.slice(0, from + 1)];
  const next = order.find((a) => !a.classList.contains("done"));
  if (!next) { status("Alle passages van deze soort in dit dossier zijn beoordeeld."); return; }
  next.closest("details").open = true;
  state.last = next;
  next.scrollIntoView({ block: "start" });
  next.focus();
}

async function loadDossiers() {
  const { dossiers } = await api(`api/dossiers?${new URLSearchParams({ reviewer: reviewer() })}`);
  const sel = $("#dossier");
  const chosen = sel.value;
  sel.replaceChildren();
  for (const d of dossiers) {
    const o = el("option", null, `${d.dossier} (${d.done} van ${d.total} beoordeeld)`);
    o.value = d.dossier;
    sel.append(o);
  }
  if (chosen) sel.value = chosen;
}

async function start() {
  const name = localStorage.getItem(NAME_KEY);
  if (name) $("#reviewer").value = name;
  $("#reviewer").addEventListener("change", async () => {
    localStorage.setItem(NAME_KEY, reviewer());
    status(reviewer() ? `U beoordeelt als ${reviewer()}.` : "");
    await loadDossiers();
    await refresh();
  });
  await loadDossiers();
  $("#dossier").addEventListener("change", () => { status(""); load(); });
  $("#kind").addEventListener("change", () => { applyFilter(); showProgress(); });
  $("#next").addEventListener("click", nextUnjudged);
  $("#undo").addEventListener("click", async () => {
    if (!reviewer()) { status("Vul eerst uw naam in (bovenaan)."); $("#reviewer").focus(); return; }
    try {
      const r = await api("api/undo", { reviewer: reviewer() });
      if (r.ok && state.cards.has(r.finding)) {
        for (const input of ["comment", "alt", "voice"]) {
          const node = state.cards.get(r.finding)[input];
          if (node) delete node.dataset.dirty;
        }
      }
      await loadDossiers();
      await refresh();
      status(r.ok ? "Uw laatste oordeel is ongedaan gemaakt." : "U heeft nog niets om ongedaan te maken.");
    } catch (err) { status(`Niet gelukt: ${err.message}`); }
  });
  await load();
  if (!reviewer()) { status("Vul eerst uw naam in; die wordt onthouden op deze computer."); $("#reviewer").focus(); }
}

start().catch((err) => status(`Fout: ${err.message}`));
