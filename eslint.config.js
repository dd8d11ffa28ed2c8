import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The scanner and sync cores stay pure: no Action toolkit, no CLI, and neither imports the other. */
const boundary = (from, forbidden) => ({
  files: [`src/${from}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          group: [group],
          message: `src/${from} must not import ${group}`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.ci/**', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  boundary('scanner', ['@actions/*', '**/cli/**', '**/sync/**', '**/action/**']),
  boundary('sync', ['@actions/*', '**/cli/**', '**/scanner/**', '**/action/**']),
);
