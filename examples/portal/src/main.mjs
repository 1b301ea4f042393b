#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `npm start`: the demo portal on http://127.0.0.1:8080. Environment: PORT (0 picks a free port), PORTAL_DB
// (the SQLite file; default examples/portal/data/portal.sqlite), PORTAL_LOG=1 (request log). Synthetic data
// only; the signing key is generated at every start (demo only).
import { createPortal } from './portal.mjs';

const port = Number(process.env.PORT ?? 8080);
let portal;
try {
  portal = await createPortal({
    port,
    logger: process.env.PORTAL_LOG === '1',
    ...(process.env.PORTAL_DB ? { dbFile: process.env.PORTAL_DB } : {}),
  });
} catch (error) {
  console.error(`The portal could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`tokhai demo portal: ${portal.url}  (English: ${portal.url}/?lang=en)`);
console.log(`  mock population service: ${portal.providers.url} (synthetic data only)`);
console.log(`  submissions stored in ${portal.store.file}`);
console.log(`  envelope signing key (demo, new at every start): ${portal.url}/.well-known/jwks.json`);

const stop = async () => {
  await portal.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
