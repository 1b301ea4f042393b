// SPDX-License-Identifier: MIT
/**
 * The form every renderer in `bench/renderers.bench.mjs` draws: one generator, so tokhai, @rjsf/core and JSON
 * Forms get the SAME JSON Schema, the same answers and (for JSON Forms and tokhai) the same UI schema.
 *
 * A form of N fields is N/10 sections. Each section is a citizen's details, the mix a real e-form has:
 * a name (maxLength + "no digits" pattern), a 12-digit ID number (pattern), a date of birth (`format: date`),
 * an e-mail (`format: email`), an integer with bounds, a sex (2-value enum shown as radios everywhere), an
 * occupation (8-value enum, a select), a consent checkbox, and a nested "contact" object (a phone pattern and a
 * multi-line note with maxLength). Sections are Groups; two rows are HorizontalLayouts; the nested object is a
 * Group inside the Group. Every field is required and every answer is valid, like a prefilled form, so each
 * library shows no error until the benchmark types one (and rjsf's live validation has nothing else to show).
 *
 * Only standard JSON Schema (draft-07 and 2020-12 agree on every keyword used) and the standard formats
 * `date` and `email`, which all three libraries know; no tokhai-only format, so the comparison is like for like.
 */

/** Fields per section: 8 in the section itself and 2 in its nested contact group. */
export const FIELDS_PER_SECTION = 10;

const OCCUPATIONS = ['farmer', 'worker', 'civil-servant', 'teacher', 'health', 'trader', 'student', 'retired'];

/**
 * What each kind of field renders as, in native controls (input/select/textarea) per library. The harness waits
 * for exactly this many controls, and fails if a library renders more, so "all N fields present" is checked, not
 * assumed. tokhai types a date in three boxes (GOV.UK date pattern); the peers use one `<input type=date>`.
 */
export const CONTROLS_PER_KIND = {
  text: { tokhai: 1, rjsf: 1, jsonforms: 1 },
  date: { tokhai: 3, rjsf: 1, jsonforms: 1 },
  integer: { tokhai: 1, rjsf: 1, jsonforms: 1 },
  radio2: { tokhai: 2, rjsf: 2, jsonforms: 2 },
  select: { tokhai: 1, rjsf: 1, jsonforms: 1 },
  boolean: { tokhai: 1, rjsf: 1, jsonforms: 1 },
  textarea: { tokhai: 1, rjsf: 1, jsonforms: 1 },
};

/** The leaves of one section: property path inside the section, kind, schema, a valid answer. */
const sectionFields = (k) => [
  { path: ['fullName'], kind: 'text', schema: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 1, maxLength: 100, pattern: '^[^0-9]*$' }, value: `Nguyễn Văn An ${letters(k)}` },
  { path: ['idNumber'], kind: 'text', schema: { type: 'string', title: 'Số định danh cá nhân', pattern: '^[0-9]{12}$' }, value: String(1099000000 + k).padStart(12, '0') },
  { path: ['birthDate'], kind: 'date', schema: { type: 'string', title: 'Ngày, tháng, năm sinh', format: 'date' }, value: `19${String(50 + (k % 50)).padStart(2, '0')}-0${1 + (k % 9)}-1${k % 10}` },
  { path: ['email'], kind: 'text', schema: { type: 'string', title: 'Thư điện tử', format: 'email', maxLength: 254 }, value: `cong.dan${k}@example.vn` },
  { path: ['householdSize'], kind: 'integer', schema: { type: 'integer', title: 'Số thành viên trong hộ', minimum: 1, maximum: 50 }, value: 1 + (k % 7) },
  { path: ['sex'], kind: 'radio2', schema: { type: 'string', title: 'Giới tính', enum: ['male', 'female'] }, value: k % 2 ? 'female' : 'male' },
  { path: ['occupation'], kind: 'select', schema: { type: 'string', title: 'Nghề nghiệp', enum: OCCUPATIONS }, value: OCCUPATIONS[k % OCCUPATIONS.length] },
  { path: ['consent'], kind: 'boolean', schema: { type: 'boolean', title: 'Tôi cam đoan những lời khai trên là đúng sự thật' }, value: true },
  { path: ['contact', 'phone'], kind: 'text', schema: { type: 'string', title: 'Số điện thoại', pattern: '^0[0-9]{9}$' }, value: `09${String(12345678 + k).padStart(8, '0')}` },
  { path: ['contact', 'note'], kind: 'textarea', schema: { type: 'string', title: 'Ghi chú', maxLength: 500 }, value: 'Liên hệ trong giờ hành chính.' },
];

/** "a", "b", … "z", "ba": a digit-free suffix so every name is distinct and still matches the pattern. */
function letters(k) {
  let s = '';
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26);
  } while (k > 0);
  return s;
}

const control = (section, path, extra = {}) => ({
  type: 'Control',
  scope: `#/properties/${section}/properties/${path.join('/properties/')}`,
  ...extra,
});

/**
 * Generates the benchmark form of `n` fields (a multiple of 10).
 *
 * Returns the JSON Schema (`schema`), the JSON Forms / tokhai UI schema (`ui`), rjsf's `uiSchema`, the tokhai
 * `definition` (schema + ui + title), valid `data`, the keystroke `target` (a name in the middle section: typing a
 * digit breaks its pattern), and `controls`, the expected number of native controls per library.
 */
export function generateForm(n) {
  if (!Number.isInteger(n) || n <= 0 || n % FIELDS_PER_SECTION !== 0) throw new Error(`generateForm: n must be a positive multiple of ${FIELDS_PER_SECTION}, got ${n}`);
  const sections = n / FIELDS_PER_SECTION;
  const properties = {};
  const data = {};
  const rjsfUi = {};
  const groups = [];
  const controls = { tokhai: 0, rjsf: 0, jsonforms: 0 };
  for (let k = 0; k < sections; k++) {
    const name = `s${k}`;
    const fields = sectionFields(k);
    const section = { type: 'object', title: `Phần ${k + 1}: Thông tin người khai thứ ${k + 1}`, properties: {}, required: [] };
    const contact = { type: 'object', title: 'Thông tin liên hệ', properties: {}, required: [] };
    const answers = { contact: {} };
    for (const f of fields) {
      const [first, second] = f.path;
      if (second) {
        contact.properties[second] = f.schema;
        contact.required.push(second);
        answers.contact[second] = f.value;
      } else {
        section.properties[first] = f.schema;
        section.required.push(first);
        answers[first] = f.value;
      }
      for (const lib of Object.keys(controls)) controls[lib] += CONTROLS_PER_KIND[f.kind][lib];
    }
    section.properties.contact = contact;
    section.required.push('contact');
    properties[name] = section;
    data[name] = answers;
    rjsfUi[name] = {
      'ui:order': ['fullName', 'idNumber', 'birthDate', 'sex', 'email', 'householdSize', 'occupation', 'consent', 'contact'],
      sex: { 'ui:widget': 'radio' },
      contact: { note: { 'ui:widget': 'textarea' } },
    };
    groups.push({
      type: 'Group',
      label: section.title,
      elements: [
        { type: 'HorizontalLayout', elements: [control(name, ['fullName']), control(name, ['idNumber'])] },
        { type: 'HorizontalLayout', elements: [control(name, ['birthDate']), control(name, ['sex'], { options: { format: 'radio' } })] },
        control(name, ['email']),
        control(name, ['householdSize']),
        control(name, ['occupation']),
        control(name, ['consent']),
        {
          type: 'Group',
          label: contact.title,
          elements: [control(name, ['contact', 'phone']), control(name, ['contact', 'note'], { options: { multi: true } })],
        },
      ],
    });
  }
  const schema = { type: 'object', properties, required: Object.keys(properties) };
  const ui = { type: 'VerticalLayout', elements: groups };
  const definition = {
    id: `vn.bench.generated-${n}`,
    version: '1.0.0',
    title: { vi: `Biểu mẫu thử nghiệm ${n} trường`, en: `Benchmark form with ${n} fields` },
    schema,
    ui,
  };
  const mid = `s${Math.floor(sections / 2)}`;
  return {
    n,
    schema,
    ui,
    rjsfUi,
    definition,
    data,
    controls,
    target: {
      section: mid,
      // tokhai finds it through the FieldModel contract (the widget whose `field.pointer` is this); rjsf by its
      // id convention (`root_` + path joined by `_`); JSON Forms by the control's id (`<scope>-input`).
      pointer: `/${mid}/fullName`,
      rjsfId: `root_${mid}_fullName`,
      scope: `#/properties/${mid}/properties/fullName`,
      // A digit breaks `^[^0-9]*$`; Backspace makes the name valid again.
      breakKey: '7',
    },
  };
}
