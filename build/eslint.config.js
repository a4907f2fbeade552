// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Boundary rules from ../shared/architecture.md, enforced here:
 * - shared/ imports neither renderer/ nor electron/, nor React, Dexie, Electron or Node;
 * - renderer/ never imports electron/ (types come through shared/ipc);
 * - electron/ never imports renderer/;
 * - only renderer/src/db touches Dexie; only renderer/src/state imports zustand.
 */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url'];

// Import rules for renderer code, cumulative: later folders add restrictions to earlier ones.
const rendererBase = [
  { group: ['**/electron/**', 'electron'], message: 'The renderer reaches the OS only through window.vakwerk (renderer/src/platform).' },
  { group: nodeBuiltins, message: 'The renderer runs sandboxed: no Node built-ins.' },
];
const outsideDb = [...rendererBase, { group: ['dexie'], message: 'Only renderer/src/db touches Dexie; use a repository.' }];
const outsideDbAndState = [...outsideDb, { group: ['zustand', 'zustand/*'], message: 'Create stores through renderer/src/state.' }];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ is imported by both sides and imports neither.' },
            { group: ['react', 'react-*', 'dexie', 'dexie-*', 'electron', 'zustand'], message: 'shared/ is pure TypeScript.' },
            { group: nodeBuiltins, message: 'shared/ runs in the browser too: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Vakwerk does not use the React Compiler; this rule only reports that TanStack Table's
      // hooks would be skipped by it.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', { patterns: rendererBase }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: outsideDb }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**', 'renderer/src/state/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: outsideDbAndState }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'Main and preload never import renderer code.' }] },
      ],
    },
  },
  {
    files: ['build/**/*.{js,mjs,ts}', 'tests/**/*.{ts,tsx,mjs,js}', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
