/**
 * The CPU cores this process may use: the cores it may run on (os.availableParallelism)
 * and, on Linux, no more than its control group's CPU quota allows. A container started
 * with `--cpus 2` (or a Kubernetes CPU limit) on a 64-core host sees all 64 cores, and
 * node 20's availableParallelism does not read the quota (libuv does from 1.49): a run
 * would start a thread per host core, each with a heap of its own, and be throttled to 2
 * cores' worth of time while holding 64 threads' memory.
 *
 * The quota is read from cgroup v2's cpu.max or v1's cpu.cfs_quota_us and cpu.cfs_period_us,
 * for the process's own group and every group above it (a limit set on a parent applies
 * too); a fractional quota is rounded down, as libuv does, and never below one core.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { posix } from 'node:path';

/** Reads a file by its absolute path; undefined when there is none (off Linux, no such controller). */
export type ReadFile = (path: string) => string | undefined;

const CGROUP_ROOT = '/sys/fs/cgroup';

let cached: number | undefined;

/** The cores a run may use (computed once). */
export function cpuCores(): number {
  return (cached ??= coresAllowed(availableParallelism(), readText));
}

/** `cores` limited by the CPU quota that the cgroup files set, if any. */
export function coresAllowed(cores: number, read: ReadFile): number {
  const quota = cpuQuota(read);
  return quota === undefined ? cores : Math.max(1, Math.min(cores, Math.floor(quota)));
}

/** The smallest quota, in cores, over the process's control groups and their parents. */
function cpuQuota(read: ReadFile): number | undefined {
  let least: number | undefined;
  const consider = (quota: number | undefined) => {
    if (quota !== undefined && quota > 0 && (least === undefined || quota < least)) least = quota;
  };
  const under = (...parts: string[]) => read(posix.join(CGROUP_ROOT, ...parts));
  for (const line of (read('/proc/self/cgroup') ?? '').split('\n')) {
    const [, controllers, path] = /^\d+:([^:]*):(.*)$/.exec(line.trim()) ?? [];
    if (path === undefined) continue;
    if (controllers === '') {
      // cgroup v2: one hierarchy, at /sys/fs/cgroup, or at /sys/fs/cgroup/unified beside v1 ones.
      for (const mount of ['', 'unified']) for (const dir of selfAndParents(path)) consider(v2Quota(under(mount, dir, 'cpu.max')));
    } else if (controllers!.split(',').includes('cpu')) {
      for (const mount of [controllers!, 'cpu'])
        for (const dir of selfAndParents(path)) consider(v1Quota(under(mount, dir, 'cpu.cfs_quota_us'), under(mount, dir, 'cpu.cfs_period_us')));
    }
  }
  return least;
}

/** "200000 100000" is 2 cores; "max 100000" is no limit. */
function v2Quota(text: string | undefined): number | undefined {
  const [quota, period] = (text ?? '').trim().split(/\s+/);
  return ratio(quota, period);
}

/** A quota of -1 is no limit. */
function v1Quota(quota: string | undefined, period: string | undefined): number | undefined {
  return ratio(quota?.trim(), period?.trim());
}

function ratio(quota: string | undefined, period: string | undefined): number | undefined {
  const q = Number(quota);
  const p = Number(period);
  return quota && period && Number.isFinite(q) && q > 0 && p > 0 ? q / p : undefined;
}

/** "/a/b" -> "/a/b", "/a", "/": a limit on any of them applies. */
function selfAndParents(path: string): string[] {
  const dirs: string[] = [];
  for (let dir = posix.normalize(`/${path}`); ; dir = posix.dirname(dir)) {
    dirs.push(dir);
    if (dir === '/') return dirs;
  }
}

function readText(path: string): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // not Linux, no such controller, or not readable: no limit known
  }
}
