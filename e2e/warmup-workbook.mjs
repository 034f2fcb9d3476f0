// Writes the warm-up workbook into web/worker.js (between the WARMUP markers)
// as base64. The worker checks it right after the engine starts, before it
// tells the page it is ready, so the first real check runs on compiled and
// tiered-up code and a grown Go heap instead of paying for both (see the
// comment above warmUp() in web/worker.js).
//
//	node e2e/warmup-workbook.mjs [testdata/seed/seed-shifted.xlsx]
//
// The default is a layout variant of the seed reconstruction (nine tables and
// the 绩效自评表, same code paths as a real draft: unzip, XML, locate, every
// rule, KPI scoring, JSON), not the file the benchmark checks.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const src = path.resolve(root, process.argv[2] || 'testdata/seed/seed-shifted.xlsx');
const workerPath = path.join(root, 'web', 'worker.js');
const b64 = readFileSync(src).toString('base64');
const lines = b64.match(/.{1,120}/g).map((l) => `  '${l}'`).join(' +\n');
const js = readFileSync(workerPath, 'utf8');
const re = /(\/\/ WARMUP-BEGIN[^\n]*\n)[\s\S]*?(\/\/ WARMUP-END)/;
if (!re.test(js)) throw new Error('web/worker.js lacks the WARMUP-BEGIN/WARMUP-END markers');
const block = `const WARMUP_NAME = ${JSON.stringify(path.basename(src))};\nconst WARMUP_XLSX =\n${lines};\n`;
writeFileSync(workerPath, js.replace(re, (_, a, b) => a + block + b));
console.log(`web/worker.js: warm-up workbook ${path.relative(root, src)} (${readFileSync(src).length} bytes, ${b64.length} base64)`);
