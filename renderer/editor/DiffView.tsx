import { useEffect, useRef } from 'react';
import { monaco } from './monaco';

/**
 * A read-only inline Monaco diff of two short texts (published German vs. a suggestion). Word
 * wrap on and no line numbers: these are sentences, not code.
 */
export function DiffView({ original, modified, ariaLabel }: { original: string; modified: string; ariaLabel: string }) {
  const host = useRef<HTMLDivElement>(null);
  const diff = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  const models = useRef<{ a: monaco.editor.ITextModel; b: monaco.editor.ITextModel } | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const a = monaco.editor.createModel(original, 'plaintext');
    const b = monaco.editor.createModel(modified, 'plaintext');
    const d = monaco.editor.createDiffEditor(el, {
      automaticLayout: true,
      readOnly: true,
      originalEditable: false,
      renderSideBySide: false,
      wordWrap: 'on',
      diffWordWrap: 'on',
      lineNumbers: 'off',
      minimap: { enabled: false },
      glyphMargin: false,
      folding: false,
      scrollBeyondLastLine: false,
      renderOverviewRuler: false,
      renderIndicators: true,
      lineDecorationsWidth: 4,
      fontSize: 13,
      lineHeight: 20,
      ariaLabel,
      scrollbar: { verticalScrollbarSize: 8, useShadows: false },
      hideUnchangedRegions: { enabled: false },
    });
    d.setModel({ original: a, modified: b });
    diff.current = d;
    models.current = { a, b };
    return () => {
      d.dispose();
      a.dispose();
      b.dispose();
      diff.current = null;
      models.current = null;
    };
  }, []);

  useEffect(() => {
    const m = models.current;
    if (!m) return;
    if (m.a.getValue() !== original) m.a.setValue(original);
    if (m.b.getValue() !== modified) m.b.setValue(modified);
  }, [original, modified]);

  return <div ref={host} className="diff-view" data-testid="review-diff" />;
}
