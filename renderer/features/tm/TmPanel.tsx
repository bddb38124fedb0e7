import { useT } from '../../state/hooks';

/**
 * Translation-memory matches, concordance and glossary. The contract has no tm.* channels yet
 * (see the workbench report for the ones this panel needs); until they land the panel says so
 * plainly rather than pretending.
 */
export function TmPanel({ kind }: { kind: 'tm' | 'concordance' | 'glossary' }) {
  const t = useT();
  return (
    <div className="panel-empty" data-testid={`panel-${kind}`}>
      <p>
        <strong>{t(kind === 'tm' ? 'panel.tm' : kind === 'concordance' ? 'panel.concordance' : 'panel.glossary')}</strong>
      </p>
      <p>{t('panel.notConnected')}</p>
    </div>
  );
}
