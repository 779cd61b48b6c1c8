// @ts-check
import {builtinModules} from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The pure core (src/lib) holds the model of a manual and every rule about
 * it; the plugin, the theme and the CLI are shells over it. These imports
 * would tie the core to one of its shells, so they fail `npm test`.
 */
const SHELL_PACKAGES = [
  {group: ['react', 'react/**', 'react-dom', 'react-dom/**'], message: 'The core renders nothing: React belongs in src/components or src/theme.'},
  {
    group: ['@docusaurus/**', '@theme/**', '@theme-original/**', '@site/**', '@generated/**'],
    message: 'The core knows nothing of Docusaurus: use it from src/plugin.',
  },
  {group: ['node:*', ...builtinModules], message: 'The core touches no disk or process: pass data in from src/node or scripts.'},
];

/** A relative import that climbs out of src/lib, from a file `depth` folders below it. */
const leavingCore = (depth) => ({
  group: [`${'../'.repeat(depth + 1)}**`],
  message: 'The core imports only from src/lib: move what it needs into the core, or pass it in.',
});

const coreBoundary = (files, depth) => ({
  files,
  // Tests of the core may use Node to set up what they check, as tsconfig allows.
  ignores: ['**/*.test.ts'],
  rules: {'no-restricted-imports': ['error', {patterns: [...SHELL_PACKAGES, leavingCore(depth)]}]},
});

export default tseslint.config(
  {ignores: ['build/**', 'bench-work/**', '**/.docusaurus/**', '.work/**', 'node_modules/**', 'test-results/**', 'history/**', 'docs/**']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs,cjs}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'}],
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
    },
  },
  {
    // CommonJS entry points and the plain Docusaurus site the benchmark builds.
    files: ['**/*.cjs', 'scripts/bench/plain-site/*.js'],
    languageOptions: {sourceType: 'commonjs', globals: globals.node},
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    // The service worker's own code, compiled into the worker by @docusaurus/plugin-pwa.
    files: ['src/sw/*.js'],
    languageOptions: {globals: globals.serviceworker},
  },
  coreBoundary(['src/lib/*.ts'], 0),
  coreBoundary(['src/lib/*/*.ts'], 1),
  coreBoundary(['src/lib/*/*/*.ts'], 2),
);
