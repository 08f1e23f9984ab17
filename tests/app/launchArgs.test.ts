// Files named when the app starts: a packaged app, the dev app (`electron .`), Chromium's
// switches, "Open with" from Linux file managers (file:// URLs), and a second instance's data.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launchData, parseLaunchData, pathsFromArgv } from '../../src/main/launchArgs';

const cwd = path.resolve('/home/analist/Downloads');
const packaged = { defaultApp: false };
const dev = { defaultApp: true };

describe('pathsFromArgv', () => {
  it('takes every argument after the executable of a packaged app, made absolute', () => {
    const exe = path.resolve('/opt/Klantprofielen/klantprofielen');
    expect(pathsFromArgv([exe, 'a.pdf', 'sub/b.pdf', path.resolve('/data/uwv')], cwd, packaged)).toEqual([
      path.join(cwd, 'a.pdf'),
      path.join(cwd, 'sub/b.pdf'),
      path.resolve('/data/uwv'),
    ]);
  });

  it('skips the app path when started by the default app, even after switches', () => {
    expect(pathsFromArgv(['electron', '.', 'a.pdf'], cwd, dev)).toEqual([path.join(cwd, 'a.pdf')]);
    expect(pathsFromArgv(['electron', '--inspect=9229', 'out/main/index.js', 'a.pdf'], cwd, dev)).toEqual([path.join(cwd, 'a.pdf')]);
  });

  it('ignores switches Chromium and macOS add, and nothing at all is nothing', () => {
    const argv = ['klantprofielen', '--original-process-start-time=1337', '--allow-file-access-from-files', '-psn_0_12345', 'a.pdf'];
    expect(pathsFromArgv(argv, cwd, packaged)).toEqual([path.join(cwd, 'a.pdf')]);
    expect(pathsFromArgv(['klantprofielen'], cwd, packaged)).toEqual([]);
    expect(pathsFromArgv([], cwd, packaged)).toEqual([]);
    expect(pathsFromArgv(['klantprofielen', '', '  '], cwd, packaged)).toEqual([]);
  });

  it('takes everything after -- as a path, also names starting with a dash', () => {
    expect(pathsFromArgv(['klantprofielen', '--', '-raar-.pdf', '--ook.pdf'], cwd, packaged)).toEqual([
      path.join(cwd, '-raar-.pdf'),
      path.join(cwd, '--ook.pdf'),
    ]);
  });

  it('turns file:// URLs into paths and drops ones that name another host', () => {
    const file = path.resolve('/data/rapport 2019.pdf');
    expect(pathsFromArgv(['klantprofielen', pathToFileURL(file).href], cwd, packaged)).toEqual([file]);
    expect(pathsFromArgv(['klantprofielen', 'file://server/share/a.pdf'], cwd, packaged)).toEqual(
      process.platform === 'win32' ? ['\\\\server\\share\\a.pdf'] : [],
    );
  });

  it('names each file once, in the order given', () => {
    expect(pathsFromArgv(['klantprofielen', 'b.pdf', 'a.pdf', './b.pdf'], cwd, packaged)).toEqual([path.join(cwd, 'b.pdf'), path.join(cwd, 'a.pdf')]);
  });
});

describe('launch data of a second instance', () => {
  it('round-trips absolute paths', () => {
    const paths = [path.resolve('/data/a.pdf'), path.resolve('/data/map')];
    expect(parseLaunchData(JSON.parse(JSON.stringify(launchData(paths))))).toEqual(paths);
    expect(parseLaunchData(launchData([]))).toEqual([]);
  });

  it('is refused when it is not ours, so argv is used instead', () => {
    for (const raw of [
      undefined,
      null,
      'a.pdf',
      {},
      { paths: 'a.pdf' },
      { paths: ['relative.pdf'] },
      { paths: [path.resolve('/a.pdf'), 42] },
      { paths: [''] },
      { paths: ['/'.repeat(5000)] },
      { paths: Array.from({ length: 10_001 }, (_, i) => path.resolve(`/f${i}.pdf`)) },
    ]) {
      expect(parseLaunchData(raw), JSON.stringify(raw)?.slice(0, 80)).toBeUndefined();
    }
  });
});
