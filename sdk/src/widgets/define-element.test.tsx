// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { defineElement, json, oneOf, text, type WidgetProps } from './define-element';
import { cleanUp, eventually, mount, shadowOf, textOf, withSampleClient } from './testing/mount';

const attributes = { label: text, data: json, tone: oneOf(['calm', 'loud'] as const) };

function Echo({ label, data, tone }: WidgetProps<typeof attributes>) {
  if (label === 'explode') throw new Error('boom');
  return <p>{`${label ?? 'none'}|${JSON.stringify(data)}|${tone ?? 'none'}`}</p>;
}
defineElement('x-echo', Echo, { attributes, css: '.x { color: red; }' });

afterEach(cleanUp);

describe('defineElement', () => {
  it('shows a skeleton until there is a client', async () => {
    const el = mount('x-echo', { label: 'hi' });
    expect(textOf(el)).toBe('Waiting for Sightline to start…');
    withSampleClient();
    await eventually(() => expect(textOf(el)).toBe('hi|null|none'));
  });

  it('turns attributes and properties into props, converting both the same way', async () => {
    withSampleClient();
    const el = mount('x-echo', { label: '  hi  ', data: '{"a":1}', tone: 'LOUD' }) as HTMLElement & { label: unknown; data: unknown };
    await eventually(() => expect(textOf(el)).toBe('hi|{"a":1}|loud'));
    el.data = { b: 2 };
    el.setAttribute('tone', 'shouty');
    await eventually(() => expect(textOf(el)).toBe('hi|{"b":2}|none'));
    expect(el.data).toEqual({ b: 2 });
    el.label = '';
    await eventually(() => expect(textOf(el)).toBe('none|{"b":2}|none'));
  });

  it('keeps properties set before the element was defined', async () => {
    withSampleClient();
    const el = document.createElement('x-late') as HTMLElement & { data: unknown };
    el.data = { early: true };
    document.body.append(el);
    defineElement('x-late', Echo, { attributes, css: '' });
    await eventually(() => expect(textOf(el)).toBe('none|{"early":true}|none'));
  });

  it('contains a render error to its own element and reports it', async () => {
    withSampleClient();
    const errors: string[] = [];
    document.addEventListener('sightline:error', (e) => errors.push((e as CustomEvent).detail.message), { once: true });
    const broken = mount('x-echo', { label: 'explode' });
    const fine = mount('x-echo', { label: 'ok' });
    await eventually(() => expect(textOf(broken)).toBe('This widget failed to display. Reload the page to try again.'));
    expect(textOf(fine)).toBe('ok|null|none');
    expect(errors).toEqual(['Error: boom']);
  });

  it('adopts one shared stylesheet with the theme tokens and the element CSS', () => {
    const a = mount('x-echo');
    const b = mount('x-echo');
    const [sheet] = shadowOf(a).adoptedStyleSheets;
    expect(shadowOf(b).adoptedStyleSheets[0]).toBe(sheet);
    const css = [...sheet!.cssRules].map((r) => r.cssText).join('\n');
    expect(css).toContain('--_accent: var(--sightline-accent, #2458d6)');
    expect(css).toContain('.x');
    expect(shadowOf(a).querySelector('style')).toBeNull();
  });
});
