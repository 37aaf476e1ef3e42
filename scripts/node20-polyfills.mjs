// Map.groupBy and Object.groupBy arrived in Node 21. Vitest 5 (engines: Node >= 22.12) calls them when it prints
// failed tests or snapshot updates, so on this machine's Node 20 a failing unit test crashes the reporter
// ("Map.groupBy is not a function") instead of being listed. scripts/run-all.mjs preloads this file with
// NODE_OPTIONS=--import; it goes away once the project requires Node 22.
function groupBy(items, keyOf, make, add) {
  const groups = make();
  let index = 0;
  for (const item of items) add(groups, keyOf(item, index++), item);
  return groups;
}

if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value: (items, keyOf) =>
      groupBy(
        items,
        keyOf,
        () => new Map(),
        (m, k, v) => (m.has(k) ? m.get(k).push(v) : m.set(k, [v])),
      ),
  });
}

if (typeof Object.groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value: (items, keyOf) =>
      groupBy(
        items,
        keyOf,
        () => Object.create(null),
        (o, k, v) => (o[k] ??= []).push(v),
      ),
  });
}
