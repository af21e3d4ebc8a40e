// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { count, defineElement, json, oneOf, text, type Widget, type WidgetProps } from './define-element';
import { cleanUp, eventually, mount, shadowOf, textOf, withSampleClient } from './testing/mount';

const attributes = { label: text, data: json, tone: oneOf(['calm', 'loud'] as const) };

function Echo({ label, data, tone }: WidgetProps<typeof attributes>) {
  if (label === 'explode') throw new Error('boom');
  return <p>{`${label ?? 'none'}|${JSON.stringify(data)}|${tone ?? 'none'}`}</p>;
}
let echoLoads = 0;
defineElement('x-echo', {
  attributes,
  load: async () => {
    echoLoads++;
    return { Component: Echo, css: '.x { color: red; }' };
  },
});

afterEach(cleanUp);

describe('defineElement', () => {
  it('shows a skeleton until there is a client', async () => {
    const el = mount('x-echo', { label: 'hi' });
    await eventually(() => expect(textOf(el)).toBe('Waiting for Sightline to start…'));
    withSampleClient();
    await eventually(() => expect(textOf(el)).toBe('hi|null|none'));
  });

  it('speaks the language of its own lang, else of the page, and follows a change of its lang', async () => {
    const own = mount('x-echo', { label: 'hi', lang: 'de-CH' });
    await eventually(() => expect(textOf(own)).toBe('Warten auf den Start von Sightline…'));
    document.documentElement.lang = 'de';
    try {
      const page = mount('x-echo', { label: 'hi' });
      await eventually(() => expect(textOf(page)).toBe('Warten auf den Start von Sightline…'));
      page.setAttribute('lang', 'en');
      await eventually(() => expect(textOf(page)).toBe('Waiting for Sightline to start…'));
    } finally {
      document.documentElement.removeAttribute('lang');
    }
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
    defineElement('x-late', { attributes, load: async () => ({ Component: Echo, css: '' }) });
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

  it('adopts one shared stylesheet with the theme tokens and, once loaded, the element CSS', async () => {
    const a = mount('x-echo');
    const b = mount('x-echo');
    const rules = (el: Element) => [...shadowOf(el).adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('\n');
    await eventually(() => expect(rules(a)).toContain('.x'));
    expect(shadowOf(b).adoptedStyleSheets[0]).toBe(shadowOf(a).adoptedStyleSheets[0]);
    expect(rules(a)).toContain('--_accent: var(--sightline-accent, #2458d6)');
    expect(shadowOf(a).querySelector('style')).toBeNull();
  });

  it("loads a widget's code once, for the first element of its kind", async () => {
    withSampleClient();
    mount('x-echo', { label: 'one' });
    const two = mount('x-echo', { label: 'two' });
    await eventually(() => expect(textOf(two)).toBe('two|null|none'));
    expect(echoLoads).toBe(1);
  });

  it('shows a skeleton while the code loads, and why it could not be loaded, trying again on the next connect', async () => {
    withSampleClient();
    const errors: string[] = [];
    document.addEventListener('sightline:error', (e) => errors.push((e as CustomEvent).detail.message));
    let attempt = 0;
    let release: () => void = () => {};
    defineElement('x-flaky', {
      attributes,
      load: () =>
        ++attempt === 1
          ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
          : new Promise<Widget<typeof attributes>>((resolve) => (release = () => resolve({ Component: Echo, css: '' }))),
    });
    const first = mount('x-flaky');
    await eventually(() => expect(textOf(first)).toBe('This widget could not be loaded: Failed to fetch dynamically imported module'));
    expect(errors).toEqual(['x-flaky could not be loaded: Failed to fetch dynamically imported module']);

    const second = mount('x-flaky', { label: 'again' });
    await eventually(() => expect(textOf(second)).toBe('Loading…'));
    release();
    await eventually(() => expect(textOf(second)).toBe('again|null|none'));
    expect(textOf(first)).toBe('none|null|none');
  });
});

describe('count', () => {
  it('takes a whole number from 1, caps it at the maximum, and turns anything else into null', () => {
    const upTo50 = count(50);
    expect([' 7 ', 7, '50', '120'].map(upTo50)).toEqual([7, 7, 50, 50]);
    expect(['0', '-3', '2.5', 'ten', '', null, 2.5].map(upTo50)).toEqual([null, null, null, null, null, null, null]);
  });
});
