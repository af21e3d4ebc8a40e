/**
 * sightline.css, which host pages link: until the SDK's script has defined the elements they are
 * empty inline boxes, so this reserves the room each one's placeholder will take, and the page
 * does not move when the script arrives. Generated at build time from placeholder-sizes.ts.
 */
import { BASE_FONT_PX, PLACEHOLDER_SIZES, type PlaceholderSize } from './placeholder-sizes';

/** Whole pixels, rounded up: a box a fraction too tall moves nothing when the content replaces it. */
const px = (em: number) => `${Math.ceil(em * BASE_FONT_PX)}px`;

function rule(tag: string, { heightEm, widthEm }: PlaceholderSize): string {
  const box = widthEm === undefined ? 'display: block;' : `display: inline-block; vertical-align: top; min-width: ${px(widthEm)};`;
  return `${tag}:not(:defined) { ${box} min-height: ${px(heightEm)}; }`;
}

export function hostStylesheet(): string {
  const rules = Object.entries(PLACEHOLDER_SIZES).map(([tag, size]) => rule(tag, size));
  return `/* Sightline: room for each widget before its script has loaded (generated; see docs/embedding.md). */\n${rules.join('\n')}\n`;
}
