import type { MessageKey } from '../../i18n';
import { useModel, useT } from '../../state/hooks';
import { Dialog } from '../../ui/Dialog';
import { SHORTCUTS, type ShortcutScope } from './shortcuts';

const SCOPE_TITLE: Record<ShortcutScope, MessageKey> = {
  anywhere: 'keys.scope.anywhere',
  grid: 'keys.scope.grid',
  review: 'keys.scope.review',
};

/** Every shortcut in one sheet (F1 or ?), grouped by where it works; from the same table the keys use. */
export function ShortcutSheet() {
  const model = useModel();
  const t = useT();
  const close = () => model.setShortcutsOpen(false);
  return (
    <Dialog
      title={t('keys.title')}
      onClose={close}
      testId="shortcut-sheet"
      wide
      footer={
        <button type="submit" className="button primary" onClick={close}>
          {t('dialog.close')}
        </button>
      }
      onSubmit={close}
    >
      <div className="shortcut-groups">
        {(['grid', 'anywhere', 'review'] as const).map((scope) => (
          <section key={scope} className="shortcut-group" aria-labelledby={`keys-${scope}`}>
            <h3 id={`keys-${scope}`} className="field-label">
              {t(SCOPE_TITLE[scope])}
            </h3>
            <table className="shortcut-table">
              <tbody>
                {SHORTCUTS.filter((s) => s.scope === scope).map((s) => (
                  <tr key={s.id} data-shortcut={s.id}>
                    <td className="shortcut-keys">
                      {s.keys.map((k, i) => (
                        <span key={k}>
                          {i > 0 && <span className="subtle"> / </span>}
                          <kbd>{k}</kbd>
                        </span>
                      ))}
                    </td>
                    <td>{t(s.label)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
