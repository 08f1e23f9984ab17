// Browser edition, issue 15: six quarters of one region (real PDFs built with their truth) →
// the Tijdreeks view shows six points per series, a point clicked (or its value chosen with the
// keyboard) selects its cell, a misprint planted in one quarter and carried through every sum
// gets its hint while an ordinary series gets none, a correction shows at once, and "Grafiek
// opslaan" downloads a PNG.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { quarterSeriesPdfs, type QuarterFile } from '../helpers/quarterSeries';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { StartScreen } from './pages/StartScreen';
import { TrendPanel } from './pages/TrendPanel';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { readWorkbook, sheetRows } from './support/workbook';
import type { InputFile } from './support/fixtures';

const e2e = useBrowserPages('trend', { afterEachChecks: 'clean', tempDirPrefix: 'klantprofielen-e2e-trend-' });

const JUMP = { quarterIndex: 3, municipality: 'Wijchen', column: 1, factor: 10 };
const QUARTERS = ['2019-K3', '2019-K4', '2020-K1', '2020-K2', '2020-K3', '2020-K4'];
let files: QuarterFile[];
beforeAll(async () => {
  files = await quarterSeriesPdfs({ seed: 15, from: { year: 2019, quarter: 3 }, count: 6, jump: JUMP });
});

const inputs = (): InputFile[] => files.map((file) => ({ name: file.name, mimeType: 'application/pdf', buffer: Buffer.from(file.bytes) }));
const dutch = (value: number) => value.toLocaleString('nl-NL');
const rowIndexOf = (name: string) => Object.keys(files[0]!.truth.rows).indexOf(name);

describe('browser edition: Tijdreeks', () => {
  it('shows six points per series, hints at the planted jump only, and a clicked point selects its cell', async () => {
    const page = e2e.page;
    const tables = await (await StartScreen.openFresh(page, e2e.web.url)).choosePdfs(inputs());
    const loaded = await tables.loadedFiles();
    const trend = new TrendPanel(page);
    await trend.openWithKeyboard();

    // The region: TOTAAL AMR's five lines, then register and percentage, six quarters each.
    expect(await trend.chartTitles()).toEqual(['Rijk van Nijmegen, TOTAAL AMR', 'Rijk van Nijmegen, doelgroepregister']);
    const regionPoints = await trend.points(0);
    expect(regionPoints).toHaveLength(5 * 6);
    expect((await trend.points(1)).map((point) => point.quarter)).toEqual([...QUARTERS, ...QUARTERS]);
    const registerValues = await trend.values(1);
    expect(registerValues.rows.map((row) => row.map((cell) => cell.text))).toEqual(
      files.map((file, q) => [QUARTERS[q], dutch(file.truth.register), `${file.truth.percent}%`]),
    );

    // Wijchen: the planted misprint is hinted on its count (and on its row total, which carries it).
    await trend.chooseMunicipality('Wijchen');
    const wijchen = await trend.points(0, 'Wijchen, Rijk van Nijmegen');
    expect(wijchen).toHaveLength(5 * 6);
    for (const line of new Set(wijchen.map((point) => point.line)))
      expect(wijchen.filter((point) => point.line === line).map((point) => point.quarter)).toEqual(QUARTERS);
    const values = await trend.values(0);
    expect(values.rows.map((row) => row.slice(1).map((cell) => cell.text))).toEqual(files.map((file) => file.truth.rows.Wijchen!.map(dutch)));
    const hinted = values.rows.flatMap((row, q) => row.slice(1).flatMap((cell, c) => (cell.mark ? [`${QUARTERS[q]} ${c}:${cell.mark}`] : [])));
    expect(hinted).toContain(`2020-K2 ${JUMP.column}:hint`);
    expect(hinted.every((place) => place.startsWith('2020-K2') && place.endsWith(':hint'))).toBe(true);
    await screenshot(page, 'trend-01-wijchen-jump');

    // An ordinary series: no hint anywhere.
    await trend.chooseMunicipality('Nijmegen');
    await trend.points(0, 'Nijmegen, Rijk van Nijmegen');
    expect((await trend.values(0)).rows.flat().filter((cell) => cell.mark !== '')).toEqual([]);

    // Clicking Wijchen's planted point selects that cell in the grid, in the file of that quarter.
    await trend.chooseMunicipality('Wijchen');
    const line = (await trend.values(0)).header[JUMP.column + 1]!;
    await trend.clickPoint(0, line, '2020-K2');
    const doc = loaded.indexOf(files[JUMP.quarterIndex]!.name);
    await tables.municipalities.waitForFocus(MunicipalityGrid.rowId(doc, 0, rowIndexOf('Wijchen')), `c${JUMP.column}`);
    await screenshot(page, 'trend-02-point-selects-cell');

    // The saved workbook's Tijdreeks sheet: a row per municipality and column, a column per quarter.
    const { file } = await tables.saveAsExcel(e2e.dir);
    const series = sheetRows(readWorkbook(file), 'Tijdreeks');
    for (const [name, column, index] of [
      ['Wijchen', 'Kolom 2', 1],
      ['Nijmegen', 'Totaal', 4],
    ] as const) {
      const row = series.find((candidate) => candidate.Gemeente === name && candidate.Kolom === column);
      expect(QUARTERS.map((quarter) => row?.[quarter])).toEqual(files.map((quarterFile) => quarterFile.truth.rows[name]![index]));
    }
    const register = series.find((candidate) => candidate.Gemeente === 'Doelgroepregister');
    expect(QUARTERS.map((quarter) => register?.[quarter])).toEqual(files.map((quarterFile) => quarterFile.truth.register));
  });

  it('follows the cursor, takes corrections at once, picks a cell from the keyboard and saves the chart as PNG', async () => {
    const page = e2e.page;
    const tables = await (await StartScreen.openFresh(page, e2e.web.url)).choosePdfs(inputs());
    const loaded = await tables.loadedFiles();
    const first = loaded.indexOf(files[0]!.name);
    const beuningen = MunicipalityGrid.rowId(first, 0, rowIndexOf('Beuningen'));
    await tables.municipalities.select(beuningen, 'c0');
    const trend = new TrendPanel(page);
    await trend.openWithKeyboard();
    // The cursor's row decides what is shown.
    await trend.points(0, 'Beuningen, Rijk van Nijmegen');

    // A correction in the grid shows in the chart at once, with its new finding marked.
    const corrected = files[0]!.truth.rows.Beuningen![0] + 100;
    await tables.municipalities.edit(beuningen, 'c0', String(corrected));
    await tables.municipalities.waitForText(beuningen, 'c0', dutch(corrected));
    // Enter went on to the next row, and the chart with the cursor: back to Beuningen.
    expect(await trend.chartTitles()).toEqual(['Berg en Dal, Rijk van Nijmegen']);
    await trend.chooseMunicipality('Beuningen');
    // Its row total no longer agrees: that point is marked as an open finding.
    await expect
      .poll(async () => (await trend.values(0)).rows[0]!.slice(1))
      .toEqual([
        { text: dutch(corrected), mark: '' },
        ...files[0]!.truth.rows.Beuningen!.slice(1, 4).map((value) => ({ text: dutch(value), mark: '' })),
        { text: dutch(files[0]!.truth.rows.Beuningen![4]), mark: 'open' },
      ]);

    // The keyboard way to a point: its value in the table under the chart.
    const last = loaded.indexOf(files[5]!.name);
    await trend.valueButton(0, '2020-K4', 2).focus();
    await page.keyboard.press('Enter');
    await tables.municipalities.waitForFocus(MunicipalityGrid.rowId(last, 0, rowIndexOf('Beuningen')), 'c2');

    const { file, suggestedName } = await trend.saveChart(0, e2e.dir);
    expect(suggestedName).toBe('Tijdreeks Beuningen, Rijk van Nijmegen 2019-K3-2020-K4.png');
    const png = await readFile(file);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Width and height from the IHDR chunk: a real picture, drawn at twice the screen's pixels.
    expect(png.readUInt32BE(16)).toBeGreaterThan(600);
    expect(png.readUInt32BE(20)).toBeGreaterThan(400);
    await screenshot(page, 'trend-03-corrected-and-saved');
  });
});
