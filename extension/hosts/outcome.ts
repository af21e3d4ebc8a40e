/**
 * What a record's state says about the work done: a deal won (with its amount) or a ticket
 * solved. Read from the page as the product renders it, so a lagging KPI can be recorded from
 * the work itself; never guessed from buttons that merely offer the change ("Won", "Close").
 */
import type { SelectorList } from './adapter';
import { cleanText, isRendered, readText } from './dom';

export type RecordOutcome = { kind: 'won'; amount: number | null; currency: string | null } | { kind: 'solved' };

/** A field read through selectors first, then through a visible label whose next sibling holds the value. */
export interface FieldReader {
  selectors: SelectorList;
  labels?: readonly string[];
}

export interface OutcomeSelectors {
  kind: RecordOutcome['kind'];
  /** The record types (as the route names them) whose state means this outcome. */
  recordTypes: readonly string[];
  state: FieldReader;
  /** The state texts that mean done, compared without case. */
  done: readonly string[];
  /** The deal's amount with its currency, as rendered (won outcomes only). */
  amount?: FieldReader;
}

const FIELD_TEXT = 200;
/** Elements hosts render field labels in; a label's value is its next element sibling. */
const LABEL_ELEMENTS = 'dt, label, [class*="label"], [class*="title"]';

export function readOutcome(root: ParentNode, recordType: string, spec: OutcomeSelectors): RecordOutcome | null {
  if (!spec.recordTypes.includes(recordType)) return null;
  const state = readField(root, spec.state)?.toLowerCase();
  if (!state || !spec.done.some((done) => done.toLowerCase() === state)) return null;
  if (spec.kind === 'solved') return { kind: 'solved' };
  const money = parseMoney(spec.amount ? readField(root, spec.amount) : null);
  return { kind: 'won', amount: money?.amount ?? null, currency: money?.currency ?? null };
}

function readField(root: ParentNode, { selectors, labels = [] }: FieldReader): string | null {
  return readText(root, selectors, FIELD_TEXT) ?? labelledValue(root, labels);
}

function labelledValue(root: ParentNode, labels: readonly string[]): string | null {
  if (labels.length === 0) return null;
  const wanted = labels.map((label) => label.toLowerCase());
  for (const element of root.querySelectorAll(LABEL_ELEMENTS)) {
    const label = cleanText(element.textContent, FIELD_TEXT)?.toLowerCase();
    const value = element.nextElementSibling;
    if (label && wanted.includes(label) && value && isRendered(element)) {
      const text = cleanText(value.textContent, FIELD_TEXT);
      if (text) return text;
    }
  }
  return null;
}

/** Currency symbols hosts render in place of ISO codes; `$` is read as US dollars. */
const SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'CHF': 'CHF' };

/**
 * An amount as hosts format it in the viewer's locale: "$84,500.00", "€18,400", "12.500,00 €",
 * "EUR 12,500". The last separator followed by one or two digits is the decimal mark; every
 * other separator groups thousands.
 */
export function parseMoney(raw: string | null): { amount: number; currency: string | null } | null {
  if (!raw) return null;
  const digits = /\d[\d.,'\s\u00a0\u202f]*/.exec(raw)?.[0].replace(/[\s\u00a0\u202f']/g, '');
  if (!digits) return null;
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, decimal.index) : digits).replace(/[.,]/g, '');
  const amount = Number(decimal ? `${whole}.${decimal[1]}` : whole);
  if (!Number.isFinite(amount)) return null;
  return { amount, currency: currencyIn(raw) };
}

/** The ISO code a text names, by code ("EUR") or symbol ("€"); null when it names none. */
export function currencyIn(text: string): string | null {
  const code = /\b([A-Z]{3})\b/.exec(text)?.[1];
  const symbol = Object.keys(SYMBOLS).find((sign) => text.includes(sign));
  return code ?? (symbol ? SYMBOLS[symbol]! : null);
}
