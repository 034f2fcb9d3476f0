// Accessibility: axe-core (a devDependency, injected by the test only: the
// page's own CSP is bypassed for this context alone) finds no serious or
// critical violation in any state of the page — idle, a result, a folded
// bundle open, the cell preview, the narrative preview, a comparison of
// versions, filters on, a failed file — at the widths a reviewer uses
// (1366, 1920 and 390 px); and no state shows internal or English text
// (undefined, EOF, (unit:01) …).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { useSite, openPage, seed, root, shots, ensureShots } from './helpers.mjs';

const site = useSite(before, after);
const axePath = path.join(root, 'node_modules', 'axe-core', 'axe.min.js');

// audit runs axe on the page as it is and returns its serious and critical
// violations, each as "rule: target … (help)".
async function audit(page, state) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: axePath });
  const res = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')} — ${v.help}`);
  });
  // Clean text: nothing internal or English reaches the screen.
  const leaks = await page.evaluate(() => {
    const text = document.body.innerText;
    const bad = /\b(undefined|null|NaN|error|unexpected|EOF|panic|nil|JavaScript|TypeError|Object)\b|\[object |\(unit:|\bunit:\w/gi;
    return [...new Set(text.match(bad) || [])];
  });
  // Usable at phone width: the page is never wider than the screen.
  const wider = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (wider > 0) res.push(`the page is ${wider}px wider than the screen`);
  return res.map((v) => state + ': ' + v).concat(leaks.map((l) => state + ': text shows “' + l + '”'));
}

async function checked(page, files) {
  const before = Number(await page.getAttribute('#results', 'data-checks') || 0);
  await page.setInputFiles('#file', files);
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks || 0) > n, before, { timeout: 60000 });
}

for (const [w, h] of [[1366, 768], [1920, 1080], [390, 844]]) {
  test(`axe-core finds no serious or critical violation in any state at ${w}×${h}`, async () => {
    ensureShots();
    const { context, page } = await openPage(site, { viewport: { width: w, height: h }, bypassCSP: true });
    const found = [];
    found.push(...await audit(page, 'idle'));

    await checked(page, [seed(), path.join(root, 'testdata', 'narrative', 'seed-narrative.docx')]);
    await page.waitForSelector('#results[data-view="done"]');
    await page.waitForSelector('#drafts li[data-draft-id]');
    found.push(...await audit(page, 'result'));

    await page.locator('#findings details.bundle summary').first().click();
    found.push(...await audit(page, 'bundle open'));

    await page.locator('#findings .finding[data-cell]:not([data-cell=""]) .msg').first().click();
    await page.waitForSelector('#preview:not([hidden]) #preview-grid td.hit');
    found.push(...await audit(page, 'cell preview'));
    await page.keyboard.press('Escape');

    await page.locator('#findings .finding[data-para] .msg').first().click();
    await page.waitForSelector('#preview-doc:not([hidden]) .para.hit');
    found.push(...await audit(page, 'narrative preview'));
    await page.keyboard.press('Escape');

    await page.click('button.chip.error');
    await page.fill('#filter-text', 'D0');
    found.push(...await audit(page, 'filters'));
    await page.fill('#filter-text', '');
    await page.click('button.chip.error');

    // A second version, then the comparison of the two.
    await checked(page, seed());
    await page.waitForSelector('#compare[data-state="done"]');
    found.push(...await audit(page, 'comparison'));

    await page.click('#paste summary');
    found.push(...await audit(page, 'paste box'));

    const bad = path.join(site.server.tmp, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook');
    await checked(page, bad);
    await page.waitForSelector('#results[data-view="failed"]');
    found.push(...await audit(page, 'failed file'));
    await page.screenshot({ path: path.join(shots, `a11y-${w}.png`), fullPage: false });

    assert.deepEqual(found, []);
    await context.close();
  });
}
