// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { PREFILL_TRANSFORMS } from '@tokhai/core';
import { applyTransform, loadTransformContext, TRANSFORMS } from './index.js';

describe('transform table', () => {
  it('implements every transform core declares', () => {
    expect(Object.keys(TRANSFORMS).sort()).toEqual([...PREFILL_TRANSFORMS].sort());
  });

  it('passes values through without a transform and refuses unknown names', () => {
    expect(applyTransform(undefined, { a: 1 })).toEqual({ ok: true, value: { a: 1 } });
    expect(applyTransform('name.reverse', 'x')).toMatchObject({ ok: false, kind: 'type' });
    expect(applyTransform('toString', 'x')).toMatchObject({ ok: false, kind: 'type' });
  });

  it('loads the administrative units only for the transforms that need them', async () => {
    expect((await loadTransformContext(['name.upper', undefined])).adminUnits).toBeUndefined();
    const ctx = await loadTransformContext(['address.units']);
    expect(ctx.adminUnits?.unit('00004')?.provinceCode).toBe('01');
  });
});
