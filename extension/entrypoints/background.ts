/**
 * The service worker: hosts the one sync engine and database, serves them to every extension
 * page over ports, syncs on a periodic alarm, and keeps the content script registered for the
 * tools the user enabled and granted. Everything it needs survives the worker being stopped:
 * it re-reads storage and re-opens IndexedDB at every start, and every listener is added
 * synchronously here so the event that woke the worker reaches it.
 */
import '@sightline/sdk/csp-safe-zod'; // first: before any schema is built
import { createClient } from '@sightline/sdk/engine';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loggedActivities } from '../background/activity-ledger';
import { ClientHost, deleteDatabase } from '../background/client-host';
import { coalesce, syncContentScript } from '../background/content-script-sync';
import { controlHandlers } from '../background/control-handlers';
import { frameSessionStore } from '../background/frame-session-store';
import { FrameSessions } from '../background/frame-sessions';
import { openCapture, type OpenCaptureApi } from '../background/open-capture';
import { openPanelFromToolbar, openSidePanel } from '../background/side-panel';
import { endServerSession } from '../background/server-sign-out';
import { accountToken, ssoSession } from '../background/sso-account';
import { SYNC_ALARM, scheduleSync } from '../background/sync-schedule';
import { isToolPage } from '../background/tool-page';
import { verifyToken } from '../background/verify-token';
import { OpenFrameMessage } from '../rpc/frame-messages';
import { servePort } from '../rpc/serve';
import { getAccount, setAccount } from '../settings/account';
import { getEnabledTools, setEnabledTools, watchEnabledTools } from '../settings/enabled-tools';
import { getNotifiedKeys, setDueItems, setNotifiedKeys } from '../reminders/due-store';
import { remind } from '../reminders/remind';
import { watchDue } from '../reminders/watch-due';

/** Shipped in public/: Chrome's basic notifications need an image. */
const NOTIFICATION_ICON = '/notification-icon.png' as const;

/** The manifest command (wxt.config.ts) that opens feedback capture. */
const OPEN_CAPTURE_COMMAND = 'open-capture';

const logError = (what: string) => (error: unknown) => console.error(`[sightline] ${what}`, error);

export default defineBackground(() => {
  const host = new ClientHost({
    loadAccount: getAccount,
    saveAccount: setAccount,
    // One context uses the database, so there is no leader to elect.
    createClient: (endpoint, session, dbName) => createClient({ endpoint, token: accountToken(endpoint, session), dbName, locks: null }),
    deleteDatabase,
  });
  void host.start().catch(logError('starting the account failed'));
  void scheduleSync(browser.alarms, () => host.syncNow(), logError('periodic sync failed')).catch(logError('scheduling sync failed'));

  const due = watchDue({
    client: host.client,
    databaseName: () => host.databaseName,
    remind: (items) =>
      remind(items, {
        setBadgeText: (text) => browser.action.setBadgeText({ text }),
        setTitle: (title) => browser.action.setTitle({ title }),
        notify: async (id, title, message) => {
          await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL(NOTIFICATION_ICON), title, message });
        },
        getNotifiedKeys,
        setNotifiedKeys,
        setDueItems,
      }),
    onError: logError('updating what is due failed'),
  });
  // Time passing makes a check-in due even when nothing syncs.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void due.refresh();
  });
  // A click on a reminder opens the side panel, where the Due view lists it.
  browser.notifications.onClicked.addListener(() => {
    void browser.tabs
      .query({ active: true, lastFocusedWindow: true })
      .then(([tab]) => openSidePanel(tab ?? {}))
      .catch(logError('opening the side panel failed'));
  });

  const captureApi: OpenCaptureApi = {
    activeTab: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0],
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    openSidePanel,
  };
  const handlers = controlHandlers({
    host,
    verifyToken,
    signInWithSso: (endpoint, orgSlug) => ssoSession(endpoint, orgSlug, browser.identity),
    endServerSession: (endpoint, session) => {
      const token = accountToken(endpoint, session);
      return endServerSession(endpoint, session, async () => (typeof token === 'string' ? token : token()));
    },
    getEnabledTools,
    setEnabledTools,
    openCapture: () => openCapture(captureApi),
    loggedActivities,
  });
  const extensionOrigin = browser.runtime.getURL('/');
  const frames = new FrameSessions({
    store: frameSessionStore,
    extensionOrigin,
    isToolPage: async (url) => isToolPage(url, await getEnabledTools(), browser.permissions, (await getAccount()).endpoint),
  });
  browser.runtime.onConnect.addListener((port) => void servePort(port, { client: host.client, handlers, extensionOrigin, frames }));
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const open = OpenFrameMessage.safeParse(message);
    if (!open.success) return;
    frames.open(sender, open.data.frame).then(
      (nonce) => sendResponse({ nonce }),
      (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // answers asynchronously
  });
  browser.tabs.onRemoved.addListener((tabId) => void frames.forgetTab(tabId).catch(logError('forgetting a tab\'s frames failed')));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_CAPTURE_COMMAND) void openCapture(captureApi, tab);
  });
  openPanelFromToolbar();

  const registerContentScript = coalesce(
    async () => syncContentScript(await getEnabledTools(), browser, (await getAccount()).endpoint),
    logError('content script registration failed'),
  );
  void registerContentScript();
  watchEnabledTools(() => void registerContentScript());
  browser.permissions.onAdded.addListener(() => void registerContentScript());
  browser.permissions.onRemoved.addListener(() => void registerContentScript());
});
