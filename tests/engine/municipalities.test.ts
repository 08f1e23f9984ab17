// Municipality names: which were in force in a quarter, tolerant matching, OCR suggestions, and
// the soft arbeidsmarktregio check. Reference data: resources/gemeenten (CBS).
import { describe, expect, it } from 'vitest';
import { checkMunicipalityNames, checkMunicipalityRegions, checkTable } from '../../src/engine/checks';
import type { ExtractedTable, Period } from '../../src/engine/model';
import {
  findRegion,
  matchMunicipality,
  municipalitiesInForce,
  municipalityRecords,
  nameKey,
  ocrDistance,
  quarterStart,
  spellings,
} from '../../src/engine/municipalities';
import { loadTable, readTruth, tableFromTruth, truthFilesWithTables } from '../helpers/truthTables';

const q = (year: number, quarter: number): Period => ({ year, quarter });

/** A table with just these municipality names (numbers do not matter to the name checks). */
function namesTable(names: string[], period: Period | null, region: string | null = null): ExtractedTable {
  return {
    page: 1,
    period,
    region,
    pageLabel: null,
    headers: ['', '', '', '', ''],
    rows: names.map((name) => ({ name, counts: [0, 0, 0, 0], total: 0 })),
    totalRow: null,
    register: null,
    flags: [],
    source: 'ocr',
  };
}

function nameFlags(names: string[], period: Period | null) {
  return checkMunicipalityNames(namesTable(names, period)).map((flag) => ({
    code: flag.code,
    row: flag.row,
    message: flag.message,
    suggestion: flag.suggestion?.value ?? null,
  }));
}

describe('municipalitiesInForce', () => {
  it('counts the municipalities CBS lists on 1 January 2016–2026, and Weesp leaving on 24 March 2022', () => {
    const counts = Array.from({ length: 11 }, (_, i) => municipalitiesInForce(q(2016 + i, 1)).length);
    expect(counts).toEqual([390, 388, 380, 355, 355, 352, 345, 342, 342, 342, 342]);
    expect(municipalitiesInForce(q(2022, 2))).toHaveLength(344);
  });

  it('uses the first day of the quarter', () => {
    expect(quarterStart(q(2017, 3))).toBe('2017-07-01');
    expect(quarterStart(q(2020, 4))).toBe('2020-10-01');
    expect(quarterStart(q(2020, 5))).toBeNull();
    expect(municipalitiesInForce(q(2020, 0))).toEqual([]);
  });

  it('gives the official name of that day with every accepted spelling', () => {
    const hengelo2018 = municipalitiesInForce(q(2018, 1)).find((m) => m.code === 'GM0164');
    const hengelo2024 = municipalitiesInForce(q(2024, 1)).find((m) => m.code === 'GM0164');
    expect(hengelo2018?.name).toBe('Hengelo');
    expect(hengelo2024?.name).toBe('Hengelo (O.)');
    expect(hengelo2024?.spellings).toEqual(expect.arrayContaining(['Hengelo', 'Hengelo (O.)', 'Hengelo (O)']));
    const nuenen = municipalitiesInForce(q(2020, 3)).find((m) => m.code === 'GM0820');
    expect(nuenen?.spellings).toContain('Nuenen c.a.');
    const in2020 = municipalitiesInForce(q(2020, 1)).map((m) => m.name);
    expect(in2020).toContain('Beekdaelen');
    expect(in2020).not.toContain('Onderbanken');
  });
});

describe('name matching', () => {
  it('no two municipalities share a matching key', () => {
    const owner = new Map<string, string>();
    for (const record of municipalityRecords) {
      for (const key of new Set(spellings(record).map(nameKey))) {
        expect(owner.get(key) ?? record.code, `${key}`).toBe(record.code);
        owner.set(key, record.code);
      }
    }
  });

  it('ignores case, accents, spacing and punctuation', () => {
    expect(nameKey('Bergen (NH.)')).toBe(nameKey('Bergen (NH)'));
    expect(nameKey('Nuenen c.a.')).toBe(nameKey('Nuenen ca'));
    for (const [name, period] of [
      ['Bergen (NH)', q(2020, 1)],
      ['bergen nh.', q(2020, 1)],
      ['Nuenen c.a.', q(2020, 3)],
      ['Nuenen, Gerwen en Nederwetten', q(2020, 3)],
      ['SUDWEST FRYSLAN', q(2019, 2)],
      ['Den Haag', q(2020, 3)],
      ["'s-Gravenhage", q(2020, 3)],
      ['  Heerlen ', q(2017, 3)],
      ['Beek', q(2025, 1)], // the pre-2024 name stays accepted
      ['Hengelo (O.)', q(2018, 1)], // the later name of a municipality then in force
    ] as const) {
      expect(matchMunicipality(name, period).kind, name).toBe('valid');
    }
  });

  it('weights OCR confusions at half an edit', () => {
    expect(ocrDistance('heerien', 'heerlen')).toBe(0.5);
    expect(ocrDistance('arnsterdam', 'amsterdam')).toBe(0.5);
    expect(ocrDistance('venl0', 'venlo')).toBe(0.5);
    expect(ocrDistance('maastrcht', 'maastricht')).toBe(1);
    expect(ocrDistance('utercht', 'utrecht')).toBe(1); // transposition
    expect(ocrDistance('heerien', 'heerde')).toBe(2);
  });

  it('the early cutoff never changes a distance within it', () => {
    const keys = municipalityRecords.flatMap((record) => spellings(record).map(nameKey));
    for (const probe of ['heerien', 'maastrcht', 'arnsterdarn', 'bcck', 'sgravcnhagc', 'x', '']) {
      for (const key of keys) {
        const full = ocrDistance(probe, key);
        const cut = ocrDistance(probe, key, 3);
        if (full <= 3) expect(cut, `${probe}/${key}`).toBe(full);
        else expect(cut, `${probe}/${key}`).toBeGreaterThan(3);
      }
    }
  });
});

describe('checkMunicipalityNames', () => {
  it('a valid name gives nothing', () => {
    expect(nameFlags(['Heerlen', 'Maastricht'], q(2017, 3))).toEqual([]);
  });

  it('an OCR misreading close to one municipality gets it as suggestion', () => {
    const table = namesTable(['Heerien', 'Maastrcht'], q(2017, 3));
    expect(checkMunicipalityNames(table)).toEqual([
      {
        code: 'unknown-municipality',
        row: 'Heerien',
        rowIndex: 0,
        field: 'name',
        message: "'Heerien' staat niet in de lijst van de gemeenten op 1 juli 2017; bedoeld is waarschijnlijk Heerlen",
        suggestion: { row: 'Heerien', rowIndex: 0, column: 'name', value: 'Heerlen' },
      },
      {
        code: 'unknown-municipality',
        row: 'Maastrcht',
        rowIndex: 1,
        field: 'name',
        message: "'Maastrcht' staat niet in de lijst van de gemeenten op 1 juli 2017; bedoeld is waarschijnlijk Maastricht",
        suggestion: { row: 'Maastrcht', rowIndex: 1, column: 'name', value: 'Maastricht' },
      },
    ]);
  });

  it('a name one edit from two municipalities is unknown without a suggestion', () => {
    // Wierden and Woerden are both one substitution away.
    expect(nameFlags(['Waerden'], q(2020, 1))).toEqual([
      {
        code: 'unknown-municipality',
        row: 'Waerden',
        message: "'Waerden' staat niet in de lijst van de gemeenten op 1 januari 2020",
        suggestion: null,
      },
    ]);
  });

  it('suggests the official name of the quarter, and only municipalities then in force', () => {
    expect(nameFlags(['Den Haeg'], q(2020, 1))[0]?.suggestion).toBe("'s-Gravenhage");
    expect(nameFlags(['Hengeio'], q(2020, 1))[0]?.suggestion).toBe('Hengelo');
    expect(nameFlags(['Hengeio'], q(2024, 1))[0]?.suggestion).toBe('Hengelo (O.)');
    // Onderbanken was gone in 2020: its misreading is not pointed back at it.
    expect(nameFlags(['Onderbankem'], q(2020, 1))[0]?.suggestion).toBeNull();
    expect(nameFlags(['Onderbankem'], q(2018, 1))[0]?.suggestion).toBe('Onderbanken');
  });

  it('a short name allows one edit only', () => {
    expect(nameFlags(['Eda'], q(2020, 1))[0]?.suggestion).toBe('Ede');
    expect(nameFlags(['Oxx'], q(2020, 1))[0]?.suggestion).toBeNull(); // two from Oss
  });

  it('Onderbanken in 2020: not in the period, merged into Beekdaelen', () => {
    expect(nameFlags(['Onderbanken'], q(2020, 1))).toEqual([
      {
        code: 'municipality-not-in-period',
        row: 'Onderbanken',
        message: 'Onderbanken bestond op 1 januari 2020 niet meer: opgegaan in Beekdaelen (2019)',
        suggestion: null,
      },
    ]);
  });

  it('Beekdaelen in 2018: not in the period, created in 2019', () => {
    expect(nameFlags(['Beekdaelen'], q(2018, 3))[0]).toEqual({
      code: 'municipality-not-in-period',
      row: 'Beekdaelen',
      message: 'Beekdaelen bestond op 1 juli 2018 nog niet: ontstaan in 2019 uit Nuth, Onderbanken en Schinnen',
      suggestion: null,
    });
  });

  it('explains splits, partial mergers and a merger during the year', () => {
    const messages = (name: string, period: Period) => nameFlags([name], period)[0]?.message;
    expect(messages('Littenseradiel', q(2018, 1))).toBe(
      'Littenseradiel bestond op 1 januari 2018 niet meer: verdeeld over Leeuwarden, Súdwest-Fryslân en Waadhoeke (2018)',
    );
    expect(messages('Winsum', q(2019, 2))).toBe(
      'Winsum bestond op 1 april 2019 niet meer: grotendeels opgegaan in Het Hogeland, deels in Westerkwartier (2019)',
    );
    expect(messages('Westerkwartier', q(2018, 4))).toBe(
      'Westerkwartier bestond op 1 oktober 2018 nog niet: ontstaan in 2019 uit Grootegast, Leek, Marum, Winsum (deel) en Zuidhorn',
    );
    expect(nameFlags(['Weesp'], q(2022, 1))).toEqual([]);
    expect(messages('Weesp', q(2022, 2))).toBe('Weesp bestond op 1 april 2022 niet meer: opgegaan in Amsterdam (24 maart 2022)');
  });

  it('without a usable period, any municipality of 2016–2026 is accepted', () => {
    expect(nameFlags(['Onderbanken', 'Beekdaelen'], null)).toEqual([]);
    expect(nameFlags(['Onderbanken'], q(2030, 1))).toEqual([]); // beyond the data: no period claims
    expect(nameFlags(['Heerien'], null)).toEqual([
      {
        code: 'unknown-municipality',
        row: 'Heerien',
        message: "'Heerien' staat niet in de lijst van de gemeenten van 2016–2026; bedoeld is waarschijnlijk Heerlen",
        suggestion: 'Heerlen',
      },
    ]);
  });

  it('an empty name is unknown', () => {
    expect(nameFlags(['Heerlen', ' '], q(2017, 3))).toEqual([
      { code: 'unknown-municipality', row: ' ', message: 'Rij 2 heeft geen gemeentenaam', suggestion: null },
    ]);
  });

  it('every printed name in the fixture truth is valid for its quarter, in the right 2026 region', () => {
    const files = truthFilesWithTables();
    expect(files.length).toBeGreaterThan(10);
    let rows = 0;
    for (const file of files) {
      for (const truth of readTruth(file).documents.flatMap((document) => document.tables)) {
        const table = tableFromTruth(truth);
        rows += table.rows.length;
        expect(checkMunicipalityNames(table), `${file} ${truth.region}`).toEqual([]);
        expect(findRegion(table.region), `${file} ${truth.region}`).toBeDefined();
        expect(checkMunicipalityRegions(table), `${file} ${truth.region}`).toEqual([]);
      }
    }
    expect(rows).toBeGreaterThan(200);
  });
});

describe('checkMunicipalityRegions (info only, 2026 composition)', () => {
  it('finds regions by their 2026 and former names', () => {
    expect(findRegion('Food Valley')?.code).toBe('AM38');
    expect(findRegion('Gooi- en Vechtstreek')?.code).toBe('AM12');
    expect(findRegion('IJsselvechtstreek')?.name).toBe('Regio Zwolle');
    expect(findRegion('Stedendriehoek en Noordwest Veluwe')?.name).toBe('Veluwe Stedendriehoek');
    expect(findRegion('Atlantis')).toBeUndefined();
  });

  it('flags a municipality of another region as info, not for known moves or unknown regions', () => {
    const table = namesTable(['Heumen', 'Súdwest-Fryslân', 'Heerde', 'Onbekend'], q(2020, 2), 'Rijk van Nijmegen');
    expect(checkMunicipalityRegions(table)).toEqual([
      {
        code: 'municipality-region',
        row: 'Súdwest-Fryslân',
        rowIndex: 1,
        field: 'name',
        severity: 'info',
        message:
          'Súdwest-Fryslân hoort in de indeling van 2026 bij arbeidsmarktregio Friesland, niet bij Rijk van Nijmegen; ' +
          'de indeling van eerdere jaren is niet bekend, controleer of de gemeente op de juiste pagina staat',
      },
    ]);
    expect(checkMunicipalityRegions({ ...table, region: 'Atlantis' })).toEqual([]);
  });

  it('a dissolved municipality is judged by its region in its last year', () => {
    expect(checkMunicipalityRegions(namesTable(['Onderbanken', 'Nuth'], q(2017, 3), 'Zuid-Limburg'))).toEqual([]);
  });
});

describe('checkTable with names', () => {
  it('reports a misread name with its suggestion, after the row flags', () => {
    const table = loadTable('text/p1_2017q3_zuid-limburg_seed.json');
    const heerlen = table.rows[4];
    if (!heerlen) throw new Error('fixture has Heerlen');
    heerlen.name = 'Heerien';
    heerlen.total = 1571;
    expect(checkTable(table).map((flag) => [flag.code, flag.row ?? null, flag.suggestion?.value ?? null])).toEqual([
      ['row-total-mismatch', 'Heerien', 1561],
      ['unknown-municipality', 'Heerien', 'Heerlen'],
      ['column-total-mismatch', null, 1561],
    ]);
  });
});
