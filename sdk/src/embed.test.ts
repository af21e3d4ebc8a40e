// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeClient } from './widgets/testing/fake-client';
import { NOW, sampleOrg } from './widgets/testing/fixtures';
import { eventually, shadowOf } from './widgets/testing/mount';
import type { SightlineApi } from './embed';

const org = sampleOrg();
const queuedClient = new FakeClient(org.rows, org.me.id, NOW);
let embed: typeof import('./embed');
const readyEvents: Event[] = [];
const errors: string[] = [];

beforeAll(async () => {
  document.addEventListener('sightline:ready', (e) => readyEvents.push(e));
  document.addEventListener('sightline:error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
  // What the inline snippet does before the SDK has loaded: an element already on the page
  // and an init call waiting in the queue.
  const early = document.createElement('sightline-kpi');
  early.setAttribute('metric', org.csat.id);
  document.body.append(early);
  window.Sightline = { q: [] };
  const stub = window.Sightline as { q: unknown[]; init?: (...a: unknown[]) => void };
  stub.init = (...a) => stub.q.push(['init', a]);
  stub.init({ client: queuedClient, nonce: 'n0nce' });
  embed = await import('./embed');
});

afterEach(() => embed.setClientFactory(null));

const sightline = () => window.Sightline as SightlineApi;

describe('embed', () => {
  it('replays the queued init, upgrades elements already on the page and fires sightline:ready', async () => {
    expect(sightline()).toBe(embed.api);
    await eventually(() => expect(readyEvents).toHaveLength(1));
    expect(sightline().client).toBe(queuedClient);
    const kpi = document.querySelector('sightline-kpi')!;
    await eventually(() => expect(shadowOf(kpi).querySelector('.name')?.textContent).toBe('CSAT'));
    expect(customElements.get('sightline-feedback')).toBeDefined();
  });

  it('creates the client with the registered factory from endpoint and token', async () => {
    const made = new FakeClient(org.rows, org.me.id, NOW);
    const calls: unknown[] = [];
    embed.setClientFactory(async (options) => {
      calls.push(options);
      return made;
    });
    await expect(sightline().init({ endpoint: '/sightline', token: 'tok' })).resolves.toBe(made);
    expect(calls).toEqual([{ endpoint: '/sightline', token: 'tok', onRefused: expect.any(Function) }]);
    expect(sightline().client).toBe(made);
  });

  it("reports the server's reason when the token of the installed client is refused later, naming the claim", async () => {
    const made = new FakeClient(org.rows, org.me.id, NOW);
    let refuse: ((refusal: { message: string; issues: Array<{ path: string; message: string }> }) => void) | undefined;
    embed.setClientFactory(async (options) => {
      refuse = options.onRefused;
      return made;
    });
    await sightline().init({ endpoint: '/s', token: 'seen-before' });
    const details: unknown[] = [];
    const listen = (e: Event) => details.push((e as CustomEvent).detail);
    document.addEventListener('sightline:error', listen);
    const issues = [{ path: 'exp', message: 'the token has expired; mint a new one' }];
    refuse!({ message: 'not signed in: embed token rejected: exp: the token has expired; mint a new one', issues });
    document.removeEventListener('sightline:error', listen);
    expect(details).toEqual([{ message: 'not signed in: embed token rejected: exp: the token has expired; mint a new one', issues }]);
  });

  it("passes the server's reason on when a start is refused, and every waiting element shows it", async () => {
    const { UnauthorizedError } = await import('./sync/transport/errors');
    const { setClient } = await import('./widgets');
    const issues = [{ path: 'signature', message: 'not signed with the key registered under that kid' }];
    const details: unknown[] = [];
    const listen = (e: Event) => details.push((e as CustomEvent).detail);
    document.addEventListener('sightline:error', listen);
    // A first visit: no client yet, so the element waits for one.
    const before = sightline().client;
    setClient(null);
    const waiting = document.createElement('sightline-goals');
    document.body.append(waiting);
    embed.setClientFactory(() => Promise.reject(new UnauthorizedError('not signed in: embed token rejected: signature: not signed with the key registered under that kid', issues)));
    await expect(sightline().init({ endpoint: '/s', token: 'wrong-key' })).rejects.toThrow(/signature: not signed with the key/);
    document.removeEventListener('sightline:error', listen);
    const message = 'Sightline.init: could not start the client: not signed in: embed token rejected: signature: not signed with the key registered under that kid';
    expect(details).toEqual([{ message, issues }]);
    await eventually(() => expect(shadowOf(waiting).querySelector('[role="status"]')?.textContent).toBe(message));
    waiting.remove();
    setClient(before);
  });

  it('lets only the latest init install its client', async () => {
    const slow = new FakeClient(org.rows, org.me.id, NOW);
    const fast = new FakeClient(org.rows, org.me.id, NOW);
    let release: () => void = () => {};
    embed.setClientFactory((o) => (o.token === 'slow' ? new Promise((r) => (release = () => r(slow))) : Promise.resolve(fast)));
    const first = sightline().init({ endpoint: '/s', token: 'slow' });
    await sightline().init({ endpoint: '/s', token: 'fast' });
    release();
    await first;
    expect(sightline().client).toBe(fast);
  });

  it('stops the client it made when a later init replaces it, but never a client the page passed in', async () => {
    const made = [new FakeClient(org.rows, org.me.id, NOW), new FakeClient(org.rows, org.me.id, NOW)];
    embed.setClientFactory(async () => made.shift()!);
    const first = (await sightline().init({ endpoint: '/s', token: 'a' })) as FakeClient;
    const second = (await sightline().init({ endpoint: '/s', token: 'b' })) as FakeClient;
    await eventually(() => expect(first.stopped).toBe(true));
    expect(second.stopped).toBe(false);

    const given = new FakeClient(org.rows, org.me.id, NOW);
    await sightline().init({ client: given });
    await eventually(() => expect(second.stopped).toBe(true));
    await sightline().init({ client: new FakeClient(org.rows, org.me.id, NOW) });
    expect(given.stopped).toBe(false);
  });

  it('stops a client that finished starting after a later init had already won', async () => {
    const slow = new FakeClient(org.rows, org.me.id, NOW);
    let release: () => void = () => {};
    embed.setClientFactory((o) => (o.token === 'slow' ? new Promise((r) => (release = () => r(slow))) : Promise.resolve(new FakeClient(org.rows, org.me.id, NOW))));
    const first = sightline().init({ endpoint: '/s', token: 'slow' });
    await sightline().init({ endpoint: '/s', token: 'fast' });
    release();
    await first;
    await eventually(() => expect(slow.stopped).toBe(true));
  });

  it('loads the engine only when init needs it, and asks for a token', async () => {
    embed.setClientFactory(embed.engineClientFactory);
    await expect(sightline().init({ endpoint: '/s' })).rejects.toThrow('could not start the client: a token is required to reach the Sightline server');
  });

  it('rejects bad options and a missing factory, naming the problem, and reports them on document', async () => {
    const before = errors.length;
    await expect(sightline().init({})).rejects.toThrow('Sightline.init: endpoint is required unless a client is given');
    await expect(sightline().init({ endpoint: '/s', client: {} as never })).rejects.toThrow('client must implement watch and mutate');
    await expect(sightline().init({ endpoint: ' ', token: 7, theme: 'dark', toString: 'x' } as never)).rejects.toThrow(
      'Sightline.init: endpoint must not be empty; token must be a string; theme is not an option; toString is not an option',
    );
    await expect(sightline().init({ endpoint: '/s' })).rejects.toThrow('no client given and no client factory registered');
    embed.setClientFactory(() => Promise.reject(new Error('IndexedDB is unavailable')));
    await expect(sightline().init({ endpoint: '/s' })).rejects.toThrow('could not start the client: IndexedDB is unavailable');
    expect(errors.length - before).toBe(5);
  });

  it('leaves an SDK copy that is already installed in charge', async () => {
    const queued = new FakeClient(org.rows, org.me.id, NOW);
    const installed = { Sightline: embed.api } as unknown as Window;
    embed.installGlobal(installed);
    expect(installed.Sightline).toBe(embed.api);

    const ignored = new FakeClient(org.rows, org.me.id, NOW);
    const otherCopy = { Sightline: { [Symbol.for('sightline.api')]: true, q: [['init', [{ client: ignored }]]] } } as unknown as Window;
    embed.installGlobal(otherCopy);
    expect(otherCopy.Sightline).not.toBe(embed.api);
    // init with a given client takes over before its first await, so a replayed call would show here already.
    expect(embed.api.client).not.toBe(ignored);
    const stubbed = { Sightline: { q: [['init', [{ client: queued }]]] } } as unknown as Window;
    embed.installGlobal(stubbed);
    expect(stubbed.Sightline).toBe(embed.api);
    await eventually(() => expect(embed.api.client).toBe(queued));
  });
});
