import { useEffect, useState } from 'react';
import type { MtFormality, MtStatus } from '../../../shared/ipc/channels/mt';
import { api } from '../../api';
import { UI_LANGS, type MessageKey, type UiLang } from '../../i18n';
import { useApp, useModel, useT, useWorkbench } from '../../state/hooks';
import type { ThemePref } from '../../state/settings';
import { Dialog } from '../../ui/Dialog';
import { TeamSettings } from '../team/TeamSettings';
import { LexiconSettings } from './LexiconSettings';

const LANG_NAME: Record<UiLang, string> = { en: 'English', de: 'Deutsch', ru: 'Русский' };
const FORMALITY: { v: MtFormality; k: MessageKey }[] = [
  { v: 'default', k: 'settings.formality.default' },
  { v: 'prefer_more', k: 'settings.formality.more' },
  { v: 'prefer_less', k: 'settings.formality.less' },
];

/**
 * Settings: the DeepL key (the renderer only learns whether one is set, never the key), formality,
 * interface language and theme.
 */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const model = useModel();
  const wb = useWorkbench();
  const settings = useApp((s) => s.settings);
  const [mt, setMt] = useState<MtStatus | null>(null);
  const [mtError, setMtError] = useState<string | null>(null);
  const [key, setKey] = useState('');
  const [formality, setFormality] = useState<MtFormality>(wb.formality);
  const [reviewer, setReviewer] = useState('');

  useEffect(() => {
    void api.mt.status({ refresh: false }).then((r) => (r.ok ? setMt(r.value) : setMtError(r.error.message)));
    void api.review.reviewer({}).then((r) => r.ok && setReviewer(r.value.name));
  }, []);

  const saveKey = async (clear: boolean) => {
    const r = await api.mt.setKey(clear ? { clear: true } : { key });
    if (!r.ok) return setMtError(r.error.message);
    setKey('');
    setMtError(null);
    const s = await api.mt.status({ refresh: false });
    if (s.ok) setMt(s.value);
  };

  return (
    <Dialog
      title={t('settings.title')}
      onClose={onClose}
      onSubmit={onClose}
      testId="settings-dialog"
      footer={
        <button type="submit" className="button primary">
          {t('dialog.close')}
        </button>
      }
    >
      <fieldset className="fieldset">
        <legend className="field-label">{t('settings.deepl')}</legend>
        <p className="settings-status" data-testid="deepl-status">
          {mt === null && !mtError
            ? t('app.loading')
            : mt?.keySet
              ? t('settings.keySet', { source: mt.source ?? '' })
              : t('settings.keyNotSet')}
        </p>
        {mt?.canSetKey && (
          <div className="field-row">
            <label className="field">
              <span className="visually-hidden">{t('settings.keyLabel')}</span>
              <input className="input" type="password" autoComplete="off" value={key} placeholder={t('settings.keyLabel')} onChange={(e) => setKey(e.target.value)} />
            </label>
            <button type="button" className="button" disabled={key.trim().length < 8} onClick={() => void saveKey(false)}>
              {t('settings.saveKey')}
            </button>
            {mt.keySet && (
              <button type="button" className="button" onClick={() => void saveKey(true)}>
                {t('settings.clearKey')}
              </button>
            )}
          </div>
        )}
        {mt && !mt.canSetKey && <p className="subtle">{t('settings.keyEnvOnly')}</p>}
        {mtError && (
          <p className="error-text" role="alert">
            {mtError}
          </p>
        )}
        <label className="field">
          <span className="field-label">{t('settings.formality')}</span>
          <select
            className="input"
            value={formality}
            onChange={(e) => {
              const v = e.target.value as MtFormality;
              setFormality(v);
              wb.formality = v;
            }}
          >
            {FORMALITY.map((f) => (
              <option key={f.v} value={f.v}>
                {t(f.k)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <TeamSettings />
      <LexiconSettings keySet={mt?.keySet === true} />
      <div className="field-row">
        <label className="field">
          <span className="field-label">{t('settings.reviewer')}</span>
          <input className="input" value={reviewer} maxLength={200} onChange={(e) => setReviewer(e.target.value)} data-testid="settings-reviewer" />
        </label>
        <button
          type="button"
          className="button settings-inline-button"
          disabled={!reviewer.trim()}
          onClick={() => void api.review.setReviewer({ name: reviewer.trim() }).then((r) => !r.ok && setMtError(r.error.message))}
        >
          {t('settings.saveReviewer')}
        </button>
      </div>
      <div className="field-row">
        <label className="field">
          <span className="field-label">{t('lang.label')}</span>
          <select className="input" value={settings.lang} onChange={(e) => model.setUiLang(e.target.value as UiLang)} data-testid="settings-lang">
            {UI_LANGS.map((l) => (
              <option key={l} value={l}>
                {LANG_NAME[l]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('status.theme')}</span>
          <select className="input" value={settings.theme} onChange={(e) => model.setTheme(e.target.value as ThemePref)} data-testid="settings-theme">
            {(['system', 'light', 'dark'] as const).map((v) => (
              <option key={v} value={v}>
                {t(`theme.${v}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </Dialog>
  );
}
