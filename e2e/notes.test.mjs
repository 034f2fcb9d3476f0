// 审核说明 are never lost: two tabs typing at once, many notes sent together,
// a note typed just before the page is closed, a note typed on one file
// while the next is dropped. Every wait is on the page's own signals.
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

async function open(context) {
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  return page;
}

async function freshContext() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  recordRequests(context, requests);
  return context;
}

// openDraft opens the (only) stored draft and waits for its result.
async function openDraft(page, id) {
  await page.waitForSelector(id ? `#drafts li[data-draft-id="${id}"]` : '#drafts li[data-draft-id]');
  const before = Number(await page.getAttribute('#results', 'data-checks') || 0);
  await page.click(id ? `#drafts li[data-draft-id="${id}"] .d-name` : '#drafts li[data-draft-id] .d-name');
  await page.waitForSelector('#results[data-status="done"]');
  return before;
}

// unfoldAll opens every folded bundle so every 提示 has its 审核说明 box.
async function unfoldAll(page) {
  await page.waitForFunction(() => document.querySelectorAll('.finding').length > 0);
  const closed = page.locator('details.bundle:not([open]) > summary');
  while (await closed.count()) await closed.first().click();
  await page.waitForFunction(() => document.querySelectorAll('.finding[data-severity="warning"]').length ===
    document.querySelectorAll('.finding[data-severity="warning"] textarea.explain').length);
}

// typeAll sets a note in each chosen box at once, as fast as input events go.
function typeAll(page, pick, prefix) {
  return page.evaluate(({ pick, prefix }) => {
    const boxes = [...document.querySelectorAll('textarea.explain')].filter((_, i) => i % pick[0] === pick[1]);
    for (const ta of boxes) {
      ta.value = prefix + ta.dataset.key;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return boxes.map((ta) => ta.dataset.key);
  }, { pick, prefix });
}

async function storedNotes(context, id) {
  const page = await open(context);
  await openDraft(page, id);
  await unfoldAll(page);
  const notes = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('textarea.explain')]
    .filter((ta) => ta.value).map((ta) => [ta.dataset.key, ta.value])));
  await page.close();
  return notes;
}

test('two tabs typing notes at once, and many notes sent together, lose none', async () => {
  const context = await freshContext();
  const a = await open(context);
  assert.equal(await checkFile(a, seed()), 'done');
  const b = await open(context);
  await openDraft(b);
  await unfoldAll(a);
  await unfoldAll(b);
  const [keysA, keysB] = await Promise.all([typeAll(a, [2, 0], 'A：'), typeAll(b, [2, 1], 'B：')]);
  assert.ok(keysA.length >= 20 && keysB.length >= 20, `${keysA.length} + ${keysB.length} notes`);
  await Promise.all([a.waitForSelector('body[data-notes="saved"]'), b.waitForSelector('body[data-notes="saved"]')]);
  const notes = await storedNotes(context);
  for (const k of keysA) assert.equal(notes[k], 'A：' + k);
  for (const k of keysB) assert.equal(notes[k], 'B：' + k);
  assert.equal(Object.keys(notes).length, keysA.length + keysB.length);
  // Each tab was told of the other's notes: tab B shows what A typed.
  await b.waitForFunction((k) => [...document.querySelectorAll('textarea.explain')].some((ta) => ta.dataset.key === k && ta.value === 'A：' + k), keysA[0]);
  await context.close();
});

test('a note typed on one file stays with it when the next file is dropped at once', async () => {
  const context = await freshContext();
  const page = await open(context);
  assert.equal(await checkFile(page, seed()), 'done');
  await page.waitForSelector('#drafts li.current');
  const seedDraft = await page.getAttribute('#drafts li.current', 'data-draft-id');
  const box = page.locator('.finding[data-rule="S0002"][data-cell="B38"] textarea.explain');
  await box.fill('属于种子草稿的说明');
  // The next file, before the note can have been saved.
  const before = Number(await page.getAttribute('#results', 'data-checks'));
  await page.setInputFiles('#file', path.join(root, 'testdata', 'ministry', 'ministry-rounding.xlsx'));
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks) > n, before);
  await page.waitForSelector('body[data-notes="saved"]');
  // The drafts list marks the new file's draft once it is saved.
  await page.waitForFunction((s) => { const li = document.querySelector('#drafts li.current'); return li && li.dataset.draftId !== s; }, seedDraft);
  const ministry = await page.getAttribute('#drafts li.current', 'data-draft-id');
  const seedNotes = await storedNotes(context, seedDraft);
  assert.equal(seedNotes['S0002|02 收入决算表|B38'], '属于种子草稿的说明');
  const other = await storedNotes(context, ministry);
  assert.deepEqual(Object.values(other).filter((v) => v === '属于种子草稿的说明'), []);
  await context.close();
});

test('a note typed just before the page is closed is kept', async () => {
  const context = await freshContext();
  const page = await open(context);
  assert.equal(await checkFile(page, seed()), 'done');
  await page.waitForFunction(() => document.querySelector('#drafts li[data-draft-id]'));
  await page.locator('.finding[data-rule="S0002"][data-cell="B39"] textarea.explain').fill('关闭前写下的说明');
  await page.close({ runBeforeUnload: true });
  const notes = await storedNotes(context);
  assert.equal(notes['S0002|02 收入决算表|B39'], '关闭前写下的说明');
  await context.close();
});

test('no request went to another host', () => {
  assert.deepEqual(outsideHosts(requests, server.origin), []);
});
