import { expect } from '@open-wc/testing';
import { attach, defineTestHost } from '../../test/helpers/controller-host.js';
import { HostSizeController } from './host-size-controller.js';

describe('HostSizeController', () => {
  it('width is the host\'s own content width, and follows it when the host is resized', async () => {
    const host = new (defineTestHost())();
    const size = new HostSizeController(host);
    await attach(host, 321.7);
    expect(size.width).to.equal(321);
    host.style.width = '500px';
    await new Promise<void>((resolve) => {
      const poll = () => (size.width === 500 ? resolve() : requestAnimationFrame(poll));
      poll();
    });
    expect(size.width).to.equal(500);
  });

  it('textScale is the host\'s font size over 16 px', async () => {
    const host = new (defineTestHost())();
    host.style.fontSize = '32px';
    const size = new HostSizeController(host);
    await attach(host);
    expect(size.textScale).to.equal(2);
  });
});
