// Versioned offline cache: every asset is precached at install; after one
// visit the page loads and checks with no network. A new build has a new
// VERSION; its worker takes over and deletes old caches. Drafts live in
// IndexedDB, untouched by cache changes.
'use strict';
const VERSION = 'reportcheck-__BUILD__';
const ASSETS = __ASSETS__;

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(VERSION).then((c) => c.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('reportcheck-') && k !== VERSION).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  e.respondWith(caches.open(VERSION).then(async (cache) => {
    const hit = await cache.match(req, { ignoreSearch: true }) ||
      (req.mode === 'navigate' ? await cache.match('./index.html') || await cache.match('./') : undefined);
    if (hit) return hit;
    return fetch(req);
  }));
});
