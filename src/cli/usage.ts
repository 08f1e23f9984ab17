// The Dutch help text and the error type that makes main() print it and exit with code 2.

export const USAGE = `Gebruik: npm run cli -- extract <pdf of map>... --json <uitvoer.json> [--xlsx <uitvoer.xlsx>] [--timeout <seconden>] [--ocr auto|always|never] [--with-sources]

Leest UWV-pdf's "Transparantie van klantprofielen" en schrijft de tabellen met hun controles
naar een JSON-bestand (klantprofielen/v1) en desgewenst naar een Excel-werkmap.

  <pdf of map>            een of meer pdf-bestanden of mappen; mappen worden (met submappen
                          en gekoppelde mappen, elk één keer) doorzocht op *.pdf. Alleen
                          gewone bestanden tot 100 MB worden gelezen (geen FIFO of apparaat)
  --json <bestand>        JSON-uitvoer (verplicht)
  --xlsx <bestand>        Excel-uitvoer (optioneel); geen van beide mag een invoerbestand of
                          de andere uitvoer zijn
  --timeout <seconden>    tijdslimiet per bestand, van openen tot klaar: 0,001 tot 86.400
                          (standaard 60; elke gescande pagina krijgt er 60 bij)
  --ocr auto|always|never tekstherkenning (OCR) van gescande pagina's: auto (standaard) leest
                          pagina's zonder bruikbare tekstlaag met OCR, always ook gescande
                          pagina's met een eigen tekstlaag, never nooit (een scan geeft dan
                          een melding)
  --with-sources          schrijf bij elke waarde de pagina, positie en gedrukte tekst
  -h, --help              toon deze hulptekst

Voortgang en waarschuwingen verschijnen op stderr, één regel per bestand en één per gescande
pagina die met OCR wordt gelezen. Ctrl+C stopt het lezen; er wordt dan niets geschreven.
Afsluitcode: 0 = alle bestanden gelezen (meldingen in de controles zijn geen fouten),
1 = een of meer bestanden konden niet worden gelezen (de andere staan wel in de uitvoer) of
een uitvoer kon niet worden geschreven (de samenvatting zegt welke en waarom),
2 = verkeerd gebruik, 130 = gestopt met Ctrl+C.
`;

/** A mistake in the command line; main() prints the message and the usage text, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
