/**
 * Requests that can be called off: a sender opens a port (runtime.connect, name REQUEST_PORT),
 * posts one protocol envelope and gets one reply on it. The request goes through the same door
 * as every message (dispatch.ts: who sent it, its rule, its handler), and its handler gets an
 * AbortSignal that fires when the port closes: Gloss's frame closes it when the reader closes the
 * popover (or the frame is gone), so a look-up in flight is aborted.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { REQUEST_PORT } from '../shell/port-request.ts';
import { dispatch, type AnyHandler, type Self } from './dispatch.ts';

export function listenForPortRequests(table: ReadonlyMap<string, AnyHandler>, self: Self): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== REQUEST_PORT) return;
    const controller = new AbortController();
    port.onDisconnect.addListener(() => controller.abort());
    let asked = false;
    port.onMessage.addListener((message: unknown) => {
      // one request per port
      if (asked) return;
      asked = true;
      const reply = port.sender ? dispatch(table, message, port.sender, self, controller.signal) : undefined;
      if (!reply) {
        port.disconnect();
        return;
      }
      void reply.then((r) => {
        if (controller.signal.aborted) return;
        try {
          port.postMessage(r);
        } catch {
          // the sender went away meanwhile
        }
      });
    });
  });
}
