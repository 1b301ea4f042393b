#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Runs the reference population service standalone: `node examples/population-service/src/main.mjs [port]`.
// Prints its URL and the demo tokens. Synthetic data only. Stops on Ctrl+C.
import { startPopulationService } from './server.mjs';
import { DEMO_ACCESS_TOKENS, DEMO_PIDS, DEMO_SERVICE_TOKEN } from './fixtures.mjs';

const port = Number(process.argv[2] ?? process.env.PORT ?? 0);
const service = await startPopulationService({ port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`tokhai population service (synthetic data only) listening on ${service.url}`);
console.log(`  curl -H 'Authorization: Bearer ${DEMO_SERVICE_TOKEN}' ${service.url}/citizens/${DEMO_PIDS.thu}/identity`);
console.log(`  curl -H 'Authorization: Bearer ${Object.keys(DEMO_ACCESS_TOKENS)[0]}' ${service.url}/userinfo`);
console.log(`  attestation key: ${service.url}/.well-known/jwks.json (kid ${service.publicJwk.kid})`);

const stop = async () => {
  await service.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
