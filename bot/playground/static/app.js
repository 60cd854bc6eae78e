/* The playground page: renders /ui/state, refreshes on each server-sent event, posts the person's actions. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var state = null;
  var view = {type: "channel", id: null};
  var fetchedAt = 0;
  var inFlight = false, dirty = false;
  var replyTo = null;  /* {channel, ts}: the composer replies in that thread */

  function post(path, body) {
    return fetch("/ui/" + path, {method: "POST", headers: {"Content-Type": "application/json"},
                                 body: JSON.stringify(body || {})})
      .then(function (r) { return r.json().catch(function () { return {ok: r.ok}; }); });
  }

  function refresh() {
    if (inFlight) { dirty = true; return; }
    inFlight = true;
    fetch("/ui/state").then(function (r) { return r.json(); }).then(function (s) {
      state = s; fetchedAt = Date.now(); render();
    }).catch(function () { /* server going away; the event stream reconnects */ })
      .then(function () { inFlight = false; if (dirty) { dirty = false; refresh(); } });
  }

  function listen() {
    if (!window.EventSource) { setInterval(refresh, 3000); return; }
    var es = new EventSource("/ui/events");
    es.onmessage = refresh;
    es.onerror = function () { $("connection").hidden = false; };
    es.onopen = function () { $("connection").hidden = true; refresh(); };
  }

  function channel(id) {
    return (state.channels || []).filter(function (c) { return c.id === id; })[0];
  }

  function ctx(source, channelId, ts) {
    var chans = {};
    (state.channels || []).forEach(function (c) { chans[c.id] = c.name; });
    return {
      users: state.users, channels: chans,
      onAction: function (action, blockId, btn) {
        btn.disabled = true;
        post("click", {channel: channelId || "", ts: ts || "", action_id: action.action_id || "",
                       value: action.value || "", block_id: blockId || null, source: source})
          .then(function () { btn.disabled = false; });
      },
    };
  }

  /* ---- sidebar ---- */
  function renderSidebar() {
    var chans = $("channel-list"), dms = $("dm-list");
    chans.innerHTML = ""; dms.innerHTML = "";
    state.channels.forEach(function (c) {
      var a = document.createElement("a");
      a.href = "#"; a.dataset.channel = c.id;
      a.className = "nav-item" + (view.type === "channel" && view.id === c.id ? " active" : "") +
        (c.is_im || c.bot_member ? "" : " no-bot");
      a.textContent = c.is_im ? c.name : "# " + c.name;
      if (!c.is_im && !c.bot_member) a.title = "eo-bot is not in this channel";
      a.addEventListener("click", function (e) { e.preventDefault(); select({type: "channel", id: c.id}); });
      var li = document.createElement("li"); li.appendChild(a);
      (c.is_im ? dms : chans).appendChild(li);
    });
    $("home-link").className = "nav-item" + (view.type === "home" ? " active" : "");
  }

  function setReplyTo(target) {
    replyTo = target;
    $("replying").hidden = !target;
    if (target) $("composer-input").focus();
  }

  function select(v) {
    view = v;
    setReplyTo(null);
    $("composer-input").value = "";
    if (v.type === "home") post("home");
    if (window.AssistantPane) window.AssistantPane.viewChanged();
    render();
    $("messages").scrollTop = $("messages").scrollHeight;
  }

  /* ---- messages ---- */
  function itemNode(item, channelId) {
    var node = document.createElement("div");
    node.className = "msg " + item.kind + (item.is_bot ? " from-bot" : "");
    node.dataset.ts = item.ts; node.dataset.kind = item.kind;
    var avatar = document.createElement("div");
    avatar.className = "avatar"; avatar.textContent = (item.user_name || "?").charAt(0).toUpperCase();
    node.appendChild(avatar);
    var body = document.createElement("div"); body.className = "msg-main";
    var meta = document.createElement("div"); meta.className = "meta";
    meta.innerHTML = "<b>" + BlockKit.escapeHtml(item.user_name) + "</b>" + (item.is_bot ? ' <span class="badge">APP</span>' : "") +
      ' <span class="time">' + timeOf(item.ts) + "</span>" + (item.edited ? ' <span class="time">(edited)</span>' : "");
    body.appendChild(meta);
    if (item.kind === "message" && (!item.thread_ts || item.thread_ts === item.ts)) {
      var reply = document.createElement("button");
      reply.type = "button"; reply.className = "reply-btn"; reply.textContent = "Reply in thread";
      reply.addEventListener("click", function () { setReplyTo({channel: channelId, ts: item.ts}); });
      meta.appendChild(reply);
    }
    if (item.kind === "ephemeral") {
      var label = document.createElement("div"); label.className = "only-you";
      var cmd = item.command || "";
      if (cmd.length > 120) { label.title = cmd; cmd = cmd.slice(0, 119) + "…"; }
      label.textContent = "Only visible to you" + (cmd ? " · " + cmd : "");
      body.appendChild(label);
    }
    var source = item.kind === "ephemeral" ? "ephemeral" : "message";
    var content = item.blocks && item.blocks.length ? BlockKit.render(item.blocks, ctx(source, channelId, item.ts))
      : (function () { var d = document.createElement("div"); d.className = "bk"; d.innerHTML = BlockKit.mrkdwn(item.text, ctx(source, channelId, item.ts)); return d; })();
    body.appendChild(content);
    if (item.replies && item.replies.length) {
      var thread = document.createElement("div"); thread.className = "thread";
      var head = document.createElement("div"); head.className = "thread-head";
      head.textContent = item.replies.length + (item.replies.length === 1 ? " reply" : " replies");
      thread.appendChild(head);
      item.replies.forEach(function (r) { thread.appendChild(keyed(r, channelId)); });
      body.appendChild(thread);
    }
    node.appendChild(body);
    return node;
  }

  var cache = {};
  function keyed(item, channelId) {
    var key = channelId + "/" + item.kind + "/" + item.ts, sig = JSON.stringify(item);
    var hit = cache[key];
    if (hit && hit.sig === sig) return hit.node;
    var node = itemNode(item, channelId);
    cache[key] = {sig: sig, node: node};
    return node;
  }

  function timeOf(ts) {  /* in the bot's timezone (EO_TIMEZONE), like the clock panel, not the machine's */
    var d = new Date(parseFloat(ts.split(".")[0]) * 1000), tz = (state.clock && state.clock.timezone) || undefined;
    try { return d.toLocaleTimeString([], {hour: "2-digit", minute: "2-digit", timeZone: tz}); }
    catch (e) { return d.toLocaleTimeString([], {hour: "2-digit", minute: "2-digit"}); }
  }

  function renderMessages(c) {
    var box = $("messages");
    var nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
    var nodes = c.items.map(function (item) { return keyed(item, c.id); });
    var same = nodes.length === box.children.length && nodes.every(function (n, i) { return box.children[i] === n; });
    if (!same) {
      while (box.firstChild && nodes.indexOf(box.firstChild) < 0) box.removeChild(box.firstChild);
      nodes.forEach(function (n) { box.appendChild(n); });
      Array.prototype.slice.call(box.children).forEach(function (n) { if (nodes.indexOf(n) < 0) box.removeChild(n); });
    }
    if (!c.items.length) {
      box.innerHTML = '<div class="empty">' + (c.is_im ? "Ask eo-bot anything about the executive order, e.g. <i>who runs the clearinghouse?</i>"
        : "Nothing here yet. Try <code>/eo deadlines</code> or <code>@eo-bot when are the deadlines?</code>") + "</div>";
    } else {
      var empty = box.querySelector(".empty"); if (empty) box.removeChild(empty);
    }
    if (nearBottom || !same) box.scrollTop = box.scrollHeight;
  }

  function renderHeader(c) {
    $("conv-title").textContent = view.type === "home" ? "eo-bot · Home" : c.is_im ? c.name : "# " + c.name;
    $("conv-sub").textContent = view.type === "home" ? "The bot's App Home tab (views.publish)"
      : c.is_im ? "Direct message with the bot" : c.bot_member ? "eo-bot is a member of this channel"
      : "eo-bot is not a member of this channel";
    $("banner").hidden = !(view.type === "channel" && c && !c.is_im && !c.bot_member);
    $("composer-input").placeholder = view.type === "home" ? "" : c.is_im
      ? "Ask eo-bot a question, or type /eo help"
      : "Message #" + c.name + ": /eo deadlines, /eo subscribe, or @eo-bot your question";
  }

  function renderHome() {
    var box = $("home");
    box.innerHTML = "";
    box.appendChild(state.home ? BlockKit.render(state.home.blocks, ctx("home", "", ""))
      : Object.assign(document.createElement("div"), {className: "empty", textContent: "Opening the Home tab…"}));
  }

  var closedModals = {};  /* closed here: a state fetched before the server heard of it must not reopen it */
  function renderModal() {
    var m = state.modal, box = $("modal");
    if (!m || closedModals[m.id]) { box.hidden = true; box.dataset.id = ""; return; }
    if (box.dataset.id === m.id && !box.hidden) return;
    box.dataset.id = m.id;
    $("modal-title").innerHTML = BlockKit.textHtml(m.title || {type: "plain_text", text: ""});
    var body = $("modal-body"); body.innerHTML = "";
    body.appendChild(BlockKit.render(m.blocks, ctx("modal", "", "")));
    $("modal-close").textContent = (m.close && m.close.text) || "Close";
    box.hidden = false;
  }

  /* ---- clock and bot ---- */
  function clockNow() {
    if (!state) return null;
    return new Date(Date.parse(state.clock.now) + (Date.now() - fetchedAt));
  }

  function fmt(date) {
    var tz = (state.clock && state.clock.timezone) || undefined;
    try {
      return date.toLocaleString([], {timeZone: tz, weekday: "short", year: "numeric", month: "short", day: "numeric",
                                       hour: "2-digit", minute: "2-digit", second: "2-digit", timeZoneName: "short"});
    } catch (e) { return date.toString(); }
  }

  function renderClock() {
    var c = state.clock, now = clockNow();
    $("clock-now").textContent = now ? fmt(now) : "";
    $("clock-mode").textContent = c.simulated ? "simulated clock (EO_CLOCK_START)" : "real time";
    $("clock-mode").className = c.simulated ? "simulated" : "";
    var next = $("clock-next");
    if (c.unavailable) next.textContent = "Announcements: " + c.unavailable + ".";
    else if (c.next) {
      var ch = channel(c.next.channel);
      next.textContent = "Next announcement: " + c.next.label + " in " + (ch ? (ch.is_im ? "your DM" : "#" + ch.name) : c.next.channel) +
        ", " + fmt(new Date(c.next.at));
    } else {
      var late = c.signing && now && now - Date.parse(c.signing) > 86400000;  /* rewinding would bring some back */
      next.textContent = "No announcement planned after this time: " +
        (late ? "rewind, then subscribe a channel." : "subscribe a channel with /eo subscribe.");
    }
    var busy = !!state.bot.busy;
    $("jump-btn").disabled = busy || !c.next;
    $("signing-btn").disabled = busy || !!c.unavailable;
    $("reset-btn").disabled = busy || !c.simulated;
    var b = state.bot;
    $("bot-status").textContent = b.busy ? "eo-bot is " + b.busy + "…" : b.running ? "eo-bot is running"
      : "eo-bot stopped" + (b.exit_code !== null ? " (exit code " + b.exit_code + ")" : "");
    $("bot-status").className = b.running && !b.busy ? "ok" : "warn";
    $("restart-btn").hidden = b.running || busy;
  }

  function clockAction(path) {
    $("clock-msg").textContent = "";
    post(path).then(function (r) { if (r && r.ok === false) $("clock-msg").textContent = r.error || "That did not work."; });
  }

  function render() {
    if (!state) return;
    if (!view.id) view.id = (state.channels.filter(function (c) { return c.is_im; })[0] || state.channels[0]).id;
    document.title = "eo-bot playground";
    $("team-name").textContent = state.team.name;
    renderSidebar();
    var c = view.type === "channel" ? channel(view.id) : null;
    renderHeader(c);
    $("messages").hidden = view.type !== "channel";
    $("home").hidden = view.type !== "home";
    $("composer").hidden = view.type !== "channel";
    $("hints").hidden = view.type !== "channel";
    if (c) renderMessages(c); else renderHome();
    renderModal();
    renderClock();
    if (window.AssistantPane) window.AssistantPane.render(state);
  }

  function setup() {
    $("composer").addEventListener("submit", function (e) {
      e.preventDefault();
      var input = $("composer-input"), text = input.value.trim();
      if (!text || view.type !== "channel") return;
      input.value = "";
      var thread = replyTo && replyTo.channel === view.id ? replyTo.ts : "";
      post("send", {channel: view.id, text: text, thread_ts: thread}).then(function (r) {
        if (r && r.ok === false) $("composer-msg").textContent = r.error || "Could not send.";
        else $("composer-msg").textContent = "";
      });
    });
    $("composer-input").addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); $("composer").requestSubmit(); }
    });
    Array.prototype.forEach.call(document.querySelectorAll(".chip"), function (chip) {
      chip.addEventListener("click", function () { $("composer-input").value = chip.dataset.text; $("composer-input").focus(); });
    });
    $("reply-cancel").addEventListener("click", function () { setReplyTo(null); });
    $("home-link").addEventListener("click", function (e) { e.preventDefault(); select({type: "home"}); });
    $("invite-btn").addEventListener("click", function () { post("invite", {channel: view.id}); });
    $("modal-close").addEventListener("click", function () {
      var id = $("modal").dataset.id;
      closedModals[id] = true; $("modal").hidden = true; post("modal/close", {id: id});
    });
    $("jump-btn").addEventListener("click", function () { clockAction("clock/jump"); });
    $("signing-btn").addEventListener("click", function () { clockAction("clock/signing"); });
    $("reset-btn").addEventListener("click", function () { clockAction("clock/reset"); });
    $("restart-btn").addEventListener("click", function () { clockAction("bot/restart"); });
    setInterval(function () { if (state) $("clock-now").textContent = fmt(clockNow()); }, 1000);
    /* The bot may change its plan (a subscription) without touching the workspace: re-read it now and then. */
    setInterval(function () { if (!document.hidden) refresh(); }, 10000);
    if (window.AssistantPane) window.AssistantPane.setup({post: post, ctx: ctx, view: function () { return view; }});
    listen();
    refresh();
  }

  document.addEventListener("DOMContentLoaded", setup);
})();
