/** The panel a content script places on a host page, chosen by the kind of tool. */
import type { SightlineClient } from '@sightline/sdk/client';
import type { ControlApi } from '../../rpc/control-caller';
import type { PanelPayload } from '../../rpc/frame-payload';
import { SignedIn } from '../shared/signed-in';
import { CrmPanel } from './crm-panel';
import { DocsPanel } from './docs-panel';
import { TicketingPanel } from './ticketing-panel';
import { t } from '../shared/i18n';

interface Props {
  client: SightlineClient;
  control: ControlApi;
  payload: PanelPayload;
  /** Asks the content script to take the panel off the page. */
  close: () => void;
}

export function RecordPanel({ client, control, payload: { label, category, record, outcome = null }, close }: Props) {
  return (
    <main class="panel" aria-label={t('panel.label', { recordType: record.recordType })}>
      <header class="head">
        <span>Sightline · {label}</span>
        <button type="button" class="hide" aria-label={t('panel.hide')} data-testid="hide-panel" onClick={close}>
          ×
        </button>
      </header>
      <SignedIn client={client}>
        {(me) =>
          category === 'ticketing' ? (
            <TicketingPanel client={client} control={control} me={me} record={record} outcome={outcome} />
          ) : category === 'crm' ? (
            <CrmPanel client={client} control={control} me={me} record={record} outcome={outcome} />
          ) : (
            <DocsPanel client={client} record={record} />
          )
        }
      </SignedIn>
    </main>
  );
}
