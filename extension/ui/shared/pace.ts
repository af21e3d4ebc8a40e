/** Pace and progress in words, for summaries outside the SDK widgets. */
import type { PaceStatus } from '@sightline/sdk/model';

const PACE: Record<PaceStatus, string> = { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' };

export function describeProgress(progress: number | null, status: PaceStatus | null): string {
  const done = progress === null ? 'No progress recorded yet' : `${Math.round(progress * 100)}% done`;
  return status ? `${done} · ${PACE[status]}` : done;
}
