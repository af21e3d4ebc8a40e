/** The side panel: my goals and KPIs, this week's check-in, giving and reading feedback, sync state. */
import type { SightlineClient } from '@sightline/sdk/client';
import { useState } from 'preact/hooks';
import { SignedIn } from '../shared/signed-in';
import { FeedbackList, type Perspective } from './feedback-list';
import { CheckInWidget, FeedbackWidget, GoalsWidget, SyncStatusWidget } from '../shared/elements';
import { t } from '../shared/i18n';

export function SidePanel({ client }: { client: SightlineClient }) {
  return (
    <main class="side-panel">
      <header class="head">
        <h1>Sightline</h1>
        <SyncStatusWidget data-testid="sync-status" />
      </header>
      <SignedIn client={client}>
        {(me) => (
          <>
            <section aria-labelledby="goals-heading" data-testid="my-goals">
              <h2 id="goals-heading">{t('sidePanel.goals')}</h2>
              <GoalsWidget scope="me" />
            </section>
            <section aria-labelledby="checkin-heading" data-testid="my-checkin">
              <h2 id="checkin-heading">{t('sidePanel.checkIn')}</h2>
              <CheckInWidget />
            </section>
            {/* Folded: the form is long, and the shortcut opens it on a record anyway. */}
            <details data-testid="give-feedback">
              <summary>
                <h2>{t('sidePanel.giveFeedback')}</h2>
              </summary>
              <FeedbackWidget />
            </details>
            <FeedbackSection client={client} personId={me.id} />
          </>
        )}
      </SignedIn>
    </main>
  );
}

function FeedbackSection({ client, personId }: { client: SightlineClient; personId: string }) {
  const [perspective, setPerspective] = useState<Perspective>('received');
  const choice = (value: Perspective, label: string) => (
    <button type="button" aria-pressed={perspective === value} data-testid={`show-feedback-${value}`} onClick={() => setPerspective(value)}>
      {label}
    </button>
  );
  return (
    <section aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('sidePanel.feedback')}</h2>
      <div role="group" aria-label={t('sidePanel.whichFeedback')} class="toggle">
        {choice('received', t('sidePanel.received'))}
        {choice('given', t('sidePanel.given'))}
      </div>
      <FeedbackList client={client} personId={personId} perspective={perspective} />
    </section>
  );
}
