/** The DOM events widgets dispatch. They bubble and are composed so a host page can listen on `document`. */

export interface SubmittedDetail {
  /** Id of the row that was written (the feedback or check-in id). */
  id: string;
  /** The feedback kind (praise, coaching, observation, self), or 'checkin'. */
  kind: string;
}

export interface ErrorDetail {
  message: string;
  /** Field-level problems, path joined with dots (e.g. `goals.0.progressNote`). */
  issues: Array<{ path: string; message: string }>;
}

export interface SightlineEvents {
  'sightline:submitted': SubmittedDetail;
  'sightline:error': ErrorDetail;
}

export function emit<T extends keyof SightlineEvents>(target: EventTarget, type: T, detail: SightlineEvents[T]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
