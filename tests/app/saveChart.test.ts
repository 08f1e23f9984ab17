// "Grafiek opslaan" in main, with the dialog stubbed: a real PNG (drawn with @napi-rs/canvas) is
// written where the analyst chose and reads back byte for byte; the request is checked first
// (PNG bytes of bounded size only), the suggested name never picks a folder, and failures are
// Dutch messages.
import { createCanvas } from '@napi-rs/canvas';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseRequest } from '../../src/main/requests';
import { saveChart } from '../../src/main/saveChart';
import { MAX_CHART_BYTES } from '../../src/shared/ipcRequests';

let folder = '';
let png: Uint8Array;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-chart-'));
  const canvas = createCanvas(120, 80);
  const context = canvas.getContext('2d');
  context.fillStyle = '#0072b2';
  context.fillRect(10, 10, 50, 30);
  png = new Uint8Array(canvas.toBuffer('image/png'));
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('saveChart', () => {
  it('proposes a safe .png name and writes the PNG where the analyst chose', async () => {
    const target = path.join(folder, 'nijmegen.png');
    const chooseTarget = vi.fn(async () => target);
    const outcome = await saveChart({ png, suggestedName: 'Tijdreeks Nijmegen, Rijk van Nijmegen 2019-K3-2020-K4' }, { chooseTarget });
    expect(chooseTarget).toHaveBeenCalledWith('Tijdreeks Nijmegen, Rijk van Nijmegen 2019-K3-2020-K4.png');
    expect(outcome).toEqual({ saved: true, path: target });
    expect(new Uint8Array(await readFile(target))).toEqual(png);
    expect((await readdir(folder)).filter((name) => name.startsWith('nijmegen'))).toEqual(['nijmegen.png']); // no temporary file left
  });

  it('never lets the suggested name pick a folder', async () => {
    const chooseTarget = vi.fn(async () => undefined);
    expect(await saveChart({ png, suggestedName: '../../etc/x' }, { chooseTarget })).toEqual({ saved: false });
    expect(chooseTarget).toHaveBeenCalledWith('x.png');
  });

  it('adds .png to a name typed without it, and never replaces a file that way', async () => {
    await writeFile(path.join(folder, 'bestaand.png'), 'oud');
    const outcome = await saveChart({ png, suggestedName: 'x' }, { chooseTarget: async () => path.join(folder, 'bestaand') });
    expect(outcome.saved).toBe(false);
    expect(outcome.error).toContain("'bestaand.png'");
    expect(await readFile(path.join(folder, 'bestaand.png'), 'utf8')).toBe('oud');
  });

  it('answers a folder that does not exist with a Dutch message', async () => {
    const outcome = await saveChart({ png, suggestedName: 'x' }, { chooseTarget: async () => path.join(folder, 'weg', 'grafiek.png') });
    expect(outcome).toEqual({ saved: false, error: "Kon 'grafiek.png' niet opslaan: de map bestaat niet (ENOENT)" });
  });
});

describe("main's check of a chart request", () => {
  it('takes PNG bytes', () => {
    expect(parseRequest('chart:save', { png, suggestedName: 'grafiek' }).png).toEqual(png);
  });

  it('refuses anything that is not a PNG, or too large, before a dialog opens', () => {
    const notPng = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const huge = new Uint8Array(MAX_CHART_BYTES + 1);
    huge.set(png.subarray(0, 8));
    for (const bytes of [notPng, huge, 'iVBORw0KGgo=', [...png], null]) {
      expect(() => parseRequest('chart:save', { png: bytes, suggestedName: 'grafiek' })).toThrow('Ongeldig verzoek: geen PNG-afbeelding');
    }
    expect(() => parseRequest('chart:save', { png, suggestedName: '' })).toThrow('Ongeldig verzoek: voorgestelde naam ontbreekt');
  });
});
