import { expect } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { rehearse, renderTypeSpecimen, startWarmUp, warmUp } from './warm-up.js';

describe('warm-up', () => {
  it('rehearse(locale) draws labels, a cluster badge, a span bar and ticks into an element never attached, once per page; not with the switch off', async () => {
    warmUp.enabled = false;
    try {
      const host = { updateComplete: Promise.resolve(true) };
      startWarmUp(host, 'en-GB', () => true);
      await host.updateComplete;
      expect(renderTypeSpecimen(true)).to.equal(nothing);
    } finally {
      warmUp.enabled = true;
    }
    // Had startWarmUp rehearsed with the switch off, this first call would draw nothing.
    const drawing = rehearse('en-GB')!;
    expect(drawing.isConnected).to.equal(false);
    expect(drawing.querySelectorAll('ol.events > li > button[data-id]').length).to.be.above(1);
    expect(drawing.querySelector('button.cluster')?.textContent?.trim()).to.match(/^\+\d+$/);
    expect(drawing.querySelector('.span')).to.not.equal(null);
    expect(drawing.querySelectorAll('text.tick-label').length).to.be.above(0);
    expect(drawing.querySelector('.bracket')?.getAttribute('d')).to.match(/^M/);
    expect(rehearse('en-GB')).to.equal(undefined);
  });

  it('renderTypeSpecimen(waiting) is an inert, hidden specimen while waiting, and nothing after', () => {
    const container = document.createElement('div');
    render(renderTypeSpecimen(true), container);
    const specimen = container.querySelector('.type-specimen')!;
    expect(specimen.hasAttribute('inert')).to.equal(true);
    expect(specimen.getAttribute('aria-hidden')).to.equal('true');
    expect(renderTypeSpecimen(false)).to.equal(nothing);
  });
});
