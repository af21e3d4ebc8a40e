/**
 * Driving Firefox over Marionette the way the Chromium tests drive Chromium with locators:
 * a Scope is a tab, or an extension frame in it, and finds elements by a chain of CSS
 * selectors that pierces open shadow roots (each selector searched inside the previous
 * match, its shadow root included), optionally filtered by text. Clicks and typing are
 * Marionette's own input events, which count as user input (permission requests need it).
 */
import { MarionetteError, type Marionette } from './marionette';

/** CSS selectors, each searched inside the previous match and the shadow roots under it. */
export type Chain = readonly string[];

export interface Find {
  /** Only elements whose whitespace-collapsed text contains this. */
  text?: string;
}

export interface WaitOptions {
  timeout?: number;
}

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';
type ElementRef = { [ELEMENT_KEY]: string };
const DEFAULT_TIMEOUT = 20_000;
/** Errors that mean the frame or element looked up before is gone, not that the page is wrong. */
const GONE = new Set(['no such frame', 'no such element', 'stale element reference', 'detached shadow root', 'no such shadow root']);

/**
 * Runs in the page: the first element matching `chain` (and `text`), or null. Self-contained,
 * since it is sent as source.
 */
function locate(chain: readonly string[], text: string | null): Element | null {
  const within = (root: Element | Document | ShadowRoot, css: string): Element[] => {
    const found = [...root.querySelectorAll(css)];
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...within(element.shadowRoot, css));
    return found;
  };
  let matches: Element[] = [document.documentElement];
  for (const css of chain) matches = matches.flatMap((match) => [...within(match, css), ...(match.shadowRoot ? within(match.shadowRoot, css) : [])]);
  return matches.find((element) => text === null || deepText(element).includes(text)) ?? null;
}

/** Runs in the page: the text a person sees in `node`, shadow roots included, whitespace collapsed. */
function deepText(node: Node): string {
  const text = (current: Node): string => {
    if (current.nodeType === Node.TEXT_NODE) return (current as Text).data;
    if (current instanceof HTMLStyleElement || current instanceof HTMLScriptElement) return '';
    const shadow = current instanceof Element && current.shadowRoot ? Array.from(current.shadowRoot.childNodes, text).join('') : '';
    return shadow + Array.from(current.childNodes, text).join('');
  };
  return text(node).replace(/\s+/g, ' ').trim();
}

export class Driver {
  /** The scope Marionette's commands currently go to. */
  private current: Scope | null = null;
  constructor(readonly marionette: Marionette) {}

  /** Opens `url` in a new tab and waits for it to load. */
  async openTab(url: string): Promise<Scope> {
    const { handle } = await this.marionette.command<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: true });
    const tab = new Scope(this, handle, null);
    await tab.activate();
    await this.marionette.command('WebDriver:Navigate', { url });
    return tab;
  }

  /** Runs `fn` with `args` in the browser's own (chrome) context, with its privileges. */
  async inChrome<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>> {
    await this.marionette.command('Marionette:SetContext', { value: 'chrome' });
    try {
      return await this.marionette.command<Awaited<T>>('WebDriver:ExecuteScript', { script: `return (${fn.toString()}).apply(null, arguments);`, args });
    } finally {
      await this.marionette.command('Marionette:SetContext', { value: 'content' });
    }
  }

  /** @internal Points Marionette at `scope` unless it already is. */
  async enter(scope: Scope): Promise<void> {
    if (this.current === scope) return;
    this.current = null;
    if (scope.parent && scope.frameChain) {
      const frame = await scope.parent.waitForElement(scope.frameChain);
      await this.marionette.command('WebDriver:SwitchToFrame', { element: frame[ELEMENT_KEY] });
    } else {
      // Switching tabs also points at the tab's top-level document.
      await this.marionette.command('WebDriver:SwitchToWindow', { handle: scope.handle });
    }
    this.current = scope;
  }

  /** @internal Forgets where Marionette points (after a navigation or a closed tab). */
  forget(): void {
    this.current = null;
  }
}

export class Scope {
  constructor(
    private readonly driver: Driver,
    readonly handle: string,
    readonly frameChain: Chain | null,
    readonly parent: Scope | null = null,
  ) {}

  /** The extension frame found by `chain` in this tab. */
  frame(chain: Chain): Scope {
    return new Scope(this.driver, this.handle, chain, this);
  }

  async activate(): Promise<void> {
    await this.driver.enter(this);
  }

  /** Runs `fn` with `args` in this scope's page and resolves with what it returns (awaited). */
  run<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>> {
    return this.runSource(`return (${fn.toString()}).apply(null, arguments);`, args);
  }

  /** Polls `fn` in the page until it returns something truthy, and resolves with that. */
  waitUntil<A extends unknown[], T>(what: string, fn: (...args: A) => T, args: A, options: WaitOptions = {}): Promise<NonNullable<Awaited<T>>> {
    return this.pollSource(what, `return (${fn.toString()}).apply(null, arguments);`, args, options);
  }

  waitForElement(chain: Chain, { text, timeout }: Find & WaitOptions = {}): Promise<ElementRef> {
    const what = `${chain.join(' » ')}${text ? ` with text "${text}"` : ''}`;
    return this.pollSource(what, `${deepText.toString()}\nreturn (${locate.toString()})(arguments[0], arguments[1]);`, [chain, text ?? null], { timeout });
  }

  private async runSource<T>(script: string, args: readonly unknown[]): Promise<T> {
    await this.driver.enter(this);
    return this.driver.marionette.command<T>('WebDriver:ExecuteScript', { script, args });
  }

  /**
   * Runs `script` until it returns something truthy. A frame that went away meanwhile (the
   * panel re-mounts on navigation) is looked up again on the next try.
   */
  private async pollSource<T>(what: string, script: string, args: readonly unknown[], { timeout = DEFAULT_TIMEOUT }: WaitOptions): Promise<NonNullable<T>> {
    const deadline = Date.now() + timeout;
    let lastError: unknown = null;
    for (;;) {
      try {
        const value = await this.runSource<T>(script, args);
        if (value) return value;
        lastError = null;
      } catch (error) {
        if (!(error instanceof MarionetteError) || !GONE.has(error.error)) throw error;
        lastError = error;
        this.driver.forget();
      }
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError ? ` (${(lastError as Error).message})` : ''}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The text of the element `chain` finds, once there is one. */
  async textOf(chain: Chain, find: Find = {}): Promise<string> {
    const element = await this.waitForElement(chain, find);
    return this.runSource(`${deepText.toString()}\nreturn deepText(arguments[0]);`, [element]);
  }

  async click(chain: Chain, find: Find = {}): Promise<void> {
    const element = await this.waitForElement(chain, find);
    await this.driver.marionette.command('WebDriver:ElementClick', { id: element[ELEMENT_KEY] });
  }

  /**
   * Activates a button from the keyboard (focus, then Enter). A tall panel frame reaches below
   * the host page's viewport, where Marionette's pointer clicks do not land in a headless window.
   */
  async press(chain: Chain, find: Find = {}): Promise<void> {
    const element = await this.waitForElement(chain, find);
    await this.driver.marionette.command('WebDriver:ElementSendKeys', { id: element[ELEMENT_KEY], text: '\uE007' });
  }

  /**
   * Checks a checkbox or radio from the keyboard (Space), as `press` does, until it is checked:
   * a form that re-renders as it grows can swallow a key press.
   */
  async check(chain: Chain): Promise<void> {
    const deadline = Date.now() + DEFAULT_TIMEOUT;
    for (;;) {
      const element = await this.waitForElement(chain);
      if (await this.run((input: HTMLInputElement) => input.checked, element as unknown as HTMLInputElement)) return;
      if (Date.now() > deadline) throw new Error(`${chain.join(' » ')} stayed unchecked`);
      await this.driver.marionette.command('WebDriver:ElementSendKeys', { id: element[ELEMENT_KEY], text: ' ' });
    }
  }

  /** Replaces the value of a text field by typing `text` into it. */
  async fill(chain: Chain, text: string): Promise<void> {
    const element = await this.waitForElement(chain);
    await this.driver.marionette.command('WebDriver:ElementClear', { id: element[ELEMENT_KEY] });
    await this.driver.marionette.command('WebDriver:ElementSendKeys', { id: element[ELEMENT_KEY], text });
  }

  async reload(): Promise<void> {
    await this.activate();
    await this.driver.marionette.command('WebDriver:Refresh');
    this.driver.forget();
  }

  async close(): Promise<void> {
    await this.driver.enter(this);
    const left = await this.driver.marionette.command<string[]>('WebDriver:CloseWindow');
    this.driver.forget();
    // New tabs open from the current one, which must exist.
    if (left[0]) await this.driver.marionette.command('WebDriver:SwitchToWindow', { handle: left[0] });
  }
}
