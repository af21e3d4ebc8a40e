/**
 * Builds a `HostAdapter` from what differs between tools: the URL routes of their record pages
 * and a central selectors object. Identity (type, id) comes from the URL, which is stable and
 * present before the app renders; display fields come from the DOM through fallback lists.
 */
import { LIMITS, RecordContext, type Tool } from '@sightline/sdk/model';
import type { HostAdapter, SelectorList } from './adapter';
import { cleanText, queryFirst, readText } from './dom';
import { type OutcomeSelectors, readOutcome } from './outcome';
import { matcherFor, recordUrl } from './url';

/** What a record page's URL says about the record. */
export interface RecordRoute {
  recordType: string;
  recordId: string;
  /** Set when the URL itself names the customer or scope (e.g. a Confluence space key). */
  customer?: string;
}

export interface AdapterSelectors {
  /**
   * The container of the record on view: the first one rendered. Apps that keep earlier records
   * in the DOM (ticket tabs, cached Lightning pages) need it so fields are not read from a hidden
   * record; when none matches, the whole document is used (every read skips unrendered elements).
   */
  scope?: SelectorList;
  title: SelectorList;
  /** One list, or one per record type when the customer sits in a different field per type. */
  customer?: SelectorList | Readonly<Record<string, SelectorList>>;
  anchor: SelectorList;
}

export interface AdapterSpec extends Omit<HostAdapter, 'isRecordPage' | 'extract' | 'anchor' | 'outcome'> {
  /** Record type and id from the URL; null when the URL is not a record page. */
  route(url: URL): RecordRoute | null;
  selectors: AdapterSelectors;
  /** How the record's state shows a deal won or a ticket solved; absent for tools without one. */
  outcome?: OutcomeSelectors;
}

export function defineAdapter({ route, selectors, outcome, ...identity }: AdapterSpec): HostAdapter {
  const inScope = matcherFor(identity.matches);
  const recordRoute = (url: URL) => (inScope(url) ? route(url) : null);
  const scopeOf = (doc: Document): ParentNode => (selectors.scope && queryFirst(doc, selectors.scope)) || doc;

  return {
    ...identity,
    isRecordPage: (url) => recordRoute(url) !== null,
    extract(doc, url) {
      const found = recordRoute(url);
      if (!found) return null;
      const root = scopeOf(doc);
      return toRecordContext({
        tool: identity.tool,
        recordType: found.recordType,
        recordId: found.recordId,
        url,
        title: readText(root, selectors.title, LIMITS.title),
        customer: cleanText(found.customer, LIMITS.name) ?? readText(root, customerSelectors(selectors.customer, found.recordType), LIMITS.name),
      });
    },
    anchor: (doc) => queryFirst(scopeOf(doc), selectors.anchor),
    ...(outcome && {
      outcome(doc: Document, url: URL) {
        const found = recordRoute(url);
        return found ? readOutcome(scopeOf(doc), found.recordType, outcome) : null;
      },
    }),
  };
}

/** A route for apps whose record URLs carry the id as the first capture group of `path`. */
export function idFromPath(path: RegExp, recordType: string): AdapterSpec['route'] {
  return (url) => {
    const id = path.exec(url.pathname)?.[1];
    return id ? { recordType, recordId: id } : null;
  };
}

function customerSelectors(customer: AdapterSelectors['customer'], recordType: string): SelectorList | undefined {
  if (customer === undefined || isSelectorList(customer)) return customer;
  return customer[recordType];
}

function isSelectorList(value: SelectorList | Readonly<Record<string, SelectorList>>): value is SelectorList {
  return Array.isArray(value);
}

export interface RecordCandidate {
  tool: Tool;
  recordType: string;
  recordId: string;
  url: URL;
  title: string | null;
  customer: string | null;
}

/** The candidate as a model `RecordContext`, or null when it would not parse (so the panel never sends invalid context). */
export function toRecordContext({ url, ...fields }: RecordCandidate): RecordContext | null {
  const link = recordUrl(url);
  if (link === null) return null;
  const parsed = RecordContext.safeParse({ ...fields, url: link });
  return parsed.success ? parsed.data : null;
}
