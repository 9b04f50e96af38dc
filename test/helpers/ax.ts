import { executeServerCommand } from '@web/test-runner-commands';

/** A node of the browser's accessibility tree, as puppeteer reports it. */
export interface AxNode {
  readonly role: string;
  readonly name?: string;
  readonly disabled?: boolean;
  readonly expanded?: boolean;
  readonly focused?: boolean;
  readonly children?: readonly AxNode[];
}

let counter = 0;

/**
 * The accessibility tree under `element`, read from the browser itself; `undefined` (with
 * the reason) where the test runner cannot reach the browser's tree.
 */
export async function accessibilityTree(element: HTMLElement): Promise<{ tree?: AxNode; unsupported?: string }> {
  const id = element.id || `ax-root-${(counter += 1)}`;
  element.id = id;
  return executeServerCommand<{ tree?: AxNode; unsupported?: string }, { selector: string }>('ax-tree', {
    selector: `#${id}`,
  });
}

/** Every node of a tree, depth first. */
export function flatten(node: AxNode): AxNode[] {
  return [node, ...(node.children ?? []).flatMap(flatten)];
}

export function findAll(node: AxNode, test: (node: AxNode) => boolean): AxNode[] {
  return flatten(node).filter(test);
}
