// `npm run corpus -- [--corpus DIR] [--workers N]`: one `ehcqa audit` batch over a folder of ~1,000
// real-world PDFs (not in CI). Samples the resident memory of the whole process tree every 200 ms
// and checks: every file in the report with a status, the EHC plan audited, every other file a
// coded error, exit 0, under 1.5 GB and 15 minutes.
//
// Without an existing --corpus folder it builds /tmp/corpus: the PDFs of Debian TeX Live
// documentation packages (apt-get download + dpkg -x, nothing installed; every other PDF, sorted),
// 60 hostile files from the fuzzer (seed 2) and one fixture plan.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { collectPdfFiles } from '../core/api/pdf-files';
import { isFileErrorCode } from '../core/domain';
import { type Report } from '../core/pipeline';
import { processTreeRss } from '../core/workers/memory';
import { hostileFile } from '../test/fuzz/hostile';

const PACKAGES = ['texlive-science-doc', 'texlive-pictures-doc', 'texlive-publishers-doc', 'texlive-latex-recommended-doc', 'texlive-humanities-doc'];
const PLAN = 'dfe-chromium-good-1.pdf';
const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { corpus: { type: 'string', default: '/tmp/corpus' }, workers: { type: 'string' } } });
const corpus = values.corpus;

function run(cmd: string, args: string[], cwd: string): void {
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

async function buildCorpus(): Promise<void> {
  const debs = join(tmpdir(), 'corpus-debs');
  const unpacked = join(tmpdir(), 'corpus-x');
  mkdirSync(debs, { recursive: true });
  if (!readdirSync(debs).some((f) => f.endsWith('.deb'))) run('apt-get', ['download', ...PACKAGES], debs);
  if (!existsSync(unpacked)) for (const deb of readdirSync(debs).filter((f) => f.endsWith('.deb'))) run('dpkg', ['-x', join(debs, deb), unpacked], debs);
  const real = join(corpus, 'real');
  mkdirSync(real, { recursive: true });
  collectPdfFiles([unpacked]).sort().filter((_, i) => i % 2 === 0).forEach((file, i) => copyFileSync(file, join(real, `${String(i + 1).padStart(4, '0')}-${basename(file)}`)));
  const hostile = join(corpus, 'hostile');
  mkdirSync(hostile, { recursive: true });
  const plans = [new Uint8Array(readFileSync(join(root, 'test', 'fixtures', 'plans', PLAN)))];
  for (let i = 0; i < 60; i++) {
    const file = await hostileFile(2, i, plans);
    writeFileSync(join(hostile, file.name), file.bytes);
  }
  copyFileSync(join(root, 'test', 'fixtures', 'plans', PLAN), join(corpus, PLAN));
}

if (!existsSync(corpus)) await buildCorpus();
if (!existsSync(join(corpus, PLAN))) copyFileSync(join(root, 'test', 'fixtures', 'plans', PLAN), join(corpus, PLAN));
const files = collectPdfFiles([corpus]);
const out = join(tmpdir(), `ehcqa-corpus-${process.pid}`);
mkdirSync(out, { recursive: true });
const reportFile = join(out, 'report.json');
console.log(`corpus: ${files.length} PDFs in ${corpus}; one ehcqa audit batch`);

const started = performance.now();
const child = spawn(process.execPath, [join(root, 'bin', 'ehcqa.js'), 'audit', corpus, '--json', reportFile, '--db', join(out, 'corpus.db'), ...(values.workers ? ['--workers', values.workers] : [])], { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
let peak = 0;
let mainPeak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, processTreeRss(child.pid!));
  mainPeak = Math.max(mainPeak, readRss(child.pid!) ?? 0);
}, 200);
const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
clearInterval(sampler);
const seconds = (performance.now() - started) / 1000;

function readRss(pid: number): number | null {
  try {
    return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'))![1]) * 1024;
  } catch {
    return null;
  }
}

const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
const problems: string[] = [];
if (code !== 0) problems.push(`exit ${String(code)}`);
if (report.plans.length !== files.length) problems.push(`${report.plans.length} files in the report, ${files.length} in the folder`);
const byCode = new Map<string, number>();
for (const plan of report.plans) {
  const key = plan.status === 'ok' ? 'ok' : plan.error.code;
  byCode.set(key, (byCode.get(key) ?? 0) + 1);
  const isPlan = basename(plan.file) === PLAN;
  if (isPlan && plan.status !== 'ok') problems.push(`the EHC plan was not audited: ${plan.error.code}`);
  if (!isPlan && plan.status === 'error' && !isFileErrorCode(plan.error.code)) problems.push(`${plan.file}: unknown code`);
}
// Hostile files made from the plan (byte flips, damaged xref) may still read as the plan: ok
// or a code are both right for them. The real-world documents are not EHC plans.
const okOthers = report.plans.filter((p) => p.status === 'ok' && basename(p.file) !== PLAN && !/[\\/]hostile[\\/]/.test(p.file)).map((p) => basename(p.file));
const mb = (n: number) => Math.round(n / 1024 / 1024);
if (mb(peak) >= 1536) problems.push(`peak ${mb(peak)} MB, over 1.5 GB`);
if (seconds > 15 * 60) problems.push(`${seconds.toFixed(0)} s, over 15 minutes`);
console.log(`codes: ${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}`);
if (okOthers.length > 0) problems.push(`${okOthers.length} other files audited as plans: ${okOthers.slice(0, 10).join(', ')}`);
console.log(`exit ${String(code)}; ${seconds.toFixed(0)} s wall; peak RSS, whole process tree ${mb(peak)} MB (main process ${mb(mainPeak)} MB); load average at the end ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(problems.length === 0 ? 'corpus: pass' : `corpus: FAIL: ${problems.join('; ')}`);
process.exitCode = problems.length === 0 ? 0 : 1;
