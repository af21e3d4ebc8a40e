/**
 * Asks the background which of `ids` are already logged (on this device, or on another once
 * synced), again whenever `valuesKey` changes: that is when another device's values arrive.
 * An answer that comes back after the ids changed or the panel went away is dropped.
 */
import { useEffect } from 'preact/hooks';
import type { ControlApi } from '../../rpc/control-caller';

export function useLoggedIds(control: ControlApi, ids: readonly string[], valuesKey: string, on: { answer(logged: readonly string[]): void; failure(reason: unknown): void }): void {
  useEffect(() => {
    if (ids.length === 0) return;
    let live = true;
    control.call('activityStatus', { ids: [...ids] }).then(
      ({ logged }) => live && on.answer(logged),
      (reason: unknown) => live && on.failure(reason),
    );
    return () => {
      live = false;
    };
  }, [ids.join(), valuesKey]);
}
