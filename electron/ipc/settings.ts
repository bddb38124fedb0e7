import type { UiSettingKey, UiSettingValues } from '../../shared/ipc/channels/settings';
import type { HandlerGroup } from './types';

/**
 * Interface preferences share the settings table with internal rows (integrity stamps, the
 * sample flag, per-project state); the prefix keeps them in their own namespace.
 */
export const UI_SETTING_PREFIX = 'ui.';

export const uiSettingStoreKey = (key: UiSettingKey): string => UI_SETTING_PREFIX + key;

export const settingsHandlers: HandlerGroup<'settings'> = {
  'settings.get': (req, s) => {
    const out: UiSettingValues = {};
    for (const key of req.keys) out[key] = s.settings.get(uiSettingStoreKey(key)) ?? null;
    return out;
  },
  'settings.set': (req, s) => {
    if (req.value === null) s.settings.delete(uiSettingStoreKey(req.key));
    else s.settings.set(uiSettingStoreKey(req.key), req.value);
    return { key: req.key, value: req.value };
  },
};
