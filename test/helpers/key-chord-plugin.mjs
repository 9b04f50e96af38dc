// `executeServerCommand('press-with-modifier', { modifier, key })`: presses `key` while
// `modifier` is held, in every engine. @web/test-runner-commands' sendKeys holds a key
// with { down } / { up }, which WebDriver sessions reject; a WebDriver key action can
// hold a modifier through a press, so each engine is driven by what it supports.
// Server-side plugin for web-test-runner.config.mjs (Node, not the browser).
export const keyChordPlugin = {
  name: 'press-with-modifier',
  async executeCommand({ command, payload, session }) {
    if (command !== 'press-with-modifier') return undefined;
    const { modifier, key } = payload ?? {};
    if (!['Shift', 'Control', 'Alt', 'Meta'].includes(modifier) || typeof key !== 'string' || key === '') {
      throw new Error(`press-with-modifier: expected { modifier: Shift, Control, Alt or Meta, key }, got ${JSON.stringify(payload)}`);
    }
    if (session.browser.type === 'webdriver') {
      // webdriverio's keys() presses every key of the list down in order, then lets them go.
      await session.browser.sendKeys(session.id, [modifier, key]);
      return true;
    }
    if (session.browser.type === 'puppeteer') {
      const { keyboard } = session.browser.getPage(session.id);
      await keyboard.down(modifier);
      try {
        await keyboard.press(key);
      } finally {
        await keyboard.up(modifier);
      }
      return true;
    }
    throw new Error(`press-with-modifier: not supported for browser type ${session.browser.type}`);
  },
};
