/**
 * Firefox for the e2e suite, driven over Marionette: the binary at FIREFOX_PATH or the
 * distribution's firefox-esr, headless, in a fresh profile whose prefs put the tools'
 * hostnames on loopback (`network.dns.localDomains`) and send their HTTPS port to the test
 * server's (`network.socket.forcePort`), and pin the extension's moz-extension:// address.
 * Every other name fails to resolve, so nothing leaves the machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { until } from '../../extension/support/until';
import { Marionette } from './marionette';

export const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path): path is string => !!path && existsSync(path)) ?? null;

const SHOW_CONSOLE = !!process.env.SIGHTLINE_FIREFOX_CONSOLE;

export interface FirefoxOptions {
  /** Hostnames resolved to 127.0.0.1, whose port 443 is `httpsPort` instead. */
  hostnames: readonly string[];
  httpsPort: number;
  /** Add-on id → the UUID of its moz-extension:// origin. */
  extensionUuids: Record<string, string>;
}

export interface Firefox {
  marionette: Marionette;
  close(): Promise<void>;
}

/** Prefs of the test profile, as user.js lines. */
function userPrefs({ hostnames, httpsPort, extensionUuids }: FirefoxOptions): string {
  const prefs: Record<string, string | number | boolean> = {
    // Marionette listens on a free port and writes it to MarionetteActivePort in the profile.
    'marionette.port': 0,
    'network.dns.localDomains': hostnames.join(','),
    'network.socket.forcePort': `443=${httpsPort}`,
    'extensions.webextensions.uuids': JSON.stringify(extensionUuids),
    // A headless run cannot answer permission prompts: permissions.request grants what the
    // manifest declares optional, so the options page's own flows run unchanged.
    'extensions.webextOptionalPermissionPrompts': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.region.network.url': '',
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    // Remote settings and experiments would poll the network; point them at a closed loopback port.
    'services.settings.server': 'http://127.0.0.1:9/v1',
    'messaging-system.rsexperimentloader.enabled': false,
    'app.normandy.enabled': false,
    // SIGHTLINE_FIREFOX_CONSOLE=1 prints every page's and the extension's console to the test output.
    ...(SHOW_CONSOLE ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true } : {}),
  };
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join('');
}

export async function launchFirefox(options: FirefoxOptions): Promise<Firefox> {
  if (!FIREFOX) throw new Error('no Firefox at FIREFOX_PATH, /usr/bin/firefox-esr or /usr/bin/firefox');
  const profile = mkdtempSync(join(tmpdir(), 'sightline-e2e-firefox-'));
  writeFileSync(join(profile, 'user.js'), userPrefs(options));
  const child: ChildProcess = spawn(
    FIREFOX,
    ['--headless', '--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profile, 'about:blank'],
    { stdio: ['ignore', SHOW_CONSOLE ? 'inherit' : 'ignore', 'pipe'], env: { ...process.env, MOZ_HEADLESS: '1', MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    if (SHOW_CONSOLE) process.stderr.write(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const portFile = join(profile, 'MarionetteActivePort');
  try {
    await until(
      async () => child.exitCode ?? existsSync(portFile),
      (state) => state === true || typeof state === 'number',
      'Firefox to start Marionette',
      60_000,
    );
  } catch (error) {
    child.kill();
    throw new Error(`${(error as Error).message}; Firefox said: ${stderr}`);
  }
  if (child.exitCode !== null) throw new Error(`Firefox exited (${child.exitCode}) before Marionette started: ${stderr}`);
  const marionette = await Marionette.connect(Number(readFileSync(portFile, 'utf8')));
  // Marionette takes the capabilities as they are (geckodriver would have merged alwaysMatch/firstMatch).
  await marionette.command('WebDriver:NewSession', { acceptInsecureCerts: true });

  return {
    marionette,
    async close() {
      await marionette.command('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      marionette.close();
      const killed = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killed);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
