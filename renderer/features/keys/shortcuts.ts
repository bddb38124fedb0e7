import type { MessageKey } from '../../i18n';

/**
 * Every workbench shortcut, in one table: the key handlers match with it, the shortcut sheet
 * (F1, ?) lists it and button tooltips show it. The review keys follow OmegaT and memoQ
 * (Ctrl+Enter confirms and goes on to the next unconfirmed row; Ctrl+U goes to the next one).
 */
export type ShortcutId =
  | 'confirmNext'
  | 'confirm'
  | 'reject'
  | 'absent'
  | 'relink'
  | 'newLink'
  | 'candidate'
  | 'nextOpen'
  | 'prevOpen'
  | 'nextRow'
  | 'prevRow'
  | 'expandRow'
  | 'wrapRows'
  | 'search'
  | 'review'
  | 'backToGrid'
  | 'acceptChecked'
  | 'suggest'
  | 'undo'
  | 'redo'
  | 'tabOut'
  | 'sidebar'
  | 'help';

/** Where a shortcut works: anywhere in the workbench, or with the grid (or a read-only text) focused. */
export type ShortcutScope = 'anywhere' | 'grid' | 'review';

export interface Shortcut {
  id: ShortcutId;
  /** As shown to the user; alternatives are separate entries. */
  keys: readonly string[];
  label: MessageKey;
  scope: ShortcutScope;
  /** Omitted for keys handled by a component of their own (grid navigation, Monaco's Tab). */
  match?: (e: KeyboardEvent) => boolean;
}

const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const mod = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey;
const letter = (e: KeyboardEvent, l: string) => e.key.toLowerCase() === l || e.code === `Key${l.toUpperCase()}`;

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'confirmNext', keys: ['Ctrl+Enter'], label: 'keys.confirmNext', scope: 'anywhere', match: (e) => mod(e) && !e.shiftKey && e.key === 'Enter' },
  { id: 'confirm', keys: ['Space'], label: 'keys.confirm', scope: 'grid', match: (e) => plain(e) && !e.shiftKey && e.key === ' ' },
  { id: 'reject', keys: ['R'], label: 'keys.reject', scope: 'grid', match: (e) => plain(e) && !e.shiftKey && letter(e, 'r') },
  { id: 'absent', keys: ['A'], label: 'keys.absent', scope: 'grid', match: (e) => plain(e) && !e.shiftKey && letter(e, 'a') },
  { id: 'relink', keys: ['Ctrl+L'], label: 'keys.relink', scope: 'anywhere', match: (e) => mod(e) && !e.shiftKey && letter(e, 'l') },
  { id: 'newLink', keys: ['Ctrl+Shift+L'], label: 'keys.newLink', scope: 'anywhere', match: (e) => mod(e) && e.shiftKey && letter(e, 'l') },
  { id: 'candidate', keys: ['1…9'], label: 'keys.candidate', scope: 'grid', match: (e) => plain(e) && /^[1-9]$/.test(e.key) },
  { id: 'nextOpen', keys: ['Ctrl+U', 'U'], label: 'keys.nextOpen', scope: 'anywhere', match: (e) => !e.shiftKey && letter(e, 'u') && (mod(e) || plain(e)) },
  { id: 'prevOpen', keys: ['Ctrl+Shift+U', 'Shift+U'], label: 'keys.prevOpen', scope: 'anywhere', match: (e) => e.shiftKey && letter(e, 'u') && (mod(e) || plain(e)) },
  {
    id: 'nextRow',
    keys: ['Ctrl+↓', 'Alt+↓'],
    label: 'keys.nextRow',
    scope: 'anywhere',
    match: (e) => (e.ctrlKey || e.metaKey || e.altKey) && !e.shiftKey && e.key === 'ArrowDown',
  },
  {
    id: 'prevRow',
    keys: ['Ctrl+↑', 'Alt+↑'],
    label: 'keys.prevRow',
    scope: 'anywhere',
    match: (e) => (e.ctrlKey || e.metaKey || e.altKey) && !e.shiftKey && e.key === 'ArrowUp',
  },
  { id: 'expandRow', keys: ['→', '←'], label: 'keys.expandRow', scope: 'grid' },
  { id: 'wrapRows', keys: ['W'], label: 'keys.wrapRows', scope: 'grid', match: (e) => plain(e) && !e.shiftKey && letter(e, 'w') },
  { id: 'search', keys: ['/'], label: 'keys.search', scope: 'grid', match: (e) => plain(e) && e.key === '/' },
  { id: 'review', keys: ['Enter'], label: 'keys.review', scope: 'grid' },
  { id: 'acceptChecked', keys: ['Ctrl+Enter'], label: 'keys.acceptChecked', scope: 'review' },
  { id: 'backToGrid', keys: ['Esc'], label: 'keys.backToGrid', scope: 'review' },
  { id: 'suggest', keys: ['Ctrl+M'], label: 'keys.suggest', scope: 'anywhere', match: (e) => mod(e) && !e.shiftKey && letter(e, 'm') },
  { id: 'undo', keys: ['Ctrl+Z'], label: 'keys.undo', scope: 'anywhere', match: (e) => mod(e) && !e.shiftKey && letter(e, 'z') },
  { id: 'redo', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], label: 'keys.redo', scope: 'anywhere', match: (e) => mod(e) && (letter(e, 'y') || (e.shiftKey && letter(e, 'z'))) },
  { id: 'tabOut', keys: ['Tab', 'Shift+Tab'], label: 'keys.tabOut', scope: 'anywhere' },
  { id: 'sidebar', keys: ['Ctrl+B'], label: 'keys.sidebar', scope: 'anywhere' },
  { id: 'help', keys: ['F1', '?'], label: 'keys.help', scope: 'anywhere', match: (e) => e.key === 'F1' || (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey) },
];

const byId = new Map(SHORTCUTS.map((s) => [s.id, s]));

export function shortcut(id: ShortcutId): Shortcut {
  return byId.get(id)!;
}

/** "Ctrl+U / U": the keys of a shortcut as a tooltip shows them. */
export function keysOf(id: ShortcutId): string {
  return shortcut(id).keys.join(' / ');
}

/** `Confirm (Space)`: a button's tooltip naming its shortcut. */
export function withKeys(label: string, id: ShortcutId): string {
  return `${label} (${keysOf(id)})`;
}

/** The first shortcut of `ids` that the event is, if any. */
export function matchShortcut(e: KeyboardEvent, ids: readonly ShortcutId[]): ShortcutId | null {
  for (const id of ids) if (byId.get(id)?.match?.(e)) return id;
  return null;
}

/** aria-keyshortcuts value ("Control+Enter"), from the first key combination. */
export function ariaKeys(id: ShortcutId): string {
  return shortcut(id)
    .keys.map((k) => k.replace(/Ctrl/g, 'Control').replace('Esc', 'Escape').replace('↓', 'ArrowDown').replace('↑', 'ArrowUp').replace('Space', 'Space'))
    .filter((k) => !k.includes('…'))
    .join(' ');
}
