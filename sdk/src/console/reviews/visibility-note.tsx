/** Who sees a review in its current state, and what the next step changes: said on the review screen, never left to guess. */
import type { Review } from '../../model';
import { t } from '../../i18n/console/i18n';

export function VisibilityNote({ review, subjectName, reviewerIsMe }: { review: Review; subjectName: string; reviewerIsMe: boolean }) {
  const self = review.kind === 'self';
  const now =
    review.status === 'draft'
      ? t(reviewerIsMe ? 'reviews.sees.draftMine' : 'reviews.sees.draft')
      : review.status === 'submitted'
        ? t(self ? 'reviews.sees.submittedSelf' : 'reviews.sees.submitted', { subject: subjectName })
        : t(self ? 'reviews.sees.sharedSelf' : 'reviews.sees.shared', { subject: subjectName });
  const next =
    review.status === 'draft'
      ? t(self ? 'reviews.next.draftSelf' : 'reviews.next.draft', { subject: subjectName })
      : review.status === 'submitted'
        ? t(self ? 'reviews.next.submittedSelf' : 'reviews.next.submitted', { subject: subjectName })
        : null;
  return (
    <div class="visibility-note" role="note">
      <p>
        <strong>{t(`reviews.status.${review.status}`)}</strong>: {now}
      </p>
      {next && <p class="muted">{next}</p>}
    </div>
  );
}
