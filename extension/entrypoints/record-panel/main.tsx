/** Unlisted page framed by the content script on a host record: the panel for that record. */
import { bootPage } from '../../ui/shared/boot'; // first: sets zod up before any schema is built
import { render } from 'preact';
import { PanelPayload, readPayload } from '../../rpc/frame-payload';
import { RecordPanel } from '../../ui/record-panel/record-panel';
import { reportSize } from '../../ui/shared/report-size';
import '../../ui/shared/page.css';

const root = document.getElementById('app')!;
const read = readPayload(PanelPayload, location.hash);
if (read.ok) {
  const { client, control } = bootPage();
  render(<RecordPanel client={client} control={control} payload={read.payload} />, root);
} else {
  root.textContent = `Sightline cannot show this record: ${read.problem}.`;
}
reportSize();
