/**
 * Keeps a widget's place on the host page while its placeholder shows, so painting the content
 * moves nothing around it. The placeholder is as tall as this element's content was last time
 * at this width (remembered in localStorage per page, element kind and place), or else the
 * estimate for its kind. Content that later grows after a person's action is free to.
 */
const PREFIX = 'sightline:height:';
/** Widths remembered per element: a page seen on a phone and a laptop keeps both. */
const MAX_WIDTHS = 4;

type Heights = Record<string, number>;

function read(key: string): Heights {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(PREFIX + key) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Heights) : {};
  } catch {
    return {}; // storage disabled or a foreign value: fall back to the estimate
  }
}

function write(key: string, width: number, height: number): void {
  const heights = read(key);
  if (heights[width] === height) return;
  delete heights[width];
  const kept = Object.entries(heights).slice(-(MAX_WIDTHS - 1));
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(Object.fromEntries([...kept, [width, height]])));
  } catch {
    // A full or disabled storage only costs the next load its exact size.
  }
}

/**
 * Sets `--_placeholder-height` on `container`, the element's shadow content (the `.skeleton`
 * rule reads it), and records the content's height whenever it changes size. Returns a function that stops recording.
 */
export function reserveHeight(host: HTMLElement, container: HTMLElement, key: string, estimate: string): () => void {
  // The width the page gives the element, not its own: a host that shrinks to fit is as narrow as its placeholder at first.
  const slotWidth = () => Math.round((host.parentElement ?? host).getBoundingClientRect().width);
  const remembered = read(key)[slotWidth()];
  container.style.setProperty('--_placeholder-height', remembered ? `${remembered}px` : estimate);
  const observer = new ResizeObserver(() => {
    if (container.querySelector('.skeleton')) return; // a placeholder says nothing about the content's size
    const { height } = container.getBoundingClientRect();
    const width = slotWidth();
    if (width === 0 || height === 0) return; // hidden
    const exact = Math.round(height * 100) / 100; // whole pixels would leave a sub-pixel shift
    write(key, width, exact);
    // A later placeholder (new attributes, a new client) holds the same place.
    container.style.setProperty('--_placeholder-height', `${exact}px`);
  });
  observer.observe(container);
  return () => observer.disconnect();
}
