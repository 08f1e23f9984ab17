// Which Chromium the e2e tests use: the environment variable first, and a wrong one is said, not
// passed over for another browser.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lookForChromium } from './support/findChromium';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe('finding Chromium for the e2e tests', () => {
  it('takes CHROMIUM_PATH first', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-chromium-'));
    const binary = path.join(dir, 'chrome');
    await writeFile(binary, '');
    process.env.CHROMIUM_PATH = binary;
    expect(lookForChromium()).toBe(binary);
    await rm(dir, { recursive: true, force: true });
  });

  it('stops with one line naming the variable when CHROMIUM_PATH points nowhere', () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chrome';
    expect(() => lookForChromium()).toThrow(/^CHROMIUM_PATH=\/nonexistent\/chrome does not exist/);
  });

  it('finds the browser the suite runs with', () => {
    delete process.env.CHROMIUM_PATH;
    expect(lookForChromium()).toMatch(/chrom/);
  });
});
