// Runs in a browser started with forced colours (a test-runner group: Firefox told to
// always use its own colours), where media emulation is not available to the test itself.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { ARTICLE_URL, eventButtons, renderSettled, shadow } from '../helpers/timeline.js';

describe('forced colours (browser started with forced colours)', () => {
  it('the browser really forces colours', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
  });

  it('keeps markers, the selection and the focus ring visible, with no axe violations', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    element.select('uk-commons-vote');
    await element.updateComplete;
    const root = shadow(element);
    const markers = getComputedStyle(root.querySelector('path.markers:not(.inner)')!);
    const selected = getComputedStyle(root.querySelector('circle.marker.selected')!);
    expect(markers.stroke).to.not.equal('none');
    expect(selected.fill).to.not.equal(markers.stroke);
    eventButtons(element)[0].focus();
    await sendKeys({ press: 'Shift' });
    const focused = getComputedStyle(eventButtons(element)[0]);
    expect(focused.outlineStyle).to.equal('solid');
    expect(Number.parseFloat(focused.outlineWidth)).to.be.at.least(2);
    await expectNoAxeViolations(element);
  });
});
