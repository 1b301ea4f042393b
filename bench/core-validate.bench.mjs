// SPDX-License-Identifier: MIT
// Validations per second of a realistic form: tokhai's compileForm + ajvEngine `validate` (located, localized
// errors; computed values; hidden-field filtering) against raw ajv on the same schema, valid and invalid data,
// side by side; and the logic engine alone (`evaluate()`: rules, requiredness, computed values, the submission),
// which the renderer runs on every keystroke. Runs against the built packages: `npm run build` first (or
// `npm run bench -- core-validate`).
//
//   node bench/core-validate.bench.mjs                  # all three forms below
//   node bench/core-validate.bench.mjs --catalog        # forms/birth-registration
//   node bench/core-validate.bench.mjs --generated      # a generated 200-field form (no rules)
//   node bench/core-validate.bench.mjs --fields=1000    # a generated 1,000-field form with a rule per section
//   … --fresh   every call validates another of 64 deep copies of the data (as a portal validates a new object per
//               keystroke), for every candidate: shows that no answer is remembered by data object
//   … --cpu     measures this process's CPU time instead of wall-clock time (on a shared machine, time spent
//               waiting for a core then counts for no candidate)
//
// Raw ajv gets the same options a form needs (allErrors, the same format table) so both validate the same things;
// the ratio is tokhai ÷ raw ajv (target ≥ 0.8), the median of the ratios of the interleaved rounds.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { compileForm, formatTable, interpreterEngine, precompiledEngine } from '../packages/core/dist/index.js';
import { ajvEngine, precompileForm } from '../packages/core/dist/ajv.js';
import Ajv2020 from 'ajv/dist/2020.js';

const FORM_DIR = 'forms/birth-registration';

/**
 * A generated form: `sections` × 10 fields of mixed types and Vietnamese formats. With `rules`, each section is a
 * Group and its field 7 is shown only while field 6 (a yes/no) is true; the valid data answers "no" in every other
 * section, so half the field-7 values are hidden but present (stripped from the submission, not errors).
 */
const generatedForm = (sections, { rules = false } = {}) => {
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
  const groups = [];
  for (let s = 0; s < sections; s++) {
    const section = { type: 'object', properties: {}, required: [] };
    valid[`s${s}`] = {};
    const controls = [];
    for (let f = 0; f < 10; f++) {
      section.properties[`f${f}`] = { ...kinds[f], title: `Trường ${s}.${f}` };
      section.required.push(`f${f}`);
      valid[`s${s}`][`f${f}`] = f === 6 ? s % 2 === 0 : sample[f];
      const scope = `#/properties/s${s}/properties/f${f}`;
      const rule = { effect: 'SHOW', condition: { scope: `#/properties/s${s}/properties/f6`, schema: { const: true } } };
      controls.push(f === 7 ? { type: 'Control', scope, rule } : { type: 'Control', scope });
    }
    properties[`s${s}`] = section;
    groups.push({ type: 'Group', label: `Phần ${s}`, elements: controls });
  }
  const invalid = structuredClone(valid);
  invalid.s0.f0 = '';
  invalid.s1.f1 = '12345';
  invalid.s2.f2 = '2024-02-30';
  delete invalid.s3.f3;
  invalid.s4.f4 = 'other';
  const fields = sections * 10;
  const definition = {
    id: `vn.bench.generated${fields}`,
    version: '1.0.0',
    title: { vi: `Biểu mẫu ${fields} trường` },
    schema: { type: 'object', properties, required: Object.keys(properties) },
    ...(rules ? { ui: { type: 'VerticalLayout', elements: groups } } : {}),
  };
  return { name: `generated ${fields}-field form (${rules ? `a SHOW rule in each of ${sections} sections` : 'no rules, no computed values'})`, definition, valid, invalid };
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

const args = process.argv.slice(2);
const fieldsArg = args.find((a) => a.startsWith('--fields='));
const forms = [];
if (args.includes('--catalog') && existsSync(FORM_DIR)) forms.push(catalogForm);
if (args.includes('--generated')) forms.push(() => generatedForm(20));
if (fieldsArg) forms.push(() => generatedForm(Math.max(1, Math.round(Number(fieldsArg.slice(9)) / 10)), { rules: true }));
if (!forms.length) forms.push(...(existsSync(FORM_DIR) ? [catalogForm] : []), () => generatedForm(20), () => generatedForm(100, { rules: true }));

const CPU = args.includes('--cpu');
const FRESH = args.includes('--fresh');

/** Milliseconds: wall-clock, or (`--cpu`) the CPU time of this process. */
const clock = CPU
  ? () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    }
  : () => performance.now();

/** Operations per second of `fn` over about `ms` milliseconds (after the caller's warm-up). */
const opsPerSecond = (fn, ms) => {
  let n = 0;
  let batch = 5;
  const start = clock();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) fn();
    n += batch;
    elapsed = clock() - start;
    if (elapsed < ms / 10) batch *= 2;
  }
  return (n / elapsed) * 1000;
};

/** The data a candidate validates on each call: the same object, or (`--fresh`) the next of 64 deep copies. */
const feeder = (data) => {
  if (!FRESH) return () => data;
  const copies = Array.from({ length: 64 }, () => JSON.parse(JSON.stringify(data)));
  let i = 0;
  return () => copies[(i = (i + 1) & 63)];
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The machine is shared, so each candidate runs in ROUNDS short rounds, interleaved with the others, and the
 * median round counts: a burst of load hits every candidate alike instead of one. The ratio is the median of the
 * rounds' tokhai ÷ raw ajv, each from two runs measured back to back.
 */
const ROUNDS = 7;
const measure = (candidates) => {
  for (const fn of Object.values(candidates)) {
    const warm = performance.now();
    for (let i = 0; i < 2000 && performance.now() - warm < 1000; i++) fn();
  }
  const rates = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]));
  for (let r = 0; r < ROUNDS; r++) for (const [k, fn] of Object.entries(candidates)) rates[k].push(opsPerSecond(fn, 300));
  const result = Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)]));
  result.ratio = median(rates.tokhai.map((t, r) => t / rates.ajv[r]));
  return result;
};

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const evaluateRows = [];
const worst = { valid: Infinity, invalid: Infinity };
const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
console.log(`Node ${process.version}; ${new Date().toISOString().slice(0, 10)}; ${CPU ? 'CPU time' : 'wall-clock time'}${FRESH ? '; a fresh copy of the data per call' : ''}; load average ${load()}`);

for (const [index, make] of forms.entries()) {
  const { name, definition, valid, invalid } = make();
  const tokhai = compileForm(definition, { engine: ajvEngine() });
  const interpreter = compileForm(definition, { engine: interpreterEngine() });
  // The precompiled module as a browser would load it: written to a file and imported as ES module (it imports
  // `@tokhai/core` and ajv runtime modules, resolved from bench/).
  const moduleFile = new URL(`./.precompiled-${process.pid}-${index}.mjs`, import.meta.url); // one URL per module: imports are cached by URL
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

  const rows = [];
  for (const [label, data] of [['valid', valid], ['invalid', invalid]]) {
    const next = feeder(data);
    const m = measure({
      ajv: () => rawValidate(next()) || rawValidate.errors,
      tokhai: () => tokhai.validate(next(), { locale: 'vi' }),
      interpreter: () => interpreter.validate(next(), { locale: 'vi' }),
      precompiled: () => precompiled.validate(next(), { locale: 'vi' }),
      evaluate: () => tokhai.evaluate(next()),
    });
    rows.push({ label, ajvRate: m.ajv, tokhaiRate: m.tokhai, ratio: m.ratio, interpreterRate: m.interpreter, precompiledRate: m.precompiled, evaluateRate: m.evaluate, errors: tokhai.validate(data).errors.length });
  }
  const evaluation = tokhai.evaluate(valid);
  evaluateRows.push({ name, fields: Object.keys(evaluation.fields).length, hidden: evaluation.hidden.length, rows });

  console.log(`\nForm: ${name}\n`);
  // `evaluate` is the logic engine alone (rules, computed values, requiredness, the submission). validate runs
  // only the part it needs: computed values (when the form has some), the hidden fields (when there are errors
  // and a rule can hide something).
  console.log('| data | errors | raw ajv (validations/s) | tokhai ajvEngine (validations/s) | ratio | tokhai precompiled | tokhai interpreter | evaluate() alone (calls/s) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(`| ${r.label} | ${r.errors} | ${fmt(r.ajvRate)} | ${fmt(r.tokhaiRate)} | ${r.ratio.toFixed(2)} | ${fmt(r.precompiledRate)} | ${fmt(r.interpreterRate)} | ${fmt(r.evaluateRate)} |`);
  for (const r of rows) worst[r.label] = Math.min(worst[r.label], r.ratio);
}

console.log('\nevaluate() (the logic engine, as the renderer calls it on every keystroke):\n');
console.log('| form | fields | hidden (valid data) | valid data (calls/s) | µs per call | invalid data (calls/s) | µs per call |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const e of evaluateRows) {
  const [v, i] = e.rows;
  console.log(`| ${e.name} | ${e.fields} | ${e.hidden} | ${fmt(v.evaluateRate)} | ${(1e6 / v.evaluateRate).toFixed(0)} | ${fmt(i.evaluateRate)} | ${(1e6 / i.evaluateRate).toFixed(0)} |`);
}
for (const label of ['valid', 'invalid'])
  console.log(`${label === 'valid' ? '\n' : ''}Lowest ratio tokhai/raw ajv on ${label} data: ${worst[label].toFixed(2)} (target ≥ 0.80)${worst[label] >= 0.8 ? '' : ' — below target'}`);
console.log(`Load average at the end: ${load()}`);
