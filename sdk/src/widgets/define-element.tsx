/**
 * Turns a lazily loaded Preact component into a custom element with a shadow root. Each
 * declared attribute is also a property (so `el.context = {...}` works like
 * `context='{"...": ...}'`); both land in one signal per attribute, and the component
 * re-renders when it changes. The component's code and CSS are fetched when the first element
 * of its kind connects (a skeleton shows until then), so a page pays only for the widgets it
 * uses. The component mounts on connect and unmounts on disconnect, which runs its effect
 * clean-ups: that is how `client.watch` subscriptions end when an element leaves the page.
 *
 * @example
 * defineElement('sightline-kpi', { attributes: { metric: text }, load: () => import('./kpi').then((m) => m.widget) });
 */
import { render, type ComponentChildren, type ComponentType } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { SightlineClient } from '../client';
import { currentClient, startProblem } from './runtime';
import { applyStyles, BASE_CSS } from './styles';
import { Skeleton } from './skeleton';
import { reserveHeight } from './reserved-height';
import { emit } from './events';
import { elementLocale, type Locale } from '../i18n/locale';
import { catalogFailure, retryFailedCatalogs, useWidgetI18n, WidgetI18n, widgetTranslator } from '../i18n/widgets/i18n';
import { useContext } from 'preact/hooks';

/** Normalises whatever was given as attribute text or property value. */
export type Converter<T> = (raw: unknown) => T;
export type AttributeSpec = Record<string, Converter<unknown>>;
export type AttributeValues<S extends AttributeSpec> = { [K in keyof S]: ReturnType<S[K]> };

export interface WidgetContext {
  client: SightlineClient;
  /** The custom element itself: the target for the events a widget dispatches. */
  host: HTMLElement;
}
export type WidgetProps<S extends AttributeSpec> = AttributeValues<S> & WidgetContext;

/** What a widget's lazily loaded module provides. */
export interface Widget<S extends AttributeSpec> {
  Component: ComponentType<WidgetProps<S>>;
  /** Added to the shared BASE_CSS once the module is here. */
  css: string;
}

/** Trimmed non-empty text, else null. */
export const text: Converter<string | null> = (raw) => (typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : null);

/** One of a fixed set of words (case-insensitive), else null. */
export const oneOf =
  <const T extends string>(choices: readonly T[]): Converter<T | null> =>
  (raw) => {
    const value = typeof raw === 'string' ? raw.trim().toLowerCase() : null;
    return choices.find((c) => c === value) ?? null;
  };

/** A whole number from 1 to `max` (a larger one is capped), else null. */
export const count =
  (max: number): Converter<number | null> =>
  (raw) => {
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
    return Number.isInteger(value) && value >= 1 ? Math.min(value, max) : null;
  };

/** A JSON attribute or an already-parsed property value; unparseable text is kept as a string so the widget can report it. */
export const json: Converter<unknown> = (raw) => {
  if (typeof raw !== 'string') return raw ?? null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
};

/** Catches a render error in one widget so it shows a message instead of a blank box, and never breaks the others. */
function Guard({ host, children }: { host: HTMLElement; children: ComponentChildren }) {
  const { t } = useWidgetI18n();
  const [error] = useErrorBoundary((e: unknown) => emit(host, 'sightline:error', { message: String(e), issues: [] }));
  if (error) return <p role="alert" class="error">{t('widget.failed')}</p>;
  return <>{children}</>;
}

/** Without a catalog (it is what failed to load) the reason alone, in the browser's words. */
function LoadFailure({ reason }: { reason: string }) {
  const i18n = useContext(WidgetI18n);
  return (
    <p role="alert" class="error">
      {i18n ? i18n.t('widget.loadFailed', { reason }) : reason}
    </p>
  );
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface ElementOptions<S extends AttributeSpec> {
  attributes: S;
  load: () => Promise<Widget<S>>;
  /** How tall the placeholder is before this element has shown content at this width (a CSS length, like its content at a typical width). */
  placeholderHeight?: string;
}

export function defineElement<S extends AttributeSpec>(tag: string, options: ElementOptions<S>): CustomElementConstructor {
  const existing = customElements.get(tag);
  if (existing) return existing;
  const names = Object.keys(options.attributes);
  const widget = signal<Widget<S> | null>(null);
  const loadFailure = signal<string | null>(null);
  let loading = false;

  /** Once per tag; after a failure (a flaky network) the next element to connect tries again. */
  function load(host: HTMLElement): void {
    if (loading || widget.value) return;
    loading = true;
    loadFailure.value = null;
    options.load().then(
      (loaded) => (widget.value = loaded),
      (error: unknown) => {
        loadFailure.value = messageOf(error);
        emit(host, 'sightline:error', { message: `${tag} could not be loaded: ${messageOf(error)}`, issues: [] });
      },
    ).finally(() => (loading = false));
  }

  class SightlineElement extends HTMLElement {
    // `lang` too: a page that switches language re-renders its widgets in the new one.
    static readonly observedAttributes = [...names, 'lang'];

    readonly #raw: Record<string, Signal<unknown>> = {};
    readonly #values: Record<string, ReadonlySignal<unknown>> = {};
    readonly #container = document.createElement('div');
    readonly #locale = signal<Locale>('en');
    #stopStyles: (() => void) | null = null;
    #stopReserving: (() => void) | null = null;

    static {
      for (const name of names) {
        Object.defineProperty(this.prototype, name, {
          configurable: true,
          enumerable: true,
          get(this: SightlineElement) {
            return this.#raw[name]!.value;
          },
          set(this: SightlineElement, value: unknown) {
            this.#raw[name]!.value = value;
          },
        });
      }
    }

    constructor() {
      super();
      this.#container.className = 'root';
      for (const name of names) {
        const convert = options.attributes[name]!;
        const raw = signal<unknown>(this.getAttribute(name));
        this.#raw[name] = raw;
        this.#values[name] = computed(() => convert(raw.value));
      }
      this.attachShadow({ mode: 'open' }).append(this.#container);
    }

    connectedCallback() {
      this.#adoptEarlyProperties();
      this.#locale.value = elementLocale(this);
      // An effect, so the widget's own CSS joins the shared rules when its module arrives.
      this.#stopStyles = effect(() => applyStyles(this.shadowRoot!, BASE_CSS + (widget.value?.css ?? '')));
      // The same element on the same page next time: its kind and its place among those of its kind.
      const place = [...(this.getRootNode() as ParentNode).querySelectorAll(tag)].indexOf(this);
      this.#stopReserving = reserveHeight(this, this.#container, `${location.pathname}:${tag}:${place}`, options.placeholderHeight ?? 'auto');
      retryFailedCatalogs();
      render(<this.Root />, this.#container);
      load(this);
    }

    disconnectedCallback() {
      render(null, this.#container);
      this.#stopStyles?.();
      this.#stopStyles = null;
      this.#stopReserving?.();
      this.#stopReserving = null;
    }

    attributeChangedCallback(name: string, _old: string | null, value: string | null) {
      if (name === 'lang' && this.isConnected) this.#locale.value = elementLocale(this);
      const raw = this.#raw[name];
      if (raw) raw.value = value;
    }

    /** A page may set `el.context = ...` before the SDK loads; that own property would hide our accessor. */
    #adoptEarlyProperties() {
      for (const name of names) {
        if (!Object.prototype.hasOwnProperty.call(this, name)) continue;
        const value = (this as unknown as Record<string, unknown>)[name];
        delete (this as unknown as Record<string, unknown>)[name];
        this.#raw[name]!.value = value;
      }
    }

    /** Reads the client, module and attribute signals, so a change to any of them re-renders. */
    readonly Root = () => {
      const i18n = widgetTranslator(this.#locale.value);
      return <WidgetI18n.Provider value={i18n}>{this.#content(i18n !== null)}</WidgetI18n.Provider>;
    };

    /** `wordsReady`: the locale's catalog is here (before that, only placeholders and failures without words of ours). */
    #content(wordsReady: boolean) {
      const failure = loadFailure.value ?? (wordsReady ? null : catalogFailure.value);
      if (failure) return <LoadFailure reason={failure} />;
      const client = currentClient.value;
      if (!client && startProblem.value) return <p role="status" class="error">{startProblem.value}</p>;
      if (!client) return <Skeleton waiting />;
      if (!widget.value || !wordsReady) return <Skeleton />;
      const { Component } = widget.value;
      const values = Object.fromEntries(names.map((name) => [name, this.#values[name]!.value])) as AttributeValues<S>;
      return (
        <Guard host={this}>
          <Component {...values} client={client} host={this} />
        </Guard>
      );
    }
  }

  customElements.define(tag, SightlineElement);
  return SightlineElement;
}
