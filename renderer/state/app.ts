import type { DocumentFull, DocumentSummary, ProjectDetail, ProjectSummary } from '../../shared/ipc/channels/projects';
import { api, call, errorMessage } from '../api';
import type { MessageKey, Params } from '../i18n';
import type { MtFormality } from '../../shared/ipc/channels/mt';
import type { UiSettingKey } from '../../shared/ipc/channels/settings';
import {
  changedSettings,
  loadUiSettings,
  mergeStoredSettings,
  saveUiSettings,
  UI_SETTING_KEYS,
  type AlignModePref,
  type ThemePref,
  type UiSettings,
} from './settings';
import type { UiLang } from '../i18n';
import { action, Store } from './store';
import { NO_FILTERS, type AlignState, type RowFilters } from '../features/alignment/types';

export type Loadable<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string };

/** The open project with the text of both documents. */
export interface OpenProject {
  project: ProjectDetail;
  /** The published German article (role `target`). */
  target: DocumentFull | null;
  /** The Russian original (role `source`); null until the user adds it. */
  source: DocumentFull | null;
}

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  key: MessageKey;
  params?: Params;
  /** A raw message from the backend, shown after the translated text. */
  detail?: string;
}

export type SaveState = 'idle' | 'saving' | 'saved' | { failed: string };

export interface AppState {
  projects: Loadable<ProjectSummary[]>;
  openId: number | null;
  open: Loadable<OpenProject>;
  sourceSave: SaveState;
  settings: UiSettings;
  notices: Notice[];
  /** Where the caret is, for the status bar. */
  cursor: { pane: 'source' | 'target'; line: number; column: number } | null;
  align: AlignState;
  /** The grid row the user is on (review panel, editors, map follow it). */
  selectedRow: string | null;
  /** The row under the pointer in either editor; its partner is highlighted in the other. */
  hoverRow: string | null;
  filters: RowFilters;
  /** Which tab the side panel shows. */
  sidePanel: SidePanel;
  /** Grid or alignment map in the lower left. */
  lowerView: 'grid' | 'map';
  /** Scroll the other editor to the partner sentence. */
  syncScroll: boolean;
}

export type SidePanel = 'review' | 'tm' | 'concordance' | 'glossary';

const initialState = (): AppState => ({
  projects: { status: 'idle' },
  openId: null,
  open: { status: 'idle' },
  sourceSave: 'idle',
  settings: loadUiSettings(),
  notices: [],
  cursor: null,
  align: { status: 'idle' },
  selectedRow: null,
  hoverRow: null,
  filters: NO_FILTERS,
  sidePanel: 'review',
  lowerView: 'grid',
  syncScroll: true,
});

/** Undo and redo restore the alignment rows only; selection, filters and panels stay put. */
export function alignmentScope(into: AppState, from: AppState): AppState {
  if (into.align.status !== 'ready' || from.align.status !== 'ready') return into;
  if (into.align.data.sourceHash !== from.align.data.sourceHash || into.align.data.targetHash !== from.align.data.targetHash) return into;
  return { ...into, align: { status: 'ready', data: { ...into.align.data, rows: from.align.data.rows } } };
}

export type A = ReturnType<typeof action<AppState>>;
export const act = (type: string, reduce: (s: AppState) => AppState): A => action<AppState>(type, reduce);

let noticeSeq = 0;

/**
 * The application model: a Store plus the commands that talk to the backend. React reads it
 * through `useApp`; nothing here knows about React.
 */
export class AppModel {
  readonly store = new Store<AppState>(initialState(), alignmentScope);
  private openSeq = 0;
  /** Settings the user changed before the stored ones arrived: theirs wins over the database's. */
  private readonly settingsTouched = new Set<UiSettingKey>();

  get state(): AppState {
    return this.store.getState();
  }

  async loadProjects(): Promise<ProjectSummary[] | null> {
    if (this.state.projects.status !== 'ready') {
      this.store.dispatch(act('projects/loading', (s) => ({ ...s, projects: { status: 'loading' } })));
    }
    try {
      const list = await call(api.projects.list({}));
      this.store.dispatch(act('projects/loaded', (s) => ({ ...s, projects: { status: 'ready', value: list } })));
      return list;
    } catch (err) {
      const message = errorMessage(err);
      this.store.dispatch(act('projects/failed', (s) => ({ ...s, projects: { status: 'error', message } })));
      return null;
    }
  }

  /**
   * First screen: reopen the project used last; on first run (nothing ever opened) open the
   * first project, which is the sample the backend created.
   */
  async start(): Promise<void> {
    // Settings first (in parallel with the list) so the workbench opens with the stored align mode.
    const [list] = await Promise.all([this.loadProjects(), this.loadSettings()]);
    if (!list || list.length === 0) return;
    const last = list.filter((p) => p.openedAt).sort((a, b) => (b.openedAt ?? '').localeCompare(a.openedAt ?? ''))[0];
    await this.openProject((last ?? list[0]!).id);
  }

  async openProject(id: number): Promise<void> {
    const seq = ++this.openSeq;
    performance.mark('sverka:open-start');
    this.store.dispatch(
      act('project/opening', (s) => ({ ...s, openId: id, open: { status: 'loading' }, sourceSave: 'idle', align: { status: 'idle' }, selectedRow: null, hoverRow: null })),
    );
    this.store.clearHistory();
    try {
      const project = await call(api.projects.open({ id }));
      const [target, source] = await Promise.all([
        this.fetchDocument(project.documents.find((d) => d.role === 'target')),
        this.fetchDocument(project.documents.find((d) => d.role === 'source')),
      ]);
      if (seq !== this.openSeq) return;
      this.store.dispatch(
        act('project/opened', (s) => ({ ...s, open: { status: 'ready', value: { project, target, source } } })),
      );
      performance.mark('sverka:project-loaded');
      void this.loadProjects();
    } catch (err) {
      if (seq !== this.openSeq) return;
      const message = errorMessage(err);
      this.store.dispatch(act('project/failed', (s) => ({ ...s, open: { status: 'error', message } })));
    }
  }

  closeProject(): void {
    this.openSeq++;
    this.store.dispatch(act('project/closed', (s) => ({ ...s, openId: null, open: { status: 'idle' }, align: { status: 'idle' }, selectedRow: null })));
  }

  async createProject(name: string, sourceLang: string, targetLang: string): Promise<boolean> {
    try {
      const p = await call(api.projects.create({ name, sourceLang, targetLang }));
      this.notify('info', 'notice.projectCreated', { name: p.name });
      await this.loadProjects();
      await this.openProject(p.id);
      return true;
    } catch (err) {
      this.notifyError(err);
      return false;
    }
  }

  async renameProject(id: number, name: string): Promise<boolean> {
    try {
      const p = await call(api.projects.rename({ id, name }));
      this.store.dispatch(
        act('project/renamed', (s) => ({
          ...s,
          open:
            s.open.status === 'ready' && s.open.value.project.id === id
              ? { status: 'ready', value: { ...s.open.value, project: { ...s.open.value.project, name: p.name } } }
              : s.open,
        })),
      );
      await this.loadProjects();
      return true;
    } catch (err) {
      this.notifyError(err);
      return false;
    }
  }

  async deleteProject(id: number): Promise<boolean> {
    const name = this.projectName(id);
    try {
      await call(api.projects.delete({ id }));
      if (this.state.openId === id) this.closeProject();
      this.notify('info', 'notice.projectDeleted', { name });
      await this.loadProjects();
      return true;
    } catch (err) {
      this.notifyError(err);
      return false;
    }
  }

  /** Imports a document for either role (the import dialog). */
  async importDocument(role: 'source' | 'target', lang: string, fileName: string, bytes: Uint8Array, encoding: string | null): Promise<boolean> {
    const open = this.readyProject();
    if (!open) return false;
    try {
      const doc = await call(api.documents.importFile({ projectId: open.project.id, role, lang, fileName, dataBase64: toBase64(bytes), encoding }));
      await this.afterDocumentAdded(doc, doc.warnings);
      return true;
    } catch (err) {
      this.notifyError(err);
      return false;
    }
  }

  async addDocumentText(role: 'source' | 'target', lang: string, text: string): Promise<boolean> {
    const open = this.readyProject();
    if (!open) return false;
    try {
      const doc = await call(api.documents.addText({ projectId: open.project.id, role, lang, text, fileName: null }));
      await this.afterDocumentAdded(doc, []);
      return true;
    } catch (err) {
      this.notifyError(err);
      return false;
    }
  }

  /** Adds (or replaces) the Russian original from pasted text. */
  async addSourceText(text: string, fileName: string | null = null): Promise<boolean> {
    const open = this.readyProject();
    if (!open) return false;
    try {
      const doc = await call(
        api.documents.addText({ projectId: open.project.id, role: 'source', lang: open.project.sourceLang, text, fileName }),
      );
      await this.afterDocumentAdded(doc, []);
      return true;
    } catch (err) {
      this.notifyError(err);
      return false;
    }
  }

  /** Imports the Russian original from file bytes; the backend decodes them. */
  async importSourceFile(fileName: string, bytes: Uint8Array, encoding: string | null = null): Promise<boolean> {
    const open = this.readyProject();
    if (!open) return false;
    try {
      const doc = await call(
        api.documents.importFile({
          projectId: open.project.id,
          role: 'source',
          lang: open.project.sourceLang,
          fileName,
          dataBase64: toBase64(bytes),
          encoding,
        }),
      );
      await this.afterDocumentAdded(doc, doc.warnings);
      return true;
    } catch (err) {
      this.notifyError(err);
      return false;
    }
  }

  /**
   * Saves the user's correction of the Russian original through the workbench, which moves
   * the links along with the text; the view it returns comes with the `source/saved` action.
   */
  async saveSourceText(text: string): Promise<void> {
    const open = this.readyProject();
    if (!open?.source) return;
    const projectId = open.project.id;
    this.store.dispatch(act('source/saving', (s) => ({ ...s, sourceSave: 'saving' })));
    try {
      const r = await call(api.workbench.updateSourceText({ projectId, text }));
      this.store.dispatch(
        action<AppState>(
          'source/saved',
          (s) =>
            s.open.status === 'ready' && s.open.value.project.id === projectId && s.open.value.source
              ? { ...s, sourceSave: 'saved', open: { status: 'ready', value: { ...s.open.value, source: { ...s.open.value.source, text: r.view.source.text, length: r.view.source.text.length } } } }
              : s,
          'never',
          r.view,
        ),
      );
    } catch (err) {
      const message = errorMessage(err);
      this.store.dispatch(act('source/saveFailed', (s) => ({ ...s, sourceSave: { failed: message } })));
    }
  }

  setCursor(pane: 'source' | 'target', line: number, column: number): void {
    this.store.dispatch(act('editor/cursor', (s) => ({ ...s, cursor: { pane, line, column } })));
  }

  setTheme(theme: ThemePref): void {
    this.updateSettings({ ...this.state.settings, theme });
  }

  setUiLang(lang: UiLang): void {
    this.updateSettings({ ...this.state.settings, lang });
  }

  setFormality(formality: MtFormality): void {
    this.updateSettings({ ...this.state.settings, formality });
  }

  setAlignMode(alignMode: AlignModePref): void {
    this.updateSettings({ ...this.state.settings, alignMode });
  }

  /**
   * Reads the choices kept in the database; they replace the localStorage guess of first
   * paint, because the web bridge's origin (and so its localStorage) changes per launch.
   */
  async loadSettings(): Promise<void> {
    const r = await api.settings.get({ keys: UI_SETTING_KEYS });
    // Unreadable settings are not worth an error notice: the cached or default choices stand.
    if (!r.ok) return;
    const stored = { ...r.value };
    for (const key of this.settingsTouched) delete stored[key];
    const settings = mergeStoredSettings(this.state.settings, stored);
    if (changedSettings(this.state.settings, settings).length === 0) return;
    saveUiSettings(settings);
    this.store.dispatch(act('settings/loaded', (s) => ({ ...s, settings })));
  }

  notify(kind: Notice['kind'], key: MessageKey, params?: Params, detail?: string): void {
    const notice: Notice = { id: ++noticeSeq, kind, key, ...(params ? { params } : {}), ...(detail ? { detail } : {}) };
    this.store.dispatch(act('notice/add', (s) => ({ ...s, notices: [...s.notices.slice(-3), notice] })));
    if (kind === 'info') setTimeout(() => this.dismiss(notice.id), 5000);
  }

  dismiss(id: number): void {
    this.store.dispatch(act('notice/dismiss', (s) => {
      const notices = s.notices.filter((n) => n.id !== id);
      return notices.length === s.notices.length ? s : { ...s, notices };
    }));
  }

  private notifyError(err: unknown): void {
    this.store.dispatch(
      act('notice/add', (s) => ({
        ...s,
        notices: [...s.notices.slice(-3), { id: ++noticeSeq, kind: 'error', key: 'notice.error', detail: errorMessage(err) }],
      })),
    );
  }

  private updateSettings(settings: UiSettings): void {
    const changes = changedSettings(this.state.settings, settings);
    saveUiSettings(settings);
    this.store.dispatch(act('settings/changed', (s) => ({ ...s, settings })));
    for (const { key, value } of changes) {
      this.settingsTouched.add(key);
      void api.settings.set({ key, value }).then((r) => {
        if (!r.ok) this.notifyError(new Error(r.error.message));
      });
    }
  }

  private readyProject(): OpenProject | null {
    return this.state.open.status === 'ready' ? this.state.open.value : null;
  }

  private projectName(id: number): string {
    const p = this.state.projects.status === 'ready' ? this.state.projects.value.find((x) => x.id === id) : undefined;
    return p?.name ?? String(id);
  }

  private async fetchDocument(summary: DocumentSummary | undefined): Promise<DocumentFull | null> {
    return summary ? call(api.documents.get({ id: summary.id })) : null;
  }

  private async afterDocumentAdded(doc: DocumentSummary, warnings: string[]): Promise<void> {
    const full = await call(api.documents.get({ id: doc.id }));
    this.store.dispatch(
      act(doc.role === 'source' ? 'source/added' : 'target/added', (s) =>
        s.open.status === 'ready' && s.open.value.project.id === doc.projectId
          ? {
              ...s,
              sourceSave: doc.role === 'source' ? 'idle' : s.sourceSave,
              open: { status: 'ready', value: { ...s.open.value, [doc.role]: full } },
            }
          : s,
      ),
    );
    this.notify('info', doc.role === 'source' ? 'notice.sourceAdded' : 'notice.targetAdded', { n: full.text.length });
    if (warnings.length) this.notify('info', 'notice.importWarnings', { warnings: warnings.join('; ') });
    void this.loadProjects();
  }
}

/** Base64 in chunks: String.fromCharCode(...bytes) overflows the stack on large files. */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(bin);
}
