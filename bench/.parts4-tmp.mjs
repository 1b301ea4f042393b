import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
const dist = '/work/main/packages/core/dist';
const { compileForm, formatTable } = await import(dist + '/index.js');
const { ajvEngine } = await import(dist + '/ajv.js');
const { createAjv } = await import(dist + '/engines/ajv-engine.js');
const definition = JSON.parse(readFileSync('/work/main/forms/birth-registration/vn.moj.birth-registration.form.json', 'utf8'));
const data = JSON.parse(readFileSync('/work/main/forms/birth-registration/fixtures/valid/full.json', 'utf8'));
const form = compileForm(definition, { engine: ajvEngine() });
const noComputed = compileForm({ ...definition, computed: [] }, { engine: ajvEngine() });
const raw = new Ajv2020({ allErrors: true, strict: false });
for (const [f, d] of Object.entries(formatTable)) raw.addFormat(f, d);
const rv = raw.compile(definition.schema);
const chk = createAjv('2020-12', { allErrors: false, verbose: false }).compile(JSON.parse(JSON.stringify(form.schema)));
const copy = { ...data, child: { ...data.child } };
const { createLogicEngine } = await import(dist + '/rules/evaluate.js');
const { createLogicRunner } = await import(dist + '/computed/engine.js');
const { CopyOnWrite } = await import(dist + '/rules/cow.js');
const logic = createLogicEngine({ definition: form.definition, schema: form.schema, ui: form.ui });
const runner = createLogicRunner();
const expr = form.definition.computed[0].expr;
const { vnDateInWords } = await import(dist + '/index.js');
const cands0 = {
  compute: () => logic.compute(data),
  run: () => runner.run(expr, { ...data, $now: null }),
  words: () => vnDateInWords(data.child.dateOfBirth),
  cow: () => { const c = new CopyOnWrite(data); c.deleteInObjects(['child', 'dateOfBirthInWords']); c.writeInObjects(['child', 'dateOfBirthInWords'], 'x'); return c.root; },
};
const checked = logic.compute(data).data;
console.log('has words in fixture:', 'dateOfBirthInWords' in data.child, checked.child.dateOfBirthInWords);
const cands = {...cands0,
  chkChecked: () => chk(checked),
  validateChecked: () => noComputed.validate(checked),
  raw: () => rv(data),
  chk: () => chk(data),
  chkCopy: () => chk({ ...data, child: { ...data.child } }),
  validate: () => form.validate(data),
  noComputed: () => noComputed.validate(data),
};
const time = (fn, n) => { const t = process.cpuUsage(); for (let i = 0; i < n; i++) fn(); const d = process.cpuUsage(t); return (d.user + d.system) / n; };
for (const fn of Object.values(cands)) time(fn, 3000);
const res = Object.fromEntries(Object.keys(cands).map((k) => [k, []]));
for (let r = 0; r < 9; r++) for (const [k, fn] of Object.entries(cands)) res[k].push(time(fn, 2000));
console.log(Object.entries(res).map(([k, v]) => `${k} ${v.sort((a, b) => a - b)[4].toFixed(1)}µs`).join('  '));
