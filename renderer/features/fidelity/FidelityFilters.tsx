import { FLAG_KINDS } from '../../../shared/fidelity/types';
import { VERDICTS } from '../../../shared/ipc/channels/fidelity';
import { useT } from '../../state/hooks';
import { fidelityStore, useFidelity, type FidelityFilters as Filters } from './store';

/** Grid filters by fidelity flag and by verdict (they show quotation rows only when on). */
export function FidelityFilters() {
  const t = useT();
  const filters = useFidelity((s) => s.filters);
  return (
    <>
      <label className="select-compact">
        <span className="visually-hidden">{t('fidelity.filter.flag')}</span>
        <select value={filters.flag} onChange={(e) => fidelityStore.setFilters({ flag: e.target.value as Filters['flag'] })} data-testid="filter-fidelity-flag" title={t('fidelity.filter.flag')}>
          <option value="all">{t('fidelity.filter.flagAll')}</option>
          <option value="any">{t('fidelity.filter.flagAny')}</option>
          <option value="none">{t('fidelity.filter.flagNone')}</option>
          {FLAG_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`fidelity.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="select-compact">
        <span className="visually-hidden">{t('fidelity.filter.verdict')}</span>
        <select value={filters.verdict} onChange={(e) => fidelityStore.setFilters({ verdict: e.target.value as Filters['verdict'] })} data-testid="filter-fidelity-verdict" title={t('fidelity.filter.verdict')}>
          <option value="all">{t('fidelity.filter.verdictAll')}</option>
          <option value="none">{t('fidelity.verdict.none')}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {t(`fidelity.verdict.${v}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
