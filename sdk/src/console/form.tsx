/**
 * Form plumbing for the console: submit state, each validation issue next to its field (the
 * model's ValidationError and the server's 4xx both name the field), anything else in a status line.
 */
import { useState } from 'preact/hooks';
import { byPath, issuesOf } from '../widgets/field-errors';
import { t } from '../i18n/console/i18n';

export type SubmitStatus = 'idle' | 'saving' | 'saved' | 'failed';

export function useSubmit() {
  const [status, setStatus] = useState<SubmitStatus>('idle');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function run(action: () => Promise<void>): Promise<boolean> {
    setStatus('saving');
    setErrors({});
    setProblem(null);
    try {
      await action();
      setStatus('saved');
      return true;
    } catch (error) {
      const issues = issuesOf(error);
      setErrors(byPath(issues));
      if (issues.length === 0) setProblem(error instanceof Error ? error.message : String(error));
      setStatus('failed');
      return false;
    }
  }
  return { status, errors, problem, run };
}

export function SubmitStatusLine({ status, problem }: { status: SubmitStatus; problem: string | null }) {
  return (
    <p class={problem ? 'status error' : 'status'} role="status">
      {status === 'saving' ? t('common.saving') : status === 'saved' ? t('common.saved') : (problem ?? '')}
    </p>
  );
}

/** A form's fields by name, as strings (FormData from a submit event). */
export const formFields = (event: Event) => {
  event.preventDefault();
  const data = new FormData(event.currentTarget as HTMLFormElement);
  return (name: string) => String(data.get(name) ?? '');
};

/** A number field: empty stays empty (so the model names it), anything else as a number. */
export const numberOrNaN = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));
