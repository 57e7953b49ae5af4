/** The cores a run may use: the CPU quota of the process's control group caps them. */
import { describe, expect, it } from 'vitest';
import { coresAllowed } from '../../src/runner/cpu-cores.js';

/** A file system holding just these files. */
const files = (entries: Record<string, string>) => (path: string) => entries[path];

describe('coresAllowed', () => {
  it('keeps every core when there is no cgroup at all (not Linux)', () => {
    expect(coresAllowed(8, files({}))).toBe(8);
  });

  it('reads a cgroup v2 quota, rounding a fraction down and never below one core', () => {
    const v2 = (max: string) => files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': `${max}\n` });
    expect(coresAllowed(64, v2('200000 100000'))).toBe(2);
    expect(coresAllowed(64, v2('250000 100000'))).toBe(2);
    expect(coresAllowed(64, v2('50000 100000'))).toBe(1);
    expect(coresAllowed(64, v2('max 100000'))).toBe(64);
    expect(coresAllowed(4, v2('800000 100000'))).toBe(4); // a quota above the cores the process may run on
  });

  it("takes the smallest quota over the process's group and the groups above it", () => {
    const read = files({
      '/proc/self/cgroup': '0::/ci.slice/job-7.scope\n',
      '/sys/fs/cgroup/ci.slice/job-7.scope/cpu.max': 'max 100000',
      '/sys/fs/cgroup/ci.slice/cpu.max': '300000 100000',
      '/sys/fs/cgroup/cpu.max': 'max 100000',
    });
    expect(coresAllowed(32, read)).toBe(3);
  });

  it('finds a group whose path is not visible by its mount root, as in a container', () => {
    const read = files({ '/proc/self/cgroup': '0::/kubepods/pod1/abc\n', '/sys/fs/cgroup/cpu.max': '400000 100000' });
    expect(coresAllowed(64, read)).toBe(4);
  });

  it('reads a cgroup v1 quota, with -1 for no limit, and v2 beside v1 (unified)', () => {
    const v1 = (quota: string) =>
      files({
        '/proc/self/cgroup': '4:memory:/x\n3:cpu,cpuacct:/docker/abc\n0::/\n',
        '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us': `${quota}\n`,
        '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us': '100000\n',
      });
    expect(coresAllowed(16, v1('150000'))).toBe(1);
    expect(coresAllowed(16, v1('600000'))).toBe(6);
    expect(coresAllowed(16, v1('-1'))).toBe(16);
    const unified = files({ '/proc/self/cgroup': '1:cpu:/\n0::/run.scope\n', '/sys/fs/cgroup/unified/run.scope/cpu.max': '200000 100000' });
    expect(coresAllowed(16, unified)).toBe(2);
  });

  it('ignores files it cannot read as numbers', () => {
    const read = files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': 'garbage' });
    expect(coresAllowed(8, read)).toBe(8);
  });
});
