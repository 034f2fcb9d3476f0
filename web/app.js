// reportcheck page, the view: all checking happens in the worker (Go/wasm),
// which engine.js runs and talks to; this file renders and handles the user.
// No network requests beyond this page's own assets, and none at all in the
// single-file build.
'use strict';

const $ = (s, el = document) => el.querySelector(s);
const h = (tag, attrs = {}, ...kids) => {
  const el = document.createElement(tag);
  for (const k in attrs) {
    const v = attrs[k];
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const kid of kids.flat()) if (kid !== null && kid !== undefined) el.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  return el;
};

// Table names by canonical key (三公 is 09 whatever a template prints), as the
// engine names them (its profiles answer's forms, filled in by loadProfiles);
// the 公开NN表 code is shown where the draft prints one (report.tables[].code).
// A finding's scope may also be all the 绩效自评表 or the whole workbook.
const FORM_NAMES = { 'kpi': '绩效自评表', '': '整个工作簿', 'narrative': '情况说明' };
function formLabel(r, form) {
  const t = (r.tables || []).find((x) => x.form === form && x.code);
  const name = FORM_NAMES[form] || form;
  return t ? '公开' + t.code + '表 ' + name : name;
}
const SEV = { error: '错误', warning: '提示', info: '信息' };

// ---------- engine state on screen ----------
const ENGINE_TEXT = {
  loading: '检查引擎准备中…可先选择文件',
  ready: '检查引擎已就绪',
  restarting: '检查引擎正在重新启动…',
  recycling: '正在释放上次检查占用的内存…',
};

// engine.js tells the view of engine state, progress and saved drafts.
engineHooks.state = (s, text) => {
  document.body.dataset.engine = s;
  const el = $('#engine');
  if (el) { el.dataset.state = s; el.textContent = text || ENGINE_TEXT[s] || ''; }
};
engineHooks.progress = (stage, percent) => showProgress(stage, percent);
engineHooks.saved = (m) => draftSaved(m);

// ---------- state ----------
const state = {
  current: null, // {file: Blob, name, key, report, draft}
  queue: [],
  running: false,
  profiles: [],
  profilesLoaded: null, // a promise: checks wait for the profile list
  storageOK: true,
  limits: null, // the engine's: {max_file_bytes}
};

// setText changes an element's text only when it differs: writing the same
// text still replaces its node and lays the page out again.
function setText(el, text) {
  if (el.textContent !== String(text)) el.textContent = text;
}

// #results' data-status is the state of the latest file at once (idle,
// checking, done, failed; tests and scripts read it); data-view is the
// panel shown, which for a short check stays on the previous result (see
// SHOW_CHECKING_MS).
function setStatus(s) {
  const r = $('#results');
  r.dataset.status = s;
  if (s !== 'checking') r.dataset.view = s;
}

function notice(msg) {
  const n = $('#notice');
  n.textContent = msg;
  n.hidden = !msg;
}

// ---------- profiles ----------
function customProfiles() {
  try { return JSON.parse(localStorage.getItem('rc.profiles') || '[]'); } catch (_) { return []; }
}

async function loadProfiles() {
  const m = await rpc('profiles');
  state.limits = m.limits || state.limits;
  // The engine's rule-set fingerprint: printed for a check not (yet) saved as a version.
  state.rulesVersion = m.rulesVersion || state.rulesVersion;
  Object.assign(FORM_NAMES, m.forms);
  state.profiles = m.profiles.map((p) => ({ id: p.id, name: p.name, json: p.id, builtin: true, data: p }));
  for (const p of customProfiles()) state.profiles.push({ id: p.id, name: p.name + '（导入）', json: JSON.stringify(p), data: p });
  const sel = $('#profile');
  sel.replaceChildren(...state.profiles.map((p) => h('option', { value: p.id, text: p.name })));
  const saved = safeGet('rc.profile');
  if (saved && state.profiles.some((p) => p.id === saved)) sel.value = saved;
}

function safeGet(k) { try { return localStorage.getItem(k); } catch (_) { return null; } }
function safeSet(k, v) { try { localStorage.setItem(k, v); } catch (_) { /* private mode: not remembered */ } }

// currentProfile is the profile chosen in the list, or null while the
// engine has not sent the list yet (a check then goes by checkProfile).
function currentProfile() {
  const id = $('#profile').value;
  return state.profiles.find((p) => p.id === id) || state.profiles[0] || null;
}

// checkProfile is what a check runs with: the profile chosen. A file chosen
// while the engine starts runs with the saved choice at once instead of
// waiting a round trip for the engine's list of profiles (measured: 50-140 ms
// of a first visit): an imported profile's JSON (kept on this page), else the
// saved ID, which the engine resolves; an ID it does not have, or none, means
// its default, which the list then shows first.
function checkProfile() {
  if (state.profiles.length) return currentProfile().json;
  const saved = safeGet('rc.profile') || '';
  const custom = customProfiles().find((p) => p.id === saved);
  return custom ? JSON.stringify(custom) : saved;
}

function download(name, data, type) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function importProfile(file) {
  const text = await file.text();
  const m = await rpc('validateProfile', { json: text });
  if (m.result.error) { notice('规则配置导入失败：' + m.result.error); return; }
  const p = m.result.profile;
  let asked = '';
  try { asked = JSON.parse(text).id; } catch (_) { /* the engine validated it */ }
  const renamed = asked && asked !== p.id ? `导入的规则配置编号“${asked}”与内置配置相同，已改为“${p.id}”，内置配置不受影响。` : '';
  const list = customProfiles().filter((x) => x.id !== p.id);
  list.push(p);
  safeSet('rc.profiles', JSON.stringify(list));
  safeSet('rc.profile', p.id);
  await loadProfiles();
  $('#profile').value = p.id;
  notice(renamed + '已导入规则配置“' + p.name + '”，之后的检查将使用它。');
}

// ---------- checking ----------
// A narrative (情况说明) is a Word document; .doc too, for the engine to
// refuse it in words.
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const isDocument = (f) => /\.(docx|docm|doc|dotx)$/i.test(f.name) || f.type === DOCX_TYPE || f.type === 'application/msword';

// enqueue checks files. Workbooks and narratives chosen or dropped together
// are paired: one workbook takes the narrative; several take each the
// narrative whose name is most like theirs. A narrative alone goes with the
// workbook on screen (「为这份草稿添加情况说明」), else is checked alone, for
// what needs no table. keepDoc is the narrative a re-check keeps when no
// new one was chosen. The engine says when the two disagree on 部门 or 年度.
function enqueue(files, keepDoc) {
  const books = files.filter((f) => !isDocument(f));
  const docs = files.filter(isDocument).map((f) => ({ file: f, name: f.name }));
  if (!books.length) {
    const c = state.current;
    const [first, ...rest] = docs;
    if (first && c && c.file && !state.queue.length) {
      state.queue.push({ file: fileOf(c), name: c.name, doc: first });
    } else if (first) {
      state.queue.push({ file: null, name: first.name, doc: first });
    }
    for (const d of rest) state.queue.push({ file: null, name: d.name, doc: d });
  } else {
    const left = [...docs];
    for (const f of books) {
      let doc = keepDoc || null;
      if (left.length) {
        const i = books.length === 1 ? 0 : closestName(f.name, left);
        if (i >= 0) doc = left.splice(i, 1)[0];
      }
      state.queue.push({ file: f, name: f.name, doc });
    }
    if (left.length) notice('以下情况说明未能与所选工作簿配对，未检查：' + left.map((d) => d.name).join('、') + '。请与对应的工作簿一起选择，或先打开该草稿再添加。');
  }
  if (!state.running) runQueue();
}

// fileOf is the workbook on screen as a new File, for checking it again.
function fileOf(c) {
  return new File([c.file], c.name, { type: c.file.type || XLSX_TYPE });
}

// closestName: the index of the narrative whose name shares the longest
// start with the workbook's (at least two characters), or -1.
function closestName(book, docs) {
  const stem = (n) => n.replace(/\.[^.]+$/, '');
  const b = stem(book);
  let best = -1;
  let bestLen = 1;
  docs.forEach((d, i) => {
    const n = stem(d.name);
    let k = 0;
    while (k < b.length && k < n.length && b[k] === n[k]) k++;
    if (k > bestLen) { best = i; bestLen = k; }
  });
  return best;
}

// checkPasted checks narrative text pasted into the box: with the workbook
// on screen, or alone.
function checkPasted() {
  const text = $('#paste-text').value;
  if (!text.trim()) { notice('请先把情况说明的文字粘贴到框中。'); return; }
  const doc = { text, name: PASTED_NAME };
  const c = state.current;
  state.queue.push(c && c.file ? { file: fileOf(c), name: c.name, doc } : { file: null, name: PASTED_NAME, doc });
  if (!state.running) runQueue();
}
const PASTED_NAME = '粘贴的情况说明';

// runQueue checks the queued files one after another. While the worker
// checks one file the page reads the next. In a batch only the last file's
// result is drawn: the others are listed as their drafts are saved (drawing
// a result that is replaced a few dozen milliseconds later only costs), and
// files that could not be checked are named at the end.
async function runQueue() {
  state.running = true;
  const failed = [];
  let ahead = null; // {job, bytes}: the next file, read while this one is checked
  while (state.queue.length) {
    const job = state.queue.shift();
    const bytes = ahead && ahead.job === job ? ahead.bytes : readFile(job.file);
    ahead = state.queue.length ? { job: state.queue[0], bytes: readFile(state.queue[0].file) } : null;
    const failure = await checkOne(job.file, job.name, bytes, job.doc);
    if (failure && state.queue.length) failed.push(job.name + '（' + failure.replace(/。$/, '') + '）');
    await recycleIfLarge();
  }
  state.running = false;
  if (failed.length) notice('以下文件无法检查：' + failed.join('；') + '。其他文件已检查，结果在“草稿”中。');
}

// readFile resolves to {buf} or {error}, never rejects: a read started
// ahead must not be an unhandled rejection if the queue is cancelled.
// A file larger than the engine's limit is not read at all: reading a
// gigabyte to refuse it would freeze the page.
function readFile(file) {
  if (!file) return Promise.resolve({ buf: null });
  if (state.limits && file.size > state.limits.max_file_bytes) return Promise.resolve({ tooLarge: true });
  return file.arrayBuffer().then((buf) => ({ buf }), (e) => ({ error: e }));
}

function showProgress(stage, percent) {
  const names = { read: '正在读取文件', locate: '正在识别表格与核对', done: '正在整理结果' };
  $('#progress').value = Math.max($('#progress').value, percent || 0);
  $('#progress-text').textContent = (names[stage] || '正在检查') + '…';
}

// A usual draft is checked in a few dozen milliseconds. Switching the page
// to 「正在检查」 and back for that long only flashes, and laying the whole
// result out twice takes a core the worker needs on a two-core office PC.
// So the previous result stays on screen until a check has run this long,
// unless files are queued (how many is news) or nothing is shown yet.
const SHOW_CHECKING_MS = 150;

// checkOne checks one file and, unless more files wait, shows its result
// or why it failed. It returns the failure message, or '' when checked.
async function checkOne(file, name, bytes, doc) {
  const started = performance.now();
  const showChecking = () => {
    $('#results').dataset.view = 'checking';
    $('#checking-name').textContent = '正在检查：' + name + (state.queue.length ? `（还有 ${state.queue.length} 个文件排队）` : '');
    $('#progress').value = 0;
    showProgress('read', 2);
    if (engine.state !== 'ready') $('#progress-text').textContent = '检查引擎正在准备，准备好后立即开始…';
  };
  const shown = $('#results').dataset.view;
  setStatus('checking');
  let timer = null;
  if (state.queue.length || (shown !== 'done' && shown !== 'failed')) showChecking();
  else timer = setTimeout(showChecking, SHOW_CHECKING_MS);
  $('#results').setAttribute('aria-busy', 'true');
  try {
    const out = await runCheck(file, name, bytes || readFile(file), doc);
    if (out.error) {
      if (!state.queue.length) fail(out.error, out.code);
      return out.error;
    }
    if (!state.queue.length) show(out, started);
    return '';
  } finally {
    clearTimeout(timer);
    $('#results').removeAttribute('aria-busy');
    // How many checks have ended (shown, failed, or passed over in a
    // batch): with the previous result kept on screen, the status alone
    // does not say a new one came.
    $('#results').dataset.checks = ++checksEnded;
  }
}
let checksEnded = 0;

// runCheck has the worker check a file: {m, read} (the worker's reply,
// when the bytes were read) or {error, code}.
async function runCheck(file, name, bytes, doc) {
  // The narrative is read while the workbook is (not after it).
  const docRead = doc && doc.file ? doc.file.arrayBuffer() : null;
  if (docRead) docRead.catch(() => { /* reported below */ });
  const { buf, error, tooLarge } = await bytes;
  let docMsg;
  const transfer = buf ? [buf] : [];
  if (docRead) {
    let docBuf;
    try { docBuf = await docRead; } catch (e) { return { error: '无法读取情况说明：' + e.message }; }
    docMsg = { name: doc.name, bytes: docBuf };
    transfer.push(docBuf);
  } else if (doc) {
    docMsg = { name: doc.name, text: doc.text };
  }
  if (tooLarge) {
    // Refused by its size, unread: the engine words it.
    const m = await rpc('tooLarge', { size: file.size });
    return { error: m.error.message, code: m.error.code };
  }
  if (error) return { error: '无法读取文件：' + error.message };
  const read = performance.now();
  let m;
  try {
    m = await rpc('check', { bytes: buf, name, profile: checkProfile(), save: !SINGLE, keep: keepVersions(), doc: docMsg }, transfer);
    // The forms' names the findings are shown with come with the profiles
    // (asked first: the engine has answered them by now).
    await state.profilesLoaded;
  } catch (e) {
    return { error: e.message };
  }
  if (m.error) return { error: m.error.message, code: m.error.code };
  return { m, read, file, name, doc };
}

function show({ m, read, file, name, doc }, started) {
  const arrived = performance.now();
  const report = JSON.parse(m.json);
  const parsed = performance.now();
  state.current = { file, name, key: name + ':' + Date.now(), report, draft: null, checkId: m.id, checkedAt: new Date().toISOString(), doc: doc || null };
  state.current.saved = new Promise((resolve) => { state.current.resolveSaved = resolve; });
  if (SINGLE || !m.saves) {
    // Nothing is saved (the single-file build; a narrative checked without
    // its workbook): the notes live on this page only (and in the JSON download).
    state.current.draft = { id: null, memoryOnly: true, explanations: {} };
    state.current.resolveSaved();
  } else {
    shownVersions.set(m.id, state.current);
  }
  $('#draft-error').hidden = true;
  render();
  const early = savedEarly.get(m.id);
  if (early) {
    savedEarly.delete(m.id);
    draftSaved(early);
  }
  const done = performance.now();
  // Timings from the file handed to the page to findings rendered (benchmarks read them),
  // and where that time went.
  (window.__rcTimings = window.__rcTimings || []).push(done - started);
  const at = (t) => t - performance.timeOrigin;
  const s = m.stamps || {};
  (window.__rcStages = window.__rcStages || []).push({
    read: Math.max(0, read - started), queued: at(s.received) - read, engine: s.checked - s.received, parse: parsed - arrived,
    deliver: arrived - at(s.posted), render: done - parsed,
  });
}

// draftSaved attaches the saved draft (its explanations, what changed) to
// the version it was checked as — on screen or not: a note typed on it
// waits for this to know which draft it belongs to — or says why it could
// not be saved.
const shownVersions = new Map(); // checkId → the version shown for it
// A 'saved' can come before its result is shown (the page was still busy):
// it is kept for show() to attach; the last few only, batch files are never shown.
const savedEarly = new Map();
function draftSaved(m) {
  const v = shownVersions.get(m.id);
  if (!v) {
    savedEarly.set(m.id, m);
    if (savedEarly.size > 8) savedEarly.delete(savedEarly.keys().next().value);
  }
  shownVersions.delete(m.id);
  if (v) {
    if (!m.draftError) v.draft = m.draft;
    if (v.resolveSaved) v.resolveSaved();
  }
  if (!m.draftError) draftsChanged();
  const c = state.current;
  if (!c || c.checkId !== m.id) {
    // A file of a batch whose result is not on screen.
    if (m.draftError) notice('有文件已检查，但' + m.draftError.replace(/^草稿保存失败：/, '草稿未能保存：'));
    listSaved();
    return;
  }
  if (m.draftError) {
    $('#draft-error').textContent = '检查已完成，但' + m.draftError.replace(/^草稿保存失败：/, '草稿未能保存：');
    $('#draft-error').hidden = false;
  } else {
    c.draft = m.draft;
    // The preview's workbook cache is keyed by the version (its bytes'
    // hash), never by the draft: a draft holds many files.
    c.version = latestVersion(m.draft);
    c.key = previewKey(c.version) || c.key;
    const ex = m.draft.explanations || {};
    document.querySelectorAll('.finding[data-severity="warning"]').forEach((el) => {
      const ta = $('textarea.explain', el);
      const key = ta && ta.dataset.key;
      if (ta && !ta.value && ex[key]) ta.value = ex[key];
    });
    notesChanged();
    showChanges(m.draft.changes);
    versionSaved(c);
  }
  listSaved();
}

// listSaved refreshes the draft list after a save; #drafts[data-saves-listed]
// counts the saves it shows (tests wait on it, never on time).
let savesListed = 0;
function listSaved() {
  refreshDrafts().then(() => { $('#drafts').dataset.savesListed = ++savesListed; });
}

function fail(message, code) {
  $('#failure').textContent = message;
  $('#failure').dataset.code = code || '';
  setStatus('failed');
}

// ---------- rendering ----------
// Each finding carries its key (f.key), made by the engine: the page computes none.

function render() {
  const { report: r, draft } = state.current;
  closePreview();
  $('#file-name').textContent = r.file;
  const meta = [r.department && '部门：' + r.department, r.year && '年度：' + r.year, '规则配置：' + (r.profile_name || r.profile)].filter(Boolean);
  $('#file-meta').textContent = meta.join('　');
  renderDocument(r);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) counts[f.severity]++;
  $('#count-error').textContent = counts.error;
  $('#count-warning').textContent = counts.warning;
  $('#count-info').textContent = counts.info;

  showChanges(draft && onLatest(state.current) ? draft.changes : null);
  closeCompare();

  const tb = $('#tables tbody');
  tb.replaceChildren(...r.tables.map((t) => h('tr', {}, h('td', { text: formLabel(r, t.form) }), h('td', { text: t.sheet }), h('td', { text: t.range }), h('td', { text: t.unit || '—' }))));
  $('#tables summary').textContent = `识别到的表（${r.tables.length}）`;
  $('#missing').textContent = r.missing && r.missing.length ? '未找到：' + r.missing.map((f) => FORM_NAMES[f] || f).join('、') : '';
  renderCoverage(r);
  // 识别说明: how the workbook was read — not problems of the draft, not counted.
  const notes = r.recognition || [];
  $('#recognition').hidden = !notes.length;
  $('#recognition summary').textContent = `识别说明（${notes.length}）`;
  $('#recognition ul').replaceChildren(...notes.map((n) => h('li', { 'data-kind': n.kind, text: (n.sheet ? n.sheet + (n.cell ? '!' + n.cell : '') + '　' : '') + n.message })));

  renderFindings(r, (draft && draft.explanations) || {});
  showFilters(r);
  renderKPI(r);
  setStatus('done');
  fillWhenIdle();
}

// renderDocument says which narrative (情况说明) was checked with the
// workbook, or why it could not be read, and offers its annotated copy.
function renderDocument(r) {
  const c = state.current;
  const el = $('#doc-meta');
  const alone = r.document && r.document === r.file && !(c && c.file);
  let text = '';
  if (r.document_error) text = '情况说明“' + r.document + '”无法读取：' + r.document_error.message;
  else if (alone) text = '单独检查情况说明（未对照报表）：只核对文中的计算、年度、序号和模板占位符。与工作簿一起检查时，还逐项对照报表数字，并随草稿保存。';
  else if (r.document) text = '同时检查了情况说明：' + r.document + '（' + r.findings.filter((f) => f.para).length + ' 项问题）';
  el.textContent = text;
  el.hidden = !text;
  el.classList.toggle('failure', !!r.document_error);
  $('#dl-document').hidden = !(c && c.doc && c.doc.file && !r.document_error);
  $('#dl-annotated').hidden = !!(c && !c.file && r.document && r.document === r.file);
  $('#add-doc').textContent = r.document && !alone ? '更换情况说明' : '添加情况说明';
  $('#add-doc').hidden = !(c && c.file);
}

// renderCoverage says, above the findings, what was not checked: a workbook
// with none of the tables, or only some, must not read as 「0 错误」.
function renderCoverage(r) {
  const nine = (r.tables || []).filter((t) => /^0[1-9]$/.test(t.form)).length;
  const kpi = (r.tables || []).filter((t) => t.form.startsWith('kpi')).length;
  const missing = r.error ? [] : (r.missing || []);
  let text = '';
  let level = 'full';
  if (!r.error && nine === 0 && kpi === 0) {
    level = 'none';
    text = '未识别到任何部门决算公开表或绩效自评表，本文件没有得到核对。请确认这是部门决算公开草稿，各表带有标准表名（如“收入支出决算总表”）或“公开01表”等表号。';
  } else if (nine === 0) {
    level = 'partial';
    text = `只识别到绩效自评表（${kpi} 张），未找到公开01–09表：各表的表内、表间勾稽关系没有核对。`;
  } else if (missing.length) {
    level = 'partial';
    text = `未找到 ${missing.length} 张表：${missing.map((f) => formLabel(r, f)).join('、')}。与这些表有关的核对没有进行；如本单位确无此表，可不理会。`;
  }
  const el = $('#coverage');
  el.hidden = !text;
  el.textContent = text;
  el.dataset.level = level;
  $('.summary').dataset.coverage = level;
}

function renderFindings(r, explanations) {
  const box = $('#findings');
  box.replaceChildren();
  unfilled = [];
  if (!r.findings.length) {
    box.append(h('p', { class: 'empty-ok', text: '未发现问题：所有识别到的表格勾稽关系与绩效得分均核对无误。' }));
    return;
  }
  // Group by table, in the order the tables were recognised.
  const order = new Map();
  r.tables.forEach((t, i) => { const k = t.form.startsWith('kpi') ? 'kpi' : t.form; if (!order.has(k)) order.set(k, i); });
  // A consequence is listed with its cause: a table in the wrong unit breaks
  // comparisons that are reported in the other tables.
  const leads = new Map();
  for (const f of r.findings) if (f.cause && !f.consequence) leads.set(f.cause, f);
  const groups = new Map();
  for (const f of r.findings) {
    const k = ((f.consequence && leads.get(f.cause)) || f).form || '';
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(f);
    groupOf.set(f, k);
  }
  // Tables with errors first, then in the order the workbook has them.
  const hasErr = (k) => (groups.get(k).some((f) => f.severity === 'error') ? 0 : 1);
  const keys = [...groups.keys()].sort((a, b) => hasErr(a) - hasErr(b) || (order.has(a) ? order.get(a) : 99) - (order.has(b) ? order.get(b) : 99));
  for (const k of keys) {
    const list = groups.get(k);
    const sheets = [...new Set(list.map((f) => f.sheet).filter(Boolean))];
    const n = { error: 0, warning: 0, info: 0 };
    list.forEach((f) => n[f.severity]++);
    const tally = ['error', 'warning', 'info'].filter((s) => n[s]).map((s) => n[s] + ' ' + SEV[s]).join('，');
    box.append(h('section', { class: 'group', 'data-form': k },
      h('h3', {}, formLabel(r, k), h('span', { class: 'g-sheet', text: (sheets.length ? '工作表：' + sheets.join('、') + '　' : '') + tally })),
      ...groupBody(list, explanations)));
  }
}

const RANK = { error: 0, warning: 1, info: 2 };

// Bundles whose findings are not built yet (see groupBody).
let unfilled = [];

// groupBody lists errors first (a cause with its consequences kept together;
// four or more consequences are folded into one bundle right under their
// cause, with their count), then folds a rule's 提示/信息 into one expandable
// bundle when it repeats.
// A folded bundle's findings are built after the result is on screen, when
// the page is idle (or at once when it is opened or printed): most of a
// draft's findings are repeated 提示 in closed bundles, and building them
// was most of the time it took to show a result.
function groupBody(list, explanations) {
  const lead = new Map();
  list.forEach((f) => { if (f.cause && !f.consequence) lead.set(f.cause, f); });
  const rankOf = (f) => RANK[(f.consequence && lead.get(f.cause) || f).severity];
  const sorted = list.map((f, i) => [f, i]).sort((a, b) => rankOf(a[0]) - rankOf(b[0]) || a[1] - b[1]).map((x) => x[0]);
  const byRule = new Map();
  for (const f of sorted) if (f.severity !== 'error') byRule.set(f.rule, (byRule.get(f.rule) || 0) + 1);
  const byCause = new Map();
  for (const f of sorted) {
    if (!f.consequence || !lead.has(f.cause)) continue;
    if (!byCause.has(f.cause)) byCause.set(f.cause, []);
    byCause.get(f.cause).push(f);
  }
  const folded = (f) => (byCause.get(f.cause) || []).length >= 4;
  const out = [];
  const bundles = new Map();
  for (const f of sorted) {
    if (f.consequence && folded(f)) { bundle('cause ' + f.cause, f).items.push(f); continue; }
    if (f.severity === 'error' || byRule.get(f.rule) < 4 || (f.cause && folded(f))) {
      out.push(renderFinding(f, explanations));
      if (f.cause && !f.consequence && folded(f)) out.push(bundle('cause ' + f.cause, f));
      continue;
    }
    const fresh = !bundles.has(f.rule);
    bundle(f.rule, f).items.push(f);
    if (fresh) out.push(bundles.get(f.rule));
  }
  return out;

  // bundle is the folded bundle of a rule's 提示 or of a cause's consequences.
  function bundle(key, f) {
    let b = bundles.get(key);
    if (!b) {
      const cons = key.startsWith('cause ') && byCause.get(f.cause);
      b = cons
        ? h('details', { class: 'bundle cause-bundle', 'data-cause': f.cause },
          h('summary', {}, h('span', { text: '↳ 由此引起的' + (cons.every((x) => x.severity === 'error') ? '错误' : '问题') + ' · ' + cons.length + ' 处' })))
        : h('details', { class: 'bundle', 'data-rule': f.rule },
          h('summary', {}, h('span', { class: 'sev ' + f.severity, text: SEV[f.severity] }), h('span', { class: 'rule', text: f.rule }),
            h('span', { text: (f.title || '') + ' · ' + byRule.get(f.rule) + ' 处' })));
      const items = [];
      b.fill = () => {
        b.fill = null;
        b.append(...items.map((x) => renderFinding(x, explanations, true)));
      };
      b.items = items;
      b.addEventListener('toggle', () => {
        if (!b.open) return;
        if (b.fill) b.fill();
        addBundleNote(b);
        b.querySelectorAll('.finding').forEach((el) => el.addExplain && el.addExplain());
      });
      bundles.set(key, b);
      unfilled.push(b);
    }
    return b;
  }
}

// fillBundles builds the findings of every folded bundle still empty.
function fillBundles() {
  const list = unfilled;
  unfilled = [];
  for (const b of list) if (b.fill) b.fill();
}

// fillPrint readies the result for a reviewer's printed report (打印报告 or
// the browser's own print): every folded finding built (print CSS shows the
// bundles open), each 提示's 审核说明 as plain text — a textarea prints its
// value badly or not at all — and the head: which file (its SHA-256), when,
// with which template, rule set and profile, and what was found, by table.
// The sign block is static (index.html); page numbers are CSS (@page).
function fillPrint() {
  const c = state.current;
  if (!c || !c.report) return;
  fillBundles();
  fillKPI();
  const r = c.report;
  const v = c.version;
  const ex = (c.draft && c.draft.explanations) || {};
  for (const el of document.querySelectorAll('#findings .finding[data-severity="warning"]')) {
    const f = findingOf.get(el);
    if (!f) continue;
    const ta = $('textarea.explain', el);
    const text = ((ta ? ta.value : ex[f.key]) || '').trim();
    let p = $('.print-note', el);
    if (!p) { p = h('p', { class: 'print-note print-only' }); el.append(p); }
    p.textContent = '审核说明：' + (text || '未填写');
    p.classList.toggle('empty', !text);
  }
  const now = new Date().toISOString();
  const rows = [
    ['部门', r.department || '未识别'],
    ['年度', r.year || '未识别'],
    ['文件', r.file || c.name],
    ['SHA-256', (v && v.sha256) || '未记录'],
    ...(r.document ? [['情况说明', r.document + (v && v.document_sha256 ? '（SHA-256 ' + v.document_sha256 + '）' : '')]] : []),
    ['版本', v ? `第 ${v.n} 版` : '未保存为草稿版本'],
    ['检查时间', fmtTime(v ? v.checked : c.checkedAt) || '未记录'],
    ['打印时间', fmtTime(now)],
    ['表格模板', r.template || (v && v.template) || '未记录'],
    ['规则集版本', (v ? v.rules_version : state.rulesVersion) || '未记录'],
    ['规则配置', r.profile_name || r.profile || '未记录'],
  ];
  $('#print-meta').replaceChildren(...rows.map(([k, val]) => h('tr', { 'data-field': k }, h('th', { text: k }), h('td', { text: val }))));
  // Counts by table, in the order the workbook has them, then the total.
  const order = new Map();
  (r.tables || []).forEach((t, i) => { const k = t.form.startsWith('kpi') ? 'kpi' : t.form; if (!order.has(k)) order.set(k, i); });
  const by = new Map();
  const total = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) {
    const k = f.form || '';
    if (!by.has(k)) by.set(k, { error: 0, warning: 0, info: 0 });
    by.get(k)[f.severity]++;
    total[f.severity]++;
  }
  const keys = [...by.keys()].sort((a, b) => (order.has(a) ? order.get(a) : 99) - (order.has(b) ? order.get(b) : 99));
  const row = (label, n, cls) => h('tr', { class: cls }, h('td', { text: label }), ...['error', 'warning', 'info'].map((s) => h('td', { class: 'num', text: n[s] })));
  $('#print-summary tbody').replaceChildren(...keys.map((k) => row(formLabel(r, k), by.get(k))), row('合计', total, 'total'));
}

// A result replaced moments later (the next file of a quick series, a
// re-check right after saving in Excel) is never scrolled: what lies below
// its first screen is built once the result has stood FILL_AFTER_MS, then
// when the page is idle; the score sheet at once when it nears the
// viewport, folded bundles when opened,
// everything when printed. Built sooner, it only competed with the next
// check for the two cores of an office PC.
const FILL_AFTER_MS = 400;
let fillTimer = 0;
function fillWhenIdle() {
  clearTimeout(fillTimer);
  const shown = state.current;
  const later = (f) => (window.requestIdleCallback ? requestIdleCallback(f, { timeout: 300 }) : setTimeout(f, 50));
  const run = () => {
    if (state.current !== shown) return; // replaced: the new result has its own
    // Not while the next file is being checked: after it, whatever is then on screen.
    if ($('#results').dataset.status === 'checking') { fillTimer = setTimeout(run, FILL_AFTER_MS); return; }
    later(() => {
      if (state.current !== shown) return;
      fillKPI();
      if (unfilled.length) fillBundles();
    });
  };
  fillTimer = setTimeout(run, FILL_AFTER_MS);
}

// The finding each rendered element shows (clicks are handled once, on
// #findings, not by two listeners on every finding).
const findingOf = new WeakMap();

// lazy: the finding sits in a folded bundle; its 审核说明 box is made when
// the bundle is first opened. A textarea is the dearest element here, and a
// draft's dozens of repeated 提示 are mostly never unfolded.
function renderFinding(f, explanations, lazy) {
  const el = h('article', {
    class: 'finding' + (f.consequence ? ' consequence' : ''), tabindex: '0',
    'data-rule': f.rule, 'data-severity': f.severity, 'data-sheet': f.sheet, 'data-cell': f.cell, 'data-para': f.para || null,
  },
  h('div', { class: 'f-head' },
    h('span', { class: 'sev', text: SEV[f.severity] }),
    h('span', { class: 'rule', text: f.rule }),
    f.para ? h('span', { class: 'loc', text: '情况说明 第 ' + f.para + ' 段' })
      : f.cell ? h('span', { class: 'loc', text: f.sheet + '!' + f.cell }) : (f.sheet ? h('span', { class: 'loc', text: f.sheet }) : null),
    f.title ? h('span', { class: 'f-title', text: f.title }) : null),
  h('p', { class: 'msg', text: f.message }),
  f.quote && !f.message.includes(f.quote) ? h('p', { class: 'quote', text: '原文：“' + f.quote + '”' }) : null,
  f.expected !== '' && f.diff !== '' ? nums(f) : null,
  f.consequence ? h('p', { class: 'cause-note', text: '↳ 由同一处错误引起（' + f.cause + '）' }) : null);
  findingOf.set(el, f);
  // Built after the filters were applied (a folded bundle filled later).
  if (filtering()) el.hidden = !shownFinding(f);
  if (f.severity === 'warning') {
    if (lazy) {
      el.addExplain = () => {
        el.addExplain = null;
        const latest = (state.current && state.current.draft && state.current.draft.explanations) || explanations;
        el.append(explainBox(f, latest));
      };
    } else {
      el.append(explainBox(f, explanations));
    }
  }
  return el;
}

// A 审核说明 is bound to the version of the draft it was typed on (not to
// whatever file is on screen when it is saved), saved as it is typed — one
// save in flight per box, the latest text sent next — and at once when the
// page is hidden or left; other tabs are told (BroadcastChannel).
const notesInFlight = new Set();
// body[data-notes] is 'saving' while a note is on its way to the draft and
// 'saved' once every note typed is stored (tests wait on it).
function notesState() { document.body.dataset.notes = notesInFlight.size ? 'saving' : 'saved'; }
function explainBox(f, explanations) {
  const key = f.key;
  const cur = state.current;
  const ta = h('textarea', { class: 'explain', rows: '1', placeholder: '审核说明：如此处可以保留，请写明原因（保存在本机草稿中）', 'aria-label': '审核说明' });
  ta.value = explanations[key] || '';
  ta.dataset.key = key;
  let running = null;
  let again = false;
  const save = () => {
    if (running) { again = true; return running; }
    notesInFlight.add(ta);
    notesState();
    running = (async () => {
      try {
        do {
          again = false;
          await saveExplanation(cur, key, ta.value);
        } while (again);
      } finally {
        running = null;
        notesInFlight.delete(ta);
        notesState();
      }
    })();
    return running;
  };
  ta.addEventListener('input', save);
  ta.addEventListener('blur', save);
  return ta;
}

function nums(f) {
  return h('dl', { class: 'nums' },
    h('div', {}, h('dt', { text: '应为' }), h('dd', { text: f.expected })),
    h('div', {}, h('dt', { text: '实为' }), h('dd', { text: f.actual })),
    h('div', {}, h('dt', { text: '差额' }), h('dd', { text: f.diff })));
}

async function saveExplanation(c, key, text) {
  if (c && c.saved) await Promise.race([c.saved, new Promise((r) => setTimeout(r, 5000))]);
  const d = c && c.draft;
  if (!d) { notice('此浏览器无法保存草稿，审核说明不会被保存。请下载 JSON 报告留存。'); return; }
  d.explanations = d.explanations || {};
  const value = text.trim();
  if ((d.explanations[key] || '') === value) return;
  if (d.memoryOnly) {
    if (value) d.explanations[key] = value; else delete d.explanations[key];
    return;
  }
  try {
    await rpc('explain', { draftId: d.id, key, text });
    if (value) d.explanations[key] = value; else delete d.explanations[key];
    if (drafts) drafts.postMessage({ type: 'note', draftId: d.id, key, text: value });
  } catch (e) { notice('审核说明未能保存：' + e.message); }
}

// Other tabs of the page share the drafts: a note saved there is shown here
// (unless this tab's box is being typed in), and the draft list follows.
const drafts = typeof BroadcastChannel === 'function' ? new BroadcastChannel('reportcheck-drafts') : null;
if (drafts) {
  drafts.onmessage = (e) => {
    const m = e.data || {};
    if (m.type === 'note') {
      const d = state.current && state.current.draft;
      if (!d || d.id !== m.draftId) return;
      d.explanations = d.explanations || {};
      if (m.text) d.explanations[m.key] = m.text; else delete d.explanations[m.key];
      for (const ta of document.querySelectorAll('textarea.explain')) {
        if (ta.dataset.key === m.key && document.activeElement !== ta) ta.value = m.text;
      }
      notesChanged();
    } else if (m.type === 'drafts') {
      refreshDrafts();
    }
  };
}
function draftsChanged() { if (drafts) drafts.postMessage({ type: 'drafts' }); }

// The score sheet's rows are built once the findings are on screen, when
// the page is idle (fillWhenIdle; at once for printing): the section sits
// below the findings, and its rows were a third of the time it took to
// show a result. #kpi[data-filled] says they are there.
let kpiUnfilled = null;
let kpiNear = false; // the score sheet is near the viewport (its content is not skipped)
function renderKPI(r) {
  const sec = $('#kpi');
  sec.hidden = !r.kpi || !r.kpi.length;
  $('tbody', sec).replaceChildren();
  kpiUnfilled = sec.hidden ? null : r;
  if (sec.hidden) sec.dataset.filled = 'true';
  else delete sec.dataset.filled;
  // In view (a clerk re-checking while reading it): no empty moment.
  if (kpiNear) fillKPI();
}

function fillKPI() {
  const r = kpiUnfilled;
  if (!r) return;
  kpiUnfilled = null;
  const sec = $('#kpi');
  $('tbody', sec).replaceChildren(...r.kpi.flatMap((k) => {
    const bad = k.recomputed_total && k.printed_total !== k.recomputed_total;
    return [h('tr', { class: bad ? 'bad' : '', 'data-sheet': k.sheet },
      h('td', { text: (k.kind === 'dept' ? '部门整体：' : '') + k.name }), h('td', { text: k.sheet }),
      h('td', { class: 'num', text: k.execution_score || '—' }), h('td', { class: 'num', text: k.indicator_count }),
      h('td', { class: 'num', text: k.printed_total || '—' }), h('td', { class: 'num', text: k.recomputed_total || '—' }),
      h('td', { text: bad ? '总分不符' : (k.recomputed_total ? '一致' : '无法复算') })),
    h('tr', { class: 'kpi-detail' }, h('td', { colspan: '7' }, kpiDetail(k)))];
  }));
  sec.dataset.filled = 'true';
}

// kpiDetail is a 绩效自评表's recomputation, folded: 预算数, 执行数, 执行率
// and 执行得分, then every indicator with its printed and recomputed score;
// each cell opens in the preview.
function kpiDetail(k) {
  // Built when first opened: a draft has a dozen 自评表 and hundreds of
  // indicators, rarely unfolded, and a check's result is drawn at once.
  const d = h('details', { class: 'kpi-more' }, h('summary', { text: `复算明细（${(k.indicators || []).length} 项指标）` }));
  d.addEventListener('toggle', () => { if (d.open && d.children.length === 1) d.append(...kpiBody(k)); });
  return d;
}

function kpiBody(k) {
  const cell = (a1, text) => a1
    ? h('button', { type: 'button', class: 'linkish', title: '在预览中查看 ' + k.sheet + '!' + a1, text: text || a1, onclick: () => openPreview({ sheet: k.sheet, cell: a1, message: k.name + '：' + (text || a1), expected: '', actual: '', diff: '', cells: [] }, null) })
    : document.createTextNode(text || '—');
  const pair = (label, v) => h('div', {}, h('dt', { text: label }), h('dd', { text: v || '—' }));
  const rows = (k.indicators || []).map((x) => {
    const differs = x.recomputed && x.recomputed !== x.printed;
    return h('tr', { class: differs ? 'bad' : '' },
      h('td', { text: [x.level1, x.level2].filter(Boolean).join(' / ') || '—' }), h('td', { text: x.name }),
      h('td', { text: x.target || '—' }), h('td', { text: x.actual || '—' }), h('td', { class: 'num', text: x.weight || '—' }),
      h('td', { class: 'num' }, cell(x.cell, x.printed || '—')), h('td', { class: 'num', text: x.recomputed || '—' }),
      h('td', { text: x.note || '' }));
  });
  return [
    h('dl', { class: 'nums' },
      pair('预算数', k.budget), pair('执行数', k.executed), pair('执行率', k.rate),
      pair('执行得分（印制）', k.printed_execution_score), pair('执行得分（复算）', k.execution_score),
      h('div', {}, h('dt', { text: '总分' }), h('dd', {}, cell(k.total_cell, (k.printed_total || '—') + (k.recomputed_total && k.recomputed_total !== k.printed_total ? ' → 复算 ' + k.recomputed_total : ''))))),
    h('div', { class: 'kpi-ind-wrap', tabindex: '0', role: 'region', 'aria-label': k.name + ' 各项指标' },
      h('table', { class: 'kpi-ind' },
        h('thead', {}, h('tr', {}, ...['指标层级', '指标', '目标值', '实际值', '分值', '印制得分', '复算得分', '说明'].map((t) => h('th', { text: t })))),
        h('tbody', {}, ...rows))),
  ];
}

// ---------- filters and note counts ----------
// A report of a few hundred findings is read by filtering it (severity
// chips, 只看未说明, one table, a search) and explained a bundle at a time.
// Filtering hides elements; it never rebuilds the list, so the 审核说明
// boxes (and saves in flight) stay as they are.
const groupOf = new WeakMap(); // finding → its group's key (set by renderFindings)
const filters = { sev: new Set(), pending: false, form: '', text: '' };
function filtering() { return filters.sev.size > 0 || filters.pending || !!filters.form || !!filters.text; }

// notesNow: the note of every finding as it stands — the saved ones,
// overridden by what the boxes on screen hold (typed, maybe still saving).
function notesNow() {
  const c = state.current;
  const out = Object.assign({}, (c && c.draft && c.draft.explanations) || {});
  for (const ta of document.querySelectorAll('#findings textarea.explain')) out[ta.dataset.key] = ta.value.trim();
  return out;
}

function shownFinding(f, notes) {
  if (filters.sev.size && !filters.sev.has(f.severity)) return false;
  if (filters.form && groupOf.get(f) !== filters.form) return false;
  if (filters.pending && (notes || notesNow())[f.key]) return false;
  if (filters.text) {
    const hay = [f.message, f.rule, f.cell, f.sheet, f.sheet && f.cell ? f.sheet + '!' + f.cell : '', f.title].join('\n').toLowerCase();
    if (!hay.includes(filters.text)) return false;
  }
  return true;
}

// applyFilters shows the findings that match: a folded bundle shows when
// any member matches, and says how many do; a table's group when any of
// its findings shows. #findings[data-shown] counts the findings shown.
function applyFilters() {
  const box = $('#findings');
  const c = state.current;
  if (!c || !c.report) return;
  const notes = notesNow();
  const on = filtering();
  let shown = 0;
  for (const f of c.report.findings) if (!on || shownFinding(f, notes)) shown++;
  for (const el of box.querySelectorAll('.finding')) {
    const f = findingOf.get(el);
    if (f) el.hidden = on && !shownFinding(f, notes);
  }
  for (const b of box.querySelectorAll('details.bundle')) {
    const items = b.items || [];
    const k = on ? items.filter((f) => shownFinding(f, notes)).length : items.length;
    b.hidden = k === 0;
    b.dataset.shown = k;
    let tag = $('.b-match', b);
    if (!tag) { tag = h('span', { class: 'b-match' }); $('summary', b).append(tag); }
    tag.textContent = on && k < items.length ? `（筛选后 ${k} 处）` : '';
  }
  for (const g of box.querySelectorAll('section.group')) {
    g.hidden = on && !g.querySelector('.finding:not([hidden]), details.bundle:not([hidden])');
  }
  box.dataset.shown = shown;
  const none = $('#filter-none');
  if (none) none.hidden = !(on && shown === 0 && c.report.findings.length);
}

// countNotes: 已说明 / 待说明 per severity. Only 提示 take a 审核说明 (an
// 错误 is to be corrected, 信息 needs nothing), so 错误 are counted as such.
function countNotes() {
  const el = $('#explained');
  const c = state.current;
  if (!el || !c || !c.report) return;
  const notes = notesNow();
  let done = 0, pending = 0, errors = 0;
  for (const f of c.report.findings) {
    if (f.severity === 'warning') { if (notes[f.key]) done++; else pending++; }
    else if (f.severity === 'error') errors++;
  }
  // Unchanged (as after most saves): no DOM write, so no layout for it.
  const sig = [done, pending, errors].join(',');
  if (el.dataset.sig === sig && el.hidden === !(done + pending + errors)) return;
  el.dataset.sig = sig;
  el.dataset.explained = done;
  el.dataset.pending = pending;
  el.hidden = !(done + pending + errors);
  el.replaceChildren(
    errors ? h('span', { 'data-severity': 'error', text: `错误 ${errors} 处：须修正` }) : null,
    done + pending ? h('span', { 'data-severity': 'warning', 'data-explained': done, 'data-pending': pending, text: `提示：已说明 ${done} / 待说明 ${pending}` }) : null);
}

// notesChanged follows a note typed, applied or arriving from another tab.
function notesChanged() {
  countNotes();
  if (filters.pending) applyFilters();
}

// showFilters fits the filter bar to a new result (the tables it has) and
// applies the filters chosen so far.
function showFilters(r) {
  const sel = $('#filter-form');
  if (sel) {
    const forms = [...new Set(r.findings.map((f) => groupOf.get(f)).filter((k) => k !== undefined))];
    sel.replaceChildren(h('option', { value: '', text: '全部表' }), ...forms.map((k) => h('option', { value: k, text: formLabel(r, k) })));
    if (!forms.includes(filters.form)) filters.form = '';
    sel.value = filters.form;
  }
  countNotes();
  applyFilters();
}

// addBundleNote gives an opened bundle one 审核说明 for all its 提示:
// applied through each finding's own box (its save path, one save in
// flight per box), to those without a note unless 覆盖已有说明 is ticked.
function addBundleNote(b) {
  if (b.noteBox) return;
  const members = () => [...b.querySelectorAll('.finding[data-severity="warning"]')];
  const n = (b.items || []).filter((f) => f.severity === 'warning').length;
  if (!n) return;
  const ta = h('textarea', { class: 'bundle-explain', rows: '2', placeholder: `为本组全部 ${n} 处填写同一审核说明`, 'aria-label': `为本组全部 ${n} 处填写同一审核说明` });
  const over = h('input', { type: 'checkbox', class: 'bundle-overwrite' });
  const msg = h('span', { class: 'muted bundle-note-msg', role: 'status' });
  const apply = () => {
    const text = ta.value.trim();
    if (!text) { msg.textContent = '请先填写审核说明。'; return; }
    let set = 0, kept = 0;
    for (const el of members()) {
      if (el.addExplain) el.addExplain();
      const box = $('textarea.explain', el);
      if (!box) continue;
      if (box.value.trim() && box.value.trim() !== text && !over.checked) { kept++; continue; }
      if (box.value === text) continue;
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      set++;
    }
    msg.textContent = `已为 ${set} 处填写` + (kept ? `；${kept} 处已有说明，未覆盖（勾选“覆盖已有说明”可替换）` : '') + '。';
    notesChanged();
  };
  b.noteBox = h('div', { class: 'bundle-note' },
    h('label', { class: 'bundle-note-label', text: `为本组全部 ${n} 处填写同一审核说明` }), ta,
    h('div', { class: 'bundle-note-actions' },
      h('button', { type: 'button', class: 'btn small bundle-apply', text: '应用', onclick: apply }),
      h('label', {}, over, ' 覆盖已有说明'), msg));
  $('summary', b).after(b.noteBox);
}

function wireFilters() {
  for (const btn of document.querySelectorAll('button.chip[data-filter-sev]')) {
    btn.addEventListener('click', () => {
      const s = btn.dataset.filterSev;
      if (filters.sev.has(s)) filters.sev.delete(s); else filters.sev.add(s);
      btn.setAttribute('aria-pressed', String(filters.sev.has(s)));
      applyFilters();
    });
  }
  const pending = $('#only-pending');
  pending.addEventListener('click', () => {
    filters.pending = !filters.pending;
    pending.setAttribute('aria-pressed', String(filters.pending));
    applyFilters();
  });
  $('#filter-form').addEventListener('change', (e) => { filters.form = e.target.value; applyFilters(); });
  $('#filter-text').addEventListener('input', (e) => { filters.text = e.target.value.trim().toLowerCase(); applyFilters(); });
  // Counts follow every keystroke; the 只看未说明 list only when a box is
  // left (change), so a finding never vanishes under the typing.
  $('#findings').addEventListener('input', (e) => { if (e.target.matches('textarea.explain')) countNotes(); });
  $('#findings').addEventListener('change', (e) => { if (e.target.matches('textarea.explain') && filters.pending) applyFilters(); });
}
wireFilters();

// ---------- preview ----------
function closePreview() {
  const wasOpen = !$('#preview').hidden;
  $('#preview').hidden = true;
  $('.layout').classList.remove('with-preview');
  const selected = $('.finding.selected');
  document.querySelectorAll('.finding.selected').forEach((e) => e.classList.remove('selected'));
  if (wasOpen && selected) selected.focus({ preventScroll: true });
}

function parseRef(ref, sheet) {
  const i = ref.lastIndexOf('!');
  if (i < 0) return { sheet, cell: ref };
  let s = ref.slice(0, i);
  if (s.startsWith("'") && s.endsWith("'")) s = s.slice(1, -1).replace(/''/g, "'");
  return { sheet: s, cell: ref.slice(i + 1) };
}

async function openPreview(f, el) {
  if (f.para) return openParagraph(f, el);
  if (!f.sheet || !f.cell) return;
  document.querySelectorAll('.finding.selected').forEach((e) => e.classList.remove('selected'));
  if (el) el.classList.add('selected');
  const cur = state.current;
  if (!cur.file) { notice(cur.bytesError || '此版本没有原文件，无法预览单元格。'); return; }
  const buf = await cur.file.arrayBuffer();
  // The table the cell is in: its head rows and label columns stay in view.
  const t = tableAt(cur.report, f.sheet, f.cell);
  let m;
  try { m = await rpc('sheet', { key: cur.key, bytes: buf, sheet: f.sheet, cell: f.cell, top: t ? t.top : undefined, frozen: t && t.frozen ? t.frozen : undefined }, [buf]); } catch (e) { notice(e.message); return; }
  const w = m.window;
  const refs = (f.cells || []).map((c) => parseRef(c, f.sheet));
  const related = new Set(refs.filter((c) => c.sheet === f.sheet).map((c) => c.cell));
  // Cells on other sheets (a cross-table comparison), or too far from the
  // hit to be in the window (a KPI total's 执行得分), are a click away.
  const inWindow = (c) => { const rc = cellRC(c.cell); return rc && rc.row >= w.top && rc.row < w.top + w.rows.length; };
  const elsewhere = refs.filter((c) => c.sheet !== f.sheet || !inWindow(c));
  const frozen = t && t.frozen ? cellRC(t.frozen) : null;
  $('#preview-title').textContent = '工作表“' + f.sheet + '” · ' + f.cell;
  $('#preview-msg').textContent = f.message;
  const pn = $('#preview-nums');
  pn.replaceChildren();
  if (f.expected !== '' && f.diff !== '') pn.append(...nums(f).childNodes);
  $('#preview-doc').hidden = true;
  $('#preview .grid-wrap').hidden = false;
  const grid = $('#preview-grid');
  const labels = w.label_cols || 0;
  const lab = (j) => (j < labels ? ' lab' : '');
  const head = h('tr', {}, h('th', {}), ...w.cols.map((c, j) => h('th', { class: lab(j).trim() || null, text: c })));
  // The table's head rows above the window (titles, column heads, 栏次).
  const heads = (w.head || []).map((row, i) => h('tr', { class: 'head' }, h('th', { class: 'rownum', text: w.head_top + i }),
    ...row.map((v, j) => h('td', { class: 'headcell' + lab(j), title: v, text: v }))));
  const rows = w.rows.map((row, i) => {
    const r = w.top + i;
    return h('tr', {}, h('td', { class: 'rownum', text: r }), ...row.map((v, j) => {
      const a1 = w.cols[j] + r;
      const amount = frozen && r >= frozen.row && j + 1 >= frozen.col;
      const cls = (a1 === f.cell ? 'hit' : related.has(a1) ? 'rel' : '') + lab(j) + (amount ? ' amt' : '');
      return h('td', { class: cls.trim() || null, 'data-cell': a1, title: v, text: amount ? fmtAmount(v) : v });
    }));
  });
  grid.replaceChildren(h('thead', {}, head, ...heads), h('tbody', {}, ...rows));
  const others = $('#preview-others');
  others.replaceChildren(...(elsewhere.length ? [h('span', { text: '对照的单元格：' }), ...elsewhere.map((c) => h('button', {
    type: 'button', class: 'btn small', text: c.sheet + '!' + c.cell,
    onclick: () => openPreview({ rule: f.rule, sheet: c.sheet, cell: c.cell, message: f.message, expected: f.expected, actual: f.actual, diff: f.diff, cells: [refOn(f.sheet, f.cell)] }, el),
  }))] : []));
  others.hidden = !elsewhere.length;
  $('#preview').hidden = false;
  $('.layout').classList.add('with-preview');
  stickLabels(grid, labels);
  const hit = $('td.hit', grid);
  if (hit) hit.scrollIntoView({ block: 'center', inline: 'nearest' });
}

// tableAt is the recognised table holding sheet!cell: its first row and
// frozen cell ({top, frozen}), or null.
function tableAt(r, sheet, cell) {
  const at = cellRC(cell);
  if (!at || !r || !r.tables) return null;
  for (const t of r.tables) {
    if (t.sheet !== sheet) continue;
    const [a, b] = t.range.split(':').map(cellRC);
    if (a && b && at.row >= a.row && at.row <= b.row) return { top: a.row, frozen: t.frozen || '' };
  }
  return null;
}

// cellRC reads "C7" as {row: 7, col: 3}.
function cellRC(a1) {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1 || '');
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

// refOn writes a cell of a sheet as a finding names one: 'Sheet'!A1.
function refOn(sheet, cell) {
  return "'" + sheet.replace(/'/g, "''") + "'!" + cell;
}

// fmtAmount shows a stored number as the clerk sees it in Excel: thousands
// separators and at least two decimals, exactly (string arithmetic, never
// a float: 0.005 stays 0.005). Anything else is shown as it is.
function fmtAmount(v) {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(v);
  if (!m) return v;
  const int = m[2].replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return m[1] + int + '.' + (m[3] || '').padEnd(2, '0');
}

// stickLabels keeps the label columns (codes, names, 行次) in view while the
// grid scrolls sideways: each is stuck at the width of those before it.
function stickLabels(grid, labels) {
  const wrap = grid.parentElement;
  const thead = grid.querySelector('thead');
  // Scrolling the hit into view leaves it clear of what is stuck.
  wrap.style.scrollPaddingTop = (thead ? thead.offsetHeight : 0) + 'px';
  wrap.style.scrollPaddingLeft = '0px';
  const first = grid.querySelector('tbody tr') || grid.querySelector('thead tr');
  if (!first || !labels) return;
  const cells = [...first.children];
  let left = cells[0] ? cells[0].offsetWidth : 0;
  for (let j = 0; j < labels && j + 1 < cells.length; j++) {
    for (const tr of grid.querySelectorAll('tr')) {
      const c = tr.children[j + 1];
      if (c) c.style.left = left + 'px';
    }
    left += cells[j + 1].offsetWidth;
  }
  wrap.style.scrollPaddingLeft = left + 'px';
}

// openParagraph shows a narrative finding in its paragraph, the claim
// marked, with the paragraphs around it; each table cell it was compared
// with opens in the sheet preview.
async function openParagraph(f, el) {
  document.querySelectorAll('.finding.selected').forEach((e) => e.classList.remove('selected'));
  if (el) el.classList.add('selected');
  const cur = state.current;
  const doc = cur.doc;
  if (!doc) { notice('此版本没有保存情况说明原文，无法显示段落。'); return; }
  const payload = { name: doc.name };
  const transfer = [];
  if (doc.file) { payload.bytes = await doc.file.arrayBuffer(); transfer.push(payload.bytes); } else payload.text = doc.text;
  let m;
  try { m = await rpc('paragraphs', { key: cur.key + '|doc|' + doc.name, doc: payload, para: f.para }, transfer); } catch (e) { notice(e.message); return; }
  $('#preview-title').textContent = '情况说明“' + doc.name + '” · 第 ' + f.para + ' 段';
  $('#preview-msg').textContent = f.message;
  const pn = $('#preview-nums');
  pn.replaceChildren();
  if (f.expected !== '' || f.actual !== '') pn.append(...nums(f).childNodes);
  const box = $('#preview-doc');
  box.replaceChildren(...m.paras.map((p) => {
    const hit = p.index === f.para;
    const para = h('p', { class: hit ? 'para hit' : 'para', 'data-para': p.index }, h('span', { class: 'pnum', text: p.index }));
    const at = hit && f.quote ? p.text.indexOf(f.quote) : -1;
    if (at >= 0) para.append(p.text.slice(0, at), h('mark', { text: f.quote }), p.text.slice(at + f.quote.length));
    else para.append(p.text || '（空段落）');
    return para;
  }));
  if (f.cells && f.cells.length) {
    box.append(h('p', { class: 'cells' }, '对照报表：', ...f.cells.map((ref) => {
      const { sheet, cell } = parseRef(ref, '');
      return h('button', { type: 'button', class: 'btn small', text: ref, onclick: () => openPreview({ rule: f.rule, sheet, cell, message: f.message, expected: f.expected, actual: f.actual, diff: f.diff, cells: [] }, el) });
    })));
  }
  box.hidden = false;
  $('#preview .grid-wrap').hidden = true;
  $('#preview').hidden = false;
  $('.layout').classList.add('with-preview');
  const hit = $('.para.hit', box);
  if (hit) hit.scrollIntoView({ block: 'center', inline: 'nearest' });
}

// ---------- drafts ----------
function fmtTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

// refreshDrafts redraws the draft list. Calls while one is running are
// folded into one more run after it: a batch of 50 saves would otherwise
// list every draft 50 times.
let draftsRefreshing = null;
let draftsRefreshAgain = false;
function refreshDrafts() {
  if (draftsRefreshing) { draftsRefreshAgain = true; return draftsRefreshing; }
  draftsRefreshing = (async () => {
    try {
      do {
        draftsRefreshAgain = false;
        await listDraftsNow();
      } while (draftsRefreshAgain);
    } finally {
      draftsRefreshing = null;
    }
  })();
  return draftsRefreshing;
}

async function listDraftsNow() {
  if (SINGLE) {
    // Opened from a local file, the browser's storage is shared with every
    // other local page: the single-file build saves nothing.
    $('#drafts-status').textContent = '单文件版不在本机保存草稿：从本地文件打开时，浏览器存储由所有本地网页共用，其他本地文件可能读到。请用“下载 JSON”留存检查结果和审核说明。';
    return;
  }
  let m;
  try { m = await rpc('listDrafts'); } catch (e) {
    state.storageOK = false;
    $('#drafts-status').textContent = e.message;
    return;
  }
  const list = m.drafts;
  setText($('#draft-count'), list.length ? `（${list.length}）` : '');
  setText($('#drafts-status'), list.length ? '' : '检查过的文件会自动保存在这里。');
  state.drafts = list;
  listDraftsFromState();
}

// A record that cannot be read is listed as such: its raw data can be
// exported (nothing is thrown away unseen) and it can be deleted; the rest of
// the list works.
function damagedItem(d) {
  return h('li', { 'data-draft-id': d.id, 'data-damaged': 'true', class: 'damaged' },
    h('div', { class: 'd-name', text: d.name || '（无名草稿）' }),
    h('div', { class: 'd-meta', text: '此草稿的记录已损坏，无法打开。可导出原始数据留存，再删除。' }),
    h('div', { class: 'd-actions' },
      h('button', { type: 'button', text: '导出原始数据', onclick: () => exportDamaged(d) }),
      h('button', { type: 'button', class: 'danger', text: '删除', onclick: () => deleteDraft(d) })));
}

async function exportDamaged(d) {
  let m;
  try { m = await rpc('rawDraft', { draftId: d.id }); } catch (e) { notice(e.message); return; }
  let record;
  try { record = JSON.stringify(m.record, null, 2); } catch (_) { record = String(m.record); }
  download(String(d.id).replace(/[\\/:*?"<>|]/g, '_') + '-损坏的草稿.json', record === undefined ? 'null' : record, 'application/json');
  if (m.bytes instanceof Uint8Array) download(String(d.id).replace(/[\\/:*?"<>|]/g, '_') + '-原文件.xlsx', m.bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  exportVersionFiles(m.files || []);
}

// openDraft opens a version of a draft (the latest when none is named), or,
// with recheck, checks its stored file again with the current profile.
async function openDraft(id, recheck, versionId) {
  let m;
  try { m = await rpc('openDraft', { draftId: id, versionId: versionId || '' }); } catch (e) { notice(e.message); return; }
  const version = (m.draft.versions || []).find((v) => v.id === m.version) || latestVersion(m.draft);
  const name = version ? version.file : m.draft.file;
  // A version whose bytes were dropped still opens: its report, no file.
  const file = m.bytes ? new File([m.bytes], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }) : null;
  // The narrative checked with the version, when it is kept.
  const doc = m.doc ? (m.doc.bytes ? { name: m.doc.name, file: new File([m.doc.bytes], m.doc.name, { type: DOCX_TYPE }) } : { name: m.doc.name, text: m.doc.text }) : null;
  if (recheck) { if (file) enqueue([file], doc); else notice(m.bytesError); return; }
  state.current = { file, name, key: previewKey(version) || m.draft.id + ':' + Date.now(), report: m.draft.report, draft: m.draft, version, bytesError: m.bytesError, saved: Promise.resolve(), doc };
  $('#draft-error').hidden = true;
  render();
  refreshDrafts();
}

async function renameDraft(d) {
  const name = prompt('新的草稿名称：', d.name);
  if (name === null) return;
  try { await rpc('renameDraft', { draftId: d.id, name }); } catch (e) { notice(e.message); }
  refreshDrafts();
  draftsChanged();
}

async function deleteDraft(d) {
  if (!confirm('删除草稿“' + d.name + '”及其审核说明？此操作不能撤销。')) return;
  try { await rpc('deleteDraft', { draftId: d.id }); } catch (e) { notice(e.message); return; }
  if (state.current && state.current.draft && state.current.draft.id === d.id) state.current.draft = null;
  refreshDrafts();
  draftsChanged();
}

// ---------- versions ----------
// A draft (a department's year in one template) keeps every file checked
// for it as a version: the list shows the latest file and how many there
// are; each version opens, compares, exports and deletes. The engine does
// the storing and the comparing (internal/drafts); this is the view.
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function latestVersion(d) {
  const vs = (d && d.versions) || [];
  return vs[vs.length - 1] || null;
}

// previewKey names a version's workbook in the engine's preview cache: its
// ID and its bytes' hash (a migrated version has no hash: its time).
function previewKey(v) {
  return v ? v.id + '|' + (v.sha256 || v.checked) : null;
}

// onLatest: the result on screen is its draft's latest version (or a check
// not saved yet), to which the draft's stored changes refer.
function onLatest(c) {
  const l = c && c.draft && latestVersion(c.draft);
  return !c || !c.version || !l || c.version.id === l.id;
}

// How many of the newest versions keep their file (the engine bounds it).
function keepVersions() {
  const n = Math.floor(Number(safeGet('rc.keepVersions')));
  return n > 0 ? Math.min(n, 100) : 10;
}

// showChanges says what changed since the version before: counts in one
// line (the lists are in the comparison below it), and findings that came
// or went with a rule that ran on one side only told apart from fixes.
function showChanges(ch) {
  const el = $('#changes');
  el.hidden = !ch;
  if (!ch) return;
  const from = ch.from_n ? `版本 ${ch.from_n}，` : '';
  let text = `与上次检查（${from}${fmtTime(ch.since)}）相比：已修正 ${ch.fixed.length} 项，新出现 ${ch.new.length} 项`;
  if (ch.from) text += `，仍存在 ${(ch.still || []).length} 项`;
  const byRules = (ch.unchecked || []).length + (ch.added || []).length;
  if (byRules) text += `；另有 ${byRules} 项因规则或规则配置变化而出现或消失，不算修正，也不算新问题`;
  if (ch.profile_changed || ch.rules_changed) text += '（两次检查使用的' + [ch.profile_changed && '规则配置', ch.rules_changed && '规则集'].filter(Boolean).join('和') + '不同）';
  el.textContent = text + '。';
}

// versionSaved follows a check saved as a version of its draft: the
// comparison with the version before it, and, when 「重新检查」 asked for an
// edited file of one draft and another was chosen, which draft it went to.
function versionSaved(c) {
  const d = c.draft;
  const vs = d.versions || [];
  if (state.recheckFor && state.recheckFor.names.includes(c.name)) {
    const asked = state.recheckFor;
    state.recheckFor = null;
    if (asked.id !== d.id) notice(`所选文件与草稿“${asked.name}”的部门、年度或表格模板不同，已作为草稿“${d.name}”的版本保存。`);
  }
  const before = vs.filter((v) => v.id !== c.version.id);
  if (before.length) showCompare(before[before.length - 1].id);
}

// chooseEdited is 「重新检查」: the clerk edited the file in Excel, so the
// file chooser opens for it; the check is saved as the draft's next version.
function chooseEdited(d) {
  const input = $('#file');
  // The narrative checked with the draft on screen stays with the edited
  // workbook unless another is chosen with it.
  const c = state.current;
  state.recheckFor = { id: d.id, name: d.name, names: [], doc: c && c.draft && c.draft.id === d.id ? c.doc : null };
  const armed = state.recheckFor;
  // Capturing, so it runs before the listener that takes the files and
  // empties the input: the files chosen for this draft are known by name.
  input.addEventListener('change', () => { armed.names = [...input.files].map((f) => f.name); }, { once: true, capture: true });
  input.addEventListener('cancel', () => { if (state.recheckFor === armed) state.recheckFor = null; }, { once: true });
  input.click();
}

// The versions of each draft are listed under it when shown (the draft on
// screen shows its own unless the clerk folded them).
const versionsShown = new Map(); // draft ID → shown

// liveDraft and liveVersion: the draft and version as last listed (a row
// kept on screen may have been drawn from an earlier listing).
function liveDraft(d) {
  return (state.drafts || []).find((x) => x.id === d.id) || d;
}
function liveVersion(d, v) {
  return (liveDraft(d).versions || []).find((x) => x.id === v.id) || v;
}

function draftItems(d, curId) {
  const vs = d.versions || [];
  const latest = vs[vs.length - 1];
  const shown = versionsShown.has(d.id) ? versionsShown.get(d.id) : d.id === curId;
  const toggle = () => { versionsShown.set(d.id, !shown); listDraftsFromState(); };
  const item = h('li', { 'data-draft-id': d.id, 'data-versions': vs.length, class: d.id === curId ? 'current' : '' },
    h('div', { class: 'd-name', text: d.name, title: '打开此草稿的最新版本', onclick: () => openDraft(d.id, false) }),
    h('div', { class: 'd-file', text: `最新文件：${latest ? latest.file : d.file} · 共 ${vs.length} 个版本` }),
    h('div', { class: 'd-meta', 'data-coverage': d.coverage || null, text: [d.department, d.year, countsText(d), fmtTime(d.updated)].filter(Boolean).join(' · ') }),
    h('div', { class: 'd-actions' },
      h('button', { type: 'button', text: '打开', onclick: () => openDraft(d.id, false) }),
      h('button', { type: 'button', text: '重新检查', title: '选择在 Excel 中修改后的文件，检查后存为此草稿的新版本', onclick: () => chooseEdited(liveDraft(d)) }),
      h('button', { type: 'button', text: '重查已存文件', title: '用当前的规则配置重新检查已保存的最新文件（例如换了规则配置之后）', onclick: () => openDraft(d.id, true) }),
      h('button', { type: 'button', class: 'd-versions', 'aria-expanded': String(shown), text: `版本（${vs.length}）`, onclick: toggle }),
      h('button', { type: 'button', text: '改名', onclick: () => renameDraft(liveDraft(d)) }),
      h('button', { type: 'button', class: 'danger', text: '删除', onclick: () => deleteDraft(liveDraft(d)) })));
  // The versions are a sibling item, not inside the draft's: the draft's
  // own buttons stay the only ones in it.
  const list = h('li', { class: 'versions', 'data-versions-of': d.id, hidden: !shown },
    h('ol', { reversed: true }, ...vs.slice().reverse().map((v) => versionRow(d, v, v === latest))));
  return [item, list];
}

// countsText is a draft's or a version's counts, or what it did not check:
// a file whose tables were not found must not read as 「错误 0」.
function countsText(d) {
  const counts = `错误 ${d.counts[0]} · 提示 ${d.counts[1]}`;
  switch (d.coverage) {
    case 'none': return '未识别到报表，未核对';
    case 'kpi': return '只有绩效自评表（未找到公开01–09表） · ' + counts;
    case 'partial': return '缺表 · ' + counts;
    default: return counts;
  }
}

// The list is redrawn only when what it shows changed: it is refreshed
// after every save, and a file checked again unchanged (the same version,
// its time shown to the minute) changes nothing in it — redrawing it cost
// a layout per check. Its buttons act on the latest listing (liveDraft),
// not on the objects they were drawn from.
let draftsDrawn = '';
function listDraftsFromState() {
  const curId = state.current && state.current.draft && state.current.draft.id;
  const items = (state.drafts || []).flatMap((d) => d.damaged ? [damagedItem(d)] : draftItems(d, curId));
  const drawn = items.map((el) => el.outerHTML).join('');
  if (drawn === draftsDrawn) return;
  draftsDrawn = drawn;
  $('#drafts').replaceChildren(...items);
}

function versionRow(d, v, isLatest) {
  const c = state.current;
  const onScreen = c && c.version && c.version.id === v.id;
  const dropped = !v.blob;
  const only = (d.versions || []).length < 2;
  const how = [v.profile_name || v.profile, v.rules_version ? '规则集 ' + v.rules_version.slice(0, 8) : '规则集未记录'].filter(Boolean).join('，');
  return h('li', { 'data-version-id': v.id, 'data-dropped': dropped ? 'true' : null, class: 'version' + (onScreen ? ' on-screen' : '') },
    h('div', { class: 'v-head' }, h('b', { text: `版本 ${v.n}` + (isLatest ? '（最新）' : '') }), h('span', { class: 'v-file', text: v.file })),
    h('div', { class: 'v-meta', text: [fmtTime(v.checked), countsText(v), v.document ? '含情况说明' : '', how].filter(Boolean).join(' · '),
      title: v.sha256 ? 'SHA-256：' + v.sha256 : '此版本来自早期保存的草稿，未记录文件指纹' }),
    dropped ? h('div', { class: 'v-dropped', text: droppedText() }) : null,
    h('div', { class: 'v-actions' },
      h('button', { type: 'button', 'data-action': 'open', text: '打开', onclick: () => openDraft(d.id, false, v.id) }),
      h('button', { type: 'button', 'data-action': 'compare', text: '比较', disabled: only, title: only ? '只有一个版本' : '与另一个版本比较：已修正、新出现、仍存在的问题', onclick: () => compareFrom(liveDraft(d), liveVersion(d, v)) }),
      h('button', { type: 'button', 'data-action': 'export', text: '导出', disabled: dropped, title: dropped ? '原文件已清理' : '下载此版本的原文件', onclick: () => exportVersion(liveDraft(d), liveVersion(d, v)) }),
      h('button', { type: 'button', 'data-action': 'delete', class: 'danger', text: '删除', disabled: only, title: only ? '唯一的版本：请删除整个草稿' : '删除此版本', onclick: () => deleteVersion(liveDraft(d), liveVersion(d, v)) })));
}

// compareFrom compares a version with another of its draft: with the one on
// screen when that is another version of the draft; otherwise it opens this
// one and compares it with the version before it (or after, for the first).
async function compareFrom(d, v) {
  const c = state.current;
  if (c && c.draft && c.draft.id === d.id && c.version && c.version.id !== v.id) { showCompare(v.id); return; }
  await openDraft(d.id, false, v.id);
  const now = state.current;
  if (!now || !now.version || now.version.id !== v.id) return;
  const vs = now.draft.versions;
  const i = vs.findIndex((x) => x.id === v.id);
  const other = vs[i - 1] || vs[i + 1];
  if (other) showCompare(other.id);
}

// showCompare compares the version on screen with another of its draft,
// earlier first, as three lists (and those of rule changes, apart).
async function showCompare(otherId) {
  const c = state.current;
  if (!c || !c.draft || !c.version) return;
  const panel = $('#compare');
  const sel = $('#compare-with');
  sel.replaceChildren(...c.draft.versions.filter((x) => x.id !== c.version.id).reverse()
    .map((x) => h('option', { value: x.id, text: `版本 ${x.n}（${x.file}，${fmtTime(x.checked)}）` })));
  sel.value = otherId;
  panel.hidden = false;
  panel.dataset.state = 'loading';
  let m;
  try {
    m = await rpc('compareVersions', { draftId: c.draft.id, from: otherId, to: c.version.id });
  } catch (e) {
    if (state.current !== c) return;
    panel.dataset.state = 'failed';
    $('#compare-note').textContent = e.message;
    $('#compare-lists').replaceChildren();
    return;
  }
  if (state.current === c && !panel.hidden) renderComparison(m.comparison);
}

const COMPARE_LISTS = [
  ['fixed', '已修正', '较早版本报告、较新版本已不再报告的问题。'],
  ['new', '新出现', '较新版本报告、较早版本没有的问题。'],
  ['still', '仍存在', '两个版本都报告的问题。'],
  ['unchecked', '不再检查', '规则在较新版本的规则配置或规则集中未运行，所以不再报告：不是修正。'],
  ['added', '新增检查', '规则在较早版本检查时未运行（规则集新增或规则配置启用），所以现在才报告：不是新出现的问题。'],
];

function renderComparison(cmp) {
  const panel = $('#compare');
  panel.dataset.from = cmp.from.id;
  panel.dataset.to = cmp.to.id;
  $('#compare-title').textContent = `版本 ${cmp.from.n}（${cmp.from.file}）→ 版本 ${cmp.to.n}（${cmp.to.file}）`;
  const notes = [];
  if (cmp.profile_changed) notes.push(`两个版本使用的规则配置不同（${cmp.from.profile_name || cmp.from.profile} → ${cmp.to.profile_name || cmp.to.profile}），部分差异可能来自配置，而不是文件的修改。`);
  if (cmp.rules_changed) notes.push('两个版本检查时的规则集不同（检查工具已更新），部分差异可能来自规则的变化。');
  if (!cmp.rules_known) notes.push('较早保存的版本没有记录当时运行的规则，无法区分规则变化与修正。');
  $('#compare-note').textContent = notes.join('');
  $('#compare-lists').replaceChildren(...COMPARE_LISTS.filter(([k]) => cmp[k].length || (k !== 'unchecked' && k !== 'added')).map(([k, label, what]) =>
    h('details', { class: 'cmp-list', 'data-list': k, open: k !== 'still' && cmp[k].length > 0 },
      h('summary', { text: `${label}（${cmp[k].length}）` }),
      h('p', { class: 'muted', text: what }),
      cmp[k].length ? h('ul', {}, ...cmp[k].map(comparedItem)) : h('p', { class: 'muted', text: '无' }))));
  panel.dataset.state = 'done';
}

function comparedItem(f) {
  return h('li', { 'data-key': f.key, 'data-rule': f.rule, 'data-cell': f.cell, 'data-severity': f.severity },
    h('span', { class: 'sev ' + f.severity, text: SEV[f.severity] || f.severity }), ' ',
    h('span', { class: 'rule', text: f.rule }), ' ',
    f.para ? h('span', { class: 'loc', text: '情况说明 第 ' + f.para + ' 段' }) : f.cell ? h('span', { class: 'loc', text: f.sheet + '!' + f.cell }) : null, ' ',
    h('span', { text: f.message }),
    f.was ? h('span', { class: 'was', text: `（较早版本为 ${f.was}）` }) : null);
}

function closeCompare() {
  const panel = $('#compare');
  panel.hidden = true;
  delete panel.dataset.state;
  delete panel.dataset.from;
  delete panel.dataset.to;
}

async function exportVersion(d, v) {
  let m;
  try { m = await rpc('exportVersion', { draftId: d.id, versionId: v.id }); } catch (e) { notice(e.message); return; }
  download(m.name.replace(/\.xlsx$/i, '') + `（版本 ${v.n}）.xlsx`, m.bytes, XLSX_TYPE);
}

async function deleteVersion(d, v) {
  if (!confirm(`删除草稿“${d.name}”的版本 ${v.n}（${v.file}）？它的原文件和检查结果将被删除；草稿的其他版本和审核说明保留。此操作不能撤销。`)) return;
  let m;
  try { m = await rpc('deleteVersion', { draftId: d.id, versionId: v.id }); } catch (e) { notice(e.message); return; }
  const c = state.current;
  if (c && c.draft && c.draft.id === d.id) {
    // The notes on screen are the live ones; the versions are the engine's.
    c.draft.versions = m.draft.versions;
    if (c.version && c.version.id === v.id) {
      c.version = null;
      notice(`版本 ${v.n} 已删除。页面上仍显示它的检查结果，可用“下载 JSON”留存。`);
    }
    const panel = $('#compare');
    if (panel.dataset.from === v.id || panel.dataset.to === v.id) closeCompare();
  }
  refreshDrafts();
  draftsChanged();
}

// exportVersionFiles downloads what a damaged draft's versions left in the
// store: each file, and the reports in one JSON.
function exportVersionFiles(files) {
  const reports = {};
  for (const f of files) {
    const name = String(f.key).replace(/[\\/:*?"<>|]/g, '_');
    if (f.value instanceof Uint8Array) download(name + '.xlsx', f.value, XLSX_TYPE);
    else if (typeof f.value === 'string') reports[f.key] = f.value;
  }
  if (Object.keys(reports).length) download('损坏的草稿-各版本检查结果.json', JSON.stringify(reports, null, 2), 'application/json');
}

function droppedText() {
  return `原文件已清理（每份草稿只保留最近 ${keepVersions()} 个版本的原文件）：检查结果仍可打开和比较，不能预览单元格或导出原文件。`;
}

function wireVersions() {
  $('#compare-with').addEventListener('change', () => showCompare($('#compare-with').value));
  $('#compare-close').addEventListener('click', closeCompare);
  const keep = $('#keep-versions');
  keep.value = keepVersions();
  keep.addEventListener('change', () => {
    const n = Math.min(100, Math.max(1, Math.floor(Number(keep.value)) || 10));
    keep.value = n;
    safeSet('rc.keepVersions', String(n));
    // Only the words change: the list is not redrawn under a click (a
    // change fires when the box loses the focus, i.e. on the mousedown of
    // whatever is clicked next).
    document.querySelectorAll('#drafts .v-dropped').forEach((el) => { el.textContent = droppedText(); });
  });
}
wireVersions();

// ---------- wiring ----------
function wire() {
  const input = $('#file');
  // Real buttons open the hidden file inputs, so a keyboard reaches them.
  $('#choose-file').addEventListener('click', () => input.click());
  $('#import-profile-btn').addEventListener('click', () => $('#import-profile').click());
  const take = () => {
    const files = [...input.files];
    input.value = ''; // choosing the same file again (edited in Excel) re-checks it
    const keep = state.recheckFor && state.recheckFor.doc;
    if (files.length) enqueue(files, keep || undefined);
  };
  input.addEventListener('change', take);
  // A file chosen while the page was still loading, before this listener.
  if (input.files.length) take();
  // 添加情况说明: a narrative for the workbook on screen.
  const docInput = $('#doc-file');
  $('#add-doc').addEventListener('click', () => docInput.click());
  docInput.addEventListener('change', () => {
    const files = [...docInput.files];
    docInput.value = '';
    if (files.length) enqueue(files.slice(0, 1));
  });
  $('#paste-check').addEventListener('click', checkPasted);
  $('#dl-document').addEventListener('click', async () => {
    const c = state.current;
    if (!c.doc || !c.doc.file) return;
    const buf = await c.doc.file.arrayBuffer();
    try {
      const m = await rpc('annotateDocument', { bytes: buf, report: JSON.stringify(c.report), explanations: JSON.stringify((c.draft && c.draft.explanations) || {}) }, [buf]);
      download(c.doc.name.replace(/\.docx$/i, '') + '-标注.docx', m.bytes, DOCX_TYPE);
    } catch (e) { notice(e.message); }
  });
  const drop = $('#drop');
  for (const ev of ['dragenter', 'dragover']) drop.addEventListener(ev, (e) => { e.preventDefault(); drop.classList.add('over'); });
  for (const ev of ['dragleave', 'drop']) drop.addEventListener(ev, () => drop.classList.remove('over'));
  // Files dropped on the zone bubble to the document, which takes them: one
  // listener, so each file is checked once.
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => { e.preventDefault(); if (e.dataTransfer && e.dataTransfer.files.length) enqueue([...e.dataTransfer.files]); });
  $('#cancel').addEventListener('click', () => {
    state.queue = [];
    restartWorker('已取消检查。');
  });
  // A new rule profile re-checks the result on screen (a new version of its
  // draft): the old profile's name and counts never stay shown under it.
  $('#profile').addEventListener('change', () => {
    safeSet('rc.profile', $('#profile').value);
    const c = state.current;
    if (c && c.file && !state.running) enqueue([fileOf(c)], c.doc);
    else if (c && c.doc && !state.running) { state.queue.push({ file: null, name: c.doc.name, doc: c.doc }); runQueue(); }
  });
  $('#export-profile').addEventListener('click', () => {
    const p = currentProfile();
    if (!p) { notice('规则配置还在载入，请稍候再导出。'); return; }
    download('规则配置-' + p.data.name.replace(/[\\/:*?"<>|]/g, '_') + '.json', JSON.stringify(p.data, null, 2), 'application/json');
  });
  $('#import-profile').addEventListener('change', (e) => { const f = e.target.files[0]; e.target.value = ''; if (f) importProfile(f); });
  $('#preview-close').addEventListener('click', closePreview);
  // Escape closes the preview and gives the focus back to the finding.
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('#preview').hidden) { e.preventDefault(); closePreview(); }
  });
  $('#dl-json').addEventListener('click', () => {
    const c = state.current;
    const explained = Object.assign({}, c.report, { explanations: (c.draft && c.draft.explanations) || {} });
    download(c.name.replace(/\.xlsx$/i, '') + '-检查结果.json', JSON.stringify(explained, null, 2), 'application/json');
  });
  $('#dl-annotated').addEventListener('click', async () => {
    const c = state.current;
    if (!c.file) { notice(c.bytesError || '此版本没有原文件，无法标注。'); return; }
    const buf = await c.file.arrayBuffer();
    try {
      const m = await rpc('annotate', { bytes: buf, report: JSON.stringify(c.report), explanations: JSON.stringify((c.draft && c.draft.explanations) || {}) }, [buf]);
      download(c.name.replace(/\.xlsx$/i, '') + '-标注.xlsx', m.bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } catch (e) { notice(e.message); }
  });
  $('#print').addEventListener('click', () => { $('#tables').open = true; fillPrint(); window.print(); });
  window.addEventListener('beforeprint', fillPrint);
  // The score sheet is built as soon as it comes within half a screen of
  // the viewport (scrolled to, or the window is tall enough), not only
  // after the result has stood.
  if (typeof IntersectionObserver === 'function') {
    new IntersectionObserver((entries) => {
      for (const e of entries) kpiNear = e.isIntersecting;
      if (kpiNear) fillKPI();
    }, { rootMargin: '50% 0px' }).observe($('#kpi'));
  }
  const findings = $('#findings');
  findings.addEventListener('click', (e) => {
    const el = e.target.closest('.finding');
    if (el && e.target.tagName !== 'TEXTAREA' && findingOf.has(el)) openPreview(findingOf.get(el), el);
  });
  findings.addEventListener('keydown', (e) => {
    // From the keyboard, the focus moves into the preview's grid (arrow
    // keys scroll it); Escape brings it back.
    if (e.key === 'Enter' && e.target.classList.contains('finding') && findingOf.has(e.target)) {
      openPreview(findingOf.get(e.target), e.target).then(() => { if (!$('#preview').hidden) $('#preview .grid-wrap').focus(); });
    }
  });
}

async function main() {
  if (window.top !== window.self) {
    // Drafts and notes are the user's: the page never runs inside another site's frame.
    document.body.textContent = '本页面不能嵌入其他网页中使用，请直接打开。';
    return;
  }
  // The engine started when engine.js ran; show where it is now.
  engineHooks.state(engine.state);
  wire();
  state.profilesLoaded = loadProfiles().catch((e) => notice(e.message));
  await state.profilesLoaded;
  if (SINGLE) notice('这是单文件版：检查完全在本机进行，不保存草稿（本地文件共用浏览器存储，其他本地网页可能读到）。审核说明只保留在本页，请用“下载 JSON”留存。');
  refreshDrafts();
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
  // The offline copy is installed once the engine is ready and idle: on a
  // first visit the service worker downloads and stores every asset again,
  // which would otherwise compete with the first check for the machine.
  if (!SINGLE && 'serviceWorker' in navigator && location.protocol !== 'file:') engineIdle().then(offline);
}

// ---------- offline and updates ----------
// The build this page runs (scripts/hashassets writes it): the service worker
// asks every open page, and deletes a build's cache only once none runs it.
const BUILD = (document.querySelector('meta[name="build"]') || {}).content || 'dev';
window.__rcBuild = BUILD;

// engineIdle resolves once the engine has said it is ready and no request
// is in flight (a check chosen at once answered and saved), or after 10 s.
async function engineIdle() {
  const deadline = performance.now() + 10000;
  while (engine.state !== 'ready' && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await whenIdle(Math.max(0, deadline - performance.now()));
}

async function offline() {
  const sw = navigator.serviceWorker;
  sw.addEventListener('message', (e) => {
    if (e.data && e.data.type === 'build?' && e.ports[0]) e.ports[0].postMessage({ build: BUILD });
  });
  let reg;
  try { reg = await sw.register('sw.js', { updateViaCache: 'none' }); } catch { return; }
  // A new build installed beside this one waits: say so; the user reloads
  // when it suits them (notes typed so far are saved first).
  const offer = (w) => {
    if (!w || !sw.controller) return;
    $('#update').hidden = false;
    document.body.dataset.update = 'ready';
    $('#update-now').onclick = async () => {
      while (notesInFlight.size) await new Promise((r) => setTimeout(r, 50));
      sw.addEventListener('controllerchange', () => location.reload(), { once: true });
      w.postMessage({ type: 'skipWaiting' });
    };
  };
  const watch = (w) => {
    if (!w) return;
    if (w.state === 'installed') offer(w);
    else w.addEventListener('statechange', () => { if (w.state === 'installed') offer(w); });
  };
  watch(reg.waiting || reg.installing);
  reg.addEventListener('updatefound', () => watch(reg.installing));
  // Look for a new build when the page comes back into view, and let the
  // worker drop the caches of builds no page runs any more.
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') reg.update().catch(() => {}); });
  if (sw.controller) sw.controller.postMessage({ type: 'cleanup' });
}

main();
