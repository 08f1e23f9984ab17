// Whether the window still fits: the page's width and where controls end, at the test's viewport.
import type { Locator, Page } from 'playwright-core';

/** The document's full width: more than the viewport means the page scrolls sideways. */
export async function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Right edge of each control (Infinity when it is not drawn), by name, to compare with the viewport. */
export async function rightEdges(controls: Record<string, Locator>): Promise<Record<string, number>> {
  const edges: Record<string, number> = {};
  for (const [name, control] of Object.entries(controls)) {
    const box = await control.boundingBox();
    edges[name] = box ? box.x + box.width : Infinity;
  }
  return edges;
}

export interface ControlLook {
  /** The mouse pointer over it: 'pointer' for what can be pressed, 'not-allowed' for what cannot. */
  cursor: string;
  /** WCAG contrast ratio of its text on the background it shows (1 to 21). */
  contrast: number;
}

/** How a control looks: its pointer and how its text stands out (a transparent control shows
 * what lies behind it). */
export async function lookOf(control: Locator): Promise<ControlLook> {
  return control.evaluate((element) => {
    const rgb = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
      const linear = (channel: number): number => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const style = getComputedStyle(element);
    let background: number[] = [255, 255, 255];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const channels = rgb(getComputedStyle(node).backgroundColor);
      if (channels.length === 3 || (channels.length === 4 && channels[3] !== 0)) {
        background = channels;
        break;
      }
    }
    const [lighter, darker] = [luminance(rgb(style.color)), luminance(background)].sort((a, b) => b - a) as [number, number];
    return { cursor: style.cursor, contrast: (lighter + 0.05) / (darker + 0.05) };
  });
}
