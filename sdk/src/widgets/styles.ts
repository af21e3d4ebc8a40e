/**
 * Shared styles and how they reach a shadow root under a strict CSP. Theme tokens are public
 * CSS custom properties (`--sightline-*`) read through private ones (`--_*`) that carry the
 * light or dark default, so a host page overrides one variable and both schemes follow.
 */
import { BASE_FONT_PX } from './placeholder-sizes';
import { effect } from '@preact/signals';
import { styleNonce } from './runtime';
import { CONTAINED_CSS } from './contained-css';

type Palette = Record<'accent' | 'on-accent' | 'bg' | 'surface' | 'fg' | 'muted' | 'border' | 'on-track' | 'at-risk' | 'off-track' | 'danger', string>;

/** Every pair used for text meets WCAG AA (4.5:1) against bg and surface. */
const LIGHT: Palette = {
  accent: '#2458d6',
  'on-accent': '#ffffff',
  bg: '#ffffff',
  surface: '#f6f8fa',
  fg: '#1b1f24',
  muted: '#57606a',
  border: '#d0d7de',
  'on-track': '#1a7f37',
  'at-risk': '#8a5c00',
  'off-track': '#c4212c',
  danger: '#c4212c',
};

const DARK: Palette = {
  accent: '#4493f8',
  'on-accent': '#0d1117',
  bg: '#0d1117',
  surface: '#161b22',
  fg: '#e6edf3',
  muted: '#9198a1',
  border: '#3d444d',
  'on-track': '#3fb950',
  'at-risk': '#d29922',
  'off-track': '#f85149',
  danger: '#f85149',
};

const tokens = (palette: Palette) =>
  Object.entries(palette)
    .map(([name, value]) => `--_${name}: var(--sightline-${name}, ${value});`)
    .join(' ');

export const BASE_CSS = `${CONTAINED_CSS}
:host {
  all: initial;
  display: block;
  color-scheme: light;
  ${tokens(LIGHT)}
  --_radius: var(--sightline-radius, 8px);
  --_font: var(--sightline-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  --_font-size: var(--sightline-font-size, ${BASE_FONT_PX}px);
  --_space: var(--sightline-space, 8px);
}
:host([hidden]) { display: none; }
:host([theme="dark"]) { color-scheme: dark; ${tokens(DARK)} }
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) { color-scheme: dark; ${tokens(DARK)} }
}
*, *::before, *::after { box-sizing: border-box; }
:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.card {
  background: var(--_bg);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  padding: calc(var(--_space) * 1.5);
}
.muted { color: var(--_muted); }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
.sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
button, input, select, textarea { font: inherit; color: inherit; }
button {
  cursor: pointer;
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) / 2);
  background: var(--_surface);
  padding: calc(var(--_space) / 2) var(--_space);
}
button.primary { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); font-weight: 600; }
button:disabled { opacity: 0.6; cursor: progress; }
input, select, textarea {
  background: var(--_bg);
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) / 2);
  padding: calc(var(--_space) / 2);
}
/* Every control is a touch target of at least 24 x 24 CSS px (WCAG 2.5.8). */
button, input, select, textarea, [role="option"] { min-height: 24px; min-width: 24px; }
input[type="radio"], input[type="checkbox"] { width: 24px; height: 24px; margin: 0; accent-color: var(--_accent); }
input[aria-invalid="true"], textarea[aria-invalid="true"], select[aria-invalid="true"] { border-color: var(--_danger); }
.field { display: grid; gap: calc(var(--_space) / 2); margin-block-end: calc(var(--_space) * 1.5); }
.field > label, legend { font-weight: 600; }
fieldset { border: 0; padding: 0; margin: 0 0 calc(var(--_space) * 1.5); min-width: 0; }
.error { color: var(--_danger); margin: 0; }
.hint { color: var(--_muted); margin: 0; font-size: 0.92em; }
.skeleton {
  display: grid; gap: var(--_space); align-content: start;
  /* Exactly the content's place (reserved-height.ts); the width matters where the host shrinks to fit. */
  height: var(--_placeholder-height, auto); overflow: hidden; min-inline-size: 10em;
}
.skeleton span {
  display: block; height: 1em; border-radius: 4px; background: var(--_border);
  animation: sightline-pulse 1.2s ease-in-out infinite alternate;
}
.skeleton span:nth-child(2) { width: 70%; }
.skeleton span:nth-child(3) { width: 45%; }
@keyframes sightline-pulse { from { opacity: 0.35; } to { opacity: 0.8; } }
@media (prefers-reduced-motion: reduce) { .skeleton span { animation: none; } }
`;

const supportsAdoption = () => typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in ShadowRoot.prototype;

/** One constructed sheet per distinct CSS text, shared by every instance of an element. */
const sheets = new Map<string, CSSStyleSheet>();

function sheetFor(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/**
 * Styles `root` without 'unsafe-inline': constructable stylesheets where available; otherwise
 * a `<style nonce>` that is re-created whenever the nonce changes, because a browser checks
 * the nonce only when the element is inserted. Returns a function that stops following the nonce.
 */
export function applyStyles(root: ShadowRoot, css: string): () => void {
  if (supportsAdoption()) {
    root.adoptedStyleSheets = [sheetFor(css)];
    return () => {};
  }
  let style: HTMLStyleElement | null = null;
  return effect(() => {
    const next = document.createElement('style');
    if (styleNonce.value) next.nonce = styleNonce.value;
    next.textContent = css;
    if (style) style.replaceWith(next);
    else root.prepend(next);
    style = next;
  });
}
