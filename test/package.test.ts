// The package as users get it: `npm pack`, installed into an empty folder, runs `storygraph ingest`
// and `storygraph serve` (the viewer is built by `prepack` and shipped in the tarball), and the
// tarball carries the product only — no tests, scripts or fixtures.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './support/seeds.ts';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the packed package', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sg-package-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('installs into an empty folder and ingests and serves from there', async () => {
    const pack = spawnSync(npm, ['pack', '--pack-destination', dir, '--json'], { cwd: repoRoot, encoding: 'utf8', timeout: 180_000 });
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((file) => file.path);
    expect(files).toContain('dist/web/index.html');
    expect(files).toContain('bin/storygraph.js');
    expect(files.filter((file) => /^(test|scripts|eval|docs)\//.test(file)), 'the tarball should hold the product only').toEqual([]);

    const app = path.join(dir, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'newsroom', version: '1.0.0', private: true }));
    const install = spawnSync(npm, ['install', '--no-audit', '--no-fund', path.join(dir, info!.filename)], { cwd: app, encoding: 'utf8', timeout: 300_000 });
    expect(install.status, install.stderr).toBe(0);

    const bin = path.join(app, 'node_modules', '.bin', 'storygraph');
    const ingest = spawnSync(bin, ['ingest', path.join(repoRoot, 'examples'), '--db', path.join(app, 'db')], { cwd: app, encoding: 'utf8', timeout: 180_000 });
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(ingest.stdout).toMatch(/4 articles \(4 new\)/);

    const server = spawn(bin, ['serve', '--db', path.join(app, 'db'), '--port', '0'], { cwd: app });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (match) resolve(match[0]);
        });
        server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      const page = await (await fetch(url)).text();
      expect(page).toContain('<title>storygraph</title>');
      const stories = (await (await fetch(new URL('/api/stories', url))).json()) as unknown[];
      expect(stories.length).toBeGreaterThan(0);
    } finally {
      server.kill();
    }
    expect(readdirSync(app)).toContain('db');
  }, 600_000);
});
