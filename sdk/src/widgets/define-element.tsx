/**
 * Turns a Preact component into a custom element with a shadow root. Each declared attribute
 * is also a property (so `el.context = {...}` works like `context='{"...": ...}'`); both land
 * in one signal per attribute, and the component re-renders when it changes. The component
 * mounts on connect and unmounts on disconnect, which runs its effect clean-ups: that is how
 * `client.watch` subscriptions end when an element leaves the page.
 *
 * @example
 * defineElement('sightline-kpi', Kpi, { attributes: { metric: text }, css: KPI_CSS });
 */
import { render, type ComponentChildren, type ComponentType } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { SightlineClient } from '../client';
import { currentClient } from './runtime';
import { applyStyles, BASE_CSS } from './styles';
import { Skeleton } from './skeleton';
import { emit } from './events';

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

/** Trimmed non-empty text, else null. */
export const text: Converter<string | null> = (raw) => (typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : null);

/** One of a fixed set of words (case-insensitive), else null. */
export const oneOf =
  <const T extends string>(choices: readonly T[]): Converter<T | null> =>
  (raw) => {
    const value = typeof raw === 'string' ? raw.trim().toLowerCase() : null;
    return choices.find((c) => c === value) ?? null;
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
  const [error] = useErrorBoundary((e: unknown) => emit(host, 'sightline:error', { message: String(e), issues: [] }));
  if (error) return <p role="alert" class="error">This widget failed to display. Reload the page to try again.</p>;
  return <>{children}</>;
}

export function defineElement<S extends AttributeSpec>(
  tag: string,
  Component: ComponentType<WidgetProps<S>>,
  options: { attributes: S; css: string },
): CustomElementConstructor {
  const existing = customElements.get(tag);
  if (existing) return existing;
  const names = Object.keys(options.attributes);
  const css = BASE_CSS + options.css;

  class SightlineElement extends HTMLElement {
    static readonly observedAttributes = names;

    readonly #raw: Record<string, Signal<unknown>> = {};
    readonly #values: Record<string, ReadonlySignal<unknown>> = {};
    readonly #container = document.createElement('div');
    #stopStyles: (() => void) | null = null;

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
      this.#stopStyles = applyStyles(this.shadowRoot!, css);
      render(<this.Root />, this.#container);
    }

    disconnectedCallback() {
      render(null, this.#container);
      this.#stopStyles?.();
      this.#stopStyles = null;
    }

    attributeChangedCallback(name: string, _old: string | null, value: string | null) {
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

    /** Reads the client and attribute signals, so a change to any of them re-renders. */
    readonly Root = () => {
      const client = currentClient.value;
      if (!client) return <Skeleton label="Waiting for Sightline to start…" />;
      const values = Object.fromEntries(names.map((name) => [name, this.#values[name]!.value])) as AttributeValues<S>;
      return (
        <Guard host={this}>
          <Component {...values} client={client} host={this} />
        </Guard>
      );
    };
  }

  customElements.define(tag, SightlineElement);
  return SightlineElement;
}
