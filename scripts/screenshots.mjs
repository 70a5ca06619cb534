// Screenshots of the extension in a real VS Code (code-server + Debian's Chromium): an example
// with its squiggles, the Problems panel, a hover over a lab value, the completion lists of a
// history condition and of a lab unit, the quick-fix menu of a doubtful unit, and a dark-theme variant.
// The example is typed into but never saved: the files on disk are checked unchanged at the end.
// `npm run screenshots` takes them and copies them into docs/screenshots/; `npm run test:vscode`
// takes them too, after the tests, into test-results/screenshots/ only.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    installCodeServer, launchChromium, onShutdown, openWorkbench, projectRoot, runCommand, sleep, startCodeServer, webviewFrame
} from './code-server.mjs';

export const screenshotsDir = path.join(projectRoot, 'test-results', 'screenshots');
const docsDir = path.join(projectRoot, 'docs', 'screenshots');
const examples = path.join(projectRoot, 'examples');
const EXAMPLE = '04-inconsistent.calc';
const THEMES = { light: 'Default Light Modern', dark: 'Default Dark Modern' };
const LAB_VALUE = '2.4'; // the calcium of 04-inconsistent.calc, in mg/dL where mmol/L was meant

/**
 * Takes every screenshot in its own code-server, with the extension linked into the extensions
 * dir (a development window would ignore the colour theme); returns the PNG paths.
 */
export async function captureScreenshots({ browser }) {
    fs.mkdirSync(screenshotsDir, { recursive: true });
    const examplesBefore = examplesDigest();
    const server = await startCodeServer({
        folder: examples, linkExtension: projectRoot, output: path.join(screenshotsDir, 'code-server.log'),
        settings: { 'files.autoSave': 'off', 'editor.suggest.showStatusBar': false }
    });
    try {
        // `openFile` in the payload opens the example at start, no quick-open typing needed.
        const url = server.workbenchUrl(examples, { openFile: path.join(examples, EXAMPLE) });
        const shots = [];
        const shot = async (page, name) => {
            const file = path.join(screenshotsDir, name);
            await page.screenshot({ path: file });
            shots.push(file);
        };
        for (const colorScheme of ['light', 'dark']) {
            server.updateSettings({ 'workbench.colorTheme': THEMES[colorScheme] });
            const { page } = await openWorkbench(browser, url, { colorScheme });
            try {
                await showExampleWithSquiggles(page);
                await shot(page, `${EXAMPLE.replace('.calc', '')}-squiggles-${colorScheme}.png`);
                if (colorScheme === 'dark') continue;

                await page.keyboard.press('Control+Shift+M'); // View: Problems
                await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 15_000 });
                await sleep(1_000);
                await shot(page, `problems-panel-${colorScheme}.png`);
                await page.keyboard.press('Control+Shift+M');
                await page.waitForSelector('.markers-panel', { state: 'hidden', timeout: 5_000 }).catch(() => {});

                const hovered = await hoverOver(page, LAB_VALUE);
                await shot(page, `hover-lab-value-${colorScheme}.png`);
                if (!hovered) console.log(`screenshots: no hover appeared over ${LAB_VALUE} (the server has no hover for it yet)`);
                await page.mouse.move(700, 890);
                await page.keyboard.press('Escape');

                // Completion: a condition in the history (its first letters typed: the list of conditions, comorbidities
                // among them, is longer than the widget shows), then the unit of a lab value.
                await typeOnNewLineAfter(page, 12, 'condition de');
                await showCompletion(page, 'dermatomyositis', { details: true, select: true });
                await shot(page, `completion-condition-${colorScheme}.png`);
                await removeTypedLine(page);

                await typeOnNewLineAfter(page, 23, 'creatinine 68 ');
                await showCompletion(page, 'µmol/L');
                await shot(page, `completion-lab-unit-${colorScheme}.png`);
                await removeTypedLine(page);

                // Quick fix: Ctrl+. on the doubtful unit of `calcium 2.4 mg/dL`.
                await goTo(page, 21, 21);
                await page.keyboard.press('Control+.');
                await page.waitForSelector('.action-widget .monaco-list-row', { state: 'visible', timeout: 15_000 });
                await page.waitForSelector('.action-widget .monaco-list-row:has-text("Change the unit to mmol/L")', { timeout: 5_000 });
                await sleep(500);
                await shot(page, `quick-fix-unit-suspect-${colorScheme}.png`);
                await page.keyboard.press('Escape');

                // The cohort of the examples folder, its charts in view.
                await runCommand(page, 'Calc: Open Cohort Summary');
                const cohort = await webviewFrame(page, '#calc-cohort-root h1');
                await cohort.locator('#calc-cohort-root h1').waitFor({ timeout: 30_000 });
                await sleep(1_000);
                await shot(page, `cohort-${colorScheme}.png`);
            } finally {
                await page.context().close();
            }
        }
        return shots;
    } finally {
        await server.stop();
        // eslint-disable-next-line no-unsafe-finally -- a screenshot run that changed an example fails, whatever else happened
        if (examplesDigest() !== examplesBefore) throw new Error(`the screenshots changed a file in ${examples}`);
    }
}

function examplesDigest() {
    const hash = createHash('sha256');
    // Every file below examples/ (the report's figures are in a folder of their own).
    for (const name of fs.readdirSync(examples, { recursive: true }).map(String).sort()) {
        const file = path.join(examples, name);
        if (fs.statSync(file).isFile()) hash.update(name).update(fs.readFileSync(file));
    }
    return hash.digest('hex');
}

/** Puts the cursor at a 1-based line and column with Go to Line (Ctrl+G). */
async function goTo(page, line, column) {
    await page.keyboard.press('Control+g');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 5_000 });
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 5_000 });
}

/** Opens a line below `line` (indented as its neighbours) and types `text` there. */
async function typeOnNewLineAfter(page, line, text) {
    await goTo(page, line, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(text, { delay: 30 });
}

/**
 * Ctrl+Space; waits for the suggest widget to list `label`; `select` moves the selection onto it,
 * `details` shows the selected item's documentation beside the list (else it is hidden).
 */
async function showCompletion(page, label, { details = false, select = false } = {}) {
    const widget = '.editor-widget.suggest-widget.visible';
    for (let attempt = 0; attempt < 3; attempt++) {
        await page.keyboard.press('Control+Space');
        try {
            await page.waitForSelector(`${widget} .monaco-list-row[aria-label*="${label}"]`, { timeout: 10_000 });
            break;
        } catch (error) {
            if (attempt === 2) throw new Error(`completion did not offer ${label}: ${error.message}`, { cause: error });
            await page.keyboard.press('Escape');
        }
    }
    for (let i = 0; select && i < 40 && !await page.locator(`${widget} .monaco-list-row.focused[aria-label*="${label}"]`).count(); i++) {
        await page.keyboard.press('ArrowDown');
    }
    const pane = page.locator('.suggest-details-container .suggest-details');
    if (details !== await pane.isVisible()) {
        await page.keyboard.press('Control+Space'); // toggles the documentation beside the list
        await pane.waitFor({ state: details ? 'visible' : 'hidden', timeout: 5_000 });
    }
    await sleep(700);
}

/** Closes the list and deletes the line typed for it (the file is not saved either way). */
async function removeTypedLine(page) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+K');
    await sleep(300);
}

/** Waits for the example's tab and its error squiggles, then clears what could cover them. */
export async function showExampleWithSquiggles(page) {
    await page.waitForSelector(`.tab.active[aria-label*="${EXAMPLE}"]`, { timeout: 30_000 });
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60_000 });
    await clearNotifications(page);
    // The mouse rests on the status bar: over the text it would open a hover.
    await page.mouse.move(700, 890);
    await sleep(1_000);
}

async function clearNotifications(page) {
    for (const button of await page.locator('.notification-toast .codicon-notifications-clear').all()) {
        await button.click().catch(() => {});
    }
    await page.keyboard.press('Escape');
}

/** Puts the mouse on the text `token` in the editor; true if a hover appeared. */
export async function hoverOver(page, token) {
    const span = page.locator('.monaco-editor .view-line span span', { hasText: token }).first();
    const box = await span.boundingBox();
    if (!box) throw new Error(`${token} is not visible in the editor`);
    // The token's own span holds other text too when it is not a token by itself: find its x.
    const x = await span.evaluate((element, text) => {
        const range = document.createRange();
        const node = element.firstChild;
        const at = node.textContent.indexOf(text);
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const r = range.getBoundingClientRect();
        return r.left + r.width / 2;
    }, token);
    await page.mouse.move(x, box.y + box.height / 2);
    try {
        await page.waitForSelector('.monaco-hover:not(.hidden) .hover-contents', { state: 'visible', timeout: 10_000 });
        await sleep(500);
        return true;
    } catch {
        return false;
    }
}

// `npm run screenshots`: the pictures, copied into docs/screenshots/ as well.
if (process.argv[1] === import.meta.filename) {
    let browser;
    const cleanup = onShutdown(async () => { await browser?.close().catch(() => {}); });
    try {
        installCodeServer();
        browser = await launchChromium();
        const shots = await captureScreenshots({ browser });
        fs.mkdirSync(docsDir, { recursive: true });
        for (const file of shots) fs.copyFileSync(file, path.join(docsDir, path.basename(file)));
        console.log(`screenshots in ${path.relative(projectRoot, screenshotsDir)}, copied into ${path.relative(projectRoot, docsDir)}:`);
        for (const file of shots) console.log(`  ${path.basename(file)}`);
    } catch (error) {
        console.error(`screenshots failed: ${error.message}`);
        process.exitCode = 1;
    } finally {
        await cleanup();
    }
}
