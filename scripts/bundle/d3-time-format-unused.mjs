// The standalone bundle's stand-in for d3-time-format. scaleUtc builds its default tick
// formatter from it, but news-timeline labels every tick and date through
// Intl.DateTimeFormat in the reader's locale and never calls that formatter; leaving the
// real module out saves ~3 KB gzipped. Bundler users of the npm package get the real one.
export function utcFormat() {
  return (date) => new Date(+date).toISOString();
}

export const timeFormat = utcFormat;
