/** Unlisted page framed over a host page by the feedback shortcut: feedback capture for the record on screen. */
import { bootPage } from '../../ui/shared/boot'; // first: sets zod up before any schema is built
import { render } from 'preact';
import { CapturePayload, readPayload } from '../../rpc/frame-payload';
import { CapturePage } from '../../ui/capture/capture-page';
import '../../ui/shared/page.css';

const read = readPayload(CapturePayload, location.hash);
const { client } = bootPage();
// A payload that does not parse still gets a form, just without the record attached.
render(<CapturePage client={client} record={read.ok ? read.payload.record : null} />, document.getElementById('app')!);
