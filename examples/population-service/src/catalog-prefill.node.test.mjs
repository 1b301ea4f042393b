// SPDX-License-Identifier: MIT
// The catalog's prefill bindings against the reference service: every form in forms/ must prefill without a single
// failure for a fully recorded citizen, and every locked value must verify against the service's signatures.
// A failure here means a binding and the provider vocabulary (BRIEF.md) disagree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { compileForm } from '@tokhai/core';
import { applyPrefill, planBundlePrefill, planPrefill, runBundlePrefill, runPrefill, verifyAttestations } from '@tokhai/prefill';
import { startPopulationService } from './server.mjs';
import { DEMO_PIDS } from './fixtures.mjs';
import { populationServiceProviders } from './providers.mjs';

const FORMS = new URL('../../../forms/', import.meta.url);
const definitions = existsSync(FORMS)
  ? readdirSync(FORMS, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'dist' && d.name !== 'bundles')
      .flatMap((d) => readdirSync(new URL(`${d.name}/`, FORMS)).filter((f) => f.endsWith('.form.json')).map((f) => new URL(`${d.name}/${f}`, FORMS)))
      .map((url) => JSON.parse(readFileSync(url, 'utf8')))
      .filter((d) => (d.prefill ?? []).length > 0)
  : [];

const BUNDLES = new URL('bundles/', FORMS);
const bundles = existsSync(BUNDLES)
  ? readdirSync(BUNDLES).filter((f) => f.endsWith('.bundle.json')).map((f) => JSON.parse(readFileSync(new URL(f, BUNDLES), 'utf8')))
  : [];
const KEYS = () => Object.fromEntries(['vneid', 'population', 'health', 'insurance', 'licences'].map((s) => [s, service.publicJwk]));

let service;
beforeAll(async () => {
  service = await startPopulationService();
});
afterAll(() => service?.close());

describe.runIf(definitions.length > 0)('catalog forms prefilled from the reference service', () => {
  it.each(definitions.map((d) => [d.id, d]))('%s fills every binding and its locked values verify', async (_id, definition) => {
    const form = compileForm(definition);
    const providers = populationServiceProviders({ url: service.url, accessToken: 'demo-access-thu', userinfoKey: service.publicJwk });
    const decisions = Object.fromEntries(planPrefill(form, providers).map((r) => [r.source, 'granted']));
    const result = await runPrefill({ form, providers, decisions, subject: DEMO_PIDS.thu, data: {} });
    expect(result.failures).toEqual([]);
    expect(Object.keys(result.values).length + result.missing.length).toBe(definition.prefill.length);
    const { data, provenance } = applyPrefill({}, result);
    const keys = Object.fromEntries(['vneid', 'population', 'health', 'insurance', 'licences'].map((s) => [s, service.publicJwk]));
    const verdict = await verifyAttestations({ data, provenance, attestations: result.attestations }, form, keys, { subject: DEMO_PIDS.thu });
    expect(verdict.failures).toEqual([]);
    expect(verdict.verified.length).toBe(definition.prefill.filter((b) => b.mode === 'locked' && result.values[b.target] !== undefined).length);
  });
});

describe.runIf(bundles.length > 0)('catalog bundles prefilled from the reference service', () => {
  it.each(bundles.map((b) => [b.id, b]))('%s asks once, fills its members, and never puts the parent in the other person\'s place', async (_id, bundle) => {
    const forms = bundle.members.map((m) => definitions.find((d) => d.id === m.form)).filter(Boolean).map((d) => compileForm(d));
    expect(forms).toHaveLength(bundle.members.length);
    const providers = populationServiceProviders({ url: service.url, accessToken: 'demo-access-thu', userinfoKey: service.publicJwk });
    const requests = planBundlePrefill(bundle, forms, providers);
    expect(new Set(requests.map((r) => r.source)).size).toBe(requests.length);
    const decisions = Object.fromEntries(requests.map((r) => [r.source, 'granted']));
    const result = await runBundlePrefill({ bundle, forms, providers, decisions, subject: DEMO_PIDS.thu });
    expect(result.failures).toEqual([]);
    // A shared answer is never filled with the signed-in citizen's data in one member and left to the citizen in another.
    for (const answer of bundle.shared) {
      const filled = Object.entries(answer.pointers).filter(([formId, p]) => result.byForm[formId]?.values[p] !== undefined);
      if (filled.length > 0) expect(filled.length).toBe(Object.keys(answer.pointers).filter((f) => result.byForm[f]).length);
    }
    for (const form of forms) {
      const r = result.byForm[form.id];
      const { data, provenance } = applyPrefill({}, r);
      const verdict = await verifyAttestations({ data, provenance, attestations: r.attestations }, form, KEYS(), { subject: DEMO_PIDS.thu });
      expect(verdict.failures).toEqual([]);
    }
  });
});
