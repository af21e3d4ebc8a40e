/**
 * Starts an extension frame on a host page: waits for the content script's hello, connects with
 * its nonce and asks the background what to show. A frame nobody greets (a site loading our
 * page by its URL) shows nothing and never connects; one the background refuses says so.
 */
import { awaitHello, type FrameHandshake } from '../../rpc/frame-messages';
import type { FrameKind, FrameRequest } from '../../rpc/frame-payload';
import type { BackgroundConnection } from '../../rpc/connection';
import { framePortName } from '../../rpc/port';
import { bootPage } from './boot';
import { t } from './i18n';

export type StartedFrame<K extends FrameKind> = BackgroundConnection & {
  payload: Extract<FrameRequest, { kind: K }>['payload'];
  toContentScript: FrameHandshake['toContentScript'];
};

export async function bootFrame<K extends FrameKind>(kind: K, root: HTMLElement): Promise<StartedFrame<K> | null> {
  const hello = await awaitHello();
  const refused = (reason: string) => {
    root.dataset.state = 'refused';
    root.textContent = t('frame.refused', { reason });
  };
  const connection = bootPage(framePortName(hello.nonce), refused);
  const request = await connection.control.call('frameRequest', {}).catch(() => null);
  if (!request || request.kind !== kind) {
    if (root.dataset.state !== 'refused') refused(t('frame.noRecord'));
    connection.close();
    return null;
  }
  root.dataset.state = 'ready';
  return { ...connection, payload: request.payload as StartedFrame<K>['payload'], toContentScript: hello.toContentScript };
}
