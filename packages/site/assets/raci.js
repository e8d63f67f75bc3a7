// The RACI page's filters (role, family, activity group, letters) and cell notes. Hidden rows and
// columns get the `hidden` attribute; a row is shown when one of its visible cells holds a checked letter.
(() => {
  const table = document.getElementById('raci-matrix');
  if (!table) return;
  const role = document.getElementById('filter-role');
  // A family's page of a split matrix has no family filter.
  const family = document.getElementById('filter-family');
  const group = document.getElementById('filter-group');
  const letters = [...document.querySelectorAll('input[name="letter"]')];
  const count = document.getElementById('raci-count');
  const headers = [...table.querySelectorAll('thead th[data-role]')];
  const rows = [...table.querySelectorAll('tr[data-activity]')];
  const bodies = [...table.querySelectorAll('tbody[data-group]')];
  // A large matrix writes its empty cells bare (<td></td>): name them from their column.
  for (const row of rows)
    for (let i = 1; i < row.cells.length; i++) {
      const cell = row.cells[i];
      if (cell.dataset.role === undefined && headers[i - 1]) {
        cell.dataset.role = headers[i - 1].dataset.role;
        cell.dataset.letter = '';
      }
    }

  function apply() {
    const shownRoles = new Set();
    for (const th of headers) {
      const show =
        (role.value === '' || th.dataset.role === role.value) &&
        (!family || family.value === '' || th.dataset.family === family.value);
      th.hidden = !show;
      if (show) shownRoles.add(th.dataset.role);
    }
    const checked = new Set(letters.filter((l) => l.checked).map((l) => l.value));
    let shownRows = 0;
    for (const row of rows) {
      let any = false;
      for (const cell of row.cells) {
        if (!cell.dataset.role) continue;
        const visible = shownRoles.has(cell.dataset.role);
        cell.hidden = !visible;
        const letter = cell.dataset.letter;
        const button = cell.firstElementChild;
        if (button) button.hidden = !checked.has(letter);
        if (visible && letter !== '' && checked.has(letter)) any = true;
      }
      const show = any && (group.value === '' || row.dataset.group === group.value);
      row.hidden = !show;
      if (show) shownRows++;
    }
    for (const body of bodies) body.hidden = !body.querySelector('tr[data-activity]:not([hidden])');
    count.textContent = `${shownRows} ${shownRows === 1 ? 'activity' : 'activities'}, ${shownRoles.size} ${shownRoles.size === 1 ? 'role' : 'roles'} shown.`;
  }

  for (const control of [role, family, group, ...letters]) control?.addEventListener('change', apply);
  // A click pins a cell's note open (touch screens have no hover); Escape closes it.
  table.addEventListener('click', (event) => {
    const button = event.target.closest('button.cell');
    if (!button) return;
    const open = button.getAttribute('aria-expanded') === 'true';
    for (const other of table.querySelectorAll('button.cell[aria-expanded="true"]'))
      other.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-expanded', open ? 'false' : 'true');
  });
  table.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const open of table.querySelectorAll('button.cell[aria-expanded="true"]'))
      open.setAttribute('aria-expanded', 'false');
  });
  apply();
})();
