// The narrative (情况说明) in the page: a workbook and its .docx chosen
// together are checked as a pair; a narrative finding names its paragraph,
// shows it with the claim marked and opens the table cell it was compared
// with; its 审核说明 and the document are kept with the draft; the
// annotated .docx carries a Word comment on each finding; a .docx added to
// a draft on screen, pasted text and a .doc are handled.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, seed, root, shots, ensureShots, recordRequests, outsideHosts } from './helpers.mjs';
import { readZipPart } from './xlsx-edit.mjs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const site = useSite(before, after);
const narrative = (name = 'seed-narrative.docx') => path.join(root, 'testdata', 'narrative', name);

async function open(context) {
  const page = await context.newPage();
  await page.goto(site.server.url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  return page;
}

// choose sets the file input and waits for the check to end.
async function choose(page, selector, files) {
  const before = Number(await page.getAttribute('#results', 'data-checks') || 0);
  await page.setInputFiles(selector, files);
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks || 0) > n, before, { timeout: 60000 });
  return page.getAttribute('#results', 'data-status');
}

const savedDraft = (page) => page.waitForFunction(() => document.querySelector('#drafts li[data-draft-id]') !== null);

test('a workbook and its narrative chosen together: findings at their paragraphs, both kept with the draft', async () => {
  ensureShots();
  const log = [];
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  recordRequests(context, log);
  const page = await open(context);
  assert.equal(await choose(page, '#file', [seed(), narrative()]), 'done');
  await page.waitForSelector('#results[data-view="done"]');
  assert.match(await page.textContent('#doc-meta'), /seed-narrative\.docx/);

  // The seed narrative's own errors, each at its paragraph.
  const at = async (rule, para) => page.locator(`#findings .finding[data-rule="${rule}"][data-para="${para}"]`).count();
  assert.equal(await at('D0203', 64), 1, 'the duplicated item number 19.');
  assert.equal(await at('D0104', 65), 1, 'the completion rate off by 0.1');
  assert.equal(await at('D0106', 91), 1, 'the total that is not the sum of its parts');
  assert.ok(await page.locator('#findings section.group[data-form="narrative"] h3').count() === 1, 'one group for the narrative');
  assert.match(await page.textContent('#findings .finding[data-rule="D0104"] .loc'), /情况说明 第 65 段/);

  // The finding opens its paragraph, the claim marked, and the cell it was compared with.
  await page.click('#findings .finding[data-rule="D0104"] .msg');
  await page.waitForSelector('#preview-doc:not([hidden]) .para.hit[data-para="65"] mark');
  const quote = await page.textContent('#findings .finding[data-rule="D0104"] .msg');
  const marked = await page.textContent('#preview-doc .para.hit mark');
  assert.ok(quote.includes(marked), `${marked} is the finding's quote`);
  assert.ok(marked.includes('91'), marked);
  await page.screenshot({ path: path.join(shots, 'narrative-paragraph.png') });
  await page.click('#preview-doc .cells button');
  await page.waitForSelector('#preview-grid td.hit');
  assert.equal(await page.isVisible('#preview-doc'), false);
  assert.equal(await page.getAttribute('#preview-grid td.hit', 'data-cell'), 'C51');
  await page.keyboard.press('Escape');

  // A 审核说明 on a narrative 提示 is kept with the draft.
  await savedDraft(page);
  const note = '“增加(减少)”为模板原文，发布前统一修改。';
  const warn = page.locator('#findings .finding[data-rule="D0206"]').first();
  const bundle = page.locator('#findings details.bundle[data-rule="D0206"]');
  if (await bundle.count()) await bundle.locator('summary').click();
  await warn.locator('textarea.explain').fill(note);
  await warn.locator('textarea.explain').blur();
  await page.waitForSelector('body[data-notes="saved"]');

  // The annotated .docx: a Word comment on each narrative finding, the note with its finding.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dl-document')]);
  assert.equal(download.suggestedFilename(), 'seed-narrative-标注.docx');
  const bytes = readFileSync(await download.path());
  const comments = readZipPart(bytes, 'word/comments.xml');
  assert.ok(comments, 'the copy has word/comments.xml');
  const n = (comments.match(/<w:comment /g) || []).length;
  const findings = await page.locator('#findings .finding[data-para]').count();
  assert.equal(n, findings, 'one comment per narrative finding');
  assert.ok(comments.includes('D0104') && comments.includes('91.7%'), 'the completion-rate comment says the rate it should be');
  assert.ok(comments.includes(note.replace(/“|”/g, (c) => c)), 'the 审核说明 travels with its comment');
  const body = readZipPart(bytes, 'word/document.xml');
  assert.equal((body.match(/<w:commentRangeStart /g) || []).length, n);

  // After a reload the draft opens with its narrative: findings, note, paragraphs.
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('#drafts li[data-draft-id] .d-name').length > 0, null, { timeout: 30000 });
  await page.click('#drafts li[data-draft-id] .d-name');
  await page.waitForSelector('#results[data-view="done"] #findings .finding[data-rule="D0104"][data-para="65"]');
  const bundle2 = page.locator('#findings details.bundle[data-rule="D0206"]');
  if (await bundle2.count()) await bundle2.locator('summary').click();
  assert.equal(await page.locator('#findings .finding[data-rule="D0206"] textarea.explain').first().inputValue(), note);
  await page.click('#findings .finding[data-rule="D0203"] .msg');
  await page.waitForSelector('#preview-doc .para.hit[data-para="64"] mark');

  assert.deepEqual(outsideHosts(log, site.server.origin), []);
  await context.close();
});

test('a narrative added to the draft on screen is checked with it, as its next version', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await open(context);
  assert.equal(await choose(page, '#file', seed()), 'done');
  await savedDraft(page);
  assert.equal(await page.locator('#findings .finding[data-para]').count(), 0);
  assert.equal(await page.isVisible('#add-doc'), true);
  assert.equal(await page.textContent('#add-doc'), '添加情况说明');
  assert.equal(await choose(page, '#doc-file', narrative()), 'done');
  await page.waitForSelector('#findings .finding[data-rule="D0203"][data-para="64"]');
  assert.equal(await page.textContent('#file-name'), 'seed.xlsx', 'the workbook on screen was checked again, with the narrative');
  await page.waitForFunction(() => document.querySelector('#drafts li[data-draft-id]')?.dataset.versions === '2');
  // Compared with the version checked without it, the narrative's findings
  // came with checks that did not run before: 新增检查, not 新出现.
  await page.waitForSelector('#compare[data-state="done"]');
  assert.equal(await page.locator('#compare .cmp-list[data-list="new"] li[data-rule^="D0"]').count(), 0);
  const added = page.locator('#compare .cmp-list[data-list="added"] li[data-rule="D0203"]');
  assert.equal(await added.count(), 1);
  assert.match(await added.locator('.loc').textContent(), /情况说明 第 64 段/);
  await context.close();
});

test('pasted narrative text and a narrative alone: checked for what needs no table', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await open(context);
  await page.click('#paste summary');
  await page.fill('#paste-text', [
    '2023年度部门决算情况说明',
    '一、收入支出决算总体情况说明',
    '2023年度政府采购支出总额10万元，其中：政府采购货物支出5万元、政府采购工程支出2万元、政府采购服务支出2万元。',
    '三、支出决算情况说明',
    '主要原因：XXXXXXXX',
  ].join('\n'));
  const before = Number(await page.getAttribute('#results', 'data-checks') || 0);
  await page.click('#paste-check');
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks || 0) > n, before);
  assert.equal(await page.getAttribute('#results', 'data-status'), 'done');
  assert.match(await page.textContent('#doc-meta'), /单独检查情况说明/);
  assert.equal(await page.locator('#findings .finding[data-rule="D0106"][data-para="3"]').count(), 1, 'the total that is not its parts, line 3');
  assert.equal(await page.locator('#findings .finding[data-rule="D0205"][data-para="5"]').count(), 1, 'the placeholder, line 5');
  assert.equal(await page.locator('#findings .finding[data-rule="D0204"][data-para="4"]').count(), 1, '一 then 三: a gap');
  await page.click('#findings .finding[data-rule="D0205"] .msg');
  await page.waitForSelector('#preview-doc .para.hit[data-para="5"] mark');

  // A .doc is refused in words, the page keeps working.
  const dir = mkdtempSync(path.join(tmpdir(), 'rc-doc-'));
  const doc = path.join(dir, '情况说明.doc');
  const ole = Buffer.alloc(4096);
  Buffer.from([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).copy(ole);
  Buffer.from('W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0', 'latin1').copy(ole, 1024);
  writeFileSync(doc, ole);
  assert.equal(await choose(page, '#file', doc), 'failed');
  assert.match(await page.textContent('#failure'), /\.doc/);
  assert.match(await page.textContent('#failure'), /另存为/);
  assert.equal(await page.getAttribute('#failure', 'data-code'), 'legacy_doc');

  // A narrative that cannot be read, chosen with its workbook: the
  // workbook's result stands, and the page says why the narrative was not.
  const broken = path.join(dir, '情况说明.docx');
  writeFileSync(broken, 'not a zip at all');
  assert.equal(await choose(page, '#file', [seed(), broken]), 'done');
  await page.waitForSelector('#doc-meta.failure:not([hidden])');
  assert.match(await page.textContent('#doc-meta'), /情况说明“情况说明\.docx”无法读取：这不是 Word 文档/);
  assert.equal(await page.textContent('#file-name'), 'seed.xlsx');
  assert.equal(await page.locator('#findings .finding[data-para]').count(), 0);
  assert.ok(await page.locator('#findings .finding').count() > 0, "the workbook's findings are shown");
  assert.equal(await page.isVisible('#dl-document'), false);
  await context.close();
});
