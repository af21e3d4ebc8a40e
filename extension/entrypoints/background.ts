/**
 * Registers the content script for the tools the user enabled and granted, and keeps that
 * registration current when either changes. Runs at every service-worker start, which also
 * covers installs, updates and browser restarts.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { coalesce, syncContentScript } from '../background/content-script-sync';
import { getEnabledTools, watchEnabledTools } from '../settings/enabled-tools';

export default defineBackground(() => {
  const sync = coalesce(
    async () => syncContentScript(await getEnabledTools(), browser),
    (error) => console.error('[sightline] content script registration failed', error),
  );
  void sync();
  watchEnabledTools(() => void sync());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
});
