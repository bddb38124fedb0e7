import { useEffect, useMemo, useRef, useState } from 'react';
import type { FidelityFlag } from '../../../shared/fidelity/types';
import type { QuoteFidelity } from '../../../shared/ipc/channels/fidelity';
import { editors, type Side } from '../../editor/registry';
import { monaco } from '../../editor/monaco';
import type { Translate } from '../../i18n';
import { useApp, useT } from '../../state/hooks';
import { fidelityStore, linksKey, useFidelity } from './store';
import './fidelity.css';

const REFRESH_DELAY_MS = 150;
const EDITOR_POLL_MS = 400;

const escapeMd = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');

/** The hover text of a flagged word: kind, the words on the other side. */
function hover(t: Translate, f: FidelityFlag, side: Side): string {
  const kind = t(`fidelity.kind.${f.kind}`);
  const other = (side === 'target' ? f.russian : f.german).map((w) => w.text).join(' … ');
  const announced = f.status === 'announced' ? ` (${t('fidelity.announced')})` : '';
  return `**${escapeMd(kind)}**${escapeMd(announced)}${other ? `: ${escapeMd(other)}` : ''}`;
}

function decorations(items: Iterable<QuoteFidelity>, side: Side, model: monaco.editor.ITextModel, t: Translate): monaco.editor.IModelDeltaDecoration[] {
  const out: monaco.editor.IModelDeltaDecoration[] = [];
  const len = model.getValueLength();
  for (const it of items) {
    if (it.state !== 'ok') continue;
    for (const f of it.flags)
      for (const w of side === 'target' ? f.german : f.russian) {
        // Words the engine found just outside a span may lie before it; skip anything off the text.
        if (w.start < 0 || w.end > len || w.end <= w.start) continue;
        const a = model.getPositionAt(w.start);
        const b = model.getPositionAt(w.end);
        out.push({
          range: new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column),
          options: {
            inlineClassName: `fid-flag fid-${f.kind}${f.status === 'announced' ? ' fid-announced' : ''}`,
            hoverMessage: { value: hover(t, f, side) },
            stickiness: 1,
          },
        });
      }
  }
  return out;
}

/**
 * Keeps the open project's fidelity current (asked again whenever its quotation links or texts
 * change) and shows the flags as inline highlights in both editors. Renders nothing itself.
 */
export function FidelityLayer() {
  const t = useT();
  const open = useApp((s) => (s.open.status === 'ready' ? s.open.value : null));
  const rows = useApp((s) => (s.align.status === 'ready' ? s.align.data.rows : null));
  const projectId = open?.project.id ?? null;
  const key = useMemo(() => (rows && open ? linksKey(rows, open.source?.text ?? '', open.target?.text ?? '') : null), [rows, open]);
  const byLink = useFidelity((s) => s.byLink);

  useEffect(() => {
    if (projectId === null || key === null) return;
    const timer = setTimeout(() => void fidelityStore.refresh(projectId, key), REFRESH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [projectId, key]);
  useEffect(() => () => fidelityStore.reset(), [projectId]);

  // The editors mount (and remount on another document) on their own time: follow them.
  const [mounted, setMounted] = useState<{ source: unknown; target: unknown }>({ source: null, target: null });
  useEffect(() => {
    const timer = setInterval(() => {
      setMounted((m) => (m.source === editors.source && m.target === editors.target ? m : { source: editors.source, target: editors.target }));
    }, EDITOR_POLL_MS);
    return () => clearInterval(timer);
  }, []);

  const collections = useRef(new Map<monaco.editor.IStandaloneCodeEditor, monaco.editor.IEditorDecorationsCollection>());
  useEffect(() => {
    for (const side of ['source', 'target'] as const) {
      const editor = editors[side];
      const model = editor?.getModel();
      if (!editor || !model) continue;
      let c = collections.current.get(editor);
      if (!c) {
        c = editor.createDecorationsCollection();
        collections.current.set(editor, c);
        editor.onDidDispose(() => collections.current.delete(editor));
      }
      c.set(decorations(byLink.values(), side, model, t));
    }
  }, [byLink, mounted, t]);
  return null;
}
