/**
 * What `Sightline.init` loads with `import()` on a page: the store and sync engine behind one
 * started client. Kept apart from the engine's index so the page chunk leaves out the comlink
 * glue that only the extension and workers use.
 */
import '../csp-safe-zod'; // first: before any schema is built
import type { ClientFactoryOptions } from '../embed';
import { createClient, type LocalClient } from './create-client';

/**
 * Creates the client for this endpoint and token and starts it. A token whose viewer the device
 * has seen (the same token, or a fresh embed token naming them) opens their database at once,
 * offline too; any other waits until the server says whose it is.
 */
export async function startClient({ endpoint, token, onRefused }: ClientFactoryOptions): Promise<LocalClient> {
  if (!token) throw new Error('a token is required to reach the Sightline server');
  const client = createClient({ endpoint, token, onRefused });
  try {
    await client.start();
  } catch (error) {
    await client.stop();
    throw error;
  }
  return client;
}
