import { readdirSync, readFileSync } from 'node:fs';

/** Linux exposes every process's resident memory in /proc; elsewhere children report their own. */
export const CAN_READ_PROC = process.platform === 'linux';

/** Resident memory of one process in bytes (VmRSS), or null if it is gone or /proc is absent. */
export function rssOfProcess(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Pids of a process and all its descendants, from the parent pid field of /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      // The command name (field 2) may hold spaces and parentheses: read after its last ')'.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(name));
      children.set(parent, list);
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Resident memory of a process and all its descendants, in bytes (Linux only). */
export function processTreeRss(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + (rssOfProcess(pid) ?? 0), 0);
}
