import { expect } from '@open-wc/testing';
import { isWebUrl, webUrlFault } from './web-urls.js';

describe('web addresses', () => {
  it('isWebUrl takes http and https addresses only', () => {
    expect(['https://example.org/a', 'http://example.org'].map(isWebUrl)).to.deep.equal([true, true]);
    const refused = ['javascript:alert(1)', ' https://example.org', 'ftp://example.org', 'https://', 'https://exa mple.org', 42];
    expect(refused.map(isWebUrl)).to.deep.equal(refused.map(() => false));
  });

  it('webUrlFault says why, quoting the address', () => {
    expect(webUrlFault(undefined)).to.equal('there is no url');
    expect(webUrlFault(3)).to.equal('the url must be a web address written as text, but it is the number 3');
    expect(webUrlFault('ftp://x')).to.equal('the url "ftp://x" is not a web address starting with http:// or https://');
  });
});
