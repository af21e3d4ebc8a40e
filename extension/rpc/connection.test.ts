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
import { FrameSessions } from '../background/frame-sessions';
import type { FrameRequest } from './frame-payload';
import { framePortName, PORT_NAME, type PortSender } from './port';
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

const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/1';
/** The content script at the top of a granted ticket page in tab 7. */
const TICKET_CONTENT_SCRIPT: PortSender = { url: TICKET_URL, tab: { id: 7, url: TICKET_URL }, frameId: 0 };
/** Our panel frame inside that page. */
const TICKET_PANEL_FRAME: PortSender = { url: `${ORIGIN}/record-panel.html`, tab: { id: 7, url: TICKET_URL }, frameId: 3, documentId: 'doc-3' };
const TICKET_PANEL: FrameRequest = {
  kind: 'panel',
  payload: { label: 'Zendesk', category: 'ticketing', record: { tool: 'zendesk', recordType: 'ticket', recordId: '1', url: TICKET_URL, title: 'Printer on fire', customer: null } },
};

/** Frame sessions kept in memory, as `storage.session` keeps them across worker restarts; every zendesk page is a tool page. */
function memoryFrameSessions(): FrameSessions {
  let stored: unknown = [];
  return new FrameSessions({
    store: { load: async () => stored, save: async (sessions) => void (stored = sessions) },
    extensionOrigin: ORIGIN,
    isToolPage: async (url) => new URL(url).hostname.endsWith('.zendesk.com'),
  });
}

/** One service-worker lifetime: a real engine served on the runtime's ports. */
async function startWorker(
  runtime: MemoryRuntime,
  engine: TestEngine,
  handlers = recordingHandlers().handlers,
  dbName?: string,
  frames = memoryFrameSessions(),
): Promise<SightlineClient & { dbName: string }> {
  const client = await engine.client(dbName);
  runtime.onConnect.addListener((port) => void servePort(port, { client, handlers, extensionOrigin: ORIGIN, frames }));
  return client;
}

function connectPage(runtime: MemoryRuntime, sender: PortSender = SIDE_PANEL, name = PORT_NAME, onRefused?: (reason: string) => void): BackgroundConnection {
  const connection = connectBackground({ connect: () => runtime.connect(name, sender), backoff: { baseMs: 20, capMs: 40 }, waitMs: 2000, onRefused });
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

  it('serves a frame that brings the nonce its content script opened: its record, the client, but not the settings', async () => {
    const { engine, runtime } = setup();
    const frames = memoryFrameSessions();
    await startWorker(runtime, engine, undefined, undefined, frames);
    const nonce = await frames.open(TICKET_CONTENT_SCRIPT, TICKET_PANEL);
    const embedded = connectPage(runtime, TICKET_PANEL_FRAME, framePortName(nonce));
    await expect(embedded.control.call('frameRequest', {})).resolves.toEqual(TICKET_PANEL);
    await expect(embedded.control.call('getSettings', {})).rejects.toThrow('getSettings is not allowed from this page');
    await expect(embedded.control.call('activityStatus', { ids: [] })).resolves.toEqual({ logged: [] });
    const sync = await new Promise<SyncState>((resolve) => void embedded.client.watch('sync', {}, resolve));
    expect(sync.signedIn).toBe(true);
    // The worker restarts: the same frame reconnects with the same nonce and is served again.
    runtime.stopWorker();
    await startWorker(runtime, engine, undefined, undefined, frames);
    await expect(embedded.control.call('frameRequest', {})).resolves.toEqual(TICKET_PANEL);
  });

  it('refuses, and says so, every frame that did not get its nonce from our content script', async () => {
    const { engine, runtime } = setup();
    const frames = memoryFrameSessions();
    await startWorker(runtime, engine, undefined, undefined, frames);
    const nonce = await frames.open(TICKET_CONTENT_SCRIPT, TICKET_PANEL);
    const claimed = connectPage(runtime, TICKET_PANEL_FRAME, framePortName(nonce));
    await claimed.control.call('frameRequest', {});

    const attempts: Array<[string, PortSender, string]> = [
      // A third-party frame inside the granted tool page loads our panel by its URL.
      ['no nonce', { ...TICKET_PANEL_FRAME, frameId: 9 }, PORT_NAME],
      ['a made-up nonce', { ...TICKET_PANEL_FRAME, frameId: 9 }, framePortName(uuidv7())],
      // Another frame in the same tab replays the nonce our frame already claimed.
      ['a claimed nonce', { ...TICKET_PANEL_FRAME, frameId: 9, documentId: 'doc-9' }, framePortName(nonce)],
      ['another tab', { ...TICKET_PANEL_FRAME, tab: { id: 8, url: TICKET_URL } }, framePortName(nonce)],
      // An unrelated site: the browser does not show us its URL, and it has no nonce anyway.
      ['an unrelated site', { url: `${ORIGIN}/record-panel.html`, tab: { id: 11 }, frameId: 1 }, framePortName(nonce)],
    ];
    for (const [what, sender, name] of attempts) {
      const refused = new Promise<string>((resolve) => connectPage(runtime, sender, name, resolve));
      await expect(refused, what).resolves.toMatch(/not opened by Sightline on a tool page|not an extension page/);
    }
  });

  it('opens frame sessions only for a content script at the top of a tool page', async () => {
    const frames = memoryFrameSessions();
    const other = 'https://evil.example/';
    await expect(frames.open({ ...TICKET_CONTENT_SCRIPT, frameId: 2 }, TICKET_PANEL)).rejects.toThrow('only a content script at the top of a tool page');
    await expect(frames.open({ url: other, tab: { id: 7, url: other }, frameId: 0 }, TICKET_PANEL)).rejects.toThrow('not on a tool Sightline is switched on for');
    await expect(frames.open(TICKET_PANEL_FRAME, TICKET_PANEL)).rejects.toThrow('only a content script');
    // A capture session is not a panel: the panel page cannot claim it.
    const captureNonce = await frames.open(TICKET_CONTENT_SCRIPT, { kind: 'capture', payload: { record: null } });
    await expect(frames.claim(captureNonce, TICKET_PANEL_FRAME)).resolves.toBeNull();
    // The tab moved to another site after the session opened.
    const nonce = await frames.open(TICKET_CONTENT_SCRIPT, TICKET_PANEL);
    await expect(frames.claim(nonce, { ...TICKET_PANEL_FRAME, tab: { id: 7, url: other } })).resolves.toBeNull();
    await expect(frames.claim(nonce, TICKET_PANEL_FRAME)).resolves.toEqual(TICKET_PANEL);
    await frames.forgetTab(7);
    await expect(frames.claim(nonce, TICKET_PANEL_FRAME)).resolves.toBeNull();
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
