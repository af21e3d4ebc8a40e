/**
 * Store definitions in a compact string form, primary key first, then the indexes:
 * `'seq, &id, [table+rowId]'` is a store keyed by `seq`, a unique index on `id` and a compound
 * index on `table` and `rowId`. The index's name is its spec without `&`.
 */

export interface IndexSpec {
  name: string;
  keyPath: string | string[];
  unique: boolean;
}

export interface StoreSpec {
  keyPath: string | string[];
  indexes: IndexSpec[];
}

function parseIndex(part: string): IndexSpec {
  const unique = part.startsWith('&');
  const name = unique ? part.slice(1) : part;
  if (!/^(\w+|\[\w+(\+\w+)+\])$/.test(name)) throw new Error(`invalid index "${part}": use name, &name or [a+b]`);
  const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
  return { name, keyPath, unique };
}

export function parseStoreSpec(spec: string): StoreSpec {
  const [primary, ...indexes] = spec.split(',').map((part) => parseIndex(part.trim()));
  if (!primary || primary.unique) throw new Error(`invalid store "${spec}": start with the primary key`);
  return { keyPath: primary.keyPath, indexes };
}
