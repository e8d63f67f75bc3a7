// The home page's search box: MiniSearch over the index built when the site was generated
// (assets/search-index.js assigns window.ROLEKIT_SEARCH), so it works from file:// too.
(() => {
  const data = window.ROLEKIT_SEARCH;
  const input = document.getElementById('search');
  const results = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  if (!data || !window.MiniSearch || !input || !results) return;
  const index = window.MiniSearch.loadJS(data.index, data.options);

  function show() {
    const query = input.value.trim();
    results.replaceChildren();
    if (query === '') {
      status.textContent = '';
      return;
    }
    let hits = index.search(query);
    // A word that is not in the index yet as typed: try any of the words.
    if (hits.length === 0) hits = index.search(query, { combineWith: 'OR' });
    for (const hit of hits.slice(0, 50)) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `roles/${hit.id}.html`;
      link.textContent = hit.title;
      link.dir = 'auto';
      const family = document.createElement('span');
      family.className = 'muted';
      family.textContent = ` · ${hit.family}`;
      const summary = document.createElement('p');
      summary.textContent = hit.summary;
      summary.dir = 'auto';
      item.append(link, family, summary);
      results.append(item);
    }
    status.textContent =
      hits.length === 0
        ? 'No role matches.'
        : `${hits.length} ${hits.length === 1 ? 'role matches' : 'roles match'}${hits.length > 50 ? ', the first 50 shown' : ''}.`;
  }
  input.addEventListener('input', show);
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) input.value = query;
  show();
})();
