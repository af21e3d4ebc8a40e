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

/** How to name a refused change to the person who made it. */
const CHANGE_LABEL: Partial<Record<MutationName, string>> = {
  'feedback.create': 'Your feedback',
  'feedback.delete': 'Deleting feedback',
  'checkin.submit': 'Your check-in',
  'metric.record': 'A KPI value',
  'goal.create': 'A new goal',
  'goal.update': 'A goal change',
  'goal.delete': 'Deleting a goal',
};
const changeLabel = (name: MutationName) => CHANGE_LABEL[name] ?? 'A change';

const changes = (n: number) => (n === 1 ? '1 change' : `${n} changes`);

/** Offline: the changes waiting to go out, or else whether what is on screen is data saved earlier. */
function offlineText(s: SyncState): string {
  if (s.pending > 0) return `Offline — ${changes(s.pending)} saved here, will sync when online`;
  return s.lastSyncedAt ? 'Offline — showing saved data' : 'Offline';
}

/**
 * One line, with a shape as well as words so the state never rests on colour. "All changes
 * synced" waits for a pull since start: until then the data shown may be days old.
 */
export function summarise(s: SyncState): { state: 'signed-out' | 'offline' | 'pending' | 'syncing' | 'synced'; text: string; shape: string } {
  if (!s.signedIn) {
    // The problem line gives the server's reason (for an embed token, which claim failed).
    const text = s.lastSyncedAt ? 'Sightline did not accept the sign-in — showing saved data' : 'Not signed in to Sightline';
    return { state: 'signed-out', text, shape: '○' };
  }
  if (!s.online) return { state: 'offline', text: offlineText(s), shape: '○' };
  if (s.pending > 0) return { state: 'pending', text: `Syncing ${changes(s.pending)}…`, shape: '◐' };
  if (!s.syncedSinceStart) {
    // A failed attempt (the server unreachable while the device is online) says so; the problem line says why.
    const text = !s.error ? 'Syncing…' : s.lastSyncedAt ? 'Could not sync yet — showing saved data' : 'Could not sync yet';
    return { state: 'syncing', text, shape: '◐' };
  }
  return { state: 'synced', text: 'All changes synced', shape: '●' };
}

function RejectionItem({ rejection, onDismiss }: { rejection: Rejection; onDismiss: () => void }) {
  const label = changeLabel(rejection.name);
  return (
    <li>
      <span>
        {label} was not saved: {rejection.reason}
      </span>
      <button type="button" part="button" onClick={onDismiss}>
        Dismiss<span class="sr-only"> the message about {label.toLowerCase()}</span>
      </button>
    </li>
  );
}

export function SyncStatus({ client, host }: WidgetProps<typeof syncStatusAttributes>) {
  const sync = useWatch(client, 'sync', {});
  if (sync.status === 'error') return <p role="alert" class="error">Sync status unavailable: {sync.message}</p>;
  if (sync.status !== 'ready') return <Skeleton label="Loading sync status…" />;
  const s = sync.data;
  const { state, text, shape } = summarise(s);
  const dismiss = (r: Rejection) =>
    client.dismissRejection(r.mutationId).catch((e: unknown) => emit(host, 'sightline:error', { message: `Could not dismiss: ${String(e)}`, issues: [] }));
  return (
    <div part="card" class="card sync">
      <p role="status" part="message" class={`summary ${state}`}>
        <span class="shape" aria-hidden="true">
          {shape}
        </span>
        {text}
      </p>
      {s.error && <p class="problem muted">Last problem: {s.error}</p>}
      <div role="alert">
        {s.rejected.length > 0 && (
          <ul aria-label="Changes the server refused">
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
