import { FLAG_KINDS } from '../../../shared/fidelity/types';
import { useT } from '../../state/hooks';
import { useFidelity } from './store';

/** The project's fidelity summary in one line: quotations, clean, flagged by kind, verdicts. */
export function FidelitySummaryLine() {
  const t = useT();
  const s = useFidelity((x) => x.summary);
  if (!s) return null;
  const notChecked = Object.values(s.notChecked).reduce((a, b) => a + b, 0);
  const judged = s.quotations - s.verdicts.none;
  return (
    <p className="fid-summary subtle" aria-label={t('fidelity.summary')} title={t('fidelity.summary')} data-testid="fidelity-summary">
      <span>{t('fidelity.summary.quotations', { n: s.quotations })}</span>
      <span>{t('fidelity.summary.clean', { n: s.clean })}</span>
      {FLAG_KINDS.filter((k) => s.byKind[k] > 0).map((k) => (
        <span key={k} data-kind={k}>
          <span className={`fid-swatch fid-${k}`} aria-hidden="true" /> {t(`fidelity.kind.${k}`)} {s.byKind[k]}
        </span>
      ))}
      {notChecked > 0 && <span>{t('fidelity.summary.notChecked', { n: notChecked })}</span>}
      <span data-testid="fidelity-summary-verdicts">{t('fidelity.summary.verdicts', { n: judged })}</span>
    </p>
  );
}
