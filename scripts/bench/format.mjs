// Number formats shared by the tables of `npm run bench` (scripts/bench.mjs, scripts/bench/compare.mjs).

export function ms(value) {
  if (value === null) return '–';
  return value < 10 ? `${value.toFixed(2)} ms` : value < 1000 ? `${value.toFixed(1)} ms` : `${(value / 1000).toFixed(2)} s`;
}

export function sizeLabel(size) {
  return size === 'article' ? 'article (8)' : Number(size).toLocaleString('en-GB');
}

export function ratio(ours, theirs) {
  if (ours === null || theirs === null || theirs === 0) return '–';
  const r = ours / theirs;
  return r < 0.01 ? `${r.toFixed(4)}` : `${r.toFixed(3)}`;
}
