/**
 * What the background (and the toolbar popup) tell this tab's content script: the notices in
 * `TabMessages` and the requests with a reply in `TabRequests` (src/protocol.ts). One listener,
 * one handler per message, typed from the protocol: a message without a handler does not compile.
 *
 * Only Gloss itself can send these (runtime messages reach a content script from its own
 * extension only); anything that is not one of Gloss's envelopes, or that names no known
 * message, is ignored.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { TabMessages, TabRequests } from '../../protocol.ts';

export type TabHandlers = { [T in keyof TabMessages]: (payload: TabMessages[T]) => void } & {
  [T in keyof TabRequests]: (payload: TabRequests[T]['req']) => Promise<TabRequests[T]['res']>;
};

type Envelope = { gloss: 1; type: keyof TabHandlers; payload: unknown };

function isEnvelope(m: unknown, handlers: TabHandlers): m is Envelope {
  if (typeof m !== 'object' || m === null) return false;
  const e = m as { gloss?: unknown; type?: unknown; payload?: unknown };
  return e.gloss === 1 && typeof e.type === 'string' && Object.hasOwn(handlers, e.type) && typeof e.payload === 'object' && e.payload !== null;
}

/** Listen to Gloss's messages for this tab; returns a function that stops listening. */
export function listenToBackground(handlers: TabHandlers): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // from Gloss's background or its popup (content scripts cannot message tabs; web pages cannot message Gloss at all)
    if (sender.id !== browser.runtime.id || /^https?:/.test(sender.url ?? '') || !isEnvelope(message, handlers)) return undefined;
    const handler = handlers[message.type] as (payload: unknown) => Promise<unknown> | void;
    const reply = handler(message.payload);
    return reply instanceof Promise ? reply : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
