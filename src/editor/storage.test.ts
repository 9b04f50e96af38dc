import { expect } from '@open-wc/testing';
import { clearDraft, EMPTY_DRAFT, loadDraft, saveDraft, STORAGE_KEY } from './storage.js';

describe('loadDraft / saveDraft / clearDraft', () => {
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('saveDraft(draft) then loadDraft() gives it back', () => {
    const draft = { text: 'Year,Headline\n2015,A', settings: { title: 'T', accent: '#aa0000' }, bundleUrl: 'https://example.org/nt.js' };
    expect(saveDraft(draft)).to.be.true;
    expect(loadDraft()).to.deep.equal(draft);
    clearDraft();
    expect(loadDraft()).to.equal(EMPTY_DRAFT);
  });

  it('loadDraft() gives the empty draft for what is not a draft under the key', () => {
    for (const stored of ['not json', 'null', '{"text": 5}', '[]']) {
      localStorage.setItem(STORAGE_KEY, stored);
      expect(loadDraft(), stored).to.equal(EMPTY_DRAFT);
    }
  });

  it('saveDraft() says false when the storage refuses', () => {
    const full = { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } } as unknown as Storage;
    expect(saveDraft({ text: 'x', settings: {} }, full)).to.be.false;
  });
});
