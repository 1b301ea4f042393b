// SPDX-License-Identifier: MIT
/**
 * The engines' shortcuts against the full answers, over every case of the JSON Schema Test Suite (both drafts):
 * the interpreter's yes/no matcher (rule conditions, conditional `required`) against the interpreter's validator,
 * and the ajv engine's validator without `verbose` (ajv run again with `verbose` only for errors it cannot place
 * otherwise) against one `verbose` run.
 */
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../models/json-schema.js';
import type { SchemaValidator } from '../models/engine.js';
import { ajvEngine } from './ajv-engine.js';
import { interpreterEngine, interpreterMatcher } from './interpreter.js';
import { SUITE } from './suite-cases.test.helper.js';

const attempt = <T>(make: () => T): T | undefined => {
  try {
    return make();
  } catch {
    return undefined;
  }
};

describe('engine shortcuts give the full answer on every JSON Schema Test Suite case', () => {
  it('interpreterMatcher says "matches" exactly when the interpreter reports no error', { timeout: 180_000 }, () => {
    const engine = interpreterEngine();
    let compared = 0;
    const differ: string[] = [];
    for (const f of SUITE) {
      for (const g of f.groups) {
        const validate = attempt(() => engine.compile(g.schema as JsonSchema, { draft: f.draft }));
        const matches = attempt(() => interpreterMatcher(g.schema as JsonSchema, f.draft));
        expect(matches === undefined, `${f.file} :: ${g.description}: both compile or neither`).toBe(validate === undefined);
        if (!validate || !matches) continue;
        for (const t of g.tests) {
          compared++;
          if (matches(t.data) !== (validate(t.data).length === 0)) differ.push(`${f.file} :: ${g.description} :: ${t.description}`);
        }
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(3500);
  });

  it('the ajv engine gives the same errors without verbose as with it, in any order of valid and invalid data', { timeout: 180_000 }, () => {
    // Extra ajv options (which may edit data) make the engine validate exactly once, with verbose.
    const [checked, full] = [ajvEngine(), ajvEngine({ ajv: {} })];
    let compared = 0;
    const differ: string[] = [];
    for (const f of SUITE) {
      for (const g of f.groups) {
        const a = attempt(() => checked.compile(g.schema as JsonSchema, { draft: f.draft }));
        const b = attempt(() => full.compile(g.schema as JsonSchema, { draft: f.draft }));
        if (!a || !b) continue;
        // Forwards then backwards: each case is met after valid data and after invalid data.
        for (const t of [...g.tests, ...[...g.tests].reverse()]) {
          compared++;
          const [x, y]: ReturnType<SchemaValidator>[] = [a(t.data), b(t.data)];
          if (JSON.stringify(x) !== JSON.stringify(y)) differ.push(`${f.file} :: ${g.description} :: ${t.description}`);
        }
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(7000);
  });
});
