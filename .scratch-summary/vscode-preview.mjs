// Scratch: the summary preview in code-server. node_modules/.bin/node .scratch-summary/vscode-preview.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchChromium, openWorkbench, projectRoot, sleep, startCodeServer } from '../scripts/code-server.mjs';

const out = '/tmp/summ/vscode';
fs.mkdirSync(out, { recursive: true });
const examples = path.join(projectRoot, 'examples');
const work = fs.mkdtempSync('/tmp/summ/ws-');
for (const f of fs.readdirSync(examples)) fs.copyFileSync(path.join(examples, f), path.join(work, f));
const FILE = '02-sclerosis.calc';
const server = await startCodeServer({ folder: work, linkExtension: projectRoot, output: path.join(out, 'code-server.log'), keepLogs: path.join(out, 'logs') });
let currentPage;
const browser = await launchChromium();
const log = (...a) => console.log(new Date().toISOString().slice(11, 19), ...a);
try {
    const url = server.workbenchUrl(work, { openFile: path.join(work, FILE) });
    const { page } = await openWorkbench(browser, url, { colorScheme: 'light' });
    currentPage = page;
    await page.waitForSelector(`.tab.active[aria-label*="${FILE}"]`, { timeout: 30_000 });
    await sleep(4000);
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('v');
    log('asked for the preview to the side (ctrl+k v)');
    await sleep(3000);
    if (await page.locator('iframe.webview').count() === 0) {
        log('no webview after ctrl+k v: clicking the editor title button');
        await page.locator('.editor-actions [aria-label*="Management Summary"]').first().click();
    }
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('#calc-summary-root h1').waitFor({ timeout: 60_000 });
    log('preview shows', await frame.locator('#calc-summary-root h1').innerText());
    await sleep(1500);
    await page.screenshot({ path: path.join(out, 'preview-light.png') });
    log('tabs', await page.locator('.tab').allInnerTexts());

    // Type: weight 62 -> 70, then expect the range to follow.
    const t0 = Date.now();
    const gotoWeight = async (value) => {
        await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('Control+Home');
        await page.keyboard.press('Control+F');
        await page.keyboard.type(`weight ${value}`);
        await page.keyboard.press('Escape');
        await page.keyboard.press('End');
        for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    };
    await gotoWeight(62);
    await page.keyboard.type('70 kg', { delay: 60 });
    const t1 = Date.now();
    await frame.locator('text=× 70 kg = 140–280 mg/day').first().waitFor({ timeout: 20_000 });
    log(`updated after the last key in ${Date.now() - t1} ms (typing took ${t1 - t0} ms)`);

    // Scroll the preview, edit, check scroll stays.
    const scrollBefore = await frame.locator('body').evaluate(() => { window.scrollTo(0, 1500); return window.scrollY; });
    await sleep(300);
    await gotoWeight(70);
    await page.keyboard.type('64 kg', { delay: 40 });
    await frame.locator('text=× 64 kg = 128–256 mg/day').first().waitFor({ timeout: 20_000 });
    const scrollAfter = await frame.locator('body').evaluate(() => window.scrollY);
    log('scroll before/after update', scrollBefore, scrollAfter);

    // A syntax error: the last good summary with a banner.
    await page.keyboard.type(' oops', { delay: 40 });
    await frame.locator('.banner').waitFor({ timeout: 20_000 });
    log('banner:', await frame.locator('.banner').innerText(), '| still shows', await frame.locator('text=× 64 kg').count());
    await frame.locator('body').evaluate(() => window.scrollTo(0, 0));
    await sleep(500);
    await page.screenshot({ path: path.join(out, 'preview-syntax-error.png') });
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    await frame.locator('.banner').waitFor({ state: 'detached', timeout: 20_000 });
    log('banner gone after the fix');

    // Reveal: click the first "line N" button.
    await page.keyboard.press('Control+Home');
    const button = frame.locator('button.reveal').first();
    const line = await button.getAttribute('data-line');
    await button.click();
    await sleep(1000);
    const status = await page.locator('.statusbar-item[id*="selection"], #status\\.editor\\.selection').first().innerText().catch(() => '?');
    log('clicked reveal of line', line, '→ status bar', status);
    await page.screenshot({ path: path.join(out, 'preview-after-reveal.png') });

    // Reload the window: the serializer restores the preview.
    await sleep(1500);
    await page.keyboard.press('F1');
    await page.keyboard.type('Developer: Reload Window');
    await sleep(500);
    await page.keyboard.press('Enter');
    await sleep(5000);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    log('after reload, tabs', await page.locator('.tab').allInnerTexts());
    const restored = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await restored.locator('#calc-summary-root h1').waitFor({ timeout: 60_000 });
    log('restored after reload:', await restored.locator('#calc-summary-root h1').innerText());
    await page.context().close();

    // Dark theme.
    server.updateSettings({ 'workbench.colorTheme': 'Default Dark Modern' });
    const dark = await openWorkbench(browser, url, { colorScheme: 'dark' });
    await dark.page.waitForSelector(`.tab[aria-label*="${FILE}"]`, { timeout: 30_000 });
    const darkFrame = dark.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await darkFrame.locator('#calc-summary-root h1').waitFor({ timeout: 60_000 }).catch(async () => {
        await dark.page.click('.monaco-editor .view-lines'); await dark.page.keyboard.press('Control+K'); await dark.page.keyboard.press('V');
        await darkFrame.locator('#calc-summary-root h1').waitFor({ timeout: 60_000 });
    });
    await sleep(1500);
    await dark.page.screenshot({ path: path.join(out, 'preview-dark.png') });
    server.updateSettings({ 'workbench.colorTheme': 'Default High Contrast' });
    await dark.page.context().close();
    const hc = await openWorkbench(browser, url, { colorScheme: 'dark' });
    const hcFrame = hc.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await hcFrame.locator('#calc-summary-root h1').waitFor({ timeout: 60_000 });
    await sleep(1500);
    await hc.page.screenshot({ path: path.join(out, 'preview-high-contrast.png') });
    log('done');
} catch (error) {
    console.error('FAILED', error);
    await currentPage?.screenshot({ path: path.join(out, 'failure.png') }).catch(() => {});
} finally {
    await browser.close();
    await server.stop();
}
