/**
 * The placeholder panel body: which record Sightline detected. Host text is only ever set as
 * text content, never parsed as markup.
 */
import type { RecordContext } from '@sightline/sdk/model';
import type { HostAdapter } from '../hosts/index';

/**
 * Styles for the shadow root. WXT resets the host with `all: initial !important`, so layout
 * lives on the panel; custom properties survive that reset, so the host page can still theme
 * the panel through `--sightline-*` variables without reaching inside.
 */
export const RECORD_SUMMARY_CSS = `
:host {
  --sightline-bg: #ffffff;
  --sightline-fg: #1f2933;
  --sightline-muted: #52606d;
  --sightline-border: #d9e2ec;
}
.panel {
  display: block;
  margin: 8px 0;
  font: 13px/1.4 system-ui, sans-serif;
  background: var(--sightline-bg);
  color: var(--sightline-fg);
  border: 1px solid var(--sightline-border);
  border-radius: 6px;
  padding: 8px 12px;
}
[data-floating] > .panel {
  position: fixed;
  right: 16px;
  bottom: 16px;
  z-index: 2147483000;
  max-width: 320px;
  margin: 0;
}
.panel header { font-weight: 600; }
.panel p { margin: 4px 0 0; overflow-wrap: anywhere; }
.meta { color: var(--sightline-muted); }
`;

/** Replaces `container`'s content with the tool, record type and id, title and customer. */
export function renderRecordSummary(container: HTMLElement, adapter: HostAdapter, context: RecordContext): void {
  const doc = container.ownerDocument;
  const line = (className: string, text: string) => {
    const element = doc.createElement('p');
    element.className = className;
    element.textContent = text;
    return element;
  };
  const panel = doc.createElement('section');
  panel.className = 'panel';
  panel.setAttribute('aria-label', 'Sightline');
  const header = doc.createElement('header');
  header.textContent = `Sightline · ${adapter.label}`;
  panel.append(header, line('meta', `${context.recordType} ${context.recordId}`));
  if (context.title) panel.append(line('title', context.title));
  if (context.customer) panel.append(line('meta customer', context.customer));
  container.replaceChildren(panel);
}
