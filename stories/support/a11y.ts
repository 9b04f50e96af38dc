// The axe rules every story is held to: the WCAG 2.0/2.1/2.2 A and AA tags, the same list as
// WCAG_TAGS in test/helpers/axe.ts (that module loads axe into the page, so the catalogue
// does not import it). scripts/check-stories.mjs fails if the two lists ever differ.
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
