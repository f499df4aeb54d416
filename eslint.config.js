import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The house plan, enforced (ADR 0007): platform never imports a feature or the app; a
 * feature reaches another feature only through its public `index.ts`; no import cycles;
 * no file over 300 physical lines.
 */
export const housePlan = {
  files: ['src/**/*.ts', 'src/**/*.tsx'],
  plugins: { boundaries, 'import-x': importX },
  settings: {
    'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    'import-x/extensions': ['.ts', '.tsx', '.js'],
    'boundaries/files': [
      { category: 'test', pattern: '**/*.{test,testing}.{ts,tsx}' },
      { category: 'composition', pattern: ['src/*.{ts,tsx}', 'src/features/index.ts'] },
    ],
    'boundaries/elements': [
      { type: 'platform', pattern: 'src/platform' },
      { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
      { type: 'testing', pattern: 'src/testing' },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        policies: [
          {
            from: { element: { type: 'platform' } },
            disallow: [{ to: { element: { types: ['feature', 'testing'] } } }, { to: { file: { categories: 'composition' } } }],
            message: 'The platform never imports a feature or the app: features plug into the platform, not the other way round.',
          },
          {
            from: { element: { type: 'feature' } },
            disallow: {
              to: {
                element: { types: ['feature'], captured: { feature: '!{{from.element.captured.feature}}' }, fileInternalPath: '!index.ts' },
              },
            },
            message: 'A feature reaches another feature only through its public index.ts.',
          },
          {
            from: { element: { type: 'feature' } },
            disallow: { to: { file: { categories: 'composition' } } },
            message: 'A feature never imports the app or the list of features.',
          },
          {
            from: { element: { types: ['feature', 'platform'] } },
            disallow: { to: { element: { type: 'testing' } } },
            message: 'Only tests use the app-wide test harness (src/testing).',
          },
          {
            from: { element: { type: 'feature' }, file: { categories: 'test' } },
            allow: { to: { element: { type: 'testing' } } },
          },
        ],
      },
    ],
    'import-x/no-cycle': ['error', { ignoreExternal: true }],
    'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
  },
};

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs', '.ci/*.mjs'] } },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'max-lines-per-function': ['warn', { max: 100, skipBlankLines: true, skipComments: true }],
      complexity: ['warn', 12],
      'no-warning-comments': ['warn', { terms: ['todo', 'fixme', 'xxx'] }],
    },
  },
  housePlan,
  {
    // Tests read JSON bodies as any and describe whole journeys; migrations describe whole tables.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', 'src/**/migrations/*.ts', '**/*.demo.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      'max-lines-per-function': 'off',
    },
  },
  {
    files: ['src/**/assets/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/*.mjs', '.ci/*.mjs', '*.js'],
    languageOptions: { globals: globals.node },
  },
);
