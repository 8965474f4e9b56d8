/**
 * TEST BUILDS ONLY (dist/chrome-test, dist/firefox-test; never packaged). A content script on
 * 127.0.0.1 pages that relays window.postMessage requests from the page to the background over
 * the real protocol, so browser tests can drive and inspect the extension the same way in
 * Chromium and Firefox (Firefox refuses navigation to moz-extension:// from the test driver).
 */
import { send } from '../shell/messaging.ts';
import type { MessageType } from '../protocol.ts';

interface BridgeRequest {
  glossTestBridge: 'request';
  id: number;
  type: MessageType;
  payload: unknown;
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window) return;
  const data = event.data as BridgeRequest | undefined;
  if (!data || data.glossTestBridge !== 'request') return;
  send(data.type, data.payload as never).then(
    (value) => window.postMessage({ glossTestBridge: 'reply', id: data.id, ok: true, value }, '*'),
    (e: unknown) => window.postMessage({ glossTestBridge: 'reply', id: data.id, ok: false, error: String((e as Error)?.message ?? e) }, '*'),
  );
});
document.documentElement.setAttribute('data-gloss-test-bridge', 'ready');
