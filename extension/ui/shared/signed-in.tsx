/**
 * Renders its content for the signed-in person once they are known; until then a loading
 * line, the error, or (nobody signed in) a way to the settings.
 */
import type { SightlineClient } from '@sightline/sdk/client';
import type { Person } from '@sightline/sdk/model';
import { useWatch } from '@sightline/sdk/widgets/use-watch';
import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';

export function SignedIn({ client, children }: { client: SightlineClient; children: (me: Person) => ComponentChildren }) {
  const me = useWatch(client, 'me', {});
  if (me.status === 'error') {
    return (
      <p role="alert" class="error">
        {me.message}
      </p>
    );
  }
  if (me.status !== 'ready') return <p class="muted">Loading…</p>;
  if (me.data) return <>{children(me.data)}</>;
  return (
    <div data-testid="signed-out">
      <p>Sign in to Sightline to see your goals, KPIs and feedback here.</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        Open Sightline settings
      </button>
    </div>
  );
}
