import type { DocumentFull, DocumentSummary, ProjectDetail, ProjectSummary } from '../../shared/ipc/channels/projects';
import { api, ApiError, call, errorMessage } from '../api';
import type { Result } from '../../shared/ipc/result';
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
import { NO_FILTERS, type AlignState, type RowFilters } from './rows/types';

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
  /** How many times the same message came while it was shown (shown as "×3"). */
  count: number;
  /** What the notice is about: a later notice or `settle` on the same topic replaces it. */
  topic?: string;
}

/** How long a notice stays: information briefly, errors long enough to read (both can be dismissed). */
export const NOTICE_MS = { info: 5000, error: 9000 } as const;

export type SaveState = 'idle' | 'saving' | 'saved' | { failed: string };

/** How adding a document went: `mismatch` means nothing was stored and the user is to be asked. */
export type AddOutcome = 'added' | 'mismatch' | 'failed';

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
  /** The Russian original is editable only in this mode (switched on by the user, off on open). */
  editOriginal: boolean;
  /** The keyboard shortcut sheet (F1, ?) is open. */
  shortcutsOpen: boolean;
  /** Grid rows show their whole text (wrapped) instead of one line each. */
  gridWrap: boolean;
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
  editOriginal: false,
  shortcutsOpen: false,
  gridWrap: false,
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
  private readonly noticeTimers = new Map<number, ReturnType<typeof setTimeout>>();
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
      act('project/opening', (s) => ({ ...s, openId: id, open: { status: 'loading' }, sourceSave: 'idle', align: { status: 'idle' }, selectedRow: null, hoverRow: null, editOriginal: false })),
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
  importDocument(role: 'source' | 'target', lang: string, fileName: string, bytes: Uint8Array, encoding: string | null, acceptMismatch = false): Promise<AddOutcome> {
    return this.addDocument((projectId) =>
      api.documents.importFile({ projectId, role, lang, fileName, dataBase64: toBase64(bytes), encoding, acceptMismatch }),
    );
  }

  addDocumentText(role: 'source' | 'target', lang: string, text: string, acceptMismatch = false): Promise<AddOutcome> {
    return this.addDocument((projectId) => api.documents.addText({ projectId, role, lang, text, fileName: null, acceptMismatch }));
  }

  /** Adds (or replaces) the Russian original from pasted text. */
  addSourceText(text: string, acceptMismatch = false): Promise<AddOutcome> {
    const lang = this.readyProject()?.project.sourceLang ?? 'ru';
    return this.addDocumentText('source', lang, text, acceptMismatch);
  }

  /** Imports the Russian original from file bytes; the backend decodes them. */
  importSourceFile(fileName: string, bytes: Uint8Array, acceptMismatch = false): Promise<AddOutcome> {
    const lang = this.readyProject()?.project.sourceLang ?? 'ru';
    return this.importDocument('source', lang, fileName, bytes, null, acceptMismatch);
  }

  /**
   * Stores a document. A text in the wrong script for its slot comes back as `mismatch`
   * with nothing stored: the caller asks the user and calls again with `acceptMismatch`.
   */
  private async addDocument(send: (projectId: number) => Promise<Result<DocumentSummary & { warnings?: string[] }>>): Promise<AddOutcome> {
    const open = this.readyProject();
    if (!open) return 'failed';
    try {
      const doc = await call(send(open.project.id));
      this.settle('import');
      await this.afterDocumentAdded(doc, doc.warnings ?? []);
      return 'added';
    } catch (err) {
      if (err instanceof ApiError && err.code === 'LANG_MISMATCH') return 'mismatch';
      this.notifyError(err, 'import');
      return 'failed';
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

  /**
   * Shows a notice. The same message again while it is shown counts up instead of stacking;
   * a notice with a `topic` replaces the one before on that topic. Every notice goes by
   * itself after NOTICE_MS.
   */
  notify(kind: Notice['kind'], key: MessageKey, params?: Params, detail?: string, topic?: string): void {
    const same = (n: Notice) => n.kind === kind && n.key === key && n.detail === detail && JSON.stringify(n.params) === JSON.stringify(params);
    const prior = this.state.notices.find(same);
    const notice: Notice = {
      id: ++noticeSeq,
      kind,
      key,
      count: (prior?.count ?? 0) + 1,
      ...(params ? { params } : {}),
      ...(detail ? { detail } : {}),
      ...(topic ? { topic } : {}),
    };
    this.store.dispatch(
      act('notice/add', (s) => ({
        ...s,
        notices: [...s.notices.filter((n) => !same(n) && (topic === undefined || n.topic !== topic)).slice(-3), notice],
      })),
    );
    const timers = this.noticeTimers;
    timers.set(notice.id, setTimeout(() => this.dismiss(notice.id), NOTICE_MS[kind]));
  }

  /** The cause of notices on `topic` is gone (the save went through, the import worked): they go too. */
  settle(topic: string): void {
    for (const n of this.state.notices) if (n.topic === topic) this.dismiss(n.id);
  }

  /** Keeps a notice while the user reads it (pointer or focus on it); `false` starts its clock again. */
  holdNotice(id: number, hold: boolean): void {
    const t = this.noticeTimers.get(id);
    if (t) clearTimeout(t);
    this.noticeTimers.delete(id);
    const n = this.state.notices.find((x) => x.id === id);
    if (!hold && n) this.noticeTimers.set(id, setTimeout(() => this.dismiss(id), NOTICE_MS[n.kind]));
  }

  dismiss(id: number): void {
    const t = this.noticeTimers.get(id);
    if (t) clearTimeout(t);
    this.noticeTimers.delete(id);
    this.store.dispatch(act('notice/dismiss', (s) => {
      const notices = s.notices.filter((n) => n.id !== id);
      return notices.length === s.notices.length ? s : { ...s, notices };
    }));
  }

  private notifyError(err: unknown, topic?: string): void {
    this.notify('error', 'notice.error', undefined, errorMessage(err), topic);
  }

  /** Switches the "Edit original" mode (the Russian editor is read-only without it). */
  setEditOriginal(on: boolean): void {
    this.store.dispatch(act('editor/editOriginal', (s) => (s.editOriginal === on ? s : { ...s, editOriginal: on })));
  }

  setShortcutsOpen(open: boolean): void {
    this.store.dispatch(act('help/shortcuts', (s) => (s.shortcutsOpen === open ? s : { ...s, shortcutsOpen: open })));
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
