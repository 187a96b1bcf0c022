import { writeFileSync } from 'node:fs';

/**
 * For the crash-safety test only: with EHCQA_TEST_PAUSE_IN_FORM_IMPORT set to a file path, a
 * form import writes that file from inside its transaction and waits (at most 60 s) so the test
 * can kill the process there. Unset (always, outside that test) it does nothing.
 */
export function pauseInsideFormImportForTests(): void {
  const marker = process.env['EHCQA_TEST_PAUSE_IN_FORM_IMPORT'];
  if (!marker) return;
  writeFileSync(marker, 'inside the import transaction\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}
