/**
 * The parts of long pages' texts, kept until the final `spot` of their session (protocol.ts:
 * `spot/part`). A tab sends its parts without waiting for each other, so they may arrive in any
 * order: each carries its index, and the final request says how many were sent. Parts are kept
 * per tab (a tab cannot add to, or read, another's), for a few sessions per tab, not for long,
 * and up to a size.
 */
import { Refusal } from './refusal.ts';

export interface TextPartLimits {
  /** characters kept for one session at most */
  maxChars: number;
  /** sessions kept for one tab at most */
  maxSessionsPerTab: number;
  /** a session with no new part for this long is dropped */
  keepMs: number;
}

interface Session {
  parts: string[];
  received: number;
  chars: number;
  at: number;
}

export class TextParts {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly limits: TextPartLimits) {}

  /** Keep part `index` of `session` from `tab` (the sender's tab, or its kind). Refuses too much text. */
  add(tab: string, session: string, index: number, text: string, now: number): void {
    this.dropStale(now);
    const key = `${tab}:${session}`;
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

  /** The text of the `count` parts of `session`, in order, and forget them; refuses when one is missing. */
  take(tab: string, session: string, count: number): string {
    const key = `${tab}:${session}`;
    const kept = this.sessions.get(key);
    this.sessions.delete(key);
    if (!kept || kept.received !== count || kept.parts.length !== count) {
      throw new Refusal('Gloss lost part of this page’s text (its background restarted). Reload the page to try again.');
    }
    return kept.parts.join('');
  }

  private dropStale(now: number): void {
    for (const [k, s] of this.sessions) if (now - s.at > this.limits.keepMs) this.sessions.delete(k);
  }
}
