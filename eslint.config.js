// Lint rules, and the import boundaries between layers (design §1):
// shared/ is pure (no Electron, React, zustand, Node or DOM); renderer/ reaches nothing but
// shared/ and window.api; electron/services and the CLI never import 'electron'.

import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const node = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeMessage = 'Node APIs belong in electron/ (services, main); this layer must run without Node.';

const restrict = (paths, patterns) => ['error', { paths, patterns }];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'coverage/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Node scripts and configs in plain JavaScript.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          ...node.map((name) => ({ name, message: nodeMessage })),
          { name: 'electron', message: 'shared/ is pure domain code: no Electron.' },
          { name: 'react', message: 'shared/ is pure domain code: no React.' },
          { name: 'react-dom', message: 'shared/ is pure domain code: no React.' },
          { name: 'zustand', message: 'shared/ is pure domain code: no UI state.' },
        ],
        [
          { group: ['**/electron/**', '**/renderer/**', 'react-dom/*', 'zustand/*'], message: 'shared/ imports nothing from the other layers.' },
        ],
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': restrict(
        [
          ...node.map((name) => ({ name, message: nodeMessage })),
          { name: 'electron', message: 'The renderer reaches the system only through window.api.' },
        ],
        [
          { group: ['**/electron/**'], message: 'The renderer reaches the system only through window.api.' },
        ],
      ),
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'electron/cli.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [{ name: 'electron', message: 'Services and the CLI run without Electron (tests, command line).' }],
        [{ group: ['**/electron/main/**', '**/electron/preload/**', '**/renderer/**'], message: 'Services stand below main and preload.' }],
      ),
    },
  },
);
