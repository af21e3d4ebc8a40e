/**
 * Submitting a form through `client.mutate`: validate the args with the model first (so errors
 * appear next to fields without a round trip), then save locally; report the outcome in a live
 * region that follows the sync state ("Saved on this device; will sync when online") until the
 * server acknowledged the save, and tell the host page
 * with `sightline:submitted` / `sightline:error`.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useSignal, type Signal } from '@preact/signals';
import type { MutationInput, MutationName } from '../model';
import type { SightlineClient } from '../client';
import { byPath, issuesOf, type Issue } from './field-errors';
import { emit } from './events';
import { useWatch } from './use-watch';
import type { FormSchemas } from './use-form-schemas';
import { useWidgetI18n } from '../i18n/widgets/i18n';

export type Phase = 'idle' | 'saving' | 'saved' | 'failed';

export interface Submission {
  /** Message per dotted path of the last attempt. */
  errors: Signal<Record<string, string>>;
  phase: Signal<Phase>;
  /** Why the last save failed, when it was not a validation problem. */
  failure: Signal<string | null>;
  /** How many saves succeeded; each new one waits for its own acknowledgement. */
  saves: Signal<number>;
  /**
   * Validates and saves; `checks` are problems the form found itself (e.g. nobody chosen).
   * Resolves true when saved.
   */
  submit<N extends MutationName>(name: N, args: MutationInput<N> & { id: string }, options: { kind: string; checks?: Issue[] }): Promise<boolean>;
}

/** `schemas`: the forms' lazily loaded chunk, which a form waits for before it renders. */
export function useSubmission(client: SightlineClient, schemas: FormSchemas, host: HTMLElement, form: RefObject<HTMLFormElement | null>): Submission {
  const { t } = useWidgetI18n();
  const errors = useSignal<Record<string, string>>({});
  const phase = useSignal<Phase>('idle');
  const failure = useSignal<string | null>(null);
  const attempt = useSignal(0);
  const saves = useSignal(0);

  // After a rejected attempt has rendered its messages, take the person to the first one.
  useLayoutEffect(() => {
    if (attempt.value > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt.value]);

  const submit: Submission['submit'] = async (name, args, { kind, checks = [] }) => {
    const checkedPaths = new Set(checks.map((c) => c.path));
    const issues = [...checks, ...schemas.mutationIssues(name, args).filter((i) => !checkedPaths.has(i.path))];
    failure.value = null;
    errors.value = byPath(issues);
    if (issues.length > 0) {
      phase.value = 'idle';
      attempt.value++;
      return false;
    }
    phase.value = 'saving';
    try {
      await client.mutate(name, args);
      saves.value++;
      phase.value = 'saved';
      emit(host, 'sightline:submitted', { id: args.id, kind });
      return true;
    } catch (error) {
      const found = issuesOf(error);
      const message = error instanceof Error ? error.message : String(error);
      errors.value = byPath(found);
      failure.value = found.length > 0 ? t('submit.needsLook') : t('submit.failed', { reason: message });
      phase.value = 'failed';
      emit(host, 'sightline:error', { message, issues: found });
      if (found.length > 0) attempt.value++;
      return false;
    }
  };

  return { errors, phase, failure, saves, submit };
}

/**
 * The polite live region (always in the DOM, so screen readers announce changes) and an alert
 * for failures and for problems with no field of their own to sit next to.
 */
export function SubmitStatus({ client, submission, isFieldPath }: { client: SightlineClient; submission: Submission; isFieldPath: (path: string) => boolean }) {
  const { t } = useWidgetI18n();
  const sync = useWatch(client, 'sync', {});
  const { phase, failure, errors, saves } = submission;
  const state = sync.status === 'ready' ? sync.data : null;
  // The sync state known when the save resolved may predate it (it arrives on its own, over a
  // port in the extension): only a pull finished after the save, with nothing left to send,
  // says the server has it.
  const before = useRef({ save: 0, lastSyncedAt: null as string | null });
  if (before.current.save !== saves.value) before.current = { save: saves.value, lastSyncedAt: state?.lastSyncedAt ?? null };
  let message = '';
  if (phase.value === 'saving') message = t('submit.saving');
  if (phase.value === 'saved') {
    const acknowledged = state !== null && state.pending === 0 && state.lastSyncedAt !== before.current.lastSyncedAt;
    if (acknowledged) message = t('submit.synced');
    else if (state && !state.online) message = t('submit.savedOffline');
    else message = t('submit.saved');
  }
  const unplaced = Object.entries(errors.value).filter(([path]) => !isFieldPath(path));
  return (
    <>
      <p role="status" class="status" part="message">
        {message}
      </p>
      {(failure.value || unplaced.length > 0) && (
        <div role="alert" class="error">
          {failure.value && <p>{failure.value}</p>}
          {unplaced.length > 0 && (
            <ul>
              {unplaced.map(([path, text]) => (
                <li key={path}>
                  {path || t('submit.form')} {text}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
