// Slim Monaco: the editor core plus only the contributions Sverka uses. Importing
// 'monaco-editor' itself would pull in every language and the TypeScript worker.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/readOnlyMessage/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

export { monaco };

// Workers are bundled files served from 'self' (the CSP forbids blob: and remote workers).
self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

/** Matches the CSS custom properties in styles/app.css so editors sit flush in the layout. */
monaco.editor.defineTheme('sverka-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#ffffff',
    'editor.foreground': '#1f2328',
    'editorLineNumber.foreground': '#8c959f',
    'editorLineNumber.activeForeground': '#1f2328',
    'editor.lineHighlightBackground': '#f3f6fa',
    'editor.lineHighlightBorder': '#00000000',
    'editor.selectionBackground': '#b6d3f5',
    'editor.inactiveSelectionBackground': '#d8e5f5',
    'editorGutter.background': '#fafbfc',
    'editorCursor.foreground': '#0b5cad',
    'editorWidget.background': '#f6f8fa',
    'editorWidget.border': '#d0d7de',
    'scrollbarSlider.background': '#8c959f40',
    'scrollbarSlider.hoverBackground': '#8c959f70',
    'focusBorder': '#0b5cad',
  },
});

monaco.editor.defineTheme('sverka-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#1b1d21',
    'editor.foreground': '#d9dce1',
    'editorLineNumber.foreground': '#6b7280',
    'editorLineNumber.activeForeground': '#d9dce1',
    'editor.lineHighlightBackground': '#23262c',
    'editor.lineHighlightBorder': '#00000000',
    'editor.selectionBackground': '#264f78',
    'editor.inactiveSelectionBackground': '#2b3a4d',
    'editorGutter.background': '#1e2025',
    'editorCursor.foreground': '#6cb6ff',
    'editorWidget.background': '#25282e',
    'editorWidget.border': '#3a3f47',
    'scrollbarSlider.background': '#6b728040',
    'scrollbarSlider.hoverBackground': '#6b728070',
    'focusBorder': '#6cb6ff',
  },
});

export type ResolvedTheme = 'light' | 'dark';

export function setMonacoTheme(theme: ResolvedTheme): void {
  monaco.editor.setTheme(theme === 'dark' ? 'sverka-dark' : 'sverka-light');
}

/** Options shared by every prose editor: wrapped text, no code-editor clutter. */
export const proseOptions: monaco.editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  wordWrap: 'on',
  wrappingIndent: 'none',
  // Prose is set in a proportional font: measure real widths, not monospace columns.
  wrappingStrategy: 'advanced',
  minimap: { enabled: false },
  lineNumbers: 'on',
  lineNumbersMinChars: 3,
  glyphMargin: false,
  folding: false,
  renderLineHighlight: 'line',
  scrollBeyondLastLine: false,
  fontFamily: "'Source Serif 4', 'Noto Serif', 'PT Serif', Georgia, 'DejaVu Serif', serif",
  fontSize: 15,
  lineHeight: 24,
  padding: { top: 12, bottom: 12 },
  quickSuggestions: false,
  suggestOnTriggerCharacters: false,
  wordBasedSuggestions: 'off',
  occurrencesHighlight: 'off',
  selectionHighlight: false,
  unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
  renderWhitespace: 'none',
  guides: { indentation: false },
  stickyScroll: { enabled: false },
  overviewRulerBorder: false,
  hideCursorInOverviewRuler: true,
  scrollbar: { verticalScrollbarSize: 12, horizontalScrollbarSize: 12, useShadows: false },
  accessibilitySupport: 'auto',
  ariaLabel: 'Text',
  contextmenu: true,
};
