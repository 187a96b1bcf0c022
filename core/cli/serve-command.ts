import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readRubricFile } from '../api/rubric-files';
import { startBridge } from '../bridge/server';
import { EhcqaError } from '../domain';
import { AuditPool } from '../workers/pool';
import { openCliDatabase } from './database-option';
import { UsageError } from './usage-error';
import { loggerFromEnv } from '../log/logger';
import { TOOL_VERSION } from './version';

export const SERVE_USAGE = 'usage: ehcqa serve [--port N] [--db FILE] [--rubric FILE]';
export const APP_FOLDER = fileURLToPath(new URL('../../renderer/dist', import.meta.url));

/** `ehcqa serve`: the app in a browser on this computer; prints its address on the first line. */
export async function serveCommand(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: { port: { type: 'string' }, db: { type: 'string' }, rubric: { type: 'string' } } }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a port number (0 to 65535)');
  if (!existsSync(`${APP_FOLDER}/index.html`)) throw new EhcqaError('not_found', `The app's screens are not built yet (${APP_FOLDER}). Run "npm run build" first.`);
  const rubric = readRubricFile(values.rubric);
  const db = await openCliDatabase(values.db);
  const pool = new AuditPool({ rubric });
  const bridge = await startBridge({ ctx: { db, toolVersion: TOOL_VERSION, now: () => new Date(), logger: loggerFromEnv(), pool, rubric }, appFolder: APP_FOLDER, port });
  process.stdout.write(`ehcqa: ${bridge.url}\n`);
  process.stdout.write('Open that address in a browser on this computer. Press Ctrl+C to stop.\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await bridge.close();
  await pool.close();
  db.close();
  return 0;
}
