import fs from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Feature boundaries of the web app: a file in features/X may import only shared/ and
 * features/X itself, and shared/ may import no feature (and not app/). Import strings are
 * relative, so the patterns are made per feature and per folder depth: going up exactly to
 * features/ must continue into X, going up to src/ must continue into shared/.
 */
function featureBoundaries() {
  const featuresDir = 'apps/web/src/features';
  const absolute = `${import.meta.dirname}/${featuresDir}`;
  const up = (levels) => '(\\.\\./){' + levels + '}';
  const configs = [];
  for (const feature of fs.readdirSync(absolute, { withFileTypes: true })) {
    if (!feature.isDirectory()) continue;
    for (let depth = 1; depth <= 4; depth += 1) {
      const message = `features/${feature.name} may import only shared/ and itself (see docs/WEB.md, "Boundaries").`;
      const folder = `${featuresDir}/${feature.name}/${'*/'.repeat(depth - 1)}`;
      // Tests may also use the test helpers in src/test (renderWithI18n …); app code may not.
      for (const [files, ignores, allowed] of [
        [`${folder}*.{ts,tsx}`, [`${folder}*.test.{ts,tsx}`], 'shared'],
        [`${folder}*.test.{ts,tsx}`, [], '(?:shared|test)'],
      ]) {
        configs.push({
          files: [files],
          ignores,
          rules: {
            'no-restricted-imports': [
              'error',
              {
                patterns: [
                  { regex: `^${up(depth)}(?!${feature.name}(/|$)|\\.\\.(/|$))`, message },
                  { regex: `^${up(depth + 1)}(?!${allowed}(/|$)|\\.\\.(/|$))`, message },
                  { regex: `^${up(depth + 2)}`, message },
                ],
              },
            ],
          },
        });
      }
    }
  }
  configs.push({
    files: ['apps/web/src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(features|app)(/|$)',
              message: 'shared/ may not import features/ or app/ (see docs/WEB.md, "Boundaries").',
            },
          ],
        },
      ],
    },
  });
  return configs;
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '.tmp/**', 'coverage/**', 'bench/.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      eqeqeq: ['error', 'always'],
      // Fastify plugins must be async functions even when they register routes synchronously.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...featureBoundaries(),
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  { files: ['eslint.config.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
