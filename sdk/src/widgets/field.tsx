/**
 * A labelled form control with its hint and its error next to it. The error repeats the
 * field's label ("Feedback must not be empty") because the model's messages are predicates.
 */
import type { ComponentChildren } from 'preact';

/** Attributes that tie a control to its hint and error. */
export function controlProps(id: string, { hint, error }: { hint?: string | undefined; error?: string | undefined }) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': describedBy || undefined };
}

export function FieldError({ id, label, error }: { id: string; label: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} class="error">
      {label} {error}
    </p>
  );
}

export function Hint({ id, hint }: { id: string; hint?: string | undefined }) {
  if (!hint) return null;
  return (
    <p id={`${id}-hint`} class="hint">
      {hint}
    </p>
  );
}

export type ControlProps = ReturnType<typeof controlProps>;

/** `children` renders the control from the attributes that wire it to the label, hint and error. */
export function Field(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (control: ControlProps) => ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children(controlProps(props.id, props))}
      <Hint id={props.id} hint={props.hint} />
      <FieldError id={props.id} label={props.label} error={props.error} />
    </div>
  );
}
