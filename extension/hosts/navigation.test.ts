import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchNavigation } from './navigation';
import { setLocation } from './testing';

const controllers: AbortController[] = [];
function watch(pollMs = 60_000) {
  const controller = new AbortController();
  controllers.push(controller);
  const seen: string[] = [];
  watchNavigation((url) => seen.push(url.href), { signal: controller.signal, pollMs });
  return { seen, controller };
}

afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  history.replaceState(null, '', '/');
});

describe('watchNavigation', () => {
  it('reports pushState and replaceState with the new URL, once per change', () => {
    const { seen } = watch();
    history.pushState(null, '', '/agent/tickets/1');
    history.pushState(null, '', '/agent/tickets/1');
    history.replaceState(null, '', '/agent/tickets/2');
    expect(seen).toEqual([new URL('/agent/tickets/1', location.href).href, new URL('/agent/tickets/2', location.href).href]);
  });

  it('reports back/forward and hash changes', () => {
    const { seen } = watch();
    // setLocation fires nothing, so each event stands for what the browser fires on back/forward or a hash link.
    setLocation('/a/tickets/9');
    window.dispatchEvent(new PopStateEvent('popstate'));
    setLocation('/a/tickets/9#notes');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(seen.map((href) => new URL(href).pathname + new URL(href).hash)).toEqual(['/a/tickets/9', '/a/tickets/9#notes']);
  });

  it('notices a change announced only by a new document title', async () => {
    const { seen } = watch();
    setLocation('/deal/77');
    document.title = 'Deal 77';
    await vi.waitFor(() => expect(seen).toHaveLength(1));
  });

  it('notices a silent change through the poll', async () => {
    const { seen } = watch(10);
    setLocation('/deal/78');
    await vi.waitFor(() => expect(seen).toEqual([new URL('/deal/78', location.href).href]));
  });

  it('stops after abort, leaving other watchers running', () => {
    const first = watch();
    const second = watch();
    first.controller.abort();
    history.pushState(null, '', '/agent/tickets/3');
    expect(first.seen).toEqual([]);
    expect(second.seen).toHaveLength(1);
  });

  it('does nothing when the signal is already aborted', () => {
    const controller = new AbortController();
    controller.abort();
    const onChange = vi.fn();
    watchNavigation(onChange, { signal: controller.signal });
    history.pushState(null, '', '/agent/tickets/4');
    expect(onChange).not.toHaveBeenCalled();
  });
});
