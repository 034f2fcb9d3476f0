// The browser benchmark: our page against SheetJS reading the same files, in
// one headless Chromium run on this machine. Prints TSV rows:
// measure, ours, baseline, ratio, budget, result.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, cpSync, writeFileSync, statSync, readdirSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launch, root } from '../e2e/helpers.mjs';

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor((s.length - 1) / 2)]; };
const ms = (x) => x.toFixed(0) + ' ms';
const mb = (x) => (x / 1048576).toFixed(0) + ' MB';
const rows = [];
const row = (name, ours, base, ratio, budget, ok) => rows.push([name, ours, base, ratio, budget, ok ? 'pass' : 'FALL SHORT'].join('\t'));

// Serve dist/ plus the baseline page and files under one loopback origin.
const site = mkdtempSync(path.join(tmpdir(), 'rc-bench-'));
cpSync(path.join(root, 'dist'), site, { recursive: true });
copyFileSync(path.join(root, 'node_modules/xlsx/dist/xlsx.full.min.js'), path.join(site, 'xlsx.full.min.js'));
copyFileSync(path.join(root, 'bench/sheetjs.html'), path.join(site, 'sheetjs.html'));
copyFileSync(path.join(root, 'bench/sheetjs.js'), path.join(site, 'sheetjs.js'));
const rowsLarge = Number(process.env.LARGE_ROWS || 200000);
const hostile = path.join(site, 'hostile');
execFileSync('go', ['run', './cmd/genhostile', '-out', hostile, '-rows', String(rowsLarge)], { cwd: root, stdio: 'inherit' });
copyFileSync(path.join(root, 'testdata/seed/seed.xlsx'), path.join(site, 'seed.xlsx'));
copyFileSync(path.join(root, 'testdata/narrative/seed-narrative.docx'), path.join(site, 'seed-narrative.docx'));
copyFileSync(path.join(root, 'testdata/seed/seed-styled.xlsx'), path.join(site, 'seed-styled.xlsx'));

const server = await startServerAt(site);
const browser = await launch();

async function startServerAt(dir) {
  const s = await startServer();
  s.stop();
  const { spawn } = await import('node:child_process');
  const port = Number(new URL(s.url).port);
  const proc = spawn(path.join(s.tmp, 'serve'), ['-dir', dir, '-addr', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((r) => proc.stdout.once('data', r));
  return { url: s.url, stop: () => proc.kill() };
}

// A page whose engine is warmed up (body[data-warm=warm]), not merely
// ready. readyAt, warmAt: ms from navigation to those signals.
async function appPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.warm === 'warm', null, { timeout: 60000 });
  const engine = await page.evaluate(() => window.__rcEngine);
  return { context, page, engine };
}

// rssSampler samples the resident memory of every renderer process while a
// check runs; stop() reports the largest one (the page under test holds the
// drafts, the batch's files and the worker): before, peak, after.
async function rssSampler() {
  let cdp;
  try { cdp = await browser.newBrowserCDPSession(); } catch (_) { return { stop: async () => null }; }
  const rssOf = (pid) => { try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024; } catch (_) { return 0; } };
  const pids = async () => (await cdp.send('SystemInfo.getProcessInfo')).processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  const seen = new Map(); // pid -> {before, peak}
  const sample = async () => { for (const pid of await pids()) { const r = rssOf(pid); const s = seen.get(pid) || { before: r, peak: 0 }; s.peak = Math.max(s.peak, r); seen.set(pid, s); } };
  await sample();
  const timer = setInterval(() => { sample().catch(() => {}); }, 200);
  return {
    stop: async () => {
      clearInterval(timer);
      await sample();
      let best = null;
      for (const [pid, s] of seen) if (!best || s.peak > best.peak) best = { pid, ...s };
      await cdp.detach().catch(() => {});
      return best && { ...best, after: rssOf(best.pid) };
    },
  };
}

// timedCheck chooses a file, waits for its check to end and returns the
// page's own timing of it: from the file handed to the page to findings
// rendered.
async function timedCheck(page, file, timeout = 120000) {
  const [timings, ended] = await page.evaluate(() => [(window.__rcTimings || []).length, Number(document.querySelector('#results').dataset.checks || 0)]);
  await page.setInputFiles('#file', file);
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks || 0) > n, ended, { timeout });
  return page.evaluate((n) => {
    const t = window.__rcTimings || [];
    if (t.length <= n) throw new Error('check failed: ' + document.querySelector('#failure').textContent);
    return t[t.length - 1];
  }, timings);
}

const seed = path.join(site, 'seed.xlsx');
try {
  // 1. Bundle: what the first visit downloads, compressed.
  // Assets are named by content; build.json maps the plain names.
  const named = JSON.parse(readFileSync(path.join(site, 'build.json'), 'utf8')).files;
  const file = (f) => { const m = /^(.*?)(\.gz|\.br)?$/.exec(f); return (named[m[1]] || m[1]) + (m[2] || ''); };
  const size = (f) => statSync(path.join(site, file(f))).size;
  const wasmGz = size('reportcheck.wasm.gz'), wasmBr = size('reportcheck.wasm.br');
  const first = ['index.html', 'style.css', 'engine.js', 'app.js', 'worker.js', 'warmup.js', 'wasm_exec.js', 'reportcheck.wasm', 'manifest.webmanifest', 'sw.js'].reduce((a, f) => a + size(f + '.br'), 0);
  row('wasm gzip', (wasmGz / 1e6).toFixed(2) + ' MB', '4.0 MB', (wasmGz / 4.0e6).toFixed(2), '<= 2.6 MB', wasmGz <= 2.6e6);
  row('wasm brotli', (wasmBr / 1e6).toFixed(2) + ' MB', '—', '—', '<= 1.9 MB', wasmBr <= 1.9e6);
  row('first visit, compressed (br)', (first / 1e6).toFixed(2) + ' MB', '—', '—', '<= 3.5 MB', first <= 3.5e6);

  {
    // Open the page with a fresh profile and choose the file as soon as the
    // file input exists: the time from navigation to the findings shown.
    // The first visit downloads and compiles everything; the repeat visit
    // (same profile, the service worker and the compiled code kept) must
    // not pay for a warm-up before answering; the single file works from
    // file://. Baseline: SheetJS loading (fresh profile) and reading the
    // same file, from navigation. Medians of five. Measured first, while no
    // other page of the browser is busy (a quiet machine: the warm page below
    // saves drafts and installs the offline copy in the background).
    const visit = async (c, url) => {
      const p = await c.newPage();
      await p.goto(url, { waitUntil: 'commit' });
      await p.waitForSelector('#file', { state: 'attached' });
      await p.setInputFiles('#file', seed);
      const h = await p.waitForFunction(() => (window.__rcTimings || []).length && [performance.now(), window.__rcEngine.readyAt, window.__rcEngine.boot], null, { timeout: 60000 });
      const [shown, ready, boot] = await h.jsonValue();
      await p.close();
      // The worker's compile and instantiation (streaming, from the page's
      // origin): the browser's code cache makes a repeat visit's shorter.
      return { shown, ready, compile: boot.instantiated - boot.start };
    };
    const first = [], repeat = [], single = [], sjOpen = [];
    const singleURL = 'file://' + path.join(site, 'reportcheck.html');
    for (let i = 0; i < 5; i++) {
      const c = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      first.push(await visit(c, server.url));
      // The repeat visit comes once the first page's service worker took
      // over and its engine warmed up (as a clerk's second visit would).
      const p = await c.newPage();
      await p.goto(server.url);
      await p.waitForFunction(() => navigator.serviceWorker.controller !== null && document.body.dataset.warm === 'warm', null, { timeout: 60000 });
      await p.close();
      repeat.push(await visit(c, server.url));
      await c.close();
      const c2 = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      single.push(await visit(c2, singleURL));
      await c2.close();
      const c3 = await browser.newContext();
      const q = await c3.newPage();
      await q.goto(server.url + 'sheetjs.html');
      sjOpen.push(await q.evaluate(async () => { await window.sheetjsRead('seed.xlsx', 1); return performance.now(); }));
      await c3.close();
    }
    const m = (a, k) => median(a.map((x) => x[k]));
    const sj = median(sjOpen);
    row('open -> first result, first visit (fresh profile)', ms(m(first, 'shown')), ms(sj) + ' SheetJS', (m(first, 'shown') / sj).toFixed(2), '<= 1500 ms (engine ready at ' + ms(m(first, 'ready')) + '; runs ' + first.map((x) => Math.round(x.shown)).join(' ') + ')', m(first, 'shown') <= 1500);
    row('open -> first result, repeat visit', ms(m(repeat, 'shown')), ms(sj) + ' SheetJS', (m(repeat, 'shown') / sj).toFixed(2), '<= 800 ms (engine ready at ' + ms(m(repeat, 'ready')) + '; runs ' + repeat.map((x) => Math.round(x.shown)).join(' ') + ')', m(repeat, 'shown') <= 800);
    row('wasm compile + instantiate, repeat vs first visit', ms(m(repeat, 'compile')), ms(m(first, 'compile')) + ' first', (m(repeat, 'compile') / m(first, 'compile')).toFixed(2), '< first (the compiled code is kept)', m(repeat, 'compile') < m(first, 'compile'));
    row('open -> first result, single file (file://)', ms(m(single, 'shown')), ms(sj) + ' SheetJS', (m(single, 'shown') / sj).toFixed(2), '<= 2000 ms (engine ready at ' + ms(m(single, 'ready')) + '; runs ' + single.map((x) => Math.round(x.shown)).join(' ') + ')', m(single, 'shown') <= 2000);
  }


  // 2. Seed-sized draft: the first check once the engine says it is ready,
  // then warm checks. Also (no budget) how long the engine takes to get ready
  // and what a clerk who picks the file at once waits for.
  const { context, page, engine } = await appPage();
  const firstCheck = await timedCheck(page, seed);
  const warm = [];
  for (let i = 0; i < 9; i++) warm.push(await timedCheck(page, seed));
  const sj = await browser.newPage();
  await sj.goto(server.url + 'sheetjs.html');
  const sheetjs = await sj.evaluate(() => window.sheetjsRead('seed.xlsx', 9));
  row('seed: page load to engine ready (a check can run)', ms(engine.readyAt), '—', '—', '—', true);
  row('seed: page load to engine warmed up (idle)', ms(engine.warmAt), '—', '—', '— (' + engine.warmup.runs.length + ' warm-up passes' + (engine.warmup.settled ? '' : ', budget hit') + ')', true);
  row('seed: first check after ready', ms(firstCheck), ms(median(sheetjs)), (firstCheck / median(sheetjs)).toFixed(2), '<= 300 ms', firstCheck <= 300);
  row('seed: later checks (median of 9)', ms(median(warm)), ms(median(sheetjs)), (median(warm) / median(sheetjs)).toFixed(2), '<= 100 ms and <= SheetJS', median(warm) <= 100 && median(warm) <= median(sheetjs));
  {
    // Where a later check's time goes (medians of the same nine; the page
    // records them beside __rcTimings): reading the File, waiting for the
    // worker, Go in wasm, JSON.parse in the page, the message to the page,
    // building the findings. queued and deliver subtract clocks of two
    // threads (performance.timeOrigin + now()) and are good to a ms or two.
    const st = (await page.evaluate(() => window.__rcStages)).slice(-9);
    const parts = ['read', 'queued', 'engine', 'parse', 'deliver', 'render'].map((k) => k + ' ' + median(st.map((x) => x[k])).toFixed(1));
    row('seed: later checks, medians by stage (ms)', parts.join(' · '), '—', '—', '— (breakdown)', true);
  }
  {
    // The seed with its narrative (情况说明) chosen together: what reading
    // and checking the .docx adds to a warm check (issue 11: <= 20 ms).
    // The warm-up checks a narrative too: no paired check is discarded.
    const narrative = path.join(site, 'seed-narrative.docx');
    const paired = [];
    for (let i = 0; i < 9; i++) paired.push(await timedCheck(page, [seed, narrative]));
    const added = median(paired) - median(warm);
    const st = (await page.evaluate(() => window.__rcStages)).slice(-9);
    const parts = ['read', 'queued', 'engine', 'render'].map((k) => k + ' ' + median(st.map((x) => x[k])).toFixed(1));
    row('seed + narrative: later checks (median of 9)', ms(median(paired)), ms(median(warm)) + ' without', (median(paired) / median(warm)).toFixed(2), '<= +20 ms (+' + added.toFixed(1) + ' ms; ' + parts.join(' · ') + ')', added <= 20);
  }
  {
    // The same draft as WPS or Excel export it (hundreds of cell formats,
    // every cell formatted, a picture per sheet): a real draft looks like
    // this, the bare seed does not. SheetJS reads the formats; the engine
    // leaves those parts unread.
    const styled = path.join(site, 'seed-styled.xlsx');
    await timedCheck(page, styled);
    const w = [];
    for (let i = 0; i < 9; i++) w.push(await timedCheck(page, styled));
    const base = median(await sj.evaluate(() => window.sheetjsRead('seed-styled.xlsx', 9)));
    row('styled draft (formats, pictures): later checks', ms(median(w)), ms(base), (median(w) / base).toFixed(2), '<= SheetJS', median(w) <= base);
  }
  // 3. Batch: 50 drafts at once vs 50 single warm checks.
  const batchDir = mkdtempSync(path.join(tmpdir(), 'rc-batch-'));
  const files = [];
  for (let i = 0; i < 50; i++) { const f = path.join(batchDir, `draft-${i}.xlsx`); copyFileSync(seed, f); files.push(f); }
  const n0 = await page.evaluate(() => Number(document.querySelector('#results').dataset.checks || 0));
  const t0 = Date.now();
  await page.setInputFiles('#file', files);
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks || 0) >= n + 50 && document.querySelector('#results').dataset.status === 'done', n0, { timeout: 300000 });
  const batch = Date.now() - t0;
  row('batch of 50 drafts', ms(batch), ms(50 * median(warm)), (batch / (50 * median(warm))).toFixed(2), '<= 1.2x', batch <= 1.2 * 50 * median(warm));

  // 4. Hostile files: time to a clear message.
  for (const f of ['zip-bomb-1.5GB.xlsx', 'entity-expansion.xlsx', 'truncated-50.xlsx', 'legacy.xls', 'encrypted.xlsx', 'csv-renamed.xlsx', 'random.xlsx']) {
    const ended = Number(await page.getAttribute('#results', 'data-checks') || 0);
    const t = Date.now();
    await page.setInputFiles('#file', path.join(hostile, f));
    await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks) > n && document.querySelector('#results').dataset.status === 'failed', ended, { timeout: 10000 });
    const took = Date.now() - t;
    row('hostile: ' + f, ms(took), '—', '—', f.startsWith('zip') ? '<= 1000 ms' : '<= 2000 ms', took <= (f.startsWith('zip') ? 1000 : 2000));
  }

  // 5. Large sheet: responsiveness, progress, cancel, time against SheetJS,
  // and the worker's memory: its peak (Go's wasm memory only grows, so its
  // size after the check is the check's peak) and after the page recycled the
  // worker. Cross-check from outside: the resident memory of the renderer
  // processes (pids from CDP SystemInfo.getProcessInfo, RSS from /proc).
  const large = path.join(hostile, `large-${rowsLarge}-rows.xlsx`);
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask', buffered: false });
  });
  await page.setInputFiles('#file', large);
  await page.waitForSelector('#results[data-status="checking"]');
  await page.waitForTimeout(800);
  if (await page.getAttribute('#results', 'data-status') === 'checking') {
    const tc = Date.now();
    await page.click('#cancel');
    await page.waitForFunction(() => document.querySelector('#results').dataset.status !== 'checking', null, { timeout: 5000 });
    const cancel = Date.now() - tc;
    row('large: cancel', ms(cancel), '—', '—', '<= 1000 ms', cancel <= 1000);
  } else {
    row('large: cancel', 'not measured', '—', '—', '<= 1000 ms (the check ended within 800 ms)', true);
  }
  await page.waitForFunction(() => document.body.dataset.warm === 'warm', null, { timeout: 60000 });
  const fresh = await page.evaluate(() => window.__rcMemory.fresh);
  const recycled0 = await page.evaluate(() => window.__rcMemory.recycled);
  await page.evaluate(() => {
    window.__progress = new Set();
    window.__progressTimer = setInterval(() => { if (document.querySelector('#results').dataset.status === 'checking') window.__progress.add(document.querySelector('#progress').value); }, 50);
  });
  const rss = await rssSampler();
  const tl = await timedCheck(page, large, 600000);
  const tFound = Date.now();
  const longest = await page.evaluate(() => window.__longest);
  const steps = await page.evaluate(() => { clearInterval(window.__progressTimer); return window.__progress.size; });
  const { lastCheck: peak, threshold } = await page.evaluate(() => window.__rcMemory);
  let recycleNote = 'not recycled: peak under the page\'s ' + mb(threshold) + ' threshold';
  if (peak > threshold) {
    await page.waitForFunction((r) => window.__rcMemory.recycled > r && document.body.dataset.engine === 'ready', recycled0, { timeout: 120000 });
    recycleNote = `recycled ${((Date.now() - tFound) / 1000).toFixed(1)} s after findings`;
  }
  const after = await page.evaluate(() => window.__rcMemory.current);
  await page.waitForTimeout(1000);
  const rssFigures = await rss.stop();
  const sjLarge = await sj.evaluate((f) => window.sheetjsRead(f, 1), 'hostile/' + path.basename(large));
  row(`large (${rowsLarge}x10): check`, ms(tl), ms(sjLarge[0]), (tl / sjLarge[0]).toFixed(2), '<= 1.5x SheetJS', tl <= 1.5 * sjLarge[0]);
  row('large: longest main-thread task', ms(longest), '—', '—', '<= 100 ms', longest <= 100);
  row('large: progress shown (distinct steps)', String(steps), '—', '—', '>= 3', steps >= 3);
  row('large: worker memory peak', mb(peak), '—', '—', '<= 1 GB', peak <= 1 << 30);
  row('large: memory after (worker recycled)', mb(after), mb(fresh) + ' fresh', (after / fresh).toFixed(2), `<= 128 MB (${recycleNote})`, after <= 128 << 20);
  if (rssFigures) row('large: renderer RSS peak -> after (CDP pid, /proc)', mb(rssFigures.peak) + ' -> ' + mb(rssFigures.after), mb(rssFigures.before) + ' before', '—', '— (cross-check)', true);
  await context.close();
} finally {
  await browser.close();
  server.stop();
}
process.stdout.write(rows.join('\n') + '\n');
