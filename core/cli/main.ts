import { EhcqaError } from '../domain';
import { AGREEMENT_USAGE, agreementCommand } from './agreement-command';
import { AUDIT_USAGE, auditCommand } from './audit-command';
import { AUDITOR_USAGE, auditorCommand } from './auditor-command';
import { EXERCISE_USAGE, exerciseCommand } from './exercise-command';
import { EXPORT_USAGE, exportCommand } from './export-command';
import { FORM_USAGE, formCommand } from './form-command';
import { RESTORE_USAGE, restoreCommand } from './restore-command';
import { SERVE_USAGE, serveCommand } from './serve-command';
import { UsageError } from './usage-error';

const COMMANDS: Record<string, { run: (argv: readonly string[]) => Promise<number>; usage: string }> = {
  audit: { run: auditCommand, usage: AUDIT_USAGE },
  serve: { run: serveCommand, usage: SERVE_USAGE },
  restore: { run: restoreCommand, usage: RESTORE_USAGE },
  auditor: { run: auditorCommand, usage: AUDITOR_USAGE },
  exercise: { run: exerciseCommand, usage: EXERCISE_USAGE },
  form: { run: formCommand, usage: FORM_USAGE },
  agreement: { run: agreementCommand, usage: AGREEMENT_USAGE },
  export: { run: exportCommand, usage: EXPORT_USAGE },
};

const USAGE = 'usage: ehcqa <command> ...\ncommands: audit, serve, restore, auditor, exercise, form, agreement, export';

/**
 * Entry point of `ehcqa`. Errors print a message naming what is wrong and exit 1; usage
 * errors exit 2. Stack traces never reach the user (they may carry plan text).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    process.stderr.write(`${name ? `ehcqa: unknown command "${name}"\n` : ''}${USAGE}\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`ehcqa ${name}: ${error.message}\n${command.usage}\n`);
      return 2;
    }
    const message = error instanceof EhcqaError ? error.message : 'an unexpected internal error occurred.';
    process.stderr.write(`ehcqa ${name}: ${message}\n`);
    return 1;
  }
}
