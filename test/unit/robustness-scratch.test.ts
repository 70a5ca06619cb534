import { it } from 'vitest';
import { validate } from './helpers.js';

it('poison', async () => {
    try { await validate('case A { labs { ' + 'calcium 9.4\n'.repeat(5000) + '} }'); } catch (e) { console.log('1st', (e as Error).message); }
    for (let i = 0; i < 3; i++) {
        try { const d = await validate('case B { }'); console.log('after', d.diagnostics?.length); } catch (e) { console.log('after', (e as Error).message); }
    }
});
