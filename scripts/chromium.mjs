// SPDX-License-Identifier: MIT
// Finds the Chromium the browser tests drive. Browsers cannot be downloaded here: use Debian's package.
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The path of a Chromium executable; exits with one clear line when there is none. */
export function chromiumPath() {
  const found = CANDIDATES.find((p) => p && existsSync(p));
  if (!found) {
    console.error('tokhai: no Chromium found (checked $CHROMIUM_PATH and /usr/bin/chromium): install one with `apt-get install -y chromium` or set CHROMIUM_PATH.');
    process.exit(1);
  }
  return found;
}
