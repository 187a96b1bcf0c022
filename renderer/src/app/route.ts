import { useEffect, useState } from 'react';

/** Screens live in the URL hash, so a reload (or a restart) comes back to the same place. */
export type Route = { readonly screen: 'library' } | { readonly screen: 'plan'; readonly sha256: string } | { readonly screen: 'profile' } | { readonly screen: 'dashboard' };

export function parseRoute(hash: string): Route {
  const plan = /^#\/plan\/([0-9a-f]{64})$/.exec(hash);
  if (plan) return { screen: 'plan', sha256: plan[1]! };
  if (hash === '#/profile') return { screen: 'profile' };
  if (hash === '#/dashboard') return { screen: 'dashboard' };
  return { screen: 'library' };
}

export function go(route: Route): void {
  switch (route.screen) {
    case 'library':
      window.location.hash = '#/library';
      return;
    case 'profile':
      window.location.hash = '#/profile';
      return;
    case 'dashboard':
      window.location.hash = '#/dashboard';
      return;
    case 'plan':
      window.location.hash = `#/plan/${route.sha256}`;
      return;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
