import { expect, it } from 'vitest';
import type { ReviewView } from '../../client';
import type { Review } from '../../model';
import { person } from '../../store/testing/fixtures';
import { reviewLists } from './review-lists';

const me = person('Mia', { role: 'manager' });
const ray = person('Ray', { managerId: me.id });
const sam = person('Sam', { managerId: me.id });
const left = person('Lou', { managerId: me.id, active: false });
const boss = person('Bea');
const view = (id: string, over: Partial<Review>) => ({ review: { id, status: 'draft', ...over } }) as unknown as ReviewView;

it('lists what the viewer writes, should start, was shown, and may read about others', () => {
  const reviews = [
    view('mine-ray', { reviewerId: me.id, subjectId: ray.id, kind: 'manager' }),
    view('bea-me-shared', { reviewerId: boss.id, subjectId: me.id, kind: 'manager', status: 'shared' }),
    view('bea-me-submitted', { reviewerId: boss.id, subjectId: me.id, kind: 'manager', status: 'submitted' }),
    view('ray-self', { reviewerId: ray.id, subjectId: ray.id, kind: 'self', status: 'submitted' }),
  ];
  const lists = reviewLists(me, [me, ray, sam, left, boss], reviews);
  expect(lists.writing.map((v) => v.review.id)).toEqual(['mine-ray']);
  expect(lists.toStart.map((s) => [s.kind, s.subject.name])).toEqual([
    ['self', 'Mia'],
    ['manager', 'Sam'],
  ]);
  expect(lists.sharedWithMe.map((v) => v.review.id)).toEqual(['bea-me-shared']);
  expect(lists.aboutOthers.map((v) => v.review.id)).toEqual(['ray-self']);
});
