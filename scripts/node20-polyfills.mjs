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

// Map.groupBy gives a Map of arrays, Object.groupBy a prototype-less object of arrays
const polyfills = [
  [Map, () => new Map(), (m, k, v) => (m.has(k) ? m.get(k).push(v) : m.set(k, [v]))],
  [Object, () => Object.create(null), (o, k, v) => (o[k] ??= []).push(v)],
];
for (const [target, make, add] of polyfills) {
  if (typeof target.groupBy !== 'function') {
    Object.defineProperty(target, 'groupBy', {
      configurable: true,
      writable: true,
      value: (items, keyOf) => groupBy(items, keyOf, make, add),
    });
  }
}
