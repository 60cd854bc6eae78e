/* Block Kit and mrkdwn rendering for the playground (no dependencies).
 * Everything Slack sends is treated as untrusted: text is HTML-escaped before any formatting is added,
 * links are only followed for http(s) and mailto. BlockKit.render(blocks, ctx) returns an element;
 * ctx = {users: {id: name}, channels: {id: name}, onAction(action, blockId, buttonEl)}.
 */
(function () {
  "use strict";

  var EMOJI = {
    white_check_mark: "✅", warning: "⚠️", calendar: "📅", spiral_calendar_pad: "🗓️", alarm_clock: "⏰",
    bell: "🔔", no_bell: "🔕", books: "📚", page_facing_up: "📄", mag: "🔍", link: "🔗",
    "+1": "👍", thumbsup: "👍", "-1": "👎", thumbsdown: "👎", tada: "🎉", hourglass: "⌛",
    hourglass_flowing_sand: "⏳", x: "❌", heavy_check_mark: "✔️", information_source: "ℹ️",
    wave: "👋", memo: "📝", scroll: "📜", rotating_light: "🚨", speech_balloon: "💬", robot_face: "🤖",
    arrow_right: "➡️", point_right: "👉", bulb: "💡", lock: "🔒", date: "📅", clock9: "🕘",
  };

  function escapeHtml(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }

  /* Slack text arrives with &amp; &lt; &gt; escaped; turn those back into characters. */
  function unslack(s) {
    return String(s).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  }

  function emojify(html) {
    return html.replace(/:([a-z0-9_+\-]+):/g, function (m, name) { return EMOJI[name] || m; });
  }

  function safeUrl(url) {
    return /^(https?:|mailto:)/i.test(url) ? url : null;
  }

  /* One <...> control sequence (links, mentions, channels, specials, dates) -> HTML. */
  function control(inner, ctx) {
    var bar = inner.indexOf("|");
    var target = bar >= 0 ? inner.slice(0, bar) : inner;
    var label = bar >= 0 ? inner.slice(bar + 1) : "";
    var users = (ctx && ctx.users) || {};
    var chans = (ctx && ctx.channels) || {};
    if (target.charAt(0) === "@") {
      var id = target.slice(1);
      return '<span class="mention">@' + escapeHtml(label || users[id] || id) + "</span>";
    }
    if (target.charAt(0) === "#") {
      var cid = target.slice(1);
      return '<span class="mention">#' + escapeHtml(label || chans[cid] || cid) + "</span>";
    }
    if (target.charAt(0) === "!") {
      var special = target.slice(1).split("^")[0];
      if (special === "date") return escapeHtml(unslack(label || ""));
      return '<span class="mention">@' + escapeHtml(label || special) + "</span>";
    }
    var url = safeUrl(unslack(target));
    var text = escapeHtml(unslack(label || target));
    if (!url) return text;
    return '<a href="' + escapeHtml(url) + '" target="_blank" rel="noopener noreferrer">' + text + "</a>";
  }

  /* Inline formatting on already-escaped HTML (no < or > of Slack's left in it). */
  function inline(html) {
    html = html.replace(/(^|[^\w*])\*(\S(?:[^*\n]*?\S)?)\*(?![\w*])/g, "$1<b>$2</b>");
    html = html.replace(/(^|[^\w_])_(\S(?:[^_\n]*?\S)?)_(?![\w_])/g, "$1<i>$2</i>");
    html = html.replace(/(^|[^\w~])~(\S(?:[^~\n]*?\S)?)~(?![\w~])/g, "$1<s>$2</s>");
    return emojify(html);
  }

  /* Lines: bullets (•, -, *) become lists, indented lines continue the item, "> " lines quote. */
  function blocksOfLines(html) {
    var out = [], inList = false, lines = html.split("\n");
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i];
      var bullet = /^\s*(?:•|◦|-|\*)\s+(.*)$/.exec(line);
      if (bullet && !/^\s*\*\S/.test(line)) {
        out.push(inList ? "</li><li>" : "<ul><li>");
        out.push(bullet[1]);
        inList = true;
      } else if (inList && /^\s+\S/.test(line)) {
        out.push("<br>" + line.trim());
      } else {
        if (inList) { out.push("</li></ul>"); inList = false; }
        var quote = /^&gt;\s?(.*)$/.exec(line);
        out.push(quote ? "<blockquote>" + quote[1] + "</blockquote>" : line + (i < lines.length - 1 ? "<br>" : ""));
      }
    }
    if (inList) out.push("</li></ul>");
    return out.join("").replace(/<br>(<ul>|<blockquote>)/g, "$1");
  }

  /* Slack mrkdwn -> safe HTML. Code and control sequences are lifted out first, so nothing inside them is
   * formatted, then the rest is escaped, formatted and the pieces put back. */
  function mrkdwn(text, ctx) {
    var stash = [];
    function keep(html) { stash.push(html); return "\u0000" + (stash.length - 1) + "\u0000"; }
    var s = String(text || "");
    s = s.replace(/```([\s\S]*?)```/g, function (m, code) {
      return keep("<pre>" + escapeHtml(unslack(code.replace(/^\n/, ""))) + "</pre>");
    });
    s = s.replace(/`([^`\n]+)`/g, function (m, code) { return keep("<code>" + escapeHtml(unslack(code)) + "</code>"); });
    s = s.replace(/<([^<>\n]+)>/g, function (m, inner) { return keep(control(inner, ctx)); });
    var html = blocksOfLines(inline(escapeHtml(unslack(s))));
    return html.replace(/\u0000(\d+)\u0000/g, function (m, n) { return stash[+n]; });
  }

  function textHtml(obj, ctx) {
    if (!obj) return "";
    if (typeof obj === "string") return mrkdwn(obj, ctx);
    if (obj.type === "plain_text") {
      var plain = escapeHtml(obj.text || "");
      return obj.emoji === false ? plain : emojify(plain);
    }
    return mrkdwn(obj.text || "", ctx);
  }

  function el(tag, cls, html) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (html !== undefined) node.innerHTML = html;
    return node;
  }

  function button(elem, blockId, ctx) {
    var b = el("button", "bk-button" + (elem.style ? " " + elem.style : ""), textHtml(elem.text, ctx));
    b.type = "button";
    b.dataset.actionId = elem.action_id || "";
    b.dataset.value = elem.value || "";
    if (elem.url && safeUrl(elem.url)) {
      b.addEventListener("click", function () { window.open(elem.url, "_blank", "noopener"); });
    }
    b.addEventListener("click", function () {
      if (ctx && ctx.onAction) ctx.onAction(elem, blockId, b);
    });
    return b;
  }

  function element(elem, blockId, ctx) {
    if (elem.type === "button") return button(elem, blockId, ctx);
    if (elem.type === "image") {
      var img = el("img", "bk-image-el");
      img.alt = elem.alt_text || "";
      if (safeUrl(elem.image_url || "")) img.src = elem.image_url;
      return img;
    }
    var label = elem.placeholder ? textHtml(elem.placeholder, ctx) : escapeHtml(elem.type || "element");
    return el("span", "bk-unsupported", label);
  }

  function richText(block, ctx) {
    var parts = [];
    (block.elements || []).forEach(function (sec) {
      (sec.elements || []).forEach(function (e) {
        if (e.type === "text") parts.push(escapeHtml(e.text));
        else if (e.type === "link") parts.push(control(e.url + (e.text ? "|" + e.text : ""), ctx));
        else if (e.type === "user") parts.push(control("@" + e.user_id, ctx));
        else if (e.type === "emoji") parts.push(EMOJI[e.name] || ":" + escapeHtml(e.name) + ":");
      });
    });
    return parts.join("").replace(/\n/g, "<br>");
  }

  /* ---- context_actions: Slack's native feedback buttons (assistant pane answers) ---- */
  function feedbackButtons(elem, blockId, ctx) {
    var node = el("span", "bk-feedback");
    [["positive_button", "up"], ["negative_button", "down"]].forEach(function (pair) {
      var spec = elem[pair[0]] || {};
      var b = el("button", "bk-feedback-btn " + pair[1], textHtml(spec.text || {type: "plain_text", text: "?"}, ctx));
      b.type = "button";
      b.dataset.actionId = elem.action_id || "";
      b.dataset.value = spec.value || "";
      if (spec.accessibility_label) b.setAttribute("aria-label", spec.accessibility_label);
      b.addEventListener("click", function () {
        Array.prototype.forEach.call(node.children, function (other) { other.classList.remove("selected"); });
        b.classList.add("selected");
        if (ctx && ctx.onAction) ctx.onAction({action_id: elem.action_id, value: spec.value || "", type: "feedback_buttons"}, blockId, b);
      });
      node.appendChild(b);
    });
    return node;
  }

  function contextActions(b, ctx) {
    var node = el("div", "bk-context-actions");
    (b.elements || []).forEach(function (e) {
      node.appendChild(e.type === "feedback_buttons" ? feedbackButtons(e, b.block_id, ctx) : element(e, b.block_id, ctx));
    });
    return node;
  }

  var RENDER = {
    header: function (b, ctx) { return el("div", "bk-header", textHtml(b.text, ctx)); },
    divider: function () { return el("hr", "bk-divider"); },
    section: function (b, ctx) {
      var node = el("div", "bk-section");
      var main = el("div", "bk-section-text", textHtml(b.text, ctx));
      node.appendChild(main);
      if (b.fields && b.fields.length) {
        var fields = el("div", "bk-fields");
        b.fields.forEach(function (f) { fields.appendChild(el("div", "bk-field", textHtml(f, ctx))); });
        main.appendChild(fields);
      }
      if (b.accessory) node.appendChild(element(b.accessory, b.block_id, ctx));
      return node;
    },
    context: function (b, ctx) {
      var node = el("div", "bk-context");
      (b.elements || []).forEach(function (e) {
        node.appendChild(e.type === "image" ? element(e, b.block_id, ctx) : el("span", "bk-context-el", textHtml(e, ctx)));
      });
      return node;
    },
    actions: function (b, ctx) {
      var node = el("div", "bk-actions");
      (b.elements || []).forEach(function (e) { node.appendChild(element(e, b.block_id, ctx)); });
      return node;
    },
    image: function (b, ctx) {
      var node = el("figure", "bk-image");
      node.appendChild(element({type: "image", image_url: b.image_url, alt_text: b.alt_text}, b.block_id, ctx));
      if (b.title) node.appendChild(el("figcaption", "", textHtml(b.title, ctx)));
      return node;
    },
    rich_text: function (b, ctx) { return el("div", "bk-rich", richText(b, ctx)); },
    context_actions: function (b, ctx) { return contextActions(b, ctx); },
    input: function (b, ctx) {
      var node = el("label", "bk-input", textHtml(b.label, ctx));
      node.appendChild(el("span", "bk-unsupported", "(input fields are shown but not sent in the playground)"));
      return node;
    },
  };

  function render(blocks, ctx) {
    var root = el("div", "bk");
    (blocks || []).forEach(function (b) {
      var fn = RENDER[b && b.type];
      root.appendChild(fn ? fn(b, ctx) : el("div", "bk-unsupported", "[" + escapeHtml((b && b.type) || "?") + " block]"));
    });
    return root;
  }

  window.BlockKit = {render: render, mrkdwn: mrkdwn, escapeHtml: escapeHtml, textHtml: textHtml};
})();
