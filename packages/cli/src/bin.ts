// SPDX-License-Identifier: MIT
// The `tokhai` executable. Everything it does is in cli.ts (runCli) and the programmatic API.
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2));
