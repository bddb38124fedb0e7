import type { MtFormality } from '../../shared/ipc/channels/mt';
import { UI_SETTING_VALUES, type UiSettingKey, type UiSettingValues } from '../../shared/ipc/channels/settings';
import { preferredUiLang, type UiLang } from '../i18n';

/** The user's theme choice; `system` follows prefers-color-scheme. */
export type ThemePref = 'system' | 'light' | 'dark';

/** `auto` lets the aligner decide whether the pair is a full translation (then sentences too). */
export type AlignModePref = 'auto' | 'quotes' | 'sentences';

export interface UiSettings {
  theme: ThemePref;
  lang: UiLang;
  /** DeepL formality for suggestions. */
  formality: MtFormality;
  alignMode: AlignModePref;
}

const KEY = 'sverka.ui';

/** Which field of UiSettings each settings-channel key carries. */
export const UI_SETTING_FIELDS = {
  'ui.theme': 'theme',
  'ui.lang': 'lang',
  'mt.formality': 'formality',
  'align.mode': 'alignMode',
} as const satisfies Record<UiSettingKey, keyof UiSettings>;

export const UI_SETTING_KEYS = Object.keys(UI_SETTING_FIELDS) as UiSettingKey[];

function valid<K extends UiSettingKey>(key: K, v: unknown): v is UiSettings[(typeof UI_SETTING_FIELDS)[K]] {
  return UI_SETTING_VALUES[key].safeParse(v).success;
}

function defaults(): UiSettings {
  return { theme: 'system', lang: preferredUiLang(navigator.languages ?? []), formality: 'default', alignMode: 'auto' };
}

/** Overlays the valid values `read` gives per key on `base`; invalid or missing ones keep the base. */
function overlay(base: UiSettings, read: (key: UiSettingKey) => unknown): UiSettings {
  const out: UiSettings = { ...base };
  for (const key of UI_SETTING_KEYS) {
    const v = read(key);
    if (valid(key, v)) (out as unknown as Record<string, string>)[UI_SETTING_FIELDS[key]] = v as string;
  }
  return out;
}

/**
 * The first-paint guess: the database (settings channel) holds the choices, but the origin of
 * `npm run web` changes per launch, so localStorage is only a per-origin cache that avoids a
 * flash of the wrong theme or language before `settings.get` answers.
 */
export function loadUiSettings(): UiSettings {
  const fallback = defaults();
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return fallback;
    const v = JSON.parse(raw) as Partial<UiSettings>;
    return overlay(fallback, (key) => v[UI_SETTING_FIELDS[key]]);
  } catch {
    return fallback;
  }
}

/** Applies what the database answered: a stored value wins, a missing one keeps `current`. */
export function mergeStoredSettings(current: UiSettings, stored: UiSettingValues): UiSettings {
  return overlay(current, (key) => stored[key]);
}

/** The channel keys whose value differs between two settings, with the new value. */
export function changedSettings(before: UiSettings, after: UiSettings): { key: UiSettingKey; value: string }[] {
  return UI_SETTING_KEYS.filter((k) => before[UI_SETTING_FIELDS[k]] !== after[UI_SETTING_FIELDS[k]]).map((key) => ({
    key,
    value: after[UI_SETTING_FIELDS[key]],
  }));
}

export function saveUiSettings(s: UiSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    // Storage can be unavailable (private mode, quota); the database still keeps the choice.
  }
}
