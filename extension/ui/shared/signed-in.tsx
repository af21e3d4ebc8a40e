/**
 * Renders its content for the signed-in person once they are known; until then a loading
 * line, the error, or (nobody signed in) a way to the settings.
 */
import type { SightlineClient } from '@sightline/sdk/client';
import type { Person } from '@sightline/sdk/model';
import { useWatch } from '@sightline/sdk/widgets/use-watch';
import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import { t } from './i18n';

export function SignedIn({ client, children }: { client: SightlineClient; children: (me: Person) => ComponentChildren }) {
  const me = useWatch(client, 'me', {});
  if (me.status === 'error') {
    return (
      <p role="alert" class="error">
        {me.message}
      </p>
    );
  }
  if (me.status !== 'ready') return <p class="muted">{t('common.loading')}</p>;
  if (me.data) return <>{children(me.data)}</>;
  return (
    <div data-testid="signed-out">
      <p>{t('signedIn.prompt')}</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('signedIn.openSettings')}
      </button>
    </div>
  );
}
