// The offline cache of one build. Every asset but the page is named by its
// content (scripts/hashassets), so a build's page only ever names its own
// assets: a deployment is taken over whole or not at all, never mixed.
//
// - install: every asset fetched past the HTTP cache (cache: 'reload') into
//   this build's cache; a stale copy is never precached beside fresh ones.
// - the new build waits: the page says a new version is ready and the user
//   reloads to take it (or it takes over once every old page is closed).
// - fetch: a navigation gets this build's page; an asset is looked up in
//   every build's cache (an old page still open asks for its own assets).
// - an old build's cache is deleted only when no open page runs that build:
//   every page answers which build it runs.
// Drafts live in IndexedDB, untouched by any of this.
'use strict';
const BUILD = '__BUILD__';
const VERSION = 'reportcheck-' + BUILD;
const ASSETS = __ASSETS__;

async function precache() {
  const cache = await caches.open(VERSION);
  await Promise.all(ASSETS.map(async (url) => {
    const res = await fetch(new Request(url, { cache: 'reload' }));
    if (!res.ok) throw new Error(url + ': ' + res.status);
    // A redirected response cannot answer a navigation: keep its body only.
    const clean = res.redirected ? new Response(await res.blob(), { status: 200, headers: res.headers }) : res;
    await cache.put(url, clean);
  }));
}

self.addEventListener('install', (e) => { e.waitUntil(precache()); });

self.addEventListener('activate', (e) => { e.waitUntil(self.clients.claim().then(cleanup)); });

self.addEventListener('message', (e) => {
  const m = e.data || {};
  if (m.type === 'skipWaiting') self.skipWaiting();
  // A port sent along is told when the cleanup is done.
  else if (m.type === 'cleanup') e.waitUntil(cleanup().then(() => { if (e.ports[0]) e.ports[0].postMessage({ type: 'cleaned' }); }));
});

// buildOf asks an open page which build it runs; null when it does not say.
function buildOf(client) {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    const t = setTimeout(() => resolve(null), 2000);
    ch.port1.onmessage = (m) => { clearTimeout(t); resolve((m.data && m.data.build) || null); };
    client.postMessage({ type: 'build?' }, [ch.port2]);
  });
}

async function cleanup() {
  const clients = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const inUse = new Set([VERSION]);
  for (const b of await Promise.all(clients.map(buildOf))) {
    if (!b) return; // a page that did not answer may need any build: keep them all
    inUse.add('reportcheck-' + b);
  }
  const keys = await caches.keys();
  await Promise.all(keys.filter((k) => k.startsWith('reportcheck-') && !inUse.has(k)).map((k) => caches.delete(k)));
}

self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    e.respondWith(caches.open(VERSION).then((c) => c.match('./')).then((hit) => hit || fetch(req)));
    return;
  }
  e.respondWith(caches.match(req, { ignoreSearch: true }).then((hit) => hit || fetch(req)));
});
