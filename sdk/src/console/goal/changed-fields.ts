/** The fields of `wanted` whose value differs from `current`: the patch an edit form sends, so history records only real changes. */
export function changedFields<T extends object>(current: T, wanted: Partial<T>): Partial<T> {
  const patch: Partial<T> = {};
  for (const [field, value] of Object.entries(wanted) as Array<[keyof T, T[keyof T]]>)
    if (JSON.stringify(current[field] ?? null) !== JSON.stringify(value ?? null)) patch[field] = value;
  return patch;
}
