// The desktop renderer with main's own storage modules behind the imitated bridge (issue 10,
// item 1): a session.json with one invalid edit survives two starts in a file of its own in the
// data folder, the analyst is told where, and "Vorige sessies…" (the menu) restores it with the
// PDF read again from its path, or exports it where the save dialog points. A PDF that was only
// dropped (no dialog) is read back by path after a restart because main read those very bytes.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { RestoreOffer } from './pages/Review';
import { TablesScreen } from './pages/TablesScreen';
import { StartScreen } from './pages/StartScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { imitateDesktopMain, menuCommand, openPathsFromMain } from './support/desktopMain';
import { FIXTURES_DIR, fixtureFile } from './support/fixtures';
import { watchPage } from './support/pageWatch';

const ZUID_LIMBURG = 'text/p1_2017q3_zuid-limburg_seed.pdf';
const HEERLEN = MunicipalityGrid.rowId(0, 0, 4);
const NEXT_ROW = MunicipalityGrid.rowId(0, 0, 5);

const e2e = useBrowserPages('desktop-previous', { afterEachChecks: 'errors', tempDirPrefix: 'klantprofielen-e2e-desktop-previous-' });

async function waitForFile(file: string, part: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (text.includes(part)) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${file} never contained ${part}`);
}

/** A new start of the app: a new page, main's modules anew on the same data folder. */
async function restart(userData: string) {
  await e2e.page.close();
  e2e.page = await e2e.browser.context.newPage();
  e2e.watch = watchPage(e2e.page);
  const main = await imitateDesktopMain(e2e.page, userData);
  await e2e.page.goto(e2e.web.url);
  return main;
}

describe('desktop: "Vorige sessies…"', () => {
  it('a session.json with one invalid edit survives two starts, is restored from the menu, and exports as it was', async () => {
    const userData = path.join(e2e.dir, 'userData');
    const uwv = path.join(e2e.dir, 'uwv');
    await mkdir(uwv, { recursive: true });
    const zuid = path.join(uwv, 'zuid-limburg.pdf');
    await copyFile(path.join(FIXTURES_DIR, ZUID_LIMBURG), zuid);

    const first = await imitateDesktopMain(e2e.page, userData);
    await e2e.page.goto(e2e.web.url);
    await openPathsFromMain(e2e.page, first, [zuid]);
    const tables = new TablesScreen(e2e.page);
    await tables.waitUntilListed(['zuid-limburg.pdf']);
    const before = await tables.municipalities.text(NEXT_ROW, 'c1');
    await tables.municipalities.edit(HEERLEN, 'c1', '330');
    await tables.municipalities.edit(NEXT_ROW, 'c1', '999');
    const sessionFile = path.join(userData, 'session.json');
    const saved = JSON.parse(await waitForFile(sessionFile, '"value":999')) as { files: { edits: { value: unknown; seq: number }[] }[] };
    saved.files[0]!.edits.find((edit) => edit.value === 999)!.seq = -1;
    const damaged = JSON.stringify(saved);
    await writeFile(sessionFile, damaged);

    // Start 2: told where the original is; the readable part offered; no answer given.
    await restart(userData);
    await e2e.page.getByTestId('kept-aside').waitFor();
    const location = (await e2e.page.getByTestId('kept-aside-location').textContent()) ?? '';
    expect(path.dirname(location)).toBe(path.join(userData, 'sessions'));
    expect(path.basename(location)).toMatch(/^session-.*\.unreadable\.json$/);
    expect(await readFile(location, 'utf8')).toBe(damaged);
    await screenshot(e2e.page, 'desktop-previous-00-kept-aside');
    expect(await new RestoreOffer(e2e.page).summary()).toMatch(/^1 bestand, 1 correctie · bewaard op /);

    // Start 3: the file is still there, untouched; the menu's "Vorige sessies…" lists it with its place.
    const main = await restart(userData);
    await new RestoreOffer(e2e.page).root.waitFor();
    expect(await readFile(location, 'utf8')).toBe(damaged);
    await menuCommand(e2e.page, 'previous-sessions');
    const dialog = e2e.page.getByTestId('previous-sessions');
    await dialog.waitFor();
    const entry = dialog.getByTestId('previous-session').filter({ has: e2e.page.getByTestId('previous-session-problem') });
    await entry.waitFor();
    expect(await entry.getByTestId('previous-session-location').textContent()).toBe(location);
    await screenshot(e2e.page, 'desktop-previous-01-dialog');

    const exported = path.join(e2e.dir, 'sessie-kopie.json');
    main.dialogs.exportSession = exported;
    await entry.getByTestId('previous-session-export').click();
    await expect.poll(() => e2e.page.getByTestId('status-message').textContent()).toContain(`Sessie geëxporteerd: ${exported}`);
    expect(await readFile(exported, 'utf8')).toBe(damaged);

    await entry.getByTestId('previous-session-restore').click();
    await dialog.waitFor({ state: 'hidden' });
    const restored = new TablesScreen(e2e.page);
    await restored.waitUntilListed(['zuid-limburg.pdf']);
    await restored.municipalities.waitForText(HEERLEN, 'c1', '330');
    expect(await restored.municipalities.text(NEXT_ROW, 'c1')).toBe(before);
  });

  it('a dropped PDF is read back by its path after a restart: main had read those very bytes', async () => {
    const userData = path.join(e2e.dir, 'userData-dropped');
    const main = await imitateDesktopMain(e2e.page, userData);
    await e2e.page.goto(e2e.web.url);
    // The page says where a dropped file is (webUtils.getPathForFile in the real preload).
    const dropped = path.join(e2e.dir, 'gesleept', 'zuid-limburg.pdf');
    await mkdir(path.dirname(dropped), { recursive: true });
    await copyFile(path.join(FIXTURES_DIR, ZUID_LIMBURG), dropped);
    await e2e.page.evaluate((file) => {
      (window as unknown as { klantprofielen: { pathForFile: () => string } }).klantprofielen.pathForFile = () => file;
    }, dropped);
    const tables = await (await StartScreen.attach(e2e.page)).dropPdfs([fixtureFile(ZUID_LIMBURG, 'zuid-limburg.pdf')]);
    await tables.waitUntilListed(['zuid-limburg.pdf']);
    await tables.municipalities.edit(HEERLEN, 'c1', '330');
    await waitForFile(path.join(userData, 'session.json'), '"value":330');
    expect(main.knownPaths.has(dropped)).toBe(false);

    await restart(userData);
    const offer = new RestoreOffer(e2e.page);
    await offer.root.waitFor();
    await offer.restore();
    const restored = new TablesScreen(e2e.page);
    await restored.waitUntilListed(['zuid-limburg.pdf']);
    await restored.municipalities.waitForText(HEERLEN, 'c1', '330');
  });
});
