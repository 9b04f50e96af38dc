// A static catalogue has no server to make a request slow or fail, so the loading and
// not-found stories answer their one URL in the page itself: the element still calls
// fetch() with its AbortSignal, and everything else goes to the network unchanged.

export type StubbedAnswer =
  | { readonly kind: 'never' }
  | { readonly kind: 'delay'; readonly ms: number; readonly from: string }
  | { readonly kind: 'status'; readonly status: number; readonly statusText: string };

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Answers fetches of `url` (resolved against the page) with `answer` until the returned
 * cleanup runs; a story's `beforeEach` returns it, so the next story gets the real fetch.
 */
export function stubFetch(url: string, answer: StubbedAnswer): () => void {
  const realFetch = window.fetch.bind(window);
  const target = new URL(url, document.baseURI).href;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const requested = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
    if (requested !== target) return realFetch(input, init);
    const signal = init?.signal ?? undefined;
    if (answer.kind === 'status') {
      return Promise.resolve(new Response('', { status: answer.status, statusText: answer.statusText }));
    }
    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError());
      const timer = answer.kind === 'delay'
        ? setTimeout(() => resolve(realFetch(answer.from, init)), answer.ms)
        : undefined;
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(abortError());
      }, { once: true });
    });
  };
  return () => {
    window.fetch = realFetch;
  };
}
