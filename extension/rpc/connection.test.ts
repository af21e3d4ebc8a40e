// @vitest-environment node
// (comlink needs real MessagePorts; happy-dom's have no start().)
import 'fake-indexeddb/auto';
import { uuidv7, nameId, type MutationInput } from '@sightline/sdk/model';
import type { GoalNode, SightlineClient, SyncState } from '@sightline/sdk/client';
import { ValidationError } from '@sightline/sdk/engine';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testEngine, type TestEngine } from '../testing/engine';
import { connectBackground, type BackgroundConnection } from './connection';
import { ConnectionLostError } from './control-caller';
import { ControlError } from './control-protocol';
import type { ControlHandlers } from './control-server';
import { PORT_NAME, type PortSender } from './port';
import { servePort } from './serve';
import { MemoryRuntime } from './testing/memory-runtime';

const ORIGIN = 'chrome-extension://test-extension-id';
const SIDE_PANEL: PortSender = { url: `${ORIGIN}/sidepanel.html` };
const CYCLE_ID = nameId('rpc-test', 'cycle');

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Control handlers that answer from memory and record what they were asked. */
function recordingHandlers() {
  const calls: Array<{ method: string; args: unknown }> = [];
  const view = { endpoint: null, signedInAs: null, enabledTools: [] };
  const record =
    <R>(method: string, result: R) =>
    async (args: unknown) => {
      calls.push({ method, args });
      return result;
    };
  const handlers: ControlHandlers = {
    getSettings: record('getSettings', view),
    saveSettings: record('saveSettings', view),
    signIn: record('signIn', view),
    signInWithSso: record('signInWithSso', view),
    signOut: record('signOut', view),
    openCapture: record('openCapture', { shownIn: 'nowhere' as const }),
    activityStatus: async (args) => {
      calls.push({ method: 'activityStatus', args });
      return { logged: args.ids.slice(0, 1) };
    },
  };
  return { handlers, calls };
}

/** One service-worker lifetime: a real engine served on the runtime's ports. */
async function startWorker(
  runtime: MemoryRuntime,
  engine: TestEngine,
  handlers = recordingHandlers().handlers,
  dbName?: string,
): Promise<SightlineClient & { dbName: string }> {
  const client = await engine.client(dbName);
  runtime.onConnect.addListener((port) => servePort(port, { client, handlers, extensionOrigin: ORIGIN }));
  return client;
}

function connectPage(runtime: MemoryRuntime, sender: PortSender = SIDE_PANEL): BackgroundConnection {
  const connection = connectBackground({ connect: () => runtime.connect(PORT_NAME, sender), backoff: { baseMs: 20, capMs: 40 }, waitMs: 2000 });
  cleanups.push(() => connection.close());
  return connection;
}

function setup() {
  const engine = testEngine();
  cleanups.push(() => engine.stop());
  return { engine, runtime: new MemoryRuntime() };
}

async function createCycle(client: SightlineClient) {
  await client.mutate('cycle.create', { id: CYCLE_ID, name: 'Q2', kind: 'quarter', startsOn: '2026-04-01', endsOn: '2026-06-30' });
}

const goal = (title: string): MutationInput<'goal.create'> => ({ id: uuidv7(), cycleId: CYCLE_ID, level: 'org', title });

function watchTitles(client: SightlineClient) {
  const seen: string[][] = [];
  const stop = client.watch('goalTree', {}, (nodes: GoalNode[]) => seen.push(nodes.map((node) => node.goal.title)));
  return { seen, stop, latest: () => seen.at(-1) };
}

describe('the RPC between a page and the background', () => {
  it('round-trips watch, mutate and field errors through the real engine', async () => {
    const { engine, runtime } = setup();
    await startWorker(runtime, engine);
    const { client } = connectPage(runtime);
    await createCycle(client);
    const titles = watchTitles(client);
    await titles.stop;
    await vi.waitFor(() => expect(titles.latest()).toEqual([]));

    await client.mutate('goal.create', goal('Across the port'));
    await vi.waitFor(() => expect(titles.latest()).toEqual(['Across the port']));

    const error = await client.mutate('goal.create', goal(' ')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ path: 'title', message: 'must not be empty' }]);
  });

  it('re-subscribes watches after the worker restarts, so widgets keep updating', async () => {
    const { engine, runtime } = setup();
    const first = await startWorker(runtime, engine);
    const { client } = connectPage(runtime);
    await createCycle(client);
    const titles = watchTitles(client);
    await client.mutate('goal.create', goal('Before the restart'));
    await vi.waitFor(() => expect(titles.latest()).toEqual(['Before the restart']));

    runtime.stopWorker();
    // The new worker opens the same database, as a restarted service worker does.
    const restarted = await startWorker(runtime, engine, undefined, first.dbName);
    // A change made in the new worker (as a pull would) reaches the watch made before the restart.
    await restarted.mutate('goal.create', goal('After the restart'));
    await vi.waitFor(() => expect(titles.latest()).toEqual(['Before the restart', 'After the restart']));
    expect(runtime.connects).toBe(2);
  });

  it('keeps retrying with backoff until the worker listens again, and calls made meanwhile wait', async () => {
    const { engine, runtime } = setup();
    await startWorker(runtime, engine);
    const { client } = connectPage(runtime);
    await createCycle(client);
    const sync: SyncState[] = [];
    await client.watch('sync', {}, (state) => sync.push(state));

    runtime.stopWorker();
    await vi.waitFor(() => expect(runtime.connects).toBeGreaterThanOrEqual(3));
    const waiting = client.mutate('goal.create', goal('Queued while the worker was gone'));
    const before = sync.length;
    await startWorker(runtime, engine);

    await expect(waiting).resolves.toMatchObject({ seq: expect.any(Number) });
    await vi.waitFor(() => expect(sync.length).toBeGreaterThan(before));
  });

  it('fails a client call in flight when the port closes, and resends a control call on the next port', async () => {
    const { engine, runtime } = setup();
    const recorded = recordingHandlers();
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const client = await engine.client();
    const stuck: SightlineClient = { ...client, syncNow: () => slow };
    runtime.onConnect.addListener((port) => servePort(port, { client: stuck, handlers: recorded.handlers, extensionOrigin: ORIGIN }));
    const page = connectPage(runtime);

    const inFlight = page.client.syncNow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    runtime.stopWorker();
    await expect(inFlight).rejects.toBeInstanceOf(ConnectionLostError);
    release();

    const status = page.control.call('activityStatus', { ids: [uuidv7()] });
    await startWorker(runtime, engine, recorded.handlers);
    await expect(status).resolves.toEqual({ logged: [expect.any(String)] });
  });
});

describe('control calls', () => {
  it('are typed, validated before sending, and answered', async () => {
    const { engine, runtime } = setup();
    const recorded = recordingHandlers();
    await startWorker(runtime, engine, recorded.handlers);
    const { control } = connectPage(runtime);

    const ids = [uuidv7(), uuidv7()];
    await expect(control.call('activityStatus', { ids })).resolves.toEqual({ logged: [ids[0]] });
    await expect(control.call('signIn', { endpoint: 'ftp://sightline.example', token: ' ' })).rejects.toThrow(
      new ControlError('signIn: endpoint: must be an http(s) URL; token: must not be empty'),
    );
    await control.call('signIn', { endpoint: ' https://sightline.example/api/ ', token: 'tok ' });
    // The handler receives parsed args: the endpoint normalised, the token trimmed.
    expect(recorded.calls.at(-1)).toEqual({ method: 'signIn', args: { endpoint: 'https://sightline.example/api', token: 'tok' } });
  });

  it('rejects raw messages that fail validation with a clear error, whoever sent them', async () => {
    const { engine, runtime } = setup();
    const recorded = recordingHandlers();
    await startWorker(runtime, engine, recorded.handlers);
    const port = runtime.connect(PORT_NAME, SIDE_PANEL);
    const answers: unknown[] = [];
    port.onMessage.addListener((message) => answers.push(message));
    const send = (message: unknown) => port.postMessage({ channel: 'control', message });

    send({ id: 1, method: 'signIn', args: { endpoint: 'javascript:alert(1)', token: 'x' } });
    send({ id: 2, method: 'deleteEverything', args: {} });
    send({ id: 3, method: 'saveSettings', args: { enabledTools: ['zendesk', 'myspace'] } });
    send({ id: 4, args: {} });
    await vi.waitFor(() => expect(answers).toHaveLength(5));
    // The greeting comes first: the background accepted the port and says what it may do.
    expect(answers[0]).toEqual({ channel: 'control', message: { ready: 'extension' } });
    expect(answers.slice(1)).toEqual(
      expect.arrayContaining([
        { channel: 'control', message: { id: 1, error: 'signIn: endpoint: must be an http(s) URL' } },
        { channel: 'control', message: { id: 2, error: 'unknown control method "deleteEverything"' } },
        { channel: 'control', message: { id: 3, error: expect.stringMatching(/^saveSettings: enabledTools\.1: /) } },
        { channel: 'control', message: { id: 4, error: expect.stringMatching(/^invalid control request: method /) } },
      ]),
    );
    expect(recorded.calls).toEqual([]);
  });

  it('lets a frame inside a granted host page use the client but not the settings', async () => {
    const { engine, runtime } = setup();
    await startWorker(runtime, engine);
    const embedded = connectPage(runtime, { url: `${ORIGIN}/record-panel.html`, tab: { id: 7, url: 'https://acme.zendesk.com/agent/tickets/1' } });
    await expect(embedded.control.call('getSettings', {})).rejects.toThrow('getSettings is not allowed from this page');
    await expect(embedded.control.call('activityStatus', { ids: [] })).resolves.toEqual({ logged: [] });
    const sync = await new Promise<SyncState>((resolve) => void embedded.client.watch('sync', {}, resolve));
    expect(sync.signedIn).toBe(true);
  });

  it('refuses ports from content scripts and from frames on sites the user never granted', async () => {
    const { engine, runtime } = setup();
    await startWorker(runtime, engine);
    for (const sender of [
      { url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: 7, url: 'https://acme.zendesk.com/agent/tickets/1' } },
      { url: `${ORIGIN}/record-panel.html`, tab: { id: 8 } },
    ]) {
      const port = runtime.connect(PORT_NAME, sender);
      const closed = new Promise<boolean>((resolve) => port.onDisconnect.addListener(() => resolve(true)));
      await expect(closed).resolves.toBe(true);
    }
  });
});
