// Browser tests of the engine's life cycle: the page says when the engine is
// ready (a check can run now; the warm-up follows while it is idle), a file
// chosen before that is checked first, the warm-up saves nothing, and a worker recycled to give its
// memory back leaves the result, the queue and the drafts intact.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launch, recordRequests, outsideHosts, checkFile, seed, root } from './helpers.mjs';

let server, browser;
const requests = [];

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

// open opens the page; holdWasm holds every message to the engine's worker
// (its start included) until page.releaseWasm(): the engine is certainly
// not ready while the test acts.
async function open(query = '', { holdWasm = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, locale: 'zh-CN' });
  recordRequests(context, requests);
  const page = await context.newPage();
  if (holdWasm) {
    await page.addInitScript(() => {
      const held = [];
      let hold = true;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (...args) { if (hold) held.push([this, args]); else post.apply(this, args); };
      window.__releaseEngine = () => { hold = false; for (const [w, a] of held.splice(0)) post.apply(w, a); };
    });
    page.releaseWasm = () => page.evaluate(() => window.__releaseEngine());
  }
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + query);
  return { context, page, errors };
}

const engineReady = (page) => page.waitForFunction(() => document.body.dataset.engine === 'ready', null, { timeout: 60000 });

test('the engine says when it is ready; its warm-up checks a real workbook and saves no draft', async () => {
  const { context, page, errors } = await open('', { holdWasm: true });
  assert.notEqual(await page.getAttribute('body', 'data-engine'), 'ready');
  assert.match(await page.textContent('#engine'), /检查引擎准备中/);
  await page.releaseWasm();
  await engineReady(page);
  assert.equal(await page.textContent('#engine'), '检查引擎已就绪');
  // Ready means a check can run now; the warm-up follows, while the engine is idle.
  await page.waitForFunction(() => document.body.dataset.warm === 'warm', null, { timeout: 60000 });
  const eng = await page.evaluate(() => window.__rcEngine);
  assert.ok(eng.readyAt > 0 && eng.warmAt >= eng.readyAt, JSON.stringify(eng));
  assert.equal(eng.warmup.error, '', JSON.stringify(eng.warmup));
  assert.ok(eng.warmup.tables >= 9 && eng.warmup.kpi >= 1, JSON.stringify(eng.warmup));
  assert.ok(eng.warmup.runs.length >= 1);
  // The warm-up saved no draft.
  await page.waitForFunction(() => document.querySelector('#drafts-status').textContent !== '');
  assert.equal(await page.locator('#drafts li[data-draft-id]').count(), 0);
  const drafts = await page.evaluate(() => new Promise((resolve, reject) => {
    const r = indexedDB.open('reportcheck');
    r.onsuccess = () => {
      const db = r.result;
      if (!db.objectStoreNames.contains('drafts')) { db.close(); resolve(0); return; }
      const c = db.transaction('drafts').objectStore('drafts').count();
      c.onsuccess = () => { db.close(); resolve(c.result); };
      c.onerror = () => reject(c.error);
    };
    r.onerror = () => reject(r.error);
  }));
  assert.equal(drafts, 0);
  // Its scratch database (it saves there to warm the draft code up) is gone.
  // The worker says when it has deleted it; then it is not listed.
  await page.waitForFunction(() => window.__rcEngine.warmStoreDropped === true, null, { timeout: 10000 });
  assert.equal(await page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'reportcheck-warmup')), false);
  await page.setInputFiles('#file', seed());
  await page.waitForFunction(() => document.querySelector('#results').dataset.status === 'done');
  assert.equal(await page.textContent('#count-error'), '2');
  assert.ok((await page.evaluate(() => window.__rcMemory.lastCheck)) > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file chosen before the engine is ready is checked first, and so is a second one queued behind it', async () => {
  const { context, page, errors } = await open('', { holdWasm: true });
  await page.setInputFiles('#file', [seed(), seed('seed-nine.xlsx')]);
  assert.notEqual(await page.getAttribute('body', 'data-engine'), 'ready', 'chosen before the engine was ready');
  await page.releaseWasm();
  await page.waitForFunction(() => document.querySelector('#results').dataset.checks === '2', null, { timeout: 60000 });
  assert.equal(await page.getAttribute('#results', 'data-status'), 'done');
  assert.equal(await page.textContent('#file-name'), 'seed-nine.xlsx');
  // Both saved (the same department and year: one draft, checked twice).
  await page.waitForFunction(() => /新出现/.test(document.querySelector('#changes').textContent));
  assert.equal(await page.locator('#drafts li[data-draft-id]').count(), 1);
  await engineReady(page);
  // The user's files went first: the warm-up ran no pass before them.
  await page.waitForFunction(() => document.body.dataset.warm === 'warm', null, { timeout: 60000 });
  const warm = await page.evaluate(() => window.__rcEngine.warmup);
  assert.ok(warm.checksBefore >= 1, 'a check before the first warm-up pass: ' + JSON.stringify(warm));
  assert.deepEqual(errors, []);
  await context.close();
});

test('after a check the worker is recycled to give memory back, and the page keeps working', async () => {
  // ?recycle-mb=1 makes every check "large": the worker is replaced after each.
  const { context, page, errors } = await open('?recycle-mb=1');
  await engineReady(page);
  assert.equal(await checkFile(page, seed()), 'done');
  await page.waitForFunction(() => window.__rcMemory.recycled >= 1, null, { timeout: 30000 });
  // The result stayed on screen and its draft was saved before the worker went.
  assert.equal(await page.textContent('#count-error'), '2');
  await page.waitForSelector('#drafts li[data-draft-id]');
  await engineReady(page);
  const mem = await page.evaluate(() => window.__rcMemory);
  assert.ok(mem.fresh > 0 && mem.peak >= mem.lastCheck, JSON.stringify(mem));
  // The fresh worker serves the same result: a preview, a 审核说明, the annotated workbook.
  await page.click('.finding[data-rule="K0003"][data-cell="G89"]');
  await page.waitForSelector('#preview-grid td.hit');
  const box = page.locator('.finding[data-rule="S0002"][data-cell="B38"] textarea.explain');
  await box.fill('科目名称已与财政局确认。');
  await box.blur();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dl-annotated')]);
  assert.match(download.suggestedFilename(), /标注\.xlsx$/);
  // A queue of two files: both checked, with a recycle after each.
  const before = await page.evaluate(() => [Number(document.querySelector('#results').dataset.checks), window.__rcMemory.recycled]);
  await page.setInputFiles('#file', [seed('seed-nine.xlsx'), seed()]);
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks) === n + 2, before[0], { timeout: 60000 });
  await page.waitForFunction((r) => window.__rcMemory.recycled >= r + 2, before[1], { timeout: 30000 });
  assert.equal(await page.textContent('#file-name'), 'seed.xlsx');
  await page.waitForFunction(() => /新出现/.test(document.querySelector('#changes').textContent));
  // The 审核说明 written through a recycled worker survives a reload.
  await page.reload();
  await page.waitForSelector('#drafts li[data-draft-id]');
  await page.click('#drafts li[data-draft-id] .d-name');
  await page.waitForSelector('#results[data-status="done"]');
  assert.equal(await page.inputValue('.finding[data-rule="S0002"][data-cell="B38"] textarea.explain'), '科目名称已与财政局确认。');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the single-file build gets ready and recycles its worker too', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  recordRequests(context, requests);
  const page = await context.newPage();
  await page.goto('file://' + path.join(root, 'dist', 'reportcheck.html') + '?recycle-mb=1');
  await engineReady(page);
  assert.equal(await checkFile(page, seed()), 'done');
  await page.waitForFunction(() => window.__rcMemory.recycled >= 1 && document.body.dataset.engine === 'ready', null, { timeout: 30000 });
  assert.equal(await checkFile(page, seed()), 'done');
  assert.equal(await page.locator('.finding[data-rule="K0003"]').count(), 2);
  await context.close();
});

test('no request went to another host', () => {
  assert.ok(requests.length > 0);
  assert.deepEqual(outsideHosts(requests, server.origin), []);
});
