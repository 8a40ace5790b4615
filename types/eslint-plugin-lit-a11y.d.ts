/** eslint-plugin-lit-a11y 5 ships no type declarations: what eslint.config.js takes from it. */
declare module 'eslint-plugin-lit-a11y' {
  import type { ESLint, Linter } from 'eslint';

  const plugin: ESLint.Plugin;
  export default plugin;
  /** Its recommended rules, each `lit-a11y/NAME`. */
  export const recommendedRules: Linter.RulesRecord;
}
