// The desktop renderer, end to end, with main's own storage and file modules behind an imitated
// bridge (support/desktopMain.ts): the session lands in session.json in the data folder, a restart
// reads the PDFs again from their paths, a moved PDF is found with "Zoeken…", a changed one is
// reported and its work kept, and "Project opslaan…" from the menu writes paths relative to the
// project.
import { appendFile, copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from './pages/ConfirmDialog';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { PendingFiles, RestoreOffer } from './pages/Review';
import { TablesScreen } from './pages/TablesScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { imitateDesktopMain, menuCommand, openPathsFromMain } from './support/desktopMain';
import { FIXTURES_DIR } from './support/fixtures';
import { watchPage } from './support/pageWatch';

const ZUID_LIMBURG = 'text/p1_2017q3_zuid-limburg_seed.pdf';
const NIJMEGEN = 'text/p1_2020q2_rijk-van-nijmegen_seed.pdf';
const HEERLEN = MunicipalityGrid.rowId(0, 0, 4);
const NIJMEGEN_ROW = MunicipalityGrid.rowId(1, 0, 5);

const e2e = useBrowserPages('desktop', { afterEachChecks: 'errors', tempDirPrefix: 'klantprofielen-e2e-desktop-' });

async function waitForFile(file: string, part: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (text.includes(part)) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${file} never contained ${part}`);
}

describe('desktop: the session in the data folder', () => {
  it('is restored after a restart from the PDFs on disk; a moved one is found with Zoeken…, a changed one is reported and keeps its work', async () => {
    const userData = path.join(e2e.dir, 'userData');
    const uwv = path.join(e2e.dir, 'uwv');
    await mkdir(uwv, { recursive: true });
    const zuid = path.join(uwv, 'zuid-limburg.pdf');
    const nijmegen = path.join(uwv, 'nijmegen.pdf');
    await copyFile(path.join(FIXTURES_DIR, ZUID_LIMBURG), zuid);
    await copyFile(path.join(FIXTURES_DIR, NIJMEGEN), nijmegen);

    // First run: main opens the two PDFs, the analyst corrects one value in each.
    const first = await imitateDesktopMain(e2e.page, userData);
    await e2e.page.goto(e2e.web.url);
    await openPathsFromMain(e2e.page, first, [zuid, nijmegen]);
    const tables = new TablesScreen(e2e.page);
    await tables.waitUntilListed(['zuid-limburg.pdf', 'nijmegen.pdf']);
    await tables.municipalities.edit(HEERLEN, 'c1', '330');
    await e2e.page.getByTestId('filter-region').selectOption('Rijk van Nijmegen');
    await tables.municipalities.edit(NIJMEGEN_ROW, 'c0', '210');
    await e2e.page.getByTestId('filter-region').selectOption('');
    const saved = await waitForFile(path.join(userData, 'session.json'), '"value":210');
    expect(JSON.parse(saved)).toMatchObject({
      format: 'klantprofielen-session',
      version: 1,
      files: [
        { name: 'zuid-limburg.pdf', path: zuid, edits: [{ row: 4, column: 'c1', original: 320, value: 330 }] },
        { name: 'nijmegen.pdf', path: nijmegen, edits: [{ row: 5, column: 'c0', original: 209, value: 210 }] },
      ],
    });
    await e2e.page.close();

    // Meanwhile Zuid-Limburg's PDF moved to another folder, and Nijmegen's was changed.
    const moved = path.join(e2e.dir, 'elders', 'zuid-limburg.pdf');
    await mkdir(path.dirname(moved), { recursive: true });
    await rename(zuid, moved);
    await appendFile(nijmegen, '\n% bewerkt\n');

    // Second run: the offer, then both files reported, their work kept.
    e2e.page = await e2e.browser.context.newPage();
    e2e.watch = watchPage(e2e.page);
    const main = await imitateDesktopMain(e2e.page, userData);
    await e2e.page.goto(e2e.web.url);
    const offer = new RestoreOffer(e2e.page);
    await offer.root.waitFor();
    expect(await offer.summary()).toMatch(/^2 bestanden, 2 correcties · bewaard op /);
    await offer.restore();
    const pending = new PendingFiles(e2e.page);
    await expect
      .poll(() => pending.files())
      .toEqual([
        { name: 'zuid-limburg.pdf', state: 'missing' },
        { name: 'nijmegen.pdf', state: 'changed' },
      ]);
    expect(await pending.root.textContent()).toContain(`niet gevonden op ${zuid}`);
    await screenshot(e2e.page, 'desktop-01-moved-and-changed');
    // The work stays in the saved session while it waits.
    const waiting = JSON.parse(await readFile(path.join(userData, 'session.json'), 'utf8')) as { files: { edits: unknown[] }[] };
    expect(waiting.files.map((file) => file.edits.length)).toEqual([1, 1]);

    // "Zoeken…": the moved file is the same file (SHA-256), read from its new place.
    main.dialogs.locatePdf = moved;
    await e2e.page.getByTestId('pending-locate').first().click();
    const restored = new TablesScreen(e2e.page);
    await restored.waitUntilListed(['zuid-limburg.pdf']);
    await restored.municipalities.waitForText(HEERLEN, 'c1', '330');
    expect(await restored.municipalities.isMarkedEdited(HEERLEN, 'c1')).toBe(true);
    expect(await pending.files()).toEqual([{ name: 'nijmegen.pdf', state: 'changed' }]);
    // Located elsewhere: the saved session now names the new place.
    await waitForFile(path.join(userData, 'session.json'), moved.replaceAll('\\', '\\\\'));

    // Pointing at the changed file again is refused: not the same file.
    main.dialogs.locatePdf = nijmegen;
    await e2e.page.getByTestId('pending-locate').click();
    await expect
      .poll(() => e2e.page.getByTestId('status-message').textContent())
      .toContain("Het gekozen bestand is niet hetzelfde als 'nijmegen.pdf' uit de sessie");
    await screenshot(e2e.page, 'desktop-02-located');
  });
});

describe('desktop: projects from the menu', () => {
  it('Project opslaan… writes the PDFs relative to the project; Project openen… reads them back from there', async () => {
    const team = path.join(e2e.dir, 'team');
    await mkdir(path.join(team, 'pdf'), { recursive: true });
    const zuid = path.join(team, 'pdf', 'zuid-limburg.pdf');
    await copyFile(path.join(FIXTURES_DIR, ZUID_LIMBURG), zuid);
    const main = await imitateDesktopMain(e2e.page, path.join(e2e.dir, 'userData-projects'));
    await e2e.page.goto(e2e.web.url);
    await openPathsFromMain(e2e.page, main, [zuid]);
    const tables = new TablesScreen(e2e.page);
    await tables.waitUntilListed(['zuid-limburg.pdf']);
    await tables.municipalities.edit(HEERLEN, 'c1', '330');

    main.dialogs.saveProject = path.join(team, 'regio');
    await menuCommand(e2e.page, 'save-project');
    await expect.poll(() => e2e.page.getByTestId('status-message').textContent()).toContain('Project opgeslagen');
    const project = JSON.parse(await readFile(path.join(team, 'regio.kpproject.json'), 'utf8')) as { files: { path: string }[] };
    expect(project.files.map((file) => file.path)).toEqual(['pdf/zuid-limburg.pdf']);

    // Opened again (the menu) after closing everything (the app asks first: the edit is not in a
    // workbook yet): the edit is back, read from the relative path.
    main.dialogs.openProject = path.join(team, 'regio.kpproject.json');
    await menuCommand(e2e.page, 'open-project');
    const confirm = new ConfirmDialog(e2e.page);
    expect(await confirm.asked()).toBe('Er zijn correcties die nog niet zijn opgeslagen. Toch alles sluiten?');
    await confirm.answer(true);
    await expect.poll(() => e2e.page.getByTestId('status-message').textContent()).toContain('Hersteld: zuid-limburg.pdf (1 correctie)');
    await tables.municipalities.waitForText(HEERLEN, 'c1', '330');
  });
});
