import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';

const run = promisify(execFile);
export const ROOT = join(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'ehcqa.js');

/** Runs the real `ehcqa` command line, as a scheduled task would. */
export async function ehcqa(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

export const firstLine = (out: string) => out.split('\n')[0]!.trim();

/** An auditor filling in their form in Excel: a level (and a reason) on every row. */
export async function fillForm(bytes: Buffer, level: (criterion: string, row: number) => string, edit?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Scores')!;
  for (let r = 2; r <= sheet.rowCount; r++) {
    sheet.getCell(r, 3).value = level(String(sheet.getCell(r, 2).value), r);
    sheet.getCell(r, 4).value = 'Scored from the form';
  }
  edit?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
