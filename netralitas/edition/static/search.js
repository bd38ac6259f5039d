/* Netralitas public edition: find a region by typing, from the index baked with the site
   (window.NetralitasSearchIndex, netralitas/edition/search.py). Nothing is fetched.

   Without this script the box is a plain form that opens the region index. With it, the box
   is an editable combobox with a list popup (WAI-ARIA APG, "list autocomplete"): typing lists
   the matching regions, ArrowDown/ArrowUp move through them, Enter opens the highlighted one
   (or the first), Escape closes the list (and, when closed, clears the box).

   The typed text is normalised as the importer's resolver does (netralitas.pipeline.regions:
   split_prefix, normalise), with the resolver's own prefix table read from the index; a
   browser test holds normalise() here to the Python function over every name and alias. */
(function () {
  "use strict";
  var LIMIT = 8;
  // Python's str.split() whitespace (not JavaScript's \s, which differs on \x1c-\x1f, \x85, \ufeff).
  var SPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
  var CODE = /^[\s.]*\d[\d\s.]*$/;

  function splitPrefix(name, prefixes) {
    var text = String(name).replace(/\u00a0/g, " ").split(SPACE).filter(Boolean).join(" ");
    var low = text.toLowerCase();
    for (var i = 0; i < prefixes.length; i++) {
      var prefix = prefixes[i][0];
      if (low.indexOf(prefix + " ") === 0 || (prefix.charAt(prefix.length - 1) === "." && low.indexOf(prefix) === 0)) {
        return [prefixes[i][1], text.slice(prefix.length).trim()];
      }
    }
    return [null, text];
  }

  function normalise(name, prefixes) {
    var low = splitPrefix(name, prefixes)[1].toLowerCase().split("kep.").join("kepulauan ");
    return low.replace(/[^a-z0-9]/g, "");
  }

  function Index(raw) {
    this.prefixes = raw.prefixes;
    this.regions = raw.regions.map(function (r) {
      return {code: r[0], name: r[1], type: r[2], province: r[3], keys: r[4], old: r[5] || [], words: null};
    });
    this.names = {};
    for (var i = 0; i < this.regions.length; i++) { this.names[this.regions[i].code] = this.regions[i].name; }
  }

  // The name from its second word on ("tenggara" finds Sulawesi Tenggara): ranked after whole names.
  Index.prototype.words = function (r) {
    if (r.words === null) {
      var parts = splitPrefix(r.name, this.prefixes)[1].split(/[\s\-\/]+/);
      r.words = [];
      for (var i = 1; i < parts.length; i++) { r.words.push(normalise(parts.slice(i).join(" "), this.prefixes)); }
    }
    return r.words;
  };

  Index.prototype.scoreCode = function (r, digits) {
    var own = r.code.replace(".", "");
    if (own === digits) { return 0; }
    var best = Infinity;
    for (var i = 0; i < r.old.length; i++) {
      var old = r.old[i].replace(".", "");
      if (old === digits) { best = Math.min(best, 1); } else if (old.indexOf(digits) === 0) { best = Math.min(best, 3); }
    }
    return own.indexOf(digits) === 0 ? Math.min(best, 2) : best;
  };

  Index.prototype.scoreName = function (r, key) {
    var best = Infinity;
    for (var i = 0; i < r.keys.length; i++) {
      var k = r.keys[i], alias = i > 0 ? 1 : 0, s = Infinity;
      if (k === key) { s = 0; } else if (k.indexOf(key) === 0) { s = 2; } else if (key.length >= 3 && k.indexOf(key) > 0) { s = 6; }
      best = Math.min(best, s + alias);
    }
    if (best > 4) {
      var words = this.words(r);
      for (var j = 0; j < words.length; j++) { if (words[j].indexOf(key) === 0) { best = 4; break; } }
    }
    return best;
  };

  // Matching regions, best first: [{code, name, type, province}]. A code ("74.71", "7471", an
  // old Papua code "91.01") finds by code; any other text by name, alias or abbreviation, with
  // the type a prefix names ("Kab. Bima") before the others ("Kota Bima").
  Index.prototype.search = function (text, limit) {
    limit = limit || LIMIT;
    var scored = [], i, s;
    if (CODE.test(text)) {
      var digits = text.replace(/\D/g, "");
      if (digits.length > 4) { return []; }
      for (i = 0; i < this.regions.length; i++) {
        s = this.scoreCode(this.regions[i], digits);
        if (s < Infinity) { scored.push([s, this.regions[i]]); }
      }
    } else {
      var kind = splitPrefix(text, this.prefixes)[0], key = normalise(text, this.prefixes);
      if (!key) { return []; }
      for (i = 0; i < this.regions.length; i++) {
        s = this.scoreName(this.regions[i], key);
        if (s === Infinity) { continue; }
        if (kind && kind !== this.regions[i].type) { s += 10; }
        scored.push([s, this.regions[i]]);
      }
    }
    // Equal matches: provinces first, then by code (a kabupaten before the kota of the same name).
    scored.sort(function (a, b) {
      return a[0] - b[0] || (a[1].code.length - b[1].code.length) || (a[1].code < b[1].code ? -1 : 1);
    });
    var names = this.names;
    return scored.slice(0, limit).map(function (pair) {
      var r = pair[1];
      return {code: r.code, name: r.name, type: r.type, province: names[r.province] || ""};
    });
  };

  // -- the combobox -------------------------------------------------------------------------

  function Box(form, index) {
    this.form = form;
    this.index = index;
    this.input = form.querySelector("input[type=search]");
    this.status = form.querySelector("[role=status]");
    this.root = form.getAttribute("data-regions-root");
    this.results = [];
    this.active = -1;
    var id = this.input.id + "-list";
    this.list = document.createElement("ul");
    this.list.id = id;
    this.list.className = "search-list";
    this.list.setAttribute("role", "listbox");
    this.list.setAttribute("aria-label", form.getAttribute("data-label"));
    this.list.hidden = true;
    this.input.parentNode.appendChild(this.list);
    this.input.setAttribute("role", "combobox");
    this.input.setAttribute("aria-autocomplete", "list");
    this.input.setAttribute("aria-expanded", "false");
    this.input.setAttribute("aria-controls", id);
    this.input.setAttribute("autocomplete", "off");
    if (document.getElementById(this.input.id + "-hint")) { this.input.setAttribute("aria-describedby", this.input.id + "-hint"); }
    var self = this;
    this.input.addEventListener("input", function () { self.update(); });
    this.input.addEventListener("keydown", function (ev) { self.key(ev); });
    this.input.addEventListener("blur", function () { self.close(); });
    this.input.addEventListener("focus", function () { if (self.input.value) { self.update(); } });
    form.addEventListener("submit", function (ev) { if (self.go(true)) { ev.preventDefault(); } });
    // mousedown would blur the input (and close the list) before the click lands.
    this.list.addEventListener("mousedown", function (ev) { ev.preventDefault(); });
    this.list.addEventListener("click", function (ev) {
      var li = ev.target.closest ? ev.target.closest("[role=option]") : null;
      if (li) { self.active = Number(li.getAttribute("data-i")); self.go(false); }
    });
  }

  Box.prototype.href = function (r) { return this.root + r.code + "/index.html"; };

  Box.prototype.update = function () {
    this.results = this.index.search(this.input.value);
    this.active = -1;
    this.render();
    var empty = this.input.value.trim() === "";
    this.announce(empty ? "" : this.results.length
      ? this.form.getAttribute("data-count").replace("{n}", String(this.results.length))
      : this.form.getAttribute("data-none"));
  };

  Box.prototype.render = function () {
    while (this.list.firstChild) { this.list.removeChild(this.list.firstChild); }
    var provinceLabel = this.form.getAttribute("data-province");
    for (var i = 0; i < this.results.length; i++) {
      var r = this.results[i];
      var li = document.createElement("li");
      li.id = this.list.id + "-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === this.active ? "true" : "false");
      li.setAttribute("data-i", String(i));
      li.setAttribute("data-href", this.href(r));
      var name = document.createElement("span");
      name.className = "name";
      name.textContent = r.name;
      var where = document.createElement("span");
      where.className = "where";
      where.textContent = " \u2014 " + (r.type === "provinsi" ? provinceLabel : r.province);
      li.appendChild(name);
      li.appendChild(where);
      this.list.appendChild(li);
    }
    if (this.results.length) { this.open(); } else { this.close(); }
  };

  Box.prototype.open = function () {
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  };

  Box.prototype.close = function () {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.active = -1;
    this.mark();
  };

  Box.prototype.mark = function () {
    var options = this.list.children;
    for (var i = 0; i < options.length; i++) {
      var on = i === this.active;
      options[i].setAttribute("aria-selected", on ? "true" : "false");
      options[i].classList.toggle("active", on);
      if (on) {
        this.input.setAttribute("aria-activedescendant", options[i].id);
        if (options[i].scrollIntoView) { options[i].scrollIntoView({block: "nearest"}); }
      }
    }
    if (this.active < 0) { this.input.removeAttribute("aria-activedescendant"); }
  };

  Box.prototype.move = function (step) {
    if (this.list.hidden) {
      if (!this.results.length) { this.results = this.index.search(this.input.value); this.render(); }
      if (!this.results.length) { return; }
      this.open();
    }
    var n = this.results.length;
    if (this.active < 0) { this.active = step > 0 ? 0 : n - 1; } else { this.active = (this.active + step + n) % n; }
    this.mark();
  };

  // Opens the highlighted region, else (Enter, the submit button) the first; false when none.
  Box.prototype.go = function (first) {
    var r = this.results[this.active >= 0 ? this.active : first ? 0 : -1];
    if (!r) { return false; }
    this.close();
    window.location.href = this.href(r);
    return true;
  };

  Box.prototype.key = function (ev) {
    if (ev.altKey && ev.key === "ArrowDown") { this.update(); ev.preventDefault(); return; }
    switch (ev.key) {
      case "ArrowDown": this.move(1); ev.preventDefault(); break;
      case "ArrowUp": this.move(-1); ev.preventDefault(); break;
      case "Enter":
        if (this.results.length === 0 && this.input.value.trim()) { this.results = this.index.search(this.input.value); }
        if (this.go(true)) { ev.preventDefault(); }
        break;
      case "Escape":
        if (!this.list.hidden) { this.close(); } else { this.input.value = ""; this.results = []; this.announce(""); }
        ev.preventDefault();
        break;
      default: break;
    }
  };

  Box.prototype.announce = function (text) {
    if (this.status) { this.status.textContent = text; }
  };

  function start() {
    if (!window.NetralitasSearchIndex) { return; }
    var index = new Index(window.NetralitasSearchIndex);
    window.NetralitasSearch = {
      index: index,
      normalise: function (text) { return normalise(text, index.prefixes); },
      splitPrefix: function (text) { return splitPrefix(text, index.prefixes); },
      search: function (text, limit) { return index.search(text, limit); }
    };
    var forms = document.querySelectorAll("form[data-region-search]");
    for (var i = 0; i < forms.length; i++) {
      var box = new Box(forms[i], index);
      // The region index opened by the form without a match: the typed text carries on.
      var q = window.URLSearchParams ? new URLSearchParams(window.location.search).get("q") : null;
      if (q && i === 0 && !box.input.value) { box.input.value = q; box.input.focus(); box.update(); }
    }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
