// SPDX-License-Identifier: MIT
/**
 * The published definition format as JSON Schema (2020-12): the twin of `models/definition.ts`, `uischema.ts` and
 * `rule.ts`. Written out to `packages/core/schema/form.schema.json` (a test fails when the file is stale; run it with
 * `TOKHAI_WRITE_SCHEMA=1` to rewrite). `compileForm` checks every definition against it first.
 *
 * UI elements and conditions are discriminated on `type` with `if`/`then` rather than `oneOf`, so an author sees
 * the one error that applies ("Control needs scope") rather than one per element kind.
 *
 * `checkMetaSchema` clears conforming definitions with a matcher compiled from this schema (steps/schema-matcher.ts),
 * which implements only the keywords used here: a new keyword must be added to its table too (a test fails until it
 * is, and until then every compile takes the slow detailed path).
 */
import { PREFILL_TRANSFORMS } from '../models/definition.js';

/** The `$id` of the published definition meta-schema (stable across minor versions). */
export const FORM_SCHEMA_ID = 'https://schemas.tokhai.dev/form/v1/form.schema.json';
/** The `$id` of the published bundle meta-schema. */
export const BUNDLE_SCHEMA_ID = 'https://schemas.tokhai.dev/form/v1/bundle.schema.json';

/** A JSON Pointer into data (`''` or `/a/0/b`). */
const POINTER = '^(/([^~/]|~[01])*)*$';
/** A JSON Pointer with at least one token. */
const NON_ROOT_POINTER = '^(/([^~/]|~[01])*)+$';

const localizedText = {
  type: 'object',
  description: 'A text in Vietnamese (required, authoritative) and English.',
  properties: {
    vi: { type: 'string', minLength: 1, description: 'Vietnamese text (NFC, full diacritics).' },
    en: { type: 'string', minLength: 1, description: 'English text.' },
  },
  required: ['vi'],
  additionalProperties: false,
} as const;

const UI_TYPES = ['Control', 'VerticalLayout', 'HorizontalLayout', 'Group', 'Label', 'Categorization', 'Category'] as const;

const whenType = (type: string, then: Record<string, unknown>) => ({
  if: { properties: { type: { const: type } }, required: ['type'] },
  then,
});

/** A minimal JSON Schema vocabulary check: shapes of the keywords tokhai reads, everything else passes. */
const jsonSchemaDef = {
  description: 'A JSON Schema (2020-12; draft-07 when `$schema` says so).',
  type: ['object', 'boolean'],
  properties: {
    $schema: { type: 'string' },
    $id: { type: 'string' },
    $ref: { type: 'string' },
    $defs: { type: 'object', additionalProperties: { $ref: '#/$defs/jsonSchema' } },
    definitions: { type: 'object', additionalProperties: { $ref: '#/$defs/jsonSchema' } },
    type: {
      anyOf: [
        { $ref: '#/$defs/jsonType' },
        { type: 'array', items: { $ref: '#/$defs/jsonType' }, minItems: 1, uniqueItems: true },
      ],
    },
    title: { type: 'string' },
    description: { type: 'string' },
    enum: { type: 'array', minItems: 1 },
    format: { type: 'string' },
    pattern: { type: 'string', format: 'regex' },
    minLength: { $ref: '#/$defs/nonNegativeInteger' },
    maxLength: { $ref: '#/$defs/nonNegativeInteger' },
    minItems: { $ref: '#/$defs/nonNegativeInteger' },
    maxItems: { $ref: '#/$defs/nonNegativeInteger' },
    minProperties: { $ref: '#/$defs/nonNegativeInteger' },
    maxProperties: { $ref: '#/$defs/nonNegativeInteger' },
    minimum: { type: 'number' },
    maximum: { type: 'number' },
    exclusiveMinimum: { type: 'number' },
    exclusiveMaximum: { type: 'number' },
    multipleOf: { type: 'number', exclusiveMinimum: 0 },
    uniqueItems: { type: 'boolean' },
    readOnly: { type: 'boolean' },
    required: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    properties: { type: 'object', additionalProperties: { $ref: '#/$defs/jsonSchema' } },
    patternProperties: { type: 'object', additionalProperties: { $ref: '#/$defs/jsonSchema' }, propertyNames: { format: 'regex' } },
    additionalProperties: { $ref: '#/$defs/jsonSchema' },
    dependentRequired: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    dependentSchemas: { type: 'object', additionalProperties: { $ref: '#/$defs/jsonSchema' } },
    propertyNames: { $ref: '#/$defs/jsonSchema' },
    items: { anyOf: [{ $ref: '#/$defs/jsonSchema' }, { type: 'array', items: { $ref: '#/$defs/jsonSchema' } }] },
    prefixItems: { type: 'array', items: { $ref: '#/$defs/jsonSchema' } },
    additionalItems: { $ref: '#/$defs/jsonSchema' },
    contains: { $ref: '#/$defs/jsonSchema' },
    allOf: { $ref: '#/$defs/schemaArray' },
    anyOf: { $ref: '#/$defs/schemaArray' },
    oneOf: { $ref: '#/$defs/schemaArray' },
    not: { $ref: '#/$defs/jsonSchema' },
    if: { $ref: '#/$defs/jsonSchema' },
    then: { $ref: '#/$defs/jsonSchema' },
    else: { $ref: '#/$defs/jsonSchema' },
    'x-file': {
      type: 'object',
      description: 'Upload limits of a file attachment (an object with name, type, size).',
      properties: {
        accept: { type: 'array', items: { type: 'string' }, description: 'Accepted MIME types or extensions.' },
        maxSize: { type: 'integer', minimum: 1, description: 'Maximum size in bytes.' },
      },
      additionalProperties: false,
    },
  },
} as const;

/** The definition meta-schema (`form.schema.json`). */
export const formDefinitionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: FORM_SCHEMA_ID,
  title: 'tokhai form definition',
  description:
    'A Vietnamese government e-form: data schema (JSON Schema), layout (JSON Forms UI schema), prefill bindings, computed values and texts in Vietnamese and English.',
  type: 'object',
  properties: {
    $schema: { type: 'string', description: 'The URL or relative path of this meta-schema (editor autocompletion).' },
    id: {
      type: 'string',
      pattern: '^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$',
      description: 'Reverse-DNS identifier, e.g. `vn.moj.birth-registration`. Stable across versions.',
    },
    version: {
      type: 'string',
      pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$',
      description: 'Semantic version of this definition.',
    },
    title: { $ref: '#/$defs/localizedText', description: 'Form title.' },
    description: { $ref: '#/$defs/localizedText', description: 'One paragraph shown above the form.' },
    procedure: { $ref: '#/$defs/procedure' },
    schema: { $ref: '#/$defs/jsonSchema', description: 'The data schema (JSON Schema 2020-12; draft-07 when `$schema` says so).' },
    ui: { $ref: '#/$defs/uiElement', description: 'The layout (JSON Forms UI schema). Generated from `schema` when absent.' },
    prefill: { type: 'array', items: { $ref: '#/$defs/prefillBinding' }, description: 'Where prefill values come from, field by field.' },
    computed: { type: 'array', items: { $ref: '#/$defs/computedField' }, description: 'Values derived from other answers.' },
    i18n: {
      type: 'object',
      description: 'Texts by locale, then by key. `vi` is required; every key must exist in every locale listed.',
      properties: {
        vi: { $ref: '#/$defs/textTable' },
        en: { $ref: '#/$defs/textTable' },
      },
      required: ['vi'],
      additionalProperties: false,
    },
    messages: {
      type: 'object',
      description: 'Error message overrides: data pointer (array indices may be `*`) → keyword → i18n key or text.',
      propertyNames: { pattern: POINTER },
      additionalProperties: {
        type: 'object',
        additionalProperties: { anyOf: [{ type: 'string', minLength: 1 }, { $ref: '#/$defs/localizedText' }] },
      },
    },
    migrations: { type: 'array', items: { $ref: '#/$defs/migration' }, description: 'How to carry drafts saved under older versions.' },
  },
  required: ['id', 'version', 'title', 'schema'],
  patternProperties: { '^x-': { description: 'Extensions: ignored by tokhai.' } },
  additionalProperties: false,
  $defs: {
    localizedText,
    textTable: { type: 'object', additionalProperties: { type: 'string' }, description: 'i18n key → text.' },
    procedure: {
      type: 'object',
      description: 'The national procedure this form serves (Decree 42/2022).',
      properties: {
        code: { type: 'string', minLength: 1, description: 'Code in the national procedure database (mã TTHC).' },
        formCode: { type: 'string', description: 'The form code in its circular, e.g. `CT01`.' },
        agency: { $ref: '#/$defs/localizedText' },
        level: { enum: ['full', 'partial'], description: '`full`: everything online; `partial`: something in person.' },
        legalBasis: { type: 'string', description: 'The legal text the template comes from.' },
        inPerson: { $ref: '#/$defs/localizedText' },
      },
      required: ['code', 'agency', 'level'],
      additionalProperties: false,
    },
    jsonType: { enum: ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'] },
    nonNegativeInteger: { type: 'integer', minimum: 0 },
    schemaArray: { type: 'array', minItems: 1, items: { $ref: '#/$defs/jsonSchema' } },
    jsonSchema: jsonSchemaDef,
    prefillBinding: {
      type: 'object',
      description: 'Maps one provider claim to one data location.',
      properties: {
        target: { type: 'string', pattern: NON_ROOT_POINTER, description: 'JSON Pointer into the form data.' },
        source: { type: 'string', minLength: 1, description: 'Provider id, e.g. `vneid`, `population`.' },
        claim: { type: 'string', pattern: POINTER, description: "JSON Pointer into the provider's claims." },
        transform: { enum: [...PREFILL_TRANSFORMS], description: 'Declared conversion of the claim value.' },
        mode: { enum: ['locked', 'editable'], description: 'Whether the citizen may change the value (default editable).' },
      },
      required: ['target', 'source', 'claim'],
      additionalProperties: false,
    },
    computedField: {
      type: 'object',
      description: 'A value derived from the data by a JSON Logic expression.',
      properties: {
        target: { type: 'string', pattern: NON_ROOT_POINTER, description: 'Where the result is written.' },
        expr: { description: 'The JSON Logic expression.' },
        show: { type: 'boolean', description: 'Whether the value is shown (read-only). Default true.' },
      },
      required: ['target', 'expr'],
      additionalProperties: false,
    },
    migration: {
      type: 'object',
      properties: {
        from: { type: 'string', minLength: 1, description: 'Semver range of the drafts this step applies to.' },
        operations: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              move: {
                type: 'object',
                properties: { from: { type: 'string', pattern: POINTER }, to: { type: 'string', pattern: POINTER } },
                required: ['from', 'to'],
                additionalProperties: false,
              },
              remove: { type: 'string', pattern: NON_ROOT_POINTER },
              reason: { $ref: '#/$defs/localizedText' },
            },
            oneOf: [{ required: ['move'] }, { required: ['remove'] }],
            dependentRequired: { reason: ['remove'] },
            additionalProperties: false,
          },
        },
      },
      required: ['from', 'operations'],
      additionalProperties: false,
    },
    rule: {
      type: 'object',
      description: 'Shows, hides, enables or disables an element when its condition holds.',
      properties: {
        effect: { enum: ['HIDE', 'SHOW', 'ENABLE', 'DISABLE'] },
        condition: { $ref: '#/$defs/condition' },
      },
      required: ['effect', 'condition'],
      additionalProperties: false,
    },
    condition: {
      type: 'object',
      properties: { type: { enum: ['AND', 'OR', 'LEAF'] } },
      allOf: [
        {
          if: { properties: { type: { enum: ['AND', 'OR'] } }, required: ['type'] },
          then: {
            properties: { type: true, conditions: { type: 'array', minItems: 1, items: { $ref: '#/$defs/condition' } } },
            required: ['conditions'],
            additionalProperties: false,
          },
        },
        {
          if: { properties: { type: { const: 'LEAF' } }, required: ['type'] },
          then: {
            properties: { type: true, scope: { $ref: '#/$defs/scope' }, expectedValue: true },
            required: ['scope', 'expectedValue'],
            additionalProperties: false,
          },
        },
        {
          if: { not: { required: ['type'] } },
          then: {
            properties: { scope: { $ref: '#/$defs/scope' }, schema: { $ref: '#/$defs/jsonSchema' }, failWhenUndefined: { type: 'boolean' } },
            required: ['scope', 'schema'],
            additionalProperties: false,
          },
        },
      ],
    },
    scope: { type: 'string', pattern: '^#(/.*)?$', description: 'A JSON Pointer fragment into the schema, e.g. `#/properties/child`.' },
    options: {
      type: 'object',
      description: 'Renderer hints read by the testers and widgets.',
      properties: {
        format: { type: 'string', description: "Force a widget: 'textarea' | 'radio' | 'select' | 'checkbox-group' | 'admin-unit' | 'id-number' | 'date' | 'file' | …" },
        multi: { type: 'boolean' },
        placeholder: { type: 'string' },
        mask: { type: 'string', description: "Input mask: 'ddcn' | 'bhxh' | 'mst' | 'phone'." },
        detail: { $ref: '#/$defs/uiElement', description: 'Array controls: the layout of one item (scopes relative to the item schema).' },
        showSortButtons: { type: 'boolean' },
        readonly: { type: 'boolean' },
        autocomplete: { type: 'string', description: 'Autocomplete token (WCAG 1.3.5), e.g. `name`, `tel`.' },
      },
    },
    uiElement: {
      type: 'object',
      description: 'A JSON Forms UI schema element.',
      properties: {
        type: { enum: [...UI_TYPES] },
        rule: { $ref: '#/$defs/rule' },
        options: { $ref: '#/$defs/options' },
        i18n: { type: 'string', description: 'An i18n key that overrides the derived key for this element.' },
      },
      required: ['type'],
      allOf: [
        whenType('Control', {
          properties: { scope: { $ref: '#/$defs/scope' }, label: { type: ['string', 'boolean'] } },
          required: ['scope'],
        }),
        whenType('VerticalLayout', { properties: { elements: { $ref: '#/$defs/uiElements' } }, required: ['elements'] }),
        whenType('HorizontalLayout', { properties: { elements: { $ref: '#/$defs/uiElements' } }, required: ['elements'] }),
        whenType('Group', { properties: { label: { type: 'string' }, elements: { $ref: '#/$defs/uiElements' } }, required: ['elements'] }),
        whenType('Label', { properties: { text: { type: 'string' } }, required: ['text'] }),
        whenType('Categorization', {
          properties: {
            label: { type: 'string' },
            elements: {
              type: 'array',
              items: { allOf: [{ $ref: '#/$defs/uiElement' }, { properties: { type: { enum: ['Category', 'Categorization'] } } }] },
            },
          },
          required: ['elements'],
        }),
        whenType('Category', { properties: { label: { type: 'string' }, elements: { $ref: '#/$defs/uiElements' } }, required: ['label', 'elements'] }),
      ],
      unevaluatedProperties: false,
    },
    uiElements: { type: 'array', items: { $ref: '#/$defs/uiElement' } },
  },
} as const;

/** The bundle meta-schema (`bundle.schema.json`): interconnected procedures filled once (Decree 63/2024). */
export const formBundleSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: BUNDLE_SCHEMA_ID,
  title: 'tokhai form bundle',
  description: 'A group of interconnected procedures whose shared answers are filled once.',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    id: { type: 'string', pattern: '^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$' },
    version: { type: 'string', pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$' },
    title: { $ref: '#/$defs/localizedText' },
    description: { $ref: '#/$defs/localizedText' },
    members: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          form: { type: 'string', pattern: '^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$', description: 'Member form id.' },
          version: { type: 'string', minLength: 1, description: 'Semver range of the member form.' },
        },
        required: ['form'],
        additionalProperties: false,
      },
    },
    shared: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', minLength: 1 },
          label: { $ref: '#/$defs/localizedText' },
          pointers: {
            type: 'object',
            description: 'Member form id → JSON Pointer of this answer in that form’s data.',
            additionalProperties: { type: 'string', pattern: NON_ROOT_POINTER },
            minProperties: 1,
          },
        },
        required: ['id', 'pointers'],
        additionalProperties: false,
      },
    },
  },
  required: ['id', 'version', 'title', 'members', 'shared'],
  patternProperties: { '^x-': {} },
  additionalProperties: false,
  $defs: { localizedText },
} as const;
