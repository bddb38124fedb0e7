import tseslint from 'typescript-eslint';

// Layering rules (STYLE.md): a forbidden import is a lint error, and lint runs in `npm test`.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'stream', 'util', 'zlib', 'worker_threads'];
const pattern = (group, message) => ({ group, message });
const rendererPatterns = [
  pattern(nodeBuiltins, 'The renderer is sandboxed: no Node built-ins.'),
  pattern(['electron', 'electron/*'], 'The renderer never imports electron; use renderer/api.'),
  pattern(['**/electron/**'], 'The renderer may not import main-process code.'),
  pattern(['better-sqlite3', 'deepl-node'], 'The renderer has no database or MT access; go through the api.'),
];

export default tseslint.config(
  { ignores: ['.tmp*/**', 'dist/**', 'release/**', 'node_modules/**', 'test-artifacts/**', 'bench-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(nodeBuiltins, 'shared/ is pure TypeScript: no Node built-ins.'),
            pattern(['electron', 'electron/*'], 'shared/ must not import electron.'),
            pattern(['react', 'react-dom', 'react/*', 'react-dom/*', 'monaco-editor', 'monaco-editor/*'], 'shared/ has no UI code.'),
            pattern(['**/electron/**', '**/renderer/**', '../electron/*', '../renderer/*'], 'shared/ may not import the runtimes.'),
            pattern(['better-sqlite3', 'deepl-node', 'iconv-lite', 'jschardet'], 'shared/ has no I/O or native dependencies.'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: rendererPatterns }] },
  },
  {
    // The model does not know its views: state/ is imported by features/, editor/ and app/, never the reverse
    // (React only for the hooks that bind the model to components).
    files: ['renderer/state/**/*.ts', 'renderer/state/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererPatterns,
            pattern(['**/features/**', '**/editor/**', '**/app/**', '**/ui/**', 'monaco-editor', 'monaco-editor/*'], 'renderer/state holds the model: it never imports views or editors (features/, editor/, app/, ui/).'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [pattern(['**/renderer/**', '../renderer/*', '../../renderer/*'], 'electron/ never imports renderer code.')] },
      ],
    },
  },
  {
    // Code that tests load must not pull in electron at run time (its binary cannot be fetched).
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/index.ts', 'electron/preload/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Import electron only as `import type` outside main/index.ts and preload.', allowTypeImports: true }] },
      ],
    },
  },
);
