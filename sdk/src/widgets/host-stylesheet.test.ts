import { expect, it } from 'vitest';
import { hostStylesheet } from './host-stylesheet';

it('reserves in px at the widgets base font what each element placeholder takes in em', () => {
  const rules = hostStylesheet().split('\n').filter((line) => line.includes(':not(:defined)'));
  expect(rules).toEqual([
    'sightline-goals:not(:defined) { display: block; min-height: 1400px; }',
    'sightline-kpi:not(:defined) { display: block; min-height: 196px; }',
    'sightline-feedback:not(:defined) { display: block; min-height: 896px; }',
    'sightline-checkin:not(:defined) { display: block; min-height: 980px; }',
    'sightline-sync-status:not(:defined) { display: inline-block; vertical-align: top; min-width: 140px; min-height: 34px; }',
    'sightline-requests:not(:defined) { display: block; min-height: 168px; }',
    'sightline-feedback-feed:not(:defined) { display: block; min-height: 364px; }',
  ]);
});
