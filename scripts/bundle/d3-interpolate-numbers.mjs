// The standalone bundle's stand-in for d3-interpolate. news-timeline's only scale is a
// d3 scaleUtc from time to pixels: numbers in, numbers out. d3-scale imports the general
// interpolator, which pulls in every colour space of d3-color (~6 KB gzipped) that a
// number never needs. Bundler users of the npm package get the real d3-interpolate.
export function interpolateNumber(a, b) {
  const from = +a;
  const to = +b;
  return (t) => from * (1 - t) + to * t;
}

export function interpolateRound(a, b) {
  const between = interpolateNumber(a, b);
  return (t) => Math.round(between(t));
}

export function interpolate(a, b) {
  if (typeof b !== 'number' && !(b instanceof Date)) {
    throw new TypeError('news-timeline bundle: scales interpolate numbers only');
  }
  return interpolateNumber(a, b);
}

export function piecewise() {
  throw new TypeError('news-timeline bundle: piecewise interpolation is not included');
}
