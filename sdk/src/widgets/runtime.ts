/**
 * What every widget shares at run time: the client it talks to and the CSP nonce for the
 * `<style>` fallback. Both are signals, so elements created before `Sightline.init` render a
 * skeleton and fill in by themselves once init (or a test) provides a client.
 */
import { signal } from '@preact/signals';
import type { SightlineClient } from '../client';

export const currentClient = signal<SightlineClient | null>(null);

/** Why the last `Sightline.init` could not start a client; elements without a client show it. */
export const startProblem = signal<string | null>(null);

/** Only used where constructable stylesheets are missing; see styles.ts. */
export const styleNonce = signal<string | null>(null);

/** Points every mounted and future widget at `client` (null shows the skeleton again). */
export function setClient(client: SightlineClient | null): void {
  currentClient.value = client;
}

export function setStyleNonce(nonce: string | null): void {
  styleNonce.value = nonce;
}

export function setStartProblem(problem: string | null): void {
  startProblem.value = problem;
}
