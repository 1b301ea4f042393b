import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
const dist = '/work/main/packages/core/dist';
const { compileForm, formatTable } = await import(dist + '/index.js');
const { ajvEngine } = await import(dist + '/ajv.js');
const { createLogicEngine } = await import(dist + '/rules/evaluate.js');
const definition = JSON.parse(readFileSync('/work/main/forms/birth-registration/vn.moj.birth-registration.form.json', 'utf8'));
const data = JSON.parse(readFileSync('/work/main/forms/birth-registration/fixtures/valid/full.json', 'utf8'));
const form = compileForm(definition, { engine: ajvEngine() });
const engineV = ajvEngine().compile(form.schema, { draft: '2020-12' });
const raw = new Ajv2020({ allErrors: true, strict: false });
for (const [f, d] of Object.entries(formatTable)) raw.addFormat(f, d);
const rv = raw.compile(definition.schema);
const logic = createLogicEngine({ definition: form.definition, schema: form.schema, ui: form.ui });
const checked = logic.compute(data).data;
const { createAjv } = await import(dist + '/engines/ajv-engine.js');
const rawForm = raw.compile(JSON.parse(JSON.stringify(form.schema)));
const chk = createAjv('2020-12', { allErrors: false, verbose: false }).compile(JSON.parse(JSON.stringify(form.schema)));
const chkDef = createAjv('2020-12', { allErrors: false, verbose: false }).compile(JSON.parse(JSON.stringify(definition.schema)));
const rawFirst = new Ajv2020({ allErrors: false, strict: false });
for (const [f, d] of Object.entries(formatTable)) rawFirst.addFormat(f, d);
const rf = rawFirst.compile(definition.schema);
console.log(JSON.stringify(form.schema) === JSON.stringify(definition.schema));
const cands = {
  rawFormSchema: () => rawForm(data),
  check: () => chk(data),
  checkDef: () => chkDef(data),
  rawFirst: () => rf(data),
  raw: () => rv(data),
  engine: () => engineV(data),
  engineChecked: () => engineV(checked),
  compute: () => logic.compute(data),
  validate: () => form.validate(data),
  validateEn: () => form.validate(data, { locale: 'vi' }),
};
const time = (fn, n) => { const t = performance.now(); for (let i = 0; i < n; i++) fn(); return (performance.now() - t) / n * 1000; };
for (const fn of Object.values(cands)) time(fn, 3000);
const res = Object.fromEntries(Object.keys(cands).map((k) => [k, []]));
for (let r = 0; r < 9; r++) for (const [k, fn] of Object.entries(cands)) res[k].push(time(fn, 3000));
console.log(Object.entries(res).map(([k, v]) => `${k} ${v.sort((a, b) => a - b)[4].toFixed(1)}µs`).join('  '));
