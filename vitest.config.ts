import { defineConfig } from 'vitest/config';

// Unit tests only: test/vscode runs inside a real VS Code (npm run test:vscode).
export default defineConfig({
    // The extension's webview panels are tested against a fake of the few vscode APIs they use.
    resolve: { alias: { vscode: new URL('./test/unit/fake-vscode.ts', import.meta.url).pathname } },
    test: {
        include: ['test/unit/**/*.test.ts'],
        testTimeout: 20000
    }
});
