// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { installShortcuts, stepFocus } from './keyboard';

afterEach(() => (document.body.innerHTML = ''));

const press = (key: string, target: EventTarget = document.body) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('installShortcuts', () => {
  it('goes to a page on g then a letter, opens help on ?, and ignores keys typed into fields', () => {
    const visited: string[] = [];
    let helped = 0;
    const stop = installShortcuts(document, { navigate: (p) => visited.push(p), help: () => helped++ });
    press('g');
    press('t');
    press('?');
    document.body.innerHTML = '<input id="field">';
    const field = document.getElementById('field')!;
    press('g', field);
    press('g', field);
    press('x');
    stop();
    press('g');
    press('g');
    expect(visited).toEqual(['/app/team']);
    expect(helped).toBe(1);
  });
});

describe('stepFocus', () => {
  it('moves within the list holding the focus and stops at its ends', () => {
    document.body.innerHTML = '<ul data-nav-list><li data-nav-item id="a" tabindex="-1"></li><li data-nav-item id="b" tabindex="-1"><a id="inner" href="#">x</a></li></ul>';
    expect(stepFocus(document, null, 1)?.id).toBe('a');
    expect(stepFocus(document, document.getElementById('a'), 1)?.id).toBe('b');
    expect(stepFocus(document, document.getElementById('inner'), 1)?.id).toBe('b');
    expect(stepFocus(document, document.getElementById('a'), -1)?.id).toBe('a');
  });
});

describe('the pages of requests and reviews', () => {
  it('are reached with g then r, v and l', () => {
    const visited: string[] = [];
    const stop = installShortcuts(document, { navigate: (p) => visited.push(p), help: () => {} });
    for (const key of ['r', 'v', 'l']) {
      press('g');
      press(key);
    }
    stop();
    expect(visited).toEqual(['/app/requests', '/app/reviews', '/app/calibration']);
  });
});
