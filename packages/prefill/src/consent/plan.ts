// SPDX-License-Identifier: MIT
/**
 * Planning: which sources a form needs, which claims from each, and what the consent panel must say. Nothing is
 * fetched here. The same plan drives `runPrefill`, so the citizen is asked about exactly what will be requested
 * (Decree 13/2023: consent is specific to a purpose and to the data listed).
 */
import type { PrefillBinding } from '@tokhai/core';
import { formView, type FormView } from '../form-view.js';
import { pointerContains } from '../pointer.js';
import { toRegistry } from '../registry.js';
import type { CitizenDataProvider, ConsentField, ConsentRequest, PrefillForm, ProviderSource } from '../types.js';
import { isSensitiveClaim, isThirdPartyClaim } from './sensitive.js';

/** One binding of one form, ready to run. */
export interface PlannedTarget {
  form: FormView;
  binding: PrefillBinding;
  field: ConsentField;
}

/** Everything to ask one source. */
export interface SourcePlan {
  provider: CitizenDataProvider;
  targets: PlannedTarget[];
  request: ConsentRequest;
}

/** True when the provider says it can supply the claim (no `claims` list means it may supply anything). */
function supplies(provider: CitizenDataProvider, claim: string): boolean {
  return provider.claims === undefined || provider.claims.some((c) => pointerContains(c, claim));
}

/**
 * Groups the bindings of one or more forms by source, keeping only registered providers that can supply the
 * claim. Sources appear in the order the forms first bind them.
 * @internal shared by planPrefill, runPrefill and the bundle functions.
 */
export function planSources(forms: readonly FormView[], providers: ProviderSource): SourcePlan[] {
  const registry = toRegistry(providers);
  const plans = new Map<string, SourcePlan>();
  for (const form of forms) {
    for (const binding of form.bindings) {
      const provider = registry.get(binding.source);
      if (!provider || !supplies(provider, binding.claim)) continue;
      let plan = plans.get(provider.id);
      if (!plan) {
        plan = { provider, targets: [], request: emptyRequest(provider) };
        plans.set(provider.id, plan);
      }
      const field: ConsentField = {
        formId: form.id,
        pointer: binding.target,
        claim: binding.claim,
        label: form.label(binding.target),
        mode: binding.mode ?? 'editable',
        sensitive: isSensitiveClaim(binding.claim, provider),
        aboutOthers: isThirdPartyClaim(binding.claim),
      };
      plan.targets.push({ form, binding, field });
      addToRequest(plan.request, field);
    }
  }
  return [...plans.values()];
}

function emptyRequest(provider: CitizenDataProvider): ConsentRequest {
  return {
    source: provider.id,
    label: { ...provider.label },
    purpose: { ...provider.purpose },
    claims: [],
    fields: [],
    sensitive: false,
    sensitiveClaims: [],
    aboutOthers: false,
    forms: [],
  };
}

function addToRequest(request: ConsentRequest, field: ConsentField): void {
  request.fields.push(field);
  if (!request.claims.includes(field.claim)) request.claims.push(field.claim);
  if (field.sensitive && !request.sensitiveClaims.includes(field.claim)) request.sensitiveClaims.push(field.claim);
  request.sensitive ||= field.sensitive;
  request.aboutOthers ||= field.aboutOthers;
  if (!request.forms.includes(field.formId)) request.forms.push(field.formId);
}

/**
 * What the citizen must be asked before prefilling `form`: one request per source, listing the data, the purpose
 * and whether any of it is sensitive. Bindings to unregistered sources, or to claims a provider does not offer,
 * are left out (those fields are simply filled by hand).
 */
export function planPrefill(form: PrefillForm, providers: ProviderSource): ConsentRequest[] {
  return planSources([formView(form)], providers).map((p) => p.request);
}
