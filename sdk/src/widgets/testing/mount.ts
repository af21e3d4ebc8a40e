/** TEST HELPERS: put a widget on the page with a fake client and read what it rendered. */
import { vi } from 'vitest';
import { setClient } from '../runtime';
import { FakeClient } from './fake-client';
import { NOW, sampleOrg } from './fixtures';

/** A fresh sample org behind a fresh fake client, installed as the widgets' client. */
export function withSampleClient(meId?: (org: ReturnType<typeof sampleOrg>) => string | null) {
  const org = sampleOrg();
  const client = new FakeClient(org.rows, meId ? meId(org) : org.me.id, NOW);
  setClient(client);
  return { org, client };
}

export function mount<E extends HTMLElement = HTMLElement>(tag: string, attributes: Record<string, string> = {}): E {
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
}

export const shadowOf = (el: Element): ShadowRoot => el.shadowRoot!;

/** The text a node shows, one space between separate pieces (textContent would glue `CSAT` and `Lagging`). */
export function wordsOf(node: Node): string {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) pieces.push(t.textContent ?? '');
  return pieces.map((p) => p.trim()).filter(Boolean).join(' ').replace(/\s+/g, ' ');
}

/** Everything the element's shadow root shows, as words. */
export const textOf = (el: Element): string => wordsOf(shadowOf(el));

/** Waits until `assertion` stops throwing (renders, effects and watch callbacks are all async). */
export const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 2000, interval: 5 });

/** Types into an input or textarea the way a person would, firing the input event Preact listens to. */
export function typeInto(field: Element | null, value: string): void {
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) throw new Error('not a text field');
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export function cleanUp(): void {
  document.body.replaceChildren();
  setClient(null);
}
