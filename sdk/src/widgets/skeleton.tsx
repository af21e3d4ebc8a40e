/** Placeholder shown until a client exists (before `Sightline.init`) and while a query loads. */
export function Skeleton({ label = 'Loading…' }: { label?: string }) {
  return (
    <div class="skeleton" aria-busy="true">
      <span class="sr-only">{label}</span>
      <span aria-hidden="true" />
      <span aria-hidden="true" />
      <span aria-hidden="true" />
    </div>
  );
}
