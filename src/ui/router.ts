import { useEffect, useState } from 'react';

export const ROUTES = [
  'start',
  'scan',
  'rapport',
  'scans',
  'over',
  'privacy',
  'workshop',
  'vergelijk',
] as const;
export type Route = (typeof ROUTES)[number];

function parse(hash: string): Route | null {
  if (hash === '' || hash === '#' || hash === '#/') return 'start';
  const m = /^#\/([a-z]+)/u.exec(hash);
  if (!m) return null;
  return (ROUTES as readonly string[]).includes(m[1] ?? '') ? (m[1] as Route) : 'start';
}

export function href(route: Route): string {
  return route === 'start' ? '#/' : `#/${route}`;
}

/** Hash routing, so the same build works from a web server and from file://. Other hashes (#main) are ignored. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parse(window.location.hash) ?? 'start');
  useEffect(() => {
    const onChange = () => {
      const r = parse(window.location.hash);
      if (r) setRoute(r);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}
