/**
 * The SDK's custom elements as typed Preact components, with the attributes each reads
 * (sdk/src/widgets/README.md). Object values such as `context` are set as properties, so they
 * are never serialised into the DOM.
 */
import type { RecordContext } from '@sightline/sdk/model';
import { createElement } from 'preact';

interface Common {
  'data-testid'?: string;
  class?: string;
}

const element =
  <Props extends object>(tag: string) =>
  (props: Props & Common) =>
    createElement(tag, props);

export const GoalsWidget = element<{ level?: 'org' | 'team' | 'person'; team?: string; owner?: string; scope?: 'me' | 'all'; cycle?: string }>('sightline-goals');
export const KpiWidget = element<{ metric: string }>('sightline-kpi');
export const FeedbackWidget = element<{ subject?: string; goal?: string; context?: RecordContext | null }>('sightline-feedback');
export const CheckInWidget = element<{ week?: string }>('sightline-checkin');
export const SyncStatusWidget = element<object>('sightline-sync-status');
export const RequestsWidget = element<object>('sightline-requests');
export const FeedbackFeedWidget = element<{ person?: string; kind?: 'received' | 'recognition'; limit?: number }>('sightline-feedback-feed');
