// Keyboard and small screens: every control reachable by Tab, the file
// chooser opened from a real button, a finding opened with Enter, the
// preview's grid focusable and scrolled by the arrow keys, Escape closing it
// and giving the focus back; at 390 px nothing is wider than the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, seed, shots, ensureShots } from './helpers.mjs';
import path from 'node:path';

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

async function open(viewport) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  return { context, page };
}

// tabTo presses Tab until the element matching selector has the focus.
async function tabTo(page, selector, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached ' + selector);
}

test('a keyboard alone chooses a file, opens a finding, scrolls the preview and closes it', async () => {
  const { context, page } = await open({ width: 1366, height: 768 });
  // Listening from the start: the file chooser is intercepted only once the
  // browser has been told to (a listener added with the key press can be late).
  const choosers = [];
  const nextChooser = () => new Promise((resolve) => page.once('filechooser', resolve));
  choosers.push(nextChooser());
  await tabTo(page, '#choose-file');
  await page.keyboard.press('Enter');
  const chooser = await choosers.shift();
  const before = Number(await page.getAttribute('#results', 'data-checks') || 0);
  await chooser.setFiles(seed());
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks || 0) > n, before, { timeout: 60000 });
  assert.equal(await page.getAttribute('#results', 'data-status'), 'done');

  await tabTo(page, '.finding[data-severity="error"]');
  const cell = await page.evaluate(() => document.activeElement.dataset.cell);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('#preview').hidden && document.activeElement &&
    document.activeElement.matches('#preview .grid-wrap'));
  assert.equal(await page.textContent('#preview-grid td.hit'), await page.evaluate((c) => document.querySelector(`#preview-grid td[data-cell="${c}"]`).textContent, cell));
  // The arrow keys scroll the focused grid when it overflows.
  const scrollable = await page.evaluate(() => { const g = document.querySelector('#preview .grid-wrap'); return g.scrollHeight > g.clientHeight || g.scrollWidth > g.clientWidth; });
  if (scrollable) {
    const s0 = await page.evaluate(() => { const g = document.querySelector('#preview .grid-wrap'); return g.scrollTop + g.scrollLeft; });
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((s) => { const g = document.querySelector('#preview .grid-wrap'); return g.scrollTop + g.scrollLeft !== s; }, s0);
  }
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('#preview').hidden);
  assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.dataset.cell), cell, 'the focus is back on the finding');

  // The profile import is a real button too.
  choosers.push(nextChooser());
  await tabTo(page, '#import-profile-btn');
  await page.keyboard.press('Enter');
  const importer = await choosers.shift();
  assert.equal(importer.isMultiple(), false);
  await context.close();
});

test('at 390 px wide the page is never wider than the screen', async () => {
  ensureShots();
  const { context, page } = await open({ width: 390, height: 844 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0, 'idle page');
  const before = Number(await page.getAttribute('#results', 'data-checks') || 0);
  await page.setInputFiles('#file', seed());
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks || 0) > n, before, { timeout: 60000 });
  await page.waitForSelector('#results[data-view="done"]');
  assert.equal(await overflow(), 0, 'result page');
  await page.screenshot({ path: path.join(shots, 'narrow-390.png'), fullPage: false });
  await page.click('.finding[data-severity="error"]');
  await page.waitForFunction(() => !document.querySelector('#preview').hidden && document.querySelector('#preview-grid td.hit'));
  assert.equal(await overflow(), 0, 'with the preview open');
  await context.close();
});
