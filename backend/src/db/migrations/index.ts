/** Every migration, in order. Add a file and list it here; never edit one that has shipped. */
import type { Migration } from 'kysely';
import * as init from './0001_init';
import * as embedKeys from './0002_embed_keys';
import * as tombstoneIndex from './0003_tombstone_index';
import * as signInCodes from './0004_sign_in_codes';
import * as ssoSessions from './0005_sso_sessions';
import * as tenantKeyedTokens from './0006_tenant_keyed_tokens';
import * as kpiCountsAndChangeLog from './0010_kpi_counts_and_change_log';
import * as supportDecisions from './0011_support_decisions';
import * as reviewTemplates from './0012_review_templates';
import * as checkInCadences from './0013_check_in_cadences';
import * as skillGaps from './0014_skill_gaps';
import * as scimLinks from './0020_scim_links';
import * as idempotencyKeys from './0021_idempotency_keys';
import * as webhooks from './0022_webhooks';
import * as auditLog from './0023_audit_log';
import * as accessEpochs from './0030_access_epochs';
import * as embedOrigins from './0070_embed_origins';
import * as privateNoteRetention from './0080_private_note_retention';
import * as metricValueRecordKeys from './0120_metric_value_record_keys';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_init': init,
  '0002_embed_keys': embedKeys,
  '0003_tombstone_index': tombstoneIndex,
  '0004_sign_in_codes': signInCodes,
  '0005_sso_sessions': ssoSessions,
  '0006_tenant_keyed_tokens': tenantKeyedTokens,
  '0010_kpi_counts_and_change_log': kpiCountsAndChangeLog,
  '0011_support_decisions': supportDecisions,
  '0012_review_templates': reviewTemplates,
  '0013_check_in_cadences': checkInCadences,
  '0014_skill_gaps': skillGaps,
  '0020_scim_links': scimLinks,
  '0021_idempotency_keys': idempotencyKeys,
  '0022_webhooks': webhooks,
  '0023_audit_log': auditLog,
  '0030_access_epochs': accessEpochs,
  '0070_embed_origins': embedOrigins,
  '0080_private_note_retention': privateNoteRetention,
  '0120_metric_value_record_keys': metricValueRecordKeys,
};
