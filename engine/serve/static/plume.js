// Plume's page: submit, follow progress (server-sent events), read the result and its report.
// Every text from a source, a model or the server is put in the page with textContent, never
// as HTML; the Content-Security-Policy forbids inline script besides.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  // The page's words, in its language (engine/serve/i18n.py).
  const T = JSON.parse(document.querySelector('meta[name="texts"]').content);
  // The API answers in the page's language: its findings, progress lines, verdict, errors.
  const LANG = document.documentElement.lang;
  const said = (url) => url + (url.includes("?") ? "&" : "?") + "lang=" + encodeURIComponent(LANG);
  const LIMITS = { title: [1, 60], description: [120, 156], slug: [1, 75] };
  const LABELS = { title: T.title_label, description: T.description_label, slug: T.slug_label };
  const STATUS = { hard: T.state_hard, soft: T.state_soft, review: T.state_review, warning: T.state_warning };
  const statusName = (status) => T["status_" + status] || status;
  let fileName = "";
  let selected = null;
  let events = null;
  const touched = { keyphrase: false, minWords: false };

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  async function api(method, url, body) {
    const options = { method, headers: { "X-CSRF-Token": csrf }, credentials: "same-origin" };
    if (body) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    const response = await fetch(said(url), options);
    const data = await response.json().catch(() => ({ message: response.statusText }));
    if (!response.ok) {
      const error = new Error(data.message || response.statusText);
      error.hint = data.hint;
      throw error;
    }
    return data;
  }

  function showError(node, error) {
    node.hidden = !error;
    node.textContent = error ? error.message + (error.hint ? " — " + error.hint : "") : "";
  }

  // --- the form ------------------------------------------------------------------------

  function article() {
    return fileName ? { text: $("text").value, name: fileName } : { text: $("text").value };
  }

  let briefTimer = 0;
  function briefSoon() {
    clearTimeout(briefTimer);
    briefTimer = setTimeout(brief, 600);
  }

  async function brief() {
    if ($("text").value.trim().length < 80) return;
    try {
      const found = await api("POST", "/api/brief", article());
      if (!touched.keyphrase) $("keyphrase").value = found.keyphrase;
      if (!touched.minWords) $("min-words").value = found.min_words;
      const title = found.title ? T.title_found + T.colon + " « " + found.title + " » · " : "";
      const notes = found.directives;
      $("brief-note").textContent =
        title + found.paragraphs + " " + T.paragraphs + (notes ? " · " + notes + " " + T.instructions_read : "");
      showError($("submit-error"), null);
    } catch (error) {
      $("brief-note").textContent = "";
      showError($("submit-error"), error);
    }
  }

  async function readFile(file) {
    if (!file) return;
    fileName = file.name;
    $("text").value = await file.text();
    $("file-name").hidden = false;
    $("file-name").textContent = T.file + T.colon + " " + file.name;
    brief();
  }

  async function submit(event) {
    event.preventDefault();
    const body = article();
    if ($("keyphrase").value.trim()) body.keyphrase = $("keyphrase").value;
    // The minimum is the editor's own only when changed: the prefilled one is the rule's.
    if (touched.minWords && $("min-words").value) body.min_words = Number($("min-words").value);
    $("rewrite").disabled = true;
    try {
      const job = await api("POST", "/api/rewrite", body);
      showError($("submit-error"), null);
      select(job.id);
      refreshQueue();
    } catch (error) {
      showError($("submit-error"), error);
    } finally {
      $("rewrite").disabled = false;
    }
  }

  // --- the queue -----------------------------------------------------------------------

  async function refreshQueue() {
    try {
      const jobs = await api("GET", "/api/jobs");
      const list = $("queue");
      list.replaceChildren();
      if (!jobs.length) list.append(el("li", "empty", T.empty));
      for (const job of jobs) {
        const item = el("li", job.id === selected ? "current" : "");
        item.append(el("span", "name", job.name), el("span", "badge " + job.status, statusName(job.status)));
        if (job.position) item.append(el("span", "note", "#" + job.position + " " + T.in_line));
        item.addEventListener("click", () => select(job.id));
        list.append(item);
      }
      const status = await api("GET", "/api/status");
      const model = status.model;
      const state = T["model_" + model.state] || model.state;
      $("model").textContent = T.model + T.colon + " " + (model.name || state) + (model.error ? " — " + model.error.message : "");
      $("model").className = "model " + model.state;
      $("rewrite").title = model.state === "error" && model.error ? model.error.message + " " + (model.error.hint || "") : "";
    } catch (error) {
      $("model").textContent = T.unreachable;
    }
  }

  // --- one job -------------------------------------------------------------------------

  function select(id) {
    selected = id;
    if (events) events.close();
    $("welcome").hidden = true;
    $("job").hidden = false;
    $("progress-lines").replaceChildren();
    $("progress-toggle").hidden = true;
    $("progress").classList.remove("collapsed");
    $("live").textContent = "";
    $("result").hidden = true;
    $("verdict").hidden = true;
    load(id);
    events = new EventSource(said("/api/jobs/" + id + "/events"));
    events.addEventListener("status", (e) => setStatus(JSON.parse(e.data).status));
    events.addEventListener("progress", (e) => {
      $("progress-lines").append(el("li", "", JSON.parse(e.data).line));
      $("live").textContent = "";
    });
    events.addEventListener("live", (e) => {
      const live = JSON.parse(e.data);
      $("live").textContent = T.writing + " " + live.tokens + " " + T.tokens + " · " + live.tps.toLocaleString(LANG) + " " + T.tokens_per_s;
    });
    events.addEventListener("end", () => {
      events.close();
      load(id);
      refreshQueue();
    });
  }

  function collapseProgress(collapsed) {
    const count = $("progress-lines").children.length;
    $("progress").classList.toggle("collapsed", collapsed);
    $("progress-toggle").hidden = false;
    $("progress-toggle").textContent = (collapsed ? "▸ " : "▾ ") + count + " " + T.progress_lines;
  }

  function setStatus(status) {
    $("job-status").textContent = statusName(status);
    $("job-status").className = "badge " + status;
    $("cancel").hidden = !(status === "queued" || status === "running");
  }

  async function load(id) {
    const job = await api("GET", "/api/jobs/" + id);
    if (id !== selected) return;
    $("job-name").textContent = job.name;
    setStatus(job.status);
    if (job.status === "queued" || job.status === "running") return;
    $("live").textContent = "";
    collapseProgress(true);
    const verdict = $("verdict");
    verdict.hidden = false;
    verdict.className = "verdict " + job.status;
    const reviews = (job.report ? job.report.checks : []).filter((f) => f.severity === "review" && f.passed === false);
    if (job.status === "passed" && reviews.length) {
      const count = reviews.length + " " + (reviews.length > 1 ? T.review_many : T.review_one);
      verdict.classList.add("reviewed");
      verdict.textContent = T.passed_with + " " + count + " " + T.passed_with_end;
    } else if (job.status === "passed") {
      verdict.textContent = T.passed;
    } else if (job.status === "rejected") {
      verdict.replaceChildren(el("strong", "", T.rejected), el("span", "", job.why));
    } else if (job.error) {
      verdict.textContent = statusName(job.status) + T.colon + " " + job.error.message + (job.error.hint ? " — " + job.error.hint : "");
    } else {
      verdict.textContent = T.cancelled;
    }
    const draft = job.article || job.rejected_draft;
    $("result").hidden = !draft;
    if (!draft) return;
    $("result").classList.toggle("rejected", job.status !== "passed");
    renderMeta(draft);
    renderDownloads(job);
    renderArticle(draft, job.compare.article);
    markReviews(reviews);
    renderReport(job.report.checks);
    renderCompare(job.compare);
  }

  function renderMeta(draft) {
    const meta = $("meta");
    meta.replaceChildren();
    for (const key of ["title", "description", "slug"]) {
      const value = draft[key] || "";
      const [low, high] = LIMITS[key];
      const row = el("div", "field");
      row.dataset.target = key;
      const count = el("span", "count " + (value.length >= low && value.length <= high ? "ok" : "bad"),
        value.length + " " + T.characters + " (" + (low > 1 ? low + "–" : "≤ ") + high + ")");
      const button = el("button", "copy", T.copy);
      button.type = "button";
      button.addEventListener("click", () => copy(value, button));
      row.append(el("span", "label", LABELS[key]), el("span", "value", value), count, button);
      meta.append(row);
    }
  }

  function renderDownloads(job) {
    const box = $("downloads");
    box.replaceChildren();
    const links = job.links.downloads;
    if (!links) return;
    box.append(el("span", "label", T.download));
    for (const [fmt, url] of Object.entries(links)) {
      const link = el("a", "button", fmt.toUpperCase());
      link.href = url;
      link.setAttribute("download", "");
      box.append(link);
    }
    const all = el("button", "copy", T.copy_article);
    all.type = "button";
    all.addEventListener("click", () => copy(job.article.markdown, all));
    box.append(all);
  }

  function renderArticle(draft, blocks) {
    const node = $("article");
    node.replaceChildren(el("h1", "", draft.title));
    node.dataset.target = "title";
    for (const block of blocks) {
      const tag = block.kind === "heading" ? "h" + Math.min(Math.max(block.level, 2), 4) : "p";
      const part = el(tag, "", block.text);
      part.dataset.target = block.target;
      node.append(part);
    }
    const words = el("p", "note", draft.words + " " + T.words + " (" + T.at_least + " " + draft.min_words + ")");
    node.append(words);
  }

  // A review finding is a doubt the gate could not settle: its part of the article is marked,
  // and says why when pointed at.
  function markReviews(reviews) {
    for (const finding of reviews) {
      if (!finding.target) continue;
      const selector = '[data-target="' + CSS.escape(finding.target) + '"]';
      const kind = finding.target.split(":")[0];
      const scope = kind === "description" || kind === "slug" || kind === "title" ? "#meta " : "#article ";
      document.querySelectorAll(scope + selector).forEach((node) => {
        node.classList.add("review");
        node.title = (node.title ? node.title + "\n" : "") + T.to_check + T.colon + " " + finding.message;
      });
    }
  }

  function renderReport(checks) {
    const order = (f) => (f.passed ? 3 : f.severity === "hard" ? 0 : f.severity === "soft" ? 1 : 2);
    const rows = [...checks].sort((a, b) => order(a) - order(b));
    const body = $("report");
    body.replaceChildren();
    for (const finding of rows) {
      const state = finding.passed ? T.state_ok : STATUS[finding.severity];
      const look = finding.passed ? "ok" : { hard: "FAIL", soft: "weak", review: "review" }[finding.severity] || "warn";
      const row = el("tr", finding.passed ? "passed" : "failed " + finding.severity);
      const message = el("td", "message", finding.message);
      if (finding.target) {
        const link = el("button", "goto", "→ " + targetName(finding.target));
        link.type = "button";
        link.addEventListener("click", () => goTo(finding.target));
        message.append(" ", link);
      }
      const value = finding.value === null ? "–" : typeof finding.value === "boolean" ? (finding.value ? T.yes : T.no)
        : typeof finding.value === "object" ? JSON.stringify(finding.value) : finding.value;
      row.append(el("td", "id", finding.id), el("td", "state " + look, state), el("td", "", value),
        el("td", "", finding.expected), message);
      body.append(row);
    }
  }

  function targetName(target) {
    const [kind, n] = target.split(":");
    if (kind === "section") return T.section + " " + (Number(n) + 1);
    if (kind === "heading") return T.subheading + " " + (Number(n) + 1);
    return { intro: T.intro, description: T.description_label.toLowerCase() }[kind] || kind;
  }

  function goTo(target) {
    showTab("article");
    const kind = target.split(":")[0];
    const selector = '[data-target="' + CSS.escape(target) + '"]';
    const nodes = kind === "description" || kind === "slug" || kind === "title"
      ? document.querySelectorAll("#meta " + selector) : document.querySelectorAll("#article " + selector);
    nodes.forEach((node) => {
      node.classList.remove("flash");
      void node.offsetWidth;
      node.classList.add("flash");
    });
    if (nodes.length) nodes[0].scrollIntoView({ behavior: "smooth", block: "center" });
  }

  function marked(text, spans, kindOf) {
    const parts = [];
    let at = 0;
    for (const span of spans) {
      if (span.start < at) continue;
      parts.push(document.createTextNode(text.slice(at, span.start)));
      const mark = el("mark", "fact " + kindOf(span), text.slice(span.start, span.end));
      mark.title = (T["fact_" + span.kind] || span.kind) + " · " + T[{ ok: "kept", missing: "missing", new: "new" }[kindOf(span)]];
      parts.push(mark);
      at = span.end;
    }
    parts.push(document.createTextNode(text.slice(at)));
    return parts;
  }

  function renderCompare(compare) {
    const source = $("cmp-source");
    source.replaceChildren();
    for (const paragraph of compare.source) {
      const p = el("p");
      p.append(...marked(paragraph.text, paragraph.spans, (s) => (s.ok ? "ok" : "missing")));
      source.append(p);
    }
    const article = $("cmp-article");
    article.replaceChildren();
    for (const block of compare.article) {
      const node = el(block.kind === "heading" ? "h4" : "p");
      node.append(...marked(block.text, block.spans, (s) => (s.ok ? "ok" : "new")));
      article.append(node);
    }
    const c = compare.counts;
    $("counts").textContent = c.kept + " " + T.kept_count + ", " + c.missing + " " + T.missing_count;
  }

  function showTab(name) {
    document.querySelectorAll(".tabs button").forEach((b) => b.classList.toggle("active", b.dataset.tab === name));
    for (const tab of ["article", "report", "compare"]) $("tab-" + tab).hidden = tab !== name;
  }

  async function copy(text, button) {
    let copied = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch (error) {
      const area = el("textarea");  // plain http off this machine has no clipboard API
      area.value = text;
      document.body.append(area);
      area.select();
      copied = document.execCommand("copy");
      area.remove();
    }
    const label = button.textContent;
    button.textContent = copied ? T.copied : T.copy_by_hand;
    setTimeout(() => (button.textContent = label), 1500);
  }

  async function cancel() {
    try {
      await api("DELETE", "/api/jobs/" + selected);
    } catch (error) {
      showError($("submit-error"), error);
    }
  }

  // --- wiring --------------------------------------------------------------------------

  $("submit-form").addEventListener("submit", submit);
  $("text").addEventListener("input", briefSoon);
  $("keyphrase").addEventListener("input", () => (touched.keyphrase = true));
  $("min-words").addEventListener("input", () => (touched.minWords = true));
  $("file").addEventListener("change", (e) => readFile(e.target.files[0]));
  $("cancel").addEventListener("click", cancel);
  $("progress-toggle").addEventListener("click", () => collapseProgress(!$("progress").classList.contains("collapsed")));
  document.querySelectorAll(".tabs button").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    readFile(e.dataTransfer.files[0]);
  });
  refreshQueue();
  setInterval(refreshQueue, 2000);
})();
