/** Unlisted page framed over a host page by the feedback shortcut: feedback capture for the record on screen. */
import { bootFrame } from '../../ui/shared/boot-frame'; // first: sets zod up before any schema is built
import { render } from 'preact';
import { CapturePage } from '../../ui/capture/capture-page';
import '../../ui/shared/page.css';

const root = document.getElementById('app')!;
const frame = await bootFrame('capture', root);
if (frame) render(<CapturePage client={frame.client} record={frame.payload.record} close={() => frame.toContentScript({ type: 'close' })} />, root);
