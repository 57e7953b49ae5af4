/**
 * A colour for each category, the same in the charts, the marks and the filter: built-in
 * categories have their own, a custom one gets one of the spare colours by its name.
 */
const BUILT_IN: Record<string, string> = {
  prose: '#8c8c8c',
  navigation: '#4e79a7',
  related: '#f28e2b',
  metadata: '#76b7b2',
  newsletter: '#e15759',
  share: '#59a14f',
  comments: '#edc948',
  donation: '#b07aa1',
  cookie: '#9c755f',
  legal: '#bab0ac',
  ads: '#ff9da7',
  paywall: '#d37295',
  notification: '#a0cbe8',
  template: '#86bcb6',
  'author-bio': '#8cd17d',
};

const SPARE = ['#499894', '#b6992d', '#f1ce63', '#d4a6c8', '#79706e', '#fabfd2', '#ffbe7d', '#9d7660'];

export function categoryColor(category: string): string {
  const known = BUILT_IN[category];
  if (known) return known;
  let hash = 0;
  for (let i = 0; i < category.length; i++) hash = (hash * 31 + category.charCodeAt(i)) >>> 0;
  return SPARE[hash % SPARE.length]!;
}
