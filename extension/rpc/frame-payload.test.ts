import { describe, expect, it } from 'vitest';
import { CapturePayload, PanelPayload, readPayload, withPayload } from './frame-payload';

const record = { tool: 'zendesk', recordType: 'ticket', recordId: '1042', url: 'https://acme.zendesk.com/agent/tickets/1042', title: 'Export #1 & "PDF" 100%', customer: null } as const;

describe('frame payloads', () => {
  it('round-trip through the URL fragment, whatever the text contains', () => {
    const url = withPayload('chrome-extension://id/record-panel.html', { label: 'Zendesk', category: 'ticketing', record });
    const { hash } = new URL(url);
    expect(readPayload(PanelPayload, hash)).toEqual({ ok: true, payload: { label: 'Zendesk', category: 'ticketing', record } });
    expect(readPayload(CapturePayload, new URL(withPayload('chrome-extension://id/capture.html', { record: null })).hash)).toEqual({ ok: true, payload: { record: null } });
  });

  it('say what is wrong with a payload a page made up', () => {
    const forged = `#${encodeURIComponent(JSON.stringify({ label: 'X', category: 'ticketing', record: { ...record, url: 'javascript:alert(1)' } }))}`;
    expect(readPayload(PanelPayload, forged)).toEqual({ ok: false, problem: 'record.url: must be an http(s) URL' });
    expect(readPayload(PanelPayload, '#%E0%A4%A')).toEqual({ ok: false, problem: 'the page did not say which record this is' });
  });
});
