import { expect, html } from '@open-wc/testing';
import { autoplayButton, fakeTimeouts, SHUFFLED, untilFrame } from '../../test/helpers/autoplay.js';
import { eventButtons, renderSettled } from '../../test/helpers/timeline.js';
import { whileFileMissing } from '../../test/helpers/missing-file.js';

describe('news-timeline autoplay when news-timeline.autoplay.js cannot load', () => {
  const { errors } = whileFileMissing('autoplay');

  it('leaves a working timeline: no step, no error, and no Pause button once it failed', async () => {
    const element = await renderSettled(html`<news-timeline autoplay="3" .data=${SHUFFLED}></news-timeline>`);
    await untilFrame(() => autoplayButton(element) === null, 'the button to go');
    const clock = fakeTimeouts();
    try {
      clock.tick(60_000);
    } finally {
      clock.uninstall();
    }
    expect(element.selected).to.equal(null);
    eventButtons(element)[1]?.click();
    await element.updateComplete;
    expect(element.selected).to.equal('b');
    expect(errors).to.deep.equal([]);
  });
});
