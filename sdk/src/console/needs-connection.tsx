/** What an online-only view says when the server could not be reached or refused: why, the server's words, and a retry. */
import { t } from '../i18n/console/i18n';

export function NeedsConnection({ message, problem, onRetry }: { message: string; problem: string; onRetry: () => void }) {
  return (
    <div role="status">
      <p>{message}</p>
      <p class="muted">{problem}</p>
      <button type="button" onClick={onRetry}>
        {t('evidence.retry')}
      </button>
    </div>
  );
}
