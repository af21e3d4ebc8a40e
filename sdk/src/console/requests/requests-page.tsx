/**
 * /app/requests: what the viewer was asked (answer in place), a form to ask, and the requests
 * they sent. Requests and answers are synced mutations, so all of it works offline.
 */
import { t } from '../../i18n/console/i18n';
import { Loading, Page } from '../page';
import { ready, useQuery } from '../use-query';
import { AskForm } from './ask-form';
import { inbox, todayFor } from './inbox';
import { InboxList } from './inbox-list';
import { SentList } from './sent-list';

export function RequestsPage() {
  const me = ready(useQuery('me', {}));
  const people = ready(useQuery('people', {}));
  const received = ready(useQuery('requests', {}));
  const sent = ready(useQuery('sentRequests', {}));
  if (!me || !people || !received || !sent) return <Loading />;
  const items = inbox(received, todayFor(me, new Date()));
  return (
    <Page title={t('requests.title')}>
      <p class="lead">{t('requests.intro')}</p>
      <section aria-labelledby="inbox-heading">
        <h2 id="inbox-heading">{t('requests.inbox', { count: items.length })}</h2>
        <InboxList items={items} />
      </section>
      <section aria-labelledby="ask-heading">
        <h2 id="ask-heading">{t('requests.askTitle')}</h2>
        <AskForm me={me} people={people} />
      </section>
      <section aria-labelledby="sent-heading">
        <h2 id="sent-heading">{t('requests.sent')}</h2>
        <SentList items={sent} />
      </section>
    </Page>
  );
}

/** The nav's count of open requests asked of the viewer. */
export function useInboxCount(): number | null {
  const me = ready(useQuery('me', {}));
  const received = ready(useQuery('requests', {}));
  return received ? received.length : null;
}
