/**
 * Mounts Sightline's panel for the record on screen: a shadow root holding an extension frame
 * that renders the widgets. At the adapter's anchor the panel sits inline; with no anchor (yet)
 * it is shown at once as a small collapsed dock along an edge of the viewport where no host
 * control lies (dock-spot.ts), and opens over the page only when the person asks. When the
 * anchor appears, the watch reports the record again and the panel moves there. The widgets
 * cannot run in the content script itself (isolated worlds have no custom element registry),
 * and inside the frame the host page can read none of the goals, KPIs or feedback shown. The
 * panel goes away when the record's signal aborts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { DOCK_SIZE, freeDockSpot, type DockSpot } from './dock-spot';
import { openFrameSession, startFrame } from './open-frame';
import type { RecordPage } from './watch-records';

/**
 * WXT resets the host with `all: initial !important`, so layout lives on our own elements;
 * custom properties survive that reset, so the host page can still size and colour the box
 * through `--sightline-*` variables without reaching inside. Every width fits a 280 px column.
 */
export const RECORD_PANEL_CSS = `
:host {
  --sightline-border: #d9e2ec;
  --sightline-panel-width: 100%;
}
.frame {
  display: block;
  box-sizing: border-box;
  width: var(--sightline-panel-width);
  max-width: 100%;
  height: 120px;
  margin: 8px 0;
  border: 1px solid var(--sightline-border);
  border-radius: 6px;
  color-scheme: normal;
  background: #fff;
}
.dock {
  position: fixed;
  z-index: 2147483000;
  display: flex;
  flex-direction: column;
  gap: 6px;
  max-width: calc(100vw - ${2 * DOCK_SIZE.margin}px);
}
.dock[data-edges~="bottom"] { flex-direction: column-reverse; }
.dock:not([data-edges~="left"]) { align-items: flex-end; }
.toggle {
  box-sizing: border-box;
  width: ${DOCK_SIZE.width}px;
  height: ${DOCK_SIZE.height}px;
  padding: 0 12px;
  border: 1px solid var(--sightline-border);
  border-radius: 18px;
  background: #fff;
  color: #102a43;
  font: 600 13px/1 system-ui, -apple-system, 'Segoe UI', sans-serif;
  cursor: pointer;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
}
.toggle:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.dock > .frame {
  width: min(360px, calc(100vw - ${2 * DOCK_SIZE.margin}px));
  max-height: min(70vh, 640px);
  margin: 0;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
}
.dock > .frame[hidden] { display: none; }
`;

/** Whether the docked panel is open; kept for the page's lifetime so a re-read does not fold it again. */
let dockOpen = false;

export async function mountRecordPanel(ctx: ContentScriptContext, { adapter, context, outcome, anchor, signal }: RecordPage): Promise<void> {
  const docked = anchor === null || anchor === document.body;
  const nonce = await openFrameSession({ kind: 'panel', payload: { label: adapter.label, category: adapter.category, record: context, outcome } });
  if (signal.aborted) return;
  // Measured before the dock is on the page, so the hit tests see only the host's own elements.
  const spot = docked ? freeDockSpot({ width: innerWidth, height: innerHeight }, (x, y) => document.elementFromPoint(x, y)) : null;
  const ui = await createShadowRootUi(ctx, {
    name: 'sightline-record-panel',
    position: 'inline',
    anchor: docked ? document.body : anchor,
    append: docked ? 'last' : adapter.placement,
    css: RECORD_PANEL_CSS,
    // Keystrokes typed in the panel must not trigger the host's shortcuts.
    isolateEvents: true,
    onMount(container) {
      const frame = document.createElement('iframe');
      frame.className = 'frame';
      frame.title = `Sightline: goals and feedback for this ${context.recordType}`;
      frame.dataset.testid = 'sightline-record-frame';
      startFrame(frame, 'panel', nonce, signal, (message) => {
        if (message.type === 'size') frame.style.height = `${Math.ceil(message.height)}px`;
        else ui.remove();
      });
      container.replaceChildren(spot ? dock(spot, frame) : frame);
    },
  });
  // Creating the UI is async; the user may have navigated on meanwhile.
  if (signal.aborted) return;
  ui.mount();
  signal.addEventListener('abort', () => ui.remove(), { once: true });
}

/** The collapsed dock at `spot`: a button that opens and folds the frame. */
function dock({ edges, box }: DockSpot, frame: HTMLIFrameElement): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'dock';
  wrapper.dataset.testid = 'sightline-dock';
  wrapper.dataset.edges = edges.join(' ');
  Object.assign(wrapper.style, {
    [edges.includes('left') ? 'left' : 'right']: `${DOCK_SIZE.margin}px`,
    ...(edges.includes('top') ? { top: `${DOCK_SIZE.margin}px` } : edges.includes('bottom') ? { bottom: `${DOCK_SIZE.margin}px` } : { top: `${box.y}px` }),
  });
  frame.id = 'sightline-docked-frame';
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'toggle';
  toggle.dataset.testid = 'sightline-dock-toggle';
  toggle.setAttribute('aria-controls', frame.id);
  const show = (open: boolean) => {
    dockOpen = open;
    frame.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Sightline ▾' : 'Sightline ▸';
  };
  toggle.addEventListener('click', () => show(!dockOpen));
  show(dockOpen);
  wrapper.append(toggle, frame);
  return wrapper;
}
