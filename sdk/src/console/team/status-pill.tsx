/** A goal's pace in words, with a class for colour (the word alone carries the meaning). */
import type { PaceStatus } from '../../model';
import { t } from '../../i18n/console/i18n';

export const StatusPill = ({ status }: { status: PaceStatus | null }) => (status ? <span class={`pill ${status}`}>{t(`status.${status}`)}</span> : null);
