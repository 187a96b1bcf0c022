// The lint rules that keep the architecture honest: the pipeline is pure data in, data out,
// storage/API/CLI sit beside it, and the Electron shell and the renderer sit on top.
import tseslint from 'typescript-eslint';

const PURE = ['domain', 'text', 'ingest', 'structure', 'rubric', 'detectors', 'pipeline', 'moderation', 'export'];

const shellOnly = [
  { group: ['electron', 'electron/*'], message: 'core/ never imports Electron: it runs in workers, the CLI and tests too.' },
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'core/ never imports React.' },
  { group: ['**/renderer/**', '**/electron/**'], message: 'core/ never imports the shell or the renderer.' },
];

// pdfjs's legacy build replaces built-ins as it loads; the one module that loads it puts them back.
const onePdfjs = [
  { group: ['pdfjs-dist', 'pdfjs-dist/*', 'pdf-parse'], message: 'Load pdfjs through core/ingest/pdfjs.ts, which puts back the built-ins its polyfills replace.' },
];

const impure = [
  { group: ['**/store', '**/store/**', '**/api', '**/api/**', '**/cli', '**/cli/**'], message: 'The pipeline takes data and returns data: no storage, API or CLI here.' },
  { group: ['better-sqlite3'], message: 'The pipeline never touches the database.' },
  { group: ['node:fs', 'fs', 'node:fs/*', 'fs/*', 'node:child_process', 'child_process', 'node:worker_threads', 'worker_threads'], message: 'The pipeline takes bytes, not paths: read files in core/store, core/api or core/cli.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'test/output/**', 'test/scratch/**', 'bench/output/**', 'renderer/dist/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...shellOnly, ...onePdfjs] }] },
  },
  {
    files: PURE.map((folder) => `core/${folder}/**/*.ts`),
    ignores: PURE.map((folder) => `core/${folder}/**/*.test.ts`),
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...shellOnly, ...impure, ...onePdfjs] }] },
  },
  {
    files: ['core/ingest/pdfjs.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...shellOnly, ...impure] }] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/core/**', '!**/core/domain/**', '!**/core/api/contract*'], allowTypeImports: true, message: 'The renderer imports core types only; it talks to core through the API.' },
          { group: ['electron', 'better-sqlite3', 'node:*'], message: 'The renderer runs sandboxed: no Electron, database or Node modules.' },
        ],
      }],
    },
  },
);
