import { useEffect, useMemo, useState } from 'react';
import type { AppInfo } from '../../shared/ipc/channels/projects';
import { api } from '../api';
import { countRows } from '../state/rows/ops';
import { ProjectView } from '../features/project/ProjectView';
import { ProjectList } from '../features/projects/ProjectList';
import { UI_LANGS, type UiLang } from '../i18n';
import type { ThemePref } from '../state/settings';
import { useApp, useModel, useT } from '../state/hooks';
import { Icon, type IconName } from '../ui/Icon';
import { Notices } from '../ui/Notices';
import { StateIcon } from '../features/alignment/StateBadge';
import { ShortcutSheet } from '../features/keys/ShortcutSheet';

const THEME_ORDER: ThemePref[] = ['system', 'light', 'dark'];
const THEME_ICON: Record<ThemePref, IconName> = { system: 'system', light: 'sun', dark: 'moon' };

/** The workbench frame: title bar, project sidebar, the open project, status bar. */
export function Layout() {
  const openId = useApp((s) => s.openId);
  const shortcuts = useApp((s) => s.shortcutsOpen);
  const [sidebar, setSidebar] = useState(true);
  const t = useT();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'b' && !e.altKey) {
        e.preventDefault();
        setSidebar((v) => !v);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className={`shell${sidebar ? '' : ' sidebar-hidden'}`}>
      <TitleBar sidebar={sidebar} onToggleSidebar={() => setSidebar((v) => !v)} />
      {sidebar && (
        <aside className="sidebar" aria-label={t('projects.title')}>
          <ProjectList />
        </aside>
      )}
      <main className="main" id="main">
        {openId === null ? <Welcome /> : <ProjectView />}
      </main>
      <StatusBar />
      <Notices />
      {shortcuts && <ShortcutSheet />}
    </div>
  );
}

function TitleBar({ sidebar, onToggleSidebar }: { sidebar: boolean; onToggleSidebar: () => void }) {
  const t = useT();
  const model = useModel();
  const open = useApp((s) => s.open);
  const settings = useApp((s) => s.settings);
  const project = open.status === 'ready' ? open.value.project : null;
  useEffect(() => {
    document.title = project ? `${project.name} — Sverka` : 'Sverka';
  }, [project]);
  const nextTheme = THEME_ORDER[(THEME_ORDER.indexOf(settings.theme) + 1) % THEME_ORDER.length]!;
  return (
    <header className="titlebar">
      <button
        type="button"
        className="icon-button"
        aria-pressed={sidebar}
        aria-label={t('projects.title')}
        title={`${t('projects.title')} (Ctrl+B)`}
        onClick={onToggleSidebar}
      >
        <Icon name="sidebar" />
      </button>
      <span className="brand">
        <span className="brand-mark" aria-hidden="true">
          С
        </span>
        {t('app.name')}
      </span>
      {project && (
        <span className="breadcrumb" data-testid="breadcrumb">
          <span aria-hidden="true" className="breadcrumb-sep">
            /
          </span>
          <span className="breadcrumb-project">{project.name}</span>
          <span className="lang-pair subtle">
            {project.sourceLang.toUpperCase()} → {project.targetLang.toUpperCase()}
          </span>
        </span>
      )}
      <span className="titlebar-spacer" />
      <label className="select-compact">
        <span className="visually-hidden">{t('lang.label')}</span>
        <select value={settings.lang} onChange={(e) => model.setUiLang(e.target.value as UiLang)} data-testid="ui-lang">
          {UI_LANGS.map((l) => (
            <option key={l} value={l}>
              {l.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="icon-button"
        data-testid="theme-toggle"
        aria-label={t('theme.toggle', { mode: t(`theme.${settings.theme}`) })}
        title={t('theme.toggle', { mode: t(`theme.${settings.theme}`) })}
        onClick={() => model.setTheme(nextTheme)}
      >
        <Icon name={THEME_ICON[settings.theme]} />
      </button>
    </header>
  );
}

function Welcome() {
  const t = useT();
  return (
    <div className="welcome">
      <h1 className="welcome-title">{t('welcome.title')}</h1>
      <p className="welcome-body">{t('welcome.body')}</p>
    </div>
  );
}

function StatusBar() {
  const t = useT();
  const cursor = useApp((s) => s.cursor);
  const save = useApp((s) => s.sourceSave);
  const align = useApp((s) => s.align);
  const counts = useMemo(() => (align.status === 'ready' ? countRows(align.data.rows) : null), [align]);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api.app.info({}).then((r) => r.ok && setInfo(r.value));
  }, []);
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className="status-item" aria-live="polite">
        {save === 'saving' ? t('status.saving') : save === 'saved' ? t('status.saved') : typeof save === 'object' ? t('status.saveFailed', { message: save.failed }) : ''}
      </span>
      {counts && (
        <span className="status-item status-counts" data-testid="status-counts">
          <span>{t('count.rows', { n: counts.total })}</span>
          <span>{t('count.quotes', { n: counts.quotes })}</span>
          <span>
            <StateIcon state="confirmed" size={12} /> {t('count.confirmed', { n: counts.confirmed })}
          </span>
          <span data-testid="count-open">{t('count.open', { n: counts.open })}</span>
          {counts.recheck > 0 && (
            <span data-testid="count-recheck">
              <StateIcon state="recheck" size={12} /> {t('count.recheck', { n: counts.recheck })}
            </span>
          )}
          <span>
            <StateIcon state="rejected" size={12} /> {t('count.rejected', { n: counts.rejected })}
          </span>
          <span>
            <StateIcon state="proposedAbsent" size={12} /> {t('count.nosource', { n: counts.noSource })}
          </span>
          <span>{t('count.low', { n: counts.lowScore })}</span>
        </span>
      )}
      <span className="titlebar-spacer" />
      {cursor && (
        <span className="status-item">
          {cursor.pane === 'source' ? 'RU' : 'DE'} · {t('status.position', { line: cursor.line, col: cursor.column })}
        </span>
      )}
      {info && (
        <span className="status-item subtle">
          {t(info.shell === 'web' ? 'app.shell.web' : 'app.shell.electron')} · v{info.version}
        </span>
      )}
    </footer>
  );
}
