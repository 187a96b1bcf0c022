import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice's binary, or null where it is not installed (CI installs libreoffice-calc-nogui). */
export function sofficePath(): string | null {
  for (const candidate of [process.env['SOFFICE'], '/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Converts a workbook with LibreOffice headless (its own throw-away profile, so a desktop
 * LibreOffice running meanwhile is not disturbed) and returns the converted file's bytes.
 */
export async function convertWithLibreOffice(soffice: string, bytes: Uint8Array, to: 'xlsx' | 'ods' | 'csv'): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'ehcqa-lo-'));
  const input = join(dir, 'in', 'workbook.xlsx');
  const out = join(dir, 'out');
  await run('mkdir', ['-p', join(dir, 'in'), out]);
  writeFileSync(input, bytes);
  await run(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', to, '--outdir', out, input], { timeout: 120_000 });
  const converted = join(out, `workbook.${to}`);
  if (!existsSync(converted)) throw new Error(`LibreOffice did not write ${converted}`);
  return new Uint8Array(readFileSync(converted));
}
