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
