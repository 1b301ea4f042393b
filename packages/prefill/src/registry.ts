// SPDX-License-Identifier: MIT
/** The providers a portal makes available, by id. */
import type { CitizenDataProvider, ProviderRegistryLike, ProviderSource } from './types.js';

/** A set of providers keyed by id. Registering the same id twice is an error (bindings would be ambiguous). */
export class ProviderRegistry implements ProviderRegistryLike {
  readonly #providers = new Map<string, CitizenDataProvider>();

  /** Creates a registry holding `providers`. */
  constructor(providers: Iterable<CitizenDataProvider> = []) {
    for (const p of providers) this.register(p);
  }

  /** Adds a provider. Throws when its id is already registered. Returns the registry for chaining. */
  register(provider: CitizenDataProvider): this {
    if (!provider.id) throw new TypeError('A provider needs a non-empty id.');
    if (this.#providers.has(provider.id)) throw new Error(`A provider with id "${provider.id}" is already registered.`);
    this.#providers.set(provider.id, provider);
    return this;
  }

  /** Removes a provider; returns whether it was there. */
  unregister(id: string): boolean {
    return this.#providers.delete(id);
  }

  /** The provider with this id, if any. */
  get(id: string): CitizenDataProvider | undefined {
    return this.#providers.get(id);
  }

  /** True when a provider with this id is registered. */
  has(id: string): boolean {
    return this.#providers.has(id);
  }

  /** Every provider, in registration order. */
  list(): CitizenDataProvider[] {
    return [...this.#providers.values()];
  }
}

/** Accepts a registry or a plain list, so callers can pass whichever they hold. */
export function toRegistry(source: ProviderSource): ProviderRegistryLike {
  return Array.isArray(source) ? new ProviderRegistry(source as readonly CitizenDataProvider[]) : (source as ProviderRegistryLike);
}
