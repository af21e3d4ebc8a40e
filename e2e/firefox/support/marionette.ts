/**
 * A minimal client of Firefox's Marionette protocol (level 3), which is what drives Firefox's
 * own test harnesses: JSON messages over TCP, each framed as `<byte length>:<json>`. The
 * server greets with `{applicationType, marionetteProtocol}`; a command is
 * `[0, id, name, params]` and its answer `[1, id, error, result]`. No npm client speaks this
 * level (the one published is the Firefox OS one, which needs a native module and the old
 * protocol), and WebDriver BiDi cannot drive extension pages, hence this one.
 *
 * @example
 *   const marionette = await Marionette.connect(port);
 *   await marionette.command('WebDriver:NewSession', { acceptInsecureCerts: true });
 */
import { connect, type Socket } from 'node:net';

export class MarionetteError extends Error {
  constructor(
    readonly command: string,
    readonly error: string,
    message: string,
    readonly stacktrace?: string,
  ) {
    super(`${command} failed: ${error}: ${message}`);
  }
}

interface Pending {
  name: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class Marionette {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private buffer = Buffer.alloc(0);
  private greeted: Promise<void>;

  private constructor(private readonly socket: Socket) {
    let greet!: () => void;
    this.greeted = new Promise((resolve) => (greet = resolve));
    let first = true;
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (let message = this.take(); message !== undefined; message = this.take()) {
        if (first) {
          first = false;
          greet();
        } else this.answer(message);
      }
    });
    socket.on('close', () => {
      for (const { name, reject } of this.pending.values()) reject(new Error(`Marionette closed the connection during ${name}`));
      this.pending.clear();
    });
  }

  /** Connects to Marionette on `port` of the loopback interface and waits for its greeting. */
  static async connect(port: number): Promise<Marionette> {
    const socket = connect({ host: '127.0.0.1', port });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new Marionette(socket);
    await client.greeted;
    return client;
  }

  /** Sends `name` with `params` and resolves with the answer's result (its `value` when wrapped). */
  command<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { name, resolve: resolve as (value: unknown) => void, reject });
      this.socket.write(`${body.length}:`);
      this.socket.write(body);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  /** The next complete message in the buffer, removed from it; undefined until one is whole. */
  private take(): unknown {
    const colon = this.buffer.indexOf(':');
    if (colon < 0) return undefined;
    const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
    if (this.buffer.length < colon + 1 + length) return undefined;
    const json = this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8');
    this.buffer = this.buffer.subarray(colon + 1 + length);
    return JSON.parse(json);
  }

  private answer(message: unknown): void {
    const [, id, error, result] = message as [1, number, { error: string; message: string; stacktrace?: string } | null, unknown];
    const call = this.pending.get(id);
    if (!call) return;
    this.pending.delete(id);
    if (error) call.reject(new MarionetteError(call.name, error.error, error.message, error.stacktrace));
    else call.resolve(result !== null && typeof result === 'object' && 'value' in result ? result.value : result);
  }
}
