import { describe, expect, it } from 'vitest';
import { DEFAULT_PURGE_SCHEDULE, purgeScheduleFrom } from './purge-schedule';

describe('purgeScheduleFrom', () => {
  it('takes the command line first, then the environment, then the defaults', () => {
    expect(purgeScheduleFrom({}, {})).toEqual(DEFAULT_PURGE_SCHEDULE);
    expect(purgeScheduleFrom({}, { SIGHTLINE_TOMBSTONE_RETENTION_DAYS: '7', SIGHTLINE_PURGE_INTERVAL_MINUTES: '' })).toEqual({ retentionDays: 7, intervalMinutes: 60 });
    expect(purgeScheduleFrom({ retentionDays: '90', intervalMinutes: '15' }, { SIGHTLINE_TOMBSTONE_RETENTION_DAYS: '7' })).toEqual({ retentionDays: 90, intervalMinutes: 15 });
  });

  it('names the setting that is not a positive number', () => {
    expect(() => purgeScheduleFrom({ retentionDays: '0' }, {})).toThrow('--tombstone-retention-days must be a positive number, got "0"');
    expect(() => purgeScheduleFrom({}, { SIGHTLINE_PURGE_INTERVAL_MINUTES: 'hourly' })).toThrow('SIGHTLINE_PURGE_INTERVAL_MINUTES must be a positive number, got "hourly"');
  });
});
