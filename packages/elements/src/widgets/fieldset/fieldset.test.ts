// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './fieldset.js';
import '../text-field/text-field.js';
import type { TkFieldset } from './fieldset.component.js';
import { byId, cleanup, errorAt, last, makeField, mount, seriousViolations } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const father = {
  pointer: '/father',
  schema: { type: 'object' as const, properties: { fullName: { type: 'string' as const } } },
  label: 'Thông tin người cha',
};

const withChild = (el: TkFieldset) => {
  const child = document.createElement('tk-text-field');
  child.field = makeField({ pointer: '/father/fullName', label: 'Họ và tên' });
  el.renderChild = () => child;
};

describe('<tk-fieldset>', () => {
  afterEach(cleanup);

  it('groups the child controls under a legend and passes axe', async () => {
    const m = await mount<TkFieldset>('tk-fieldset', makeField(father), { setup: withChild });
    const group = byId(m.root, m.el.field!.id);
    expect(group.tagName).toBe('FIELDSET');
    expect(group.querySelector('legend')!.textContent).toContain('Thông tin người cha');
    expect(group.querySelector('tk-text-field input')).not.toBeNull();
    expect(await seriousViolations(m.host)).toEqual([]);
  });

  it('asks renderChild for the object pointer', async () => {
    const asked: string[] = [];
    await mount<TkFieldset>('tk-fieldset', makeField(father), { setup: (el) => (el.renderChild = ({ pointer }) => (asked.push(pointer), null)) });
    expect(asked).toContain('/father');
  });

  it('shows the object own errors linked from the group, and takes focus for the error summary', async () => {
    const m = await mount<TkFieldset>('tk-fieldset', makeField({ ...father, errors: [errorAt('/father', 'Cần khai thông tin cha hoặc mẹ.', 'anyOf')] }), { setup: withChild });
    const group = byId(m.root, m.el.field!.id);
    expect(group.getAttribute('aria-describedby')).toContain(`${m.el.field!.id}-error`);
    m.el.focus();
    expect(m.root.activeElement).toBe(group);
  });

  it('lets its children commit; it never commits by itself', async () => {
    const m = await mount<TkFieldset>('tk-fieldset', makeField(father), { setup: withChild });
    await userEvent.type(m.root.querySelector('tk-text-field input')!, 'Lê Văn C');
    await userEvent.click(m.after);
    expect(last(m.events.input)).toBe('Lê Văn C');
    expect(m.events.commit.map((c) => c.pointer)).toEqual(['/father/fullName']);
  });

  it('disables its children when disabled', async () => {
    const m = await mount<TkFieldset>('tk-fieldset', makeField({ ...father, enabled: false }), { setup: withChild });
    expect(m.root.querySelector('tk-text-field input')!.matches(':disabled')).toBe(true);
  });

  it('shows the children it was handed before its class was defined (a portal that defines the tag late)', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('tk-fieldset-late') as TkFieldset;
    // What <tk-form> does with a widget element whose class is not defined yet: children first, then the field.
    const child = document.createElement('tk-text-field');
    child.field = makeField({ pointer: '/father/fullName', label: 'Họ và tên' });
    el.renderChild = () => [child];
    el.field = makeField(father);
    host.append(el);
    customElements.define('tk-fieldset-late', class extends (customElements.get('tk-fieldset') as typeof TkFieldset) {});
    expect(el.querySelector('tk-text-field input')).not.toBeNull();
    expect(el.textContent).not.toContain('Không hiển thị được');
    // A later hand-over (the next render of the form) reaches the element too.
    const other = document.createElement('tk-text-field');
    other.field = makeField({ pointer: '/father/job', label: 'Nghề nghiệp' });
    el.renderChild = () => [other];
    el.field = makeField({ ...father, label: 'Cha' });
    expect(el.querySelector('tk-text-field')).toBe(other);
    host.remove();
  });

  it('says so visibly when no renderChild was given', async () => {
    const m = await mount<TkFieldset>('tk-fieldset', makeField(father));
    expect(m.root.textContent).toContain('Không hiển thị được');
  });
});

runWidgetBaseTests<TkFieldset>({
  tag: 'tk-fieldset',
  field: father,
  setup: withChild,
  edit: async (m) => {
    await userEvent.type(m.root.querySelector('tk-text-field input')!, 'Lê Văn C');
    return 'Lê Văn C';
  },
  commitPointer: () => '/father/fullName',
  requiredInAria: false,
});
