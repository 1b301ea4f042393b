// SPDX-License-Identifier: MIT
// The printable summary of a declaration: the form's own labels and the citizen's answers, in the order of the
// form's layout. Visibility comes from core's `evaluate` and texts from `CompiledForm.text`, with the label rule
// of the team vocabulary (i18n `<dotted path>.label`, then the control's label, then the schema title), so the
// receipt names every field as the form did.
import { countryName } from '@tokhai/vn-data';
import { unit } from '@tokhai/vn-data/admin-units';

/** @typedef {{kind: 'group', title: string, children: SummaryNode[]} | {kind: 'row', label: string, value: string, source?: string}} SummaryNode */

const parsePointer = (p) => (p === '' ? [] : p.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~')));
const toPointer = (tokens) => tokens.map((t) => '/' + String(t).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
const dotted = (pointer) => parsePointer(pointer).filter((t) => !/^\d+$/.test(t)).join('.');
const get = (data, pointer) => parsePointer(pointer).reduce((v, t) => (v !== null && typeof v === 'object' && Object.hasOwn(v, t) ? v[t] : undefined), data);

/** `#/properties/a/properties/b` → `/a/b`. */
const scopeToPointer = (scope) => {
  const s = parsePointer(String(scope).replace(/^#/, ''));
  const out = [];
  for (let i = 0; i < s.length; i++) if (s[i] === 'properties' && i + 1 < s.length) out.push(s[++i]);
  return toPointer(out);
};

const ISO_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;
/** `2026-03-27` → `27/03/2026`; partial dates keep their precision. */
export const formatDate = (iso) => {
  const m = ISO_DATE.exec(iso);
  return m ? [m[3], m[2], m[1]].filter(Boolean).join('/') : iso;
};
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/;

const isEmpty = (v) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isEmpty));

const isAddress = (schema) => schema?.properties && 'communeCode' in schema.properties && 'provinceCode' in schema.properties;

/**
 * The label rule of the team vocabulary for `form` in `locale`, and the schema helpers it needs: shared by the
 * receipt's summary and by the labels the portal adds to a refusal's errors.
 */
function formTexts(form, locale) {
  const i18n = form.definition.i18n ?? {};
  const hasKey = (key) => i18n[locale]?.[key] !== undefined || i18n.vi?.[key] !== undefined;
  const keyed = (base, suffix) => {
    const key = base ? `${base}.${suffix}` : suffix;
    return hasKey(key) ? form.text(key, locale) : undefined;
  };
  /** The last resort of a summary row (a property no control describes): its name in words. */
  const humanize = (pointer) => {
    const last = parsePointer(pointer).pop() ?? '';
    const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  };
  /** The form's own label of a field; `undefined` when it has none (no i18n key, control label or schema title). */
  const ownLabel = (element, pointer, schema) => {
    const base = element?.i18n ?? dotted(pointer);
    return (
      keyed(base, 'label') ??
      (typeof element?.label === 'string' && element.label ? form.text(element.label, locale) : undefined) ??
      (schema?.title ? form.text(schema.title, locale) : undefined)
    );
  };
  const labelOf = (element, pointer, schema) => ownLabel(element, pointer, schema) ?? humanize(pointer);
  const choiceLabel = (element, pointer, schema, value) => {
    const base = element?.i18n ?? dotted(pointer);
    const fromKey = keyed(base, `enum.${String(value)}`);
    if (fromKey) return fromKey;
    const options = schema?.oneOf ?? schema?.anyOf;
    const option = Array.isArray(options) ? options.find((o) => o && typeof o === 'object' && o.const === value) : undefined;
    return option?.title ? form.text(option.title, locale) : undefined;
  };
  /** Follows local `$ref`s (the resolved schema keeps its own members beside the reference's). */
  const deref = (schema) => {
    let s = schema;
    for (let i = 0; i < 16 && s && typeof s === 'object' && typeof s.$ref === 'string' && s.$ref.startsWith('#'); i++) {
      const { $ref, ...rest } = s;
      let target;
      try {
        target = get(form.schema, decodeURIComponent($ref.slice(1)));
      } catch {
        target = undefined;
      }
      if (!target || typeof target !== 'object') break;
      s = { ...target, ...rest };
    }
    return s;
  };
  return { ownLabel, labelOf, choiceLabel, deref };
}

/** Builds the summary tree of `data` for `form`. */
export function summarize(form, data, { locale = 'vi', provenance = {}, sourceName = (s) => s } = {}) {
  const evaluation = form.evaluate(data);
  const { labelOf, choiceLabel, deref } = formTexts(form, locale);
  const t = locale === 'en' ? { yes: 'Yes', no: 'No' } : { yes: 'Có', no: 'Không' };

  const formatAddress = (v) =>
    [v.street, v.communeCode && (unit(v.communeCode)?.name ?? v.communeCode), v.provinceCode && (unit(v.provinceCode)?.name ?? v.provinceCode)]
      .filter((x) => typeof x === 'string' && x.trim())
      .join(', ');

  const formatScalar = (element, pointer, schema, value) => {
    const choice = choiceLabel(element, pointer, schema, value);
    if (choice) return choice;
    if (typeof value === 'boolean') return value ? t.yes : t.no;
    if (typeof value === 'number') return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(value);
    if (typeof value === 'string') {
      if (['date', 'vn-partial-date'].includes(schema?.format) || element?.options?.format === 'date') return formatDate(value);
      const dt = DATE_TIME.exec(value);
      if (schema?.format === 'date-time' && dt) return `${formatDate(dt[1])} ${dt[2]}:${dt[3]}`;
      if (/nationality|country/i.test(pointer) && /^[A-Z]{2}$/.test(value)) return countryName(value, locale) ?? value;
      return value;
    }
    if (value && typeof value === 'object') {
      if (isAddress(schema)) return formatAddress(value);
      if (typeof value.name === 'string') return value.name; // a file attachment
    }
    return JSON.stringify(value);
  };

  const visible = (pointer) => evaluation.fields[pointer]?.visible !== false && !evaluation.hidden.some((h) => pointer === h || pointer.startsWith(h + '/'));
  const source = (pointer) => {
    const p = provenance[pointer];
    return p ? sourceName(p.source) : undefined;
  };

  /** Rows for an object value that has no layout of its own: one per described property. */
  const objectRows = (pointer, schema) => {
    const props = deref(schema)?.properties ?? {};
    const rows = [];
    for (const [name, sub] of Object.entries(props)) {
      const child = `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      rows.push(...controlNodes(undefined, child, deref(sub), get(data, child)));
    }
    return rows;
  };

  /** The summary nodes of one control (or of one property without a control). */
  function controlNodes(element, pointer, schema, value, uiPath) {
    if (!visible(pointer) || isEmpty(value)) return [];
    const label = labelOf(element, pointer, schema);
    const resolved = schema && typeof schema === 'object' ? deref(schema) : {};
    if (Array.isArray(value) && resolved.items && typeof resolved.items === 'object' && !Array.isArray(resolved.items)) {
      const items = deref(resolved.items);
      if (items.type === 'object' || items.properties) {
        const detail = element?.options?.detail;
        return [
          {
            kind: 'group',
            title: label,
            children: value.map((item, i) => ({
              kind: 'group',
              title: `${label} ${i + 1}`,
              children: detail
                ? walk(detail, `${pointer}/${i}`, items, `${uiPath}/detail/${i}`)
                : objectRows(`${pointer}/${i}`, items),
            })),
          },
        ];
      }
      return [{ kind: 'row', label, value: value.map((v) => formatScalar(element, pointer, items, v)).join(', '), source: source(pointer) }];
    }
    if (value && typeof value === 'object' && !Array.isArray(value) && !isAddress(resolved) && resolved.properties && typeof value.name !== 'string') {
      return [{ kind: 'group', title: label, children: objectRows(pointer, resolved) }];
    }
    return [{ kind: 'row', label, value: formatScalar(element, pointer, resolved, value), source: source(pointer) }];
  }

  /** Walks a UI element at `uiPath` whose scopes are relative to `base` (data pointer) and `baseSchema`. */
  function walk(element, base, baseSchema, uiPath) {
    if (!element || evaluation.elements[uiPath]?.visible === false) return [];
    switch (element.type) {
      case 'Control': {
        const pointer = base + scopeToPointer(element.scope);
        const schema = form.resolveScope(element.scope, baseSchema);
        return controlNodes(element, pointer, schema, get(data, pointer), uiPath);
      }
      case 'Label':
        return [];
      case 'Group':
      case 'Category': {
        const children = childNodes(element, base, baseSchema, uiPath);
        return children.length ? [{ kind: 'group', title: form.text(element.label, locale, ''), children }] : [];
      }
      default:
        return childNodes(element, base, baseSchema, uiPath);
    }
  }
  const childNodes = (element, base, baseSchema, uiPath) =>
    (element.elements ?? []).flatMap((child, i) => walk(child, base, baseSchema, `${uiPath}/elements/${i}`));

  return walk(form.ui, '', undefined, '');
}

// A data pointer with each array index as `*` (`/residence/2/from` has the pattern of `/residence/0/from`): the
// key of the control that shows it.
const pattern = (pointer) => toPointer(parsePointer(pointer).map((t) => (/^\d+$/.test(t) ? '*' : t)));

/**
 * Every control of `form` by the pattern of its data pointer, array items' detail controls included (their
 * pointers have `*` for the index), with the schema each one resolves to.
 */
function controlsOf(form, deref) {
  const out = new Map();
  const visit = (element, base, baseSchema) => {
    if (!element || typeof element !== 'object') return;
    if (element.type === 'Control') {
      const pointer = base + scopeToPointer(element.scope);
      const schema = form.resolveScope(element.scope, baseSchema);
      out.set(pointer, { element, schema });
      const items = schema && typeof schema === 'object' ? deref(schema).items : undefined;
      if (element.options?.detail && items && typeof items === 'object' && !Array.isArray(items)) visit(element.options.detail, `${pointer}/*`, deref(items));
      return;
    }
    for (const child of element.elements ?? []) visit(child, base, baseSchema);
  };
  visit(form.ui, '', undefined);
  return out;
}

/**
 * Labels the fields of `form` the way the form shows them, for messages about them: `label(pointer)` gives the
 * label of the field at a data pointer (a control's label by the team's rule, else the i18n key of its dotted path
 * or its schema's title), prefixed with its list and row inside an array ("Quá trình cư trú 2: Từ ngày"), or
 * `undefined` when the form names no such field (a pointer into the submission, not its data).
 */
export function fieldLabels(form, locale = 'vi') {
  const { ownLabel, deref } = formTexts(form, locale);
  const controls = controlsOf(form, deref);
  const schemaAt = (pointer) =>
    parsePointer(pointer).reduce((schema, token) => {
      const s = schema && typeof schema === 'object' ? deref(schema) : undefined;
      if (!s) return undefined;
      return /^\d+$/.test(token) && s.items && typeof s.items === 'object' ? s.items : s.properties?.[token];
    }, form.schema);
  const isIndex = (token) => /^\d+$/.test(token);
  // A row of a list has no label of its own (the dotted i18n path of `/list/0` is the list's): see below.
  const own = (pointer) => {
    if (isIndex(parsePointer(pointer).at(-1) ?? '')) return undefined;
    const control = controls.get(pattern(pointer));
    return control ? ownLabel(control.element, pointer, control.schema) : ownLabel(undefined, pointer, schemaAt(pointer));
  };
  return (pointer) => {
    if (typeof pointer !== 'string' || pointer === '' || !pointer.startsWith('/')) return undefined;
    const tokens = parsePointer(pointer);
    // The field itself, else the nearest field around it (a part of an address is reported as the address).
    let end = tokens.length;
    let label;
    for (; end > 0 && label === undefined; end--) label = own(toPointer(tokens.slice(0, end)));
    if (label === undefined) return undefined;
    end++;
    // A row of a list named by the list itself: "Quá trình cư trú 2".
    if (end < tokens.length && isIndex(tokens[end])) return `${label} ${Number(tokens[end]) + 1}`;
    // A field inside a row: "<list> <row>: <field>" tells which row the message is about.
    const index = tokens.slice(0, end - 1).findLastIndex(isIndex);
    if (index < 0) return label;
    const list = own(toPointer(tokens.slice(0, index)));
    return list ? `${list} ${Number(tokens[index]) + 1}: ${label}` : label;
  };
}
