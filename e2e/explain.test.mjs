// Explaining and navigating a long report: one 审核说明 for a whole folded
// bundle, 已说明 / 待说明 counts, and the filters (severity chips, 只看未说明,
// table, search). Every wait is on the page's own signals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, recordRequests, outsideHosts, checkFile, seed } from './helpers.mjs';

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

async function open(context) {
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  return page;
}

const pending = (page) => page.evaluate(() => Number(document.querySelector('#explained').dataset.pending));
const shown = (page) => page.evaluate(() => Number(document.querySelector('#findings').dataset.shown));
const total = (page) => page.evaluate(() => ['error', 'warning', 'info'].reduce((n, s) => n + Number(document.querySelector('#count-' + s).textContent), 0));

// The first folded bundle of a rule's 提示, opened, with its note box.
async function openWarningBundle(page, rule) {
  const sel = rule ? `details.bundle[data-rule="${rule}"]` : 'details.bundle[data-rule]:has(summary .sev.warning)';
  await page.waitForSelector(sel);
  const r = rule || await page.getAttribute(sel, 'data-rule');
  const b = `details.bundle[data-rule="${r}"]`;
  if (!await page.evaluate((s) => document.querySelector(s).open, b)) await page.click(b + ' > summary');
  await page.waitForSelector(b + ' .bundle-note textarea.bundle-explain');
  await page.waitForFunction((s) => {
    const el = document.querySelector(s);
    const n = el.querySelectorAll('.finding[data-severity="warning"]').length;
    return n > 0 && n === el.querySelectorAll('.finding[data-severity="warning"] textarea.explain').length;
  }, b);
  return { rule: r, sel: b };
}

const memberNotes = (page, sel) => page.evaluate((s) => [...document.querySelectorAll(s + ' .finding[data-severity="warning"] textarea.explain')].map((ta) => ta.value), sel);

test('one note for a whole bundle, counted, stored, and the filters', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  recordRequests(context, requests);
  const page = await open(context);
  assert.equal(await checkFile(page, seed()), 'done');
  await page.waitForSelector('#drafts li.current');
  await page.waitForSelector('#explained[data-pending]');
  const pendingBefore = await pending(page);
  assert.equal(await page.getAttribute('#explained', 'data-explained'), '0');
  assert.equal(pendingBefore, Number(await page.textContent('#count-warning')), 'every 提示 waits for a note');

  const { rule, sel } = await openWarningBundle(page);
  const n = (await memberNotes(page, sel)).length;
  assert.ok(n >= 4, `a folded bundle of ${n}`);
  assert.match(await page.getAttribute(sel + ' textarea.bundle-explain', 'placeholder'), new RegExp(`为本组全部 ${n} 处填写同一审核说明`));
  await page.fill(sel + ' textarea.bundle-explain', '本组均为年初预算调整所致');
  await page.click(sel + ' .bundle-apply');
  await page.waitForSelector('body[data-notes="saved"]');
  assert.deepEqual(await memberNotes(page, sel), Array(n).fill('本组均为年初预算调整所致'));
  assert.equal(await pending(page), pendingBefore - n);
  assert.equal(Number(await page.getAttribute('#explained', 'data-explained')), n);

  // Applied again with another text: existing notes are kept unless 覆盖已有说明 is ticked.
  await page.fill(sel + ' textarea.bundle-explain', '另一说明');
  await page.click(sel + ' .bundle-apply');
  await page.waitForSelector('body[data-notes="saved"]');
  assert.deepEqual(await memberNotes(page, sel), Array(n).fill('本组均为年初预算调整所致'));
  assert.match(await page.textContent(sel + ' .bundle-note-msg'), /未覆盖/);

  // Stored: a fresh page opens the draft from the list with the notes and counts.
  const again = await open(context);
  await again.waitForSelector('#drafts li[data-draft-id] .d-name');
  await again.click('#drafts li[data-draft-id] .d-name');
  await again.waitForSelector('#results[data-status="done"]');
  await again.waitForSelector('#explained[data-pending]');
  assert.equal(await pending(again), pendingBefore - n);
  const reopened = await openWarningBundle(again, rule);
  assert.deepEqual(await memberNotes(again, reopened.sel), Array(n).fill('本组均为年初预算调整所致'));
  await again.close();

  // Filters: all folded bundles built first, so every finding is an element.
  const all = await total(page);
  await page.waitForFunction((t) => document.querySelectorAll('#findings .finding').length === t, all);
  assert.equal(await shown(page), all);
  const visible = () => page.evaluate(() => [...document.querySelectorAll('#findings .finding')].filter((el) => !el.hidden).map((el) => ({ rule: el.dataset.rule, sev: el.dataset.severity, note: (el.querySelector('textarea.explain') || {}).value || '' })));

  // 只看错误.
  const errors = Number(await page.textContent('#count-error'));
  await page.click('button.chip.error');
  assert.equal(await page.getAttribute('button.chip.error', 'aria-pressed'), 'true');
  await page.waitForFunction((e) => Number(document.querySelector('#findings').dataset.shown) === e, errors);
  const onlyErrors = await visible();
  assert.equal(onlyErrors.length, errors);
  assert.ok(onlyErrors.every((f) => f.sev === 'error'));
  await page.click('button.chip.error');
  await page.waitForFunction((t) => Number(document.querySelector('#findings').dataset.shown) === t, all);

  // Search for a rule id.
  const ofRule = await page.evaluate((r) => document.querySelectorAll(`#findings .finding[data-rule="${r}"]`).length, rule);
  await page.fill('#filter-text', rule);
  await page.waitForFunction((k) => Number(document.querySelector('#findings').dataset.shown) === k, ofRule);
  const found = await visible();
  assert.equal(found.length, ofRule);
  assert.ok(found.every((f) => f.rule === rule));
  const bundlesShown = await page.evaluate(() => [...document.querySelectorAll('details.bundle')].filter((b) => !b.hidden).map((b) => b.dataset.rule));
  assert.ok(bundlesShown.length >= 1 && bundlesShown.every((r) => r === rule), bundlesShown.join());
  await page.fill('#filter-text', '');
  await page.waitForFunction((t) => Number(document.querySelector('#findings').dataset.shown) === t, all);

  // 只看未说明 hides the explained ones (the whole bundle: all its members are).
  await page.click('#only-pending');
  await page.waitForFunction((k) => Number(document.querySelector('#findings').dataset.shown) === k, all - n);
  const open_ = await visible();
  assert.equal(open_.length, all - n);
  assert.ok(open_.every((f) => !f.note));
  assert.equal(await page.evaluate((s) => document.querySelector(s).hidden, sel), true);
  await page.click('#only-pending');
  await page.waitForFunction((t) => Number(document.querySelector('#findings').dataset.shown) === t, all);

  // One table: only its group shows, every finding of it.
  const form = await page.evaluate(() => document.querySelector('#filter-form option:nth-child(2)').value);
  const ofForm = await page.evaluate((f) => document.querySelectorAll(`section.group[data-form="${f}"] .finding`).length, form);
  await page.selectOption('#filter-form', form);
  await page.waitForFunction((k) => Number(document.querySelector('#findings').dataset.shown) === k, ofForm);
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('section.group')].filter((g) => !g.hidden).map((g) => g.dataset.form)), [form]);
  await page.selectOption('#filter-form', '');
  await page.waitForFunction((t) => Number(document.querySelector('#findings').dataset.shown) === t, all);
  await context.close();
});

test('no request went to another host', () => {
  assert.deepEqual(outsideHosts(requests, server.origin), []);
});
