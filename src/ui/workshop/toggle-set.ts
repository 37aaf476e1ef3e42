/** A copy of the set with the given values added (`on`) or taken out: for the checkbox lists of the workshop screens. */
export function toggled<T>(set: ReadonlySet<T>, values: Iterable<T>, on: boolean): Set<T> {
  const next = new Set(set);
  for (const v of values) {
    if (on) next.add(v);
    else next.delete(v);
  }
  return next;
}
