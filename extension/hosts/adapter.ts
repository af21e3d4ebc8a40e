/**
 * The contract every host adapter fulfils: where it runs, how it recognises a record page,
 * how it reads the record's context and where the Sightline panel mounts.
 *
 * Adapters are pure functions of `(Document, URL)` so they can be tested against saved HTML;
 * they never read `window.location` or mutate the page.
 */
import type { RecordContext, Tool } from '@sightline/sdk/model';
import type { RecordOutcome } from './outcome';

/**
 * What the panel shows on a host, decided by the kind of tool rather than the tool itself:
 * - `ticketing`: feedback capture, support KPIs and the agent's development goals;
 * - `crm`: KPI progress, the aligned team goal and one-click activity logging;
 * - `docs`: the goals of the page's space (the space key travels in `RecordContext.customer`).
 */
export type HostCategory = 'ticketing' | 'crm' | 'docs';

/** How the panel is placed relative to the adapter's anchor (the names WXT's UI helpers use). */
export type PanelPlacement = 'first' | 'last' | 'before' | 'after';

/** A preferred CSS selector followed by fallbacks, tried in order. */
export type SelectorList = readonly [string, ...string[]];

export interface HostAdapter {
  tool: Tool;
  /** Human-readable tool name for settings and the panel header. */
  label: string;
  category: HostCategory;
  /** WXT/Chrome match patterns; also the optional host permissions the user grants per tool. */
  matches: readonly string[];
  /** True when the URL addresses a single record this adapter can read. */
  isRecordPage(url: URL): boolean;
  /** The record shown at `url`, or null when the URL is not a record page or the result would not parse. */
  extract(doc: Document, url: URL): RecordContext | null;
  /**
   * Where the panel mounts. `document.body` means "float over the page"; null means the host
   * has not rendered its anchor, and the caller then floats the panel too.
   */
  anchor(doc: Document): Element | null;
  /** CRM and ticketing tools: the deal won or ticket solved on screen at `url`, null otherwise. */
  outcome?(doc: Document, url: URL): RecordOutcome | null;
  placement: PanelPlacement;
}
