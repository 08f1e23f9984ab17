// Quarters of one region as real PDFs, for the series features of issue 15 (trend view, delta
// columns, Tijdreeks sheet, unusual jumps): a seeded random walk per municipality and count, each
// quarter's page built with pdf-lib (no system tools), and the truth each file must read as. A
// planted jump is a misprint carried through the row total and TOTAAL AMR, so every sum of its
// own table agrees and only its history shows it.
import { Rng } from '../layouts/prng';
import { buildPdf, helvetica, tableTexts, type TableSpec } from './buildPdf';

const QUARTER_WORDS = ['Eerste', 'Tweede', 'Derde', 'Vierde'];

/** Rijk van Nijmegen's municipalities, as the name list has them. */
export const NIJMEGEN_MUNICIPALITIES = ['Beuningen', 'Berg en Dal', 'Druten', 'Heumen', 'Mook en Middelaar', 'Nijmegen', 'Wijchen'];

export interface QuarterTruth {
  year: number;
  quarter: number;
  /** By municipality: four counts, then the row total. */
  rows: Record<string, [number, number, number, number, number]>;
  totalRow: [number, number, number, number, number];
  register: number;
  percent: number;
}

export interface PlantedJump {
  /** Index into the quarters. */
  quarterIndex: number;
  municipality: string;
  /** 0..3 */
  column: number;
  /** The printed value is the true one times this. */
  factor: number;
}

export interface QuarterSeriesOptions {
  seed: number;
  /** First quarter, e.g. { year: 2019, quarter: 2 }. */
  from: { year: number; quarter: number };
  count: number;
  region?: string;
  municipalities?: readonly string[];
  jump?: PlantedJump;
}

export interface QuarterFile {
  name: string;
  bytes: Uint8Array;
  truth: QuarterTruth;
}

/** The truth of each quarter, without building PDFs (for engine tests that build tables). */
export function quarterTruths(options: QuarterSeriesOptions): QuarterTruth[] {
  const rng = new Rng(options.seed);
  const names = options.municipalities ?? NIJMEGEN_MUNICIPALITIES;
  // Sizes like the real tables: a city of thousands, villages of tens to hundreds.
  const level = names.map(() => [0, 1, 2, 3].map(() => rng.int(20, 900)));
  const truths: QuarterTruth[] = [];
  for (let q = 0; q < options.count; q++) {
    const quarterIndex = options.from.quarter - 1 + q;
    const rows: QuarterTruth['rows'] = {};
    names.forEach((name, m) => {
      const counts = level[m]!.map((value, c) => {
        // A few percent up or down each quarter: an ordinary series.
        level[m]![c] = Math.max(0, Math.round(value * rng.float(0.96, 1.05)));
        const jump = options.jump;
        return jump && jump.quarterIndex === q && jump.municipality === name && jump.column === c ? Math.round(level[m]![c]! * jump.factor) : level[m]![c]!;
      }) as [number, number, number, number];
      rows[name] = [...counts, counts.reduce((sum, value) => sum + value, 0)];
    });
    const totalRow = [0, 1, 2, 3, 4].map((c) => Object.values(rows).reduce((sum, row) => sum + row[c]!, 0)) as QuarterTruth['totalRow'];
    const register = Math.round(totalRow[4] / rng.float(0.6, 0.8));
    truths.push({
      year: options.from.year + Math.floor(quarterIndex / 4),
      quarter: (quarterIndex % 4) + 1,
      rows,
      totalRow,
      register,
      percent: Math.round((100 * totalRow[4]) / register),
    });
  }
  return truths;
}

/** The quarters as one-page PDFs named "<region>-<year>-K<quarter>.pdf". */
export async function quarterSeriesPdfs(options: QuarterSeriesOptions): Promise<QuarterFile[]> {
  const region = options.region ?? 'Rijk van Nijmegen';
  const font = await helvetica();
  const files: QuarterFile[] = [];
  for (const truth of quarterTruths(options)) {
    const spec: TableSpec = {
      period: `${QUARTER_WORDS[truth.quarter - 1]} kwartaal ${truth.year}`,
      region,
      label: '25',
      rows: Object.entries(truth.rows).map(([name, values]) => ({ name, counts: values.slice(0, 4), total: values[4] })),
      totalRow: { counts: truth.totalRow.slice(0, 4), total: truth.totalRow[4] },
      register: { total: truth.register, percent: truth.percent },
    };
    const bytes = await buildPdf([{ width: 595, height: 842, texts: tableTexts(spec, font) }]);
    files.push({ name: `${region.replace(/\s+/g, '-')}-${truth.year}-K${truth.quarter}.pdf`, bytes, truth });
  }
  return files;
}
