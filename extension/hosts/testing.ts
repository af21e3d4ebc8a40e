/** Test support: saved host pages parsed the way a browser would, without the live site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordContext } from '@sightline/sdk/model';
import { expect, it } from 'vitest';
import type { HostAdapter } from './adapter';

/** The rule of the browser's own stylesheet that happy-dom lacks: `hidden` elements are not rendered. */
const USER_AGENT_CSS = '[hidden]:not([hidden="until-found" i]) { display: none }';

/** Parses `fixtures/<folder>/<name>.html` into a fresh document, styled as a browser would render it. */
export function loadFixture(folder: string, name: string): Document {
  const html = readFileSync(join(import.meta.dirname, 'fixtures', folder, `${name}.html`), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const userAgent = doc.createElement('style');
  userAgent.textContent = USER_AGENT_CSS;
  doc.head.prepend(userAgent);
  return doc;
}

/** Runs the adapter on a fixture as if it were open at `url`; asserts any result parses with the model. */
export function readFixture(adapter: HostAdapter, folder: string, name: string, url: string) {
  const doc = loadFixture(folder, name);
  const context = adapter.extract(doc, new URL(url));
  if (context !== null) expect(RecordContext.parse(context)).toEqual(context);
  return { doc, context, anchor: adapter.anchor(doc) };
}

/**
 * Moves the happy-dom test window to `href` (relative to the current location) without firing
 * any event, as when an app changes history from a world the content script cannot see.
 */
export function setLocation(href: string): void {
  const { happyDOM } = window as unknown as { happyDOM: { setURL(url: string): void } };
  happyDOM.setURL(new URL(href, location.href).href);
}

/** One test per URL: whether the adapter treats it as a record page. */
export function itRecognisesRecordUrls(adapter: HostAdapter, cases: ReadonlyArray<readonly [url: string, isRecord: boolean]>): void {
  it.each(cases)('isRecordPage(%s) is %s', (url, isRecord) => {
    expect(adapter.isRecordPage(new URL(url))).toBe(isRecord);
  });
}

/** The adapter's outcome reading of a fixture open at `url`. */
export function readOutcomeFixture(adapter: HostAdapter, folder: string, name: string, url: string) {
  if (!adapter.outcome) throw new Error(`${adapter.label} reads no outcome`);
  return adapter.outcome(loadFixture(folder, name), new URL(url));
}
