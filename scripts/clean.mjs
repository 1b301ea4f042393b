// SPDX-License-Identifier: MIT
// Removes build outputs so a build never ships stale files (rollup does not empty dist/, and tsc's build info
// would otherwise skip re-emitting declarations into an emptied dist/).
import { rmSync, readdirSync } from 'node:fs';

const targets = ['forms/dist', 'storybook-static'];
for (const pkg of readdirSync('packages')) targets.push(`packages/${pkg}/dist`, `packages/${pkg}/tsconfig.tsbuildinfo`);
for (const t of targets) rmSync(t, { recursive: true, force: true });
