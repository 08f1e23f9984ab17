// Vitest global setup: finds (or installs) Chromium once, before any test file starts, so that an
// install is not cut short by a test hook's time limit; the test workers inherit the path.
import { chromiumPath } from './findChromium';

export default function setup(): void {
  process.env.CHROMIUM_PATH = chromiumPath();
}
