import { defineConfig } from 'vitest/config';

// Unit tests only: test/vscode runs inside a real VS Code (npm run test:vscode).
export default defineConfig({
    test: {
        include: ['test/unit/**/*.test.ts'],
        testTimeout: 20000
    }
});
