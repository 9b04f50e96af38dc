// Lint: typescript-eslint's recommended type-aware rules on src, test, demo and stories;
// plain recommended rules on the Node scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // test/consumers/ is type-checked against the packed package by `npm run test:consumers` (one file must fail).
  { ignores: ['dist/', 'dist-check/', 'node_modules/', 'storybook-static/', '.tmp/', 'test/consumers/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Chai's `expect(x).to.be.true` is a property read by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=1][arguments.0.type='Literal'][arguments.0.raw=/^['\"]/]",
          message: 'Never pass a date string to new Date(): keep calendar fields (DESIGN.md §5).',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      // core is pure: no DOM, no window, no document (STYLE.md).
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'customElements', 'HTMLElement', 'fetch'],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      // @open-wc/testing types every chai assertion as thenable, so plain expect() lines look like promises.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
);
