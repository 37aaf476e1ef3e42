// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

const forbidden = (names) =>
  names.map((name) => ({
    name,
    message: 'src/domain is pure: no React, XState, jsPDF, docx or i18next here.',
  }));

/** The feature folders under src/ui. */
const FEATURES = ['scan', 'report', 'compare', 'workshop', 'screens'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'dist-bench',
      '.tmp',
      '.lighthouse',
      'test-results*',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'src/report/pdf/fonts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'jsx-a11y/label-has-associated-control': ['error', { assert: 'either', depth: 4 }],
      // UI text comes from the locale files: no literal strings in JSX
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only', 'should-validate-template': true }],
    },
  },
  {
    files: ['src/**/*.test.tsx'],
    rules: { 'i18next/no-literal-string': 'off' },
  },
  {
    // dependencies point one way: the domain imports nothing from the outer layers or UI libraries
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbidden([
            'react',
            'react-dom',
            'xstate',
            '@xstate/react',
            'jspdf',
            'docx',
            'i18next',
            'react-i18next',
            'zod',
          ]),
          patterns: [
            { group: ['react/*', 'react-dom/*', 'xstate/*', 'jspdf/*'], message: 'src/domain is pure.' },
            {
              group: ['../content/*', '../machines/*', '../report/*', '../storage/*', '../ui/*', '../i18n/*'],
              message: 'src/domain must not import outer layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/content/**/*.ts', 'src/machines/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'jspdf', 'docx', 'react-i18next'],
          patterns: [
            {
              group: ['../ui/*', '../report/*', '../storage/*'],
              message: 'Layers point one way: domain -> content -> machines -> report/storage -> ui.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/report/**/*.ts', 'src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'react-i18next'],
          patterns: [
            { group: ['../ui/*', '../../ui/*'], message: 'report and storage do not import the UI.' },
          ],
        },
      ],
    },
  },
  // feature folders under src/ui do not import each other: what they share lives in src/ui/components
  ...FEATURES.map((feature) => ({
    files: [`src/ui/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FEATURES.filter((f) => f !== feature).map((f) => `../${f}/*`),
              message:
                'Feature folders under src/ui do not import each other; share through src/ui/components.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/ui/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FEATURES.map((f) => `../${f}/*`),
              message: 'Shared components do not import a feature folder.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'tests/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'vitest.setup.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
