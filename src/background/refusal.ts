/**
 * A request the background answers "no" to because of what was asked (an empty note, removing
 * the built-in pack, an item already deleted), not because something broke. The sender gets the
 * sentence as usual; it is not logged as a background error.
 */
export class Refusal extends Error {
  override name = 'Refusal';
}
