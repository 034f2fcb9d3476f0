// Versions, not overwrites: every file checked for a department's year is
// kept as a version of its draft. A corrected file is a new version; the
// earlier one still opens, with its own cells in the preview; two versions
// compare as lists (已修正 / 新出现 / 仍存在); a batch keeps every file;
// old bytes are dropped past the newest N, and such a version says so;
// 「重新检查」 opens the file chooser; notes stay with the draft; drafts of
// earlier builds (both layouts) open with their notes and become version 1.
// Every wait is on the page's own signals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { startServer, launch, recordRequests, outsideHosts, checkFile, seed, root } from './helpers.mjs';
import { editXlsx, setCell } from './xlsx-edit.mjs';

let server, browser, dir;
const requests = [];
const files = {};

before(async () => {
  server = await startServer();
  browser = await launch();
  dir = path.join(server.tmp, 'versions');
  mkdirSync(dir, { recursive: true });
  // The first draft, and the same workbook after the clerk's edits in
  // Excel: one KPI total corrected (附件!G120 99 → 97: fixed), one still
  // wrong but by less (G89 98 → 95: still reported), and a typo in 公开01表
  // (F9 120.00 → 130.00: new findings).
  const first = readFileSync(seed());
  let edited = editXlsx(first, 'xl/worksheets/sheet10.xml', (x) => setCell(setCell(x, 'G89', '98', '95'), 'G120', '99', '97'));
  edited = editXlsx(edited, 'xl/worksheets/sheet1.xml', (x) => setCell(x, 'F9', '120.00', '130.00'));
  files.first = path.join(dir, '江岸区科经局-初稿.xlsx');
  files.edited = path.join(dir, '江岸区科经局-修改稿.xlsx');
  writeFileSync(files.first, first);
  writeFileSync(files.edited, edited);
});

after(async () => {
  await browser?.close();
  server?.stop();
});

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  recordRequests(context, requests);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  return { context, page };
}

const G89 = '.finding[data-rule="K0003"][data-cell="G89"]';
const B38 = '.finding[data-rule="S0002"][data-cell="B38"] textarea.explain';

// savedAs waits until the draft on screen lists n versions and gives its ID.
async function savedAs(page, n) {
  await page.waitForSelector(`#drafts li.current[data-versions="${n}"]`);
  return page.getAttribute('#drafts li.current', 'data-draft-id');
}

// previewOf clicks a finding and gives the value the preview shows at its cell.
async function previewOf(page, finding, cell, want) {
  await page.click(finding);
  await page.waitForFunction(({ cell, want }) => {
    const hit = document.querySelector(`#preview:not([hidden]) #preview-grid td.hit[data-cell="${cell}"]`);
    return hit && hit.textContent === want;
  }, { cell, want });
}

// openVersion opens one version from the list and waits until it is on screen.
async function openVersion(page, id) {
  await page.click(`#drafts li[data-version-id="${id}"] button[data-action="open"]`);
  await page.waitForSelector(`#drafts li.version.on-screen[data-version-id="${id}"]`);
  await page.waitForSelector('#results[data-status="done"]');
}

// listed gives the keys of one list of the comparison on screen.
function listed(page, list) {
  return page.$$eval(`#compare .cmp-list[data-list="${list}"] li[data-key]`, (els) => els.map((e) => e.dataset.key));
}

// idb runs one request on the page's own connection: 'get' a record,
// 'put' one, or list the keys of the files store.
function idb(page, op, id, value) {
  return page.evaluate(({ op, id, value }) => new Promise((resolve, reject) => {
    const open = indexedDB.open('reportcheck');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['drafts', 'files'], op === 'put' ? 'readwrite' : 'readonly');
      let result;
      if (op === 'get') tx.objectStore('drafts').get(id).onsuccess = (e) => { result = e.target.result; };
      if (op === 'put') tx.objectStore('drafts').put(value, id);
      if (op === 'files') tx.objectStore('files').getAllKeys().onsuccess = (e) => { result = e.target.result; };
      tx.oncomplete = () => { db.close(); resolve(result); };
      tx.onerror = () => reject(tx.error);
    };
  }), { op, id, value });
}

test('a corrected file is a new version; the first still opens with its own cells; the two compare as lists', async () => {
  const { context, page } = await newPage();
  assert.equal(await checkFile(page, files.first), 'done');
  const id = await savedAs(page, 1);
  const [v1, v2] = [id + '-v1', id + '-v2'];
  await previewOf(page, G89, 'G89', '98');

  assert.equal(await checkFile(page, files.edited), 'done');
  assert.equal(await savedAs(page, 2), id, 'one draft: the same department, year and template');
  // The list names the latest file and counts the versions.
  assert.equal(await page.textContent('#drafts li.current .d-name'), '江岸区科经局-修改稿.xlsx');
  assert.match(await page.textContent('#drafts li.current .d-file'), /最新文件：江岸区科经局-修改稿\.xlsx · 共 2 个版本/);
  assert.deepEqual(await page.$$eval(`#drafts li[data-versions-of="${id}"] li[data-version-id]`, (els) => els.map((e) => e.dataset.versionId)), [v2, v1]);
  // The preview reads the version on screen, not the draft's first file.
  await previewOf(page, G89, 'G89', '95');

  // What changed is listed, not counted: the comparison with version 1 opens by itself.
  await page.waitForSelector(`#compare[data-state="done"][data-from="${v1}"][data-to="${v2}"]`);
  assert.match(await page.textContent('#changes'), /与上次检查（版本 1，.*）相比：已修正 1 项，新出现 2 项，仍存在 74 项。/);
  assert.deepEqual(await listed(page, 'fixed'), ['K0003|附件|G120']);
  assert.deepEqual(await listed(page, 'new'), ['T0103|01 收入支出决算总表|F33', 'X0008|03 支出决算表|C11']);
  const still = await listed(page, 'still');
  assert.equal(still.length, 74);
  assert.ok(still.includes('K0003|附件|G89'));
  assert.match(await page.textContent(`#compare .cmp-list[data-list="still"] li[data-key="K0003|附件|G89"]`), /较早版本为 98/);
  assert.match(await page.textContent('#compare .cmp-list[data-list="fixed"]'), /绩效自评表（科技专项工作经费）总分应为/);
  assert.equal(await page.locator('#compare .cmp-list[data-list="unchecked"]').count(), 0, 'the same rules ran: nothing told apart');

  // Version 1 opens with its own report and its own cells.
  await openVersion(page, v1);
  assert.equal(await page.textContent('#file-name'), '江岸区科经局-初稿.xlsx');
  assert.equal(await page.textContent('#count-error'), '2');
  assert.equal(await page.isHidden('#changes'), true, 'the draft\'s changes are the latest version\'s');
  await previewOf(page, G89, 'G89', '98');
  // Compared from the list with the version on screen, either way round: the earlier first.
  await page.click(`#drafts li[data-version-id="${v2}"] button[data-action="compare"]`);
  await page.waitForSelector(`#compare[data-state="done"][data-from="${v1}"][data-to="${v2}"]`);
  assert.deepEqual(await listed(page, 'fixed'), ['K0003|附件|G120']);
  assert.match(await page.textContent('#compare-title'), /版本 1（江岸区科经局-初稿\.xlsx）→ 版本 2（江岸区科经局-修改稿\.xlsx）/);

  // Exported: version 1's bytes as they were checked.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#drafts li[data-version-id="${v1}"] button[data-action="export"]`)]);
  assert.match(download.suggestedFilename(), /^江岸区科经局-初稿（版本 1）\.xlsx$/);
  const sha = (b) => createHash('sha256').update(b).digest('hex');
  assert.equal(sha(readFileSync(await download.path())), sha(readFileSync(files.first)));
  // The record: every version with its file, hash, time, profile and rule set.
  const meta = JSON.parse((await idb(page, 'get', id)).meta);
  assert.deepEqual(meta.versions.map((v) => [v.id, v.file, v.sha256]), [[v1, '江岸区科经局-初稿.xlsx', sha(readFileSync(files.first))], [v2, '江岸区科经局-修改稿.xlsx', sha(readFileSync(files.edited))]]);
  for (const v of meta.versions) {
    assert.equal(v.profile, 'hubei');
    assert.match(v.rules_version, /^[0-9a-f]{16}$/);
    assert.ok(meta.rule_sets[v.rule_set].includes('K0003'));
    assert.match(v.checked, /^\d{4}-\d\d-\d\dT/);
  }

  // A version deleted: its file goes, the other stays and still opens.
  page.once('dialog', (d) => d.accept());
  await page.click(`#drafts li[data-version-id="${v1}"] button[data-action="delete"]`);
  await page.waitForSelector('#drafts li.current[data-versions="1"]');
  assert.deepEqual((await idb(page, 'files')).filter((k) => k.startsWith(id)).sort(), [v2]);
  await openVersion(page, v2);
  assert.equal(await page.textContent('#file-name'), '江岸区科经局-修改稿.xlsx');
  // The only version cannot be deleted alone (that would delete the draft and its notes).
  assert.equal(await page.isDisabled(`#drafts li[data-version-id="${v2}"] button[data-action="delete"]`), true);
  await context.close();
});

test('the same file checked again leaves the draft list as drawn; a new version redraws it', async () => {
  const { context, page } = await newPage();
  const listedSaves = () => page.evaluate(() => Number(document.querySelector('#drafts').dataset.savesListed || 0));
  const afterSave = (n) => page.waitForFunction((n) => Number(document.querySelector('#drafts').dataset.savesListed || 0) > n, n);
  let n = await listedSaves();
  assert.equal(await checkFile(page, files.first), 'done');
  await afterSave(n);
  await savedAs(page, 1);
  const shownText = () => page.evaluate(() => document.querySelector('#drafts').textContent);
  await page.evaluate(() => { window.__listed = document.querySelector('#drafts li.current'); });
  const before = await shownText();
  // The same bytes again: the same version; the list shows times to the
  // minute, so it is redrawn only if the minute turned meanwhile.
  n = await listedSaves();
  assert.equal(await checkFile(page, files.first), 'done');
  await afterSave(n);
  if (!await page.evaluate(() => window.__listed.isConnected)) {
    assert.notEqual(await shownText(), before, 'the list was redrawn though it shows the same');
  }
  // An edited file is a second version: the list says so.
  n = await listedSaves();
  assert.equal(await checkFile(page, files.edited), 'done');
  await afterSave(n);
  await savedAs(page, 2);
  assert.equal(await page.evaluate(() => window.__listed.isConnected), false);
  await context.close();
});

test('a batch of one department\'s files keeps every version; bytes past the newest N are dropped, reports kept', async () => {
  const { context, page } = await newPage();
  await page.fill('#keep-versions', '2');
  await page.dispatchEvent('#keep-versions', 'change');
  const batch = ['seed.xlsx', 'seed-nine.xlsx', 'seed-shifted.xlsx', 'seed-yuan.xlsx'];
  await page.setInputFiles('#file', batch.map((f) => seed(f)));
  await page.waitForFunction(() => document.querySelector('#results').dataset.checks === '4', null, { timeout: 60000 });
  await page.waitForSelector('#drafts li[data-draft-id][data-versions="4"]');
  assert.equal(await page.locator('#drafts li[data-draft-id]').count(), 1);
  const id = await page.getAttribute('#drafts li[data-draft-id]', 'data-draft-id');
  assert.equal(await page.textContent('#drafts li[data-draft-id] .d-name'), 'seed-yuan.xlsx');
  // The draft on screen lists its versions, newest first.
  const rows = await page.$$eval(`#drafts li[data-versions-of="${id}"] li[data-version-id]`,
    (els) => els.map((e) => [e.querySelector('.v-file').textContent, e.dataset.dropped === 'true']));
  assert.deepEqual(rows, [['seed-yuan.xlsx', false], ['seed-shifted.xlsx', false], ['seed-nine.xlsx', true], ['seed.xlsx', true]]);
  // Storage stays bounded: two files kept, every report kept.
  const keys = (await idb(page, 'files')).filter((k) => k.startsWith(id)).sort();
  assert.deepEqual(keys, [`${id}-v1.report`, `${id}-v2.report`, `${id}-v3`, `${id}-v3.report`, `${id}-v4`]);
  // A version whose file was dropped opens its report, says why it has no
  // cells to show, and cannot be exported.
  const v1 = `${id}-v1`;
  assert.match(await page.textContent(`#drafts li[data-version-id="${v1}"] .v-dropped`), /原文件已清理（每份草稿只保留最近 2 个版本的原文件）/);
  assert.equal(await page.isDisabled(`#drafts li[data-version-id="${v1}"] button[data-action="export"]`), true);
  await openVersion(page, v1);
  assert.equal(await page.textContent('#file-name'), 'seed.xlsx');
  await page.click(G89);
  await page.waitForSelector('#notice:not([hidden])');
  assert.match(await page.textContent('#notice'), /此版本的原文件已清理.*检查结果仍然保留/);
  assert.equal(await page.isHidden('#preview'), true);
  await context.close();
});

test('「重新检查」 opens the file chooser for the edited file; notes stay with the draft across versions', async () => {
  const { context, page } = await newPage();
  assert.equal(await checkFile(page, files.first), 'done');
  const id = await savedAs(page, 1);
  await page.locator(B38).fill('科目名称沿用 2023 年科目表，已核实');
  await page.waitForSelector('body[data-notes="saved"]');
  const before = Number(await page.getAttribute('#results', 'data-checks'));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click(`#drafts li[data-draft-id="${id}"] button:text-is("重新检查")`)]);
  await chooser.setFiles(files.edited);
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks) > n, before);
  await savedAs(page, 2);
  assert.equal(await page.inputValue(B38), '科目名称沿用 2023 年科目表，已核实');
  await openVersion(page, id + '-v1');
  assert.equal(await page.inputValue(B38), '科目名称沿用 2023 年科目表，已核实');
  // A note typed on version 1 is the draft's: version 2 shows it too.
  await page.locator('.finding[data-rule="S0002"][data-cell="B39"] textarea.explain').fill('在版本 1 上写的说明');
  await page.waitForSelector('body[data-notes="saved"]');
  await openVersion(page, id + '-v2');
  assert.equal(await page.inputValue('.finding[data-rule="S0002"][data-cell="B39"] textarea.explain'), '在版本 1 上写的说明');
  // Another department's file chosen by mistake: saved as its own draft, and said so.
  const [again] = await Promise.all([page.waitForEvent('filechooser'), page.click(`#drafts li[data-draft-id="${id}"] button:text-is("重新检查")`)]);
  await again.setFiles(path.join(root, 'testdata', 'ministry', 'ministry.xlsx'));
  await page.waitForSelector('#notice:not([hidden])');
  assert.match(await page.textContent('#notice'), /所选文件与草稿“江岸区科经局-修改稿\.xlsx”的部门、年度或表格模板不同，已作为草稿“ministry\.xlsx”的版本保存/);
  assert.equal(await page.getAttribute(`#drafts li[data-draft-id="${id}"]`, 'data-versions'), '2');
  await context.close();
});

// Drafts saved by earlier builds: {meta, report} without versions, and the
// first layout (one JSON string, the report inline). Each opens with its
// notes as version 1 (its bytes where that build kept them), and the next
// check adds version 2 beside it.
for (const layout of ['current', 'legacy']) {
  test(`a draft of an earlier build (${layout} layout) opens as version 1 with its notes; the next check is version 2`, async () => {
    const { context, page } = await newPage();
    assert.equal(await checkFile(page, files.first), 'done');
    const id = await savedAs(page, 1);
    // Rewrite the record as that build stored it, its bytes under the draft's ID.
    const rec = await idb(page, 'get', id);
    const meta = JSON.parse(rec.meta);
    for (const k of ['versions', 'rule_sets', 'next', 'template', 'renamed']) delete meta[k];
    meta.name = '江岸区科经局 2023（旧版保存）';
    meta.explanations = { 'S0002|02 收入决算表|B38': '旧版本写下的说明' };
    await page.evaluate(({ id, value }) => new Promise((resolve, reject) => {
      const open = indexedDB.open('reportcheck');
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['drafts', 'files'], 'readwrite');
        const files = tx.objectStore('files');
        const get = files.get(id + '-v1');
        get.onsuccess = () => {
          files.put(get.result, id);
          files.delete(id + '-v1');
          tx.objectStore('drafts').put(value, id);
        };
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    }), { id, value: layout === 'current' ? { meta: JSON.stringify(meta), report: rec.report } : JSON.stringify({ ...meta, keys: undefined, report: JSON.parse(rec.report) }) });
    await page.reload();
    await page.waitForSelector(`#drafts li[data-draft-id="${id}"][data-versions="1"]`);
    assert.equal(await page.textContent(`#drafts li[data-draft-id="${id}"] .d-name`), '江岸区科经局 2023（旧版保存）');
    await page.click(`#drafts li[data-draft-id="${id}"] .d-name`);
    await page.waitForSelector(`#drafts li.version.on-screen[data-version-id="${id}-v1"]`);
    assert.equal(await page.inputValue(B38), '旧版本写下的说明');
    await previewOf(page, G89, 'G89', '98');
    // Opening rewrote nothing.
    assert.equal(typeof await idb(page, 'get', id), layout === 'current' ? 'object' : 'string');

    assert.equal(await checkFile(page, files.edited), 'done');
    await savedAs(page, 2);
    await page.waitForSelector(`#compare[data-state="done"][data-from="${id}-v1"][data-to="${id}-v2"]`);
    assert.deepEqual(await listed(page, 'fixed'), ['K0003|附件|G120']);
    assert.match(await page.textContent('#compare-note'), /没有记录当时运行的规则/);
    // The name the clerk saw is kept (it was not the file's), the note too,
    // and version 1's file stays where the earlier build put it.
    const after = await idb(page, 'get', id);
    assert.equal(typeof after, 'object');
    const m = JSON.parse(after.meta);
    assert.equal(m.name, '江岸区科经局 2023（旧版保存）');
    assert.deepEqual(m.explanations, { 'S0002|02 收入决算表|B38': '旧版本写下的说明' });
    assert.deepEqual(m.versions.map((v) => [v.id, v.blob, !!v.migrated]), [[id + '-v1', id, true], [id + '-v2', id + '-v2', false]]);
    await openVersion(page, id + '-v1');
    await previewOf(page, G89, 'G89', '98');
    assert.equal(await page.inputValue(B38), '旧版本写下的说明');
    await context.close();
  });
}

test('no request went to another host', () => {
  assert.deepEqual(outsideHosts(requests, server.origin), []);
});
