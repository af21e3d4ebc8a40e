import { describe, expect, it } from 'vitest';
import { generic } from '../hosts/generic';
import { zendesk } from '../hosts/zendesk';
import { renderRecordSummary } from './record-summary';

describe('renderRecordSummary', () => {
  it('shows the tool, record and customer', () => {
    const container = document.createElement('div');
    renderRecordSummary(container, zendesk, {
      tool: 'zendesk',
      recordType: 'ticket',
      recordId: '1042',
      url: 'https://acme.zendesk.com/agent/tickets/1042',
      title: 'Cannot export quarterly invoices to PDF',
      customer: 'Initech Ltd',
    });
    const texts = [...container.querySelectorAll('header, p')].map((element) => element.textContent);
    expect(texts).toEqual(['Sightline · Zendesk', 'ticket 1042', 'Cannot export quarterly invoices to PDF', 'Initech Ltd']);
  });

  it('treats host text as text and replaces an earlier summary', () => {
    const container = document.createElement('div');
    const context = { tool: 'web', recordType: 'page', recordId: 'https://x.example/', url: 'https://x.example/', customer: null } as const;
    renderRecordSummary(container, generic, { ...context, title: 'first' });
    renderRecordSummary(container, generic, { ...context, title: '<img src=x onerror=alert(1)>' });
    expect(container.querySelectorAll('section')).toHaveLength(1);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.title')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('.customer')).toBeNull();
  });
});
