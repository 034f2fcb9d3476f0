// The browser benchmark: our page against SheetJS reading the same files, in
// one headless Chromium run on this machine. Prints TSV rows:
// measure, ours, baseline, ratio, budget, result.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, cpSync, writeFileSync, statSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launch, root } from '../e2e/helpers.mjs';

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor((s.length - 1) / 2)]; };
const ms = (x) => x.toFixed(0) + ' ms';
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

async function appPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 60000 });
  return { context, page };
}

async function timedCheck(page, file, timeout = 120000) {
  const before = await page.evaluate(() => (window.__rcTimings || []).length);
  await page.setInputFiles('#file', file);
  await page.waitForFunction((n) => (window.__rcTimings || []).length > n || document.querySelector('#results').dataset.status === 'failed', before, { timeout });
  return page.evaluate(() => window.__rcTimings[window.__rcTimings.length - 1]);
}

const seed = path.join(site, 'seed.xlsx');
try {
  // 1. Bundle: what the first visit downloads, compressed.
  const size = (f) => statSync(path.join(site, f)).size;
  const wasmGz = size('reportcheck.wasm.gz'), wasmBr = size('reportcheck.wasm.br');
  const first = ['index.html', 'style.css', 'app.js', 'worker.js', 'wasm_exec.js', 'reportcheck.wasm', 'manifest.webmanifest', 'sw.js'].reduce((a, f) => a + size(f + '.br'), 0);
  row('wasm gzip', (wasmGz / 1e6).toFixed(2) + ' MB', '4.0 MB', (wasmGz / 4.0e6).toFixed(2), '<= 3.0 MB', wasmGz <= 3.0e6);
  row('wasm brotli', (wasmBr / 1e6).toFixed(2) + ' MB', '—', '—', '<= 2.2 MB', wasmBr <= 2.2e6);
  row('first visit, compressed (br)', (first / 1e6).toFixed(2) + ' MB', '—', '—', '<= 3.5 MB', first <= 3.5e6);

  // 2. Seed-sized draft: first check after the page is ready, then warm checks.
  const { context, page } = await appPage();
  const firstCheck = await timedCheck(page, seed);
  const warm = [];
  for (let i = 0; i < 9; i++) warm.push(await timedCheck(page, seed));
  const sj = await browser.newPage();
  await sj.goto(server.url + 'sheetjs.html');
  const sheetjs = await sj.evaluate(() => window.sheetjsRead('seed.xlsx', 9));
  row('seed: first check after ready', ms(firstCheck), ms(median(sheetjs)), (firstCheck / median(sheetjs)).toFixed(2), '<= 300 ms', firstCheck <= 300);
  row('seed: later checks (median of 9)', ms(median(warm)), ms(median(sheetjs)), (median(warm) / median(sheetjs)).toFixed(2), '<= 100 ms and <= SheetJS', median(warm) <= 100 && median(warm) <= median(sheetjs));

  // 3. Batch: 50 drafts at once vs 50 single warm checks.
  const batchDir = mkdtempSync(path.join(tmpdir(), 'rc-batch-'));
  const files = [];
  for (let i = 0; i < 50; i++) { const f = path.join(batchDir, `draft-${i}.xlsx`); copyFileSync(seed, f); files.push(f); }
  const n0 = await page.evaluate(() => (window.__rcTimings || []).length);
  const t0 = Date.now();
  await page.setInputFiles('#file', files);
  await page.waitForFunction((n) => (window.__rcTimings || []).length >= n + 50, n0, { timeout: 300000 });
  const batch = Date.now() - t0;
  row('batch of 50 drafts', ms(batch), ms(50 * median(warm)), (batch / (50 * median(warm))).toFixed(2), '<= 1.2x', batch <= 1.2 * 50 * median(warm));

  // 4. Hostile files: time to a clear message.
  for (const f of ['zip-bomb-1.5GB.xlsx', 'entity-expansion.xlsx', 'truncated-50.xlsx', 'legacy.xls', 'encrypted.xlsx', 'csv-renamed.xlsx', 'random.xlsx']) {
    const t = Date.now();
    await page.setInputFiles('#file', path.join(hostile, f));
    await page.waitForFunction(() => document.querySelector('#results').dataset.status === 'failed', null, { timeout: 10000 });
    const took = Date.now() - t;
    row('hostile: ' + f, ms(took), '—', '—', f.startsWith('zip') ? '<= 1000 ms' : '<= 2000 ms', took <= (f.startsWith('zip') ? 1000 : 2000));
  }

  // 5. Large sheet: responsiveness, cancel, and time against SheetJS.
  const large = path.join(hostile, `large-${rowsLarge}-rows.xlsx`);
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask', buffered: false });
  });
  await page.setInputFiles('#file', large);
  await page.waitForTimeout(800);
  const tc = Date.now();
  await page.click('#cancel');
  await page.waitForFunction(() => document.querySelector('#results').dataset.status !== 'checking', null, { timeout: 5000 });
  const cancel = Date.now() - tc;
  row('large: cancel', ms(cancel), '—', '—', '<= 1000 ms', cancel <= 1000);
  const tl = await timedCheck(page, large, 600000);
  const longest = await page.evaluate(() => window.__longest);
  const sjLarge = await sj.evaluate((f) => window.sheetjsRead(f, 1), 'hostile/' + path.basename(large));
  row(`large (${rowsLarge}x10): check`, ms(tl), ms(sjLarge[0]), (tl / sjLarge[0]).toFixed(2), '<= 1.5x SheetJS', tl <= 1.5 * sjLarge[0]);
  row('large: longest main-thread task', ms(longest), '—', '—', '<= 100 ms', longest <= 100);
  await context.close();
} finally {
  await browser.close();
  server.stop();
}
process.stdout.write(rows.join('\n') + '\n');
