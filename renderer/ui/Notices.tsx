import { useApp, useModel, useT } from '../state/hooks';
import { Icon } from './Icon';

/** Transient messages; errors stay until dismissed, information fades after a few seconds. */
export function Notices() {
  const notices = useApp((s) => s.notices);
  const model = useModel();
  const t = useT();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
          <span className="notice-text">
            {n.kind === 'error' ? <strong>{t(n.key, n.params)}: </strong> : t(n.key, n.params)}
            {n.detail}
          </span>
          <button type="button" className="icon-button" aria-label={t('notice.dismiss')} onClick={() => model.dismiss(n.id)}>
            <Icon name="close" />
          </button>
        </div>
      ))}
    </div>
  );
}
