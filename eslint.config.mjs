// Lint: typescript-eslint for all TypeScript; Microsoft's Office add-in rules for the code that calls Office.js.
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const officeRules = officeAddins.rules ?? officeAddins.default?.rules;

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'out/', 'coverage/', '.lo-profile/', 'tests/.tmp/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/addin/**/*.ts'],
    plugins: { 'office-addins': { rules: officeRules } },
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'office-addins/no-empty-load': 'warn',
    },
  },
  {
    // The engine: short functions, and no decision by language code outside the language packs (a
    // language's words and grammar live in its pack, chosen by localeFor; see docs/ARCHITECTURE.md).
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/locale/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(zh-CN|en-US)$/]',
          message: 'Compare no language code outside src/engine/locale/: put the words in the packs.',
        },
        {
          selector: 'SwitchCase > Literal[value=/^(zh-CN|en-US)$/]',
          message: 'Switch on no language code outside src/engine/locale/: put the words in the packs.',
        },
      ],
    },
  },
  {
    files: ['src/engine/locale/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx', 'scripts/**/*', '*.js', 'bin/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
