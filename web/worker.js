// The worker owns the Go instance: checks never block the page. Messages
// carry a `type`; file bytes arrive transferred, not copied.
//
// Start-up: the page sends {type:'init'} with the compiled module it kept
// from an earlier worker (a restart after cancel, a crash or a memory
// recycle), or the wasm bytes (single-file build), or nothing (fetch
// reportcheck.wasm). The worker sends the compiled module back ('module'),
// answers requests as soon as Go runs, warms the engine up, and only then
// says {type:'engine', state:'ready'}.
//
// Memory: Go's wasm memory only ever grows, so its size after a check is
// also the peak of that check. Progress, results and 'saved' carry it
// (`memory`, bytes); the page recycles a worker that grew large.
'use strict';

let started = null; // resolves when globalThis.reportcheck exists
let instance = null;
let interrupted = false; // a real request arrived during the warm-up

const memory = () => (instance ? instance.exports.mem.buffer.byteLength : 0);

function start(init) {
  started = new Promise((resolve, reject) => {
    const go = new Go();
    let source;
    if (init && init.module) source = WebAssembly.instantiate(init.module, go.importObject).then((inst) => ({ instance: inst, module: init.module }));
    else if (init && init.wasm) source = WebAssembly.instantiate(new Uint8Array(init.wasm), go.importObject);
    else source = WebAssembly.instantiateStreaming(fetch('reportcheck.wasm'), go.importObject);
    source.then((r) => {
      instance = r.instance;
      if (!(init && init.module)) {
        // The page keeps the compiled module for the next worker: V8 shares
        // its code (including what was optimised since) instead of compiling
        // the wasm again.
        try { self.postMessage({ type: 'module', module: r.module }); } catch (_) { /* not cloneable here: the next worker compiles */ }
      }
      // Go's main runs until it blocks, so the API exists when run() returns.
      go.run(r.instance);
      if (self.reportcheck) resolve(); else reject(new Error('engine did not start'));
    }).catch((err) => {
      reject(err);
      self.postMessage({ type: 'fatal', message: '检查引擎加载失败：' + (err && err.message ? err.message : err) });
    });
  });
  started.then(() => warmUp(init && init.warmup, !!(init && init.module)), () => {});
  return started;
}

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
// warmUp checks a small real workbook (the path a draft takes: unzip, XML,
// locate, every rule, KPI scoring, JSON) again and again. The first pass
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
// Nothing is saved among the drafts, and no progress is sent. A real request that
// arrives meanwhile stops the warm-up and runs at once: it warms the engine up
// just the same.
// WARMUP-BEGIN (generated by `node e2e/warmup-workbook.mjs`; do not edit)
const WARMUP_NAME = "seed-shifted.xlsx";
const WARMUP_XLSX =
  'UEsDBBQACAAIAAAAAAAAAAAAAAAAAAAAAAAYAAAAeGwvd29ya3NoZWV0cy9zaGVldDkueG1sfJVPc5swEMXv/RSM7rUQxBg6QplO/Se2E5/a3qmtxEwM8kiM' +
  '7Y/fwRUyuxXclN/uvqd9EMyfb9UpuEhtSlXnhE1CEsh6rw5l/ZGTXz+XX1PyLL7wq9Kf5ihlE9yqU21ycmya8zdKzf4oq8JM1FnWt+r0rnRVNGai9Ac1Zy2L' +
  'w32oOtEoDBNaFWVNBD+Ulaxbw0DL95x8Z0Rw6qDg95nfpbya3jlor/BHqc/2j/UhJ2E75cr9czc2L5pCcK2ugc7JExF83x5+PJGgyYkhgl9EFDNOL4LTveBU' +
  'q6trn3btuyloj/ztiVNP+u2u+Z9Uvxb7hWZOaAZ8Yyi17ldZnPrFUieW9toTpDVPgdMTrC5gdQqrL/0qS2folmO2m1Hb7ajtbsgWrJ916y8ykBaDYssMWCWw' +
  'uoJVtOF2VPl1VPltSBkswUL3EO/Hi0Amc4vRy7awGKW+tBjFvbIYP16L0c3XFqMwNhanKCOLMxROt06IYuk42nPX8YF/QcYeQbF7ZziZhjgrW8FZefHSj1d+' +
  '/DLouvYPbPx468evfvzmx7v/MMwqemQVgbdw4EvC4sdADAYyNEB7n17qfjbE3wAAAP//UEsHCHnT9MS/AQAAaQYAAFBLAwQUAAgACAAAAAAAAAAAAAAAAAAA' +
  'AAAAGAAAAHhsL3dvcmtzaGVldHMvc2hlZXQ4LnhtbHyTT4+qMBTF9+9TkLt/tkVF+tLWvIx/MvuZ2TNQlUhb0xLx40/QWFsG3RXOOb97uABbXlSTnKV1tdEc' +
  'yARDInVpqlrvOXx+bP7msBR/WGfs0R2kbJOLarTjcGjb0z+EXHmQqnATc5L6opqdsapo3cTYPXInK4vqGlINSjHOkCpqDYJVtZK6H5hYuePwn4BgyN8U7Jr5' +
  'qmXngnPSV/g25thfvFcccJ/ycni+x1ZFWwhmTZdYDjMQrOwPbzNIWg4OBDuLNM0YOguGSsGQNZ23z+/27TyyL8btmadnod2bb6hQm46DFh60CMxZDFqHGpni' +
  'cVTuUXmIIjFrFYmDxutInMbiJhQJHnTcxuqTvVHfkQZ2OmhBb5DBeDq6Y/pquwT7eQS/eLR1pKZp/gRHHjgSBeiTQPoIpGHg1ztEwReM/N8nfgIAAP//UEsH' +
  'CBJlcCBGAQAAsAMAAFBLAwQUAAgACAAAAAAAAAAAAAAAAAAAAAAAGAAAAHhsL3dvcmtzaGVldHMvc2hlZXQ3LnhtbHSUy47qIBjH9+cpGvZHoPbGCcWcjJdx' +
  '1jOz77SojQUMNNbHn9RGBFJ3yP/Cz4+2dHUTXXTl2rRKlgAvEIi4rFXTymMJvj63fwuwYn/ooPTZnDjvo5vopCnBqe8v/yA09YmLyizUhcub6A5Ki6o3C6WP' +
  '0Fw0r5p7SHQwRiiDomolYLRpBZfjgZHmhxL8x4BRaDcZvWe+Wz4YZx2NCD9Knccf+6YEaExZ2V0/YuuqrxjVaoh0CRLAaD0u3hIQ9SUwgNEri2NE4ZVRWDMK' +
  'tRqsPX3YP1LPjuftmW3PXLs1T1Wutpwvym1R7pgzv2jjaknhi9vcAw4Ydq6Klygg9IrJPGJhEQsXEftVa08MKQqPIoi+eyoK/vzeV/N5SGIhiWMnwRzJVBIM' +
  'kMxd3o4E1zahTrtJgDjtpsFwSXCXHjBGlhgjd3TBiRtPjeMXzxHGzzrsBZIXgfgZiL1AGgSg83JB+2FgvwEAAP//UEsHCELa1rFnAQAASwQAAFBLAwQUAAgA' +
  'CAAAAAAAAAAAAAAAAAAAAAAAGAAAAHhsL3dvcmtzaGVldHMvc2hlZXQ2LnhtbHxZTW/jNhS891cYupcmH0VSLGQtimat2Lm2vbuJdxNsbAe2keTnF7GkR79h' +
  'mJt2pRm/4cebIdN+e989z163x9PTYb+ojNLVbLu/Pzw87X8uqn/+Xv7eVN+639q3w/HX6XG7Pc/ed8/706J6PJ9f/pjPT/eP293mpA4v2/377vnH4bjbnE/q' +
  'cPw5P70ct5uHC2j3PCet/Xy3edpXXfvwtNvuP35wdtz+WFR/mqpr5/yfXXvB/Pu0fTtdPc8+SvjvcPj18Y/Vw6LSHyh+ff08wW42503XHg9vs+Oiqquuvf94' +
  '+KuuZudFdaq69rUz1rbz166d33ft/Hh448/d9PmdE5/Xn3/umd1ffU788UB1/a7wu4GJgvhdJ6mW8q3/nKxhskZ8HiTZzfVbD0V/l9AG6viSuP+K+PZL4tWX' +
  'xOuviO9KxGJsIo9NHOZDGxiVKGgiDMuACppUhFfLiRDq6gVhrWE4RlSjDA7FxIeDIPnM5zqNZqGXx4vSTKvRggvXwIg0xipTg1pmJWTtgdWC4ok1G8EVcwbk' +
  'XANnYT8ak1QbVk2o2gguh6oHpCGv6oCqDavGaQZWj6oHpFY1zjNzBuRcA2coqKakmli1RdUkuBpUPSApWOUNqiZWbVG1ZM1mdEQajcoEzumCMpuUWVbmUZkV' +
  'XFn1lquvsXqJJKzeTtXn61EiC23dJPu5PA71Yx82wppcjTMzIlUkVFazMofKJKdDZTUry9acRBY8xrikzLGyBpUJF3UBlQ1I3yhsEksmJZzuHkiz7eRYmkVp' +
  'EhkL0pKrXx4HaRGlXbu68RqlDcigbKbMszL0TeCENXc7Io0KHjV71uxQs+SkguYUQC6PF824aW+MiB/eouYBaZpP3CKw6AZFS9IapQWW5lGaRLqCtBSHLo+D' +
  'tMwJRXrwHqWNSKNQ9ZJJCddID6QBpTUsDT0ekIUwY1KaMRxnTGZ3IjB4TDQjUivMOkvmJByuXnIGjcoiK2tQmUQW4gul+EIcXwxaGolQoHEPjkgXVcRJY1LC' +
  '4eolaUBPmJBG43SvAVnwBEoZhTij4Ia5IeH8AfcTIwkHpQck9INbmnIIlr+aOI3O3Bo4C55AKYcQ5xAMeTcknD9gwmIk4Zj0gMTGT5w1cLmuAVlo/JTSBk2Z' +
  'IVtywvebbMkNuLqOCt1uyZxk0K2B1aAyziG4WteALLR3SjmEpsyQn3xIOH+T7RlOGwYtGZDYw4nTBq7WNSALPZxS2iDH9WOjI2HvDfbwEUm1U9GjNo4bBk0Z' +
  'WLGJE8cNk/UDiSw0cUpxgzxry9adsPEGWzUjCY+RvURGbNXE0YGyXSORpVadogMFrj/rZ8KrMcl+H5GGKA9MzEqUdQTJalEbZwfK9o1EFs6TlLIDNazNoTZh' +
  '1hHvbBhJlO17icRYRxwQsIuuAVk4GVIKCBS5fjw/kbDkiHc9jCTK9r1EZo4yIvPqr3GkC6c/m0KA1Vw9np6sFlywiL+PSGcV3iYtmZQINz2Q4h3WiNQKnXI1' +
  'ccaYxVXgLMQDm+KBNSwaD1bWCC6MB4wkwnYASIwHI9IpbDGriTPGLK0CZyEe2BQPLLEyjAeWBFc2ZxwPCNM2IDEeTMgYs0wKyEI8sCkeWI4H2RnJXhsy4esl' +
  'I8lipgYkhoAJGWO2nSSyuJ1SCLAcArKDkK1FFXjlwEjC40IPSLz2G5GkFRWcxCaXt+zyWX60TvwM3paMSAoq4kUQkxLewvZAWoghlq16adlwscDeir8FYFa6' +
  'tdPNgC/tk2SoNggqvD+xo2saR8phpAEsrPm7ESsvnmUdyfxsI7hwg8yv/u4y578Zdf8HAAD//1BLBwgU4nHdTwUAAGYaAABQSwMEFAAIAAgAAAAAAAAAAAAA' +
  'AAAAAAAAABgAAAB4bC93b3Jrc2hlZXRzL3NoZWV0NS54bWyEmV1v4kYUhu/7K5DvO55Pe6YyXlUNRL1ve08TdhNtwBGgJD+/Ao99Pubg3rH7+vV5sD3PQOi+' +
  'fR3eVh/70/l1OK4ro3S12h+fhufX44919fdf219j9a3/pfscTj/PL/v9ZfV1eDue19XL5fL+W12fn172h91ZDe/749fh7ftwOuwuZzWcftTn99N+93wrHd5q' +
  'q3VTH3avx6rvnl8P++N14Oq0/76ufjdV39Xzf/bdrfPP6/7zjF6vrgj/DsPP6z/+fF5X+tqaY/x6qj3sLru+Ow2fq9O68lXfPV1f/OGr1WVdnau+++iNjV39' +
  '0Xf1U9/Vp+FzPjxMhz8GcniSD2/mszfocDsfPJ4KZ04+UTufqEUHN/REG5wZp+VTxflUEZ/K0HM9kJARbyIZxKpbkmoG+UjTVoZMM2RChyeGkcaTsPFJvMhp' +
  '6fIaPc8zGr9xxybeDvzoGx20atg72+bQmKRV69n8HPoYkkr2DoYBDDO+C83vizGYz3O+sRaU1ny+kNDhFobbabj2fLzF4wMfb++OFxI63sF4B+O15QAOA/AV' +
  'kKsSgJBQAFDB7eUVwPHhWBJNy4f7bAMtjBczChAAIEwAfPk8GCyeJnKEsIAgZhQBhHV7mRFS4hBYWQ1flrkqQ4gZhQDZ3V5eIYqrgFXXag4w1lwKSVilY9g2' +
  'UfH7+zgVTTKquecKEOjt5Q2vXKZYc63hgGMx2qh8wRcX+Mas0crfowNzmgR0JR/2asv9nqsSw1bOCIQFnVqNIPhatnppLeeq1+V1ECOKACq1BhCKJ9linbZc' +
  '93NVef4gixFFAKHaSajlUrJYqHzX2OSiM84oWyDIIYUArVoHECWGW8RwSxhySDFArnaSa+QIWK4t31pyzaSoPGtu5YwCgFztJNeoA0fAcm2LBzJkNMWjrRhR' +
  'AFCrbQCgRMBqbfkWk6tNxALICFJEEUCstkUIXK6WyJVvMbnaKlcQCAkFAHXaOAMUzwFRJ99cctFYKwCIGUUAP9oECIUfLfZj5BtMrsoQYkYgHPjRTX6MxZJ0' +
  '2I6RbyG5qJVjva2U0PHgRmdgfAlgFgHMXQAhoQBgRpfNaDQfjr0Y+QaVa1flFBsoyvjH18ecaeXvfAR34EvnJjTDnw6HbRn5rpGLMpxbgHP/BwcWdR7giofX' +
  'YZNGLvNcNVEZz+mkiCKAR11ACPyTssMmjVzmuWqMVUlzBjGjEOBS1wBE+QBjl0au81wllzvfCCGhAGBSl01aPiPYopGLPNea6BX/dv0oZxQATOriBFCuIWzS' +
  'yEWeizKCmFEEMKlLgFA+jGkRIi1AiBmB8GBSn01q+KPoiUf5fpJrvvyqIiV0OHjUm2l4saF7bFHDH5NNbkrzhYTOB416C/OLZeAtIeAuzV2JQEgoAdjST7Ys' +
  '3j92ZSqGj7UYvLKBjxczCoD+fjcZMRTfMzz2YeK6nopB+LoqZxQBjOgDIJR3ARsxcSlPVRFCzCgEGNE3M0RxK7APE5dyLhot3QoxowjgRN8CQnkz2qUvfbkq' +
  'Q4gZhQAv+jhD8E+YHnsxFQhjMWjpVogZRQAv+gQI5c0gf9nk+0OuyhBiRiACeDFkL1ou5oC9mLiYcy05ZfjnOzGi48GMwUzjiychYDPy9bLJRRFAiigAqDFY' +
  'ACg2p0DUyK/0JndDUtwaWzGiDCDH4BBDcRkcYeAbRO4a8hepzCBFlAH8GDxi4HtkIL9+cMTN1JUYpIgygCAD+dXE8U29Rr/P1PNvS/1/AQAA//9QSwcIY49k' +
  'CBwFAACOGgAAUEsDBBQACAAIAAAAAAAAAAAAAAAAAAAAAAAYAAAAeGwvd29ya3NoZWV0cy9zaGVldDQueG1sfJjNbus2EIX3fQpD++pnhtRPIeuiqCPF7bbt' +
  '3k10b4IbW4FtJHn8wuZYJI9I7xwOz/BQ4nwjpv32tX9bfYzH0+t0WCdFmier8fA0Pb8efqyTf/7uf62Tb90v7ed0/Hl6Gcfz6mv/djitk5fz+f23LDs9vYz7' +
  '3Smd3sfD1/7t+3Tc786ndDr+yE7vx3H3fBXt3zLK8zLb714PSdc+v+7Hw2XB1XH8vk5+L5KuzebBrr1q/n0dP0/O79XFwn/T9PPyx/Z5neQX1Rx2f99km915' +
  '17XH6XN1XCcq6dqny48/VLI6r5NT0rUfXVGoNvvo2uypa7Pj9DlP17fpf2lvug5PL+fspTOd5skmlRvjcKJqTlR565Z+qt6PVuFk9ZysdqZDqo0bq/zYgxur' +
  'wcKdnMOdnI+ejv3gtvb2BUv+6UcbeLxelPLwM2nmZ9I40yHVQ2OSwI7vKB6b0BvfNvCuzTbMqAL7ZjRywIp89l3k3j7B5OY6c+H9QYbLXOdpiafJTwnSQaQM' +
  '23iUcZ3mOWw7FPG3U9jtFN52CLdThB5s76sYHRsRR4q7ILs6easzrk6hF9j7Ko2ri0jj86Lb0Qw8sWDMd83JbItDJ6gv2LVVoS0j4jKSXtn0Co6ipPfI2WB6' +
  'I+IIiwpt02tzFDG9S1o81oOIuMaHKuONbhbnehsJ+sZKa6y8Tq/QmMf0xVkrZY1I+sqmr64zkaOFy3JaHCYjUjnuu5LXUKeqxm0HY76t2tqqr7MbtOXilBDw' +
  'IlIF2qqlIotULd5GMObbaqwtYXCOvlwK0+KQC1sJfZnxslZpiZAOxzxfNON3Q8JXbA7kMpTglQyiUpG2T4XNb9hVIPHIJR5h9YlKARIeb+NL4oQivieynoRO' +
  'yEFyOcg5ejIqFWlpZHlGBk0FAo1coDEiQVR4zh5lvNYqxXLahmO+LwtCMkxDwvfkkpAJfRmVipCQLAnJ8GnxdUcuCrHvDqKKlTZZoJFhE7aCnrwvUYX5jUpF' +
  'iEaWaCSgQaSRizTsg4OodOzcWTSREAPZRC6bGNkkKo1skvGGU0y4DYZ8V5ZMJN96SCZyycRIJlHpCGHYEoYNK7AF9uwSBhvhICodIQxbwrB8UiFh2CUMI2FE' +
  'pSPfVGxpwabusVP27NICG9ogKh2pSra0YFPDhLRglxbYmQZR6UjnYVv1bOoX2dGzW/XYYQZR6UjVs616NvWLPbVnt+oVVr2odKTq2V5B2a1u7AgbNtWNnfNB' +
  'xsMXBD8lFrRINd6J7qXcRoL+pux1mL0bL777DRumYN/tQbZwXomJyPr2Bs13b6YbNgBZ9GUZL4vIAvY6yo23QIMLyFVyUTby8RLBirL3RuXfGyHRRsktD+tG' +
  'xssIV5S9ySmXH3qRX+5kUDcPMh4+d3dTDjcpfvTcS7mNBP1N2Qui8i+IMQFbgXcJI8RB5vxrKpv/rdb9HwAA//9QSwcIHT5QozoEAACJEwAAUEsDBBQACAAI' +
  'AAAAAAAAAAAAAAAAAAAAAAAYAAAAeGwvd29ya3NoZWV0cy9zaGVldDMueG1shJlLc+JGEMfv+RSU7hmm5yHNpEBbqSw4u+ckd2Kzu6414ALK9sdPgUbqxzTk' +
  'JvuvVv+Yx294LD597F5mb9vj6fmwXzZgbDPb7h8PT8/778vm77/Wv6bmU//L4v1w/Hn6sd2eZx+7l/1p2fw4n19/m89Pjz+2u83JHF63+4/dy7fDcbc5n8zh' +
  '+H1+ej1uN0/Xot3L3Fnbzneb533TL56ed9v9peHsuP22bH6Hpl/Mp3/2i2vNP8/b9xO5nl0Q/j0cfl7++PK0bOylaorp9Vj2eXPe9Ivj4X12XDah6RePl4s/' +
  'QjM7L5tT0y/eerBhMX/rF/PHfjE/Ht6n2+N4+9fIbo/67e309Jbc7qabh0fRzOsP6qYHdeTmlj9oRbMQebjuGLAofeBpx9M/eZp4+oWnWbw6loLVX1+aXl+i' +
  'rw/4sz6z0OmPytOjMrlbUK3ywCPGKGvz85DFzAxjMvw3iLEY/ivG/msW08WAwU7EYOkLFB1X1xvf+tZGa1oxgesSAmRrOkH1UMKQYjb5xrgBIAYM42Dl+ANQ' +
  'viD5hrJorJX9lYQ3d9jcjc1tkO0dbR9le3ezvZLw9h7be2xvnQTwFEBuv1KqASgJB0APXS8vAF42p4ZqO9l8KANnlfZqxgEiAsQRQFriM1DrtUkixDsIasYR' +
  '0JbXy4KQs4Sgvmzlxi6lOoSacQg07fXyAlGNAlVaZyXAUOZzzMouHcKuTUbO78NYCBlMe+McABTl9fKKV29T6skOJOBQmFwyoeJLd/iGrLUm3KJD90JGupqP' +
  'mrlzki/fZFjrGYNwqFNnCYTcy87e28ulNNh6HNSII6BKHSBCtZId1WkndT+VmiAXshpxBBSqG4VabyVHhSpPjVUp9ODBuApBDzkEatV5hKgx/F0Mfw9DDzkG' +
  'ytWNck0Sgcq1k0dLKYOcTBCVaz3jAChXN8o12SgRqFy7akHGgmZktFYjDoBqdS0C1AhUrZ08Ykppm6gACoIWcQQUq+sIgpSrY3KVR0wp7YyvCJSEA6A6XZoA' +
  'qnXA1CkPl1IIzikAasYR0I8uI0LlR0f9mOQBU0p1CDVjEB796Ec/pmpLemrHJI+QUmiNF3VrLeHt0Y0esH0NAHcB4CaAknAANKMvZgQrm1MvJnlAlbKLcqoD' +
  'lGTy7etDyawJN96Ce/Sl9yMayNXhqS2TPDVKoQ7n78D5/4NDi/qAcNXi9dSkScq8lEIyECSdFnEE9KiPBEG+U/bUpEnKvJQCOJOtZFAzDoEu9S1C1AuYujRJ' +
  'nZdSNtxlIpSEA6BJfTFpvUaoRZMUeSlrUzBt1V7NOACa1KcRoN5D1KRJirwU6ghqxhHQpD4jQr0Y812IfAdCzRhEQJOGYlKQSzEwj8rzpJSF+qOKlvDm6NEA' +
  'Y/PqQA/UoiCXyapUav2VhPdHjQaH/attEBwjkC4ttRqBknACtGUYbVm9furKXDUfylIMxkXZXs04APnycDRirD5nBOrDLHU9Fkbl46qecQQ0YoiIUM8CNWKW' +
  'Uh5LVQg14xBoxNBOENVUUB9mKeVSCFabCjXjCOjE0CFCPRndvQ99pVSHUDMOgV4MaYKQ7zAD9WKuEIbCaLWpUDOOgF4MGRHqyWDfjcrzoZTqEGrGICJ6MRYv' +
  'OinmSL2YpZhLWfYG5Ps7NeLt0YwRxvbVSojUjHK/rEqhCqBFHADVGB0CVIdTZGqUI70qtTEbaY21GnEGlGP0hKEaBs8Y5AFRaoF9I1UYtIgzoB9jIAzyjIz8' +
  'pxdp6bFWY9AizoCCjOwnG5AFc/Lj0Hz6Yav/LwAA//9QSwcIN7vR4jkFAAALGwAAUEsDBBQACAAIAAAAAAAAAAAAAAAAAAAAAAAYAAAAeGwvd29ya3NoZWV0' +
  'cy9zaGVldDIueG1sfJlNc9s2EIbv/RUa3gvikwQ6FDOdxkqdXNveVZuJNbFEj6Sx/fMzEkHuB9a60Xqx3Ick8ECUu0/v++fV63A87cbDujJKV6vh8DA+7g4/' +
  '1tW//2x+j9Wn/rfubTz+PD0Nw3n1vn8+nNbV0/n88kddnx6ehv32pMaX4fC+f/4+Hvfb80mNxx/16eU4bB+vRfvn2mrd1Pvt7lD13eNuPxwuDVfH4fu6+tNU' +
  'fVcvH/bdtea/3fB2QserC8L/4/jz8sf947rSl6olxsdz2eftedt3x/FtdVxXvuq7h8vBX75andfVqeq71z64rn7tu/qh7+rj+LaMDvPobwGP9vLoZjl3g0bb' +
  'ZfB0Jpx90LZdTtSiwQ090R3OvKfhBoch0PALCdlp/yZhS8N7EkYafiVhYpdNrkTL1x2X6454tKGn+kxCK58qLadKaDSDukvXT9n5N0l6bl8Se2LT3Zo+ZXf/' +
  'fvqU3favSXqM36ZPW/kyjF6uw2h82Yzj7jrwcmeDVg1rsfkgpJ0MdDLTDdD8xhuDETxHmMqC0pr3FxLa3EJzOzfXnre3uH3g7e2H7YWEtnfQ3kF7bTmAwwB8' +
  'PeZSCUBIKABo6Xp4AXC8ORZW0/LmU5mxWmgvZhQgAECYAXTDEbAFm8gRwg0EMaMIoM/rYUZIiUNggTZ8RedSGULMKASo93p4gSjuAlZZqznAVOZSSMJClEOK' +
  'ABa8Hl4RyqWIJdgaDjEVRhuVLxjEjCKAPU0ChBICu7W1HCKbrYmKT+aNnBEIC+qzGkHwRWn1rUWZS70uGcSIIoATrQGEYkpa7MWWq3kpVZ7PSDGiCGBGO5ux' +
  'XBMWm7HlYs6FzjijbIEghxQC/GgdQJQY7iaGu4UhhxQDLGlnS0aOgC3Z8j0il5kUlY+cQMwoAFjSzpaMOnAEbMm2mJAhoykebcSIAoAjbQMAJQJ2ZMv3ilza' +
  'ROWLNSFFFAEMaVuEwC1piSX5XpFLW+UKAiGhAOBHGxeAYh4QP/JdIhcaawUAMaMI4EebAKHwo8V+jHynyKUyhJgRCAd+dLMfY7EkHbZj5PtELtTKsbqNlND2' +
  '4EZnoH0JYG4CmA8BhIQCgBldNqPRvDn2YuQbVC67KKfYJeWMAoAVnZsBDJ8DDjsx8r0hF8oIYkYRwIjOA0IxER22YuRizqUmKsNfI8WIIoATXUAI/Ourw1aM' +
  'XMy51BirEt8a5IxCgBddAxDlZMRejFzNuVQrbzmCkFAAsKLLVixnAjZi5FLOZU30qinaixkFACu6OAOU6wFbMXIp50IZQcwoAljRJUAoJ2O6CZFuQIgZgfBg' +
  'RZ+taPhU9MSJfG/IZb58f5AS2hyc6M3cvNicPTYin+13uVBqLyS0PRjRW2hfrAKPrZi4knOpBCAkFACM6GcjFlePfZi4knNZDF7ZwNuLGQVAP+/NPgzFG4PH' +
  'NkxcyXNhEN4g5YwigA99AITyIWAfJq7kuVSEEDMKAT70zQJRPApsw8SVnAuNlh6FmFEEMKJvAaF8GO2t17dcKkOIGYUAK/q4QPDvih5bMRUIU2HQ0qMQM4oA' +
  'VvQJEMqHQX6n5LtDLpUhxIxABLBiyFa0XMsBWzFxLeey5JTh39TEiLYHLwYzty9mQiBe5FrOhSKAFFEAMGOwAFBsTQGb0fA7fZdrQ1LcGhsxogwgx+AQQ3Eb' +
  'HGHges61xij+G/BGjCgD+DF4xMB3yOAJA7f0XCsxSBFlAEGGQNrwghr9+6Ze/vXU/woAAP//UEsHCAYtrgYWBQAArRoAAFBLAwQUAAgACAAAAAAAAAAAAAAA' +
  'AAAAAAAAGQAAAHhsL3dvcmtzaGVldHMvc2hlZXQxMC54bWyMnc+S3DjS5O/7FDLdVyIC4B/Q1PpsjaQycd/de29PzUzbtKQxSds9j/8ZKlNFuEciom5S/UAm' +
  'SAIRDhBOfPiv/3z+482fT9++//71yy9vw7vh7ZunL799/dvvX/7xy9v/878//c/l7X99/B8f/vr67V/f//n09OPNfz7/8eX7L2//+ePHv9f377//9s+nz79+' +
  'f/f1309f/vP5j79//fb51x/f33399o/33//97enXvz0f9PmP9zIM0/vPv/7+5e3HD3/7/fPTl/qDb749/f2Xt/8rvP344f3LHz9+eD7m//7+9Nf35t9vahX+' +
  '39ev/6r/KX/75e1Qj3rB7b9/Hrb/+uPXjx++ff3rzbdf3qa3Hz/8Vv+xpbdvfvzy9vvbjx/+/Chp+PD+z48f3v/28cP7b1//eik+vhQfoXh4XHx6KT5BcXkp' +
  '/kx3pPHxyeaXk81QPOHJjvn57yHk4d1M7IJHjkivtyPTMuZ3WR5XYnmpxAKnmvBUn5DOVA2kC1UDaUZagI6d55R/VnPPUDxQNfPz36dhHN5NdAkXg13xrPQ4' +
  'y+1I6dQtDC/3MAxwnkjNgnDqnC+c5wtwwMjnQ0wXdRCmh/aJMD21C2F6bFfE00C3jHCnPwV5ea5B4ADha0Ec+VoQczchzP3ExuW5ln9+7PSgEN++1CLCebgB' +
  'Ep65FogXrkU0a5HOWkDkmzLXAvA8cC0QB65FMmsxns8TAuqsnidi9TwRq+eJWD1PE5fnWvavYTqvAeL4rPoXYtW/EKv+hVj1LxOX51r++bHXr87cEiBFLPS4' +
  'd8K9851pIix2SFrskLTYIWmxQ9Jih6TFDknLq0LSmWpCtkNStkMS4EX4WhBHvhbEia8lW01YXjLSJ4GUs9DjuhDmtEiYHld5/p1+LcJZC8gGCz9XwvxcbVye' +
  'f6dfCzlrAWE+D1wLse+FiYuYSULOJCEQ5nPgWiAWrgXiyLUwk4ScSUIgzGcOsIQ5wNq4iJkkZDxrAYE6c8IkzAmTMCdMMcO8TGctINRmTpiA48AJkzAnTJnM' +
  'WsxnLWY4D8cLwA/uxWzfi9msxUt43wWCpErbhDnmAY5D5GtAnPgaTFyea9m/hnzeyQznUTEPQqsSDzYucou8newRz8gbIXYqCUOYa2HjEgezFi+R94gB7gUP' +
  '6wjzuI4wD+wIc2COZmCOp/aPEFqVziLMooEwJxfCnFxsXKKYN/olrG+xDcwxsM4i3DvfOX0RIcQqnUVY3TLE6pYhVrcMsbplOMBgnUW4d6nnUCFCHFc6izDH' +
  'HMAxcNwkzDrLxiWaOSSeOSRCFgiqtyNWvR0xa4to5pB45pAIOSSo7oxinxWOjUs0c0hczlpAHA+qdSFWrQuwqNZlZoF4ZoEIWUBYZyFWWd3GJZr6O51ZIA1Q' +
  'C26dhLl12rgkU3+nU38nCNTCrZOwqoWJSzLDfDrDfMJQy/2cMPdzwFE4q9PR3MNsXJIZ5lM8rwH0t0pVhDnuEuaeQZh7ho1LiuY1NDPjCe4kXcNOeO6c75w6' +
  'TxCgVaoirG4ZYnXLEKtbhljdMswd3I0J927dOSOUYKigUhVh1YQhzIu6FsTqWgBHdS1mkkhnkkiQJCIHRsI8ACWsgoGZJNKZJBKE+ahCEgw0eObhSker7mwm' +
  'ifSSJI4EYT6yPCbM+ZQwy2Mbl2SOJMaXHLKPOBbgRkeYGx3gGHl0S5jjpo3LaGag8cxAI+SQxHMviFkAXeloHmOPZgYaXzLQMUIOUaMhxPxW70KY0yRhHr6O' +
  '5gTReE4QjTBU4Jd6F8LqViHmKbvRnCAa09no8D0AR23CHLUJc6QjzJHOxmVMZsdp3umCuOf3kjvh3Dnf+dJ3hPCuEh1hdcsQq1uGWN0yxOqWYebh5EC4d+vm' +
  '8/HDWEAlOsIq5kCSGFVvn+2YY+IymilmPFPMCEmC3xVfRkwxqjubuIxmihnPccgIWYDfLV8Iq1qYuIzmOGQ6c8hk55DJziGA48jJmjA/z8nOIZOZQ6Yzh0yQ' +
  'Bbh/XQirWiDmwDiZOWQ63yJMEOZVP53scYiNy2SOQ6ZzHDLZ45DJHodM9jhksschNi6TOQ6ZznHIBAMNDmlluoX5Zi4bT3TG+QkC+dRZpzE1q3dASvfC4XS+' +
  'RZ0gJE29VnK+Jp0g9kydJUBTPg+Ajs4rGHbC4+PzzedSlBk6Ha9F2AELa5kLHc3yu3s01uZcyDJD5+O1DTvhTiae5TwfdEJexLAT7jzf+Zy9nUE1cXjcCfeu' +
  '92zaM64+Y6FJmMcVhHlcQZj7DeLeiqr5nH+dofvwm4pP820OlOdGL52/X2cckgtX7z6l2qvX2Utn6KUcK/fZlluzLbdmW27Nttyabbk1v0puzafcmm25Ndty' +
  'C7F6pUyYR/SEWWLMN7k1da7hlFszCCb1SpkwJ0Ybl3kxa3HKrRle36lXyoRVYEPMQ/Y5W7VYzmnfBQKkeqUMWE8+E+bh7jKYtTgF04Lv51h6Atb3gjDfiyWY' +
  'tTgF02KvzVvstXk2LstNMHXy4XKOqhcM4dwuCKt7YeKyRLMWL3nhWEDysPD6RFg1G4zs3JFtXJZkVvJclbFAPuAlY5fFjO9XG5dlNGsxnbcKpzs5hSJeOOYt' +
  'k11JE5dlMit5zqUuoAvVIi/AD2ph4rLMZi3OyLuA2OSh6mVZ7FqYuCyLWYtzudyCCyc4hxHmHEZYRQl70YaNy2JOteYzbmeIvLzs7pLtRRs2LtlctJFf4vae' +
  'IfKqwR1hVjaEWdkQZmVj45KD1RryqdAzDpPVeW5xuze4y6c0zxB6e4O7fGrvDEG0J77yOXzMOHzsDO7yKUwzxp7ezTiHjxmHjzy4Q7x0Umo+R5cZR5c8uMvo' +
  'uOB4QEdzrusejbU5h64Zx6Y8uCPcGdyFobVRQDdUwzvmvaW8Q+OkGEALqREe8aXz1jMM0pwSpIka5DHnUR5zHuYxV0vAkfcGemE4Z43qv9u7wEO9W9k/P87v' +
  '1Ir7HrniOXX++Hlk3z6TmluKAoiHfMgfLC8f7HVPzNUC88Fe+URcLzEfXrX2KQyNT2KwVz8x57yJPKq11cz1JQHn973lVtduxA/DuQaq/rs5lVqKRZwXYF/5' +
  'eB6J3n7LqMrcVAVCqhoSM2dNRFytyLr9llGVpakKhFseX1+Y6/6FLyJ0VUyBFobcVAVCsVqZxVy3FVxTpZt/NqtyOuU+hYBLm9QDQq6mC4irBVq33zKqEpqq' +
  '4Pom1WyR85TClY9XzTaYmimcJrhPIeAiJxWFkT+oijhVMYfLofWygR1NL1ZhrtoKcrVcJdz9bF0TZGNoA0+aXitCXE1k8PGsy8Pd1Natyku0PkLAuVIewBPn' +
  'SZMLc33XTF7C3bvWrWoTjcFBlriHXJgHVRWTl3C3oHWrMjd3Dd/oKqUEPKmJKuY84+zwcquLUdXT/xCCbYBA/qgBLFAV3VaR67iGXEX7sNiXkpu7jmtY9V0H' +
  'rhaaMNfBBjlPioW7Sa1X1dOldgSx3z8jT8qnwFxJaZuXcHeydavaZAvBaK/uGvDEpoirw0u429l60lFay7Ttm2Cu1LDYzgnm+lJs70S4e+K6d/Uc5Afwtenp' +
  'gnA3tuXe6FGaQYTgBEBv3HH60LYgOAXQvflTcwi+Q+7MGgRprLhg0kqhW7HGbYueKDVzgDz1fCXhdEdtAe1RavIAuZ494ONVtu0ej1WKzXg/4utmnkFg3msE' +
  'sRnvozdJTyEQ79242Iz3I75VVlMIyLtTCI1pKIAt6MEUAnEV94iruEdcdSvk3SmE05e0h4hDdDWFEO/mz3c6NHbRNUT73cXLod0aNp0ZPT16EiHaC9KZq7AZ' +
  '7SXpzFXYjPaidObdptl8qCDa69KZq/yKBiS1SJi5fnwmL+HuYOqGvMbDFKK9Pp25GrpHe4V6uPuY+nVZTl0SHbUXMfwq4RrtVy8OL+HudurXtZF7aFnSIht4' +
  'Uss5kD+qq8lLuHuiunVtXFEBjU1qYT1zFddsXkKy9VxjjQrobtLfaQD+4LbYvIS7Pap/WxpB5zikmKtuDDwpFyJz1Y1tXkKyBd3pkzoCmJUeDD6AJ55gu9Dx' +
  'arE9c15tH366obq3vUlpyV7rzlwlBOBJ2S75eJUQbF5udbWupUl+YGl6IKTTbQKh9+ItpEbiouOoK6RTI3HRHtTNXamRuOjl6Qrp1EjYhKGsdy1jIzHRyKKF' +
  'NPAUehJzbCQmulK0kAb+QEjT8UpId4+nKjUSFT0oWkgT715lI1HRUKKFNPHeEx+bAdqIElIJaeRdId04PQJ4OR4IaeKqixJXCYe46lbIu0J6bDTbiMsblZAe' +
  '2dD3s6oP/34No72m5eW4bt2abowWDC2h0f+hJTRxFTGJKwlNXEVM8p8oCU282yibiT/0e2gJTVzlXnKbqOlW5FpC27yEu+Ek9Obux0YKomtEy1bkaoUX8gea' +
  'x+Yl3G0p3bpOzdQfuUNUz0WuFnohf1BXm5dwt590k+tpQNnDhItjVBshrtoIelCUC5K4skHy8WpK/m5i6d/35lUTOFESv8u7MFevB9AH86Au4tSlWZbguFmY' +
  'q3Di+FmYq3DiOFrC3dLS0xmNpyU4ppbguFpCY2sJr/O1hMbYEl7nbAmNtSW8ztsSGnNLAHdLku4hjWRz/C3Ik/TETuNwCY7FJTgeFz5e6a/XuVxCY3MJjs+F' +
  'eU9/NU6X4FhdmPeeeGN2CY7bhXhXfzV+l+AYXpgr/eVYXpirbvU600toXC/Bsb2Eu1El5Xf61VifXYPjfwmOASY0DpgARpLE6wH24HhgmKvA6bhgmKvA6fhg' +
  'mHcbZ/u9UnhJwjPFe3CsMsxVDqbzq4kH4joqmLyE2bQnh7mZXZyd2cUZw6x+Os7sos1LmE0Pc5ibT6GiMUZnaOK6oWF4VxPMyHm1yNXhJcymETosTdoAd03i' +
  '+eUd+YMGRlw1MDq/Gr8RVzNbNi9hMf3S4fT/HAENQLqBAU96Yc3izH3avITFNFWH0yR0BPD5PBgGAE88PLogf1RVk5ew2B/5Xhq1CmagxFU9mKu+QFx1a+Iq' +
  '6Nq8hMX8xkdYmplPtAzpAQ1x3dZh5lMPaJDrxRA2L2GxPze+NOkcfUc6QhHXT2WES1HjTOQ6Qtm8hMX+6vjSZH1wJyW1uwTyRxHKedtH51fCmLhakUpcTVUs' +
  '5qeowtKsDFuclWHAE+vKS3AcVg4vYbGz9dJMEIFP6lG3X5xuD1xLYOJKAtu8hMXO5o1TKzhWLea6AUE2ZjV+If6g25u8hMXO5qdhaw/kuVJPhbh6KsCTnraj' +
  '49Wl2LyEbGfr3AwewXqV+Hs1O/JH36MPdren8ythglwrX5uXkO1sn5vJJ3CHJf6szQW5tiY7vIRsZ/PcvKhEf5nWSMCT+vYN8gcRyOblVhejqs06aHC2Jf7C' +
  'zYW5mj60ebn9llGVZh00euZ03AaeeOB5Qf7orjmD6Gxn09y8ZwG33oNgR1x3G8h2eoyMXAc7m5dbXY1LmZtLmZ1gNzvBDrIpD+cvxLXGsXm51dW4lGYKEVyG' +
  'iWcOduSPgp3zOobOr+Qccd0AkatRWLazbW5cN2CATHpzIjRIcl+5OrzcfqtbFTmNlYeQcZKDHfLEX1u4INfd1uHlVhejqs2WIWDITGozJeSPqmKPTW+/ZVRF' +
  'mrtmj02RJ55IvjBnZefwcquLUdVzbCpoxtT7NxDnboM8qc2jiKvdoxxeZDCznQzNDiXgpUy8E9WFuW4AJi+33zKqMjZ31R5bMue4izzxXb8QV3HX4UUGe6uT' +
  '06O5CXgsE89678h13GWuGxCeX0cQ5KxRHF5ksPdTaTygAh7OxE/lwlx3S+ScuGWwN1VpPKACHs6kXrgz55etzHVbtvdGaTygAh7OpD4WwpwH/w4vMtjZqPGA' +
  'Cng4k96cirhqK8Q5MUqws83pAT0k2DOlyNODHayC3YNtXiTY2ajxiAp4PBMbui/IHyRGmxextzuUxiMq4PFMeketYI+NHF4kmJ+SlNMjegh5PFWOBp70tlvB' +
  'NCBcHV7E3hhRTg/pJwGPZ2Lv+QX5o6rYYyOx9zeUZoNDCfbYiLmK9ugRVd524jpH27yIvc2hnB7TXYI9NmKucjR6SPWOaMEeGzm8yN2D2r2Uc2wk6DFVa0jk' +
  '7gHtmeHkNIFugibN3hoSOc2Ymwiui+jV+DRFboKmyN4aEjnNi5uAeTDlzjIhaUyCgiZBtYYEeWrc8XTK1JwSvYK8hgS5XkPCx/PYrX88VWlsqoSrfngNCfKU' +
  'O6szpPEqCnoV1RoS5t0nPjenxBWiok4JvLeGRBqvo+DmcmoNCXOl54grPUdcdSvkvTUkcnopd0EvpFpDIvfd4mKI4Z2K8wa84pkfBPn7wb1VJNLYKwXtk2o1' +
  'L3K9ioS5Cp3ElTgizjNkxNUqEua95nnaP3eJ9lw5c5XYgCf1HQfm+pJMXiSaX8+U2Og9sJWO6jsOyPXeYg4vct/irluVRu+BXXTkT0JcmKtGbfNy+y2jKs3s' +
  'ABhGR73VJNpUlUvQ4UXuhtNuVRo9B37NUX3yAfmjqpi8yH0Tum5VpqYqE1RFjaiIqxGVzYtE8wtM0tg4BWyYo/pkA3MVrW1eJJpfYJLGxSmOixP5yDP0F3Fc' +
  'nA4vEs0vNEmzaZ2AyXLkbSQv4pg0HV4kml9oksajKeCxHIPq7MmZC7Z5kWR+oUlSMzpHj6Ye3AEflQ1XHA+nw4sk8wtO0lg4BS2UapUAc5VLgY/KpYv80aU4' +
  'o/tkfgFKmq3uJDlzycmZSwY+Kjcqc5W4bF4kmV+QktTMDuCedsqNinxUblTmSubbvEgyvzAlqZlrTs5cc3LmmoGP6htvfLxSLjYvkszvAUrjHxX0j+px7H3L' +
  'up4XQhpjqZCxtCd7G2OpkLG0JxsbY6nglm3dcWxjLJURw2RvTN4YR4WMn2ocC3zsSvzG+Clk7FTjWOAPxrF0vGrg3eOpSs1oHY2hehwLfJTe42mMo0LGUTWO' +
  'Jd49ZTPaxk3A9DgWeXcc2+wSJmjE1ONY4koZEVfKiLjqVmQE7TafZvKM/J5qHHvfcysom1iXXGW0l979PLLfvJuujOZIPYJFc6YewRJXQZO4CprEVdAkc6ga' +
  'wRLvNsxmagE9lnoES1xlX+Cj+qolcu015ON5AYSM9uc+pPF4yuQsOwD+QIA7Hk+HF3E8ntJsMiYTaknV4CdHS9q8yGR/D0Qaj6ZMKAaVBJ8cMWjzIj89mt26' +
  'xOYZQjjXGnxCtaba2+S8C7J5kcn+oIecJsxdwIT5QIQTV+FgQjmnsuXkvCyyeZHJ/qCHTI0enFCPqThAXMUB4KP6pCxy/elEh5dbXa1raV43Tfg6ST8X5Pq5' +
  'wPSE1rZ0vArTNi+3ulrX0ghStM1qcTv9/MxU92RNfqPt4rqHNFKVDLW9lNIYZoUMrz112xhaZUYp2lP9jWFV0JCq1S3wUXrTWo1hVdCQqtUt8Afqlo5X6rZ7' +
  'PFWpkaIzvvhR6hZ4X93OjRQlQ6pSt8S7p2ykKG2hptQt8q66bfyZgv5KrW6JK3VLXMUb4qpfIe+q29NnuQv5LJW6/emDVKv/u+Qqjrfy5chu/ZquPONbJKVu' +
  '0Vyp1S1xFTaJq7BJXIVN5FrdEu81zNOEuYtjsmSushrwB+oWTZTq6xV8vJqwWRzF2LgsxXFZIn+gbh2XpcOLLI6ibPZikwUVpWrwjo3S4UUWR1E2O7LJgopR' +
  'qdvFUYw2L7I4irHZl00WZ/nQgopQtzdHETp7s8niKMLG6SjkNFThgLgKBwvOEKps6Wzw5vAii6MIl0YRLs4CpMVZgAR8VBZ55A/Urc2LLI4iXJpJlMVZgbQ4' +
  'K5CAP1C3dLwK0zYvstgfPpWlEaSLswRp+flh0u7Jmvy2vG4NUm6kan7dGqTGPif5dWuQmj3KJKMU7c3dNruRSXbWIAEfY/daGymZnTVI2VmDlJ01SN3jqUqN' +
  'FM3OGqSMg8ru42mkaHbWIOXXrUFqdlWT7KxByq9bg9TYkiQ7a5CyswYpO2uQsrMGKb9uDVJuJgqzswbpbg96sHKkR654zgchPturj2KzmVsc7NVHcbBXHzHn' +
  'sMmcwyZzDpvElbpl3mmY8fQu7XGwVx8x56yGXKtbOl4tjEeutpQqcbAVY2zMTxHNT0rdItfqNg62onR4iYOtKOPpfvoUB1SU3OCjvVXd1eElDraijI19KQ6o' +
  'GFndxsFWjA4vcbAVYzz9S0ekPd44qiHX6hb5o7raijAOtiKMp0Fpj2gAUuqWuQ4HOEfI2RL5o2sxeYmDrQjj6UDa44CKTMcB5DoOgCJUn8JHrtWtw0scbEUY' +
  'TwvTHnEbOqVumevnAouslLrl43WYNnmJg/2p/Hh6oLaI+9gpdRuHn++2eicLTX7Dneh66jaebqMtotuom1JO188WcWe3nrqNpztniwGlaPeQ1ByCUpLVLfIx' +
  'dqRkPN0uW8QdzZS6Ra7VLR/P6rZ/PFVpaqoEUlOpW+RddRtP98kWcYczpW6Zd0+5NKfEWUtWt8R76jY2ZpAIZhCtbpmzumWu4g1x1a+Q99RtPM0oe0QzilK3' +
  '8b5z17Skd6yzLha84pkfBPr7wV2N2/hfIvpftMYVnMJTwZO4Cp7EVfAkroIncq1xifeaZ7P5WMTNv7TGJa5ym+DYWz874PxtuqvDSxRHN0qjGwUjJS+bZq70' +
  'ts1LFEc3no6kI6KjSOttwYXvSm+LoyttXm51seo6NvcNdaPS2+LoRpuX229ZdZmauqDuU1pJHN1n83L7Lasuc/MMIdprvS0406fbvrl06urwcqtLd41mlEbW' +
  '4QZyWm4T15EJZZ1K32KvnXd4udXVuu25uRZIL1puE9chCZY8qV2JkD+Q2zYvUewlUzE2eQ89T1puE1fPJeKyVJUx6HiVMWxebnXtN7FmK76IW+1ptR1/zkZ0' +
  '70ujg9HN1FXbzSZ7MeKUbS+5xUYHozuoq7abXeciuoCar3rSIY0OxV3TtNpGN07sTE/H2OhQ3PxMq+2Ib9dVd6XjldruHk9VanQsum+02kb3TVdtx0bH4lZn' +
  'Wm0T750yNaM43FFMq23kXbWdmnaPrhKttomrcENchRviql+Rq6XXVRr3Skw42afUdhLVVX9WtkOu0XGk/Dyyq7NT05Vx1y+ts9GSonU2cRU1iauoSVxFTeRa' +
  'ZxPvNszUPBLQa1pnE1dJDa0pWmfj5mVqpQQfzyslorM5WUzNPCRuTqa1LXpXtLZNjp60eYnJ0ZOp0ZMJ9aRu8I6etHmJydGTp/nlU0yoF5W2TY5etHm5/ZZV' +
  'l6V5hhDOtbZNKAh1e3MEoc3LrS5WXRtBiPvEaXFLXIcDEIRa3CbzNdnV4eVWV+NaxkYQjijIVBwgruIA+pTUp7qRPxC3Ni+3ulrX0rwfw53ttLglrp4LGqS0' +
  'uKXjVZi2ebnV1bqWRpCic0qr21EnRjpZk9/IM9U9pJGq6HlSKeX9938+Pf3Yf/3x68cPn5++/eNpe/rjj+9vfvv6/7/8+On3fPn7m29Pf//l7TaupQbK9y9/' +
  'V0X2aS2TXWRb1i07Z8nr4RUJw1qeZ9vNQrLuz9PYRqEjyHp4hbYQ1i04V7aHeS3Pk79mobzu4hQ6Ql4Pt5As6xG9WyDLuj8PpMyrW9bteTBlnSnGtTwPn8xC' +
  '47on5+eOOK6HV2iLad2S93MprSV5DzhN6/GcHcwzTeuenEZ3jMN6jE7F93FY99Gp+DHKeniFtjSu2+hc3T7WXul1y3Fe99G9unk9vEL7NKz75DSVYxrWwyu0' +
  'jdO6Td4tmNJ6nbzOOY3rPjm34JjGtXiFtmla98np5sdUg5wX5aZ5LZPTg7dpWcvktcwpr2XyHssc1jJ7LXOWtcxeN5/jWmbvscxp3Wav0c3jeniFjnlej8Xr' +
  'LUtaj8X9uXndF+dmHsu0Hl6hfcnrnp3Aeiw1STmFtnlat+xFuizrNXu9Jcd1z959ynEtXqEtp3XPXszMaS1eoS2Pa8lel8rTWrKXOfO8luxlzpzXkr2OEIZn' +
  'YeClxTCEWsx7NGGQdQuDl4bCENfDLXaEYVyP4GmNI4TnYt49q2fbg683wrLuQbycHGRYD7fYFoa0bkG81hokrtcgXlMMkmrd3BsiaS1usS1IvSHiRZxarLjF' +
  'tiBTLebF+SBV9HlabQ+y1GJe5Amxtl5X1IVYW68n6/YQpRZzH1aM6xaiJzRCTOvhFjtCnGox94bEqWpzt1nGXNW5e6XpWem77S2O6xY8wbiFNK7X2474drHn' +
  'S/DkQi1W3GJbSHM9myf6a7HiFttCqu3NU71bSLkWc4PqWJvl6DbLsba30VMYYYy1mBtUx9rrPf27hbE+09GNlmNtlq8oVqPl5F7pFGoxTwfXYodbbAvjXEeX' +
  'buutYji4ajhUORw8qXvUYsUttoUqiYMnd49arLjFtlBlcXB1cajCOLjKOFRpHFxtHKo4Dq46DlUeB1cfhyqQg6uQQ5XIwZO/e6gi+TXFanCY3e4814Y0uzdk' +
  'Gdb9trOhebZlWLfg6u6w1BayuM90mdYteIr5CLl2GU8OHyFXxeUp1L2ebQ+uRq3FtuAJ0CPkpf6oN46WYVgP8bTlXs+23/bwsIrJEGsxL+3WYodbbKs/ut32' +
  'hbDPNq2HePNrh4RQi3mRvJ5tv31+3D5bqmfzHlY92yae7t0kLOv19klsu1iudXOfachrcYttIsO63z6abZ5NhrW4xTaRUIt5mlxEajG3IUmsxdyHVeWxePJ4' +
  'lyqPxZPHu1R5LJ483kRqsxQvcInk9XCLHRJrs/Qk6CFxWY/b5ybNH41h3cWVoJJqP3W1pcRh3cTVlpKm9SquaJQqGsVTg0ctVtxim6QakTzReNRixS22SdWW' +
  '4mnLTaq2FFdbylj7gjv5KlVbiqstpWpL8bTlLmPtC97s6iZjjUijN+SRcV4Pt9ghU00fnmjcZayByxWNMtae5Qozmeb1Kq4wk6m2EE+YHbVYcYttMj1fgtud' +
  'q8xzi20y14Y0u0G1qkFx1aBUNSiuGpS5NqTZbUhzbUiuzJO5BtXZfVhV5omnBneZa3zzih2y1GjpzcHuUkXj7XsEdt3yuomrBmWp2dmbid1kqS1kcVvIUluI' +
  'V2yTXC/BlaC1WHGLbZJrQ3JndyXXhuQJ2l1yDVze5O0uuTYkT9DukmtDcqddJde84OneTZ5Fo6d7d8k1O3vFjjjIekRPqe5xCOsePaW6xWFYt5vJyy6W1+vN' +
  'v2UWC8O6R1f31mLFLbbFUC8heHNctVhxi20xSC3mjdpiiLWY15BiSLWY+xTCVIt5DSmGuRbzMmAMSy3mPqyQ1y168niPMqyHW+yIUtubp3uPKKkWc69UZN2j' +
  'K2ijhHWL3kTuFmNYr9GbyN1irD/qTeQetVhxi20xxno294bcXvh7AiPG2pC8aeEtxrEW8wJXjLW9RfcpxNqQopcBY8y1mBe4Yqrd2RsIbDHVZ5q8SB5TbW9e' +
  'sSOmsRZzu0xK6x5dsR1TXLfoyeMtjrJeozdDu8WxthBPRR+1WHGLbXGsl+CJ7aMWK7rY+e/vHz+8/+vrt389r1z6+N8BAAD//1BLBwg8RqnnjCEAALzkAABQ' +
  'SwMEFAAIAAgAAAAAAAAAAAAAAAAAAAAAABgAAAB4bC93b3Jrc2hlZXRzL3NoZWV0MS54bWyMmF+TqjgQxd/3U1i8L5B0gnILubW1TnDftvbfu1fjaI3KFDDj' +
  'fPwtTQ/pNGbqvlkh53QDOb8Eq+8f59Ps3Xb9sb0sE5Hmycxetu3ueHleJv/+Y35dJN/rX6pr2730B2uH2cf5dOmXyWEYXr9lWb892POmT9tXe/k4n/Ztd94M' +
  'fdp2z1n/2tnN7i46nzKZ50V23hwviXP41v2MR7vfH7d21W7fzvYyOJPOnjbDsb30h+Nrn9TV7ni2l1v7s87ul8lvIqmrbBysq3sH/x3ttSe/Z8Pmx9/2ZLeD' +
  '3S2ToXuzyex2jz/a9uV2/Y/dMslvRqOC/v50MvdW/+xmO7vfvJ2Gv9rr2h6fD8MyEXpUf85C0WozbOqqa6+zbpmopK62tx+/q2Q2LJPbDb3XeZW911W2raus' +
  'a6/jZP05ea3JZPF4cjE6F2SyHCc7I3oNHhvNR6M5maxCI0Ov6cdGi9FoQSYXodGKXpuH157otQVr4AvP5gvP9WPPoPFybLwkk0vWXMnehmvrC8W6ZK8kKCry' +
  'sarI6evO2QO7T5wUfsLhItd5WrAHYkJHJm1QCmx8jeM6zSMLVAjfs6AVJO9ZPFqNJhQBb8uJIPbApC8uqY/ixSVb7lg8EGleHEXAn4nEO8zjTwV8Y0Br8KV/' +
  'nziNViia88acCFSkuCeMoIgRC15csexi8UBU8uJOBJHEC+2LU2TJyRrWj3JrQtFkmToRFPyV4HipS7ryw848HkXAx8lKLe7jc95ZIJqsVCeCeaS4R6qg3JST' +
  'lTq/j3PUhaLJSnUiWPDHMsd3uEhVBHRiRPTq/nOCLCMoLiXnLIqAgw7HBYhUxV5I6UsjSXNem7JUTnLgVCrntd14sVBpESGHHFG7kghTjnFJgSnZo21QpSJb' +
  'sRTe3zGMA9FISj7JY4YqxXfvz/EoeqT0lRFUHHuSYg9yXtmpVORsIMH7Ow5x2hpJ6cW3lAZVSvE7c+MLrVIZgYtUvrbDEIe2kRReIHltp1Ixf+39HVE4sI2k' +
  'fOJbQ4Oq2IqXhfd3vOBsNzI4ninu71QqQhk59/4YfQ4SSUECHCSoisFCelhIzDenhaS04JxuUKU4LXC8hJQYhqU9LCQeojgsJIUFcFigSkdiAx4I4KLNNx8D' +
  'FAictQ2qdAQI4IEAeBLiQAAKBA7UBlU6AjTwsQcXYL5FGaCx59BsUKUjsQcfe3BB5VuXARp7xWOPKh05tICPNriQ8l3OAI02B2ODKh2JNvhogwsp38oM0Ggr' +
  'Hm1U6Ui0wZ8ugEaYY24FLsJ8M3vC8ceH99CSpxalmn/nRCzDvv3BBIKPPX5SBYcGvhGaUMVThyodAQr4D0Sg4FD8qAoOEHybNKFqkhmn0hGmgP/KA8oOzc+q' +
  '4NjBt8onHI+8s68sm1HK39ljy6Bv5b8TFWVSjD3Kf6MpypgJSzLyb0U2/v9T/x8AAP//UEsHCOYMd/I2BAAAMhIAAFBLAwQUAAgACAAAAAAAAAAAAAAAAAAA' +
  'AAAADwAAAHhsL3dvcmtib29rLnhtbIzST0/bMBQA8Ps+heU7zR/aUqqmSNM2jcvEgcHZJG5jYceR49Jy40BhaNL+SJW2aZXQkNA4VEPTGGKtNr4MMeVbTEno' +
  'cIYicbJj5/383rMbSz1GwRYWEeGBA62SCQEOXO6RoO3Al6vP5mpwqfmo0eVic4PzTdBjNIgc6EsZ1g0jcn3MUFTiIQ56jLa4YEhGJS7aRhQKjLzIx1gyatim' +
  'WTUYIgHMhLp4iMFbLeLiJ9ztMBzIDBGYIkl4EPkkjGYacx/CMSQ2O+Gcy1mIJNkglMjtFIWAufXldsAF2qDYgT2rMpN7VuUezYgreMRbsuRydpvkvXot07Cs' +
  'rORmo0UoXsuaDFAYvkAsOYVCQFEkn3pEYs+BVQgo7+LcguiEjzuEeg60ymXbhM2GoVnNf/eyIkCLUInFiiBbyN12oBQdDIGHW6hD5aqP2SzIgVa1bFpWYt2F' +
  'NxvJuEZwN7pTk0/QWyeBx7sONCHY1ubddLpOPOkn2dXMymztOSZtXzqwZlqmfkrCNRuGdlDartkIgrQtpgXU4DzuH6vBabw/jvd+XH/7oHYm0y8nEKQ/Lift' +
  'gEDUiedAseylpaQ7/0n2rZQZecDWgEoRMA/0JPLAvAZUi4AymJ4dqcGlen2iRn/U4FwNTu/VUtakhSKpAq4udqavRnF/FPe/3xztJl1Jk8tjFQ2rFWFVEB+O' +
  '1XCUAerjm+vJXp6pasxiEbMA1OAyHg/Vztf4cHyz/z5vLOh3ZBYhNRB//q2GB9Ofu2o4up68nb47zjs13Sm87EVwdXEQ91Ph7FdeWNQFu0C4+bR7NTnX35ip' +
  'h81rYcbs4bqIuisCJEMaYdt2lmG2oT3+5t8AAAD//1BLBwiOv6nnfwIAAGsFAABQSwMEFAAIAAgAAAAAAAAAAAAAAAAAAAAAABMAAAB4bC90aGVtZS90aGVt' +
  'ZTEueG1s7JnPb9s2FMfv+ysI3lfJP2THQZUiseN2a9IWTdqhx2eJlthQpEDSSXwb2tMuAwZ0wy4DdtthGFZgBVbssj8mQIut+yMG/UhM2RITtC5WDE0Okcj3' +
  'ee/7Him+WL5+4zRh6JhIRQX3ceuaixHhgQgpj3z84HD86Qa+sfXJddjUMUkIOk0YV5vg41jrdNNxVBCTBNQ1kRJ+mrCpkAlodU3IyAklnFAeJcxpu27PSYBy' +
  'XPLyKryYTmlARiKYJYTrwokkDDQVXMU0VRhxSIiP7+aG6DATiLfOpe4yknEqGwiYPAhy/SaR24ZHreyPmqshk+gYmI9PKA/FySE51RgxUHrIpI/d/AdvXXfO' +
  'jfPLEme6wYvhYZz/rHgo0fConXuQ0eTCRbfrdXvbJVFMlEHbRdBVZLe/29vtrSKlLQQB4aVWE/N2BjsjbxUz7IvLmoij/qjTakKNqJ0VdNvLfpvQzgLtrqDj' +
  '8XCxHCtod4F6NVXtt4fdJtRboL0VtO9uj7r9JjS3jxnlRyug6/U6w5oiXVhPBbtVSw687rjfXiUXgGPs78IV1027PYHHQo4F1/n+AU050vOUTCEgPh4CoxNJ' +
  '0R6NYo1RClwo4mO37Y7djtvOf7v5VVm93EHmiYDhppgjkD94amUiUOcikQokTbWPP0+BY8Pw1cuXZ09enD35/ezp07Mnv5aCyrQL7RX+FvDI5N/89M0/P3yJ' +
  '/v7txzfPvrVzyuRe//LV6z/+vEo4XZH73fPXL56/+v7rv35+ZsG2JUxM7JAmRKE75ATdFwlwW0AykW9HHsZAKyTEIgELsKvjCnBnDsxmv0OqpX8oKQ9twM3Z' +
  '40ouB7GcaWoBbsdJBdgXgu0IaU37dqbBTHvGI7soOTPt7wMc2zQNlzbO7iyNSUJtIYYxqaRxjwHXEBFONMrmxBEhFvwRpZV12aeBFEpMNXpE0Q5QawkP6UTX' +
  'w7doAgzmNuGHMVRquf8Q7QhmCzcix1UCeATMFoKwSvlvwkxDYs0IEmYSe6BjWxIHcxlUFkxpCTwiTKDdkChlY+/KeSWd28CofTvts3lSJaSmRzZiD4QwiZE4' +
  'GsaQpNacKI9N5jN1JAQDdE9oqzhRfWKze8Eo8Eu30UNK9NsdQw9oFNdvwGxmJm2PJhHV82LOpkAqwZylvpZQfmmTW2pv3n/Y3uydZo2NzQ6so6VtS2p90Jcb' +
  '2WX2/8P2NYIZv0d4bEM+dq+P3etj96oXt7buddnZ8/571qJNlcPGZ7ik8SPclDJ2oOeM7Kk8shKMhmPKWH6TQxcfHtN4yCR28gAVu0hCfo2k0F9QHR/EkBIf' +
  't/IIkSpdRwqlQvnYxY2+swk2S/ZFWIy2WvlrEicHQC/GXe9iXFOui9Fevxx0DPf5XaRMAV757uWqIoxgVRGdGhH9ztVEtNx1qRjUqNho2VQ4xqowyhHwyMde' +
  't1CEVACMhNk6Ffz56q59pZuKWU27XZPeoHu1Il9hpSsijO1WFWFswxhCsjy85rUeDOqXul0ro7/xPtbaWT0bGK/eoRMf9zqei1EAqY+nDDRGQZKGPlbZuQos' +
  '4j4OdFnotzlZUqn0CFRcmOVTRf4J1UQiRhMfb5jLwPhCW6vddz9ccQP3w6ucs7zIZDolgW4YWdzuKV04qZ19R+PsRsw0kQdxeIImbCbvQ+hjr9/KChhSpS+q' +
  'GVJpbO5FFZeOq/JRrLxSXTyiwNIYyo5iHubG69ILOUYeudLlrJy6Ek6i8Tq67uXQVvXQbGgg/cZT7P01eUNVp16VV3vWDTYu6RLv3hAMaRv10jr10pp6xxr/' +
  'ITDC9Rrq1rb2pHfoBsu71jH+r8zvVr4nE5PHJNAjMoUZ00Xw5SHYJKdawvD8G4eLh6h2NI+w9W8AAAD//1BLBwiwop17fQUAAGUcAABQSwMEFAAIAAgAAAAA' +
  'AAAAAAAAAAAAAAAAAA0AAAB4bC9zdHlsZXMueG1spJhdj9soF4Dv31+BfD9jkyaZTGS7etWqUqXuaqR2pd4SjBM0fFiAs6Sr/e8rcIydcWbKOJFik2POAxzO' +
  'h0n+0XIGjkRpKkWRwPssAURgWVGxL5K/fny52yQfy//l2pwY+X4gxABgORO6SA7GNNs01fhAONL3siHCclZLxZHR91LtU90ogirttDhLF1m2TjmiIukIW9TE' +
  'QGRdU0w+S9xyIkxHIdYQUZHqrlGyIcpQonuonA3FrTaSX0GiGGKl0N9U7K+tE8/QxwekTABUai7icycLJMmj7PMSJXmDDN1RRs2pZ1V7PgNVUbRXiPcQNsc4' +
  'TOJnUn1C4ojCJjV0Dqmh2LSK9BA7y9AjN39h7ijaNV9UhCFDpdAH2oQlVlFB97pr/+SsR0Xt3DUSR+YQrBUD+U0O0CwK4h99ozuF1GkK4VFbz5F6bpu7C1/2' +
  'rLAeQSYcTrGSWtbmHkt+tkhKLCZX1sK1jNP3mhk8b0tLQ6KZWvR1fYQNPZKfIbKbZuptr2tjeSTqCe3Jk5KDh+GKTtPDGxA//95BvorO2lSKJyRI8DVs3oHk' +
  'xKAKGZRiKQwR5sepCdEpzJWyE4PqvF+HjWLvWWTAMCn2T5PiwKfVIYI1FBkv+78xiu5aM8JqKp5/Q6biOV1kMLssNnAZN6FzEnMTe0g36WJSct4PgtnVooNm' +
  'kcaLauiMZcFskt5jIZOk9Zg+XkzIxpunTxYwe6NQWLhE0yQWPzeEhyIR6dyj/d+8rMpcy9jl+QlkD5NcVu15LOJiy17MxMJVHOSlWWCWQni5Z3Ax18YQpnBk' +
  'YwtXs0l+WiNUZNKecJapIkfq3toH1GImaxVYiwH2YSZsHWAfBlikJ7wBWw6wuR4xwFYDbH0zbHh/UA83wx4G2OZm2GaAPd4MexxgMLuZBrMRDt6OgyPc3DAY' +
  '4UZxAG8PBDiKhNik+BZuFAuz0+MIN0QDnBsNy2myXd+QjrLFGcbx9uteSIV2jBQJhkvgX0wAgkvgXwqAdV8v8zUUVLoBvnwBX4GAhSvgMz/wWRtYBaxaAKs+' +
  'AKuWwKoVsGoNrHoAVm2AVY/AObi7QHdxXaHr61jKw9x3DfwKAZeAW8CPQIJjqJ6RxwCO8KiKbi7PEpFHAccIx5EXiGORtEpsz/p3Qd8dgbYc4e1xOBDKt/p2' +
  'Y51vvcab9I6sti2tiuSf7Py5y7IM3vWt7tJ//k3KvJbCaIBlK0yRwLOgzPUvcESsSKATpfpXmWPJpALmQDjpOqZeUuYCcdJ1/oQY3SnqnjlhmdeIU3bqHi6c' +
  'uBO4hh/F33SZ15SxMAnX0QnKvEHGECW+UMbAue3OJkUipCAON+rgYP72G9W9Qie4WL2m7W+6zHdSVURdGKYTlTkjtZt6d1N0f3C/zncjmzJP/XUnjZG8zNO+' +
  '4d6ypEBukFGzp54buswxYey7OTHys74Y39ZAtPwLN1+rIskS4GzXNylj52aH6X6UeWprt1EjYse/GQ1sPR0j4P1gFyMEKXCeUSR/umMrGzBg11JmqAjQoDBu' +
  '6zKv7DB139EJyty4bHU5bJaAitSoZeaJHqXxD4tkaH9zWwbXodePgCiSof0HqWjLvfOOxnAxEf6dLf8LAAD//1BLBwjf5wk7tAQAANEVAABQSwMEFAAIAAgA' +
  'AAAAAAAAAAAAAAAAAAAAABQAAAB4bC9zaGFyZWRTdHJpbmdzLnhtbLR8bU8bS5bw9+dXWJEe6dGDJgHzkmR1c0e7K+0v2P0BVzPZmSvd5M7eZFbz0QYbt43x' +
  'CxgbbGMwsbEJuG3AgN3dxv+F9Kmq/sRfWFVXmzTUqbaTq/0SkapTp06d93Oq2j/88R/vfgn999vfPvz86/s3zxaezz8LvX3/p1///PP7v7x59h///m9/ePXs' +
  'jz/+nx8+fPgY+se7X95/ePPsrx8//u2fXrz48Ke/vn3304fnv/7t7ft/vPvlP3/97d1PHz88//W3v7z48Lff3v705w9/ffv247tfXoTn51devPvp5/fPQn/6' +
  '9e/vP755try08Cz09/c//9ff3/7r15Eff/jw848/fPwxPB9eDMGwD8YxKVxDvEkKXUgYsH5J9RKJmKze/uHFxx9/eMHBxRKIn4EVCc0vhJBJZ63tlNr3Vpmc' +
  'H8DFANIGbeWpmYXzCKmeUaMlLUjknaN92NyxR5v3VtkeJCC+9hRIkCaPclIlhPUhrehPR1k9Tc7q+OYS3sMsAmsPIl8iUXsQYdoZZ0H83DmKUb3E+kekMCYb' +
  'bXJ2i9MpryTVTUjVcfptI/0lEiWFMRhVEmnBgeFSOeNW7mJoFG2joUA/SHKIyohUk+wqxoViZlmuOfMOk/XO7gW+A1Qq7nFT1GixehNSJzgmAScYAnoS4m0V' +
  'Qwocn7FhD8qqU3MIsrPHVlU0xTtfIlFxUgU1AqKVh84xSUVItavi39qXSNTZi8F5TWgtP6nVV3GLQ5NiAtJFUoqTwcAebbPVC3uQsa1D+LylIvfUZc21bRZV' +
  '5HII2ri1rbI93nfKVdhKQ+/c5RFK93Cfo9w8pYUDiDbBuFFsvRn9Eomy1CpbG9FM1x7vK+GEXsNBxh7WaeMW0oYaVOjlepXUSqTXD0CZdGXdcCJlNs6x220l' +
  'qFAfrsJGDjZ2SeYIbpr2oGyP6yTapZ1kADFcXWBnnTPLtUR7UA5aIHTDSeRZbTOAdFfU2T6kToTkoNoL4okQIUt8prFrcQxydUP6G6RXYOf1wAO4srRHWaKN' +
  'hfCVrkSIk17o5GJIkyfsKgarbWgkghZ4clW4iMCVrphp9Bb0S+4fLkzIpsAokEiT6nWaWw/eNulTejWc5zciBqTqbLxLqmfBJBUeoG1zl0RVdi1wu5ImqRIt' +
  'ntLkELRTqIz4Yj1JMlu0HMMXk+oZDD0XADmN6VL0mEC4wRWFsEdjWmg7+zW/D6bmtj3aewoqRkFbd+KbknoM+6DtU3Objc5gK40j4KRUT6cA8eiPHOSSR/eF' +
  '56R6xuptyG6S3UMR9MURwTjmbIqYpHDNj7uV9m8mdiJrcVi/+hJZfYo8/JLV0/fW/r2lLcyF5xbnluaW51bmXs69ureS7lR5cZ7V02/+X/jlXPjVXPj1w/gy' +
  'X/rm3tIWF+YWw3N3keO55ZXJbCW0Mu9NL7+cW341t+wtlAh4mg6JRCggCwpjWdAsYXRaeAwKeEGBbNbQFBhdUgdsbQTaOj03ef5W0alVpIdRiQ53DnKbtNWT' +
  'cOBaPmMWBNk8nO/YgwwpDJ39E9vYgJQCGU/tCmPhX3C44GyFz0GqDfldnEV+CBzH9KzBDxFEqTgLj3yybgpqVJhUicTTNQr6Zk8kBIlCO4WWQdxkPGPFPaMB' +
  '8ctH0AcG9xTuGr7h3gm1+qw/nHU9i6b538O+k8gHrkyVSbQhjXZM26jjcx6zZmfF9GwKYVbapMUSDhcEwU0mVYf8rpgWngM/gWpTBYlTUz22NiJGjqVWqXEM' +
  '2gktyM5wSmJ3cwIVg8XOWf+UFEzYLxMtR2pVVi+QTNMe1sl+nqS7EO8rLHDm9YoDfHOSqF07kUN7UFbQM5lWHZdvAVtpsYtttHh+WclTJJoWuiQdtQcd6GVt' +
  'K8qXuY6PB+WghElaYA+2nfpQgpueIroQwskGQUD8jLa6TiIvnSCbo60DVm+yviQ91u8QbYzPiTwiIIuAbBFuS7Qcg1zMqQ+97sQkcwgtkMMs5GJeVPflCvdW' +
  '8mEKSzH8Eb770OoIiPCLWIQXXgznmOhAqCTHI7KI/gpX7MV2VLO6Q394n6QP02zue+xsVtuaLkdPfHzxVPHNLjw5xfKLM7hztYRJlBSuQ3iTKYTKMagPJCOZ' +
  '0s2RKJ2hP4OQNLVBJa2Zrdkkb4U3kQKP5BYmT4qb6UXKNyyYqorBvJmFETwhmEE0v7MCejOpfx7ql/CriaW8nlucn1tceJhZDE9meEX0MLz8elIOLc4tLoly' +
  '6OvsytKkGno9tzI/tRSa1vScyY0uo0bnK4ulhb2ssv78biFP9UOze6DgjfwBwvNJuxlqrgdwaAXjkG0YkN/litaXwjsPyoU2PhdUtnn07Mg1202TXcXocRY0' +
  'VVjZWYftKGylA4s3t9vCcUS7kE2x/pAWFM1drxpw95XmUjWIn2HnroxgPe7v6Uha0uc5B555wGYPtBsF2kYxCC00i0gKBFtt1j1CEAonQSKKSG9be86nAxHE' +
  'kdUkuUHNDjahjeF8A0yDdvI0ecL6HTCRNOKE7Gg4Y0mvjx1fsFu/hUaC9Tt0JF2izF7MSdQUrpBRe7BNC+2gHeVi7ymEs6rjyOHAoPUI029JcQSmwXQpIrFo' +
  'Gm6a3hHcCinoCJAtknIRm2i0oLZhj3VqSfSjVZuCRckTXia4WT/GK1GxjPLUrHKbGnVt81owjVT6pCjbslTNKs51o5NSHCfooV0sm8ohP1rCgMro3tLgaI0H' +
  'EdfOJdDqAVR7/OTRsTQnuILsbfbtsX5vaSTVEJilpXqSjvSgMni6M+OFy1UUQ17t2YOUsxej+xGaPIGttLO/xTZKilN0h/bgM3fUW2nQr8Ho0HIMp8y2ykzX' +
  'MZveWGfjKI6fHpu2lUdVfMh0zEMIteO2NTrGDcuJRBQ43aUk04RbTCkEa8UFDTee+I0SP4umuWqMhrgAhfGT/Rwp7mEMKSY8zu9poJVgO6rwSW4rB/HK7OiU' +
  'fYqLRRj+0iGMjthVzDZaOGZaOCB9UyFHl3iaWMOJ9/owwe6f7OTJVQZ1xJeQqivRKgLpxJQUJtEqkOQu96UoZnZ1aA8yMiEn0DnGIt5N07bKiqSkMgL9ml0V' +
  'IDoOjPzNIqTOEeTCYjHM3SHp5Z1S39mvsVwTtBNqxqiZ4AXBbcO2SiTSYonP5MIU43j490x1vcq9beHAdrvwWJrgtyG3IUvNPkk1MFU2P1Gr/9XV7qHU+yxH' +
  '4SmF25rdm9B2xknkIcs9FaQOA7HOkrf5c028fe/POBUXXb8vP/enzSJhVpdK/k7OTK8lZqxUXgZVKuhDlOqZSIdI6XBGUiCb+s5+yowbfJl05CGbelI3Kzm6' +
  '8qgYWpgL/+FROcSrzUcQS3PLs5dLs9TNMwrolUpAEyHMvtc3s3921Eo2/46a07/LXaRqD5IQP7uL7AuLnJF9r9GHW+JyH6kJFaleoL90AypPU13HORP0NCAV' +
  'pqkSU/HJOYp5hfBEUNxVDjr3VvqBGfbAkJdDvM0rkgnMvZUW+5J0krVioJdpewOMLOutkZ0+5DK0HPMBVx6qb7LbhXScbJzBaBuG/SmOcSttm01Ibnp37K5J' +
  's6sYDwCTxwmg15y9uDidQu8m3Vav0+qZ9CNjvrcqL72xV3Ov5xbCD8OvveGF+bmFBTGKbEPPziDecdbaoK2HnL2YbV4HuW7FO0FPiDt9e7QtalmW+My6MUyv' +
  'RSmK3kLL6KXV/ogTMZH3gP5+vgJCiDfZYvW00KZ7SxNPGe+tJGf5fAi09XsrqTS7e0v7Z2Tew+nO/4tynmYSfP4FhgFuS+7WHg3/37dCpsbH9KDzLszP/19p' +
  'H6GXFZ0cJkIL0my0yc3mYMhWL5ztW7Jf52bzSYdGyzndJcWeuJ0Wd2WsFSPtOqJaE93n6kDSCXIoFab2IEKNlmLOSKvnBknlnPekxj0ZRCyFpITxgZ4mWk5A' +
  'YfIS0pApa3Feo7uTnZ6TyOJzj1gnbgPdkhCqBvKCldtcVc7DExE4qrFWjFe8Ej6xuyT/hRDoklUvLGKjtJUnqQjUNh5dWsabYGzjyFdW5jE8L5fRTcmORisp' +
  'nD0iIw+CINkcbCY8mrQKKfa80mFtBKkKshepVcnuLctL9/PErJNYljs0fCM37YbukJ3Xvwf0KdBdsvl6ig2Gn86yaJnGjp3EJl0dCp92b6VJps3GFXF271Z9' +
  'dAbpIsuNoNpDbNAe3EKqJqTqX8Crs0yT9E1ItXH9W8LU797aQUZJsQdHNRisUqMF2ZRtNu1BSuglG53RlkkbBkuvkapBajGFjmLaEkZVKNNmmznQa6Q48p/I' +
  '8/sK7Mh1+1eqJe5w5R+v4bhIpg2ptrN3BJ9O7cE26NdiZyECfE0Y2//ewh4BCKoeyTZaoGYV8ru2YSAZ30oIcvK7QreFag86rLsDw0vIKghbCNmDzzJhW8go' +
  'NBKkrk1HGcZQLmGDnjlPxRisvbRzS43jB+k/Xby4gvEerB3oWp4nSR1Co0UPC5DNk9QO/oCPXGUCPZOr7JDTIMcjim00kDi8uBSyjTHywcTysmLikYdYlDYV' +
  'z1GsEmgV6FxxvrhcnAg/Ix6b8NDtOgxv9qjGI1Q2x/ptzGH40LHRyB5tCyVn3RjoddZNkWKHJIcIp8MhkgwwMqMl/IK8AS71Jcz4V1CP4O5hD7a5MGsb01EL' +
  'BgmmsHoJ0gYvlSodSBu8EG9aoPN8y9k/oi3pVmk5xFPF4SUpDun5pTT7PBw4TwuXJNUU/lDseG9pDzsqyBXS0yo8wguP/XnLHm2D/sm2DslZHReG7NK9BpwP' +
  'HTRa7KqCoxDmyfPAtPGIhF4FKnIDzq+qS9Js6oT7TfeplfvxRw86JWFWzuku67edRPartuo1mumJWdq+5MnoUc3ZGSPa6oneMOCmSfYMnggYBVpwQ9peV+Hz' +
  'UA+1sIyNivDpxy9yXlkkXyJR53SXnnaZbsC++02NgLzs2ZZ7Zsl/0U5SrJVowUIvmg6SjQpYO4/oC0gE0YyPlK6V+Tl0h5DI8oN4j9dSpHTtHMVYR0pxxJw0' +
  '6ktXvbd8AfR5sW/ykYcAvYtUoZdl4wprxe4i+wqZokmof1/uhVKHELH4H8O4bLfLUn62/PylNOZnNTkcwHhNiJnXBBELIQt37FwHp3v85XtLetMov0Ek2Ryp' +
  'f4LNBDVa91baHq+xcYX08izXRC0MMyOX5bSV5565l4Vb3RO466FwlgvT4NK5GLDNA9Aqd5F9P1220SBXUVzDH/KTr6cQJJzuKVR3Bc0gRHRx7zB4gBls04tb' +
  'mhySYi9Iz17geGg1+g1Iwq8wlYODIcRNj3tR7l/5v5ZsuBETqSwhmoUbXmUTrSh0gFQ/e0Vq5gAqh6Ctk1pO1okhF3nmMymORAOZ1KrCEZLikNQ1ifagjo6X' +
  'zqr6N/eWJhIycfnNrWtUFa02rEfhIsO7PSo0sqaZVK+LbocCv1sNiM4SDkHPTdBOJTPkXtvFKzo7AjZ0t5sPhb9EopwrrkI49WHorlgPLbpP9vh/RV1DCl3b' +
  '3J2sKspfrArqzmskIn1Ky/cm6Sg1OyTSerKx5wi/jqtQ82PVNjDUMBjAsC+jBvNa2lIcK8LTgKAt/U1t0cvE+03+vo/Q4ntLe6XqqUGj6N57rPKEtXNsDw9F' +
  'VwRPShaxvEZ4N0UIE+h9iFlkjXvunEYOLZqRFzSLrN6c9GrrHDSbJ4VbSKzTuj5tgQB1YyEC6pmWm0pPAXI+p0nhWgkkkjO5MuIsl6EfbFYo7xSbVYH+LjV7' +
  'sJ6pauZlqa5H4qcTGW++DbkupNq2+RksOf4juVEYKUd4fDON7ypHMGfvYvuGwmMBa3IgcS2M9QMxArKrPKnxMYaWYx7n9nQWLcCgY1tlHj7yu959Gx7M0FYL' +
  'ip7VS050m2uU+xGxsmpZeIlmm+kkV+jvEDF3Dw+9GmwBL7078sdxoivlL5gybRiOH52qm8BKKNqVDCkcQgZFgBY8p+YB0+vCanA4iSNemzJDdqU3b7wsdbNX' +
  'cZ82xW5VoDIdSYi3nXKOrH4iO31SGILWs0ebmG/zg2a2yEFTIPZyEpV3khN+gUi84HAq17axQXakJFw5Ia4YhMHOlM4jFYeqN/tQ+ntdgSk8VoBKcG7h8z2l' +
  'zDJmNveW5pyYZD9Pktesf8od6bjO9DE1+7xCzqa8u6BSEwYDkVGpU7LvQvQUi3fBgn9MKiUA0g0Ti+7yMj2XgY2GxyX3OYuyTWlI/l2Fgof7jQamleIFaXco' +
  '1gjxBfbs5ZpQPprUuBfPN8VmPBJ8iuCN2zB6KrGCszaxDjmNtWLISQTQxBSTJLOlThS0HKmeKW5cRF8zAEJsxPpDQZDMo8ar+fkQxNdeYEfxMYIZp9wBi48v' +
  '99doJSVxttpm0bQnwu7Q44OoCssxpZhkgUh9UhFtSLznlHQ8q7xLNheQkMuHsXxTHMx7lBmJwvCCXCdZJEpSTdBScBtl+pE6vfMtc9ba8kolq5dX1Kwe9KCb' +
  'fkAq9hBPIiUrmABBdyj+9vzYNzFZ6vAJryLEh+u7aHrBQCfJa+6AUEv3o4FqGy5KmCGLb0u1G3uwycYF1pcKO+WEcHvew5KNtm3uKgUFqRNIVcR1T+DXeE/O' +
  'NTsTl6XTu7d9whcH9R7uks2XSJTgw2jSldylej0IoQgCpK7Z5jU0Yrwg19PU3MZ8jx+0UoN8SgnEpxubgsFIBbw4H7IHn3moyazzf9fjYoEk7tYnWL9005Rr' +
  'J1qiO3tOSXeOpB8AINUk2dEENKIQkOUWwW7XoNGC0Tlsb/JsdlyxjTN21afVKGg9GKzagxTT3e+x5ZcwD1jw89JLk5oHkF1l3W+xpRUJpNEiTYsWrshR131b' +
  'r0gVlkKQldv215qze+GR4mZdcFMnB03nKK9wceSs/oJUpSbRxPthcx5ts28SVm8SVm0iTuJlji4b2PE6rRTxe5mF1y9XFp8vh79k5MaFL/kUvzsV9PCCnxsp' +
  'J112IOPimxXxWQzpfILBwHt/jMRi34GEsvIQd7WBRYlZsnPaOnASedu8IYcW68ZsqzdTdk7PzuxBkhSH4kIetjfBKKjdoKuMD5rvJDa5/bhnwJN16A6f7MDG' +
  'OWr2n4SZoDaFeM0kWirKBoUfSFIGRWOvWEcaew8dsNkbe+IR+qwPcJbwNzICyTe/uFE96RBFMZ7gLKFpjA+Rd6HVaNnylYOAI51jcp58As2uKneRKjlPQvYT' +
  'u6pA2riL7PtLa1JuP7qdGmxzo8PvBOJ5mumJbWCw6sVC91re65uhL/8XsYsBD5f7S26wlRZUs9om5DT/LzB4XUz3SiVwD/T9goAVT3/ohdsgRHIVdwvxc1Ei' +
  'n0cioYdJZefetK+3iOAg6SQpjGmn6NUOLrTiYwn3lwNgK02SJ0+f9LnqR28b9mhb2sF1WZKnevwgUJTkzo783RU+mi3RSsr7ICSgRA/Ph8MPX/J2oKFzqU7u' +
  'a5z6UEhV6TG+Zfn/ri/ZlT/PcXVVSGrSLLnGHvpgHTp3bUh9PFh3rwIVmo8z2r0a8pZPfjvlyR2iHwnO7m9E8hTDsvKwHPfvQu07pNfNcb9tmnoYGTiQQO/u' +
  'dPeAGi2mN0AvP95Hg0pFzMJmgiUubaMg/ouQ8NgAyPmIjY5ts0lKLbJ5RIo977j1NKTaQpFmsYTZ8TxF8hptUom3LWx0zG7XVT3hleUQu5XvPSeMC/9eyh46' +
  'pg+NtinSDYDGqZxpwYsPHz7++D8BAAD//1BLBwg3Wu10cRYAAEFYAABQSwMEFAAIAAgAAAAAAAAAAAAAAAAAAAAAABoAAAB4bC9fcmVscy93b3JrYm9vay54' +
  'bWwucmVsc8TVS2rDMBAG4H1PIbSvZTvvEjubUsi2TQ8g7IkloofRqK1z+0IKtQNRcMFUGwlt/vkYBs1212lFPsGhtKagWZJSAqaytTRNQd8PL49ruisftq+g' +
  'uJfWoJAtkk4rgwUV3rdPjGElQHNMbAum0+poneYeE+sa1vLqxBtgeZoumRtm0PIqk+zrgrp9nVFy4K4BX9Av604oADyyy5UlnVaUHM4tjCltj0dZwbOtPjQY' +
  'f0PAfgvQcsuGmNu0vKehPyvAqT0/qeMwsx7jBWhgl3PyFl1Sx4nmvYh1iqHgDuo376Rppu/UMHwcbxEerHxq3h8HaxmmzSLTVmHaPDJtHaYtItM2YdoyMi1L' +
  'w7ZVbNudz38d25aHbZvYttmdpZn+I+7qieV3AAAA//9QSwcIiaLFiScBAABcCAAAUEsDBBQACAAIAAAAAAAAAAAAAAAAAAAAAAARAAAAZG9jUHJvcHMvY29y' +
  'ZS54bWykkU1LAzEQhu/+iiX33cm2UDSk6UHpSUGwongLybQNbj5IUjf+e+m23VbsTchp3mce3iR8UWxXfWFMxrs5aRtKKnTKa+M2c/K6Wta3ZCFuuApM+YjP' +
  '0QeM2WCqiu1cYirMyTbnwACS2qKVqfEBXbHd2kcrc2p83ECQ6lNuECaUzsBillpmCXthHUYjOSq1GpVhF7tBoBVghxZdTtA2LZzZjNGmqwtDckFak78DXkVP' +
  '4UiXZEaw7/umnw7ohNIW3p8eX4ar1salLJ1CIrhWTEWU2UdRdtFwuBjwY8vDAHVVkmGHLqfkbXr/sFoSsX+gmt7V7WxFKRvOx971a/8stF6btfmH8SQQHP78' +
  'sPgJAAD//1BLBwhF30CoEAEAABwCAABQSwMEFAAIAAgAAAAAAAAAAAAAAAAAAAAAABAAAABkb2NQcm9wcy9hcHAueG1snM8/SwQxEAXw3k+xpL+d1ULkyOYQ' +
  '/NNarPZLMns3kMyEzHhEP72I4FlbPh78eM8fesnDGZuS8Oyux8kNyFES8XF2r8vT7s4dwpV/aVKxGaEOvWTW2Z3M6h5A4wnLqqNU5F7yJq2spqO0I8i2UcQH' +
  'ie8F2eBmmm4BuyEnTLv6C7ofcX+2/6JJ4vc+fVs+KqoLfhFb80IFw+ThEvx9rZniaiQcnmV47BEzfaKHv4WHy9nwFQAA//9QSwcI4jggCbYAAAAgAQAAUEsD' +
  'BBQACAAIAAAAAAAAAAAAAAAAAAAAAAALAAAAX3JlbHMvLnJlbHOU0MFK/DAQBvD7/ylC7tt09w8isuleRNibSH2AmEzb0CQTJqPGtxe9uMWK9jgwfN+P73iq' +
  'MYgXoOIxablvWikgWXQ+jVo+9ne7a3nq/h0fIBj2mMrkcxE1hlS0nJjzjVLFThBNaTBDqjEMSNFwaZBGlY2dzQjq0LZXii4zZLfIFGenJZ3dfyl6QyOwlg7t' +
  'PWEuyuTc1Bik6N8y/KUVh8FbuEX7HCHxSrmCypAcuF0mzEDs4QOkLkXrvsOKzyLBNuDPs6gIbJxh85m6mbf/4tWgXpHmJ8R5G+739ZYf32WLs3TvAQAA//9Q' +
  'SwcIt8x7k+cAAABkAgAAUEsDBBQACAAIAAAAAAAAAAAAAAAAAAAAAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbMzWz47TMBAG8DtPEfmKarcLLAtqugf+HGEl' +
  'lgcw9rSxanusmdmSfXuUdLuCqkUprVAu8cX5vp/GjpT5bZtitQHigLlWMz1VFWSHPuRVrb7ff57cqNvFi/n9YwGu2hQz16oRKe+NYddAsqyxQG5TXCIlK6yR' +
  'VqZYt7YrMFfT6bVxmAWyTKTLUIv5R1jahyjVp1Ygb3sJIqvqw3Zj11UrW0oMzkrAbDbZ77VMnho0Qez3cBMKv2xTVIu5eWo4WNVtOd60H/B1A0TBQ3VnSb7Y' +
  'BLUybTTSQILtc6b/nnjAjstlcODRPSTIovuYHX1XeLSa5TECn13KhcB6bgAkRb0NHWz4ibT+gbi+tKJbdbIhD5N4dHeEhY0t5WwKdFfEg58UwgIk4cR59Hg2' +
  '/XL+nfhzMM/5w0TPc3FIcDpl92l1b//LNLixBP6bUMiri1/U37MHi/bP5+rCqhPP54Do1ehEr0cnejM60fXoRG9HJ7oZnejd6ESz6f8jmf5XbvErAAD//1BL' +
  'BwjHz81dgAEAAPkJAABQSwECFAAUAAgACAAAAAAAedP0xL8BAABpBgAAGAAAAAAAAAAAAAAAAAAAAAAAeGwvd29ya3NoZWV0cy9zaGVldDkueG1sUEsBAhQA' +
  'FAAIAAgAAAAAABJlcCBGAQAAsAMAABgAAAAAAAAAAAAAAAAABQIAAHhsL3dvcmtzaGVldHMvc2hlZXQ4LnhtbFBLAQIUABQACAAIAAAAAABC2taxZwEAAEsE' +
  'AAAYAAAAAAAAAAAAAAAAAJEDAAB4bC93b3Jrc2hlZXRzL3NoZWV0Ny54bWxQSwECFAAUAAgACAAAAAAAFOJx3U8FAABmGgAAGAAAAAAAAAAAAAAAAAA+BQAA' +
  'eGwvd29ya3NoZWV0cy9zaGVldDYueG1sUEsBAhQAFAAIAAgAAAAAAGOPZAgcBQAAjhoAABgAAAAAAAAAAAAAAAAA0woAAHhsL3dvcmtzaGVldHMvc2hlZXQ1' +
  'LnhtbFBLAQIUABQACAAIAAAAAAAdPlCjOgQAAIkTAAAYAAAAAAAAAAAAAAAAADUQAAB4bC93b3Jrc2hlZXRzL3NoZWV0NC54bWxQSwECFAAUAAgACAAAAAAA' +
  'N7vR4jkFAAALGwAAGAAAAAAAAAAAAAAAAAC1FAAAeGwvd29ya3NoZWV0cy9zaGVldDMueG1sUEsBAhQAFAAIAAgAAAAAAAYtrgYWBQAArRoAABgAAAAAAAAA' +
  'AAAAAAAANBoAAHhsL3dvcmtzaGVldHMvc2hlZXQyLnhtbFBLAQIUABQACAAIAAAAAAA8RqnnjCEAALzkAAAZAAAAAAAAAAAAAAAAAJAfAAB4bC93b3Jrc2hl' +
  'ZXRzL3NoZWV0MTAueG1sUEsBAhQAFAAIAAgAAAAAAOYMd/I2BAAAMhIAABgAAAAAAAAAAAAAAAAAY0EAAHhsL3dvcmtzaGVldHMvc2hlZXQxLnhtbFBLAQIU' +
  'ABQACAAIAAAAAACOv6nnfwIAAGsFAAAPAAAAAAAAAAAAAAAAAN9FAAB4bC93b3JrYm9vay54bWxQSwECFAAUAAgACAAAAAAAsKKde30FAABlHAAAEwAAAAAA' +
  'AAAAAAAAAACbSAAAeGwvdGhlbWUvdGhlbWUxLnhtbFBLAQIUABQACAAIAAAAAADf5wk7tAQAANEVAAANAAAAAAAAAAAAAAAAAFlOAAB4bC9zdHlsZXMueG1s' +
  'UEsBAhQAFAAIAAgAAAAAADda7XRxFgAAQVgAABQAAAAAAAAAAAAAAAAASFMAAHhsL3NoYXJlZFN0cmluZ3MueG1sUEsBAhQAFAAIAAgAAAAAAImixYknAQAA' +
  'XAgAABoAAAAAAAAAAAAAAAAA+2kAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzUEsBAhQAFAAIAAgAAAAAAEXfQKgQAQAAHAIAABEAAAAAAAAAAAAAAAAA' +
  'amsAAGRvY1Byb3BzL2NvcmUueG1sUEsBAhQAFAAIAAgAAAAAAOI4IAm2AAAAIAEAABAAAAAAAAAAAAAAAAAAuWwAAGRvY1Byb3BzL2FwcC54bWxQSwECFAAU' +
  'AAgACAAAAAAAt8x7k+cAAABkAgAACwAAAAAAAAAAAAAAAACtbQAAX3JlbHMvLnJlbHNQSwECFAAUAAgACAAAAAAAx8/NXYABAAD5CQAAEwAAAAAAAAAAAAAA' +
  'AADNbgAAW0NvbnRlbnRfVHlwZXNdLnhtbFBLBQYAAAAAEwATAPcEAACOcAAAAAA=';
// WARMUP-END

const WARMUP = { maxRuns: 80, minRuns: 40, window: 4, flat: 0.8, fall: 0.1, fastMs: 60, minPauseMs: 100, finishPauseMs: 25, budgetMs: 10000 };

function median(a) {
  const s = [...a].sort((x, y) => x - y);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
}

async function warmUp(opts, compiled) {
  const o = Object.assign({}, WARMUP, opts || {});
  const bin = atob(WARMUP_XLSX);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const runs = [];
  const t0 = performance.now();
  let report = null;
  let settled = false;
  let store = true; // save each pass to the scratch database while it works
  while (!interrupted && runs.length < o.maxRuns) {
    const t = performance.now();
    const res = self.reportcheck.check(bytes, WARMUP_NAME, '', () => {});
    const took = performance.now() - t;
    if (res && typeof res.report === 'string') {
      report = JSON.parse(res.report);
      if (store) store = await self.reportcheck.warmStore(bytes, WARMUP_NAME, res.report, res.summary).catch(() => false);
    }
    runs.push(Math.round(took));
    if (!settled && runs.length >= 2 * o.window) {
      const recent = median(runs.slice(-o.window));
      const before = median(runs.slice(-2 * o.window, -o.window));
      settled = recent >= o.flat * before && (compiled || recent <= o.fall * runs[0] || recent <= o.fastMs);
    }
    if (settled && (compiled || runs.length >= o.minRuns)) break;
    if (performance.now() - t0 > o.budgetMs) break;
    // Pause (and let requests that arrived meanwhile run).
    await new Promise((r) => setTimeout(r, compiled || settled ? o.finishPauseMs : Math.max(o.minPauseMs, took)));
  }
  // The scratch database goes once the engine is ready (not awaited: another
  // tab warming up at the same time would hold the deletion up).
  self.reportcheck.dropWarmStore().catch(() => {});
  self.postMessage({
    type: 'engine', state: 'ready', memory: memory(),
    warmup: {
      runs, ms: Math.round(performance.now() - t0), interrupted, settled, compiled,
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
  if (m.type === 'check' || m.type === 'sheet' || m.type === 'annotate') interrupted = true;
  if (!started) start(null);
  try { await started; } catch (_) { return; }
  try {
    await handle(m, self.reportcheck);
  } catch (err) {
    // Never leave the page waiting: a damaged draft or an unexpected value
    // is an answer too.
    fail(m.id, '内部错误：' + ((err && err.message) || String(err)));
  }
};

async function handle(m, rc) {
  switch (m.type) {
    case 'check': {
      // Wall-clock stamps (shared across threads) of where the time goes;
      // the page adds its own and the benchmark prints them.
      const stamps = { received: now() };
      const bytes = new Uint8Array(m.bytes);
      // Progress only once a check has run long enough for the page to show
      // it (app.js SHOW_CHECKING_MS): a usual draft is done before then, and
      // each message costs the page a frame.
      const quiet = performance.now() + 100;
      const res = rc.check(bytes, m.name, m.profile, (stage, percent) => {
        if (performance.now() >= quiet) self.postMessage({ type: 'progress', id: m.id, stage, percent, memory: memory() });
      });
      stamps.checked = now();
      if (!res || typeof res.report !== 'string') { fail(m.id, res && res.error ? res.error : '检查失败'); return; }
      const out = res.report;
      const save = !res.failure && m.save !== false;
      // Findings first; the draft is saved right after and announced apart
      // (`saves` tells the page a 'saved' message follows). The report goes
      // as its JSON text: one string is copied, not 76 KB of objects
      // rebuilt, and the page parses it only if it shows it (a batch shows
      // its last file only).
      stamps.posted = now();
      self.postMessage({ type: 'result', id: m.id, json: out, error: res.failure, saves: save, memory: memory(), stamps });
      if (save) {
        try {
          self.postMessage({ type: 'saved', id: m.id, draft: JSON.parse(await rc.saveDraft(bytes, m.name, out, res.summary)), memory: memory() });
        } catch (err) {
          self.postMessage({ type: 'saved', id: m.id, draftError: String(err), memory: memory() });
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
      self.postMessage({ type: 'profiles', id: m.id, profiles: JSON.parse(rc.profiles()), limits: JSON.parse(rc.limits()) });
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
      const v = await call(rc.openDraft, m.id, m.draftId);
      if (v !== undefined) {
        const bytes = v.bytes;
        let draft;
        try {
          draft = JSON.parse(v.draft);
          draft.report = JSON.parse(v.report);
        } catch (_) { draft = null; }
        if (!draft || !(bytes instanceof Uint8Array)) {
          fail(m.id, '这份草稿的记录已损坏，无法打开。可在草稿列表中“导出”其原始数据留存，再删除它');
          return;
        }
        self.postMessage({ type: 'draft', id: m.id, draft, bytes: bytes.buffer }, [bytes.buffer]);
      }
      return;
    }
    case 'rawDraft': {
      const v = await call(rc.rawDraft, m.id, m.draftId);
      if (v !== undefined) self.postMessage({ type: 'raw', id: m.id, record: v.record, bytes: v.bytes });
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
