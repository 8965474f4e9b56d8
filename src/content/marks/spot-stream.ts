/**
 * A page's text on its way to the background for spotting, sent as it is read: every PART_CHARS
 * of text read goes at once as a `spot/part` with its index, without waiting for the parts before
 * it to be answered (each answer is a task in a busy page: waiting for one before sending the next
 * kept a long article's last part back by 100–170 ms). `finish()` sends the rest at once as the
 * `spot` request that names the session and the number of parts; the background waits for any part
 * still on its way, and its reply covers the whole text. (Waiting here for every part's answer
 * before sending it kept wikipedia-2's request 13–54 ms after the read, against 5–16 ms now: those
 * answers queue behind the read.) No message (and no task in the page) carries more than
 * PART_CHARS, and a long article's text is already in the background when the read ends.
 */
import { send } from '../../shell/messaging.ts';
import type { Res } from '../../protocol.ts';

/** text sent in one message at most */
export const PART_CHARS = 32 * 1024;

export class SpotStream {
  private session: string | null = null;
  private pending = '';
  private readonly sent: Promise<unknown>[] = [];

  constructor(private readonly lang: string | undefined) {}

  /** More of the page's text, in reading order. */
  feed(text: string): void {
    this.pending += text;
    while (this.pending.length >= PART_CHARS) {
      const part = this.pending.slice(0, PART_CHARS);
      this.pending = this.pending.slice(PART_CHARS);
      const session = (this.session ??= crypto.randomUUID());
      const sending = send('spot/part', { session, index: this.sent.length, text: part });
      // a failure is reported by finish(), which waits for every part
      sending.catch(() => undefined);
      this.sent.push(sending);
    }
  }

  /** The whole text is read: the background's mentions for all of it (offsets into the whole). */
  async finish(): Promise<Res<'spot'>> {
    const parts = this.session ? { session: this.session, parts: this.sent.length } : {};
    const reply = send('spot', { text: this.pending, ...parts, ...(this.lang ? { lang: this.lang } : {}) });
    reply.catch(() => undefined);
    // a part the background refused says why (the reply, which waited for it, fails too)
    await Promise.all(this.sent);
    return reply;
  }
}
