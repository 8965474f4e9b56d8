// Renders icons/gloss.svg to the PNG sizes the stores need (16, 32, 48, 128).
// The PNGs are committed; run `npm run icons` after changing the SVG.
import { Resvg } from '@resvg/resvg-js';
import { readFile, writeFile } from 'node:fs/promises';

const svg = await readFile(new URL('../icons/gloss.svg', import.meta.url), 'utf8');
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  await writeFile(new URL(`../icons/gloss-${size}.png`, import.meta.url), png);
  console.log(`icons/gloss-${size}.png (${png.length} bytes)`);
}
