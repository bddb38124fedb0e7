import type { Role } from '../../../shared/ipc/channels/projects';
import { checkLanguageFit } from '../../../shared/text/script';
import { useApp, useT } from '../../state/hooks';

/** A language's name in the interface language ("Russisch"), or the tag itself. */
export function languageName(tag: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A script's name in the interface language ("Kyrillisch"). */
function scriptName(code: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'script' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The question asked before a text goes into a slot whose language its script does not fit
 * (the German article into the Russian slot): nothing is stored until the user says so.
 */
export function LangQuestion({ role, slotLang, found }: { role: Role; slotLang: string; found: string }) {
  const t = useT();
  const ui = useApp((s) => s.settings.lang);
  const fit = found ? checkLanguageFit(found, slotLang) : null;
  const slot = t(role === 'source' ? 'import.slot.source' : 'import.slot.target');
  const lang = languageName(slotLang, ui);
  return (
    <div className="lang-question" role="alert" data-testid="lang-question">
      <strong>{t('import.mismatchTitle', { lang })}</strong>
      <p>
        {fit?.found && fit.expected && !fit.fits
          ? t('import.mismatchScripts', { found: scriptName(fit.found, ui), expected: scriptName(fit.expected, ui), lang, slot })
          : t('import.mismatchBody', { lang, slot })}
      </p>
    </div>
  );
}
