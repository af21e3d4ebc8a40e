/**
 * Feedback capture over a host page (the keyboard shortcut): a modal dialog with the feedback
 * form for the record on screen. Escape, the close button or a click outside closes it; after
 * a successful submit it closes by itself once the confirmation has been read out.
 */
import type { SightlineClient } from '@sightline/sdk/client';
import type { RecordContext } from '@sightline/sdk/model';
import { useEffect, useRef } from 'preact/hooks';
import { FeedbackWidget } from '../shared/elements';
import { SignedIn } from '../shared/signed-in';
import { t } from '../shared/i18n';

/** Long enough for the widget's "sent" message to be seen and announced. */
export const CLOSE_AFTER_SUBMIT_MS = 1500;

interface Props {
  client: SightlineClient;
  record: RecordContext | null;
  /** Asks the content script to take the dialog off the page. */
  close: () => void;
}

export function CapturePage({ client, record, close }: Props) {
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialog.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onSubmitted = () => (timer = setTimeout(close, CLOSE_AFTER_SUBMIT_MS));
    // The form's events bubble out of its shadow root (they are composed).
    const box = dialog.current;
    addEventListener('keydown', onKey);
    box?.addEventListener('sightline:submitted', onSubmitted);
    return () => {
      clearTimeout(timer);
      removeEventListener('keydown', onKey);
      box?.removeEventListener('sightline:submitted', onSubmitted);
    };
  }, []);

  return (
    <div class="backdrop" onClick={(event) => event.target === event.currentTarget && close()}>
      <div ref={dialog} class="dialog" role="dialog" aria-modal="true" aria-labelledby="capture-title" tabIndex={-1} data-testid="capture-dialog">
        <header class="head">
          <h1 id="capture-title">{t('capture.title')}</h1>
          <button type="button" aria-label={t('common.close')} data-testid="capture-close" onClick={close}>
            ×
          </button>
        </header>
        {record && <p class="muted">{t('capture.about', { record: record.title ?? `${record.recordType} ${record.recordId}` })}</p>}
        <SignedIn client={client}>{() => <FeedbackWidget context={record} />}</SignedIn>
      </div>
    </div>
  );
}
