/**
 * The fleet at campus scale, time compressed: SCREENS simulated screens against Debian's nginx with
 * deploy/nginx.conf as shipped (Debian's own worker settings: `worker_processes auto`,
 * `worker_connections 768`), each with its own account in screens.htpasswd (hashed as `npm run
 * users` hashes a screen's key) and its own address (X-Forwarded-For from this machine, which the
 * shipped config trusts, so that the sign-in limit counts each screen, as on a campus). Every
 * INTERVAL each screen polls the live bundle with its ETag (If-None-Match: a 304) and PUTs its
 * status.json (a real report, with a sequence number), for DURATION. Then every screen's file on
 * disk must hold the last report nginx acknowledged: zero errors, zero lost reports.
 *
 * The load generator runs on the same two cores as nginx (it competes with it, so the latencies
 * are an upper bound). nginx's own CPU time is read from /proc, which gives what one nginx carries
 * at the real 60 s interval (an estimate from the CPU cost per request, said as such).
 */
import { Agent, request } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNginx } from '../test/e2e/nginx';
import { hashPassword, SCREEN_COST } from '../src/cli/htpasswd';
import { statusDocument } from '../src/fleet/status-document';
import { statusInput } from '../test/support/fleet-status';

export const FLEET_BENCH = { screens: 1000, intervalSeconds: 6, durationSeconds: 120, realIntervalSeconds: 60 };

interface Answer {
  status: number;
  ms: number;
  etag?: string | undefined;
}

function send(agent: Agent, port: number, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const outgoing = request({ host: '127.0.0.1', port, method, path, headers, agent }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, ms: performance.now() - started, etag: response.headers.etag ?? undefined }),
      );
      response.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    });
    outgoing.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    outgoing.end(body);
  });
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};

/** CPU seconds (user + system) of a process and its children that are alive now (nginx's workers). */
function cpuSeconds(masterPid: number): number {
  const ticks = 100; // getconf CLK_TCK on Linux
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    if (Number(entry) !== masterPid && ppid !== masterPid) continue;
    total += (Number(fields[11]) + Number(fields[12])) / ticks;
  }
  return total;
}

export async function fleetLoad(options = FLEET_BENCH) {
  const { screens, intervalSeconds, durationSeconds, realIntervalSeconds } = options;
  const root = mkdtempSync(join(tmpdir(), 'signage-bench-fleet-'));
  const users = mkdtempSync(join(tmpdir(), 'signage-bench-fleet-users-'));
  mkdirSync(join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'fleet'), { recursive: true });
  const bundle = readFileSync('content/bundle.json');
  writeFileSync(join(root, 'content/bundle.json'), bundle);
  for (const name of ['staff', 'publishers', 'screens']) writeFileSync(join(users, `${name}.htpasswd`), '');
  const names = Array.from({ length: screens }, (_, index) => `screen-${String(index + 1).padStart(4, '0')}`);
  const keys = names.map((name) => `${name}-key-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`);
  // The file as `npm run users` writes it (name:hash lines), written at once rather than a thousand rewrites.
  const lines = names.map((name, index) => `${name}:${hashPassword(keys[index]!, SCREEN_COST)}`);
  writeFileSync(join(users, 'screens.htpasswd'), `${lines.join('\n')}\n`);

  const nginx = await startNginx(root, {
    users,
    workers: { processes: 'auto', connections: 768 },
    // nginx's own time per request, from its first byte read to its last byte sent: the server's
    // part of a latency, apart from the load generator's (which shares these cores).
    logFormat: '$request_method $status $request_time',
  });
  const port = Number(new URL(nginx.url).port);
  const pollMs: number[] = [];
  /** Each screen's first poll: a new connection and the whole bundle (200), apart from the steady 304s. */
  const firstPollMs: number[] = [];
  /** Requests slower than a second, by the second of the run they started in (where the slow ones cluster). */
  const slowBySecond = new Map<number, number>();
  const reportMs: number[] = [];
  const errors: string[] = [];
  const acknowledged = new Map<string, number>();
  let polls = 0;
  let reports = 0;
  const loadAtStart = loadavg()[0]!;
  const cpuBefore = cpuSeconds(nginx.pid()!);
  const startedAt = Date.now();
  const endAt = startedAt + durationSeconds * 1000;

  async function screen(index: number): Promise<void> {
    const name = names[index]!;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const address = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
    const auth = `Basic ${Buffer.from(`${name}:${keys[index]}`).toString('base64')}`;
    let etag: string | undefined;
    let sequence = 0;
    // Screens start at random moments, as a campus does after a power cut.
    let next = startedAt + Math.random() * intervalSeconds * 1000;
    while (next < endAt) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
      next += intervalSeconds * 1000;
      const poll = await send(agent, port, 'GET', '/content/bundle.json', {
        'X-Forwarded-For': address,
        'Accept-Encoding': 'gzip',
        ...(etag ? { 'If-None-Match': etag } : {}),
      });
      polls += 1;
      (etag ? pollMs : firstPollMs).push(poll.ms);
      if (poll.ms > 1000) {
        const second = Math.floor((Date.now() - poll.ms - startedAt) / 1000);
        slowBySecond.set(second, (slowBySecond.get(second) ?? 0) + 1);
      }
      if (poll.status === 200) etag = poll.etag;
      else if (poll.status !== 304) errors.push(`${name} poll ${poll.status}`);
      sequence += 1;
      const now = Date.now();
      const body = JSON.stringify({
        ...statusDocument(
          statusInput(now, {
            device: name,
            appVersion: 'bench',
            contentVersion: '2026-11-27.1',
            contentEtag: etag,
            startedAt,
            heartbeatSeconds: intervalSeconds,
          }),
        ),
        sequence,
      });
      const put = await send(
        agent,
        port,
        'PUT',
        `/fleet/${name}/status.json`,
        {
          'X-Forwarded-For': address,
          Authorization: auth,
          'Content-Type': 'application/json',
          'Content-Length': String(Buffer.byteLength(body)),
        },
        body,
      );
      reports += 1;
      reportMs.push(put.ms);
      if (put.status === 201 || put.status === 204) acknowledged.set(name, sequence);
      else errors.push(`${name} report ${put.status}`);
    }
    agent.destroy();
  }

  await Promise.all(names.map((_, index) => screen(index)));
  const seconds = (Date.now() - startedAt) / 1000;
  const cpu = cpuSeconds(nginx.pid()!) - cpuBefore;
  await nginx.stop();
  const serverMs = { poll: [] as number[], report: [] as number[] };
  for (const line of nginx.accessLog()) {
    const [method, , time] = line.split(' ');
    (method === 'PUT' ? serverMs.report : serverMs.poll).push(Number(time) * 1000);
  }

  // Lost: a report nginx acknowledged that is not what the screen's file holds now.
  let lost = 0;
  for (const [name, sequence] of acknowledged) {
    try {
      const stored = JSON.parse(readFileSync(join(root, 'fleet', name, 'status.json'), 'utf8')) as { sequence?: number };
      if (stored.sequence !== sequence) lost += 1;
    } catch {
      lost += 1;
    }
  }
  lost += names.length - acknowledged.size;
  rmSync(root, { recursive: true, force: true });
  rmSync(users, { recursive: true, force: true });

  const requests = polls + reports;
  const cpuPerRequestMs = (cpu * 1000) / requests;
  // At the real interval each screen makes 2 requests a minute; one nginx may use both cores.
  const screensPerCoreAt60s = Math.floor(1000 / cpuPerRequestMs / (2 / realIntervalSeconds));
  return {
    screens,
    intervalSeconds,
    durationSeconds: Math.round(seconds),
    polls,
    reports,
    requestsPerSecond: Math.round(requests / seconds),
    errors: errors.length,
    errorSamples: errors.slice(0, 5),
    lostReports: lost,
    pollMs: { p50: percentile(pollMs, 50), p99: percentile(pollMs, 99), max: percentile(pollMs, 100) },
    nginxPollMs: { p50: percentile(serverMs.poll, 50), p99: percentile(serverMs.poll, 99), max: percentile(serverMs.poll, 100) },
    nginxReportMs: { p50: percentile(serverMs.report, 50), p99: percentile(serverMs.report, 99), max: percentile(serverMs.report, 100) },
    firstPollMs: { p50: percentile(firstPollMs, 50), p99: percentile(firstPollMs, 99), max: percentile(firstPollMs, 100) },
    slowPolls: {
      overOneSecond: [...slowBySecond.values()].reduce((sum, count) => sum + count, 0),
      startedInFirstInterval: [...slowBySecond.entries()]
        .filter(([second]) => second < intervalSeconds)
        .reduce((sum, [, count]) => sum + count, 0),
    },
    /** The machine's 1-minute load average at the start and the end: these two cores are shared. */
    loadAverage: { start: Math.round(loadAtStart * 10) / 10, end: Math.round(loadavg()[0]! * 10) / 10 },
    reportMs: { p50: percentile(reportMs, 50), p99: percentile(reportMs, 99), max: percentile(reportMs, 100) },
    nginxCpuSeconds: Math.round(cpu * 10) / 10,
    nginxCpuShareOfOneCore: Math.round((cpu / seconds) * 1000) / 1000,
    nginxCpuPerRequestMs: Math.round(cpuPerRequestMs * 100) / 100,
    estimate: {
      note: `nginx CPU per request measured here, scaled to ${realIntervalSeconds} s (2 requests per screen per interval); an estimate, not a run at that scale`,
      screensPerCoreAt60s,
      atThisScaleAt60sShareOfOneCore: Math.round((cpu / seconds) * (intervalSeconds / realIntervalSeconds) * 1000) / 1000,
    },
  };
}
