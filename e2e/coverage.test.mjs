// Honest results: a workbook with none of the tables, or only the
// 绩效自评表, says what was not checked instead of reading 「0 错误」; and a
// new rule profile re-checks the draft on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import XLSX from 'xlsx';
import { startServer, launch, checkFile, seed } from './helpers.mjs';

let server, browser, page, dir;

before(async () => {
  server = await startServer();
  browser = await launch();
  dir = mkdtempSync(path.join(tmpdir(), 'rc-coverage-'));
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

// book writes a workbook of the given sheets (arrays of rows).
function book(name, sheets) {
  const wb = XLSX.utils.book_new();
  for (const [sheet, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheet);
  const file = path.join(dir, name);
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  return file;
}

test('an unrelated workbook says nothing was checked', async () => {
  const file = book('名单.xlsx', { 名单: [['姓名', '科室', '电话'], ['张三', '办公室', '12345'], ['李四', '财务科', '67890']] });
  assert.equal(await checkFile(page, file), 'done');
  assert.equal(await page.getAttribute('#coverage', 'data-level'), 'none');
  assert.match(await page.textContent('#coverage'), /未识别到任何部门决算公开表或绩效自评表，本文件没有得到核对/);
  assert.equal(await page.getAttribute('.summary', 'data-coverage'), 'none');
  // Its draft says so in the list too, not 「错误 0」.
  const meta = page.locator('#drafts li[data-draft-id]:has-text("名单.xlsx") .d-meta');
  await meta.waitFor();
  assert.equal(await meta.getAttribute('data-coverage'), 'none');
  assert.match(await meta.textContent(), /未识别到报表，未核对/);
  assert.doesNotMatch(await meta.textContent(), /错误 0/);
});

test('a 绩效自评表-only workbook names the missing 公开01–09表', async () => {
  const rows = [
    ['项目支出绩效自评表'], ['（2023年度）'],
    ['项目名称', '测试项目'],
    ['', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', '', 10, 10, 10, 10, '100%', 10],
    ['年度总体目标', '完成'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '培训场次', '23场', '23场', 50, 50, ''],
    ['效益指标', '社会效益指标', '服务质量', '提升', '提升', 30, 30, ''],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, 10, ''],
    ['总分', '', '', '', '', 100, 100, ''],
  ];
  const file = book('自评.xlsx', { 绩效自评: rows });
  assert.equal(await checkFile(page, file), 'done');
  assert.equal(await page.evaluate(() => document.querySelectorAll('#tables tbody tr').length), 1, 'the 自评表 is recognised');
  assert.equal(await page.getAttribute('#coverage', 'data-level'), 'partial');
  assert.match(await page.textContent('#coverage'), /只识别到绩效自评表（\d+ 张），未找到公开01–09表/);
  const meta = page.locator('#drafts li[data-draft-id]:has-text("自评.xlsx") .d-meta');
  await meta.waitFor();
  assert.equal(await meta.getAttribute('data-coverage'), 'kpi');
  assert.match(await meta.textContent(), /只有绩效自评表/);
});

test('a full draft shows no coverage warning; a new profile re-checks it', async () => {
  assert.equal(await checkFile(page, seed()), 'done');
  assert.equal(await page.isHidden('#coverage'), true);
  const before = await page.textContent('#file-meta');
  const checks = Number(await page.getAttribute('#results', 'data-checks'));
  const other = await page.evaluate(() => [...document.querySelectorAll('#profile option')].map((o) => o.value).find((v) => v !== document.querySelector('#profile').value));
  await page.selectOption('#profile', other);
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks) > n && document.querySelector('#results').dataset.status === 'done', checks);
  const after = await page.textContent('#file-meta');
  assert.notEqual(after, before, 'the result on screen is of the new profile');
  assert.equal(await page.textContent('#file-name'), 'seed.xlsx');
});
