import { expect } from '@open-wc/testing';
import { attach, defineTestHost } from '../../test/helpers/controller-host.js';
import { PrintController } from './print-controller.js';

describe('PrintController', () => {
  it('beforeprint turns it on and renders at once; afterprint turns it off again', async () => {
    const host = new (defineTestHost())();
    let flushed = 0;
    const printing = new PrintController(host, () => (flushed += 1));
    await attach(host);
    expect(printing.active).to.equal(false);
    const updates = host.updates;
    window.dispatchEvent(new Event('beforeprint'));
    expect([printing.active, flushed]).to.deep.equal([true, 1]);
    await host.updateComplete;
    expect(host.updates, 'an update was asked for').to.equal(updates + 1);
    window.dispatchEvent(new Event('afterprint'));
    expect(printing.active).to.equal(false);
  });

  it('a disconnected host stops listening', async () => {
    const host = new (defineTestHost())();
    let flushed = 0;
    const printing = new PrintController(host, () => (flushed += 1));
    await attach(host);
    host.remove();
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    expect([printing.active, flushed]).to.deep.equal([false, 0]);
  });
});
