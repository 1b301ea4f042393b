// SPDX-License-Identifier: MIT
// The catalog the portal serves: `forms/dist` as `tokhai build forms` writes it (catalog.json, <id>.form.json,
// <id>.validator.js, bundles/*.bundle.json). Every form is compiled once, with the ajv engine (Node may use
// `new Function`), for the server-side verification of submissions.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileForm } from '@tokhai/core';
import { ajvEngine } from '@tokhai/core/ajv';

/** Thrown when the build outputs the portal needs are missing. */
export class MissingBuildError extends Error {
  constructor(what, hint) {
    super(`${what} is missing. ${hint}`);
    this.name = 'MissingBuildError';
  }
}

/** Compares dotted numeric versions (`1.10.0` > `1.9.3`); pre-release tags sort before the release. */
const compareVersions = (a, b) => {
  const pa = a.split(/[.+-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  const pb = b.split(/[.+-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    if (pa[i] === undefined) return 1;
    if (pb[i] === undefined) return -1;
    return typeof pa[i] === 'number' && typeof pb[i] === 'number' ? pa[i] - pb[i] : String(pa[i]) < String(pb[i]) ? -1 : 1;
  }
  return 0;
};

/**
 * Loads `forms/dist`. Forms are keyed by id, then version (a portal may serve several versions while drafts of
 * the old one are still being submitted; `tokhai build` writes one version per id today).
 * @param {string} dist
 */
export function loadCatalog(dist) {
  const index = join(dist, 'catalog.json');
  if (!existsSync(index)) throw new MissingBuildError(index, 'Run `npm run build` (or `node packages/cli/dist/bin.js build forms`) first.');
  const entries = JSON.parse(readFileSync(index, 'utf8'));
  /** @type {Map<string, Map<string, any>>} */
  const byId = new Map();
  const forms = [];
  for (const entry of entries) {
    const definition = JSON.parse(readFileSync(join(dist, entry.file), 'utf8'));
    const compiled = compileForm(definition, { engine: ajvEngine() });
    const form = {
      id: entry.id,
      version: entry.version,
      title: entry.title,
      description: definition.description,
      procedure: entry.procedure,
      file: entry.file,
      validator: entry.validator,
      definition,
      compiled,
    };
    if (!byId.has(form.id)) byId.set(form.id, new Map());
    byId.get(form.id).set(form.version, form);
    forms.push(form);
  }
  const latest = (id) => [...(byId.get(id)?.values() ?? [])].sort((a, b) => compareVersions(b.version, a.version))[0];
  const bundlesDir = join(dist, 'bundles');
  const bundles = existsSync(bundlesDir)
    ? readdirSync(bundlesDir)
        .filter((f) => f.endsWith('.bundle.json'))
        .sort()
        .map((f) => {
          const definition = JSON.parse(readFileSync(join(bundlesDir, f), 'utf8'));
          return {
            id: definition.id,
            version: definition.version,
            title: definition.title,
            description: definition.description,
            members: definition.members.map((m) => m.form),
            file: `bundles/${f}`,
            definition,
          };
        })
    : [];
  return {
    dist,
    forms: [...byId.keys()].sort().map(latest),
    bundles,
    /** The form with this id (any version), or undefined. */
    hasForm: (id) => byId.has(id),
    /** The form with this id and version, or undefined. */
    form: (id, version) => byId.get(id)?.get(version),
    /** The newest version of a form. */
    latest,
    bundle: (id) => bundles.find((b) => b.id === id),
  };
}
