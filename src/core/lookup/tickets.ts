/**
 * Look-ups the reader asked for through the browser itself: the context menu ("Look up … with
 * Gloss", whose selected text the browser reports) and the keyboard shortcut. The background
 * hands out one ticket per such ask, for that tab; Gloss's frame in the tab may then start that
 * one look-up without a second click. Without a ticket, a look-up starts only from a click or key
 * press in Gloss's frame: what a page's content script says can open the look-up panel, never
 * start a request. Pure: the clock is injected.
 */
import { lookupName } from './name.ts';

/** how long a ticket waits for the frame to use it */
export const TICKET_TTL_MS = 30_000;

interface Ticket {
  /** the name the browser reported (context menu), or null when the tab reads its own selection (shortcut) */
  name: string | null;
  expires: number;
}

/** the name as compared: what lookupName sends, case and spacing aside */
function key(name: string): string | null {
  const checked = lookupName(name);
  return checked.ok ? checked.name.toLowerCase() : null;
}

export class LookupTickets {
  private readonly tickets = new Map<number, Ticket>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** the reader asked the browser to look up `name` (or the selection, when null) in tab `tabId` */
  issue(tabId: number, name: string | null): void {
    this.tickets.set(tabId, { name, expires: this.now() + TICKET_TTL_MS });
  }

  /**
   * Use the tab's ticket for a look-up of `name`: true once, when the tab has a fresh ticket for
   * that name (any name, for the shortcut's). A ticket is used up whether or not it matched.
   */
  take(tabId: number, name: string): boolean {
    const ticket = this.tickets.get(tabId);
    this.tickets.delete(tabId);
    if (!ticket || ticket.expires < this.now()) return false;
    if (ticket.name === null) return true;
    const asked = key(ticket.name);
    return asked !== null && asked === key(name);
  }
}
