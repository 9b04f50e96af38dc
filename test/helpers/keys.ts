import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Presses `key` with `modifier` held (Shift+Tab), through the browser's automation
 * protocol, in every engine the suite runs (see test/helpers/key-chord-plugin.mjs).
 */
export async function pressWithModifier(modifier: 'Shift' | 'Control' | 'Alt' | 'Meta', key: string): Promise<void> {
  await executeServerCommand<boolean, { modifier: string; key: string }>('press-with-modifier', { modifier, key });
}
