// DNS rebinding: a loopback server answers only requests addressed to a loopback name, with its
// own port. The Host header is parsed whole, not by prefix.
import http from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../src/server/create-server.ts';
import { isAcceptedHostHeader, isLoopbackAddress } from '../src/server/loopback-host.ts';
import { SnapshotStore } from '../src/server/snapshot-store.ts';
import { fixtureArticles, fixtureStory } from './e2e/fixture-story.ts';

const bound = { address: '127.0.0.1', port: 4173 };

describe('isAcceptedHostHeader', () => {
  it('accepts the loopback names, with no port or with the server port', () => {
    for (const host of ['localhost', 'LOCALHOST:4173', '127.0.0.1', '127.0.0.1:4173', '[::1]', '[::1]:4173', 'localhost:4173']) {
      expect(isAcceptedHostHeader(host, bound), host).toBe(true);
    }
  });

  it('refuses other sites that merely start like a loopback name', () => {
    for (const host of [
      '127.evil.com', '127.0.0.1.evil.com', '127.0.0.1.evil.com:4173', '[::1]evil.com', '[::1].evil.com:4173', 'localhost.evil.com',
      'localhost.', 'evil.com', 'evil.com:4173', '127.0.0.2', '0.0.0.0', '[::]', '[::1', '::1', 'localhost:4173:4173', 'localhost@evil.com',
      'localhost:', 'localhost:99999', ' localhost', '',
    ]) {
      expect(isAcceptedHostHeader(host, bound), host).toBe(false);
    }
    expect(isAcceptedHostHeader(undefined, bound)).toBe(false);
  });

  it('refuses another port', () => {
    expect(isAcceptedHostHeader('localhost:80', bound)).toBe(false);
    expect(isAcceptedHostHeader('127.0.0.1:4174', bound)).toBe(false);
    expect(isAcceptedHostHeader('[::1]:8080', bound)).toBe(false);
  });

  it('accepts the exact address it is bound to', () => {
    expect(isAcceptedHostHeader('127.0.0.2:4173', { address: '127.0.0.2', port: 4173 })).toBe(true);
    expect(isAcceptedHostHeader('127.0.0.3:4173', { address: '127.0.0.2', port: 4173 })).toBe(false);
    expect(isAcceptedHostHeader('[::1]:4173', { address: '::1', port: 4173 })).toBe(true);
  });
});

describe('isLoopbackAddress', () => {
  it('knows loopback addresses by value, not by prefix', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '0:0:0:0:0:0:0:1']) expect(isLoopbackAddress(host), host).toBe(true);
    for (const host of ['127.evil.com', '127.0.0.1.evil.com', '0.0.0.0', '::', '192.168.1.1', 'example.com']) expect(isLoopbackAddress(host), host).toBe(false);
  });
});

describe('a real loopback server', () => {
  let dir: string;
  let server: RunningServer;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'storygraph-host-'));
    await mkdir(path.join(dir, 'web'));
    await writeFile(path.join(dir, 'web', 'index.html'), '<!doctype html><title>viewer</title>');
    server = await createServer({ store: new SnapshotStore(fixtureStory, fixtureArticles), port: 0, webRoot: path.join(dir, 'web') });
  });

  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  function statusFor(host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port: server.port, path: '/api/story', headers: { Host: host } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end();
    });
  }

  it('answers requests addressed to it', async () => {
    for (const host of ['localhost', `localhost:${server.port}`, `127.0.0.1:${server.port}`, `[::1]:${server.port}`]) {
      expect(await statusFor(host), host).toBe(200);
    }
  });

  it('refuses rebinding names and other ports with 421', async () => {
    for (const host of ['127.evil.com', `127.0.0.1.evil.com:${server.port}`, `[::1]evil.com:${server.port}`, `localhost:${server.port + 1}`]) {
      expect(await statusFor(host), host).toBe(421);
    }
  });
});
