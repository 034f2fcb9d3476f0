// The review loop: a unit mistake shown as one problem at its table, its
// consequences folded under it with their count; the annotated workbook
// carrying each 审核说明 in the comment and in its first sheet, 审核结果.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, checkFile, seed, root, shots, ensureShots } from './helpers.mjs';
import { editXlsx } from './xlsx-edit.mjs';

let server, browser;

before(async () => {
  ensureShots();
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  return { context, page };
}

// times10000 writes a decimal amount ten thousand times larger, as text
// (no float arithmetic): 6050.66 → 60506600.00.
function times10000(v) {
  const [whole, frac = ''] = v.split('.');
  const f = frac.padEnd(4, '0');
  return (whole + f.slice(0, 4)).replace(/^(-?)0+(?=\d)/, '$1') + (f.length > 4 ? '.' + f.slice(4) : '');
}

test('a table filled in 元 under its 万元 label is one problem, its consequences folded under it', async () => {
  // 05 (sheet5) in 元: every amount from row 7 down, its 万元 label kept.
  const bytes = editXlsx(readFileSync(seed()), 'xl/worksheets/sheet5.xml', (xml) =>
    xml.replace(/<c r="([C-E])(\d+)"><v>(-?\d+\.\d+)<\/v><\/c>/g, (m, col, row, v) => (Number(row) >= 7 ? `<c r="${col}${row}"><v>${times10000(v)}</v></c>` : m)));
  const file = path.join(server.tmp, 'seed-05-yuan.xlsx');
  writeFileSync(file, bytes);
  const { context, page } = await newPage();
  assert.equal(await checkFile(page, file), 'done');
  const cause = page.locator('.finding[data-rule="S0016"]');
  assert.equal(await cause.count(), 1);
  assert.equal(await cause.getAttribute('data-sheet'), '05 一般公共预算支出表');
  assert.match(await cause.textContent(), /似乎以元填列，但表头标为万元/);
  // Outside the folded bundle: the cause and the seed's own two 错误 (K0003).
  const loose = await page.$$eval('.finding[data-severity="error"]', (els) => els.filter((e) => !e.closest('details.cause-bundle')).map((e) => e.dataset.rule));
  assert.deepEqual(loose.sort(), ['K0003', 'K0003', 'S0016']);
  const bundle = page.locator('details.cause-bundle');
  assert.equal(await bundle.count(), 1);
  const summary = await bundle.locator('summary').textContent();
  const n = Number(/由此引起的错误 · (\d+) 处/.exec(summary)?.[1]);
  assert.ok(n > 100, summary);
  // Right under its cause, in the cause's table.
  assert.ok(await page.evaluate(() => {
    const c = document.querySelector('.finding[data-rule="S0016"]');
    return c.nextElementSibling && c.nextElementSibling.matches('details.cause-bundle');
  }));
  await page.waitForFunction((k) => document.querySelectorAll('details.cause-bundle .finding').length === k, n);
  await bundle.locator('summary').click();
  await page.screenshot({ path: path.join(shots, 'unit-cause.png') });
  await context.close();
});

test('the annotated workbook carries each 审核说明 in its comment and in its first sheet, 审核结果', async () => {
  const { context, page } = await newPage();
  assert.equal(await checkFile(page, seed()), 'done');
  const box = page.locator('.finding[data-rule="S0002"][data-cell="B38"] textarea.explain');
  await box.fill('名称以财政下发的科目表为准');
  await page.waitForSelector('body[data-notes="saved"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dl-annotated')]);
  const file = path.join(server.tmp, 'annotated-review.xlsx');
  await download.saveAs(file);
  const comments = execFileSync('go', ['run', './e2e/xlsxcomments', file], { cwd: root, encoding: 'utf8' });
  assert.match(comments, /^02 收入决算表!B38\t.*\[S0002 提示\].*审核说明：名称以财政下发的科目表为准/m);
  const index = execFileSync('go', ['run', './e2e/xlsxcomments', '-index', file], { cwd: root, encoding: 'utf8' }).split('\n');
  assert.equal(index[0], '审核结果');
  assert.equal(index[1], '序号\t级别\t规则\t表\t单元格\t应为\t实为\t差额\t问题说明\t审核说明');
  const row = index.find((l) => l.includes("'02 收入决算表'!B38"));
  assert.ok(row, index.join('\n'));
  assert.match(row, /^\d+\t提示\tS0002\t公开02表 收入决算表\t'02 收入决算表'!B38\t.*\t名称以财政下发的科目表为准$/);
  assert.equal(index.filter((l) => /^\d+\t/.test(l)).length, 75);
  await context.close();
});
