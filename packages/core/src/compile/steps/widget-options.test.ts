// SPDX-License-Identifier: MIT
/**
 * `BUILT_IN_WIDGET_OPTIONS` is what `unknown-widget-option` trusts; it must be exactly the values core's testers
 * read. Tied both ways: by behaviour (each value changes which built-in tester wins for some control, a misspelt one
 * changes nothing) and by the testers' source (every value compared there is listed here).
 */
import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../../models/json-schema.js';
import type { UISchemaElement } from '../../models/uischema.js';
import * as ranked from '../../testers/ranked.js';
import * as testers from '../../testers/testers.js';
import { BUILT_IN_WIDGET_OPTIONS } from './widget-options.js';

declare global {
  interface ImportMeta {
    glob<T>(pattern: string | string[], options: { eager: true; import: 'default'; query?: string }): Record<string, T>;
  }
}

/** The testers' source, read as text. */
const TESTER_SOURCE = Object.values(import.meta.glob<string>(['../../testers/testers.ts', '../../testers/ranked.ts'], { eager: true, import: 'default', query: '?raw' })).join('\n');

/** Every built-in ranked tester, by name. */
const TESTERS = Object.entries(ranked).filter((e): e is [string, ranked.TesterRow['tester']] => e[0].endsWith('ControlTester') && typeof e[1] === 'function');

/** Controls of every kind the testers tell apart. */
const PROBES: Record<string, JsonSchemaObject> = {
  string: { type: 'string' },
  boolean: { type: 'boolean' },
  smallChoice: { type: 'string', enum: ['a', 'b'] },
  largeChoice: { type: 'string', enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
  arrayOfChoices: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } },
  object: { type: 'object', properties: { x: { type: 'string' } } },
  address: { type: 'object', properties: { street: { type: 'string' }, provinceCode: { type: 'string' }, communeCode: { type: 'string' } } },
};

/** The tester that wins for a control of `probe` with `options`, and its rank. */
const winner = (probe: JsonSchemaObject, options?: Record<string, unknown>): string => {
  const root: JsonSchemaObject = { type: 'object', properties: { f: probe } };
  const control = { type: 'Control', scope: '#/properties/f', ...(options ? { options } : {}) } as UISchemaElement;
  let best = 'none';
  let rank = testers.NOT_APPLICABLE;
  for (const [name, tester] of TESTERS) {
    const r = tester(control, root, { rootSchema: root });
    if (r > rank) [best, rank] = [name, r];
  }
  return `${best}@${rank}`;
};

/** Whether `options[option] = value` changes the winning tester (or its rank) of some probe. */
const changesSomeWidget = (option: string, value: string): boolean =>
  Object.values(PROBES).some((probe) => winner(probe, { [option]: value }) !== winner(probe));

/** The values the testers' source compares `options.format` / `options.mask` with. */
const valuesInTesterSource = (): Record<'format' | 'mask', string[]> => {
  const source = TESTER_SOURCE;
  expect(source).toContain('export const fileControlTester');
  const found: Record<'format' | 'mask', Set<string>> = { format: new Set(), mask: new Set() };
  for (const m of source.matchAll(/optionIs\('(format|mask)',\s*'([^']+)'\)/g)) found[m[1] as 'format' | 'mask'].add(m[2]);
  for (const m of source.matchAll(/forced\('([^']+)'/g)) found.format.add(m[1]);
  for (const m of source.matchAll(/optionIn\('(format|mask)',\s*([A-Za-z_]+)\)/g)) {
    const list = (testers as Record<string, unknown>)[m[2]];
    expect(Array.isArray(list), `${m[2]} is an exported list`).toBe(true);
    for (const v of list as string[]) found[m[1] as 'format' | 'mask'].add(v);
  }
  return { format: [...found.format].sort(), mask: [...found.mask].sort() };
};

describe('BUILT_IN_WIDGET_OPTIONS', () => {
  it('lists exactly the values the testers compare options.format and options.mask with', () => {
    const inSource = valuesInTesterSource();
    expect(inSource.format.length).toBeGreaterThan(5);
    expect([...BUILT_IN_WIDGET_OPTIONS.format].sort()).toEqual(inSource.format);
    expect([...BUILT_IN_WIDGET_OPTIONS.mask].sort()).toEqual(inSource.mask);
  });

  it('holds only values that change which built-in widget a control gets', () => {
    for (const option of ['format', 'mask'] as const)
      for (const value of BUILT_IN_WIDGET_OPTIONS[option]) expect(changesSomeWidget(option, value), `options.${option} "${value}"`).toBe(true);
  });

  it('leaves out misspellings, which change nothing (what unknown-widget-option warns about)', () => {
    for (const value of ['radios', 'Radio', 'dropdown', 'text-area', 'admin_unit']) expect(changesSomeWidget('format', value), value).toBe(false);
    for (const value of ['cccd', 'DDCN', 'tel']) expect(changesSomeWidget('mask', value), value).toBe(false);
  });
});
