// SPDX-License-Identifier: MIT
/* global URLSearchParams */
// Shared by the portal's tests and the load benchmark: build-output checks, a portal on a temporary database,
// synthetic sign-in, and submissions made the way <tk-form> makes them (prefill through the portal's proxy,
// then core's prepareSubmission).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import initSqlJs from 'sql.js';
import { applyPrefill, combineProviders, httpJsonProvider, oidcClaimsProvider, runPrefill } from '@tokhai/prefill';
import { createPortal, PATHS, REPO } from './portal.mjs';
import { portalProviders } from '../public/providers.js';

/** A citizen of the population service with a level-2 e-ID account (prefill of own data allowed). */
export const CITIZEN_PID = '001090012345';
/** Another synthetic citizen, for ownership checks. */
export const OTHER_PID = '001192054321';

/**
 * Builds the catalog when only it is missing; otherwise fails with a clear message when the build outputs the
 * portal serves are missing (`npm test` builds first).
 * @param {{ bundle?: boolean }} [need]
 */
export function requireBuildOutputs(need = {}) {
  const missing = [];
  const cli = join(REPO, 'packages/cli/dist/bin.js');
  // The catalog is quick to build (seconds) when the CLI is built; the elements bundle needs the full build.
  if (!existsSync(join(PATHS.formsDist, 'catalog.json')) && existsSync(cli)) {
    spawnSync(process.execPath, [cli, 'build', 'forms'], { cwd: REPO, stdio: 'inherit' });
  }
  if (!existsSync(join(PATHS.formsDist, 'catalog.json'))) missing.push('forms/dist/catalog.json (node packages/cli/dist/bin.js build forms)');
  const bundle = join(PATHS.elementsDist, 'tokhai.bundle.js');
  if (need.bundle && (!existsSync(bundle) || !/TkForm/.test(readFileSync(bundle, 'utf8')))) {
    missing.push('packages/elements/dist/tokhai.bundle.js (rollup -c, part of npm run build)');
  }
  if (missing.length) throw new Error(`The portal tests need build outputs that are missing: ${missing.join('; ')}. Run \`npm run build\` first.`);
}

/** Starts a portal on a fresh temporary database; `cleanup()` closes it and deletes the database. */
export async function startTestPortal(options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tokhai-portal-'));
  const dbFile = join(dir, 'portal.sqlite');
  const portal = await createPortal({ port: 0, dbFile, ...options });
  return {
    ...portal,
    dbFile,
    async cleanup() {
      await portal.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Signs in as a synthetic citizen; returns the session cookie. */
export async function signIn(url, pid = CITIZEN_PID) {
  const response = await fetch(`${url}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ citizen: pid, next: '/' }),
    redirect: 'manual',
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 303 || !cookie) throw new Error(`sign-in failed: HTTP ${response.status}`);
  return cookie;
}

/** The first valid fixture of a catalog form (`forms/<dir>/fixtures/valid/<name>`). */
export function fixtureData(formId, name = 'minimal.json') {
  const dir = readdirSync(join(REPO, 'forms'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'dist')
    .map((d) => join(REPO, 'forms', d.name))
    .find((d) => existsSync(join(d, `${formId}.form.json`)) && existsSync(join(d, 'fixtures/valid')));
  if (!dir) throw new Error(`no folder for ${formId}`);
  return JSON.parse(readFileSync(join(dir, 'fixtures/valid', name), 'utf8'));
}

/**
 * A submission as <tk-form> would send it: fixture data, prefilled through the portal's proxy (consent granted to
 * every source), prepared by core.
 */
export async function makeSubmission(portal, cookie, formId, { data, locale = 'vi', prefill = true } = {}) {
  const form = portal.catalog.latest(formId);
  let values = data ?? fixtureData(formId);
  let provenance = {};
  let consent = [];
  let attestations = [];
  if (prefill) {
    const providers = portalProviders({ httpJsonProvider, oidcClaimsProvider, combineProviders }, { baseUrl: portal.url, headers: () => ({ cookie }) });
    const decisions = Object.fromEntries(providers.map((p) => [p.id, 'granted']));
    const result = await runPrefill({ form: form.compiled, providers, decisions, data: values, locale });
    const applied = applyPrefill(values, result);
    values = applied.data;
    provenance = applied.provenance;
    consent = result.consent;
    attestations = result.attestations;
  }
  const submittedAt = new Date().toISOString();
  const submission = {
    formId: form.id,
    formVersion: form.version,
    submissionId: randomUUID(),
    submittedAt,
    locale,
    // As <tk-form> does: computed values read `$now` as the submission date (the server recomputes them so).
    data: form.compiled.prepareSubmission(values, { now: submittedAt }),
    provenance,
    consent,
  };
  if (attestations.length) submission.attestations = attestations;
  return submission;
}

/** The submissions in the database file on disk (what survives a restart), read with a separate sql.js instance. */
export async function rowsOnDisk(file) {
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(file));
  try {
    const result = db.exec('SELECT submission_id, form_id, filing_id, owner, digest FROM submissions ORDER BY id');
    return result.length ? result[0].values.map(([submission_id, form_id, filing_id, owner, digest]) => ({ submission_id, form_id, filing_id, owner, digest })) : [];
  } finally {
    db.close();
  }
}

/** POSTs JSON (or raw text with any content type) with the session cookie. */
export async function post(url, path, cookie, body, { contentType = 'application/json', raw = false } = {}) {
  const response = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) },
    body: raw ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, headers: response.headers };
}
