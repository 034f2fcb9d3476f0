// The worker owns the Go instance: checks never block the page. Messages
// carry a `type`; file bytes arrive transferred, not copied.
//
// Start-up: the page sends {type:'init'} with the compiled module it kept
// from an earlier worker (a restart after cancel, a crash or a memory
// recycle), or the gzipped wasm (single-file build: inflated and compiled
// as a stream), or nothing (fetch reportcheck.wasm, compiled as it
// downloads). The worker sends the compiled module back ('module') and
// says {type:'engine', state:'ready'} as soon as Go runs: a check can run
// now, and a file chosen during start-up is checked first. It warms the
// engine up only while no request is in flight or recent, a pass at a time,
// and says {type:'warm'} when done.
//
// Memory: Go's wasm memory only ever grows, so its size after a check is
// also the peak of that check. Progress, results and 'saved' carry it
// (`memory`, bytes); the page recycles a worker that grew large.
'use strict';

// The engine's module, from the page's origin (compiled as it downloads;
// the browser keeps the compiled code for the next visit).
const fetchWasm = () => fetch('reportcheck.wasm');

// A first start: the page names the worker 'fetch' (no compiled module to
// hand over, not the single file), and the module is fetched and compiled
// from here at once. The page's 'init' message comes later: a message to a
// worker still loading waits for the page's main thread, busy with the
// page itself on a first visit (measured: 30-200 ms after this script ran).
const early = self.name === 'fetch' ? { at: performance.timeOrigin + performance.now(), module: WebAssembly.compileStreaming(fetchWasm()) } : null;
if (early) early.module.catch(() => { /* reported by start() */ });

let started = null; // resolves when globalThis.reportcheck exists
let instance = null;
let interrupted = false; // a real request arrived during the warm-up
let busy = 0; // requests being handled
let lastRequest = -Infinity; // when the last one arrived (performance.now())
let checksDone = 0; // real checks answered

const memory = () => (instance ? instance.exports.mem.buffer.byteLength : 0);

function start(init) {
  // Wall-clock stamps of the start-up (the benchmark reads them): asked,
  // compiled and instantiated, Go's main run.
  const fromEarly = early && !(init && (init.module || init.gzip || init.wasm));
  const boot = { start: fromEarly ? early.at : now() };
  started = new Promise((resolve, reject) => {
    const go = new Go();
    let source;
    if (init && init.module) source = WebAssembly.instantiate(init.module, go.importObject).then((inst) => ({ instance: inst, module: init.module }));
    else if (init && init.gzip) source = WebAssembly.instantiateStreaming(inflated(init.gzip), go.importObject);
    else if (init && init.wasm) source = WebAssembly.instantiate(new Uint8Array(init.wasm), go.importObject);
    else if (fromEarly) source = early.module.then((module) => WebAssembly.instantiate(module, go.importObject).then((inst) => ({ instance: inst, module })));
    else source = WebAssembly.instantiateStreaming(fetchWasm(), go.importObject);
    source.then((r) => {
      boot.instantiated = now();
      instance = r.instance;
      if (!(init && init.module)) {
        // The page keeps the compiled module for the next worker: V8 shares
        // its code (including what was optimised since) instead of compiling
        // the wasm again.
        try { self.postMessage({ type: 'module', module: r.module }); } catch (_) { /* not cloneable here: the next worker compiles */ }
      }
      // Go's main runs until it blocks, so the API exists when run() returns.
      go.run(r.instance);
      if (!self.reportcheck) { reject(new Error('engine did not start')); return; }
      boot.ready = now();
      // Ready means a check can run now.
      self.postMessage({ type: 'engine', state: 'ready', memory: memory(), boot });
      resolve();
    }).catch((err) => {
      reject(err);
      self.postMessage({ type: 'fatal', message: '检查引擎加载失败：' + (err && err.message ? err.message : err) });
    });
  });
  // Later than any request already waiting for the engine: those run first.
  started.then(() => setTimeout(() => warmUp(init && init.warmup, !!(init && init.module)), 0), () => {});
  return started;
}

// inflated is the single-file build's wasm, gzipped, as a response the
// compiler reads as it is inflated.
function inflated(gzip) {
  const stream = new Blob([gzip]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream, { headers: { 'Content-Type': 'application/wasm' } });
}

// idle: no request in flight and none for idleMs: the warm-up may run a pass.
const idle = (idleMs) => busy === 0 && performance.now() - lastRequest >= idleMs;

// ---------- warm-up ----------
//
// Why a fresh engine's first check was slow (683 ms against 112 ms for later
// ones when measured quiet; 1.2-2.5 s against 0.25-0.6 s on this busy
// two-core machine): V8 compiles the 14 MB module lazily. Each Go function is
// compiled by Liftoff, the baseline compiler, when first called, and only hot
// functions are recompiled by TurboFan, in the background. The first check
// compiled every function on its path and ran them as baseline code. It was
// not Go's heap: the wasm memory stays ~15 MB for a seed check, and with
// every function compiled by TurboFan up front (--no-liftoff
// --no-wasm-lazy-compilation, instantiation then took 100 s) the first check
// took 99 ms and later ones ~70 ms.
//
// warmUp checks a small real workbook with its narrative (the path a draft
// takes: unzip, XML, locate, every rule, KPI scoring, the 情况说明, JSON)
// again and again. The first pass
// compiles every function it needs with Liftoff; it and the passes after it
// make the hot functions due for TurboFan, whose code is compiled in the
// background and lands a batch at a time: on this two-core machine, busy, it
// took 4-8 s after start; pass times went from ~800-1500 ms to ~30-50 ms, with
// plateaus on the way (e.g. 1476, 346, 376, 270, 239, 229, 253, ... 52).
// Between passes the worker pauses at least as long as the pass took, so the
// compiler gets a core (without pauses the passes stayed 2-4x slower for as
// long as we measured).
//
// The engine is ready when pass times stopped falling: the median of the last
// four passes is at least 80% of the median of the four before (single passes
// jitter by ±50% even when warm); and, for a worker that compiled the module
// itself, that median is under 10% of the first pass or under fastMs (a
// plateau mid-compile is flat too, but still 10-20% of a cold first pass and
// 100-250 ms here; when Chrome's code cache held optimised code from an
// earlier visit, the first pass is only ~150 ms and the 10% never comes).
// Or after budgetMs. A worker given a module an earlier worker compiled runs
// optimised code from its first pass: only the first condition applies, with
// short pauses.
//
// Settled is not yet done. V8 tiers a function up once it has used a budget
// of execution, so functions a check runs once (a rule family, the KPI
// scorer, encoding/json under the draft store) kept being compiled during
// the first ten or so real checks after ready: 100-450 ms of compiling per
// check (traced with --js-flags=--trace-wasm-compilation-times), on the
// second core the check itself and the page needed. So once settled, a
// worker that compiled the module goes on, with short pauses, to minRuns
// passes (about a second here; a module handed over is already tiered up),
// and every pass also saves and lists its result as a draft, in a scratch
// database that is deleted when the warm-up ends (warmStore), so that
// encoding/json, the draft code and the goroutines under go-indexeddb are
// optimised too. After that, compiling during checks fell to ~0-100 ms.
// Nothing is saved among the drafts, and no progress is sent.
//
// The user's file comes first. The engine says it is ready before any pass;
// a request waiting for it runs before the first pass; and a pass runs only
// while the engine is idle (no request in flight, none in the last idleMs).
// A pass cannot be cut short (Go runs to the end of a check), so a request
// arriving during one waits for it: a pass is a slice of at most one check
// of the small warm-up workbook. Real checks warm the engine up just the
// same: the passes they stand in for are not owed.
// The warm-up workbook (WARMUP_NAME, WARMUP_XLSX as base64) is generated into
// warmup.js by `node e2e/warmup-workbook.mjs` and loaded only when a warm-up
// runs; the single-file build prepends it.

const WARMUP = { maxRuns: 80, minRuns: 40, window: 4, flat: 0.8, fall: 0.1, fastMs: 60, minPauseMs: 100, finishPauseMs: 25, budgetMs: 10000, idleMs: 400 };

function median(a) {
  const s = [...a].sort((x, y) => x - y);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
}

async function warmUp(opts, compiled) {
  const o = Object.assign({}, WARMUP, opts || {});
  if (typeof WARMUP_XLSX === 'undefined') importScripts('warmup.js');
  const decode = (b64) => {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  };
  const bytes = decode(WARMUP_XLSX);
  const doc = { name: WARMUP_DOCX_NAME, bytes: decode(WARMUP_DOCX) };
  const runs = [];
  const t0 = performance.now();
  let report = null;
  let settled = false;
  let store = true; // save each pass to the scratch database while it works
  let busyMs = 0; // time spent waiting for the user's requests, not counted in the budget
  let checksBefore = -1; // real checks answered before the first pass
  while (runs.length < o.maxRuns) {
    if (!idle(o.idleMs)) {
      const w = performance.now();
      await new Promise((r) => setTimeout(r, o.idleMs));
      busyMs += performance.now() - w;
      continue;
    }
    // Requests warmed the engine up as well: a real check counts as a pass.
    if (interrupted && runs.length >= o.window && (compiled || settled)) break;
    if (checksBefore < 0) checksBefore = checksDone;
    const t = performance.now();
    const res = self.reportcheck.check(bytes, WARMUP_NAME, '', () => {}, doc);
    const took = performance.now() - t;
    if (res && typeof res.report === 'string') {
      report = JSON.parse(res.report);
      if (store) store = await self.reportcheck.warmStore(bytes, WARMUP_NAME, res.report, self.reportcheck.summary()).catch(() => false);
      else self.reportcheck.summary();
    }
    runs.push(Math.round(took));
    if (!settled && runs.length >= 2 * o.window) {
      const recent = median(runs.slice(-o.window));
      const before = median(runs.slice(-2 * o.window, -o.window));
      settled = recent >= o.flat * before && (compiled || recent <= o.fall * runs[0] || recent <= o.fastMs);
    }
    if (settled && (compiled || runs.length >= o.minRuns)) break;
    if (performance.now() - t0 - busyMs > o.budgetMs) break;
    // Pause (and let requests that arrived meanwhile run).
    await new Promise((r) => setTimeout(r, compiled || settled ? o.finishPauseMs : Math.max(o.minPauseMs, took)));
  }
  // The scratch database goes once the engine is ready (not awaited: another
  // tab warming up at the same time would hold the deletion up).
  // The page is told once it is gone (the browser tests wait on that).
  self.reportcheck.dropWarmStore().catch(() => {}).then(() => self.postMessage({ type: 'warmStoreDropped' }));
  self.postMessage({
    type: 'warm', memory: memory(),
    warmup: {
      runs, ms: Math.round(performance.now() - t0), interrupted, settled, compiled, checksBefore,
      tables: report && report.tables ? report.tables.length : 0, kpi: report && report.kpi ? report.kpi.length : 0,
      error: report && report.error ? report.error.code : (report ? '' : 'no report'),
    },
  });
}

// ---------- requests ----------
function fail(id, message) {
  self.postMessage({ type: 'error', id, message });
}

async function call(fn, id, ...args) {
  try {
    const v = await fn(...args);
    return v;
  } catch (e) {
    fail(id, typeof e === 'string' ? e : (e && e.message) || String(e));
    return undefined;
  }
}

const now = () => performance.timeOrigin + performance.now();

self.onmessage = async (e) => {
  const m = e.data || {};
  if (m.type === 'init') {
    if (!started) start(m);
    return;
  }
  if (m.type === 'check' || m.type === 'sheet' || m.type === 'annotate' || m.type === 'annotateDocument' || m.type === 'paragraphs') interrupted = true;
  busy++;
  lastRequest = performance.now();
  try {
    if (!started) start(null);
    try { await started; } catch (_) { return; }
    await handle(m, self.reportcheck);
  } catch (err) {
    // Never leave the page waiting: a damaged draft or an unexpected value
    // is an answer too.
    fail(m.id, '内部错误：' + ((err && err.message) || String(err)));
  } finally {
    busy--;
    lastRequest = performance.now();
  }
};

async function handle(m, rc) {
  switch (m.type) {
    case 'check': {
      // Wall-clock stamps (shared across threads) of where the time goes;
      // the page adds its own and the benchmark prints them.
      const stamps = { received: now() };
      // No bytes: a narrative checked alone. doc: the narrative checked
      // with the workbook, {name, bytes} of a .docx or {name, text} pasted.
      const bytes = m.bytes ? new Uint8Array(m.bytes) : null;
      const doc = m.doc ? (m.doc.bytes ? { name: m.doc.name, bytes: new Uint8Array(m.doc.bytes) } : { name: m.doc.name, text: m.doc.text }) : undefined;
      // Progress only once a check has run long enough for the page to show
      // it (app.js SHOW_CHECKING_MS): a usual draft is done before then, and
      // each message costs the page a frame.
      const quiet = performance.now() + 100;
      const res = rc.check(bytes, m.name, m.profile, (stage, percent) => {
        if (performance.now() >= quiet) self.postMessage({ type: 'progress', id: m.id, stage, percent, memory: memory() });
      }, doc);
      stamps.checked = now();
      checksDone++;
      if (!res || typeof res.report !== 'string') { fail(m.id, res && res.error ? res.error : '检查失败'); return; }
      const out = res.report;
      const save = !res.failure && m.save !== false && bytes !== null;
      // Findings first; the draft is saved right after and announced apart
      // (`saves` tells the page a 'saved' message follows). The report goes
      // as its JSON text: one string is copied, not 76 KB of objects
      // rebuilt, and the page parses it only if it shows it (a batch shows
      // its last file only).
      stamps.posted = now();
      self.postMessage({ type: 'result', id: m.id, json: out, error: res.failure, saves: save, memory: memory(), stamps });
      // What saving needs beyond the report, worked out now that the
      // findings are on their way (the file's hash, the rule set).
      const summary = rc.summary();
      if (save) {
        try {
          self.postMessage({ type: 'saved', id: m.id, draft: JSON.parse(await rc.saveDraft(bytes, m.name, out, summary, m.keep || 0, doc)), memory: memory() });
        } catch (err) {
          self.postMessage({ type: 'saved', id: m.id, draftError: String(err), memory: memory() });
        }
      }
      return;
    }
    case 'sheet': {
      const out = rc.sheet(m.key, new Uint8Array(m.bytes), m.sheet, m.cell, 14, m.top, m.frozen);
      if (typeof out !== 'string') { fail(m.id, out.error); return; }
      self.postMessage({ type: 'sheet', id: m.id, window: JSON.parse(out) });
      return;
    }
    case 'annotate': {
      const out = rc.annotate(new Uint8Array(m.bytes), m.report, m.explanations || '');
      if (!(out instanceof Uint8Array)) { fail(m.id, out && out.error ? out.error : '标注失败'); return; }
      self.postMessage({ type: 'annotated', id: m.id, bytes: out.buffer }, [out.buffer]);
      return;
    }
    case 'annotateDocument': {
      const out = rc.annotateDocument(new Uint8Array(m.bytes), m.report, m.explanations || '');
      if (!(out instanceof Uint8Array)) { fail(m.id, out && out.error ? out.error : '标注失败'); return; }
      self.postMessage({ type: 'annotated', id: m.id, bytes: out.buffer }, [out.buffer]);
      return;
    }
    case 'paragraphs': {
      const doc = m.doc.bytes ? { name: m.doc.name, bytes: new Uint8Array(m.doc.bytes) } : { name: m.doc.name, text: m.doc.text };
      const out = rc.paragraphs(m.key, doc, m.para, 2);
      if (typeof out !== 'string') { fail(m.id, out.error); return; }
      self.postMessage({ type: 'paragraphs', id: m.id, paras: JSON.parse(out).paras });
      return;
    }
    case 'profiles':
      self.postMessage({ type: 'profiles', id: m.id, profiles: JSON.parse(rc.profiles()), limits: JSON.parse(rc.limits()), forms: JSON.parse(rc.forms()), rulesVersion: rc.rulesVersion() });
      return;
    case 'tooLarge':
      self.postMessage({ type: 'tooLarge', id: m.id, error: JSON.parse(rc.limits(m.size)) });
      return;
    case 'validateProfile':
      self.postMessage({ type: 'validated', id: m.id, result: JSON.parse(rc.validateProfile(m.json)) });
      return;
    case 'listDrafts': {
      const v = await call(rc.listDrafts, m.id);
      if (v !== undefined) self.postMessage({ type: 'drafts', id: m.id, drafts: JSON.parse(v) });
      return;
    }
    case 'openDraft': {
      // A version of the draft (the latest when none is named). Its file
      // may be gone (dropped to keep storage bounded): bytes is then null
      // and bytesError says why; the report still opens.
      const v = await call(rc.openDraft, m.id, m.draftId, m.versionId || '');
      if (v !== undefined) {
        const bytes = v.bytes instanceof Uint8Array ? v.bytes : null;
        // The narrative checked with the version: bytes copied out (the
        // workbook's are transferred), or its pasted text.
        const d = v.document;
        const doc = d ? (d.bytes instanceof Uint8Array ? { name: d.name, bytes: d.bytes.slice().buffer } : { name: d.name, text: d.text }) : null;
        let draft;
        try {
          draft = JSON.parse(v.draft);
          draft.report = JSON.parse(v.report);
        } catch (_) { draft = null; }
        if (!draft) {
          fail(m.id, '这份草稿的记录已损坏，无法打开。可在草稿列表中“导出”其原始数据留存，再删除它');
          return;
        }
        self.postMessage({ type: 'draft', id: m.id, draft, version: v.version, bytes: bytes && bytes.buffer, doc, bytesError: v.bytesError || '' }, bytes ? [bytes.buffer] : []);
      }
      return;
    }
    case 'exportVersion': {
      const v = await call(rc.exportVersion, m.id, m.draftId, m.versionId);
      if (v !== undefined) self.postMessage({ type: 'file', id: m.id, name: v.name, bytes: v.bytes.buffer }, [v.bytes.buffer]);
      return;
    }
    case 'compareVersions': {
      const v = await call(rc.compareVersions, m.id, m.draftId, m.from, m.to);
      if (v !== undefined) self.postMessage({ type: 'comparison', id: m.id, comparison: JSON.parse(v) });
      return;
    }
    case 'deleteVersion': {
      const v = await call(rc.deleteVersion, m.id, m.draftId, m.versionId);
      if (v !== undefined) self.postMessage({ type: 'ok', id: m.id, draft: JSON.parse(v) });
      return;
    }
    case 'rawDraft': {
      const v = await call(rc.rawDraft, m.id, m.draftId);
      if (v !== undefined) self.postMessage({ type: 'raw', id: m.id, record: v.record, bytes: v.bytes, files: v.files });
      return;
    }
    case 'renameDraft': {
      const v = await call(rc.renameDraft, m.id, m.draftId, m.name);
      if (v !== undefined) self.postMessage({ type: 'ok', id: m.id });
      return;
    }
    case 'explain': {
      const v = await call(rc.explain, m.id, m.draftId, m.key, m.text);
      if (v !== undefined) self.postMessage({ type: 'ok', id: m.id });
      return;
    }
    case 'deleteDraft': {
      const v = await call(rc.deleteDraft, m.id, m.draftId);
      if (v !== undefined) self.postMessage({ type: 'ok', id: m.id });
      return;
    }
    default:
      if (m.id !== undefined) fail(m.id, '未知请求：' + m.type);
  }
}

// Served as a file: load wasm_exec.js; the page's 'init' message starts the
// engine. The single-file build prepends wasm_exec.js itself.
if (typeof Go === 'undefined') importScripts('wasm_exec.js');
