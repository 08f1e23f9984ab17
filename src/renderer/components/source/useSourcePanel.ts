// Whether the source panel is shown, and the pages it draws from. "Bron tonen" is on by
// default in a wide window; the analyst's own choice (on or off) holds from then on. Ticked means
// shown: before a cell is chosen the panel says how to use it (SourceDetails), so a ticked box
// never shows nothing.
import { useEffect, useMemo, useState } from 'react';
import type { PdfByteStore } from './pdfByteStore';
import { createSourcePages, type SourcePages } from './sourcePages';

/** From this window width the grid keeps enough room beside the panel. */
const WIDE_WINDOW = '(min-width: 1200px)';

export interface SourcePanelState {
  pages: SourcePages<HTMLCanvasElement>;
  /** The "Bron tonen" toggle, and whether the panel is on screen (with no cell chosen it
   * explains how to use it). */
  checked: boolean;
  setChecked(on: boolean): void;
}

export function useSourcePanel(bytes: PdfByteStore): SourcePanelState {
  // pdf.js is loaded the first time a page is drawn, not with the app.
  const pages = useMemo(() => createSourcePages(bytes, () => import('./pdfjsPage').then((module) => module.pdfjsPages)), [bytes]);
  const wide = useMediaQuery(WIDE_WINDOW);
  const [choice, setChoice] = useState<'auto' | 'on' | 'off'>('auto');
  const checked = choice === 'on' || (choice === 'auto' && wide);
  return {
    pages,
    checked,
    setChecked: (on) => setChoice(on ? 'on' : 'off'),
  };
}

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = (): void => setMatches(list.matches);
    list.addEventListener('change', onChange);
    onChange();
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}
