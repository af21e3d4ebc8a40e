/**
 * Starts an extension page that shows Sightline data (side panel, options, the frames on host
 * pages): connects to the background, registers the SDK's elements and points them at the
 * background's client. Import it first in the page's entry.
 */
import '@sightline/sdk/csp-safe-zod'; // first: before any schema is built
import { defineSightlineElements, setClient } from '@sightline/sdk/widgets';
import { browser } from 'wxt/browser';
import { connectBackground, type BackgroundConnection } from '../../rpc/connection';
import { PORT_NAME } from '../../rpc/port';
import { lang } from './i18n';

/** `portName` is a frame's own (see rpc/port.ts); `onRefused` hears when the background turns the page away. */
export function bootPage(portName = PORT_NAME, onRefused?: (reason: string) => void): BackgroundConnection {
  const connection = connectBackground({ connect: () => browser.runtime.connect({ name: portName }), onRefused });
  // The SDK elements on the page take their locale from `<html lang>`: the browser's UI language, like ours.
  document.documentElement.lang = lang;
  defineSightlineElements();
  setClient(connection.client);
  // Tell the background at once that this page's watches are over.
  addEventListener('pagehide', () => connection.close(), { once: true });
  return connection;
}
