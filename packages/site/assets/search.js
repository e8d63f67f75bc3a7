// The home page's search box: MiniSearch over the roles' documents (assets/search-index.js assigns
// window.ROLEKIT_SEARCH, so it works from file:// too). The index is built on the first use of the
// box (focus, typing, or ?q= in the address), not when the page loads: about half a second at
// 2,000 roles, in chunks so that typing stays responsive meanwhile.
(() => {
  const data = window.ROLEKIT_SEARCH;
  const input = document.getElementById('search');
  const results = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  if (!data || !window.MiniSearch || !input || !results) return;
  let index;
  let building;

  function ready() {
    if (!building) {
      const fresh = new window.MiniSearch(data.options);
      building = fresh.addAllAsync(data.documents, { chunkSize: 100 }).then(() => {
        index = fresh;
      });
    }
    return building;
  }

  function show() {
    const query = input.value.trim();
    results.replaceChildren();
    if (query === '') {
      status.textContent = '';
      return;
    }
    if (!index) {
      status.textContent = 'Preparing the search…';
      ready().then(show);
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
  input.addEventListener('focus', ready, { once: true });
  input.addEventListener('input', show);
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) input.value = query;
  show();
})();
