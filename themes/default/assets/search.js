/* BudgetSiteGen search: the static index built with the site, loaded shard by shard with <script>
   elements (browsers refuse fetch() on file://), so it works from disk and under any sub-path.
   Tokens and hashes must match src/BudgetSiteGen.Core/Indexing/SearchTokens.cs. No framework, no other host. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form) { return; }
  document.documentElement.className += ' js';
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var filters = { y: document.getElementById('filter-year'), j: document.getElementById('filter-jurisdiction'), k: document.getElementById('filter-type') };
  var text = form.dataset;
  var BASE = 'search/';
  var PAGE = 10;
  var TRANSPARENT = '\u201c\u201d\u2018\u2019"\'\u300c\u300d\u300e\u300f\u300a\u300b\u3008\u3009\uff08\uff09()\u3010\u3011[]';
  var pending = {}, resolvers = {}, shown = 0, hits = [], words = [], meta = null, runId = 0, timer = 0;

  var BSG = window.BSG = {};
  function settle(key, value) { if (resolvers[key]) { resolvers[key](value); } }
  BSG.m = function (d) { settle('m', d); };
  BSG.t = function (n, d) { settle('t' + n, d); };
  BSG.d = function (n, d) { settle('d' + n, d); };
  BSG.f = function (n, d) { settle('f' + n, d); };
  BSG.l = function (n, d) { settle('l' + n, d); };
  BSG.j = function (d) { settle('j', d); };

  function need(key, src) {
    if (!pending[key]) {
      pending[key] = new Promise(function (resolve) {
        resolvers[key] = resolve;
        var s = document.createElement('script');
        s.src = BASE + src;
        s.onerror = function () { resolve(null); };
        document.head.appendChild(s);
      });
    }
    return pending[key];
  }

  function isCjk(c) {
    var x = c.charCodeAt(0);
    return (x >= 0x4E00 && x <= 0x9FFF) || (x >= 0x3400 && x <= 0x4DBF) || (x >= 0xF900 && x <= 0xFAFF);
  }

  function tokens(value) {
    var out = [], cjk = '', word = '', i, c;
    function pairs() { for (var p = 0; p + 1 < cjk.length; p++) { out.push(cjk.substr(p, 2)); } cjk = ''; }
    function flush() { if (word.length >= 2) { out.push(word); } word = ''; }
    for (i = 0; i < value.length; i++) {
      c = value.charAt(i);
      if (TRANSPARENT.indexOf(c) >= 0) { continue; }
      if (isCjk(c)) { flush(); cjk += c; continue; }
      pairs();
      if (/[A-Za-z0-9]/.test(c)) { word += c.toLowerCase(); } else { flush(); }
    }
    pairs(); flush();
    return out;
  }

  function hash(t) {
    var h = 2166136261;
    for (var i = 0; i < t.length; i++) { h ^= t.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
    return h >>> 0;
  }

  function parse(q) {
    return q.trim().split(/\s+/).filter(Boolean).map(function (w) {
      return { word: w, tokens: /^\d{3,7}$/.test(w) ? ['#' + w] : tokens(w) };
    }).filter(function (w) { return w.tokens.length > 0; });
  }

  /* Decodes a token's postings (see PostingCodec.cs): varint gaps and halved scores in base 64, in document
     order, into two arrays. */
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  function decode(raw) {
    var docs = [], scores = [], doc = 0, i = 0, value, shift, c;
    while (i < raw.length) {
      value = 0; shift = 0;
      do { c = ALPHABET.indexOf(raw.charAt(i++)); value += (c & 31) * Math.pow(2, shift); shift += 5; } while (c & 32);
      doc += value;
      docs.push(doc);
      scores.push(ALPHABET.indexOf(raw.charAt(i++)));
    }
    return { docs: docs, scores: scores };
  }

  /* A long list lives packed (deflate, base 64) in a file of its own, named in its shard as "@K". */
  function inflate(packed) {
    var bytes = Uint8Array.from(atob(packed), function (ch) { return ch.charCodeAt(0); });
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
  }

  function listOf(shards, t) {
    var n = hash(t) % meta.shards, raw = (shards[n] && shards[n][t]) || '';
    if (raw.charAt(0) !== '@') { return Promise.resolve(decode(raw)); }
    var key = n + '-' + raw.substr(1);
    return need('l' + key, 'l/' + key + '.js').then(function (packed) { return packed ? inflate(packed).then(decode) : decode(''); });
  }

  /* Both lists in document order: keeps the documents in both, with combine(score a, score b). */
  function intersect(a, b, combine) {
    var docs = [], scores = [], i = 0, j = 0;
    while (i < a.docs.length && j < b.docs.length) {
      if (a.docs[i] < b.docs[j]) { i++; } else if (a.docs[i] > b.docs[j]) { j++; } else {
        docs.push(a.docs[i]); scores.push(combine(a.scores[i], b.scores[j])); i++; j++;
      }
    }
    return { docs: docs, scores: scores };
  }

  /* A document matches a word when it has every token of it (scored by the weakest), and a query when it
     matches every word (scored by the sum). Every list is complete, so the count is the full count. */
  function rank(parsed, lists) {
    var total = null;
    parsed.forEach(function (w) {
      var scores = null;
      w.tokens.forEach(function (t) { scores = scores === null ? lists[t] : intersect(scores, lists[t], Math.min); });
      total = total === null ? scores : intersect(total, scores, function (x, y) { return x + y; });
    });
    var order = total.docs.map(function (d, i) { return i; });
    order.sort(function (a, b) { return (total.scores[b] - total.scores[a]) || (total.docs[a] - total.docs[b]); });
    return order.map(function (i) { return total.docs[i]; });
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }

  function highlight(s) {
    var html = escapeHtml(s);
    words.forEach(function (w) {
      var safe = escapeHtml(w.word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      html = html.replace(new RegExp(safe, 'gi'), function (m) { return '<mark>' + m + '</mark>'; });
    });
    return html;
  }

  function snippet(doc) {
    var x = doc.x || '', at = -1;
    words.forEach(function (w) { var i = x.toLowerCase().indexOf(w.word.toLowerCase()); if (i >= 0 && (at < 0 || i < at)) { at = i; } });
    var start = Math.max(0, at - 30);
    var piece = x.substr(start, 110);
    return (start > 0 ? '…' : '') + piece + (start + 110 < x.length ? '…' : '');
  }

  function filterActive() { return filters.y.value || filters.j.value || filters.k.value; }

  function applyFilters(docs) {
    if (!filterActive()) { return Promise.resolve(docs); }
    var block = meta.block, blocks = {};
    docs.forEach(function (d) { blocks[Math.floor(d / block)] = true; });
    return Promise.all(Object.keys(blocks).map(function (b) { return need('f' + b, 'f/' + b + '.js').then(function (v) { blocks[b] = v; }); }))
      .then(function () {
        return docs.filter(function (d) {
          var data = blocks[Math.floor(d / block)], i = (d % block) * 3;
          if (!data) { return false; }
          return (!filters.y.value || String(data[i]) === filters.y.value)
            && (!filters.j.value || String(data[i + 1]) === filters.j.value)
            && (!filters.k.value || meta.types[data[i + 2]] === filters.k.value);
        });
      });
  }

  /* Shows the next PAGE results. */
  function render(id) {
    var slice = hits.slice(shown, shown + PAGE);
    return Promise.all(slice.map(function (d) { return need('d' + d, 'd/' + d + '.js'); })).then(function (docs) {
      if (id !== runId) { return; }
      docs.forEach(function (doc) {
        if (!doc) { return; }
        var li = document.createElement('li');
        li.innerHTML = '<a href="' + escapeHtml(doc.u) + '">' + highlight(doc.t) + '</a>'
          + '<p class="result-crumb">' + escapeHtml(doc.b) + '</p>'
          + '<p class="result-snippet">' + highlight(snippet(doc)) + '</p>';
        list.appendChild(li);
      });
      shown += slice.length;
      more.hidden = shown >= hits.length;
    });
  }

  function announce() {
    status.textContent = hits.length ? text.found.replace('{0}', hits.length) : text.none.replace('{0}', input.value.trim());
  }

  function run() {
    var q = input.value, id = ++runId;
    try { history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname); } catch (e) { /* file:// may refuse; searching still works */ }
    list.innerHTML = '';
    more.hidden = true;
    words = parse(q);
    if (!q.trim()) { status.textContent = ''; return; }
    if (!words.length) { status.textContent = text.tooShort; return; }
    status.textContent = text.searching;
    need('m', 'meta.js').then(function (m) {
      meta = m;
      fillYears();
      var ids = {}, shards = {}, lists = {};
      words.forEach(function (w) { w.tokens.forEach(function (t) { ids[hash(t) % meta.shards] = true; }); });
      return Promise.all(Object.keys(ids).map(function (n) { return need('t' + n, 't/' + n + '.js').then(function (s) { shards[n] = s; }); }))
        .then(function () {
          var all = [];
          words.forEach(function (w) { w.tokens.forEach(function (t) { all.push(t); }); });
          return Promise.all(all.map(function (t) { return listOf(shards, t).then(function (l) { lists[t] = l; }); }));
        })
        .then(function () { return applyFilters(rank(words, lists)); });
    }).then(function (found) {
      if (id !== runId) { return; }
      hits = found;
      shown = 0;
      announce();
      return render(id);
    });
  }

  function fillYears() {
    if (filters.y.options.length > 1 || !meta) { return; }
    meta.years.forEach(function (y) { filters.y.add(new Option(String(y), String(y))); });
  }

  function fillJurisdictions() {
    if (filters.j.options.length > 1) { return; }
    need('j', 'jurisdictions.js').then(function (names) {
      (names || []).forEach(function (name, i) { if (name) { filters.j.add(new Option(name, String(i))); } });
    });
  }

  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 250); });
  form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(); });
  Object.keys(filters).forEach(function (k) { filters[k].addEventListener('change', run); });
  document.getElementById('search-filters').addEventListener('toggle', fillJurisdictions);
  more.addEventListener('click', function () { render(runId); });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) { input.value = initial; run(); }
})();
