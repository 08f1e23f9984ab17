// What the app, the CLI and the workbook say, checked over the whole source: one apostrophe, the
// straight ' ("PDF's", "pagina's", "Regio's"), never the typographic ’ beside it ("pagina’s"), so
// the words look alike wherever they stand and a search for "PDF's" finds them all; and every
// question to the analyst in the app's own dialog (components/ConfirmDialog), never the browser's
// window.confirm, alert or prompt, which look foreign and name their buttons in the browser's language.
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../helpers/sourceFiles';

const CURLY = /[\u2018\u2019]/;

/** "file:line: text" of every line of the .ts and .tsx files under src that matches. */
async function linesMatching(pattern: RegExp): Promise<string[]> {
  const files = await sourceFiles();
  expect(files.length).toBeGreaterThan(100);
  return files.flatMap(({ file, text }) => text.split('\n').flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])));
}

describe('the source, as the analyst reads it', () => {
  it("has no typographic apostrophe or single quote (’ ‘) in src/**/*.ts(x): user-facing text uses '", async () => {
    expect(await linesMatching(CURLY)).toEqual([]);
  });

  it('asks nothing through window.confirm, alert or prompt', async () => {
    expect(await linesMatching(/\bwindow\.(confirm|alert|prompt)\(|(?<![.\w])(confirm|alert|prompt)\(/)).toEqual([]);
  });
});
