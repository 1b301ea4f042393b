// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { sexCode } from './sex.js';

describe('sex.code', () => {
  it('maps the ways sources write sex to male/female', () => {
    for (const v of ['male', 'Nam', 'NAM', 'M', 1]) expect(sexCode(v, {})).toEqual({ ok: true, value: 'male' });
    for (const v of ['female', 'Nữ', 'nu', 'F', '2']) expect(sexCode(v, {})).toEqual({ ok: true, value: 'female' });
  });

  it('refuses values tokhai does not record', () => {
    expect(sexCode('other', {})).toMatchObject({ ok: false, kind: 'type' });
    expect(sexCode('constructor', {})).toMatchObject({ ok: false, kind: 'type' });
    expect(sexCode(null, {})).toMatchObject({ ok: false, kind: 'type' });
  });
});
