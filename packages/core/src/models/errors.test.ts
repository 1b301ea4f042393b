import { describe, expect, it } from 'vitest';
import { FormDefinitionError } from './errors.js';

describe('FormDefinitionError', () => {
  it('lists every problem with its pointer and the file in its message', () => {
    const e = new FormDefinitionError([{ pointer: '/ui/scope', code: 'scope', message: 'resolves to nothing' }], 'a.form.json');
    expect(e.message).toContain('a.form.json#/ui/scope [scope] resolves to nothing');
    expect(e.problems).toHaveLength(1);
  });
});
