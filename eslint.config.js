// @ts-check
/**
 * ESLint for the whole tree: `npm run lint` checks (with Prettier), `npm run lint:fix` fixes what it
 * can. The recommended rules of ESLint, of typescript-eslint with type information, of Lit and of
 * lit-a11y, and three of eslint-plugin-wc's, tuned to report defects, not taste; formatting is
 * Prettier's alone. typescript-eslint runs on TypeScript 6.0 while `tsc` is 7 (why and how:
 * tools/typescript-eslint/README.md).
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { configs as lit } from 'eslint-plugin-lit';
import litA11y, { recommendedRules as litA11yRecommended } from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from '@campus-signage/typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'test-results/', 'bench/tmp/', 'public/', 'content/', 'tools/', 'src/preview/generated/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  lit['flat/recommended'],
  {
    name: 'signage/defects',
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // The same leniency as tsc's noUnusedLocals and noUnusedParameters, so the two never disagree.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { args: 'all', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' },
      ],
      // The code writes `list[index]!` as if noUncheckedIndexedAccess were on: a habit that costs
      // nothing, not a defect, and the assertions become needed the day that flag is.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // DESIGN.md's known trap: a class field shadows a reactive property and the element never re-renders.
      'lit/no-classfield-shadowing': 'error',
      // A lifecycle override that forgets super.connectedCallback() and the like starts no controller.
      'lit/lifecycle-super': 'error',
    },
  },
  {
    name: 'signage/elements',
    files: ['src/**/*.ts'],
    plugins: { 'lit-a11y': litA11y, wc },
    // Lit elements are custom elements too (eslint-plugin-wc looks for HTMLElement subclasses).
    settings: { wc: { elementBaseClasses: ['LitElement', 'SlideElement'] } },
    rules: {
      // The staff preview page is used with a keyboard and a screen reader too; axe in the browser
      // tests sees the rendered page, these see the templates (a click handler with no key handler).
      ...litA11yRecommended,
      // DESIGN.md: one custom element a file, file name = tag name. (The plugin's recommended set is
      // left out: it takes Lit's reactive `lang` property for the attribute and wants guarded super calls.)
      'wc/max-elements-per-file': 'error',
      'wc/file-name-matches-element': 'error',
      'wc/tag-name-matches-class': ['error', { suffix: [] }],
    },
  },
  {
    name: 'signage/tests-and-bench',
    files: ['test/**', 'bench/**'],
    rules: {
      // Tests edit parsed JSON (any) and use vitest's asymmetric matchers (typed any) on purpose;
      // a wrong shape there fails the test itself. The source keeps these rules.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Fakes implement async interfaces (a file handle, fetch) with async functions that need no await.
      '@typescript-eslint/require-await': 'off',
    },
  },
);
