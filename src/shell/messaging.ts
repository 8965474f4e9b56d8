/**
 * Thin typed wrapper around runtime.sendMessage for the protocol in src/protocol.ts.
 * Used by the content script and the extension pages.
 */
import browser from 'webextension-polyfill';
import type { Envelope, MessageType, Reply, Req, Res } from '../protocol.ts';

export class GlossError extends Error {}

export async function send<T extends MessageType>(type: T, payload: Req<T>): Promise<Res<T>> {
  const envelope: Envelope<T> = { gloss: 1, type, payload };
  let reply: Reply<T> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  } catch (e) {
    throw new GlossError(`Gloss could not reach its background process (${(e as Error).message}). Reload the page and try again.`);
  }
  if (!reply) throw new GlossError(`Gloss's background process did not answer "${type}". Reload the page and try again.`);
  if (!reply.ok) throw new GlossError(reply.error);
  return reply.value;
}
