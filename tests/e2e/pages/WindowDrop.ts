// Dragging PDFs over the window once tables are shown, as a file manager does: dragenter and
// dragover with the files in a DataTransfer, then a drop or a dragleave out of the window.
import type { JSHandle, Locator, Page } from 'playwright-core';
import type { InputFile } from '../support/fixtures';

export class WindowDrop {
  readonly indicator: Locator;
  private transfer: JSHandle<DataTransfer> | null = null;

  constructor(private readonly page: Page) {
    this.indicator = page.getByTestId('window-drop-indicator');
  }

  /** Files dragged in over `target` (the window's contents, say the grid). */
  async dragOver(files: InputFile[], target: Locator): Promise<void> {
    this.transfer = await this.page.evaluateHandle(
      (items) => {
        const transfer = new DataTransfer();
        for (const { name, mimeType, base64 } of items) {
          const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
          transfer.items.add(new File([bytes], name, { type: mimeType }));
        }
        return transfer;
      },
      files.map(({ name, mimeType, buffer }) => ({ name, mimeType, base64: buffer.toString('base64') })),
    );
    await target.dispatchEvent('dragenter', { dataTransfer: this.transfer });
    await target.dispatchEvent('dragover', { dataTransfer: this.transfer });
  }

  /** The files dropped where they were dragged to. */
  async drop(target: Locator): Promise<void> {
    await target.dispatchEvent('drop', { dataTransfer: this.transfer });
    await this.dispose();
  }

  /** The drag leaves the window (from `target`, to nothing in the page). */
  async leaveWindow(target: Locator): Promise<void> {
    await target.dispatchEvent('dragleave', { dataTransfer: this.transfer });
    await this.dispose();
  }

  private async dispose(): Promise<void> {
    await this.transfer?.dispose();
    this.transfer = null;
  }
}
