import { z } from 'zod';
import { channel } from './define';
import { MtFormality } from './mt';

/**
 * The interface preferences the renderer may read and write. An allow-list, so the channel
 * can never reach other rows of the settings table (integrity stamps, sample flag) and secrets
 * never travel here: the DeepL key has its own channels.
 */
/** Interface languages (each has a catalog in renderer/i18n). */
export const UI_LANGS = ['en', 'de', 'ru'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export const UiSettingKey = z.enum(['ui.theme', 'ui.lang', 'mt.formality', 'align.mode']);
export type UiSettingKey = z.infer<typeof UiSettingKey>;

/** The values each key accepts; the handler and the renderer both check against these. */
export const UI_SETTING_VALUES = {
  'ui.theme': z.enum(['light', 'dark', 'system']),
  'ui.lang': z.enum(UI_LANGS),
  'mt.formality': MtFormality,
  'align.mode': z.enum(['auto', 'quotes', 'sentences']),
} as const satisfies Record<UiSettingKey, z.ZodType<string>>;

/** The stored value of each key asked for; null where it was never set (or was cleared). */
export type UiSettingValues = Partial<Record<UiSettingKey, string | null>>;

export const SettingsSetRequest = z
  .object({
    key: UiSettingKey,
    /** null clears the choice, so the default applies again. */
    value: z.string().max(200, 'at most 200 characters').nullable(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.value === null) return;
    const allowed = UI_SETTING_VALUES[r.key];
    if (!allowed.safeParse(r.value).success) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `${r.key} must be one of ${allowed.options.join(', ')}`,
      });
    }
  });

export const settingsChannels = {
  'settings.get': channel<UiSettingValues>()(
    z
      .object({
        keys: z.array(UiSettingKey).min(1, 'ask for at least one key').max(50, 'at most 50 keys'),
      })
      .strict(),
  ),
  'settings.set': channel<{ key: UiSettingKey; value: string | null }>()(SettingsSetRequest),
} as const;
