// Lint policy: strict TypeScript, hooks, accessibility, one-way imports
// (domain ← bundle, db ← features ← app; features never import each other),
// and no untranslated text in JSX.
import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import i18next from 'eslint-plugin-i18next';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every folder under src/features is a feature: no list to keep up to date.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Each feature may not import any other feature. */
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features do not import each other; share through db/, ui/ or domain/.',
}));

export default tseslint.config(
  {
    ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'dev-dist', 'bench/results'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
          'newlines-between': 'always',
          alphabetize: { order: 'asc' },
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: ['./src/bundle', './src/db', './src/features', './src/ui', './src/app', './src/i18n', './src/pwa'],
              message: 'domain/ is the pure core: it imports nothing of ours.',
            },
            {
              target: './src/bundle',
              from: ['./src/db', './src/features', './src/ui', './src/app', './src/i18n', './src/pwa'],
              message: 'bundle/ is pure: it imports only domain/.',
            },
            {
              target: './src/db',
              from: ['./src/features', './src/ui', './src/app', './src/pwa'],
              message: 'db/ imports only domain/ and bundle/.',
            },
            {
              target: './src/ui',
              from: ['./src/features', './src/app', './src/db', './src/bundle'],
              message: 'ui/ holds primitives that know nothing about measures.',
            },
            {
              target: './src/features',
              from: ['./src/app'],
              message: 'Only app/ composes features.',
            },
            {
              target: './src/forms',
              from: ['./src/features', './src/app'],
              message: 'forms/ is shared form plumbing: it knows no feature.',
            },
            {
              target: ['./src/domain', './src/bundle', './src/db', './src/ui'],
              from: './src/forms',
              message: 'Only features (and app/) use forms/.',
            },
            ...featureZones,
          ],
        },
      ],
    },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/bundle/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'dexie', 'dexie-*', 'i18next', 'wouter'], message: 'The pure core imports no React, Dexie or i18n.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The pure core has no DOM.' },
        { name: 'document', message: 'The pure core has no DOM.' },
        { name: 'localStorage', message: 'The pure core has no storage.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain never reads the clock: take `today` or `now` as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain never reads the clock: take `today` or `now` as an argument.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Only attributes a person reads or hears need translating.
          'jsx-attributes': { include: ['^(alt|aria-label|aria-description|title|placeholder|label)$'] },
          // Form field names and format options are code, not text.
          callees: {
            exclude: ['i18n(ext)?', 't', 'register', 'useWatch', 'watch', 'getFieldState', 'number', 'date'],
          },
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'bench/**', 'scripts/**'],
    rules: {
      'i18next/no-literal-string': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
