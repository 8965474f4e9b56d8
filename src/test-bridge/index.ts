/**
 * TEST BUILDS ONLY (dist/chrome-test, dist/firefox-test; never packaged). A content script on
 * 127.0.0.1 pages that relays window.postMessage requests from the page to the background, so
 * browser tests can drive and inspect the extension the same way in Chromium and Firefox (Firefox
 * refuses navigation to moz-extension:// from the test driver).
 *
 *  - `request`: a protocol message, marked as the test bridge's (the background lets it send any
 *    message, test builds only); with `as: 'content'` it goes unmarked, exactly as Gloss's content
 *    script would send it, so tests can check what a content script is refused.
 *  - `probe`: calls a probe the content script registered (src/content/test-probes.ts); both
 *    content scripts share one world, which the page's scripts cannot enter.
 */
import browser from 'webextension-polyfill';
import type { AnyMessageType, Envelope, Reply } from '../protocol.ts';

type BridgeRequest =
  | { glossTestBridge: 'request'; id: number; type: AnyMessageType; payload: unknown; as?: 'content' }
  | { glossTestBridge: 'probe'; id: number; name: string; arg?: unknown };

type Probes = Record<string, (arg: unknown) => unknown>;

async function answer(data: BridgeRequest): Promise<{ ok: boolean; value?: unknown; error?: string; refused?: boolean }> {
  if (data.glossTestBridge === 'probe') {
    const probe = (globalThis as unknown as { __glossTestProbe?: Probes }).__glossTestProbe?.[data.name];
    if (!probe) return { ok: false, error: `no probe "${data.name}" (is Gloss running on this page?)` };
    return { ok: true, value: await probe(data.arg) };
  }
  const envelope = { gloss: 1, type: data.type, payload: data.payload, ...(data.as === 'content' ? {} : { testBridge: true }) } as Envelope;
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<AnyMessageType> | undefined;
  if (!reply) return { ok: false, error: `no reply to ${data.type}` };
  return reply.ok ? { ok: true, value: reply.value } : { ok: false, error: reply.error, ...(reply.refused ? { refused: true } : {}) };
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window) return;
  const data = event.data as BridgeRequest | undefined;
  if (!data || (data.glossTestBridge !== 'request' && data.glossTestBridge !== 'probe')) return;
  answer(data).then(
    (r) => window.postMessage({ glossTestBridge: 'reply', id: data.id, ...r }, '*'),
    (e: unknown) => window.postMessage({ glossTestBridge: 'reply', id: data.id, ok: false, error: String((e as Error)?.message ?? e) }, '*'),
  );
});
document.documentElement.setAttribute('data-gloss-test-bridge', 'ready');
