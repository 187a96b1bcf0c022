import type { ArgsOf, OperationName, ValueOf } from '../../../core/api';
import type { Result } from '../../../core/domain';

import type { Report } from '../../../core/pipeline';

/** What the Electron preload exposes: exactly the operation map, one function per operation. */
export type EhcqaBridge = { readonly [N in OperationName]: (args: ArgsOf<N>) => Promise<Result<ValueOf<N>>> } & {
  /** Desktop only: a native dialog in the main process, then an import of what was chosen. */
  readonly 'dialogs.importFiles': () => Promise<Result<Report | null>>;
  readonly 'dialogs.importFolder': () => Promise<Result<Report | null>>;
  readonly onImportProgress: (listener: (p: { done: number; total: number; file: string; status: 'ok' | 'error' }) => void) => () => void;
  readonly onMenu?: (listener: (command: string) => void) => () => void;
};

declare global {
  interface Window {
    readonly ehcqa?: EhcqaBridge;
  }
}

/** The access token of `ehcqa serve`, from the address the app was opened with. */
export const bridgeToken = (): string => new URLSearchParams(window.location.search).get('t') ?? '';

/**
 * Calls an operation of the one API: through the preload in the desktop app, through the
 * local bridge (token in a header) in a browser. Both return the same Result envelope.
 */
export async function call<N extends OperationName>(name: N, args: ArgsOf<N>): Promise<Result<ValueOf<N>>> {
  const desktop = window.ehcqa;
  if (desktop) return (desktop[name] as (a: ArgsOf<N>) => Promise<Result<ValueOf<N>>>)(args);
  try {
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Ehcqa-Token': bridgeToken() },
      body: JSON.stringify(args),
    });
    return (await response.json()) as Result<ValueOf<N>>;
  } catch {
    return { ok: false, error: { code: 'io', message: 'ehcqa is not answering. Is it still running?' } };
  }
}

/** Like `call`, but throws the error message: for screens that show one error line. */
export async function callOrThrow<N extends OperationName>(name: N, args: ArgsOf<N>): Promise<ValueOf<N>> {
  const result = await call(name, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
