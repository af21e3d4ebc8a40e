/** Every host adapter, and the choice of one for a page. */
import type { HostAdapter } from './adapter';
import { confluence } from './confluence';
import { freshdesk } from './freshdesk';
import { generic } from './generic';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import { jira } from './jira';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import { notion } from './notion';
import { sharepoint } from './sharepoint';
import { matcherFor } from './url';
import { zendesk } from './zendesk';

export type { HostAdapter, HostCategory, PanelPlacement } from './adapter';

/** Adapters for specific tools, in the order they are tried. */
export const toolAdapters: readonly HostAdapter[] = [zendesk, freshdesk, jira, intercom, salesforce, hubspot, pipedrive, confluence, sharepoint, notion];

/** All adapters, the generic one last. */
export const adapters: readonly HostAdapter[] = [...toolAdapters, generic];

const inScope = toolAdapters.map((adapter) => ({ adapter, matches: matcherFor(adapter.matches) }));

/**
 * The adapter for the app at `url`, whether or not the URL is a record page yet (single-page
 * apps reach records without reloading); the generic adapter when none matches and the user
 * enabled it, otherwise null.
 */
export function adapterFor(url: URL, enabledGeneric: boolean): HostAdapter | null {
  const specific = inScope.find(({ matches }) => matches(url))?.adapter;
  if (specific) return specific;
  return enabledGeneric && generic.isRecordPage(url) ? generic : null;
}

/** The optional host permissions the extension may request: every tool's patterns plus any page for the generic adapter. */
export function optionalHostPermissions(): string[] {
  return [...new Set(adapters.flatMap((adapter) => adapter.matches))];
}
