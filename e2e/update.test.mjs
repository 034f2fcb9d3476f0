// A new build takes over whole or not at all: deployed over an open page,
// behind the product's server and behind a plain static host, the open page
// keeps running its own build (its worker restarted from its own cache), the
// page says a new version is ready, the reload runs the new build only, and
// the old build's cache goes once no page runs it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, cpSync, rmSync, appendFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, startPlainServer, launch, recordRequests, outsideHosts, checkFile, seed, root } from './helpers.mjs';

let browser;
const requests = [];
const servers = [];

before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  for (const s of servers) s.stop();
});

// build makes a deployable build from the plain site of `make site`; a tag
// changes app.js, so the build differs as the next release would.
function build(tag) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rc-build-'));
  cpSync(path.join(root, 'out', 'plain'), dir, { recursive: true });
  if (tag) appendFileSync(path.join(dir, 'app.js'), `\n// release ${tag}\n`);
  execFileSync('go', ['run', './scripts/hashassets', '-dir', dir, '-sw', 'web/sw.js'], { cwd: root, stdio: 'inherit' });
  return { dir, ...JSON.parse(readFileSync(path.join(dir, 'build.json'), 'utf8')) };
}

// deploy replaces the site with another build, as a release wipes the old files.
function deploy(b, site) {
  rmSync(site, { recursive: true, force: true });
  cpSync(b.dir, site, { recursive: true });
}

async function open(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
  return page;
}

for (const kind of ['cmd/serve', 'a plain static server']) {
  test(`a new build takes over whole, never mixed, behind ${kind}`, async () => {
    const A = build('');
    const B = build('B ' + kind);
    assert.notEqual(A.build, B.build);
    const site = mkdtempSync(path.join(tmpdir(), 'rc-site-'));
    deploy(A, site);
    const srv = kind === 'cmd/serve' ? await startServer(site) : await startPlainServer(site);
    servers.push(srv);
    const url = srv.url + '?recycle-mb=1'; // a fresh worker after every check: it must come from its own build
    const context = await browser.newContext({ locale: 'zh-CN' });
    recordRequests(context, requests);

    const p1 = await open(context, url);
    await p1.waitForFunction(() => !!navigator.serviceWorker.controller);
    assert.equal(await p1.evaluate(() => window.__rcBuild), A.build);

    deploy(B, site);
    await p1.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await p1.waitForSelector('body[data-update="ready"]');
    assert.equal(await p1.isVisible('#update'), true);
    // The open page goes on with its own build, worker restarts included.
    assert.equal(await checkFile(p1, seed()), 'done');
    assert.equal(await checkFile(p1, seed()), 'done');
    // A tab opened now still gets the running build: the new one waits.
    const p2 = await open(context, url);
    assert.equal(await p2.evaluate(() => window.__rcBuild), A.build);

    await Promise.all([p1.waitForEvent('load'), p1.click('#update-now')]);
    await p1.waitForFunction(() => document.querySelectorAll('#profile option').length > 0, null, { timeout: 30000 });
    assert.equal(await p1.evaluate(() => window.__rcBuild), B.build);
    assert.equal(await checkFile(p1, seed()), 'done');
    // Every versioned asset the new page loaded is of the new build.
    const own = new Set(Object.values(B.files));
    const loaded = await p1.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop()));
    for (const name of loaded.filter((n) => /\.[0-9a-f]{10}\.(js|css|wasm)$/.test(n))) assert.ok(own.has(name), `${name} is not of the new build`);

    // The old tab still runs, on its own build's cache (kept while it is open).
    assert.equal(await checkFile(p2, seed()), 'done');
    assert.equal(await checkFile(p2, seed()), 'done');
    await p2.close();
    // The service worker answers when its cleanup is done (waitForFunction
    // would take a Promise for a truthy answer at once).
    await p1.evaluate(() => new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      navigator.serviceWorker.controller.postMessage({ type: 'cleanup' }, [ch.port2]);
    }));
    assert.deepEqual(await p1.evaluate(() => caches.keys()), ['reportcheck-' + B.build]);
    await context.close();
  });
}

test('no request went to another host', () => {
  for (const s of servers) assert.deepEqual(outsideHosts(requests.filter((u) => u.startsWith(s.origin) || !u.startsWith('http://127.0.0.1')), s.origin), []);
});
