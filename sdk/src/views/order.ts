/** Orderings and groupings the views share. Pure and free of the store, so a first view can use them before it loads. */

/** Newest first by instant: timestamps may carry different offsets, so strings do not sort. */
export const newestFirst = <T>(at: (row: T) => string) => (a: T, b: T) => Date.parse(at(b)) - Date.parse(at(a));

export const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

/** Ids are uuidv7, so ordering by id is ordering by creation. */
export const creationOrder = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
