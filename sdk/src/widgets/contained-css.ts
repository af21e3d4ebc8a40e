/**
 * How every widget keeps to its own box on any page, in one place (styles.ts puts it first):
 * the host page's CSS stops at the element, and content never pushes wider than the element,
 * down to 280 px. Each element renders into a `.root` wrapper inside its shadow root
 * (define-element.tsx). The element's own box (display, margins, width) stays the page's to lay out.
 */
export const CONTAINED_CSS = `
/* Page rules match only the host element and reach inside through inheritance alone, so the
   wrapper starts from initial values and a page's * { font: 40px serif !important } stops at
   the host. (An underline drawn by an ancestor is painted across its children, not inherited;
   that one still shows.) */
.root {
  all: initial;
  display: block;
  visibility: inherit;
  color-scheme: inherit;
  font-family: var(--_font);
  font-size: var(--_font-size);
  line-height: 1.45;
  color: var(--_fg);
  overflow-wrap: anywhere;
}
/* Narrow columns: a control is never wider than its column, and a grid column is allowed to be
   narrower than its content (a select as wide as its longest goal title). */
select, input, textarea { max-width: 100%; }
form, .field { grid-template-columns: minmax(0, 1fr); }
`;
