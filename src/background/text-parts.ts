/**
 * The parts of long pages' texts, kept until the final `spot` of their session (protocol.ts:
 * `spot/part`). A tab sends its parts and then its `spot` without waiting for any answer, so they
 * may arrive in any order: each part carries its index, and the final request says how many were
 * sent and waits for the ones not yet here. Parts are kept per tab (a tab cannot add to, or read,
 * another's), for a few sessions per tab, not for long, and up to a size.
 */
import { Refusal } from './refusal.ts';

export interface TextPartLimits {
  /** characters kept for one session at most */
  maxChars: number;
  /** sessions kept for one tab at most */
  maxSessionsPerTab: number;
  /** a session with no new part for this long is dropped */
  keepMs: number;
  /** how long the final request waits for parts still on their way */
  waitMs: number;
}

interface Session {
  parts: string[];
  received: number;
  chars: number;
  at: number;
}

/** a final request waiting for its session's last parts */
interface Waiting {
  count: number;
  resolve: (text: string) => void;
  reject: (e: Refusal) => void;
  timer: ReturnType<typeof setTimeout>;
}

const LOST = 'Gloss lost part of this page’s text (its background restarted). Reload the page to try again.';

export class TextParts {
  private readonly sessions = new Map<string, Session>();
  private readonly waiting = new Map<string, Waiting>();

  constructor(private readonly limits: TextPartLimits) {}

  /** Keep part `index` of `session` from `tab` (the sender's tab, or its kind). Refuses too much text. */
  add(tab: string, session: string, index: number, text: string, now: number): void {
    this.dropStale(now);
    const key = `${tab}:${session}`;
    try {
      this.keep(tab, key, index, text, now);
    } catch (e) {
      // the request waiting for this session fails for the same reason
      this.settle(key, e as Refusal);
      throw e;
    }
    const waiting = this.waiting.get(key);
    if (waiting && this.sessions.get(key)!.received === waiting.count) this.settle(key);
  }

  /**
   * The text of the `count` parts of `session`, in order, once they are all here (waiting up to
   * `waitMs` for those still on their way), and forget them; refuses when one is missing by then or
   * more were sent than counted.
   */
  take(tab: string, session: string, count: number): Promise<string> {
    const key = `${tab}:${session}`;
    if (this.waiting.has(key)) return Promise.reject(new Refusal(LOST));
    const kept = this.sessions.get(key);
    if ((kept?.received ?? 0) >= count) {
      this.sessions.delete(key);
      return kept && kept.received === count && kept.parts.length === count ? Promise.resolve(kept.parts.join('')) : Promise.reject(new Refusal(LOST));
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.settle(key, new Refusal(LOST)), this.limits.waitMs);
      this.waiting.set(key, { count, resolve, reject, timer });
    });
  }

  private keep(tab: string, key: string, index: number, text: string, now: number): void {
    let kept = this.sessions.get(key);
    if (!kept) {
      if ([...this.sessions.keys()].filter((k) => k.startsWith(`${tab}:`)).length >= this.limits.maxSessionsPerTab) {
        throw new Refusal('This page is sending Gloss too much text at once.');
      }
      kept = { parts: [], received: 0, chars: 0, at: now };
      this.sessions.set(key, kept);
    }
    if (!Number.isInteger(index) || index < 0 || kept.parts[index] !== undefined) {
      this.sessions.delete(key);
      throw new Refusal('Gloss received part of this page’s text twice. Reload the page to try again.');
    }
    if (kept.chars + text.length > this.limits.maxChars) {
      this.sessions.delete(key);
      throw new Refusal('This page’s text is too long for Gloss to look up its names.');
    }
    kept.parts[index] = text;
    kept.received++;
    kept.chars += text.length;
    kept.at = now;
  }

  /** answer the request waiting for `key`, with its text or with `refusal`, and forget the session */
  private settle(key: string, refusal?: Refusal): void {
    const waiting = this.waiting.get(key);
    if (!waiting) return;
    this.waiting.delete(key);
    clearTimeout(waiting.timer);
    const kept = this.sessions.get(key);
    this.sessions.delete(key);
    if (refusal) waiting.reject(refusal);
    else if (kept && kept.parts.length === waiting.count) waiting.resolve(kept.parts.join(''));
    else waiting.reject(new Refusal(LOST));
  }

  private dropStale(now: number): void {
    for (const [k, s] of this.sessions) if (now - s.at > this.limits.keepMs && !this.waiting.has(k)) this.sessions.delete(k);
  }
}
