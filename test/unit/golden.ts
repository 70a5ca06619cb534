/**
 * Golden files, as vitest's file snapshots: a golden that differs fails; one that is missing fails
 * under CI=true (locally vitest writes it and says so). `npm run test:update-goldens` rewrites them:
 * review the diff by eye.
 */
import { expect } from 'vitest';

export async function expectGolden(actual: string, file: string): Promise<void> {
    await expect(actual).toMatchFileSnapshot(file, 'if the change is meant, `npm run test:update-goldens` rewrites the golden');
}
