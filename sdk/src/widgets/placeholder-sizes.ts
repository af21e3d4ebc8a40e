/**
 * How much room each element takes before it has shown content, in one place: the elements'
 * own placeholders use it (in em, at the widgets' base font size) and so does sightline.css,
 * the stylesheet host pages link so the not-yet-defined elements hold the same room (in px,
 * since the host's font is not the widgets'). Heights are the content with the demo org's data
 * at the 14 px default, measured in Chromium at 380-770 px wide, so a first view moves little
 * and what it moves is mostly below the fold. Goals: about ten goal cards; check-in: two goals;
 * requests: one request (10.4-13.3 em); feedback feed: five pieces of praise (19.8-34.3 em).
 */

/** The widgets' font size unless a host sets --sightline-font-size (styles.ts). */
export const BASE_FONT_PX = 14;

export interface PlaceholderSize {
  /** Height in em of the widget's font. */
  heightEm: number;
  /** Width in em, for an inline element that shrinks to its content. */
  widthEm?: number;
}

export const PLACEHOLDER_SIZES = {
  'sightline-goals': { heightEm: 100 },
  'sightline-kpi': { heightEm: 14 },
  'sightline-feedback': { heightEm: 64 },
  'sightline-checkin': { heightEm: 70 },
  'sightline-sync-status': { heightEm: 2.4, widthEm: 10 },
  'sightline-requests': { heightEm: 12 },
  'sightline-feedback-feed': { heightEm: 26 },
} as const satisfies Record<string, PlaceholderSize>;

export type PlaceholderTag = keyof typeof PLACEHOLDER_SIZES;
