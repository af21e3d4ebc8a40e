/** Whether a page is one the content script runs on: an enabled tool's granted hosts, or a site granted for "Any website". */
import type { Tool } from '@sightline/sdk/model';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { grantedMatches, type RegistrationApi } from './content-script-sync';

export async function isToolPage(url: string, enabled: readonly Tool[], permissions: RegistrationApi['permissions'], endpoint: string | null): Promise<boolean> {
  const patterns = await grantedMatches(enabled, permissions, endpoint);
  return patterns.some((pattern) => new MatchPattern(pattern).includes(url));
}
