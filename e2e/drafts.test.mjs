// The draft store's adapter (wasm/drafts.go over go-indexeddb) in a real
// browser, where the rules of internal/drafts meet IndexedDB: every finding
// carries the engine's key and notes are stored under it; drafts stored
// before findings carried a key, in either record layout, open with their
// notes in place; a note for a draft deleted meanwhile makes no new draft;
// a damaged record is never overwritten by a save.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, recordRequests, outsideHosts, checkFile, seed } from './helpers.mjs';

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

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  recordRequests(context, requests);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  return { context, page };
}

// checkSeed checks the seed and gives its draft's ID once it is saved.
async function checkSeed(page) {
  assert.equal(await checkFile(page, seed()), 'done');
  await page.waitForSelector('#drafts li.current');
  return page.getAttribute('#drafts li.current', 'data-draft-id');
}

// store runs one request on the page's own connection to the drafts store:
// 'get' gives the record, 'put' writes value, 'delete' removes the record
// and its file.
function store(page, op, id, value) {
  return page.evaluate(({ op, id, value }) => new Promise((resolve, reject) => {
    const open = indexedDB.open('reportcheck');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['drafts', 'files'], op === 'get' ? 'readonly' : 'readwrite');
      let result;
      if (op === 'get') tx.objectStore('drafts').get(id).onsuccess = (e) => { result = e.target.result; };
      if (op === 'put') tx.objectStore('drafts').put(value, id);
      if (op === 'delete') { tx.objectStore('drafts').delete(id); tx.objectStore('files').delete(id); }
      tx.oncomplete = () => { db.close(); resolve(result); };
      tx.onerror = () => reject(tx.error);
    };
  }), { op, id, value });
}

async function unfoldAll(page) {
  await page.waitForFunction(() => document.querySelectorAll('.finding').length > 0);
  const closed = page.locator('details.bundle:not([open]) > summary');
  while (await closed.count()) await closed.first().click();
}

// misKeyed lists the 审核说明 boxes whose key is not their finding's
// rule|sheet|cell (the form stored notes are keyed by).
function misKeyed(page) {
  return page.evaluate(() => [...document.querySelectorAll('.finding[data-severity="warning"]')]
    .map((el) => [el.dataset.rule + '|' + el.dataset.sheet + '|' + el.dataset.cell, el.querySelector('textarea.explain')?.dataset.key])
    .filter(([want, got]) => want !== got));
}

const B38 = 'S0002|02 收入决算表|B38';
const box = (page, cell) => page.locator(`.finding[data-rule="S0002"][data-cell="${cell}"] textarea.explain`);

test('every finding carries the engine\'s key; a note is stored under it, the report with the keys', async () => {
  const { context, page } = await newPage();
  const id = await checkSeed(page);
  await unfoldAll(page);
  assert.ok(await page.locator('textarea.explain').count() >= 40);
  assert.deepEqual(await misKeyed(page), []);
  await box(page, 'B38').fill('  按引擎给的键保存 ');
  await page.waitForSelector('body[data-notes="saved"]');
  const rec = await store(page, 'get', id);
  const meta = JSON.parse(rec.meta);
  assert.deepEqual(meta.explanations, { [B38]: '按引擎给的键保存' });
  const report = JSON.parse(rec.report);
  assert.ok(report.findings.length > 0);
  assert.deepEqual(report.findings.filter((f) => f.key !== f.rule + '|' + f.sheet + '|' + f.cell), []);
  assert.deepEqual(meta.keys, report.findings.map((f) => f.key));
  await context.close();
});

for (const layout of ['current', 'legacy']) {
  test(`a draft stored before findings carried a key (${layout} layout) opens with its notes in place, and takes more`, async () => {
    const { context, page } = await newPage();
    const id = await checkSeed(page);
    // Rewrite the record as an earlier build stored it: no key on any finding.
    const rec = await store(page, 'get', id);
    const meta = JSON.parse(rec.meta);
    const report = JSON.parse(rec.report);
    for (const f of report.findings) delete f.key;
    meta.explanations = { [B38]: '键出现之前写下的说明' };
    if (layout === 'current') {
      await store(page, 'put', id, { meta: JSON.stringify(meta), report: JSON.stringify(report) });
    } else {
      delete meta.keys;
      meta.report = report;
      await store(page, 'put', id, JSON.stringify(meta));
    }
    await page.reload();
    await page.waitForSelector(`#drafts li[data-draft-id="${id}"]`);
    await page.click(`#drafts li[data-draft-id="${id}"] .d-name`);
    await page.waitForSelector('#results[data-status="done"]');
    await unfoldAll(page);
    assert.equal(await box(page, 'B38').inputValue(), '键出现之前写下的说明');
    assert.deepEqual(await misKeyed(page), []);
    // Opening rewrote nothing; a new note is kept beside the old one, the
    // record then in the current layout.
    const opened = await store(page, 'get', id);
    assert.equal(typeof opened, layout === 'current' ? 'object' : 'string');
    await box(page, 'B39').fill('之后写下的说明');
    await page.waitForSelector('body[data-notes="saved"]');
    const after = await store(page, 'get', id);
    assert.equal(typeof after, 'object');
    assert.deepEqual(JSON.parse(after.meta).explanations, { [B38]: '键出现之前写下的说明', 'S0002|02 收入决算表|B39': '之后写下的说明' });
    assert.equal(JSON.parse(after.report).findings.length, report.findings.length);
    await context.close();
  });
}

test('a note for a draft deleted meanwhile says so and makes no new draft', async () => {
  const { context, page } = await newPage();
  const id = await checkSeed(page);
  await store(page, 'delete', id);
  await box(page, 'B38').fill('草稿已被删除后写下的说明');
  await page.waitForSelector('#notice:not([hidden])');
  assert.match(await page.textContent('#notice'), /审核说明未能保存：找不到该草稿/);
  await page.waitForSelector('body[data-notes="saved"]');
  assert.equal(await store(page, 'get', id), undefined);
  await context.close();
});

test('a damaged record is not overwritten when its file is checked again', async () => {
  const { context, page } = await newPage();
  const id = await checkSeed(page);
  const damaged = { meta: '{"id":', report: 'not a report' };
  await store(page, 'put', id, damaged);
  assert.equal(await checkFile(page, seed()), 'done');
  await page.waitForSelector('#draft-error:not([hidden])');
  assert.match(await page.textContent('#draft-error'), /检查已完成，但这份草稿的已保存记录已损坏，本次未写入/);
  assert.deepEqual(await store(page, 'get', id), damaged);
  await page.waitForSelector(`#drafts li[data-draft-id="${id}"][data-damaged="true"]`);
  await context.close();
});

test('no request went to another host', () => {
  assert.deepEqual(outsideHosts(requests, server.origin), []);
});
