import { describe, expect, it } from 'vitest';
import { cleanText, queryFirst, readText, waitForElement } from './dom';

const parse = (body: string) => new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');

describe('queryFirst', () => {
  it('returns the match of the earliest selector, not the earliest element', () => {
    const doc = parse('<p class="b">B</p><p class="a">A</p>');
    expect(queryFirst(doc, ['.a', '.b'])?.textContent).toBe('A');
  });

  it('skips selectors the browser rejects', () => {
    const doc = parse('<p class="a">A</p>');
    expect(queryFirst(doc, ['p:unknown-pseudo(', '.a'])?.textContent).toBe('A');
    expect(queryFirst(doc, ['.missing'])).toBeNull();
  });
});

describe('cleanText', () => {
  it('collapses whitespace and trims', () => {
    expect(cleanText('  Cannot\n   export\u00a0PDF  ', 50)).toBe('Cannot export PDF');
  });

  it('returns null for empty or missing text', () => {
    expect(cleanText(' \n ', 10)).toBeNull();
    expect(cleanText(null, 10)).toBeNull();
  });

  it('bounds the length with an ellipsis, never splitting a surrogate pair', () => {
    expect(cleanText('abcdefghij', 5)).toBe('abcd…');
    const cut = cleanText(`abc😀def`, 5);
    expect(cut).toBe('abc…');
    expect(cut!.length).toBeLessThanOrEqual(5);
  });
});

describe('readText', () => {
  it('reads inputs, meta content and link targets', () => {
    const doc = new DOMParser().parseFromString(
      '<head><meta name="k" content=" CS "><link rel="canonical" href="/x"></head><body><input value="Subject line"></body>',
      'text/html',
    );
    expect(readText(doc, ['input'], 100)).toBe('Subject line');
    expect(readText(doc, ['meta[name="k"]'], 100)).toBe('CS');
    expect(readText(doc, ['link[rel="canonical"]'], 100)).toBe('/x');
  });

  it('falls through an element that exists but is still empty', () => {
    const doc = parse('<h1 data-testid="title"> </h1><h1 class="legacy">Real title</h1>');
    expect(readText(doc, ['[data-testid="title"]', '.legacy'], 100)).toBe('Real title');
    expect(readText(doc, undefined, 100)).toBeNull();
  });
});

describe('waitForElement', () => {
  it('resolves at once when the element exists', async () => {
    const doc = parse('<aside id="side"></aside>');
    await expect(waitForElement(['#side'], new AbortController().signal, 50, doc)).resolves.toBe(doc.getElementById('side'));
  });

  it('resolves when the app renders the element later', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const pending = waitForElement(['#missing', '.sidebar'], new AbortController().signal, 2000, host);
    setTimeout(() => host.insertAdjacentHTML('beforeend', '<div><aside class="sidebar"></aside></div>'), 10);
    expect((await pending)?.className).toBe('sidebar');
    host.remove();
  });

  it('resolves null on timeout and on abort', async () => {
    const doc = parse('');
    await expect(waitForElement(['.never'], new AbortController().signal, 20, doc)).resolves.toBeNull();
    const controller = new AbortController();
    const pending = waitForElement(['.never'], controller.signal, 60_000, doc);
    controller.abort();
    await expect(pending).resolves.toBeNull();
  });
});
