import { useEffect, useState } from 'react';

/** Screens live in the URL hash, so a reload (or a restart) comes back to the same place. */
export type Route =
  | { readonly screen: 'library' }
  | { readonly screen: 'plan'; readonly sha256: string }
  | { readonly screen: 'profile' }
  | { readonly screen: 'moderation' }
  | { readonly screen: 'dashboard' }
  | { readonly screen: 'exercise'; readonly exerciseId: number }
  | { readonly screen: 'scoring'; readonly exerciseId: number; readonly sha256: string }
  | { readonly screen: 'panel'; readonly exerciseId: number; readonly sha256: string };

export function parseRoute(hash: string): Route {
  const plan = /^#\/plan\/([0-9a-f]{64})$/.exec(hash);
  if (plan) return { screen: 'plan', sha256: plan[1]! };
  const inExercise = /^#\/exercise\/(\d+)(?:\/(score|panel)\/([0-9a-f]{64}))?$/.exec(hash);
  if (inExercise) {
    const exerciseId = Number(inExercise[1]);
    if (inExercise[2] === 'score') return { screen: 'scoring', exerciseId, sha256: inExercise[3]! };
    if (inExercise[2] === 'panel') return { screen: 'panel', exerciseId, sha256: inExercise[3]! };
    return { screen: 'exercise', exerciseId };
  }
  if (hash === '#/profile') return { screen: 'profile' };
  if (hash === '#/moderation') return { screen: 'moderation' };
  if (hash === '#/dashboard') return { screen: 'dashboard' };
  return { screen: 'library' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/library';
    case 'profile':
      return '#/profile';
    case 'dashboard':
      return '#/dashboard';
    case 'plan':
      return `#/plan/${route.sha256}`;
    case 'moderation':
      return '#/moderation';
    case 'exercise':
      return `#/exercise/${route.exerciseId}`;
    case 'scoring':
      return `#/exercise/${route.exerciseId}/score/${route.sha256}`;
    case 'panel':
      return `#/exercise/${route.exerciseId}/panel/${route.sha256}`;
  }
}

export function go(route: Route): void {
  window.location.hash = hrefOf(route);
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
