// SPDX-License-Identifier: MIT
/**
 * The part of `@tokhai/prefill` a browser runs: the provider adapters, planning, running and applying prefill for
 * one form or a bundle of forms. `<tk-form>` and `loadPrefill()` import this module, not the package entry, because
 * a dynamic import keeps every export of the module it names: through the entry, the prefill chunk also carried
 * what only servers and JavaScript sources run (signing and verifying attestations, with jose's JWS code).
 */
export {
  applyPrefill,
  combineProviders,
  httpJsonProvider,
  oidcClaimsProvider,
  planBundlePrefill,
  planPrefill,
  runBundlePrefill,
  runPrefill,
  shareAnswers,
  userinfoEndpoint,
} from '@tokhai/prefill';
