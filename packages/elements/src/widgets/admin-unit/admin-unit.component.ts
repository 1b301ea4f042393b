// SPDX-License-Identifier: MIT
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ADMIN_UNITS_VERSION, PROVINCES } from '@tokhai/vn-data';
import type { Commune } from './communes.js';
import { attrs } from '../../internal/attrs.js';
import type { FieldModel } from '../../internal/field-model.js';
import { TkFieldElement } from '../shared/field-element.js';
import { renderLegend, renderNotes } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import { adminUnitStyles } from './admin-unit.styles.js';
import { loadAdminUnits } from './load-admin-units.js';

/** The stored value of an address (brief: address convention). */
export interface AdminUnitValue {
  street?: string;
  communeCode?: string;
  provinceCode?: string;
  unitsVersion?: string;
}

/** The parts of the widget, by the property of the value each one edits. */
type Part = 'provinceCode' | 'communeCode' | 'street';

/** Keys a read-only select lets through. */
const READONLY_KEYS = new Set(['Tab', 'Shift', 'Escape']);

const asAddress = (v: unknown): AdminUnitValue =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v) : {};

/**
 * @tagname tk-admin-unit
 * @summary An address as a cascading select: province (tỉnh/thành phố) → commune (xã/phường/đặc khu) of the
 * units in force from 2025-07-01, plus the street line when the schema has `street`. Native selects, so every
 * keyboard, screen reader and phone picker works; communes load lazily when a province is chosen.
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - A part changed; `detail.value` is `{street?, communeCode?, provinceCode?, unitsVersion}`,
 * or `undefined` when every part is empty. Changing the province clears a commune of another province.
 * @event tk-field-commit - Emitted with every pick and when focus leaves the address.
 *
 * @csspart base - The `<fieldset>`.
 * @csspart label - The `<legend>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge.
 * @csspart error - The error message (the address's own and its parts').
 * @csspart control - The province select, the commune select and the street input.
 * @csspart part-label - The label of each part.
 * @csspart status - The polite loading status.
 *
 * @cssproperty --tk-admin-unit-select-width - Width of the two selects. Default: 100% up to 24em.
 */
export class TkAdminUnit extends TkFieldElement {
  static override styles = [fieldStyles, adminUnitStyles];

  /** The communes of the chosen province, once loaded. */
  @state() protected communes: readonly Commune[] | undefined;
  /** The province whose communes are loading or loaded. */
  @state() protected communesFor: string | undefined;
  @state() protected loadFailed = false;
  /** The street as typed. */
  @state() protected street = '';

  /** The current address value. */
  protected get address(): AdminUnitValue {
    return asAddress(this.value);
  }

  /** True when the schema has a street line. */
  protected get hasStreet(): boolean {
    return Object.hasOwn(this.field?.schema.properties ?? {}, 'street');
  }

  /** The id of a part: the province select carries `field.id` (the error summary links to it). */
  protected partId(part: Part): string {
    return part === 'provinceCode' ? this.field!.id : `${this.field!.id}-${part === 'communeCode' ? 'commune' : 'street'}`;
  }

  protected override syncFromValue(value: unknown): void {
    this.street = asAddress(value).street ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const province = this.address.provinceCode;
    if (province && province !== this.communesFor) void this.loadCommunes(province);
  }

  private async loadCommunes(provinceCode: string): Promise<void> {
    this.communesFor = provinceCode;
    this.communes = undefined;
    this.loadFailed = false;
    try {
      const { communesOf } = await loadAdminUnits();
      if (this.communesFor === provinceCode) this.communes = communesOf(provinceCode);
    } catch {
      if (this.communesFor === provinceCode) {
        this.loadFailed = true;
        this.communesFor = undefined; // choosing the province again retries
      }
    }
  }

  /** Whether the schema lets the value carry `unitsVersion`. */
  private get keepsVersion(): boolean {
    const schema = this.field!.schema;
    return Object.hasOwn(schema.properties ?? {}, 'unitsVersion') || schema.additionalProperties !== false;
  }

  /** Builds the value from its parts; `undefined` when all are empty. */
  private compose(parts: AdminUnitValue): AdminUnitValue | undefined {
    const out: AdminUnitValue = {};
    if (parts.street) out.street = parts.street;
    if (parts.communeCode) out.communeCode = parts.communeCode;
    if (parts.provinceCode) out.provinceCode = parts.provinceCode;
    if (Object.keys(out).length === 0) return undefined;
    if ((out.provinceCode || out.communeCode) && this.keepsVersion) out.unitsVersion = ADMIN_UNITS_VERSION;
    return out;
  }

  private handleProvince(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const current = this.address;
    if (!this.interactive) {
      select.value = current.provinceCode ?? '';
      return;
    }
    const provinceCode = select.value || undefined;
    // A commune belongs to exactly one province: another province makes the chosen commune wrong.
    const communeCode = provinceCode === current.provinceCode ? current.communeCode : undefined;
    const value = this.compose({ ...current, provinceCode, communeCode });
    this.emitInput(value);
    this.emitCommit(value);
    if (provinceCode) void this.loadCommunes(provinceCode);
  }

  private handleCommune(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const current = this.address;
    if (!this.interactive) {
      select.value = current.communeCode ?? '';
      return;
    }
    const value = this.compose({ ...current, communeCode: select.value || undefined });
    this.emitInput(value);
    this.emitCommit(value);
  }

  private handleStreet(event: Event): void {
    this.street = (event.target as HTMLInputElement).value;
    this.emitInput(this.compose({ ...this.address, street: this.street.normalize('NFC').trim() || undefined }));
  }

  private guard(event: KeyboardEvent | MouseEvent): void {
    if (!this.field?.readonly) return;
    if (event instanceof KeyboardEvent && READONLY_KEYS.has(event.key)) return;
    event.preventDefault();
  }

  /** The parts named by the errors shown; an error on the address itself flags every part. */
  private flagged(field: FieldModel): ReadonlySet<Part> {
    const parts = new Set<Part>();
    for (const e of field.errors) {
      const rest = e.pointer.slice(field.pointer.length);
      if (rest === '/provinceCode' || rest === '/communeCode' || rest === '/street') parts.add(rest.slice(1) as Part);
      else if (e.pointer === field.pointer) ['provinceCode', 'communeCode', 'street'].forEach((p) => parts.add(p as Part));
    }
    if (this.localError || (this.invalid && parts.size === 0)) return new Set(['provinceCode', 'communeCode', 'street']);
    return parts;
  }

  /** Whether a part must be answered: the field is required and the schema requires that property. */
  private requiredPart(field: FieldModel, part: Part): boolean {
    const required = field.schema.required;
    return field.required && (Array.isArray(required) ? required.includes(part) : part !== 'street');
  }

  private renderSelect(field: FieldModel, part: Part, flagged: ReadonlySet<Part>, options: unknown, describedBy?: string): unknown {
    return html`<select
      id=${this.partId(part)}
      part="control"
      class="tk-field__control tk-admin-unit__select"
      aria-describedby=${ifDefined(describedBy)}
      aria-invalid=${ifDefined(flagged.has(part) ? 'true' : undefined)}
      aria-required=${ifDefined(this.requiredPart(field, part) ? 'true' : undefined)}
      aria-readonly=${ifDefined(field.readonly ? 'true' : undefined)}
      ?disabled=${!field.enabled}
      @change=${(e: Event) => (part === 'provinceCode' ? this.handleProvince(e) : this.handleCommune(e))}
      @keydown=${(e: KeyboardEvent) => this.guard(e)}
      @mousedown=${(e: MouseEvent) => this.guard(e)}
    >
      ${options}
    </select>`;
  }

  private provinceOptions(selected: string | undefined): unknown {
    const s = this.strings;
    const known = PROVINCES.some((p) => p.code === selected);
    return html`<option value="" .selected=${live(!selected)}>${s.selectPlaceholder}</option>
      ${PROVINCES.map((p) => html`<option value=${p.code} .selected=${live(p.code === selected)}>${p.name}</option>`)}
      ${selected && !known ? html`<option value=${selected} .selected=${live(true)}>${selected}</option>` : nothing}`;
  }

  private communeOptions(province: string | undefined, selected: string | undefined): unknown {
    const s = this.strings;
    if (!province) return html`<option value="" selected>${s.chooseProvinceFirst}</option>`;
    const list = this.communesFor === province ? this.communes : undefined;
    // A stored commune that is not in the list (another province, an old code) stays visible and selected, so the
    // data is not dropped silently; core reports that it does not belong to the province.
    const stray = selected && !list?.some((c) => c.code === selected);
    return html`<option value="" .selected=${live(!selected)}>${list ? s.selectPlaceholder : s.loadingCommunes}</option>
      ${(list ?? []).map((c) => html`<option value=${c.code} .selected=${live(c.code === selected)}>${c.name}</option>`)}
      ${stray ? html`<option value=${selected} .selected=${live(true)}>${selected}</option>` : nothing}`;
  }

  protected renderField(field: FieldModel): unknown {
    const s = this.strings;
    const { provinceCode, communeCode } = this.address;
    const flagged = this.flagged(field);
    const loading = provinceCode !== undefined && this.communesFor === provinceCode && this.communes === undefined;
    const statusId = `${field.id}-status`;
    return html`<fieldset
      part="base"
      class="tk-field tk-admin-unit ${this.invalid ? 'tk-field--invalid' : ''}"
      role="group"
      ${attrs({ 'aria-describedby': this.describedBy(), disabled: !field.enabled })}
    >
      ${renderLegend(field, s)}${renderNotes(field, s, this.localError)}
      <div class="tk-admin-unit__part">
        <label part="part-label" class="tk-admin-unit__label" for=${this.partId('provinceCode')}>${s.province}</label>
        ${this.renderSelect(field, 'provinceCode', flagged, this.provinceOptions(provinceCode))}
      </div>
      <div class="tk-admin-unit__part">
        <label part="part-label" class="tk-admin-unit__label" for=${this.partId('communeCode')}>${s.commune}</label>
        ${this.renderSelect(field, 'communeCode', flagged, this.communeOptions(provinceCode, communeCode), statusId)}
      </div>
      ${this.hasStreet
        ? html`<div class="tk-admin-unit__part">
            <label part="part-label" class="tk-admin-unit__label" for=${this.partId('street')}>${s.street}</label>
            <input
              part="control"
              class="tk-field__control tk-admin-unit__street"
              type="text"
              ${attrs({
                id: this.partId('street'),
                autocomplete: typeof field.options.autocomplete === 'string' ? field.options.autocomplete : undefined,
                'aria-invalid': flagged.has('street') ? 'true' : undefined,
                'aria-required': this.requiredPart(field, 'street') ? 'true' : undefined,
                readonly: field.readonly,
                disabled: !field.enabled,
              })}
              .value=${live(this.street)}
              @input=${(e: Event) => this.handleStreet(e)}
            />
          </div>`
        : nothing}
      <div id=${statusId} part="status" class="tk-admin-unit__status" role="status">
        ${loading ? s.loadingCommunes : this.loadFailed ? s.communesFailed : nothing}
      </div>
    </fieldset>`;
  }
}
