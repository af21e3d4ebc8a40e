/** Unlisted page framed by the content script on a host record: the panel for that record. */
import { bootFrame } from '../../ui/shared/boot-frame'; // first: sets zod up before any schema is built
import { render } from 'preact';
import { RecordPanel } from '../../ui/record-panel/record-panel';
import { reportSize } from '../../ui/shared/report-size';
import '../../ui/shared/page.css';

const root = document.getElementById('app')!;
const frame = await bootFrame('panel', root);
if (frame) {
  render(<RecordPanel client={frame.client} control={frame.control} payload={frame.payload} close={() => frame.toContentScript({ type: 'close' })} />, root);
  reportSize(frame.toContentScript);
}
