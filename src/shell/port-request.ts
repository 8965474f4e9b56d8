/**
 * One protocol request over a port of its own (src/background/port-requests.ts): like `send`, but
 * `signal` calls it off, closing the port, which aborts the background's work for it (the
 * requests of a look-up). Used by Gloss's frame and pages.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Envelope, MessageType, Reply, Req, Res } from '../protocol.ts';
import { GlossError } from './messaging.ts';

export const REQUEST_PORT = 'gloss-request';

/** the request was called off by its own signal */
export class Aborted extends Error {
  override name = 'Aborted';
}

export function sendAbortable<T extends MessageType>(type: T, payload: Req<T>, signal: AbortSignal): Promise<Res<T>> {
  return new Promise<Res<T>>((resolve, reject) => {
    if (signal.aborted) return reject(new Aborted());
    let port: Runtime.Port;
    try {
      port = browser.runtime.connect({ name: REQUEST_PORT });
    } catch (e) {
      return reject(new GlossError(`Gloss could not reach its background process (${(e as Error).message}). Reload the page and try again.`));
    }
    let done = false;
    const finish = () => {
      done = true;
      signal.removeEventListener('abort', abort);
      port.disconnect();
    };
    const abort = () => {
      if (done) return;
      finish();
      reject(new Aborted());
    };
    signal.addEventListener('abort', abort, { once: true });
    port.onMessage.addListener((message: unknown) => {
      if (done) return;
      finish();
      const reply = message as Reply<T>;
      if (reply.ok) resolve(reply.value);
      else reject(new GlossError(reply.error));
    });
    port.onDisconnect.addListener(() => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', abort);
      reject(new GlossError(`Gloss's background process did not answer "${type}". Try again.`));
    });
    const envelope: Envelope<T> = { gloss: 1, type, payload };
    port.postMessage(envelope);
  });
}
