/** A fieldset of radio buttons, each with a one-line description tied to it by aria-describedby. */
import { FieldError } from './field';

export const RADIO_GROUP_CSS = `
.choices { display: grid; gap: calc(var(--_space) / 2); }
.choice { display: grid; grid-template-columns: auto 1fr; column-gap: calc(var(--_space) / 2); align-items: baseline; }
.choice .hint { grid-column: 2; }
`;

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  description: string;
}

export function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  options: ReadonlyArray<RadioOption<T>>;
  value: T;
  onChange: (value: T) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset aria-describedby={props.error ? `${props.name}-error` : undefined}>
      <legend>{props.legend}</legend>
      <div class="choices">
        {props.options.map((o) => {
          // The description sits outside the label so it is read once, as the description.
          const id = `${props.name}-${o.value}`;
          return (
            <div key={o.value} class="choice">
              <input
                id={id}
                type="radio"
                part="input"
                name={props.name}
                value={o.value}
                checked={props.value === o.value}
                aria-describedby={`${id}-hint`}
                onChange={() => props.onChange(o.value)}
              />
              <label for={id}>{o.label}</label>
              <span id={`${id}-hint`} class="hint">
                {o.description}
              </span>
            </div>
          );
        })}
      </div>
      <FieldError id={props.name} label={props.legend} error={props.error} />
    </fieldset>
  );
}
