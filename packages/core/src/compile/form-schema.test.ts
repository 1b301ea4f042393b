import { describe, expect, it } from 'vitest';
import { BUNDLE_SCHEMA_ID, FORM_SCHEMA_ID, formBundleSchema, formDefinitionSchema } from './form-schema.js';
import { interpreterEngine } from '../engines/interpreter.js';
import { ajvEngine } from '../engines/ajv-engine.js';
import type { JsonSchema } from '../models/json-schema.js';

declare global {
  interface ImportMeta {
    glob<T>(pattern: string | string[], options: { eager: true; import: 'default'; query?: string }): Record<string, T>;
  }
}

const published = import.meta.glob<string>('../../schema/*.json', { eager: true, import: 'default', query: '?raw' });
const catalog = import.meta.glob<string>(['../../../../forms/*/*.form.json', '../../../../forms/bundles/*.bundle.json'], { eager: true, import: 'default', query: '?raw' });
const file = (name: string): unknown => JSON.parse(published[`../../schema/${name}`] ?? 'null');

describe('published meta-schemas', () => {
  it('are the files in packages/core/schema, byte for byte (regenerate: see the README, "Meta-schemas")', () => {
    expect(file('form.schema.json')).toEqual(formDefinitionSchema);
    expect(file('bundle.schema.json')).toEqual(formBundleSchema);
    expect(published['../../schema/form.schema.json']).toBe(JSON.stringify(formDefinitionSchema, null, 2) + '\n');
  });

  it('keep their stable $id', () => {
    expect(formDefinitionSchema.$id).toBe('https://schemas.tokhai.dev/form/v1/form.schema.json');
    expect(FORM_SCHEMA_ID).toBe(formDefinitionSchema.$id);
    expect(BUNDLE_SCHEMA_ID).toBe(formBundleSchema.$id);
  });

  it('are valid 2020-12 schemas that ajv compiles in strict mode', () => {
    expect(() => ajvEngine({ ajv: { strict: true, strictRequired: false, strictTypes: false } }).compile(formDefinitionSchema as unknown as JsonSchema, { draft: '2020-12' })).not.toThrow();
    expect(() => ajvEngine().compile(formBundleSchema as unknown as JsonSchema, { draft: '2020-12' })).not.toThrow();
  });

  it('accept every catalog form and bundle, with both engines agreeing', () => {
    const entries = Object.entries(catalog);
    expect(entries.length).toBeGreaterThan(0);
    const engines = [interpreterEngine(), ajvEngine()];
    const form = engines.map((e) => e.compile(formDefinitionSchema as unknown as JsonSchema, { draft: '2020-12' }));
    const bundle = engines.map((e) => e.compile(formBundleSchema as unknown as JsonSchema, { draft: '2020-12' }));
    for (const [path, text] of entries) {
      const [a, b] = (path.endsWith('.bundle.json') ? bundle : form).map((v) => v(JSON.parse(text)));
      expect(a, path).toEqual([]);
      expect(b, path).toEqual([]);
    }
  });
});
