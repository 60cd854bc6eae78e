/* The assistant pane: Slack's "Agents & AI Apps" side panel, on the playground page.
 * Opening it starts a chat (assistant_thread_started, with the channel in view as its context); switching channels
 * while it is open tells the bot (assistant_thread_context_changed); the suggested prompts are clickable; the status
 * the bot sets shows while it answers; the thread's title is the pane's heading.
 * app.js calls AssistantPane.setup({post, ctx, view}) once, AssistantPane.render(state) on every refresh and
 * AssistantPane.viewChanged() when the person opens another conversation.
 */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var api = null;
  var state = null;
  var open = false;
  var current = null;      /* thread_ts shown (the newest chat unless one was started here) */
  var toldContext = null;  /* the conversation the bot last heard the pane is next to */
  var cache = {};

  function threads() { return (state && state.assistant && state.assistant.threads) || []; }

  function shown() {
    var all = threads();
    return all.filter(function (t) { return t.thread_ts === current; })[0] || all[all.length - 1] || null;
  }

  function viewed() { var v = api.view(); return v.type === "channel" ? v.id : ""; }

  function report(r) {
    $("assistant-msg").textContent = r && r.ok === false ? r.error || "That did not work." : "";
    return r;
  }

  function newChat() {
    toldContext = viewed();
    api.post("assistant/start", {channel: toldContext}).then(function (r) {
      if (r && r.thread_ts) current = r.thread_ts;
      report(r);
    });
  }

  function viewChanged() {
    var chat = shown();
    if (!open || !chat || viewed() === toldContext) return;
    toldContext = viewed();
    api.post("assistant/context", {thread_ts: chat.thread_ts, channel: toldContext}).then(report);
  }

  function send(text) {
    var chat = shown();
    if (!chat || !text) return;
    api.post("assistant/send", {thread_ts: chat.thread_ts, text: text}).then(report);
  }

  function setOpen(value) {
    open = value;
    $("assistant-pane").hidden = !open;
    $("assistant-toggle").classList.toggle("active", open);
    $("assistant-toggle").setAttribute("aria-expanded", open ? "true" : "false");
    if (open && !shown()) newChat(); else viewChanged();
    render(state);
    if (open) $("assistant-input").focus();
  }

  function itemNode(item, chat) {
    var key = item.kind + "/" + item.ts, sig = JSON.stringify(item), hit = cache[key];
    if (hit && hit.sig === sig) return hit.node;
    var node = document.createElement("div");
    node.className = "pane-msg " + item.kind + (item.is_bot ? " from-bot" : " from-me");
    node.dataset.ts = item.ts;
    var who = document.createElement("div");
    who.className = "pane-who";
    who.textContent = item.is_bot ? item.user_name : "you";
    if (item.kind === "ephemeral") who.textContent += " · only visible to you";
    node.appendChild(who);
    var source = item.kind === "ephemeral" ? "ephemeral" : "message", ctx = api.ctx(source, chat.channel, item.ts);
    var body = item.blocks && item.blocks.length ? BlockKit.render(item.blocks, ctx)
      : Object.assign(document.createElement("div"), {className: "bk", innerHTML: BlockKit.mrkdwn(item.text, ctx)});
    node.appendChild(body);
    cache[key] = {sig: sig, node: node};
    return node;
  }

  function renderPrompts(chat) {
    var box = $("assistant-prompts");
    var asked = chat.items.some(function (i) { return !i.is_bot; });
    box.hidden = asked || !chat.prompts.length;
    var sig = JSON.stringify([chat.thread_ts, chat.prompts, chat.prompts_title]);
    if (box.hidden || box.dataset.sig === sig) return;
    box.dataset.sig = sig;
    box.innerHTML = "";
    var head = document.createElement("div");
    head.className = "pane-prompts-title";
    head.textContent = chat.prompts_title || "Suggested prompts";
    box.appendChild(head);
    chat.prompts.forEach(function (p) {
      var b = document.createElement("button");
      b.type = "button"; b.className = "pane-prompt"; b.textContent = p.title; b.dataset.message = p.message;
      b.addEventListener("click", function () { send(p.message); });
      box.appendChild(b);
    });
  }

  function render(s) {
    state = s;
    if (!api || !state) return;
    var chat = shown();
    $("assistant-title").textContent = chat ? chat.title || "New chat" : "eo-bot";
    var names = {};
    (state.channels || []).forEach(function (c) { names[c.id] = c.name; });
    $("assistant-context").textContent = chat && chat.context_channel
      ? "Next to #" + (names[chat.context_channel] || chat.context_channel) : "Ask about the executive order";
    var box = $("assistant-messages");
    var nodes = chat ? chat.items.map(function (i) { return itemNode(i, chat); }) : [];
    var same = nodes.length === box.children.length && nodes.every(function (n, i) { return box.children[i] === n; });
    if (!same) {
      box.innerHTML = "";
      nodes.forEach(function (n) { box.appendChild(n); });
      box.scrollTop = box.scrollHeight;
    }
    var status = chat ? chat.status : "";
    $("assistant-status").hidden = !status;
    $("assistant-status").textContent = status ? state.bot_user.name + " " + status : "";
    if (chat) renderPrompts(chat); else $("assistant-prompts").hidden = true;
  }

  function setup(hooks) {
    api = hooks;
    $("assistant-toggle").addEventListener("click", function () { setOpen(!open); });
    $("assistant-close").addEventListener("click", function () { setOpen(false); });
    $("assistant-new").addEventListener("click", function () { current = null; cache = {}; newChat(); });
    $("assistant-composer").addEventListener("submit", function (e) {
      e.preventDefault();
      var input = $("assistant-input"), text = input.value.trim();
      input.value = "";
      send(text);
    });
    $("assistant-input").addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); $("assistant-composer").requestSubmit(); }
    });
  }

  window.AssistantPane = {setup: setup, render: render, viewChanged: viewChanged};
})();
