// The worker owns the Go instance: checks never block the page. Messages
// carry a `type`; file bytes arrive transferred, not copied.
'use strict';

let ready = null; // resolves when globalThis.reportcheck exists

function start(wasmBytes) {
  ready = new Promise((resolve, reject) => {
    const go = new Go();
    const source = wasmBytes
      ? WebAssembly.instantiate(wasmBytes, go.importObject)
      : WebAssembly.instantiateStreaming(fetch('reportcheck.wasm'), go.importObject);
    source.then((r) => {
      // Go's main runs until it blocks, so the API exists when run() returns.
      go.run(r.instance);
      if (self.reportcheck) resolve(); else reject(new Error('engine did not start'));
    }).catch((err) => {
      reject(err);
      self.postMessage({ type: 'fatal', message: '检查引擎加载失败：' + (err && err.message ? err.message : err) });
    });
  });
  return ready;
}

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

self.onmessage = async (e) => {
  const m = e.data || {};
  if (m.type === 'init') {
    if (!ready) start(m.wasm ? new Uint8Array(m.wasm) : null);
    return;
  }
  if (!ready) start(null);
  try { await ready; } catch (_) { return; }
  const rc = self.reportcheck;
  switch (m.type) {
    case 'check': {
      const bytes = new Uint8Array(m.bytes);
      self.postMessage({ type: 'progress', id: m.id, stage: 'read', percent: 5 });
      const out = rc.check(bytes, m.name, m.profile, (stage, percent) => {
        self.postMessage({ type: 'progress', id: m.id, stage, percent });
      });
      if (typeof out !== 'string') { fail(m.id, out && out.error ? out.error : '检查失败'); return; }
      const report = JSON.parse(out);
      // Findings first; the draft is saved right after and announced apart.
      self.postMessage({ type: 'result', id: m.id, report });
      if (!report.error && m.save !== false) {
        try {
          self.postMessage({ type: 'saved', id: m.id, draft: JSON.parse(await rc.saveDraft(bytes, m.name, out)) });
        } catch (err) {
          self.postMessage({ type: 'saved', id: m.id, draftError: String(err) });
        }
      }
      return;
    }
    case 'sheet': {
      const out = rc.sheet(m.key, new Uint8Array(m.bytes), m.sheet, m.cell, 14);
      if (typeof out !== 'string') { fail(m.id, out.error); return; }
      self.postMessage({ type: 'sheet', id: m.id, window: JSON.parse(out) });
      return;
    }
    case 'annotate': {
      const out = rc.annotate(new Uint8Array(m.bytes), m.report);
      if (!(out instanceof Uint8Array)) { fail(m.id, out && out.error ? out.error : '标注失败'); return; }
      self.postMessage({ type: 'annotated', id: m.id, bytes: out.buffer }, [out.buffer]);
      return;
    }
    case 'profiles':
      self.postMessage({ type: 'profiles', id: m.id, profiles: JSON.parse(rc.profiles()) });
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
      const v = await call(rc.openDraft, m.id, m.draftId);
      if (v !== undefined) {
        const bytes = v.bytes;
        self.postMessage({ type: 'draft', id: m.id, draft: JSON.parse(v.draft), bytes: bytes.buffer }, [bytes.buffer]);
      }
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
  }
};

// Served as a file: load wasm_exec.js and start at once (warm-up while the
// user chooses a file). The single-file build prepends wasm_exec.js itself
// and sends the wasm bytes in an 'init' message instead.
if (typeof Go === 'undefined') {
  importScripts('wasm_exec.js');
  start(null);
}
