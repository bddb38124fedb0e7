import { useEffect, useSyncExternalStore } from 'react';
import { setMonacoTheme, type ResolvedTheme } from '../editor/monaco';
import type { ThemePref } from '../state/settings';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

function subscribeOsTheme(cb: () => void): () => void {
  const mq = query();
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
}

/** The OS preference, live: switching the OS to dark mode restyles Sverka at once. */
export function useOsTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribeOsTheme, () => (query().matches ? 'dark' : 'light'));
}

export function resolveTheme(pref: ThemePref, os: ResolvedTheme): ResolvedTheme {
  return pref === 'system' ? os : pref;
}

/** Applies the theme to the document (CSS variables, native controls) and to Monaco. */
export function useApplyTheme(pref: ThemePref): ResolvedTheme {
  const resolved = resolveTheme(pref, useOsTheme());
  useEffect(() => {
    const root = document.documentElement;
    root.dataset['theme'] = resolved;
    root.style.colorScheme = resolved;
    setMonacoTheme(resolved);
  }, [resolved]);
  return resolved;
}
