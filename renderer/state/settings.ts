import { isUiLang, preferredUiLang, type UiLang } from '../i18n';

/** The user's theme choice; `system` follows prefers-color-scheme. */
export type ThemePref = 'system' | 'light' | 'dark';

export interface UiSettings {
  theme: ThemePref;
  lang: UiLang;
}

const KEY = 'sverka.ui';

/**
 * Interface preferences live in localStorage until the settings channel exists: they are
 * per-machine display choices, not project data.
 */
export function loadUiSettings(): UiSettings {
  const fallback: UiSettings = { theme: 'system', lang: preferredUiLang(navigator.languages ?? []) };
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return fallback;
    const v = JSON.parse(raw) as Partial<UiSettings>;
    return {
      theme: v.theme === 'light' || v.theme === 'dark' || v.theme === 'system' ? v.theme : fallback.theme,
      lang: isUiLang(v.lang) ? v.lang : fallback.lang,
    };
  } catch {
    return fallback;
  }
}

export function saveUiSettings(s: UiSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    // Storage can be unavailable (private mode, quota); the choice then lasts for the session.
  }
}
