/**
 * The report's script, inlined in the page: the filter by rule or category (and by
 * warnings), which hides the documents that do not match and picks out the matching
 * removals; a click on a chart's row sets it. Everything else reads without a script.
 */
export const PAGE_SCRIPT = `
(() => {
  const filter = document.getElementById('filter');
  const warnedOnly = document.getElementById('only-warned');
  const counter = document.getElementById('shown-count');
  const docs = Array.from(document.querySelectorAll('section.doc'));
  const apply = () => {
    const value = filter.value;
    const kind = value.slice(0, value.indexOf(':'));
    const id = value.slice(value.indexOf(':') + 1);
    let shown = 0;
    for (const doc of docs) {
      const ids = kind === 'rule' ? doc.dataset.rules : doc.dataset.categories;
      const match = (!value || ids.includes(' ' + id + ' ')) && (!warnedOnly.checked || doc.dataset.warned === 'true');
      doc.hidden = !match;
      if (match) shown++;
    }
    for (const hit of document.querySelectorAll('.hit')) hit.classList.remove('hit');
    if (value) {
      const selector = kind === 'rule' ? '[data-rule="' + CSS.escape(id) + '"]' : 'del[data-category="' + CSS.escape(id) + '"]';
      for (const mark of document.querySelectorAll('section.doc ' + selector)) {
        mark.classList.add('hit');
        if (kind === 'category' && mark.nextElementSibling) mark.nextElementSibling.classList.add('hit');
      }
    }
    document.body.classList.toggle('filtering', value !== '');
    counter.textContent = shown.toLocaleString('en-US') + ' of ' + docs.length.toLocaleString('en-US') + ' documents shown';
  };
  filter.addEventListener('change', apply);
  warnedOnly.addEventListener('change', apply);
  const choose = (value) => {
    if (!Array.from(filter.options).some((o) => o.value === value)) return;
    filter.value = value;
    apply();
    document.getElementById('documents').scrollIntoView();
  };
  for (const row of document.querySelectorAll('svg.chart .row')) {
    row.addEventListener('click', () => choose(row.dataset.filter));
    row.addEventListener('keydown', (e) => { if (e.key === 'Enter') choose(row.dataset.filter); });
  }
  const toggleAll = (open) => { for (const doc of docs) if (!doc.hidden) doc.querySelector('details').open = open; };
  document.getElementById('expand').addEventListener('click', () => toggleAll(true));
  document.getElementById('collapse').addEventListener('click', () => toggleAll(false));
  // A link to a document opens it, and shows it even when the filter had hidden it.
  const reveal = () => {
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (!target || !target.classList.contains('doc')) return;
    if (target.hidden) { filter.value = ''; warnedOnly.checked = false; apply(); }
    target.querySelector('details').open = true;
    target.scrollIntoView();
  };
  window.addEventListener('hashchange', reveal);
  apply();
  reveal();
})();
`;
