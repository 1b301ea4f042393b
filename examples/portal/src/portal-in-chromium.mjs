// SPDX-License-Identifier: MIT
// For the portal's Chromium tests: one demo portal and one headless Chromium per test file.
import { afterAll, beforeAll } from 'vitest';
import { chromium } from 'playwright-core';
import { requireBuildOutputs, startTestPortal } from './test-support.mjs';

/**
 * Starts the test portal (needs the bundle built) and Chromium (`$CHROMIUM_PATH` or Debian's `/usr/bin/chromium`)
 * before the file's tests, hands both to `use`, and stops both after them. Call at the top level of a test file:
 *
 * ```js
 * let portal;
 * let browser;
 * portalInChromium((started) => ({ portal, browser } = started));
 * ```
 */
export function portalInChromium(use) {
  let started;
  beforeAll(async () => {
    requireBuildOutputs({ bundle: true });
    const portal = await startTestPortal();
    try {
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      started = { portal, browser };
    } catch (error) {
      await portal.cleanup();
      throw error;
    }
    use(started);
  }, 60_000);
  afterAll(async () => {
    await started?.browser.close();
    await started?.portal.cleanup();
  });
}
