// The Dutch words on a generated page besides the table: the register sentence in its two
// real wordings, prose that looks like the publication's explanations (with numbers in it,
// the hard part for a reader), legend lines, and word wrapping by measured width.
import type { Rng } from './prng';
import { dutchNumber } from './tableData';

export type Wording = '2017' | '2020';

/** The doelgroepregister sentence as one string; wrapped later. */
export function registerSentence(wording: Wording, region: string, total: number, percent: number): string {
  const start =
    `In Sonar zijn niet alle doelgroepers opgenomen, in de arbeidsmarktregio ${region} bevat het ` +
    `doelgroepregister banenafspraak in totaal ${dutchNumber(total)} personen.`;
  return wording === '2017'
    ? `${start} Hiermee is ${percent}% van de doelgroepers bekend binnen Sonar.`
    : `${start} Hiervan is ${percent}% bekend binnen Sonar.`;
}

const HEADINGS = [
  'Toelichting',
  'Sonar',
  'Klantprofielen',
  'Banenafspraak',
  'Werkwijze',
  'Kanttekening',
  'Over deze cijfers',
  'Doelgroepregister',
  'Regionale verschillen',
];

const SUBJECTS = [
  'Het aantal kandidaten',
  'De regio',
  'Deze publicatie',
  'Het doelgroepregister',
  'UWV',
  'De gemeente',
  'Het werkbedrijf',
  'Een werkgever',
  'De kandidatenverkenner',
  'Het klantprofiel',
  'Het aandeel',
];
// No 'arbeidsmarktregio … bevat' or 'kwartaal 2019' in prose: that would be a second register
// sentence or period, not a layout question.
const VERBS = ['laat zien', 'omvat', 'vergelijkt', 'beschrijft', 'telt', 'volgt', 'meldt', 'registreert', 'toont'];
const OBJECTS = [
  'hoeveel mensen zichtbaar zijn',
  'de profielen van werkzoekenden',
  'de stand aan het einde van het kwartaal',
  'de afspraken met werkgevers',
  'het aantal plaatsingen',
  'de ontwikkeling sinds de start',
  'de verschillen tussen gemeenten',
  'de gegevens uit Sonar',
  'een deel van de doelgroep',
  'de financiële gevolgen',
  'het bereik van de dienstverlening',
];
const TAILS = [
  'in de regio',
  'volgens de laatste meting',
  'op werk.nl',
  'per gemeente',
  'voor het eerst',
  'zonder persoonsgegevens',
  'binnen de banenafspraak',
  'samen met de gemeenten',
  'ten opzichte van vorig jaar',
];

/** A number as prose prints it: "12.345", "2019", "3,5%", "45%", "(n = 1.234)". */
function proseNumber(rng: Rng): string {
  return rng.weighted([
    [() => dutchNumber(rng.int(1000, 99999)), 3],
    [() => String(rng.int(2014, 2026)), 2],
    [() => `${rng.int(1, 40)},${rng.int(1, 9)}%`, 2],
    [() => `${rng.int(2, 95)}%`, 1],
    [() => `(n = ${dutchNumber(rng.int(100, 20000))})`, 1],
    [() => `ruim ${dutchNumber(rng.int(1000, 9000))}`, 1],
  ] as const)();
}

function proseSentence(rng: Rng): string {
  const parts = [rng.pick(SUBJECTS), rng.pick(VERBS), rng.pick(OBJECTS)];
  if (rng.chance(0.5)) parts.push(rng.pick(TAILS));
  if (rng.chance(0.45)) {
    parts.push(rng.pick(['met', 'tot', 'rond', 'in', 'sinds', 'bij']), proseNumber(rng));
  }
  return `${parts.join(' ')}.`;
}

/** Every word prose can print (numbers aside), to keep narrow columns wider than any of them. */
export function proseWords(): string[] {
  return [...HEADINGS, ...SUBJECTS, ...VERBS, ...OBJECTS, ...TAILS, '99,9%', '(n', '12.345)', '99.999.'].flatMap((phrase) => phrase.split(' '));
}

export interface Paragraph {
  heading: string | null;
  text: string;
}

export function proseParagraph(rng: Rng, withHeading: boolean, sentenceCount = rng.int(2, 5)): Paragraph {
  const sentences = Array.from({ length: sentenceCount }, () => proseSentence(rng));
  return { heading: withHeading ? rng.pick(HEADINGS) : null, text: sentences.join(' ') };
}

/** Short lines of a legend or sidebar box. */
export function legendLines(rng: Rng): string[] {
  return rng.pick([
    () => ['Legenda', 'A = 0–1 jaar', 'B = 1–2 jaar', 'C = 2–5 jaar', 'D = 5 jaar of meer'],
    () => ['Categorie A', 'met profiel', 'Categorie B', 'zonder profiel', 'Categorie C', 'in traject', 'Categorie D', 'overig'],
    () => ['Kolommen', 'A: gemeente', 'B: UWV', 'C: beide', 'D: onbekend'],
    () => ['Peildatum', `${rng.int(1, 28)} ${rng.pick(['maart', 'juni', 'september', 'december'])}`, 'Bron: Sonar'],
  ])();
}

/** Greedy word wrap by measured width; a word wider than the width gets a line of its own. */
export function wrapWords(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export const PAGE_TITLE = 'Transparantie van klantprofielen';
export const SOURCE_LINE = 'Bron: UWV, Sonar en doelgroepregister banenafspraak';
export const TOTAL_HEADER = 'Totaal doelgroep banenafspraak in Sonar';
