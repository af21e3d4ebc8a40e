/**
 * A searchable person picker following the ARIA combobox pattern (editable input + listbox):
 * type to filter by name, title or email; Down/Up move through matches, Enter picks, Escape
 * closes, and focus stays in the input throughout (aria-activedescendant marks the option).
 */
import { useSignal } from '@preact/signals';
import type { Person } from '../model';
import { FieldError, Hint, controlProps } from './field';
import { useWidgetI18n } from '../i18n/widgets/i18n';

export const PERSON_PICKER_CSS = `
.picker { position: relative; }
.picker input { width: 100%; }
.picker [role="listbox"] {
  position: absolute; z-index: 1; inset-inline: 0; top: calc(100% + 2px); max-height: 16em; overflow: auto;
  margin: 0; padding: 2px; list-style: none;
  background: var(--_bg); border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2);
  box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
}
.picker [role="option"] { padding: calc(var(--_space) / 2) var(--_space); border-radius: 4px; cursor: pointer; }
.picker [role="option"][data-active] { background: var(--_accent); color: var(--_on-accent); }
.picker [role="option"][data-active] .muted { color: inherit; }
`;

/** Show at most this many matches; typing more narrows the list. */
const MAX_OPTIONS = 50;

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

export function matchPeople(people: readonly Person[], query: string): Person[] {
  const q = fold(query.trim());
  const hits = q ? people.filter((p) => [p.name, p.title ?? '', p.email].some((s) => fold(s).includes(q))) : people;
  return hits.slice(0, MAX_OPTIONS);
}

export interface PersonPickerProps {
  id: string;
  label: string;
  people: readonly Person[];
  value: string | null;
  onChange: (personId: string | null) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

export function PersonPicker({ id, label, people, value, onChange, hint, error }: PersonPickerProps) {
  const { t } = useWidgetI18n();
  const selected = people.find((p) => p.id === value) ?? null;
  // null: not typing, so the input shows the chosen person's name.
  const query = useSignal<string | null>(null);
  const open = useSignal(false);
  const active = useSignal(0);

  const shown = query.value ?? selected?.name ?? '';
  const matches = matchPeople(people, query.value ?? '');
  const listId = `${id}-list`;
  const optionId = (p: Person) => `${id}-option-${p.id}`;
  const activePerson = open.value ? matches[Math.min(active.value, matches.length - 1)] : undefined;

  const choose = (p: Person) => {
    onChange(p.id);
    query.value = null;
    open.value = false;
  };
  const move = (by: number) => {
    if (!open.value) {
      open.value = true;
      active.value = Math.max(0, matches.findIndex((p) => p.id === value));
      return;
    }
    if (matches.length > 0) active.value = (active.value + by + matches.length) % matches.length;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') move(1);
    else if (e.key === 'ArrowUp') move(-1);
    else if (e.key === 'Enter' && activePerson) choose(activePerson);
    else if (e.key === 'Escape' && open.value) open.value = false;
    else if (e.key === 'Escape') query.value = null;
    else return;
    e.preventDefault(); // keep Enter from submitting the form and arrows from moving the caret
  };

  return (
    <div class="field picker">
      <label for={id}>{label}</label>
      <input
        {...controlProps(id, { hint, error })}
        part="input"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open.value && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={activePerson ? optionId(activePerson) : undefined}
        value={shown}
        onInput={(e) => {
          query.value = e.currentTarget.value;
          open.value = true;
          active.value = 0;
          if (value) onChange(null); // the text no longer names the chosen person
        }}
        onKeyDown={onKeyDown}
        onClick={() => (open.value = !open.value)}
        onBlur={() => {
          // Typing a whole name and tabbing on picks that person; anything else reverts.
          const typed = fold(query.value?.trim() ?? '');
          const exact = typed ? people.find((p) => fold(p.name) === typed) : undefined;
          if (exact) onChange(exact.id);
          open.value = false;
          query.value = null;
        }}
      />
      <ul id={listId} role="listbox" aria-label={label} hidden={!open.value || matches.length === 0}>
        {open.value &&
          matches.map((p) => (
            <li
              key={p.id}
              id={optionId(p)}
              role="option"
              aria-selected={p.id === value}
              data-active={p === activePerson ? '' : undefined}
              // mousedown would blur the input (closing the list) before the click lands
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(p)}
            >
              {p.name}
              {p.title && <span class="muted"> · {p.title}</span>}
            </li>
          ))}
      </ul>
      {open.value && matches.length === 0 && <p class="hint">{t('picker.noMatch', { query: query.value ?? '' })}</p>}
      <Hint id={id} hint={hint} />
      <FieldError id={id} label={label} error={error} />
    </div>
  );
}
