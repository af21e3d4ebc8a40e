// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyStyles, BASE_CSS } from './styles';
import { setStyleNonce } from './runtime';

/** Pretend to be a browser without constructable stylesheets for one test. */
function withoutAdoption(run: () => void) {
  let owner: object | null = ShadowRoot.prototype;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, 'adoptedStyleSheets')) owner = Object.getPrototypeOf(owner);
  const descriptor = Object.getOwnPropertyDescriptor(owner!, 'adoptedStyleSheets')!;
  delete (owner as Record<string, unknown>).adoptedStyleSheets;
  try {
    run();
  } finally {
    Object.defineProperty(owner!, 'adoptedStyleSheets', descriptor);
  }
}

afterEach(() => setStyleNonce(null));

describe('applyStyles', () => {
  it('falls back to a <style nonce> and re-inserts it when the nonce changes', () => {
    withoutAdoption(() => {
      setStyleNonce('first');
      const root = document.createElement('div').attachShadow({ mode: 'open' });
      root.append(document.createElement('div'));
      const stop = applyStyles(root, '.a { color: red; }');
      const styles = () => [...root.querySelectorAll('style')];
      expect(styles().map((s) => [s.nonce, s.textContent])).toEqual([['first', '.a { color: red; }']]);
      expect(root.firstChild).toBe(styles()[0]);

      setStyleNonce('second');
      expect(styles().map((s) => s.nonce)).toEqual(['second']);
      stop();
      setStyleNonce('third');
      expect(styles().map((s) => s.nonce)).toEqual(['second']);
    });
  });
});

describe('BASE_CSS', () => {
  it('switches to dark tokens by attribute or system preference, unless theme="light" pins it', () => {
    expect(BASE_CSS).toContain(':host([theme="dark"]) { color-scheme: dark; --_accent: var(--sightline-accent, #4493f8);');
    expect(BASE_CSS).toMatch(/@media \(prefers-color-scheme: dark\) \{\s+:host\(:not\(\[theme="light"\]\)\) \{ color-scheme: dark; --_accent: var\(--sightline-accent, #4493f8\);/);
  });
});
