// Verbatim's search page. Over http it asks Pagefind (pagefind/pagefind.js, WebAssembly, index
// fetched in pieces); opened from disk (file://), where browsers block those fetches, it loads a
// compact MiniSearch index instead, from plain scripts (search/minisearch.js, and the documents in
// search/index.js, indexed when the reader first searches).
// Nothing is loaded until the reader searches. Results link to the articles, relatively, so the
// site works from any folder.
(function () {
  'use strict';
  var results = document.getElementById('search-results');
  if (!results) return; // Other pages' search boxes just open the search page.
  var root = document.documentElement.getAttribute('data-root') || '';
  var sitePath = new URL(root || './', window.location.href).pathname;
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search-query');
  var status = document.getElementById('search-status');
  var filterBox = document.getElementById('search-filters');
  var selects = filterBox.querySelectorAll('select');
  var params = new URLSearchParams(window.location.search);
  var query = (params.get('q') || '').trim();
  input.value = query;
  selects.forEach(function (select) {
    var value = params.get(select.name);
    if (value) {
      var option = document.createElement('option');
      option.value = option.textContent = value;
      select.appendChild(option);
      select.value = value;
    }
  });
  if (!query) return;

  function chosenFilters() {
    var chosen = {};
    selects.forEach(function (select) {
      if (select.value) chosen[select.getAttribute('data-filter')] = select.value;
    });
    return chosen;
  }

  function fillFilters(counts) {
    selects.forEach(function (select) {
      var name = select.getAttribute('data-filter');
      var current = select.value;
      var values = Object.keys(counts[name] || {}).sort(function (a, b) { return a.localeCompare(b); });
      while (select.options.length > 1) select.remove(1);
      values.forEach(function (value) {
        var option = document.createElement('option');
        option.value = value;
        option.textContent = value + ' (' + counts[name][value] + ')';
        select.appendChild(option);
      });
      select.value = values.indexOf(current) >= 0 ? current : '';
    });
    filterBox.hidden = false;
  }

  function show(items) {
    results.textContent = '';
    var asked = query.replace(/^["“”]+|["“”]+$/g, '');
    status.textContent = items.length === 0 ? 'Nothing found for “' + asked + '”.' : items.length + (items.length === 1 ? ' article' : ' articles') + ' for “' + asked + '”';
    items.forEach(function (item) {
      var entry = document.createElement('li');
      entry.className = 'search-result';
      var heading = document.createElement('h2');
      var link = document.createElement('a');
      link.href = root + item.url;
      link.textContent = item.title;
      heading.appendChild(link);
      entry.appendChild(heading);
      if (item.meta) {
        var meta = document.createElement('p');
        meta.className = 'meta';
        meta.textContent = item.meta;
        entry.appendChild(meta);
      }
      var excerpt = document.createElement('p');
      excerpt.className = 'search-excerpt';
      // Pagefind's excerpts are escaped text with <mark> around the words found; ours are plain text.
      if (item.excerptHtml) excerpt.innerHTML = item.excerptHtml;
      else excerpt.textContent = item.excerpt;
      entry.appendChild(excerpt);
      results.appendChild(entry);
    });
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('cannot load ' + src)); };
      document.head.appendChild(script);
    });
  }

  function pagefindSearch() {
    // A module specifier must be a URL, not a bare path.
    var bundle = new URL(root + 'pagefind/', window.location.href).href;
    return import(bundle + 'pagefind.js').then(function (pagefind) {
      // A large archive's index comes in shards, listed in pagefind/shards.json: each is merged into
      // the first. The list is written last, so without it the index is incomplete: the compact one is used.
      return fetch(bundle + 'shards.json').then(function (response) {
        if (!response.ok) throw new Error('no complete Pagefind index (pagefind/shards.json)');
        return response.json();
      }).then(function (shards) {
        return Promise.all(shards.map(function (shard) { return pagefind.mergeIndex(bundle + shard); }));
      }).then(function () { return pagefind; });
    }).then(function (pagefind) {
      return pagefind.filters().then(function (counts) {
        fillFilters(counts);
        var filters = chosenFilters();
        return pagefind.search(query, { filters: filters });
      }).then(function (found) {
        return Promise.all(found.results.slice(0, 30).map(function (result) { return result.data(); }));
      }).then(function (pages) {
        show(pages.map(function (page) {
          // Pagefind's URLs are absolute paths ("/archive/articles/x.html"), or whole URLs from a merged
          // shard; ours are relative to the site root.
          var pathname = new URL(page.url, window.location.href).pathname;
          var url = pathname.indexOf(sitePath) === 0 ? pathname.slice(sitePath.length) : pathname.replace(/^\/+/, '');
          return { url: url, title: page.meta.title, excerptHtml: page.excerpt, meta: page.meta.meta || '' };
        }));
      });
    });
  }

  var littleWords = ['a', 'an', 'the', 'on', 'about', 'of', 'to', 'in', 'and', 'or', 'by', 'for', 'with', 'what', 'who', 'said', 'says'];

  function fileSearch() {
    return loadScript(root + 'search/minisearch.js').then(function () {
      return loadScript(root + 'search/index.js');
    }).then(function () {
      // The documents are indexed here, once a page, so the build never holds an index of the archive.
      var data = window.verbatimSearch;
      var index = new window.MiniSearch({ fields: data.fields, storeFields: data.storeFields });
      index.addAll(data.documents);
      var filters = chosenFilters();
      var keep = function (hit) {
        return (!filters.theme || hit.themes.indexOf(filters.theme) >= 0) &&
          (!filters.speaker || hit.speakers.indexOf(filters.speaker) >= 0) &&
          (!filters.source || hit.sources.indexOf(filters.source) >= 0);
      };
      // Every word must match (the last may be the start of one), so a quoted phrase finds its
      // article; little words are left out ("Stoltenberg on Putin"), and if nothing has every word,
      // the articles with the most of them are shown.
      var words = query.replace(/["“”]/g, ' ').split(/\s+/).filter(Boolean);
      var meaningful = words.filter(function (word) { return littleWords.indexOf(word.toLowerCase()) < 0; });
      var text = (meaningful.length > 0 ? meaningful : words).join(' ');
      var options = { prefix: function (term, i, terms) { return i === terms.length - 1; }, boost: { title: 2, speakers: 2 } };
      var hits = index.search(text, Object.assign({ combineWith: 'AND' }, options));
      if (hits.length === 0) hits = index.search(text, Object.assign({ combineWith: 'OR' }, options));
      var counts = { theme: {}, speaker: {}, source: {} };
      hits.forEach(function (hit) {
        hit.themes.forEach(function (value) { counts.theme[value] = (counts.theme[value] || 0) + 1; });
        hit.speakers.forEach(function (value) { counts.speaker[value] = (counts.speaker[value] || 0) + 1; });
        hit.sources.forEach(function (value) { counts.source[value] = (counts.source[value] || 0) + 1; });
      });
      fillFilters(counts);
      show(hits.filter(keep).slice(0, 30).map(function (hit) {
        return { url: hit.url, title: hit.title, excerpt: hit.excerpt, meta: hit.outlet + (hit.date ? ' · ' + hit.date : '') };
      }));
    });
  }

  selects.forEach(function (select) {
    select.addEventListener('change', function () { form.submit(); });
  });
  status.textContent = 'Searching…';
  var search = window.location.protocol === 'file:' ? fileSearch() : pagefindSearch().catch(function (error) { console.warn('Pagefind failed, using the compact index:', error && error.message); return fileSearch(); });
  search.catch(function (error) {
    status.textContent = 'Search could not run here (' + error.message + ').';
  });
})();
