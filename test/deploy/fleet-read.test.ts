/**
 * Reading the fleet from Debian's nginx with deploy/nginx.conf, as the Screens tab does: each
 * device's report with the time the server received it, and the bundle of a reported version from
 * the live file or the publishing history (or none, when the server has it nowhere).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx, type Nginx } from '../e2e/nginx';
import { ACCOUNTS, hasNginx, requireNginx, temporary, writeTree, writeUsers } from './publishing-server';
import { DavClient } from '../../src/publish/webdav';
import { bundleOfVersion, readFleet } from '../../src/fleet/fleet-read';
import { statusDocument } from '../../src/fleet/status-document';
import { statusInput } from '../support/fleet-status';

requireNginx('fleet reading tests');

const SHIPPED = readFileSync('content/bundle.json', 'utf8');
const withVersion = (version: string) => SHIPPED.replace(/"version": "[^"]+"/, `"version": "${version}"`);

describe.skipIf(!hasNginx)('the fleet read from nginx', { timeout: 60_000 }, () => {
  const made: string[] = [];
  let nginx: Nginx;
  let client: DavClient;
  const NOW = Date.now();

  beforeAll(async () => {
    const root = temporary('signage-fleet-read-', made);
    writeTree(root, {
      'content/bundle.json': withVersion('v2'),
      'content/history/2026-11-27T08-00-00.000Z--v1--alice.json': withVersion('v1'),
      'fleet/lobby-1/status.json': JSON.stringify(
        statusDocument(statusInput(NOW - 5_000, { contentVersion: 'v1', contentEtag: undefined })),
      ),
      'fleet/hall-2/status.json': 'not a report',
    });
    utimesSync(join(root, 'fleet/lobby-1/status.json'), (NOW - 5_000) / 1000, (NOW - 5_000) / 1000);
    nginx = await startNginx(root, { users: writeUsers(temporary('signage-fleet-read-users-', made)) });
    client = new DavClient({ server: nginx.url, credentials: ACCOUNTS.editor });
  });
  afterAll(async () => {
    await nginx?.stop();
    made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('every device: its report, when the server received it (to the second), and its verdict', async () => {
    const fleet = await readFleet(client, () => NOW);
    expect(fleet.live).toMatchObject({ version: 'v2' });
    const byName = new Map(fleet.devices.map((device) => [device.device, device]));
    expect(byName.get('lobby-1')).toMatchObject({ verdict: 'behind', online: true, status: { contentVersion: 'v1' } });
    expect(Math.abs(byName.get('lobby-1')!.receivedAt! - (NOW - 5_000))).toBeLessThan(1000);
    expect(byName.get('hall-2')).toMatchObject({ verdict: 'trouble', problems: [{ kind: 'unreadable' }] });
  });

  it('the bundle of a version: the live one, else from the history, else none', async () => {
    const fleet = await readFleet(client, () => NOW);
    expect((await bundleOfVersion(client, 'v2', fleet.live))?.version).toBe('v2');
    expect((await bundleOfVersion(client, 'v1', fleet.live))?.version).toBe('v1');
    expect(await bundleOfVersion(client, 'v0', fleet.live)).toBeUndefined();
  });
});
