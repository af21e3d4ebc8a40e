/**
 * Vitest 5 targets Node 22 and calls Map.groupBy/Object.groupBy while reporting failures; on
 * Node 20 that throws and hides the failure. Loaded with --import by scripts/run-tests.mjs.
 */
const groupBy = (items, key) => {
  const groups = new Map();
  let i = 0;
  for (const item of items) {
    const k = key(item, i++);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
};
Map.groupBy ??= groupBy;
Object.groupBy ??= (items, key) => Object.assign(Object.create(null), Object.fromEntries(groupBy(items, key)));
