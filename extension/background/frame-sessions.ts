/**
 * One-time grants for the extension frames content scripts place on host pages. A content
 * script at the top of an enabled tool page opens a session with the record it read and gets a
 * nonce; the first extension frame in the same tab, on the same site, that connects with that
 * nonce claims the session, and from then on only that frame (the same frame id and document)
 * may use it, across service worker restarts. Anything else that loads our frame (an unrelated
 * site, a third-party frame inside the tool page, a top-level tab) has no nonce and gets nothing.
 */
import { z } from 'zod';
import { FRAME_PAGES, FrameRequest } from '../rpc/frame-payload';
import type { PortSender } from '../rpc/port';
import { originOf } from '../rpc/trust';

const Session = z.strictObject({
  nonce: z.string(),
  tabId: z.number(),
  /** The tool page's origin when the session was opened; the frame's tab must still show it. */
  origin: z.string(),
  frame: FrameRequest,
  /** Set by the claim: the frame allowed to use the session from then on. */
  claimedBy: z.nullable(z.strictObject({ frameId: z.number(), documentId: z.nullable(z.string()) })),
});
type Session = z.infer<typeof Session>;
const Sessions = z.array(Session);

/** Where sessions are kept: `storage.session` in the extension, which outlives the worker but not the browser. */
export interface SessionStore {
  load(): Promise<unknown>;
  save(sessions: unknown): Promise<void>;
}

export interface FrameSessionsOptions {
  store: SessionStore;
  extensionOrigin: string;
  /** True when `url` is a page of a tool the user enabled and granted. */
  isToolPage(url: string): Promise<boolean>;
  newNonce?: () => string;
}

/** Enough for a panel and a capture dialog per tab, with room for navigation in between. */
const SESSIONS_PER_TAB = 8;

export class FrameSessions {
  readonly #options: FrameSessionsOptions;
  /** Reads and writes run one after another, so two claims cannot both see a session unclaimed. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: FrameSessionsOptions) {
    this.#options = options;
  }

  /** Opens a session for a content script's frame; throws, saying why, for any other sender. */
  open(sender: PortSender, frame: FrameRequest): Promise<string> {
    return this.#update(async (sessions) => {
      const tabId = sender.tab?.id;
      const origin = sender.url ? originOf(sender.url) : null;
      if (tabId === undefined || sender.frameId !== 0 || !origin || origin === originOf(this.#options.extensionOrigin)) {
        throw new Error('only a content script at the top of a tool page may open a frame');
      }
      if (!(await this.#options.isToolPage(sender.url!))) throw new Error('this page is not on a tool Sightline is switched on for');
      const nonce = (this.#options.newNonce ?? (() => crypto.randomUUID()))();
      const others = sessions.filter((session) => session.tabId !== tabId);
      const sameTab = sessions.filter((session) => session.tabId === tabId).slice(-(SESSIONS_PER_TAB - 1));
      return { sessions: [...others, ...sameTab, { nonce, tabId, origin, frame, claimedBy: null }], result: nonce };
    });
  }

  /** The frame request for the frame that connected with `nonce`, or null when it may not have it. */
  claim(nonce: string, sender: PortSender): Promise<FrameRequest | null> {
    return this.#update(async (sessions) => {
      const session = sessions.find((candidate) => candidate.nonce === nonce);
      const unchanged = { sessions, result: null };
      if (!session || !this.#isFrameOf(session, sender)) return unchanged;
      const frameId = sender.frameId!;
      const documentId = sender.documentId ?? null;
      if (session.claimedBy) {
        const same = session.claimedBy.frameId === frameId && session.claimedBy.documentId === documentId;
        return same ? { sessions, result: session.frame } : unchanged;
      }
      // The tab may have moved on to a page that is no tool page since the session opened.
      if (!(await this.#options.isToolPage(sender.tab!.url!))) return unchanged;
      const claimed = { ...session, claimedBy: { frameId, documentId } };
      return { sessions: sessions.map((candidate) => (candidate === session ? claimed : candidate)), result: session.frame };
    });
  }

  /** Forgets a closed tab's sessions. */
  forgetTab(tabId: number): Promise<void> {
    return this.#update(async (sessions) => ({ sessions: sessions.filter((session) => session.tabId !== tabId), result: undefined }));
  }

  /** The right extension page, in a subframe of the session's tab, whose top-level page is still on the session's site. */
  #isFrameOf(session: Session, sender: PortSender): boolean {
    const expectedUrl = new URL(FRAME_PAGES[session.frame.kind], this.#options.extensionOrigin).href;
    const frameUrl = sender.url?.split(/[?#]/)[0];
    return (
      frameUrl === expectedUrl &&
      sender.tab?.id === session.tabId &&
      sender.frameId !== undefined &&
      sender.frameId !== 0 &&
      sender.tab.url !== undefined &&
      originOf(sender.tab.url) === session.origin
    );
  }

  #update<R>(change: (sessions: Session[]) => Promise<{ sessions: Session[]; result: R }>): Promise<R> {
    const run = this.#queue.then(async () => {
      const stored = Sessions.safeParse(await this.#options.store.load());
      const before = stored.success ? stored.data : [];
      const { sessions, result } = await change(before);
      if (sessions !== before) await this.#options.store.save(sessions);
      return result;
    });
    this.#queue = run.catch(() => {});
    return run;
  }
}
