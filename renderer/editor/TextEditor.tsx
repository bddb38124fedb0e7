import { useEffect, useRef } from 'react';
import { monaco, proseOptions } from './monaco';

const ADVANCED_WRAP_LIMIT = 200_000;

export interface TextEditorProps {
  /** Stable identity of the document: a new id means a new model (and a fresh undo history). */
  docKey: string;
  text: string;
  readOnly: boolean;
  ariaLabel: string;
  /** BCP 47 tag of the text, for screen readers and hyphenation. */
  lang: string;
  onChange?: (text: string) => void;
  /** The raw edits (offsets into the text before the edit), for moving spans along. */
  onEdits?: (edits: { at: number; removed: number; inserted: number }[]) => void;
  onCursor?: (line: number, column: number) => void;
  onMount?: (editor: monaco.editor.IStandaloneCodeEditor) => void;
  testId?: string;
}

/**
 * One Monaco editor over a document's text. The model is created per `docKey`; later changes of
 * `text` from outside (e.g. after a save round-trip) are applied only when they differ, so the
 * user's cursor and undo history survive their own edits coming back.
 */
export function TextEditor({ docKey, text, readOnly, ariaLabel, lang, onChange, onEdits, onCursor, onMount, testId }: TextEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const callbacks = useRef({ onChange, onEdits, onCursor });
  callbacks.current = { onChange, onEdits, onCursor };
  // Text set from outside is not a user edit: no save, no span shifting.
  const external = useRef(false);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const model = monaco.editor.createModel(text, 'plaintext');
    // Measured (advanced) wrapping costs a DOM measurement per line: beyond a long article,
    // fall back to Monaco's fast estimate so that opening stays quick.
    const wrappingStrategy = text.length > ADVANCED_WRAP_LIMIT ? 'simple' : 'advanced';
    // A read-only text is read, not typed into: Tab moves the focus on (Monaco's tab-focus mode).
    const editor = monaco.editor.create(el, { ...proseOptions, model, readOnly, ariaLabel, domReadOnly: readOnly, tabFocusMode: readOnly, wrappingStrategy });
    editorRef.current = editor;
    const subs = [
      model.onDidChangeContent((e) => {
        if (external.current) return;
        callbacks.current.onEdits?.(e.changes.map((c) => ({ at: c.rangeOffset, removed: c.rangeLength, inserted: c.text.length })));
        callbacks.current.onChange?.(model.getValue());
      }),
      editor.onDidChangeCursorPosition((e) => callbacks.current.onCursor?.(e.position.lineNumber, e.position.column)),
    ];
    onMount?.(editor);
    return () => {
      for (const s of subs) s.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // The editor is rebuilt only for another document; text and flags are synced below.
  }, [docKey]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== text) {
      external.current = true;
      try {
        model.setValue(text);
      } finally {
        external.current = false;
      }
    }
  }, [text]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, domReadOnly: readOnly, tabFocusMode: readOnly, ariaLabel });
  }, [readOnly, ariaLabel]);

  return <div ref={host} className="text-editor" lang={lang} data-testid={testId} data-readonly={readOnly} />;
}
