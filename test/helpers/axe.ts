import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

/** The WCAG 2.0/2.1/2.2 A and AA rules: what the component promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe over `root` (shadow roots included) and throws a readable list of every
 * violation: rule, impact, and the nodes it found.
 */
export async function expectNoAxeViolations(root: Element, options: RunOptions = {}): Promise<AxeResults> {
  const results = await window.axe.run(root, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
    ...options,
  });
  if (results.violations.length > 0) {
    const report = results.violations
      .map((violation) => {
        const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
        return `  ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n${nodes.join('\n')}`;
      })
      .join('\n');
    throw new Error(`axe found ${results.violations.length} violation(s):\n${report}`);
  }
  return results;
}
