import { expect } from '@open-wc/testing';
import { rehearse } from './warm-up.js';

describe('rehearse', () => {
  it('rehearse(locale) draws labels, a cluster badge, a span bar and ticks into an element never attached, once per page', () => {
    const drawing = rehearse('en-GB')!;
    expect(drawing.isConnected).to.equal(false);
    expect(drawing.querySelectorAll('ol.events > li > button[data-id]').length).to.be.above(1);
    expect(drawing.querySelector('button.cluster')?.textContent?.trim()).to.match(/^\+\d+$/);
    expect(drawing.querySelector('.span')).to.not.equal(null);
    expect(drawing.querySelectorAll('text.tick-label').length).to.be.above(0);
    expect(drawing.querySelector('.bracket')?.getAttribute('d')).to.match(/^M/);
    expect(rehearse('en-GB')).to.equal(undefined);
  });
});
