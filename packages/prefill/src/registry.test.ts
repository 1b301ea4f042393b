// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { ProviderRegistry } from './registry.js';
import { fakeProvider } from './test/fixtures.js';

describe('ProviderRegistry', () => {
  it('holds providers by id in registration order', () => {
    const registry = new ProviderRegistry([fakeProvider('vneid')]).register(fakeProvider('population'));
    expect(registry.list().map((p) => p.id)).toEqual(['vneid', 'population']);
    expect(registry.get('population')?.id).toBe('population');
    expect(registry.has('health')).toBe(false);
    expect(registry.unregister('vneid')).toBe(true);
    expect(registry.list().map((p) => p.id)).toEqual(['population']);
  });

  it('refuses a second provider with the same id, and an empty id', () => {
    const registry = new ProviderRegistry([fakeProvider('vneid')]);
    expect(() => registry.register(fakeProvider('vneid'))).toThrow(/already registered/);
    expect(() => registry.register(fakeProvider(''))).toThrow(TypeError);
  });
});
