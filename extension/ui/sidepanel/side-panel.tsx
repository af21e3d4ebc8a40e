/**
 * The side panel: my goals and KPIs, this week's check-in, giving and reading feedback, sync
 * state; one tab away, the feedback requests asked of me, and what is due now.
 */
import type { SightlineClient } from '@sightline/sdk/client';
import { useState } from 'preact/hooks';
import { SignedIn } from '../shared/signed-in';
import { FeedbackList, type Perspective } from './feedback-list';
import { DueList } from './due-list';
import { CheckInWidget, FeedbackWidget, GoalsWidget, RequestsWidget, SyncStatusWidget } from '../shared/elements';
import { t } from '../shared/i18n';

export function SidePanel({ client }: { client: SightlineClient }) {
  return (
    <main class="side-panel">
      <header class="head">
        <h1>Sightline</h1>
        <SyncStatusWidget data-testid="sync-status" />
      </header>
      <SignedIn client={client}>
        {(me) => <Views client={client} personId={me.id} />}
      </SignedIn>
    </main>
  );
}

/** The panel's views in the order of its navigation; each button's label is `sidePanel.view.<view>`. */
const VIEWS = ['overview', 'requests', 'due'] as const;
type View = (typeof VIEWS)[number];

function Views({ client, personId }: { client: SightlineClient; personId: string }) {
  const [view, setView] = useState<View>('overview');
  return (
    <>
      <nav aria-label={t('sidePanel.views')} class="toggle">
        {VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} data-testid={`view-${v}`} onClick={() => setView(v)}>
            {t(`sidePanel.view.${v}`)}
          </button>
        ))}
      </nav>
      {view === 'overview' && <Overview client={client} personId={personId} />}
      {view === 'requests' && (
        <section aria-labelledby="requests-heading" data-testid="my-requests">
          <h2 id="requests-heading">{t('sidePanel.requests')}</h2>
          <RequestsWidget />
        </section>
      )}
      {view === 'due' && (
        <section aria-labelledby="due-heading" data-testid="my-due">
          <h2 id="due-heading">{t('sidePanel.due')}</h2>
          <DueList onOpen={(kind) => setView(kind === 'checkin' ? 'overview' : 'requests')} />
        </section>
      )}
    </>
  );
}

function Overview({ client, personId }: { client: SightlineClient; personId: string }) {
  return (
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
      <FeedbackSection client={client} personId={personId} />
    </>
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
