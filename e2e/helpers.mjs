// Shared set-up for the browser tests: the product's own server on a free
// loopback port, Debian's chromium through playwright-core, and a recorder of
// every request the page makes.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, existsSync, statSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// Screenshots go to an untracked folder: tests never write tracked files.
// `make screenshots` copies them to docs/screenshots for review.
export const shots = path.join(root, 'out', 'screenshots');
export const seed = (name = 'seed.xlsx') => path.join(root, 'testdata', 'seed', name);

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

export async function startServer(dir = path.join(root, 'dist')) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'rc-e2e-'));
  const bin = path.join(tmp, 'serve');
  execFileSync('go', ['build', '-o', bin, './cmd/serve'], { cwd: root, stdio: 'inherit' });
  const port = await freePort();
  const proc = spawn(bin, ['-dir', dir, '-addr', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    proc.stdout.once('data', resolve);
    proc.once('exit', (code) => reject(new Error('server exited ' + code)));
  });
  return { url: `http://127.0.0.1:${port}/`, origin: `http://127.0.0.1:${port}`, stop: () => proc.kill(), tmp };
}

// startPlainServer serves dir as the plainest static host does: the file as
// it is, Last-Modified and no Cache-Control, no compression, no CSP header.
export async function startPlainServer(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.webmanifest': 'application/manifest+json' };
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(dir, path.normalize(p));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404); res.end(); return; }
    const st = statSync(file);
    const since = req.headers['if-modified-since'];
    if (since && Math.floor(st.mtimeMs / 1000) <= Math.floor(Date.parse(since) / 1000)) { res.writeHead(304); res.end(); return; }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Last-Modified': st.mtime.toUTCString() });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, origin: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

// Every request any page of the context makes, to prove none leaves the machine.
export function recordRequests(context, log) {
  context.on('request', (r) => log.push(r.url()));
}

export function outsideHosts(log, origin) {
  return log.filter((u) => !(u.startsWith(origin + '/') || u === origin || u.startsWith('file://') || u.startsWith('blob:') || u.startsWith('data:')));
}

// checkFile chooses a file and waits for its check to end: shown or failed.
// The page keeps the previous result on screen while a short check runs,
// so it waits for #results' count of ended checks to move, not for a status.
export async function checkFile(page, file) {
  const before = Number(await page.getAttribute('#results', 'data-checks') || 0);
  await page.setInputFiles('#file', file);
  await page.waitForFunction((n) => Number(document.querySelector('#results').dataset.checks || 0) > n, before, { timeout: 60000 });
  return page.getAttribute('#results', 'data-status');
}

export function ensureShots() { mkdirSync(shots, { recursive: true }); }

// useSite registers the set-up most test files share: the product's own
// server and a browser, started before the file's tests and stopped after.
// The returned object's server and browser are set once before() ran.
export function useSite(before, after) {
  const site = { server: null, browser: null };
  before(async () => {
    site.server = await startServer();
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    site.server?.stop();
  });
  return site;
}

// openPage opens the page in a new context and waits until its profiles
// are listed (the engine answered): { context, page }.
export async function openPage(site, options = {}) {
  const context = await site.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', ...options });
  const page = await context.newPage();
  await page.goto(site.server.url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  return { context, page };
}
