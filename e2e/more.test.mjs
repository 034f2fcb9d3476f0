// Browser tests of the parts a clerk uses around a check: cancelling a long
// check, sharing rule profiles between districts, managing drafts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
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

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  recordRequests(context, requests);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  return { context, page };
}

test('a long check can be cancelled within a second and the page keeps working', async () => {
  const dir = path.join(server.tmp, 'hostile');
  // 200,000 rows: the engine reads 30,000 in a quarter of a second now, too
  // soon to be caught checking.
  execFileSync('go', ['run', './cmd/genhostile', '-out', dir, '-rows', '200000'], { cwd: root, stdio: 'inherit' });
  const { context, page } = await newPage();
  await page.setInputFiles('#file', path.join(dir, 'large-200000-rows.xlsx'));
  await page.waitForSelector('#results[data-status="checking"]');
  await page.waitForTimeout(150);
  const t0 = Date.now();
  await page.click('#cancel');
  await page.waitForFunction(() => document.querySelector('#results').dataset.status !== 'checking', null, { timeout: 1000 });
  assert.ok(Date.now() - t0 < 1000);
  assert.match(await page.textContent('#failure'), /已取消/);
  // The engine restarted: the next file checks normally.
  assert.equal(await checkFile(page, seed()), 'done');
  await context.close();
});

test('profiles are exported, and imported ones are validated in Chinese', async () => {
  const { context, page } = await newPage();
  await page.selectOption('#profile', 'central');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-profile')]);
  const exported = path.join(server.tmp, 'central.json');
  await download.saveAs(exported);
  const p = JSON.parse(readFileSync(exported, 'utf8'));
  assert.equal(p.id, 'central');
  // A broken profile is refused with a clear message.
  const bad = path.join(server.tmp, 'bad.json');
  writeFileSync(bad, JSON.stringify({ ...p, id: 'Bad ID!', public_codes: ['3020'] }));
  await page.setInputFiles('#import-profile', bad);
  await page.waitForSelector('#notice:not([hidden])');
  assert.match(await page.textContent('#notice'), /规则配置导入失败.*编号/);
  // A district's own profile is kept and selected.
  const mine = path.join(server.tmp, 'mine.json');
  writeFileSync(mine, JSON.stringify({ ...p, id: 'jiangan', name: '江岸区' }));
  await page.setInputFiles('#import-profile', mine);
  await page.waitForFunction(() => document.querySelector('#profile').value === 'jiangan');
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#profile').value === 'jiangan');
  assert.equal(await checkFile(page, seed()), 'done');
  assert.match(await page.textContent('#file-meta'), /江岸区/);
  await context.close();
});

test('drafts can be renamed and deleted', async () => {
  const { context, page } = await newPage();
  await checkFile(page, seed());
  await checkFile(page, seed('seed-nine.xlsx'));
  await page.waitForFunction(() => document.querySelectorAll('#drafts li[data-draft-id]').length >= 1);
  page.once('dialog', (d) => d.accept('江岸区科经局 2023 终稿'));
  await page.locator('#drafts li[data-draft-id]').first().locator('button', { hasText: '改名' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('#drafts .d-name')].some((e) => e.textContent === '江岸区科经局 2023 终稿'));
  const before = await page.locator('#drafts li[data-draft-id]').count();
  page.once('dialog', (d) => d.accept());
  await page.locator('#drafts li[data-draft-id]').first().locator('button', { hasText: '删除' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('#drafts li[data-draft-id]').length === n - 1, before);
  await context.close();
});

test('no request went to another host', () => {
  assert.deepEqual(outsideHosts(requests, server.origin), []);
});
