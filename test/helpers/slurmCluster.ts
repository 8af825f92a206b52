import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running one-node Slurm cluster of its own (temp folder, own munge socket, own ports), or why it was not started. */
export type SlurmCluster = { dir: string; env: Record<string, string>; stop: () => Promise<void> } | { skipped: string };

/** A TCP port free at the time of asking (the system picks it), for the daemons' own ports. */
function freePort(): Promise<number> {
  return new Promise((done, failed) => {
    const server = createServer();
    server.once('error', failed);
    server.listen(0, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : failed(new Error('no port'))));
    });
  });
}

const BINARIES = ['/usr/sbin/munged', '/usr/sbin/slurmctld', '/usr/sbin/slurmd', '/usr/bin/sbatch', '/usr/bin/sinfo'];

/** Sends SIGTERM to the pid in `file`; returns the pid (0 when there is none). */
function killFromPidFile(file: string): number {
  if (!existsSync(file)) return 0;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!(pid > 0)) return 0;
  try {
    process.kill(pid, 'SIGTERM');
    return pid;
  } catch {
    return 0; // already gone
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a single-node Slurm cluster from Debian's packages (slurm-wlm, munge; installed by
 * scripts/ensure-system-deps.sh): munged with a fresh key and its own socket, then slurmctld and
 * slurmd with a slurm.conf naming this host (its line from `slurmd -C`), linuxproc process
 * tracking, no task plugin, root as SlurmUser, state, spool, logs and pid files in a temp folder and
 * ports the system gives as free (so two test runs on one machine do not meet). Waits up to
 * `timeoutMs` for the node to be idle. Returns `{skipped: reason}` only where the project's scripts
 * cannot provide Slurm: it is not installed (ensure-system-deps.sh installs it as root) or the test
 * does not run as root. Installed and root, a daemon that does not come up is an error quoting its
 * log — never a skip. `stop()` ends the three daemons by their pid files and removes the folder.
 */
export async function startSlurmCluster(timeoutMs = 20_000): Promise<SlurmCluster> {
  const absent = BINARIES.filter((b) => !existsSync(b));
  if (absent.length) return { skipped: `Slurm is not installed (missing ${absent.join(', ')}; scripts/ensure-system-deps.sh installs slurm-wlm and munge as root)` };
  if (process.getuid?.() !== 0) return { skipped: 'the one-node Slurm cluster runs its daemons as root, and this test does not run as root' };
  const dir = mkdtempSync(join(tmpdir(), 'fundcast-slurm-'));
  for (const d of ['state', 'spool', 'munge']) mkdirSync(join(dir, d), { mode: 0o700 });
  chmodSync(dir, 0o755);
  const key = join(dir, 'munge', 'munge.key');
  writeFileSync(key, randomBytes(1024), { mode: 0o400 });
  const socket = join(dir, 'munge', 'munge.sock');
  const pids = { munge: join(dir, 'munged.pid'), ctld: join(dir, 'slurmctld.pid'), d: join(dir, 'slurmd.pid') };
  const stop = async () => {
    const started = [pids.d, pids.ctld, pids.munge].map(killFromPidFile).filter((pid) => pid > 0);
    // the daemons write their state on the way out: remove the folder once they are gone (5 s at most)
    for (let waited = 0; waited < 5000 && started.some(alive); waited += 100) await new Promise((wake) => setTimeout(wake, 100));
    rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
  };
  const fail = async (what: string, log?: string): Promise<never> => {
    const tail = log && existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-3).join(' | ') : '';
    await stop();
    throw new Error(`one-node Slurm cluster: ${what}${tail ? `: ${tail}` : ''}`);
  };
  const munge = spawnSync('/usr/sbin/munged', ['--force', `--key-file=${key}`, `--socket=${socket}`, `--pid-file=${pids.munge}`, `--log-file=${join(dir, 'munged.log')}`, `--seed-file=${join(dir, 'munge', 'seed')}`], { encoding: 'utf8' });
  if (munge.status !== 0) return await fail(`munged did not start (${(munge.stderr || '').trim()})`, join(dir, 'munged.log'));
  const node = execFileSync('/usr/sbin/slurmd', ['-C'], { encoding: 'utf8' }).split('\n')[0].trim();
  const host = /^NodeName=(\S+)/.exec(node)?.[1];
  if (!host) return await fail(`slurmd -C printed no node line (${node})`);
  const [ctldPort, slurmdPort] = [await freePort(), await freePort()];
  const conf = join(dir, 'slurm.conf');
  writeFileSync(
    conf,
    [
      'ClusterName=fundcast-test',
      `SlurmctldHost=${host}`,
      'SlurmUser=root',
      'SlurmdUser=root',
      'AuthType=auth/munge',
      'CredType=cred/munge',
      `AuthInfo=socket=${socket}`,
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'MpiDefault=none',
      'SchedulerType=sched/builtin',
      'SchedulerParameters=batch_sched_delay=0',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_Core',
      'ReturnToService=2',
      'JobCompType=jobcomp/none',
      'AccountingStorageType=accounting_storage/none',
      'JobAcctGatherType=jobacct_gather/none',
      'SlurmctldTimeout=30',
      'SlurmdTimeout=30',
      'MinJobAge=30',
      `SlurmctldPort=${ctldPort}`,
      `SlurmdPort=${slurmdPort}`,
      `StateSaveLocation=${join(dir, 'state')}`,
      `SlurmdSpoolDir=${join(dir, 'spool')}`,
      `SlurmctldPidFile=${pids.ctld}`,
      `SlurmdPidFile=${pids.d}`,
      `SlurmctldLogFile=${join(dir, 'slurmctld.log')}`,
      `SlurmdLogFile=${join(dir, 'slurmd.log')}`,
      node,
      `PartitionName=test Nodes=${host} Default=YES MaxTime=INFINITE OverSubscribe=FORCE:4 State=UP`,
      '',
    ].join('\n'),
  );
  const env = { SLURM_CONF: conf };
  const daemonEnv = { ...process.env, ...env };
  const ctld = spawnSync('/usr/sbin/slurmctld', ['-f', conf, '-i'], { encoding: 'utf8', env: daemonEnv });
  if (ctld.status !== 0) return await fail(`slurmctld did not start (${(ctld.stderr || '').trim()})`, join(dir, 'slurmctld.log'));
  const d = spawnSync('/usr/sbin/slurmd', ['-f', conf], { encoding: 'utf8', env: daemonEnv });
  if (d.status !== 0) return await fail(`slurmd did not start (${(d.stderr || '').trim()})`, join(dir, 'slurmd.log'));
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const state = spawnSync('/usr/bin/sinfo', ['-h', '-o', '%t'], { encoding: 'utf8', env: daemonEnv }).stdout?.trim();
    if (state === 'idle' || state === 'mix') return { dir, env, stop };
    await new Promise((wake) => setTimeout(wake, 200));
  }
  return await fail(`the Slurm node did not become idle within ${timeoutMs / 1000} s`, join(dir, 'slurmd.log'));
}
