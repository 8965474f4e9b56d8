/**
 * The one door every message goes through: who sent it is read from what the browser says about
 * the sender, the message's rule (senders.ts) is applied, and only then does its handler run. A
 * refusal changes nothing and is not logged as the background's own error.
 */
import type { Runtime } from 'webextension-polyfill';
import { isEnvelope, type AnyMessageType, type Envelope, type MessageType, type Reply } from '../protocol.ts';
import { recordError } from './error-log.ts';
import { Refusal } from './refusal.ts';
import { POLICIES, classifySender, refusalFor, type Sender } from './senders.ts';

export type AnyHandler = (req: unknown, from: Sender, signal?: AbortSignal) => Promise<unknown>;
export interface Self {
  /** the extension's id (runtime.id) */
  id: string;
  /** the extension's origin (chrome-extension://…, moz-extension://…) */
  origin: string;
}

function refused(error: string): Reply<AnyMessageType> {
  return { ok: false, error, refused: true };
}

/** Test builds: the test bridge's requests come from a content script on 127.0.0.1 and may send anything. */
function isTestBridge(message: Envelope, from: Sender | null): boolean {
  return __GLOSS_TEST__ && message.testBridge === true && from?.kind === 'content' && new URL(from.url).hostname === '127.0.0.1';
}

/**
 * Answer one runtime message. `table` holds the handlers (in test builds also the test-only ones,
 * which only the test bridge may reach). Returns undefined for messages that are not Gloss's.
 * `signal` (a request over a port: port-requests.ts) tells the handler when the sender gave up.
 */
export function dispatch(
  table: ReadonlyMap<string, AnyHandler>,
  message: unknown,
  sender: Runtime.MessageSender,
  self: Self,
  signal?: AbortSignal,
): Promise<Reply<AnyMessageType>> | undefined {
  if (!isEnvelope(message)) return undefined;
  const classified = classifySender(sender, self);
  const from: Sender | null = isTestBridge(message, classified) && classified?.kind === 'content' ? { kind: 'test', tabId: classified.tabId } : classified;
  if (!from) return Promise.resolve(refused(`Gloss refused "${message.type}": it answers only its own pages and its content script in a web page's top frame.`));
  const handler = table.get(message.type);
  if (!handler || (from.kind !== 'test' && !Object.hasOwn(POLICIES, message.type))) {
    return Promise.resolve(refused(`Gloss does not know the message "${message.type}".`));
  }
  const no = refusalFor(message.type as MessageType, message.payload as never, from);
  if (no) return Promise.resolve(refused(no));
  return handler(message.payload, from, signal).then(
    (value) => ({ ok: true, value }) as Reply<AnyMessageType>,
    (e: unknown) => {
      if (e instanceof Refusal) return refused(e.message);
      console.error(`Gloss: ${message.type} failed`, e);
      recordError(message.type, e);
      return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
    },
  );
}
