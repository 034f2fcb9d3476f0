// reportcheck page, the engine side: the worker that runs the Go/wasm engine,
// and the request/answer protocol with it. No DOM is drawn here: the view
// (app.js) is told of progress, engine state and saved drafts through
// engineHooks. Loaded before app.js as a classic script; both share the
// page's global scope.
'use strict';

/**
 * The requests the page sends (page → worker). Every request but 'init'
 * carries an id; the worker answers it with one message of the same id, or
 * with {type: 'error', id, message}.
 * @typedef {(
 *   {type: 'init', module?: WebAssembly.Module, gzip?: ArrayBuffer, wasm?: ArrayBuffer, warmup?: object} |
 *   {type: 'check', id: number, bytes: ArrayBuffer|null, name: string, profile: string, save: boolean, keep?: number,
 *     doc?: {name: string, bytes?: ArrayBuffer, text?: string}} |
 *   {type: 'annotateDocument', id: number, bytes: ArrayBuffer, report: string, explanations?: string} |
 *   {type: 'paragraphs', id: number, key: string, doc: {name: string, bytes?: ArrayBuffer, text?: string}, para: number} |
 *   {type: 'sheet', id: number, key: string, bytes: ArrayBuffer, sheet: string, cell: string} |
 *   {type: 'annotate', id: number, bytes: ArrayBuffer, report: string, explanations?: string} |
 *   {type: 'profiles', id: number} |
 *   {type: 'tooLarge', id: number, size: number} |
 *   {type: 'validateProfile', id: number, json: string} |
 *   {type: 'listDrafts', id: number} |
 *   {type: 'openDraft', id: number, draftId: string, versionId?: string} |
 *   {type: 'exportVersion', id: number, draftId: string, versionId: string} |
 *   {type: 'compareVersions', id: number, draftId: string, from: string, to: string} |
 *   {type: 'deleteVersion', id: number, draftId: string, versionId: string} |
 *   {type: 'rawDraft', id: number, draftId: string} |
 *   {type: 'renameDraft', id: number, draftId: string, name: string} |
 *   {type: 'explain', id: number, draftId: string, key: string, text: string} |
 *   {type: 'deleteDraft', id: number, draftId: string}
 * )} Request
 */

/**
 * The messages the worker sends (worker → page). `memory` (bytes of wasm
 * memory) may ride on any of them.
 * @typedef {(
 *   {type: 'ready'} |
 *   {type: 'module', module: WebAssembly.Module} |
 *   {type: 'warmStoreDropped'} |
 *   {type: 'engine', state: 'ready', memory: number, boot: {start: number, instantiated: number, ready: number}} |
 *   {type: 'warm', memory: number, warmup: object} |
 *   {type: 'paragraphs', id: number, paras: {index: number, text: string}[]} |
 *   {type: 'fatal', message: string} |
 *   {type: 'progress', id: number, stage: string, percent: number, memory: number} |
 *   {type: 'result', id: number, json: string, error: string, saves: boolean, memory: number, stamps: object} |
 *   {type: 'saved', id: number, draft?: Draft, draftError?: string, memory: number} |
 *   {type: 'sheet', id: number, window: object} |
 *   {type: 'annotated', id: number, bytes: ArrayBuffer} |
 *   {type: 'profiles', id: number, profiles: object[], limits: object, forms: object, rulesVersion: string} |
 *   {type: 'tooLarge', id: number, error: object} |
 *   {type: 'validated', id: number, result: object} |
 *   {type: 'drafts', id: number, drafts: object[]} |
 *   {type: 'draft', id: number, draft: Draft, version: string, bytes: ArrayBuffer|null, bytesError: string,
 *     doc: {name: string, bytes?: ArrayBuffer, text?: string}|null} |
 *   {type: 'file', id: number, name: string, bytes: ArrayBuffer} |
 *   {type: 'comparison', id: number, comparison: Comparison} |
 *   {type: 'raw', id: number, record: string, bytes: ArrayBuffer, files: {key: string, value: (Uint8Array|string)}[]} |
 *   {type: 'ok', id: number, draft?: Draft} |
 *   {type: 'error', id: number, message: string}
 * )} WorkerMessage
 */

/**
 * A saved draft as the engine gives it (internal/drafts Draft): one
 * department's year in one template, every checked file a version, oldest
 * first; the draft's fields are its latest version's. 'draft' answers add
 * `report` (the opened version's).
 * @typedef {{id: string, name: string, file: string, department: string, year: string, profile: string,
 *   created: string, updated: string, counts: number[], explanations: Object<string, string>, changes?: Changes,
 *   size: number, template?: string, renamed?: boolean, versions: Version[], damaged?: boolean, report?: object}} Draft
 */

/**
 * One checked file of a draft (internal/drafts Version). `blob` is empty
 * once its bytes were dropped (`dropped` says when): its report stays.
 * @typedef {{id: string, n: number, file: string, size: number, sha256?: string, checked: string,
 *   profile: string, profile_name?: string, profile_hash?: string, rules_version?: string, rule_set?: string,
 *   template?: string, counts: number[], blob?: string, dropped?: string, report?: string, migrated?: boolean}} Version
 */

/**
 * A check compared with the version before it, by finding key. `unchecked`
 * and `added` came or went with a rule that ran on one side only.
 * @typedef {{fixed: string[], new: string[], since: string, still?: string[], unchecked?: string[], added?: string[],
 *   from?: string, from_n?: number, profile_changed?: boolean, rules_changed?: boolean}} Changes
 */

/**
 * Two versions compared (internal/drafts Comparison), the earlier `from`.
 * @typedef {{key: string, rule: string, severity: string, title?: string, sheet: string, cell: string,
 *   message: string, actual?: string, was?: string}} ComparedFinding
 * @typedef {{from: Version, to: Version, fixed: ComparedFinding[], new: ComparedFinding[], still: ComparedFinding[],
 *   unchecked: ComparedFinding[], added: ComparedFinding[], rules_known: boolean, profile_changed: boolean,
 *   rules_changed: boolean}} Comparison
 */

const SINGLE = !!window.RC_SINGLE;

/**
 * What the view wants to know; app.js sets these.
 * @type {{state: (s: string, text?: string) => void, progress: (stage: string, percent: number) => void, saved: (m: WorkerMessage) => void}}
 */
const engineHooks = { state() {}, progress() {}, saved() {} };

function setEngineState(s, text) {
  engine.state = s;
  engineHooks.state(s, text);
}

// One worker at a time; restartWorker is the only way to replace it, for all
// three reasons: a cancelled check, a crash, and giving memory back. Go's
// wasm memory never shrinks, so after a check that grew it past
// RECYCLE_BYTES the page waits until the findings are on screen, the draft is
// saved and no request is in flight, then terminates the worker and starts a
// fresh one ("recycle"). The compiled module is kept and handed to every new
// worker: V8 shares its code, already optimised, so a new worker needs no
// download and no compile and warms up in well under a second.
let worker = null;
let workerReady = null;
let workerURL = null; // single-file build: the worker's source as a blob: URL
let nextId = 1;
const pending = new Map();
const engine = { state: 'loading', module: null, unsaved: 0, idleWaiters: [] };

// The worker's wasm memory in bytes, for the benchmark and tests: now, the
// largest ever seen (any worker), after the last check, of a fresh warmed-up
// worker, how many workers were recycled, and the threshold for that.
const memInfo = window.__rcMemory = { current: 0, peak: 0, lastCheck: 0, fresh: 0, recycled: 0 };
// When the engine said it was ready (ms since navigation) and its warm-up passes.
// When it was warmed up (warmAt) and its warm-up passes.
window.__rcEngine = { readyAt: null, warmAt: null, warmup: null, workers: 0 };

// Recycle a worker whose memory grew past 128 MB (a seed-sized draft needs
// ~15 MB; a fresh worker has as much). `?recycle-mb=N` in the page's address
// sets another threshold (the browser tests use 1 to force a recycle after
// every check).
const RECYCLE_BYTES = (() => {
  let v = 0;
  try { v = Number(new URLSearchParams(location.search).get('recycle-mb')); } catch (_) { /* no query */ }
  return (v > 0 ? v : 128) * 1048576;
})();
memInfo.threshold = RECYCLE_BYTES;

// gzippedWasm is the single-file build's wasm as it is inlined, gzipped:
// the worker inflates it as a stream into the compiler.
function gzippedWasm() {
  const b64 = document.getElementById('rc-wasm').textContent.trim();
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out.buffer;
}

function startWorker() {
  let w;
  if (SINGLE) {
    workerURL = workerURL || URL.createObjectURL(new Blob([document.getElementById('rc-worker-src').textContent], { type: 'text/javascript' }));
    w = new Worker(workerURL);
  } else {
    // Named 'fetch' when it is to compile the module itself: it starts at
    // once, without waiting for the 'init' below (worker.js).
    w = new Worker('worker.js', engine.module ? {} : { name: 'fetch' });
  }
  worker = w;
  window.__rcEngine.workers++;
  window.__rcEngine.spawnedAt = window.__rcEngine.spawnedAt || Math.round(performance.now());
  // Messages and errors of a worker already replaced are ignored.
  w.onmessage = (e) => { if (w === worker) onWorkerMessage(e); };
  w.onerror = (e) => {
    e.preventDefault();
    if (w !== worker) return;
    restartWorker('检查引擎意外停止' + (e.message ? '（' + e.message + '）' : '') + '，可能是文件过大导致内存不足。页面和已保存的草稿不受影响，引擎已重新启动。');
  };
  workerReady = Promise.resolve();
  if (engine.module) {
    try { w.postMessage({ type: 'init', module: engine.module }); return; } catch (_) { engine.module = null; /* not cloneable: compile again */ }
  }
  if (SINGLE) {
    const gzip = gzippedWasm();
    w.postMessage({ type: 'init', gzip }, [gzip]);
  } else {
    w.postMessage({ type: 'init' });
  }
}

// restartWorker terminates the worker and starts a fresh one. Requests in
// flight fail with message (a recycle waits until there are none).
function restartWorker(message, why = 'restart') {
  for (const [, p] of pending) p.reject(new Error(message));
  pending.clear();
  engine.unsaved = 0;
  for (const r of engine.idleWaiters.splice(0)) r(false);
  try { worker.terminate(); } catch (_) { /* already gone */ }
  if (why === 'recycle') memInfo.recycled++;
  memInfo.current = 0;
  setEngineState(why === 'recycle' ? 'recycling' : 'restarting');
  startWorker();
}

function isIdle() { return pending.size === 0 && engine.unsaved === 0; }

// whenIdle resolves true once no request is in flight and every draft is
// saved, false after ms or if the worker is replaced meanwhile.
function whenIdle(ms) {
  if (isIdle()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (v) => { clearTimeout(t); const i = engine.idleWaiters.indexOf(done); if (i >= 0) engine.idleWaiters.splice(i, 1); resolve(v); };
    const t = setTimeout(() => done(false), ms);
    engine.idleWaiters.push(done);
  });
}

function noteIdle() {
  if (isIdle()) for (const r of engine.idleWaiters.splice(0)) r(true);
}

// recycleIfLarge gives the memory of a large check back (see restartWorker).
// A draft that cannot be saved within 15 s keeps its worker: nothing is
// terminated while it might still be written; the next check tries again.
async function recycleIfLarge() {
  if (memInfo.current <= RECYCLE_BYTES) return;
  const w = worker;
  const deadline = performance.now() + 15000;
  do {
    if (!(await whenIdle(deadline - performance.now())) || w !== worker) return;
    // A 'saved' message sets off a refresh of the draft list: let such
    // requests be sent (and answered) before the worker goes.
    await new Promise((r) => setTimeout(r, 0));
  } while (!isIdle() && w === worker);
  if (w === worker) restartWorker('', 'recycle');
}

/** @param {MessageEvent<WorkerMessage>} e */
function onWorkerMessage(e) {
  const m = e.data || {};
  if (typeof m.memory === 'number') {
    memInfo.current = m.memory;
    memInfo.peak = Math.max(memInfo.peak, m.memory);
  }
  if (m.type === 'progress') { engineHooks.progress(m.stage, m.percent); return; }
  if (m.type === 'module') { engine.module = m.module; return; }
  if (m.type === 'warmStoreDropped') { window.__rcEngine.warmStoreDropped = true; return; }
  if (m.type === 'engine') {
    // A check can run now; the warm-up follows when the engine is idle.
    window.__rcEngine.readyAt = window.__rcEngine.readyAt || performance.now();
    // The first worker's start-up, in ms since navigation: the worker made,
    // asked to start, the wasm compiled and instantiated, Go's main run.
    if (m.boot && !window.__rcEngine.boot) {
      const at = (t) => Math.round(t - performance.timeOrigin);
      window.__rcEngine.boot = { spawned: window.__rcEngine.spawnedAt, start: at(m.boot.start), instantiated: at(m.boot.instantiated), ready: at(m.boot.ready) };
    }
    memInfo.fresh = m.memory;
    setEngineState('ready');
    return;
  }
  if (m.type === 'warm') {
    memInfo.fresh = m.memory;
    Object.assign(window.__rcEngine, { warmAt: window.__rcEngine.warmAt || performance.now(), warmup: m.warmup });
    document.body.dataset.warm = 'warm';
    return;
  }
  if (m.type === 'fatal') {
    // The engine could not be loaded at all: say so, and do not retry in a loop.
    for (const [, p] of pending) p.reject(new Error(m.message));
    pending.clear();
    setEngineState('failed', m.message + '。请刷新页面重试。');
    return;
  }
  if (m.type === 'ready') return; // Go's own start-up signal; the page waits for 'engine'
  if (m.type === 'saved') {
    engine.unsaved = Math.max(0, engine.unsaved - 1);
    engineHooks.saved(m);
    noteIdle();
    return;
  }
  const p = pending.get(m.id);
  if (!p) return;
  pending.delete(m.id);
  if (m.type === 'result') {
    memInfo.lastCheck = m.memory;
    if (m.saves) engine.unsaved++;
  }
  if (m.type === 'error') p.reject(new Error(m.message));
  else p.resolve(m);
  noteIdle();
}

// The engine starts as soon as this script runs (from the page's head, before
// the body is parsed and laid out): the worker and the wasm download do not
// wait for the view. A page inside another site's frame runs nothing (app.js
// says why).
if (window.top === window.self) startWorker();

/**
 * rpc sends one request to the engine and resolves with its answer.
 * @param {Request['type']} type
 * @param {object} [payload] the request's other fields (see Request)
 * @param {Transferable[]} [transfer] buffers handed over, not copied
 * @returns {Promise<WorkerMessage>}
 */
async function rpc(type, payload = {}, transfer = []) {
  await workerReady;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ type, id, ...payload }, transfer);
  });
}

