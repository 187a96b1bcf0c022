/**
 * The app's log. Plans are children's health and care records, so a log line is an event name
 * and a few fields of safe kinds only: content hashes, codes, counts, durations, versions.
 * There is deliberately no way to log free text: no message argument, no error objects.
 */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

/** Values a log field may hold. Strings must match SAFE_STRING: ids, hashes and codes, not prose. */
export type LogValue = number | boolean | null | string;

const SAFE_STRING = /^[A-Za-z0-9_.:/-]{0,80}$/;
const ORDER: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

export interface Logger {
  log(level: LogLevel, event: string, fields?: Readonly<Record<string, LogValue>>): void;
}

/** A string field that could carry text (a file name, a message) is replaced, not written. */
export function safeFields(fields: Readonly<Record<string, LogValue>>): Record<string, LogValue> {
  const out: Record<string, LogValue> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = typeof value === 'string' && !SAFE_STRING.test(value) ? '[withheld]' : value;
  return out;
}

export function createLogger(write: (line: string) => void, level: LogLevel, clock: () => Date = () => new Date()): Logger {
  return {
    log(at, event, fields = {}) {
      if (ORDER[at] > ORDER[level]) return;
      write(`${JSON.stringify({ at: clock().toISOString(), level: at, event: SAFE_STRING.test(event) ? event : '[withheld]', ...safeFields(fields) })}\n`);
    },
  };
}

export const silentLogger: Logger = { log: () => undefined };

/** EHCQA_LOG=error|warn|info|debug turns the log on, to standard error. */
export function loggerFromEnv(env: NodeJS.ProcessEnv = process.env): Logger {
  const level = env['EHCQA_LOG'];
  if (level !== 'error' && level !== 'warn' && level !== 'info' && level !== 'debug') return silentLogger;
  return createLogger((line) => process.stderr.write(line), level);
}
