/** What pages may know about the settings: everything but the token. */
import { Id, Tool } from '@sightline/sdk/model';
import { z } from 'zod';
import type { Account } from './account';

export const SettingsView = z.strictObject({
  endpoint: z.string().nullable(),
  signedInAs: z.strictObject({ personId: Id, name: z.string(), email: z.string(), orgName: z.string() }).nullable(),
  enabledTools: z.array(Tool),
});
export type SettingsView = z.infer<typeof SettingsView>;

export function settingsView({ endpoint, session }: Account, enabledTools: readonly Tool[]): SettingsView {
  return {
    endpoint,
    signedInAs: session && { personId: session.person.id, name: session.person.name, email: session.person.email, orgName: session.orgName },
    enabledTools: [...enabledTools],
  };
}
