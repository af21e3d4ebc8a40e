/**
 * `<sightline-sync-status>`: whether local changes have reached the server. Shows offline and
 * pending counts, whether the data shown is current yet, the last transport problem, and each
 * change the server refused with its reason and a Dismiss button.
 */
import type { MutationName } from '../model';
import type { Rejection, SyncState } from '../client';
import type { Widget, WidgetProps } from './define-element';
import type { syncStatusAttributes } from './elements';
import { useWatch } from './use-watch';
import { Skeleton } from './skeleton';
import { emit } from './events';
import { useWidgetI18n, type WidgetMessageKey, type WidgetTranslator } from '../i18n/widgets/i18n';

const CSS = `
:host { display: inline-block; vertical-align: top; }
.sync { display: grid; gap: calc(var(--_space) / 2); padding: calc(var(--_space) / 2) var(--_space); }
.summary { margin: 0; display: flex; align-items: center; gap: 0.4em; }
.summary .shape { font-size: 0.8em; }
.summary.synced .shape { color: var(--_on-track); }
.summary.pending .shape, .summary.syncing .shape { color: var(--_at-risk); }
.summary.offline .shape, .summary.signed-out .shape { color: var(--_muted); }
.problem { margin: 0; font-size: 0.92em; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--_space) / 2); }
li { display: flex; align-items: baseline; gap: var(--_space); justify-content: space-between; color: var(--_danger); }
li span { overflow-wrap: anywhere; }
`;

/** The refused changes named in the catalog (`change.<mutation>`); any other is "a change". */
const NAMED_CHANGES = new Set<MutationName>(['feedback.create', 'feedback.delete', 'checkin.submit', 'metric.record', 'goal.create', 'goal.update', 'goal.delete']);
const changeLabel = ({ t }: WidgetTranslator, name: MutationName) => (NAMED_CHANGES.has(name) ? t(`change.${name}` as WidgetMessageKey) : t('change.other'));

/** Offline: the changes waiting to go out, or else whether what is on screen is data saved earlier. */
function offlineText({ t, tPlural }: WidgetTranslator, s: SyncState): string {
  if (s.pending > 0) return t('sync.offlinePending', { changes: tPlural('sync.changes', s.pending) });
  return t(s.lastSyncedAt ? 'sync.offlineSaved' : 'sync.offline');
}

/**
 * One line, with a shape as well as words so the state never rests on colour. "All changes
 * synced" waits for a pull since start: until then the data shown may be days old.
 */
export function summarise(s: SyncState, i18n: WidgetTranslator): { state: 'signed-out' | 'offline' | 'pending' | 'syncing' | 'synced'; text: string; shape: string } {
  const { t, tPlural } = i18n;
  if (!s.signedIn) {
    // The problem line gives the server's reason (for an embed token, which claim failed).
    return { state: 'signed-out', text: t(s.lastSyncedAt ? 'sync.refusedSaved' : 'sync.signedOut'), shape: '○' };
  }
  if (!s.online) return { state: 'offline', text: offlineText(i18n, s), shape: '○' };
  if (s.pending > 0) return { state: 'pending', text: t('sync.pending', { changes: tPlural('sync.changes', s.pending) }), shape: '◐' };
  if (!s.syncedSinceStart) {
    // A failed attempt (the server unreachable while the device is online) says so; the problem line says why.
    const text = t(!s.error ? 'sync.syncing' : s.lastSyncedAt ? 'sync.failedSaved' : 'sync.failed');
    return { state: 'syncing', text, shape: '◐' };
  }
  return { state: 'synced', text: t('sync.synced'), shape: '●' };
}

function RejectionItem({ rejection, onDismiss }: { rejection: Rejection; onDismiss: () => void }) {
  const i18n = useWidgetI18n();
  const change = changeLabel(i18n, rejection.name);
  return (
    <li>
      <span>{i18n.t('sync.notSaved', { change, reason: rejection.reason })}</span>
      <button type="button" part="button" onClick={onDismiss}>
        {i18n.t('sync.dismiss')}
        <span class="sr-only">{i18n.t('sync.dismissAbout', { change: change.toLocaleLowerCase(i18n.lang) })}</span>
      </button>
    </li>
  );
}

export function SyncStatus({ client, host }: WidgetProps<typeof syncStatusAttributes>) {
  const i18n = useWidgetI18n();
  const { t } = i18n;
  const sync = useWatch(client, 'sync', {});
  if (sync.status === 'error') return <p role="alert" class="error">{t('sync.loadFailed', { reason: sync.message })}</p>;
  if (sync.status !== 'ready') return <Skeleton label={t('sync.loading')} />;
  const s = sync.data;
  const { state, text, shape } = summarise(s, i18n);
  const dismiss = (r: Rejection) =>
    client.dismissRejection(r.mutationId).catch((e: unknown) => emit(host, 'sightline:error', { message: t('sync.dismissFailed', { reason: String(e) }), issues: [] }));
  return (
    <div part="card" class="card sync">
      <p role="status" part="message" class={`summary ${state}`}>
        <span class="shape" aria-hidden="true">
          {shape}
        </span>
        {text}
      </p>
      {s.error && <p class="problem muted">{t('sync.problem', { reason: s.error })}</p>}
      <div role="alert">
        {s.rejected.length > 0 && (
          <ul aria-label={t('sync.refusedList')}>
            {s.rejected.map((r) => (
              <RejectionItem key={r.mutationId} rejection={r} onDismiss={() => void dismiss(r)} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

export const widget: Widget<typeof syncStatusAttributes> = { Component: SyncStatus, css: CSS };
