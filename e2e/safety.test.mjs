// Small defects of the audit, each held by a test: a drop checks each file
// once; /index.html loads once the service worker is installed; the page
// refuses to run inside another page's frame; an imported profile never
// shadows a built-in one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { startServer, startPlainServer, launch, recordRequests, outsideHosts, checkFile, seed, root } from './helpers.mjs';

let server, plain, browser;
const requests = [];

before(async () => {
  server = await startServer();
  plain = await startPlainServer(path.join(root, 'dist'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.stop();
  plain?.stop();
});

async function newPage(url = server.url) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  recordRequests(context, requests);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  return { context, page };
}

test('files dropped on the drop zone are checked once each', async () => {
  const { context, page } = await newPage();
  const before = Number(await page.getAttribute('#results', 'data-checks') || 0);
  const b64 = readFileSync(seed()).toString('base64');
  await page.evaluate((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], '甲.xlsx'));
    dt.items.add(new File([bytes], '乙.xlsx'));
    document.querySelector('#drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, b64);
  // A third file after them: its result is the next check to end once the
  // two dropped ones are done — unless the drop was taken twice.
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks) >= n + 2, before);
  await page.setInputFiles('#file', path.join(root, 'testdata', 'ministry', 'ministry.xlsx'));
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks) >= n + 3, before);
  assert.equal(await page.textContent('#file-name'), 'ministry.xlsx');
  assert.equal(Number(await page.getAttribute('#results', 'data-checks')), before + 3);
  await context.close();
});

test('/index.html loads once the service worker is installed', async () => {
  const { context, page } = await newPage();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await page.goto(server.url + 'index.html');
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  assert.equal(await checkFile(page, seed()), 'done');
  await context.close();
});

test('the page does not run inside another page', async () => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  recordRequests(context, requests);
  const page = await context.newPage();
  // Behind a plain host, without the frame-ancestors header cmd/serve sends.
  await page.goto(plain.url + 'build.json');
  await page.setContent(`<iframe src="${plain.url}" width="800" height="400"></iframe>`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => document.body && document.body.textContent.includes('不能嵌入'));
  assert.equal(await frame.evaluate(() => document.querySelectorAll('#profile option').length), 0);
  await context.close();
});

test('an imported profile with a built-in id gets an id of its own, and says so', async () => {
  const { context, page } = await newPage();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-profile')]);
  const file = path.join(server.tmp, 'exported.json');
  await download.saveAs(file);
  const p = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...p, name: '改过的' + p.name }));
  await page.setInputFiles('#import-profile', file);
  await page.waitForSelector('#notice:not([hidden])');
  assert.match(await page.textContent('#notice'), new RegExp(`“${p.id}”与内置配置相同，已改为“${p.id}-imported”`));
  assert.equal(await page.inputValue('#profile'), p.id + '-imported');
  assert.equal(await page.locator(`#profile option[value="${p.id}"]`).count(), 1);
  await context.close();
});

test('a huge file is refused by its size, unread, and the page keeps working', async () => {
  const { context, page } = await newPage();
  const huge = path.join(server.tmp, '巨大.xlsx');
  writeFileSync(huge, '');
  truncateSync(huge, 1024 * 1024 * 1024); // sparse: a gigabyte on the page's side only
  const before = Number(await page.getAttribute('#results', 'data-checks') || 0);
  await page.setInputFiles('#file', huge);
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks) > n, before, { timeout: 10000 });
  assert.equal(await page.getAttribute('#results', 'data-status'), 'failed');
  assert.equal(await page.getAttribute('#failure', 'data-code'), 'file_too_large');
  assert.match(await page.textContent('#failure'), /文件有 1\.0 GB，超过本工具可检查的上限 64\.0 MB/);
  assert.doesNotMatch(await page.textContent('#failure'), /[A-Za-z]{4,}/); // no browser error in English
  assert.equal(await checkFile(page, seed()), 'done');
  await context.close();
});

test('a damaged draft is listed as such, exportable and deletable, and the rest keeps working', async () => {
  const { context, page } = await newPage(server.url + '?recycle-mb=1');
  assert.equal(await checkFile(page, seed()), 'done');
  await page.waitForSelector('#drafts li[data-draft-id]');
  // A record that is no draft, written straight into the store.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('reportcheck');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction(['drafts', 'files'], 'readwrite');
      tx.objectStore('drafts').put({ meta: 42, report: null }, 'damaged-1');
      tx.objectStore('files').put('not bytes', 'damaged-1');
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  await page.reload();
  await page.waitForSelector('#drafts li[data-damaged="true"]');
  assert.equal(await page.locator('#drafts li[data-draft-id]:not([data-damaged])').count(), 1);
  assert.match(await page.textContent('#drafts li[data-damaged]'), /已损坏/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#drafts li[data-damaged] button:not(.danger)')]);
  assert.match(download.suggestedFilename(), /损坏的草稿\.json$/);
  // The good draft still opens; checks go on, and so does the worker recycling.
  await page.click('#drafts li[data-draft-id]:not([data-damaged]) .d-name');
  await page.waitForSelector('#results[data-status="done"]');
  const recycled = await page.evaluate(() => window.__rcMemory.recycled);
  assert.equal(await checkFile(page, seed('seed-nine.xlsx')), 'done');
  await page.waitForFunction((r) => window.__rcMemory.recycled > r, recycled, { timeout: 30000 });
  page.once('dialog', (d) => d.accept());
  await page.click('#drafts li[data-damaged] button.danger');
  await page.waitForFunction(() => !document.querySelector('#drafts li[data-damaged]'));
  await context.close();
});

test('the single-file build saves nothing another local file could read', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
  recordRequests(context, requests);
  const page = await context.newPage();
  await page.goto('file://' + path.join(root, 'dist', 'reportcheck.html'));
  assert.equal(await checkFile(page, seed()), 'done');
  await page.locator('.finding[data-rule="S0002"][data-cell="B38"] textarea.explain').fill('单文件版的说明');
  await page.locator('.finding[data-rule="S0002"][data-cell="B38"] textarea.explain').blur();
  await page.waitForSelector('body[data-notes="saved"]');
  assert.match(await page.textContent('#drafts-status'), /不在本机保存草稿/);
  // The note travels in the JSON download.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dl-json')]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(json.explanations['S0002|02 收入决算表|B38'], '单文件版的说明');
  // Another local page finds no draft, no file, no note.
  const evil = path.join(server.tmp, 'evil.html');
  writeFileSync(evil, '<!doctype html><meta charset="utf-8"><title>local page</title>');
  const other = await context.newPage();
  await other.goto('file://' + evil);
  const found = await other.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('reportcheck')) return [];
    return new Promise((resolve) => {
      const r = indexedDB.open('reportcheck');
      r.onerror = () => resolve([]);
      r.onsuccess = () => {
        const db = r.result;
        const stores = [...db.objectStoreNames].filter((n) => n === 'drafts' || n === 'files');
        if (!stores.length) { resolve([]); return; }
        const q = db.transaction(stores).objectStore(stores[0]).getAllKeys();
        q.onsuccess = () => resolve(q.result);
      };
    });
  });
  assert.deepEqual(found, []);
  await context.close();
});

test('no request went to another host', () => {
  assert.deepEqual(outsideHosts(requests.filter((u) => !u.startsWith(plain.origin)), server.origin), []);
  assert.deepEqual(outsideHosts(requests.filter((u) => !u.startsWith(server.origin)), plain.origin), []);
});
