// SPDX-License-Identifier: MIT
// Validations per second of a realistic form: tokhai's compileForm + ajvEngine `validate` (located, localized
// errors; computed values; hidden-field filtering) against raw ajv on the same schema, valid and invalid data,
// side by side. Runs against the built packages: `npm run build` first (or `npm run bench -- core-validate`).
//
//   node bench/core-validate.bench.mjs               # forms/birth-registration (falls back to a generated form)
//   node bench/core-validate.bench.mjs --generated   # a generated 200-field form
//
// Raw ajv gets the same options a form needs (allErrors, the same format table) so both validate the same things;
// the ratio is tokhai ÷ raw ajv (target ≥ 0.8).
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { compileForm, formatTable, interpreterEngine, precompiledEngine } from '../packages/core/dist/index.js';
import { ajvEngine, precompileForm } from '../packages/core/dist/ajv.js';
import Ajv2020 from 'ajv/dist/2020.js';

const FORM_DIR = 'forms/birth-registration';
const useGenerated = process.argv.includes('--generated') || !existsSync(FORM_DIR);

/** A 200-field form: 20 sections × 10 fields of mixed types and Vietnamese formats. */
const generatedForm = () => {
  const kinds = [
    { type: 'string', minLength: 1, maxLength: 100 },
    { type: 'string', format: 'vn-pid' },
    { type: 'string', format: 'date' },
    { type: 'integer', minimum: 0, maximum: 150 },
    { enum: ['male', 'female'] },
    { type: 'string', format: 'vn-mobile' },
    { type: 'boolean' },
    { type: 'string', pattern: '^[^0-9]+$' },
    { type: 'string', format: 'email' },
    { type: 'string', format: 'vn-commune-code' },
  ];
  const sample = ['Nguyễn Văn An', '001099012345', '2024-03-15', 30, 'male', '0912345678', true, 'Hà Nội', 'an@example.vn', '00004'];
  const properties = {};
  const valid = {};
  for (let s = 0; s < 20; s++) {
    const section = { type: 'object', properties: {}, required: [] };
    valid[`s${s}`] = {};
    for (let f = 0; f < 10; f++) {
      section.properties[`f${f}`] = { ...kinds[f], title: `Trường ${s}.${f}` };
      section.required.push(`f${f}`);
      valid[`s${s}`][`f${f}`] = sample[f];
    }
    properties[`s${s}`] = section;
  }
  const invalid = structuredClone(valid);
  invalid.s0.f0 = '';
  invalid.s1.f1 = '12345';
  invalid.s2.f2 = '2024-02-30';
  delete invalid.s3.f3;
  invalid.s4.f4 = 'other';
  const definition = { id: 'vn.bench.generated', version: '1.0.0', title: { vi: 'Biểu mẫu 200 trường' }, schema: { type: 'object', properties, required: Object.keys(properties) } };
  return { name: 'generated 200-field form', definition, valid, invalid };
};

/** The catalog's birth registration form with its first valid fixture and an invalid one. */
const catalogForm = () => {
  const file = readdirSync(FORM_DIR).find((f) => f.endsWith('.form.json'));
  const definition = JSON.parse(readFileSync(`${FORM_DIR}/${file}`, 'utf8'));
  const valid = JSON.parse(readFileSync(`${FORM_DIR}/fixtures/valid/full.json`, 'utf8'));
  const invalidFile = readdirSync(`${FORM_DIR}/fixtures/invalid`).sort()[0];
  const fixture = JSON.parse(readFileSync(`${FORM_DIR}/fixtures/invalid/${invalidFile}`, 'utf8'));
  return { name: `${definition.id} (${file}, invalid: ${invalidFile})`, definition, valid, invalid: fixture.data ?? fixture };
};

const { name, definition, valid, invalid } = useGenerated ? generatedForm() : catalogForm();

const tokhai = compileForm(definition, { engine: ajvEngine() });
const interpreter = compileForm(definition, { engine: interpreterEngine() });
// The precompiled module as a browser would load it: written to a file and imported as ES module (it imports
// `@tokhai/core` and ajv runtime modules, resolved from bench/).
const moduleFile = new URL(`./.precompiled-${process.pid}.mjs`, import.meta.url);
writeFileSync(moduleFile, precompileForm(definition));
const precompiled = compileForm(definition, { engine: precompiledEngine(await import(moduleFile.href)) });
rmSync(moduleFile);
const raw = new Ajv2020({ allErrors: true, strict: false });
for (const [format, def] of Object.entries(formatTable)) raw.addFormat(format, def);
const rawValidate = raw.compile(definition.schema);

if (!tokhai.validate(valid).valid) throw new Error('the valid data is not valid for tokhai');
if (tokhai.validate(invalid).valid) throw new Error('the invalid data is valid for tokhai');
if (JSON.stringify(precompiled.validate(invalid)) !== JSON.stringify(tokhai.validate(invalid))) throw new Error('the precompiled module disagrees with the ajv engine');
if (rawValidate(valid) !== true || rawValidate(invalid) !== false) throw new Error('raw ajv disagrees on the data');

/** Operations per second of `fn` over about `ms` milliseconds (after the caller's warm-up). */
const opsPerSecond = (fn, ms) => {
  let n = 0;
  let batch = 50;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) fn();
    n += batch;
    elapsed = performance.now() - start;
    if (elapsed < ms / 10) batch *= 2;
  }
  return (n / elapsed) * 1000;
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The machine is shared, so each candidate runs in ROUNDS short rounds, interleaved with the others, and the
 * median round counts: a burst of load hits every candidate alike instead of one.
 */
const ROUNDS = 7;
const measure = (candidates) => {
  for (const fn of Object.values(candidates)) for (let i = 0; i < 2000; i++) fn();
  const rates = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]));
  for (let r = 0; r < ROUNDS; r++) for (const [k, fn] of Object.entries(candidates)) rates[k].push(opsPerSecond(fn, 300));
  return Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)]));
};

const rows = [];
for (const [label, data] of [['valid', valid], ['invalid', invalid]]) {
  const m = measure({
    ajv: () => rawValidate(data) || rawValidate.errors,
    tokhai: () => tokhai.validate(data, { locale: 'vi' }),
    interpreter: () => interpreter.validate(data, { locale: 'vi' }),
    precompiled: () => precompiled.validate(data, { locale: 'vi' }),
    evaluate: () => tokhai.evaluate(data),
  });
  rows.push({ label, ajvRate: m.ajv, tokhaiRate: m.tokhai, interpreterRate: m.interpreter, precompiledRate: m.precompiled, evaluateRate: m.evaluate, errors: tokhai.validate(data).errors.length });
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`Form: ${name}; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}\n`);
// `evaluate` is the logic engine alone (rules, computed values): validate calls it when the form has computed
// values, and when it has rules and there are errors to filter, so it bounds validate's rate from above.
console.log('| data | errors | raw ajv (validations/s) | tokhai ajvEngine (validations/s) | ratio | tokhai precompiled | tokhai interpreter | evaluate() alone (calls/s) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(`| ${r.label} | ${r.errors} | ${fmt(r.ajvRate)} | ${fmt(r.tokhaiRate)} | ${(r.tokhaiRate / r.ajvRate).toFixed(2)} | ${fmt(r.precompiledRate)} | ${fmt(r.interpreterRate)} | ${fmt(r.evaluateRate)} |`);
const logic = (definition.computed?.length ?? 0) > 0 || JSON.stringify(definition.ui ?? null).includes('"rule"');
if (logic) console.log('\nThis form has computed values or rules: validate includes one evaluate() call (see the last column).');
const worst = Math.min(...rows.map((r) => r.tokhaiRate / r.ajvRate));
console.log(`\nLowest ratio tokhai/raw ajv: ${worst.toFixed(2)} (target ≥ 0.80)${worst >= 0.8 ? '' : ' — below target'}`);
