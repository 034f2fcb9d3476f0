// The printed report a reviewer signs: the seed checked, a 审核说明 typed on
// a 提示, then the page in print media. Its head names the department, year,
// file, SHA-256, template and rule set; every finding is on paper (folded
// bundles open), the note as text, the sign block at the end; the PDF runs to
// more than one numbered page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, seed, shots, ensureShots, checkFile } from './helpers.mjs';
import { writeFileSync } from 'node:fs';
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

test('the printed report: head, every finding with its note, sign block, numbered pages', async () => {
  ensureShots();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  assert.equal(await checkFile(page, seed()), 'done');
  await page.waitForSelector('#results[data-view="done"]');

  // On screen nothing of the printed report shows.
  assert.equal(await page.isVisible('#print-head'), false);
  assert.equal(await page.isVisible('#print-sign'), false);

  const note = '此项为科目名称写法差异，已与财政局确认可保留。';
  const box = page.locator('.finding[data-severity="warning"] textarea.explain').first();
  await box.fill(note);
  await box.blur();
  // A note is saved once the draft (its version: hash, rule set) is stored.
  await page.waitForSelector('body[data-notes="saved"]');

  const chips = await page.evaluate(() => ['error', 'warning', 'info'].map((s) => Number(document.querySelector('#count-' + s).textContent)));
  const total = chips.reduce((a, b) => a + b, 0);
  assert.ok(chips[1] > 0, 'the seed has 提示');

  // A filter on screen (only 错误) does not narrow the printed report.
  await page.click('button.chip.error');
  await page.waitForSelector('button.chip.error[aria-pressed="true"]');
  const onScreen = await page.locator('#findings .finding').evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
  assert.ok(onScreen < total, `the filter narrows the screen (${onScreen} of ${total})`);

  // What the browser does before printing; then the page as printed.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });

  assert.equal(await page.isVisible('#print-head'), true);
  const field = (k) => page.textContent(`#print-meta tr[data-field="${k}"] td`);
  assert.equal(await field('部门'), '江岸区科经局本级');
  assert.equal(await field('年度'), '2023');
  assert.equal(await field('文件'), 'seed.xlsx');
  assert.match(await field('SHA-256'), /^([0-9a-f]{64}|未记录)$/);
  assert.match(await field('SHA-256'), /^[0-9a-f]{64}$/, 'a saved version records its hash');
  const rules = await field('规则集版本');
  assert.notEqual(rules, '未记录');
  assert.ok(rules.length >= 8, rules);
  assert.match(await field('检查时间'), /^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  assert.match(await field('打印时间'), /^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  assert.notEqual(await field('表格模板'), '');
  assert.notEqual(await field('规则配置'), '');
  // The summary table's total row says what the chips say.
  const totals = await page.locator('#print-summary tr.total td.num').allTextContents();
  assert.deepEqual(totals.map(Number), chips);

  // Every finding is on paper, folded ones too, with its 审核说明 as text.
  const visible = await page.locator('#findings .finding').evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
  assert.equal(visible, total, 'every finding prints');
  const notes = await page.locator('#findings .finding[data-severity="warning"] .print-note').evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.textContent));
  assert.equal(notes.length, chips[1], 'every 提示 prints its 审核说明 line');
  assert.ok(notes.includes('审核说明：' + note), 'the typed note prints');
  assert.equal(await page.isVisible(`.print-note:has-text("${note}")`), true);
  // A finding with numbers prints its cell, 应为, 实为 and 差额.
  const withNums = page.locator('#findings .finding:has(dl.nums)').first();
  assert.equal(await withNums.locator('.loc').isVisible(), true);
  assert.match(await withNums.locator('dl.nums').textContent(), /应为.*实为.*差额/s);
  assert.equal(await page.isVisible('#print-sign'), true);
  assert.match(await page.textContent('#print-sign'), /审核人：.*复核人：.*日期：/s);
  // Screen-only controls stay off paper.
  assert.equal(await page.isVisible('#dl-json'), false);
  assert.equal(await page.locator('textarea.explain').evaluateAll((els) => els.some((e) => e.checkVisibility())), false);

  await page.screenshot({ path: path.join(shots, 'print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  writeFileSync(path.join(shots, 'report.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages > 1, `the report runs to ${pages} page(s)`);

  // Back on screen, the layout is as before.
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.isVisible('#print-head'), false);
  assert.equal(await page.locator('.print-note').evaluateAll((els) => els.some((e) => e.checkVisibility())), false);
  assert.equal(await page.locator('#findings .finding').evaluateAll((els) => els.filter((e) => e.checkVisibility()).length), onScreen, 'the filter still holds on screen');
  await context.close();
});
