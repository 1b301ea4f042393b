import { describe, expect, it } from 'vitest';
import { compileForm } from './compile-form.js';
import { definitionFromSchema } from './definition-from-schema.js';
import { FormDefinitionError, type DefinitionProblem } from '../models/errors.js';
import type { FormDefinition } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import { ajvEngine } from '../engines/ajv-engine.js';

const person: JsonSchemaObject = {
  type: 'object',
  properties: {
    fullName: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 1 },
    pid: { type: 'string', format: 'vn-pid' },
    address: {
      type: 'object',
      properties: { street: { type: 'string' }, communeCode: { type: 'string', format: 'vn-commune-code' }, provinceCode: { type: 'string', format: 'vn-province-code' } },
    },
    parents: { type: 'object', title: 'Cha mẹ', properties: { father: { type: 'string' } } },
    children: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
  },
  required: ['fullName'],
};

const base = (over: Partial<FormDefinition> = {}): FormDefinition => ({
  id: 'vn.test.person',
  version: '1.0.0',
  title: { vi: 'Tờ khai thử', en: 'Test form' },
  schema: person,
  ...over,
});

/** Compiles and returns the problems (or [] when it compiles). */
const problemsOf = (def: unknown, options = {}): DefinitionProblem[] => {
  try {
    compileForm(def as FormDefinition, options);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(FormDefinitionError);
    return [...(e as FormDefinitionError).problems];
  }
};

describe('compileForm on a valid definition', () => {
  it('compiles a bare JSON Schema through definitionFromSchema and generates the layout', () => {
    const form = compileForm(definitionFromSchema(person, { id: 'vn.test.bare' }));
    expect(form.id).toBe('vn.test.bare');
    expect(form.definition.title).toEqual({ vi: 'vn.test.bare' });
    expect(form.ui.type).toBe('VerticalLayout');
    const elements = (form.ui as unknown as { elements: Array<Record<string, unknown>> }).elements;
    expect(elements.map((e) => e.type)).toEqual(['Control', 'Control', 'Control', 'Group', 'Control']);
    expect(elements[2]).toEqual({ type: 'Control', scope: '#/properties/address', options: { format: 'admin-unit' } });
    expect(elements[3]).toMatchObject({ type: 'Group', label: 'Cha mẹ', elements: [{ type: 'Control', scope: '#/properties/parents/properties/father' }] });
  });

  it('accepts a bare JSON Schema where a definition is expected', () => {
    const form = compileForm(person as unknown as FormDefinition);
    expect(form.id).toBe('local.form');
    expect(form.validate({}).errors.map((e) => e.pointer)).toEqual(['/fullName']);
  });

  it('uses the schema title for a bare schema without options', () => {
    expect(compileForm(definitionFromSchema({ ...person, title: 'Hồ sơ' })).definition.title).toEqual({ vi: 'Hồ sơ' });
  });

  it('escapes property names in generated scopes so they resolve back', () => {
    const form = compileForm(definitionFromSchema({ type: 'object', properties: { 'a/b~c%d': { type: 'string' } } }));
    const scope = (form.ui as { elements: Array<{ scope: string }> }).elements[0].scope;
    expect(form.resolveScope(scope)).toEqual({ type: 'string' });
  });

  it('does not modify the definition it is given, even when frozen', () => {
    const def = base({ ui: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/fullName' }] } });
    const before = JSON.stringify(def);
    const freeze = (o: unknown) => {
      if (o && typeof o === 'object') {
        Object.freeze(o);
        Object.values(o).forEach(freeze);
      }
    };
    freeze(def);
    compileForm(def);
    compileForm(def, { engine: ajvEngine() });
    expect(JSON.stringify(def)).toBe(before);
  });

  it('returns a frozen form whose definition carries the settled layout', () => {
    const form = compileForm(base());
    expect(Object.isFrozen(form)).toBe(true);
    expect(Object.isFrozen(form.definition)).toBe(true);
    expect(form.definition.ui).toBe(form.ui);
  });

  it('resolves scopes from the root or from an item schema', () => {
    const form = compileForm(base());
    expect(form.resolveScope('#/properties/address/properties/street')).toEqual({ type: 'string' });
    expect(form.resolveScope('#/properties/name', (person.properties!.children as JsonSchemaObject).items as JsonSchemaObject)).toEqual({ type: 'string' });
    expect(form.resolveScope('#/properties/nope')).toBeUndefined();
    expect(form.resolveScope('#')).toBe(form.schema);
  });

  it('resolves texts: a key in the locale, then in vi, else the literal', () => {
    const form = compileForm(base({ i18n: { vi: { greet: 'Xin chào', only: 'Chỉ tiếng Việt' }, en: { greet: 'Hello', only: 'Vietnamese only' } } }));
    expect(form.text('greet', 'en')).toBe('Hello');
    expect(form.text('greet', 'vi')).toBe('Xin chào');
    expect(form.text('Văn bản tự do', 'en')).toBe('Văn bản tự do');
    expect(form.text(undefined, 'vi', 'mặc định')).toBe('mặc định');
    expect(form.text(undefined, 'vi')).toBe('');
  });

  it('accepts array details whose scopes are relative to the item schema', () => {
    const ui = { type: 'VerticalLayout' as const, elements: [{ type: 'Control' as const, scope: '#/properties/children', options: { detail: { type: 'VerticalLayout' as const, elements: [{ type: 'Control' as const, scope: '#/properties/name' }] } } }] };
    expect(problemsOf(base({ ui }))).toEqual([]);
  });
});

describe('compileForm on a broken definition', () => {
  it('lists every problem at once, each with a pointer into the definition', () => {
    const def = base({
      schema: {
        ...person,
        properties: {
          ...person.properties,
          code: { type: 'string', format: 'vn-pidd' },
          evil: { type: 'string', pattern: '^(a+)+$' },
          broken: { type: 'string', pattern: '([' },
        },
      },
      ui: {
        type: 'VerticalLayout',
        elements: [
          { type: 'Control', scope: '#/properties/fullNam' },
          { type: 'Control', scope: '#/properties/children', options: { detail: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/children/items/properties/name' }] } } },
        ],
      },
      i18n: { vi: { a: 'A', b: 'B' }, en: { a: 'A' } },
      prefill: [
        { target: '/fullName', source: 'vneid', claim: '/name', transform: 'name.upper' },
        { target: '/nowhere', source: 'vneid', claim: '/name' },
      ],
      messages: { '/nope': { required: 'x' } },
    });
    const problems = problemsOf(def);
    const at = (pointer: string, code: string) => problems.filter((p) => p.pointer === pointer && p.code === code);
    expect(at('/ui/elements/0/scope', 'scope')).toHaveLength(1);
    expect(at('/ui/elements/1/options/detail/elements/0/scope', 'scope')[0].message).toMatch(/relative to the item schema/);
    expect(at('/i18n/en', 'i18n')[0].message).toMatch(/"b" exists in "vi" but not in "en"/);
    expect(at('/schema/properties/code/format', 'format')[0].message).toMatch(/unknown format "vn-pidd". Did you mean "vn-pid"\?/);
    expect(at('/schema/properties/evil/pattern', 'pattern')[0].message).toMatch(/ReDoS/);
    expect(at('/schema/properties/broken/pattern', 'pattern')[0].message).toMatch(/not a valid regular expression/);
    expect(at('/prefill/1/target', 'prefill')).toHaveLength(1);
    expect(at('/messages/~1nope', 'messages')).toHaveLength(1);
    expect(problems).toHaveLength(8);
  });

  it('names the file in the error message', () => {
    try {
      compileForm(base({ ui: { type: 'Control', scope: '#/x' } }), { file: 'forms/a/a.form.json' });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toContain('forms/a/a.form.json#/ui/scope [scope]');
    }
  });

  it('reports meta-schema problems where they are, with a suggestion for typos', () => {
    const problems = problemsOf({ ...base(), titel: 'x', version: 'one', ui: { type: 'Control', scope: '#/properties/fullName', lable: 'x' } });
    expect(problems).toContainEqual({ pointer: '/titel', code: 'meta-schema', message: '"titel" is not a known property here. Did you mean "title"?' });
    expect(problems.find((p) => p.pointer === '/version')!.message).toBe('"one" is not a version number: use MAJOR.MINOR.PATCH (semantic versioning), e.g. "1.0.0".');
    expect(problems.find((p) => p.pointer === '/ui/lable')!.message).toMatch(/Did you mean "label"\?/);
  });

  it('requires Vietnamese texts', () => {
    expect(problemsOf({ ...base(), title: { en: 'Only English' } })).toContainEqual({ pointer: '/title', code: 'meta-schema', message: 'is missing the required property "vi".' });
    expect(problemsOf(base({ i18n: { en: { a: 'A' } } })).some((p) => p.pointer === '/i18n')).toBe(true);
  });

  it('rejects unknown prefill transforms and malformed claims', () => {
    const problems = problemsOf(base({ prefill: [{ target: '/fullName', source: 'vneid', claim: 'name', transform: 'name.reverse' as never }] }));
    expect(problems.map((p) => p.pointer).sort()).toEqual(['/prefill/0/claim', '/prefill/0/transform']);
  });

  it('uses a replacement pattern checker when given', () => {
    const strict = (p: string) => ({ safe: !p.includes('*'), reason: 'stars are banned here' });
    const def = base({ schema: { ...person, properties: { ...person.properties, x: { type: 'string', pattern: '^a*$' } } } });
    expect(problemsOf(def)).toEqual([]);
    expect(problemsOf(def, { patternChecker: strict })[0].message).toMatch(/stars are banned here/);
  });

  it('checks the patterns of rule condition schemas too (they run on every evaluation, in the page and on the server)', () => {
    const rule = (schema: unknown) => ({ effect: 'SHOW', condition: { scope: '#/properties/fullName', schema } });
    const def = base({
      ui: {
        type: 'VerticalLayout',
        elements: [
          { type: 'Control', scope: '#/properties/fullName' },
          { type: 'Control', scope: '#/properties/pid', rule: rule({ pattern: '^(a|a)*$' }) },
          {
            type: 'Control',
            scope: '#/properties/children',
            options: { detail: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/name', rule: { effect: 'HIDE', condition: { type: 'OR', conditions: [{ scope: '#/properties/name', schema: { not: { pattern: '^(\\d+)*x$' } } }] } } }] } },
          },
          { type: 'Control', scope: '#/properties/parents', rule: rule({ type: 'object', patternProperties: { '^([0-9]|\\d)+$': {} } }) },
        ],
      } as never,
    });
    const problems = problemsOf(def).filter((p) => p.code === 'pattern');
    expect(problems.map((p) => p.pointer)).toEqual([
      '/ui/elements/1/rule/condition/schema/pattern',
      '/ui/elements/2/options/detail/elements/0/rule/condition/conditions/0/schema/not/pattern',
      '/ui/elements/3/rule/condition/schema/patternProperties/^([0-9]|\\d)+$',
    ]);
    expect(problems[0].message).toMatch(/super-linear/);
    // The CLI's checker is asked about them as well.
    const asked: string[] = [];
    problemsOf(def, { patternChecker: (p: string) => (asked.push(p), true) });
    expect(asked.sort()).toEqual(['^(\\d+)*x$', '^(a|a)*$', '^([0-9]|\\d)+$'].sort());
  });

  it('rejects reserved property names, remote and dangling references, and dynamic references', () => {
    const problems = problemsOf(base({
      schema: JSON.parse('{"type":"object","properties":{"constructor":{"type":"string"},"a":{"$ref":"https://example.invalid/x.json"},"b":{"$ref":"#/$defs/missing"},"c":{"$dynamicRef":"#x"}}}') as JsonSchemaObject,
    }));
    expect(problems.map((p) => p.pointer).sort()).toEqual(['/schema/properties/a/$ref', '/schema/properties/b/$ref', '/schema/properties/c/$dynamicRef', '/schema/properties/constructor']);
  });

  it('reports rule problems found by the logic engine', () => {
    const problems = problemsOf(base({
      ui: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/fullName', rule: { effect: 'HIDE', condition: { scope: '#/properties/ghost', schema: { const: 1 } } } }] },
    }));
    expect(problems.some((p) => p.pointer.startsWith('/ui/elements/0/rule'))).toBe(true);
  });

  it.each([null, 42, 'form', [], { id: 'x' }, true])('throws only FormDefinitionError for %j', (input) => {
    expect(() => compileForm(input as never)).toThrow(FormDefinitionError);
  });

  it('throws only FormDefinitionError when reading the definition itself throws', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(() => compileForm(hostile as never)).toThrow(FormDefinitionError);
    const getter = { ...base() };
    Object.defineProperty(getter, 'schema', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(() => compileForm(getter)).toThrow(FormDefinitionError);
  });

  it('reports a schema nested too deeply instead of overflowing the stack', () => {
    let schema: JsonSchemaObject = { type: 'string' };
    for (let i = 0; i < 10_000; i++) schema = { type: 'object', properties: { a: schema } };
    const problems = problemsOf(base({ schema }));
    expect(problems.some((p) => p.code === 'depth' || p.code === 'meta-schema')).toBe(true);
  });
});

describe('the evaluation date reaches every computed value', () => {
  const dated = base({
    schema: { ...person, properties: { ...person.properties, born: { type: 'string' }, age: { type: 'integer', maximum: 5 } } },
    computed: [{ target: '/age', expr: { ageAt: [{ var: 'born' }, { var: '$now' }] } }],
  });
  const form = compileForm(dated);
  const data = { fullName: 'An', born: '2019-03-15' };

  it('prepareSubmission forwards its options to evaluate, and returns a copy the caller may edit', () => {
    expect(form.prepareSubmission(data, { now: '2025-03-14' })).toEqual({ ...data, age: 5 });
    expect(form.prepareSubmission(data, { now: '2025-03-15' })).toEqual({ ...data, age: 6 });
    expect(form.prepareSubmission(data)).toEqual(data);
    const input = { ...data, parents: { father: 'Bình' } };
    const submission = form.prepareSubmission(input) as typeof input;
    submission.parents.father = 'edited';
    expect(input.parents.father).toBe('Bình');
  });

  it('validate computes with its now option', () => {
    expect(form.validate(data, { now: '2025-03-14' }).valid).toBe(true);
    expect(form.validate(data, { now: '2025-03-15' }).errors).toMatchObject([{ pointer: '/age', keyword: 'maximum' }]);
    expect(form.validate({ ...data, age: 5 }, { now: '2025-03-15' }).errors.map((e) => e.keyword).sort()).toEqual(['computed', 'maximum']);
  });
});
