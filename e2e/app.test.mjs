// End-to-end tests in real headless Chromium, as a clerk would use the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, recordRequests, outsideHosts, checkFile, seed, root, shots, ensureShots } from './helpers.mjs';

let server, browser;
const requests = [];

before(async () => {
  ensureShots();
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

async function newPage(viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN' });
  recordRequests(context, requests);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  return { context, page, errors };
}

test('the seed draft is checked and its known findings are shown at their cells', async () => {
  const { context, page, errors } = await newPage();
  assert.equal(await checkFile(page, seed()), 'done');
  for (const [rule, sheet, cell] of [['S0002', '02 收入决算表', 'B38'], ['S0002', '02 收入决算表', 'B39'], ['K0003', '附件', 'G89'], ['K0003', '附件', 'G120']]) {
    const n = await page.locator(`.finding[data-rule="${rule}"][data-sheet="${sheet}"][data-cell="${cell}"]`).count();
    assert.equal(n, 1, `${rule} ${sheet}!${cell}`);
  }
  assert.equal(await page.textContent('#count-error'), '2');
  assert.match(await page.textContent('#tables tbody'), /公开09表/);
  // Repeated 提示 are folded; their findings are built once the page is
  // idle (so Ctrl+F and printing see all 75), and opening a bundle gives each its 审核说明 box.
  await page.waitForFunction(() => document.querySelectorAll('.finding').length === 75);
  const bundle = page.locator('details.bundle[data-rule="K0011"]');
  assert.match(await bundle.locator('summary').textContent(), /29 处/);
  await bundle.locator('summary').click();
  // The boxes are added on the bundle's toggle event, after the click.
  await page.waitForFunction(() => document.querySelectorAll('details.bundle[data-rule="K0011"] .finding textarea.explain').length >= 29);
  assert.equal(await bundle.locator('.finding textarea.explain').count(), 29);
  await bundle.locator('.finding').first().click();
  await page.waitForSelector('#preview-grid td.hit');
  await page.click('#preview-close');
  await bundle.locator('summary').click();
  await page.screenshot({ path: path.join(shots, 'summary.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('every Chinese text, controls and cell references included, names the Chinese faces of the page', async () => {
  // A character no listed face has makes Chromium look a face up for it, a
  // synchronous round trip each: on Linux that was 100-250 ms of a first
  // result's layout. Buttons, inputs and options do not inherit the page's
  // font by default; the monospace references carry Chinese sheet names.
  const { context, page } = await newPage();
  assert.equal(await checkFile(page, seed()), 'done');
  const bare = await page.evaluate(() => {
    const faces = getComputedStyle(document.documentElement).getPropertyValue('--cjk-fonts').trim();
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].filter((x) => x.nodeType === 3).map((x) => x.textContent).join('') + (el.placeholder || '');
      if (/[\u4e00-\u9fff]/.test(own) && !getComputedStyle(el).fontFamily.includes(faces.split(',')[0].trim())) out.push(el.tagName + '.' + el.className + ': ' + own.slice(0, 20));
    }
    return { faces, out };
  });
  assert.ok(bare.faces.includes('Microsoft YaHei') && bare.faces.includes('WenQuanYi'), bare.faces);
  assert.deepEqual(bare.out, []);
  await context.close();
});

test('a ministry-style draft (no 行次, 栏次 or form codes) is read whole: 尾差 as 提示, 识别说明 apart', async () => {
  const { context, page, errors } = await newPage();
  assert.equal(await checkFile(page, path.join(root, 'testdata', 'ministry', 'ministry-rounding.xlsx')), 'done');
  assert.equal(await page.textContent('#count-error'), '0');
  assert.equal(await page.textContent('#count-warning'), '6');
  for (const [sheet, cell] of [['表2', 'C6'], ['表2', 'I6'], ['表4', 'B30'], ['表4', 'D30'], ['表4', 'D34'], ['表7', 'B7']]) {
    assert.equal(await page.locator(`.finding[data-rule="R0001"][data-sheet="${sheet}"][data-cell="${cell}"]`).count(), 1, `R0001 ${sheet}!${cell}`);
  }
  assert.equal(await page.locator('#tables tbody tr').count(), 9);
  assert.doesNotMatch(await page.textContent('#tables tbody'), /公开/);
  assert.match(await page.textContent('#file-meta'), /上海市测试局.*2024/);
  assert.equal(await page.isHidden('#recognition'), false);
  await page.click('#recognition summary');
  assert.match(await page.textContent('#recognition ul'), /财政部格式 2024/);
  await page.screenshot({ path: path.join(shots, 'ministry.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('clicking a finding opens the sheet with the cell highlighted', async () => {
  const { context, page } = await newPage();
  await checkFile(page, seed());
  await page.click('.finding[data-rule="K0003"][data-cell="G89"]');
  await page.waitForSelector('#preview-grid td.hit');
  assert.equal(await page.getAttribute('#preview-grid td.hit', 'data-cell'), 'G89');
  assert.ok(await page.locator('#preview-grid td.rel').count() > 3, 'related cells outlined');
  assert.match(await page.textContent('#preview-nums'), /92/);
  await page.screenshot({ path: path.join(shots, 'finding-preview.png') });
  await page.click('#preview-close');
  await page.locator('#kpi').scrollIntoViewIfNeeded();
  await page.waitForSelector('#kpi[data-filled]', { state: 'attached' });
  const bad = await page.locator('#kpi tr.bad').allTextContents();
  assert.ok(bad.some((t) => t.includes('科技管理工作经费') && t.includes('98') && t.includes('92')), bad.join('|'));
  await page.locator('#kpi').screenshot({ path: path.join(shots, 'kpi.png') });
  await context.close();
});

test('a draft and its 审核说明 survive a reload', async () => {
  const { context, page } = await newPage();
  await checkFile(page, seed());
  const box = page.locator('.finding[data-rule="S0002"][data-cell="B38"] textarea.explain');
  await box.fill('02表科目名称沿用财政部 2023 年科目表写法，已与财政局确认。');
  await box.blur();
  await page.waitForSelector('body[data-notes="saved"]');
  await page.reload();
  await page.waitForSelector('#drafts li[data-draft-id]');
  await page.click('#drafts li[data-draft-id] .d-name');
  await page.waitForSelector('#results[data-status="done"]');
  assert.equal(await page.inputValue('.finding[data-rule="S0002"][data-cell="B38"] textarea.explain'), '02表科目名称沿用财政部 2023 年科目表写法，已与财政局确认。');
  // Checking the same draft again reports what changed since.
  await checkFile(page, seed());
  await page.waitForSelector('#changes:not([hidden])');
  assert.match(await page.textContent('#changes'), /已修正 0 项，新出现 0 项/);
  await context.close();
});

test('after one visit the page loads and checks offline', async () => {
  const { context, page } = await newPage();
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  assert.equal(await checkFile(page, seed('seed-stacked-one-sheet.xlsx')), 'done');
  assert.equal(await page.textContent('#count-error'), '2');
  await context.setOffline(false);
  await context.close();
});

test('bad files get a Chinese message and the page keeps working', async () => {
  const { context, page } = await newPage();
  const dir = server.tmp;
  const good = readFileSync(seed());
  const cases = {
    'random.xlsx': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
    'old.xls': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]),
    'cut.xlsx': good.subarray(0, Math.floor(good.length / 2)),
  };
  for (const [name, data] of Object.entries(cases)) {
    const p = path.join(dir, name);
    writeFileSync(p, data);
    assert.equal(await checkFile(page, p), 'failed', name);
    const msg = await page.textContent('#failure');
    assert.match(msg, /[\u4e00-\u9fff]/, `${name}: ${msg}`);
    if (name === 'old.xls') await page.screenshot({ path: path.join(shots, 'bad-file.png') });
  }
  assert.equal(await checkFile(page, seed()), 'done');
  await context.close();
});

test('the annotated workbook carries comments on the finding cells', async () => {
  const { context, page } = await newPage();
  await checkFile(page, seed());
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dl-annotated')]);
  const file = path.join(server.tmp, 'annotated.xlsx');
  await download.saveAs(file);
  const out = execFileSync('go', ['run', './e2e/xlsxcomments', file], { cwd: root, encoding: 'utf8' });
  for (const ref of ['02 收入决算表!B38', '附件!G89', '附件!G120']) assert.match(out, new RegExp('^' + ref + '\\t.*reportcheck', 'm'), ref);
  await context.close();
});

test('the single-file build works opened from disk', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  recordRequests(context, requests);
  const page = await context.newPage();
  await page.goto('file://' + path.join(root, 'dist', 'reportcheck.html'));
  assert.equal(await checkFile(page, seed()), 'done');
  assert.equal(await page.locator('.finding[data-rule="K0003"]').count(), 2);
  await context.close();
});

test('no request ever went to another host', () => {
  assert.ok(requests.length > 0);
  assert.deepEqual(outsideHosts(requests, server.origin), []);
});
