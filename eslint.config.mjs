// ESLint for the whole tree (`npm run lint`, after tsc): typescript-eslint's type-checked
// recommended rules on the TypeScript (25 s on 2 cores), ESLint's recommended ones on the scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
    { ignores: ['out/', 'node_modules/', '.vscode-test/', 'src/language/generated/', 'bench/_scratch*/', '.scratch*/'] },
    js.configs.recommended,
    {
        files: ['**/*.ts'],
        extends: [tseslint.configs.recommendedTypeChecked],
        languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname } },
        rules: {
            // Langium binds each validation check to its validator (ValidationRegistry.register(checks, validator)).
            '@typescript-eslint/unbound-method': 'off',
            // An async callback of VS Code or Langium keeps its Promise contract with no await in it.
            '@typescript-eslint/require-await': 'off',
            // `_` names a value left out on purpose (a destructured field, an unused parameter).
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
            // A caught value is passed on as it came (its type is unknown).
            '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
            // The escapers match control characters on purpose, to strip them.
            'no-control-regex': 'off'
        }
    },
    {
        // Tests read JSON.parse'd output and use vitest's asymmetric matchers, both typed any.
        files: ['test/**/*.ts'],
        rules: {
            '@typescript-eslint/no-unsafe-assignment': 'off',
            '@typescript-eslint/no-unsafe-member-access': 'off',
            '@typescript-eslint/no-unsafe-call': 'off',
            '@typescript-eslint/no-unsafe-argument': 'off',
            '@typescript-eslint/no-unsafe-return': 'off'
        }
    },
    {
        // Node scripts; Playwright's page.evaluate callbacks in them run in the page.
        files: ['**/*.{js,mjs,cjs}'],
        languageOptions: { globals: { ...globals.node, ...globals.browser } }
    },
    {
        // The webview scripts run in the page, not in Node.
        files: ['media/**/*.js'],
        languageOptions: { globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } }
    }
);
