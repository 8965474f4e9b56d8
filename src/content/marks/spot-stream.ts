/**
 * A page's text on its way to the background for spotting, sent as it is read: every PART_CHARS
 * of text read goes at once as a `spot/part` (one after the other, in order), and `finish()`
 * sends the rest as the `spot` request that names the session, whose reply covers the whole
 * text. No message (and no task in the page) carries more than PART_CHARS, and a long article's
 * text is already in the background when the read ends.
 */
import { send } from '../../shell/messaging.ts';
import type { Res } from '../../protocol.ts';

/** text sent in one message at most */
export const PART_CHARS = 32 * 1024;

export class SpotStream {
  private session: string | null = null;
  private pending = '';
  private sent: Promise<void> = Promise.resolve();
  private failed: unknown = null;

  constructor(private readonly lang: string | undefined) {}

  /** More of the page's text, in reading order. */
  feed(text: string): void {
    this.pending += text;
    while (this.pending.length >= PART_CHARS) {
      const part = this.pending.slice(0, PART_CHARS);
      this.pending = this.pending.slice(PART_CHARS);
      const session = (this.session ??= crypto.randomUUID());
      this.sent = this.sent.then(async () => {
        if (this.failed) return;
        await send('spot/part', { session, text: part }).catch((e: unknown) => {
          this.failed = e;
        });
      });
    }
  }

  /** The whole text is read: the background's mentions for all of it (offsets into the whole). */
  async finish(): Promise<Res<'spot'>> {
    await this.sent;
    if (this.failed) throw this.failed;
    return send('spot', { text: this.pending, ...(this.session ? { session: this.session } : {}), ...(this.lang ? { lang: this.lang } : {}) });
  }
}
