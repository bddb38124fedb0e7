import { useEffect } from 'react';
import { linkEditorSelections, linkRussianSelection } from '../../editor/selectionLinks';
import type { AppModel } from '../../state/app';
import { useModel, useWorkbench } from '../../state/hooks';
import type { Workbench } from '../../state/workbench';
import { matchShortcut, SHORTCUTS, type ShortcutId } from './shortcuts';

const ALL: readonly ShortcutId[] = SHORTCUTS.filter((s) => s.match).map((s) => s.id);
const ANYWHERE: readonly ShortcutId[] = SHORTCUTS.filter((s) => s.match && s.scope === 'anywhere').map((s) => s.id);

/** Where typed keys belong to the text: form fields and an editor the user may write in. */
export function isTyping(el: Element | null): boolean {
  if (!el) return false;
  const editor = el.closest('.monaco-editor');
  if (editor) return !editor.closest('[data-readonly="true"]');
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(el.type)) || el instanceof HTMLSelectElement;
}

/** Runs a workbench command; returns false when it does not apply (the key then stays with the browser). */
export function runShortcut(id: ShortcutId, wb: Workbench, model: AppModel, key = ''): boolean {
  const sel = model.state.selectedRow;
  switch (id) {
    case 'confirmNext':
      if (sel) void wb.confirmAndNext(sel);
      return true;
    case 'confirm':
      if (sel) void wb.confirm([sel]);
      return true;
    case 'reject':
      if (sel) void wb.reject([sel]);
      return true;
    case 'absent':
      if (sel) void wb.markNotInOriginal(sel);
      return true;
    case 'relink':
      linkRussianSelection(wb, sel);
      return true;
    case 'newLink':
      linkEditorSelections(wb);
      return true;
    case 'candidate':
      if (sel) void wb.pickCandidate(sel, Number(key) - 1);
      return true;
    case 'nextOpen':
    case 'prevOpen':
      wb.stepOpen(id === 'nextOpen' ? 1 : -1);
      return true;
    case 'nextRow':
    case 'prevRow':
      wb.step(id === 'nextRow' ? 1 : -1);
      return true;
    case 'wrapRows':
      wb.toggleWrap();
      return true;
    case 'search':
      document.getElementById('grid-search')?.focus();
      return true;
    case 'suggest':
      if (sel) void wb.fetchSuggestions([sel]);
      return true;
    case 'undo':
      void wb.undo();
      return true;
    case 'redo':
      void wb.redo();
      return true;
    case 'help':
      model.setShortcutsOpen(true);
      return true;
    case 'expandRow':
    case 'review':
    case 'acceptChecked':
    case 'backToGrid':
    case 'tabOut':
    case 'sidebar':
      return false;
  }
}

/**
 * The workbench keys (see shortcuts.ts). With the grid focused every one works; in a form
 * field or an editable text only those with Ctrl; elsewhere (buttons, read-only texts) those
 * meant for anywhere. Monaco handles some Ctrl keys first; linking.ts registers those there.
 */
export function useWorkbenchKeys(): void {
  const wb = useWorkbench();
  const model = useModel();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const active = document.activeElement;
      const typing = isTyping(active);
      const inGrid = !!active?.closest('[data-keys="grid"]');
      if (typing && !(e.ctrlKey || e.metaKey) && e.key !== 'F1') return;
      const id = matchShortcut(e, inGrid ? ALL : ANYWHERE);
      if (!id) return;
      // Undo and redo belong to a text field while one has focus.
      if (typing && (id === 'undo' || id === 'redo')) return;
      if (runShortcut(id, wb, model, e.key)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [wb, model]);
}
