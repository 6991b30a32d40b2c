import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint/layers.js';

export default tseslint.config(
  { ignores: ['target', 'node_modules', 'src/lib/api/schema.d.ts', 'playwright-report', 'test-results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    // All text goes through i18n keys (STYLE 15).
    files: ['src/**/*.tsx'],
    ignores: ['src/**/__tests__/**', 'src/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/[A-Za-zÆØÅæøå]/]', message: 'Put user-visible text in src/i18n and use t().' },
      ],
    },
  },
  {
    // Imports flow one way: shared -> features -> app; no feature imports another feature (eslint/layers.js).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { pejling: layers },
    rules: { 'pejling/layers': 'error' },
  },
);
