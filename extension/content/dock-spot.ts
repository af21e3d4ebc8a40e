/**
 * Where the collapsed panel docks when the host page has no anchor for it: the first spot along
 * the viewport's edges where nothing the person can click or type into lies under it, probed
 * with hit tests (`elementFromPoint`) the way the browser itself decides what a click reaches.
 */

export type Edge = 'top' | 'bottom' | 'left' | 'right';

export interface DockSpot {
  /** The viewport edges the dock sits against; `middle` spots are vertically centred. */
  edges: readonly Edge[];
  /** The dock's box in viewport coordinates. */
  box: { x: number; y: number; width: number; height: number };
}

/** The collapsed dock's size and distance from the edges (record-panel.ts draws it this size). */
export const DOCK_SIZE = { width: 132, height: 36, margin: 8 } as const;

/** What a person can act on: the host's own controls the dock must never cover. */
const CONTROL =
  'a[href], button, input, select, textarea, summary, label, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="checkbox"], [role="combobox"], [role="textbox"], [contenteditable]:not([contenteditable="false"]), [tabindex]:not([tabindex="-1"])';

/** Corners first (where tools put the fewest controls' centres is not knowable, so all are tried), then edge middles. */
const CANDIDATES: ReadonlyArray<readonly Edge[]> = [['bottom', 'right'], ['bottom', 'left'], ['top', 'right'], ['top', 'left'], ['right'], ['left']];

export interface Viewport {
  width: number;
  height: number;
}

/**
 * The first candidate spot with no host control under any of its probe points, or the one
 * with the fewest. `hitTest` is `document.elementFromPoint`, called before the dock is shown.
 */
export function freeDockSpot(viewport: Viewport, hitTest: (x: number, y: number) => Element | null): DockSpot {
  let best: { spot: DockSpot; covered: number } | null = null;
  for (const edges of CANDIDATES) {
    const spot = { edges, box: boxAt(edges, viewport) };
    const covered = probePoints(spot.box).filter(([x, y]) => hitTest(x, y)?.closest(CONTROL)).length;
    if (covered === 0) return spot;
    if (!best || covered < best.covered) best = { spot, covered };
  }
  return best!.spot;
}

function boxAt(edges: readonly Edge[], { width, height }: Viewport): DockSpot['box'] {
  const { width: w, height: h, margin } = DOCK_SIZE;
  const x = edges.includes('left') ? margin : width - margin - w;
  const y = edges.includes('top') ? margin : edges.includes('bottom') ? height - margin - h : (height - h) / 2;
  return { x, y, width: w, height: h };
}

/** A 5 by 3 grid over the box, its edges included: a control smaller than a probe gap sits under a neighbour's text anyway. */
function probePoints({ x, y, width, height }: DockSpot['box']): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (let i = 0; i <= 4; i++) for (let j = 0; j <= 2; j++) points.push([x + (width - 1) * (i / 4), y + (height - 1) * (j / 2)]);
  return points;
}
