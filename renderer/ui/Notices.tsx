import type { Notice } from '../state/app';
import { useApp, useModel, useT } from '../state/hooks';
import { Icon } from './Icon';

/**
 * Transient messages. Each goes by itself (errors after longer), stays while the pointer or
 * the focus is on it, and counts repeats instead of stacking them. Errors sit in an
 * assertive live region, information in a polite one: each message is in the accessibility
 * tree once, with no role of its own on top of its region's.
 */
export function Notices() {
  const notices = useApp((s) => s.notices);
  return (
    <div className="notices" data-testid="notices">
      <NoticeRegion notices={notices.filter((n) => n.kind === 'error')} live="assertive" />
      <NoticeRegion notices={notices.filter((n) => n.kind === 'info')} live="polite" />
    </div>
  );
}

function NoticeRegion({ notices, live }: { notices: readonly Notice[]; live: 'assertive' | 'polite' }) {
  const model = useModel();
  const t = useT();
  return (
    <div className="notice-region" aria-live={live} aria-atomic="false" aria-relevant="additions text">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.kind}`}
          data-testid="notice"
          onPointerEnter={() => model.holdNotice(n.id, true)}
          onPointerLeave={() => model.holdNotice(n.id, false)}
          onFocus={() => model.holdNotice(n.id, true)}
          onBlur={() => model.holdNotice(n.id, false)}
        >
          <span className="notice-text">
            {n.kind === 'error' ? <strong>{t(n.key, n.params)}: </strong> : t(n.key, n.params)}
            {n.detail}
            {n.count > 1 && <span className="notice-count"> ×{n.count}</span>}
          </span>
          <button type="button" className="icon-button" aria-label={t('notice.dismiss')} onClick={() => model.dismiss(n.id)}>
            <Icon name="close" />
          </button>
        </div>
      ))}
    </div>
  );
}
