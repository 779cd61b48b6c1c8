import {spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';

export interface Measurement {
  ms: number;
  /** Highest total resident memory of the process and its children, sampled. */
  peakMiB: number;
  code: number | null;
  output: string;
}

/** Resident memory (KiB) of `pid` and every process descended from it, from /proc. */
function treeRssKiB(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += Number(rss?.[1] ?? 0);
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs a command to completion, timing it and sampling its memory every
 * 100 ms (with its child processes: Docusaurus builds in several).
 */
export function measure(command: string, args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {cwd: options.cwd, env: {...process.env, ...options.env}, stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, treeRssKiB(child.pid!));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ms: performance.now() - started, peakMiB: peak / 1024, code, output});
    });
  });
}
