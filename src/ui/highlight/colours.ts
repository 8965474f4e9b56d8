/** The highlight palette: one definition for the page's highlight layer and the editor's swatches. */
import type { HighlightColour } from '../../core/model/types.ts';

const COLOURS: Record<HighlightColour, string> = {
  yellow: 'rgba(255, 226, 71, 0.55)',
  green: 'rgba(120, 220, 120, 0.5)',
  blue: 'rgba(110, 180, 255, 0.5)',
  pink: 'rgba(255, 140, 190, 0.5)',
  purple: 'rgba(190, 150, 255, 0.5)',
};

export function colourValue(c: HighlightColour): string {
  return COLOURS[c] ?? COLOURS.yellow;
}
