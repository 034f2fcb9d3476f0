// A full browser storage while a 审核说明 is saved: the page says that this
// note was not saved — and only that — and the draft and the notes saved
// before are intact. Chromium ignores quota overrides here, so the engine
// worker's IndexedDB put is made to fail with the DOMException a full disk
// raises (QuotaExceededError); everything else is the real page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, checkFile, seed } from './helpers.mjs';

let server, browser;

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

async function unfoldAll(page) {
  await page.waitForFunction(() => document.querySelectorAll('.finding').length > 0);
  const closed = page.locator('details.bundle:not([open]) > summary');
  while (await closed.count()) await closed.first().click();
}

// typeNote types into the i-th note box and waits until the page has
// finished saving it (body[data-notes] is "saved" when nothing is pending).
async function typeNote(page, i, text) {
  const key = await page.evaluate(({ i, text }) => {
    const ta = document.querySelectorAll('textarea.explain')[i];
    ta.value = text;
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    return ta.dataset.key;
  }, { i, text });
  await page.waitForFunction(() => document.body.dataset.notes !== 'saving');
  return key;
}

test('a note that storage has no room for says so; the draft and earlier notes stay', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await open(context);
  assert.equal(await checkFile(page, seed()), 'done');
  await page.waitForSelector('#drafts li[data-draft-id]');
  await unfoldAll(page);
  const kept = await typeNote(page, 0, '保留：已核实');
  assert.equal(await page.isHidden('#notice'), true, 'the first note saves quietly');

  // From now on every IndexedDB write of the engine fails as a full disk does.
  const workers = page.workers();
  assert.ok(workers.length > 0, 'the engine runs in a worker');
  for (const w of workers) {
    await w.evaluate(() => {
      IDBObjectStore.prototype.put = function () { throw new DOMException('存储空间不足（测试）', 'QuotaExceededError'); };
    });
  }
  const lost = await typeNote(page, 1, '这条写不进去');
  await page.waitForFunction(() => !document.querySelector('#notice').hidden);
  const msg = await page.textContent('#notice');
  assert.match(msg, /这条审核说明未能保存/);
  assert.match(msg, /草稿和已保存的说明不受影响/);
  assert.doesNotMatch(msg, /本次草稿未能保存|QuotaExceeded|Error/, 'a note-specific Chinese message, no internals');
  await page.close();

  // A new page (a new worker, storage working again): the draft is there
  // with the first note and without the one that failed.
  const again = await open(context);
  await again.waitForSelector('#drafts li[data-draft-id]');
  await again.click('#drafts li[data-draft-id] .d-name');
  await again.waitForSelector('#results[data-status="done"]');
  await unfoldAll(again);
  const notes = await again.evaluate(() => Object.fromEntries([...document.querySelectorAll('textarea.explain')]
    .filter((ta) => ta.value).map((ta) => [ta.dataset.key, ta.value])));
  assert.deepEqual(notes, { [kept]: '保留：已核实' });
  assert.notEqual(lost, kept);
  await context.close();
});
