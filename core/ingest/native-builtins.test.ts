import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

// In a process of its own: this test's process may have loaded pdfjs already, and core-js makes
// its polyfills print as native code, so only identity with the built-ins from before tells.
it("leaves V8's own push and JSON.parse in place after reading a PDF (pdfjs's polyfills replace them)", () => {
  const script = `
    const push = Array.prototype.push, parse = JSON.parse;
    const { readFileSync } = await import('node:fs');
    const { ingestPdf } = await import('./core/ingest/index.ts');
    const doc = await ingestPdf(new Uint8Array(readFileSync('test/fixtures/plans/dfe-chromium-good-1.pdf')), 'plan.pdf');
    console.log(JSON.stringify({ pages: doc.pageCount, push: Array.prototype.push === push, parse: JSON.parse === parse }));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  const result = JSON.parse(out.trim().split('\n').at(-1)!) as { pages: number; push: boolean; parse: boolean };
  expect(result.pages).toBeGreaterThan(5);
  expect(result.push).toBe(true);
  expect(result.parse).toBe(true);
});
