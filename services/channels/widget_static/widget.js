/* AI Secretary chat widget. Embed with one tag:
   <script src="http://HOST:PORT/widget.js" data-channel="ID" data-key="SITE_KEY" async></script>
   Optional: data-color="#2563eb" data-position="right|left" data-language="en|de|uk"
   data-greeting="..." data-title="...".
   Everything shown is built with textContent (never innerHTML) inside a shadow root,
   so neither message content nor the host page's CSS can break out or in. */
(() => {
  "use strict";
  const script = document.currentScript ||
    document.querySelector('script[data-channel][src*="/widget.js"]');
  if (!script) return;
  const data = script.dataset;
  const channel = data.channel || "";
  const key = data.key || "";
  if (!/^\d+$/.test(channel) || !key) {
    console.warn("AI Secretary widget: data-channel and data-key are required");
    return;
  }
  const registry = (window.__aiSecretaryWidgets = window.__aiSecretaryWidgets || {});
  if (registry[channel]) return;
  registry[channel] = true;

  const server = new URL(script.src, location.href);
  const httpBase = server.origin;
  const wsBase = (server.protocol === "https:" ? "wss://" : "ws://") + server.host;
  const query = "?key=" + encodeURIComponent(key);

  const STRINGS = {
    en: {
      title: "Chat with us", greeting: "Hello! How can we help you?", placeholder: "Type a message…",
      send: "Send", open: "Open chat", close: "Close chat", messages: "Messages", name: "Your name (optional)",
      offline: "Offline — reconnecting…", typing: "Typing…", queued: "Waiting to send", failed: "Not sent",
      rate_limited: "You are sending messages too fast. Please wait a moment.",
      too_long: "That message is too long.", error: "Something went wrong. Please try again.",
    },
    de: {
      title: "Schreiben Sie uns", greeting: "Hallo! Wie können wir Ihnen helfen?",
      placeholder: "Nachricht schreiben…", send: "Senden", open: "Chat öffnen", close: "Chat schließen",
      messages: "Nachrichten", name: "Ihr Name (optional)", offline: "Offline – Verbindung wird wiederhergestellt…",
      typing: "Schreibt…", queued: "Wird gesendet, sobald die Verbindung steht", failed: "Nicht gesendet",
      rate_limited: "Sie senden zu schnell. Bitte warten Sie einen Moment.",
      too_long: "Die Nachricht ist zu lang.", error: "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.",
    },
    uk: {
      title: "Напишіть нам", greeting: "Вітаємо! Чим можемо допомогти?", placeholder: "Напишіть повідомлення…",
      send: "Надіслати", open: "Відкрити чат", close: "Закрити чат", messages: "Повідомлення",
      name: "Ваше ім'я (необов'язково)", offline: "Немає з'єднання — перепідключення…", typing: "Друкує…",
      queued: "Очікує надсилання", failed: "Не надіслано",
      rate_limited: "Ви надсилаєте повідомлення надто швидко. Зачекайте трохи.",
      too_long: "Повідомлення задовге.", error: "Щось пішло не так. Спробуйте ще раз.",
    },
  };
  const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
  const VISITOR = /^[0-9a-f]{32}$/;
  const MESSAGE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const URL_RE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
  const pickLanguage = (value) => {
    const code = String(value || "").toLowerCase().slice(0, 2);
    return Object.prototype.hasOwnProperty.call(STRINGS, code) ? code : null;
  };

  // -- the visitor's session: kept in this site's localStorage -------------------------------
  const STORE = "ai-secretary-widget:" + channel;
  const load = () => {
    try { return JSON.parse(localStorage.getItem(STORE) || "{}") || {}; } catch (e) { return {}; }
  };
  const session = load();
  const save = () => { try { localStorage.setItem(STORE, JSON.stringify(session)); } catch (e) { /* private mode */ } };
  const randomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));
  const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  const newId = () => { // a v4 UUID; crypto.randomUUID needs a secure context, many firm sites are not
    const b = randomBytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = hex(b);
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  };
  if (typeof session.visitor !== "string" || !VISITOR.test(session.visitor)) session.visitor = hex(randomBytes(16));
  if (typeof session.name !== "string") session.name = "";
  session.pending = (Array.isArray(session.pending) ? session.pending : []).filter(
    (p) => p && typeof p.id === "string" && MESSAGE_ID.test(p.id) && typeof p.text === "string");
  save();

  let lang = pickLanguage(data.language) || pickLanguage(navigator.language) || "en";
  let t = STRINGS[lang];
  let maxText = 4000;

  // -- DOM helpers: textContent only ------------------------------------------------------------
  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const appendText = (parent, text) => {
    let last = 0;
    for (const match of text.matchAll(URL_RE)) {
      const url = match[0].replace(/[.,;:!?)\]]+$/, "");
      parent.append(document.createTextNode(text.slice(last, match.index)));
      let link = null;
      try {
        const parsed = new URL(url);
        if (parsed.protocol === "http:" || parsed.protocol === "https:") {
          link = el("a", "", url);
          link.href = parsed.href;
          link.target = "_blank";
          link.rel = "noopener noreferrer nofollow";
        }
      } catch (e) { /* not a URL after all: plain text */ }
      parent.append(link || document.createTextNode(url));
      last = match.index + url.length;
    }
    parent.append(document.createTextNode(text.slice(last)));
  };

  const CSS = `
:host { all: initial; }
* { box-sizing: border-box; font: inherit; }
.root { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  color: #111827; position: fixed; bottom: 20px; z-index: 2147483000; }
.root.right { right: 20px; } .root.left { left: 20px; }
.launcher { width: 56px; height: 56px; border-radius: 50%; border: 0; background: var(--accent); color: #fff;
  cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.25); display: flex; align-items: center; justify-content: center; }
.launcher { position: relative; }
.badge { position: absolute; top: -2px; right: -2px; min-width: 20px; height: 20px; border-radius: 10px;
  background: #dc2626; color: #fff; font-size: 12px; line-height: 20px; text-align: center; padding: 0 5px; }
.badge[hidden] { display: none; }
.launcher svg { width: 28px; height: 28px; fill: currentColor; }
.launcher:focus-visible, button:focus-visible, textarea:focus-visible, input:focus-visible {
  outline: 2px solid var(--accent); outline-offset: 2px; }
.panel { position: absolute; bottom: 68px; width: 360px; max-width: calc(100vw - 40px); height: 520px;
  max-height: calc(100vh - 110px); background: #fff; border-radius: 12px; box-shadow: 0 8px 32px rgba(0,0,0,.25);
  display: flex; flex-direction: column; overflow: hidden; }
.right .panel { right: 0; } .left .panel { left: 0; }
.panel[hidden] { display: none; }
header { background: var(--accent); color: #fff; padding: 12px 16px; display: flex; align-items: center; gap: 8px; }
h2 { margin: 0; font-size: 16px; font-weight: 600; flex: 1; }
.close { background: transparent; border: 0; color: #fff; font-size: 22px; line-height: 1; cursor: pointer;
  padding: 4px 8px; border-radius: 6px; }
.notice, .error { padding: 8px 16px; font-size: 13px; }
.notice { background: #fef3c7; color: #78350f; } .error { background: #fee2e2; color: #7f1d1d; }
.notice[hidden], .error[hidden], .typing[hidden] { display: none; }
.log { flex: 1; overflow-y: auto; padding: 16px; display: flex; flex-direction: column; gap: 8px; background: #f9fafb; }
.msg { max-width: 85%; padding: 8px 12px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg.agent { align-self: flex-start; background: #fff; border: 1px solid #e5e7eb; }
.msg.visitor { align-self: flex-end; background: var(--accent); color: #fff; }
.msg.visitor a { color: #fff; }
.msg.pending { opacity: .6; } .msg.failed { opacity: .6; text-decoration: line-through; }
.who, .at { display: block; font-size: 11px; opacity: .75; }
.buttons { display: flex; flex-direction: column; gap: 6px; margin-top: 8px; }
.row { display: flex; flex-wrap: wrap; gap: 6px; }
.choice { border: 1px solid var(--accent); color: var(--accent); background: #fff; border-radius: 16px;
  padding: 4px 12px; cursor: pointer; }
.choice:disabled { opacity: .5; cursor: default; } .choice.chosen { background: var(--accent); color: #fff; opacity: 1; }
.typing { padding: 0 16px 6px; font-size: 12px; color: #6b7280; background: #f9fafb; }
.name { border: 0; border-top: 1px solid #e5e7eb; padding: 8px 16px; font-size: 13px; width: 100%; }
form { display: flex; gap: 8px; padding: 8px; border-top: 1px solid #e5e7eb; align-items: flex-end; }
textarea { flex: 1; resize: none; border: 1px solid #d1d5db; border-radius: 8px; padding: 8px; min-height: 38px;
  max-height: 120px; }
.send { background: var(--accent); color: #fff; border: 0; border-radius: 8px; padding: 9px 14px; cursor: pointer; }
`;

  // -- the widget ---------------------------------------------------------------------------------
  const ui = {};
  const rendered = new Map(); // message id -> element, so history, echoes and resends show once
  let ws = null;
  let ready = false;
  let attempt = 0;
  let retryTimer = null;
  let flushTimer = null;
  let typingTimer = null;
  let lastTyping = 0;
  let everConnected = false;
  let unread = 0;
  const inFlight = new Set();

  const scrollDown = () => { ui.log.scrollTop = ui.log.scrollHeight; };
  const formatTime = (at) => {
    const d = new Date(at);
    return isNaN(d.getTime()) ? "" : d.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });
  };

  function renderButtons(rows) {
    const box = el("div", "buttons");
    rows.slice(0, 10).forEach((row) => {
      if (!Array.isArray(row)) return;
      const line = el("div", "row");
      row.slice(0, 8).forEach((b) => {
        if (!b || typeof b.text !== "string") return;
        const button = el("button", "choice", b.text);
        button.type = "button";
        button.addEventListener("click", () => {
          box.querySelectorAll("button").forEach((x) => { x.disabled = true; });
          button.classList.add("chosen");
          queueMessage(b.text, typeof b.data === "string" ? b.data : b.text);
        });
        line.append(button);
      });
      box.append(line);
    });
    return box;
  }

  function renderMessage(m, pending) {
    if (!m || typeof m.id !== "string" || !m.id) return;
    const known = rendered.get(m.id);
    if (known) {
      if (!pending) { known.classList.remove("pending"); known.removeAttribute("title"); }
      return;
    }
    const visitor = m.from === "visitor";
    const node = el("div", "msg " + (visitor ? "visitor" : "agent"));
    if (visitor && session.name) node.append(el("span", "who", session.name));
    const body = el("div", "text");
    appendText(body, String(m.text || ""));
    node.append(body);
    if (!visitor && Array.isArray(m.buttons) && m.buttons.length) node.append(renderButtons(m.buttons));
    const time = formatTime(m.at);
    if (time) {
      const stamp = el("time", "at", time);
      stamp.dateTime = String(m.at);
      node.append(stamp);
    }
    if (pending) { node.classList.add("pending"); node.title = t.queued; }
    ui.log.append(node);
    rendered.set(m.id, node);
    scrollDown();
  }

  function showError(code) {
    ui.error.textContent = t[code] || t.error;
    ui.error.hidden = false;
    clearTimeout(showError.timer);
    showError.timer = setTimeout(() => { ui.error.hidden = true; }, 6000);
  }

  function setTyping(on) {
    ui.typing.hidden = !on;
    clearTimeout(typingTimer);
    if (on) typingTimer = setTimeout(() => { ui.typing.hidden = true; }, 20000);
  }

  // -- sending: every message is queued (and stored) until the server acknowledges its id --------
  function queueMessage(text, choice) {
    const item = { id: newId(), text: text, at: new Date().toISOString() };
    if (choice !== undefined) item.choice = choice;
    if (session.name) item.name = session.name;
    session.pending.push(item);
    save();
    renderMessage({ id: item.id, from: "visitor", text: text, at: item.at }, true);
    flush();
  }

  function flush() {
    if (!ws || !ready) return;
    for (const item of session.pending) {
      if (inFlight.has(item.id)) continue;
      const frame = { id: item.id, type: "message", text: item.text, lang: navigator.language || lang };
      if (item.choice !== undefined) frame.choice = item.choice;
      if (item.name) frame.name = item.name;
      inFlight.add(item.id);
      ws.send(JSON.stringify(frame));
    }
  }

  function settle(id, failed) {
    inFlight.delete(id);
    session.pending = session.pending.filter((p) => p.id !== id);
    save();
    const node = rendered.get(id);
    if (node) {
      node.classList.remove("pending");
      node.removeAttribute("title");
      if (failed) { node.classList.add("failed"); node.title = t.failed; }
    }
  }

  function retryLater(id, seconds) {
    inFlight.delete(id);
    clearTimeout(flushTimer);
    flushTimer = setTimeout(flush, Math.max(1, Number(seconds) || 3) * 1000);
  }

  function onFrame(raw) {
    let frame;
    try { frame = JSON.parse(raw); } catch (e) { return; }
    if (!frame || typeof frame !== "object") return;
    if (frame.type === "hello") {
      ready = true;
      everConnected = true;
      attempt = 0;
      ui.notice.hidden = true;
      if (Number(frame.max_text) > 0) { maxText = Number(frame.max_text); ui.input.maxLength = maxText; }
      (Array.isArray(frame.history) ? frame.history : []).forEach((m) => {
        renderMessage(m, false);
        if (m && session.pending.some((p) => p.id === m.id)) settle(m.id, false);
      });
      session.pending.forEach((p) => { if (rendered.has(p.id)) ui.log.append(rendered.get(p.id)); }); // last
      scrollDown();
      flush();
    } else if (frame.type === "message") {
      setTyping(false);
      if (ui.panel.hidden && frame.from !== "visitor" && !rendered.has(frame.id)) setUnread(unread + 1);
      renderMessage(frame, false);
    } else if (frame.type === "ack") {
      settle(frame.id, false);
    } else if (frame.type === "typing") {
      setTyping(!!frame.on);
    } else if (frame.type === "error") {
      if (frame.code !== "empty") showError(frame.code);
      if (typeof frame.id !== "string") return;
      if (frame.code === "rate_limited" || frame.code === "unavailable") retryLater(frame.id, frame.retry_after);
      else settle(frame.id, true);
    }
  }

  // -- the connection: reconnects with exponential backoff ----------------------------------------
  function connect() {
    clearTimeout(retryTimer);
    retryTimer = null;
    let sock;
    try {
      sock = new WebSocket(wsBase + "/widget/" + channel + "/ws" + query + "&visitor=" + session.visitor);
    } catch (e) {
      scheduleReconnect();
      return;
    }
    ws = sock;
    ready = false;
    sock.onmessage = (event) => { if (sock === ws) onFrame(event.data); };
    sock.onclose = () => {
      if (sock !== ws) return;
      ws = null;
      ready = false;
      inFlight.clear();
      if (everConnected || attempt > 0) ui.notice.hidden = false;
      scheduleReconnect();
    };
  }

  function scheduleReconnect() {
    if (retryTimer) return;
    const delay = Math.min(30000, 500 * Math.pow(2, attempt)) * (0.8 + Math.random() * 0.4);
    attempt = Math.min(attempt + 1, 10);
    retryTimer = setTimeout(connect, delay);
  }

  function setUnread(count) {
    unread = count;
    ui.badge.textContent = count > 9 ? "9+" : String(count);
    ui.badge.hidden = count === 0;
  }

  function setOpen(open, focus) {
    if (open) setUnread(0);
    ui.panel.hidden = !open;
    ui.launcher.setAttribute("aria-expanded", String(open));
    session.open = open;
    save();
    if (open) scrollDown();
    if (open && focus !== false) ui.input.focus();
  }

  function send() {
    const text = ui.input.value.trim();
    if (!text) return;
    if (text.length > maxText) { showError("too_long"); return; }
    ui.input.value = "";
    queueMessage(text);
  }

  function build(config) {
    const titles = (config && config.title) || {};
    const greetings = (config && config.greeting) || {};
    if (!data.language && !pickLanguage(navigator.language)) lang = pickLanguage(config.language) || lang;
    t = STRINGS[lang];
    const color = [data.color, config.color].find((c) => typeof c === "string" && COLOR.test(c)) || "#2563eb";
    const position = (data.position || config.position) === "left" ? "left" : "right";
    const title = data.title || titles[lang] || titles.default || t.title;
    const greeting = data.greeting || greetings[lang] || greetings.default || t.greeting;

    const host = document.createElement("ai-secretary-widget");
    host.style.setProperty("all", "initial", "important");
    host.style.setProperty("display", "block", "important");
    const shadow = host.attachShadow({ mode: "open" });
    const style = el("style");
    style.textContent = CSS;
    const root = el("div", "root " + position);
    root.style.setProperty("--accent", color);
    root.lang = lang;

    ui.launcher = el("button", "launcher");
    ui.launcher.type = "button";
    ui.launcher.setAttribute("aria-label", t.open);
    ui.launcher.setAttribute("aria-controls", "ais-panel");
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z");
    svg.append(path);
    ui.badge = el("span", "badge");
    ui.badge.setAttribute("aria-hidden", "true");
    ui.badge.hidden = true;
    ui.launcher.append(svg, ui.badge);

    ui.panel = el("div", "panel");
    ui.panel.id = "ais-panel";
    ui.panel.setAttribute("role", "dialog");
    ui.panel.setAttribute("aria-label", title);
    const header = el("header");
    const close = el("button", "close", "×");
    close.type = "button";
    close.setAttribute("aria-label", t.close);
    header.append(el("h2", "", title), close);
    ui.notice = el("div", "notice", t.offline);
    ui.notice.setAttribute("role", "status");
    ui.notice.hidden = true;
    ui.error = el("div", "error");
    ui.error.setAttribute("role", "alert");
    ui.error.hidden = true;
    ui.log = el("div", "log");
    ui.log.setAttribute("role", "log");
    ui.log.setAttribute("aria-live", "polite");
    ui.log.setAttribute("aria-label", t.messages);
    ui.typing = el("div", "typing", t.typing);
    ui.typing.setAttribute("aria-live", "polite");
    ui.typing.hidden = true;
    ui.name = el("input", "name");
    ui.name.type = "text";
    ui.name.maxLength = 80;
    ui.name.placeholder = t.name;
    ui.name.setAttribute("aria-label", t.name);
    ui.name.autocomplete = "name";
    ui.name.value = session.name;
    const form = el("form");
    ui.input = el("textarea");
    ui.input.rows = 1;
    ui.input.maxLength = maxText;
    ui.input.placeholder = t.placeholder;
    ui.input.setAttribute("aria-label", t.placeholder);
    const sendButton = el("button", "send", t.send);
    sendButton.type = "submit";
    form.append(ui.input, sendButton);
    ui.panel.append(header, ui.notice, ui.error, ui.log, ui.typing, ui.name, form);
    root.append(ui.panel, ui.launcher);
    shadow.append(style, root);
    document.body.append(host);

    renderMessage({ id: "greeting", from: "agent", text: greeting }, false);
    session.pending.forEach((p) => renderMessage({ id: p.id, from: "visitor", text: p.text, at: p.at }, true));

    ui.launcher.addEventListener("click", () => setOpen(ui.panel.hidden));
    close.addEventListener("click", () => { setOpen(false); ui.launcher.focus(); });
    ui.panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") { setOpen(false); ui.launcher.focus(); }
    });
    form.addEventListener("submit", (event) => { event.preventDefault(); send(); });
    ui.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); send(); }
    });
    ui.input.addEventListener("input", () => {
      const now = Date.now();
      if (ws && ready && now - lastTyping > 3000) {
        lastTyping = now;
        ws.send(JSON.stringify({ type: "typing" }));
      }
    });
    ui.name.addEventListener("input", () => {
      session.name = ui.name.value.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 80);
      save();
    });
    window.addEventListener("online", () => {
      if (!ws) { attempt = 0; connect(); }
    });
    setOpen(!!session.open, false); // restored after a reload: do not steal the page's focus
    connect();
  }

  const start = () => {
    const timeout = new Promise((resolve) => setTimeout(() => resolve({}), 4000));
    const config = fetch(httpBase + "/widget/" + channel + "/config" + query, { mode: "cors", credentials: "omit" })
      .then((r) => (r.ok ? r.json() : {}))
      .catch(() => ({}));
    Promise.race([config, timeout]).then((c) => build(c && typeof c === "object" ? c : {}));
  };
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
