// ESLint (flat config) with typescript-eslint's recommended rules, kept modest: real mistakes, not style.
// CI runs it from .ci/run (`npm run lint`).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The Node globals the plain .mjs scripts use (TypeScript files are checked by tsc, which knows them).
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setImmediate', 'structuredClone', 'performance'].map((name) => [name, 'readonly']),
);

export default defineConfig(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'tests/fixtures/**', '.levelgate-tmp/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  { languageOptions: { globals: nodeGlobals } },
  {
    rules: {
      // Parsed YAML, JSON and webhook payloads are typed as any on purpose where zod or a check follows.
      '@typescript-eslint/no-explicit-any': 'off',
      // Spaces in a pattern are often the point (YAML indentation in the tests).
      'no-regex-spaces': 'off',
      // `_`-prefixed names are deliberately unused (callback positions, destructuring to drop a field).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  // Tests look for terminal colour codes and NUL bytes on purpose.
  { files: ['tests/**'], rules: { 'no-control-regex': 'off' } },
);
