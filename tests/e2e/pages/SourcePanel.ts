// The source panel beside the grid: the selected cell's PDF page on a canvas with the value's
// box highlighted (an element over the canvas, so its position can be read), zoom buttons,
// and values on the page that select their cell when clicked.
import type { Locator, Page } from 'playwright-core';

/** A box in PDF points, origin top-left of the displayed page (the engine's SourceRef.box). */
export interface PageBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class SourcePanel {
  readonly root: Locator;
  readonly canvas: Locator;
  readonly highlight: Locator;
  readonly toggle: Locator;
  readonly fileName: Locator;
  readonly pageLabel: Locator;
  readonly reading: Locator;
  readonly confidence: Locator;
  readonly zoomLevel: Locator;
  /** What the panel says instead of a page: no cell chosen yet, no source, no PDF. */
  readonly message: Locator;
  private readonly view: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('source-panel');
    this.canvas = page.getByTestId('source-canvas');
    this.highlight = page.getByTestId('source-highlight');
    this.toggle = page.getByTestId('source-toggle');
    this.fileName = page.getByTestId('source-file');
    this.pageLabel = page.getByTestId('source-page');
    this.reading = page.getByTestId('source-reading');
    this.confidence = page.getByTestId('source-confidence');
    this.zoomLevel = page.getByTestId('source-zoom-level');
    this.message = page.getByTestId('source-message');
    this.view = this.root.locator('.source-view');
  }

  /** Waits until the panel shows this page, drawn. */
  async waitForPage(pageNumber: number, timeout = 15_000): Promise<void> {
    await this.page.locator(`[data-testid="source-panel"][data-status="ready"][data-page="${pageNumber}"]`).waitFor({ timeout });
  }

  /** What the panel shows: 'empty' (no cell chosen), 'ready' (the page drawn), … (data-status). */
  async status(): Promise<string | null> {
    return this.root.getAttribute('data-status');
  }

  async canvasRect(): Promise<Rect> {
    return rectOf(this.canvas, 'source canvas');
  }

  async highlightRect(): Promise<Rect> {
    return rectOf(this.highlight, 'source highlight');
  }

  /** Where a box of the page is on screen now: the canvas shows the whole page, so its CSS
   * width over the page's width in points is the scale. */
  async screenRectOf(box: PageBox, pageWidth: number): Promise<Rect> {
    const canvas = await this.canvasRect();
    const scale = canvas.width / pageWidth;
    return { x: canvas.x + box.x0 * scale, y: canvas.y + box.y0 * scale, width: (box.x1 - box.x0) * scale, height: (box.y1 - box.y0) * scale };
  }

  /** Waits until the highlight sits on this box (the panel scrolls and re-lays out first). */
  async waitForHighlightOn(box: PageBox, pageWidth: number, tolerance = 2, timeout = 5_000): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const [expected, actual] = await Promise.all([this.screenRectOf(box, pageWidth), this.highlightRect().catch(() => null)]);
      if (actual && closeTo(actual, expected, tolerance)) return;
      if (Date.now() > deadline) throw new Error(`highlight not on the box: expected ${JSON.stringify(expected)}, highlight at ${JSON.stringify(actual)}`);
      await this.page.waitForTimeout(50);
    }
  }

  /** Clicks the middle of a box on the page, as the analyst clicks a printed number. */
  async clickOn(box: PageBox, pageWidth: number): Promise<void> {
    const rect = await this.screenRectOf(box, pageWidth);
    await this.page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  }

  /** Clicks `gap` CSS px right of a box, level with its middle: a click just beside a number. */
  async clickRightOf(box: PageBox, pageWidth: number, gap: number): Promise<void> {
    const rect = await this.screenRectOf(box, pageWidth);
    await this.page.mouse.click(rect.x + rect.width + gap, rect.y + rect.height / 2);
  }

  /** The part of the page view that is on screen: its client area, without scrollbars. */
  async viewRect(): Promise<Rect> {
    return this.view.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { x: rect.left + element.clientLeft, y: rect.top + element.clientTop, width: element.clientWidth, height: element.clientHeight };
    });
  }

  /** Waits until the highlight, with the ring drawn `ring` CSS px around it, is wholly in view. */
  async waitForHighlightInView(ring: number, timeout = 5_000): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const [view, box] = await Promise.all([this.viewRect(), this.highlightRect().catch(() => null)]);
      if (box && contains(view, box, ring)) return;
      if (Date.now() > deadline) throw new Error(`highlight ${JSON.stringify(box)} (ring ${ring}) not wholly in view ${JSON.stringify(view)}`);
      await this.page.waitForTimeout(50);
    }
  }

  /** Zooms in (1) or out (-1) one step with Ctrl+wheel, the pointer at `at` (client px). */
  async wheelZoom(direction: 1 | -1, at: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(at.x, at.y);
    await this.page.keyboard.down('Control');
    await this.page.mouse.wheel(0, -100 * direction);
    await this.page.keyboard.up('Control');
  }

  /** Makes the panel narrower by `steps` steps of the split's handle (its arrow keys). */
  async narrowBy(steps: number): Promise<void> {
    const handle = this.page.getByTestId('source-split-handle');
    await handle.focus();
    for (let step = 0; step < steps; step++) await handle.press('ArrowRight');
  }

  /** Drags the page by (dx, dy) CSS pixels, starting at the middle of the panel's view. */
  async dragBy(dx: number, dy: number): Promise<void> {
    const view = await rectOf(this.view, 'source view');
    const x = view.x + view.width / 2;
    const y = view.y + view.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 4 });
    await this.page.mouse.up();
  }

  async scrollPosition(): Promise<{ left: number; top: number }> {
    return this.view.evaluate((element) => ({ left: element.scrollLeft, top: element.scrollTop }));
  }

  async zoomIn(): Promise<void> {
    await this.page.getByTestId('source-zoom-in').click();
  }

  async zoomOut(): Promise<void> {
    await this.page.getByTestId('source-zoom-out').click();
  }

  async fitWidth(): Promise<void> {
    await this.page.getByTestId('source-fit').click();
  }
}

export function closeTo(a: Rect, b: Rect, tolerance: number): boolean {
  return (
    Math.abs(a.x - b.x) <= tolerance &&
    Math.abs(a.y - b.y) <= tolerance &&
    Math.abs(a.width - b.width) <= tolerance &&
    Math.abs(a.height - b.height) <= tolerance
  );
}

/** True when `inner`, grown by `margin` on every side, lies inside `outer`. */
export function contains(outer: Rect, inner: Rect, margin: number): boolean {
  return (
    inner.x - margin >= outer.x &&
    inner.y - margin >= outer.y &&
    inner.x + inner.width + margin <= outer.x + outer.width &&
    inner.y + inner.height + margin <= outer.y + outer.height
  );
}

async function rectOf(locator: Locator, what: string): Promise<Rect> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${what} is not on screen`);
  return box;
}
