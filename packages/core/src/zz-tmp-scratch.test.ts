import { it } from 'vitest';
import { compileForm } from '@tokhai/core';
import dl from '../../../forms/driving-licence-renewal/vn.bca.driving-licence-renewal.form.json';
import fa from '../../../forms/funeral-allowance/vn.bhxh.funeral-allowance.form.json';
it('x', () => {
  for (const d of [dl, fa]) {
    const c = compileForm(d as never);
    const r = c.validate({}, { locale: 'vi' });
    console.log(d.id, r.valid, r.errors.map((e) => e.instancePath + ' ' + e.keyword + ' ' + e.message).slice(0, 10));
  }
});
