// The preview with its context: the table's head rows (titles, column
// heads, 栏次) and label columns (codes, names) stay in view around a hit
// far down the table; amounts read as in Excel (3,311.20) with the stored
// value in the tooltip; a cross-table finding's other cell is one click
// away; a 绩效自评表 row unfolds to its recomputation, each cell a click
// from the preview.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { useSite, openPage, seed, shots, ensureShots, checkFile } from './helpers.mjs';

const site = useSite(before, after);

test('the preview keeps the head rows and label columns in view, amounts as the clerk sees them, the other cell a click away', async () => {
  ensureShots();
  const { context, page } = await openPage(site);
  assert.equal(await checkFile(page, seed()), 'done');

  const bundle = page.locator('#findings details.bundle[data-rule="S0002"]');
  if (await bundle.count()) await bundle.locator('summary').click();
  await page.click('.finding[data-rule="S0002"][data-cell="B38"] .msg');
  await page.waitForSelector('#preview-grid td.hit[data-cell="B38"]');
  // Row 38 is far below the head: the head rows come along, in the thead.
  const heads = await page.locator('#preview-grid thead tr.head').allTextContents();
  assert.ok(heads.length >= 3, `head rows ${heads.length}`);
  assert.ok(heads.some((t) => /栏次|项目|科目/.test(t)), heads.join(' | '));
  assert.equal(await page.locator('#preview-grid tbody tr:first-child td.rownum').textContent().then(Number) > heads.length, true, 'the window starts below the head rows');
  // Codes and names are label columns, stuck to the left; the hit is one.
  assert.match(await page.getAttribute('#preview-grid td.hit', 'class'), /\blab\b/);
  // Amounts as in Excel, exactly; the stored value in the tooltip.
  const amounts = await page.locator('#preview-grid td.amt').evaluateAll((els) => els.map((e) => [e.textContent, e.title]).filter(([t]) => t !== ''));
  assert.ok(amounts.length > 10, 'amount cells');
  for (const [shown, stored] of amounts) {
    if (!/^-?\d+(\.\d+)?$/.test(stored)) continue;
    assert.match(shown, /^-?\d{1,3}(,\d{3})*\.\d{2,}$/, shown);
    assert.equal(shown.replace(/,/g, '').replace(/\.?0+$/, ''), stored.replace(/\.?0+$/, '').replace(/^$/, '0') || '0', `${shown} is ${stored}`);
  }
  // The head rows stay at the top while the grid scrolls down.
  await page.locator('#preview .grid-wrap').evaluate((el) => { el.scrollTop = el.scrollHeight; });
  const top = await page.evaluate(() => {
    const wrap = document.querySelector('#preview .grid-wrap').getBoundingClientRect();
    const head = document.querySelector('#preview-grid thead').getBoundingClientRect();
    return head.top - wrap.top;
  });
  assert.ok(Math.abs(top) <= 2, `thead at ${top}px from the top of the scrolled grid`);
  await page.screenshot({ path: path.join(shots, 'preview-context.png') });
  // The compared cell on the other sheet.
  await page.waitForSelector('#preview-others:not([hidden]) button');
  const other = await page.textContent('#preview-others button');
  assert.match(other, /03 支出决算表!B38/);
  await page.click('#preview-others button');
  await page.waitForFunction(() => /03 支出决算表/.test(document.querySelector('#preview-title').textContent));
  assert.equal(await page.getAttribute('#preview-grid td.hit', 'data-cell'), 'B38');
  await page.keyboard.press('Escape');

  // KPI detail: 科技管理工作经费 unfolds to its recomputation.
  await page.locator('#kpi').scrollIntoViewIfNeeded();
  const detail = page.locator('#kpi tr:has-text("科技管理工作经费") + tr.kpi-detail details').first();
  await detail.locator('summary').click();
  // Built when first opened (its toggle event).
  await detail.locator('table.kpi-ind').waitFor();
  const text = await detail.textContent();
  for (const w of ['预算数', '执行数', '执行率', '执行得分', '复算']) assert.ok(text.includes(w), w);
  assert.ok(await detail.locator('table.kpi-ind tbody tr').count() >= 10, 'every indicator listed');
  await detail.locator('dd button.linkish').first().click();
  await page.waitForSelector('#preview-grid td.hit[data-cell="G89"]');
  await page.screenshot({ path: path.join(shots, 'kpi-detail.png') });
  await context.close();
});
