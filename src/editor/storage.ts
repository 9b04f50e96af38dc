import type { EmbedSettings } from './authoring.js';

// The draft and settings in this browser's localStorage, so a reload or a closed tab loses
// nothing. Storage can be full, disabled or hold something else under the key: then the
// page works without it.

export const STORAGE_KEY = 'news-timeline-editor';

export interface Draft {
  readonly text: string;
  readonly settings: EmbedSettings;
  readonly bundleUrl?: string;
}

export const EMPTY_DRAFT: Draft = { text: '', settings: {} };

/** The stored draft, else the empty one. */
export function loadDraft(storage: Storage | undefined = globalThis.localStorage): Draft {
  try {
    const stored = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null') as Partial<Draft> | null;
    if (!stored || typeof stored.text !== 'string') return EMPTY_DRAFT;
    const settings = typeof stored.settings === 'object' && stored.settings !== null ? stored.settings : {};
    return { text: stored.text, settings, ...(typeof stored.bundleUrl === 'string' ? { bundleUrl: stored.bundleUrl } : {}) };
  } catch {
    return EMPTY_DRAFT;
  }
}

/** Keeps `draft`; false when the browser would not. */
export function saveDraft(draft: Draft, storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(draft));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Forgets the draft. */
export function clearDraft(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was kept, so nothing is left.
  }
}
