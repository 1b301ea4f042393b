// SPDX-License-Identifier: MIT
// Drives <tk-form> in a real browser the way a person does: consent, typing, picking, ticking, "Tiếp tục", "Gửi hồ
// sơ". Used by the end-to-end test. Knows the widgets' DOM only through their ids (`pointerToId` of elements) and
// native controls, so a widget restyled or rewritten keeps working as long as it stays accessible.

/** How long one step (a page, a prefill, a commune list) may take. */
export const STEP_TIMEOUT = 15_000;

/** `<tk-form>`'s DOM id of a data pointer (packages/elements internal/pointer.ts `pointerToId`). */
export const fieldId = (pointer) => 'tk-field' + pointer.replace(/[^A-Za-z0-9-]/g, (c) => '_' + c.charCodeAt(0).toString(16) + '_');
const get = (data, pointer) => pointer.split('/').slice(1).reduce((v, k) => (v == null ? undefined : v[k.replace(/~1/g, '/').replace(/~0/g, '~')]), data);
const scopeToPointer = (scope) => {
  const s = scope.replace(/^#\//, '').split('/');
  const out = [];
  for (let i = 0; i < s.length; i++) if (s[i] === 'properties' && i + 1 < s.length) out.push(s[++i]);
  return '/' + out.join('/');
};

/** Every control of a definition in layout order, with its schema (array item details are not walked). */
function controlsOf(compiled) {
  const out = [];
  const walk = (el) => {
    if (el.type === 'Control') out.push({ pointer: scopeToPointer(el.scope), schema: compiled.resolveScope(el.scope) ?? {}, options: el.options ?? {} });
    for (const child of el.elements ?? []) walk(child);
  };
  walk(compiled.ui);
  return out;
}

/** The index a radio group or select gives a value (the widgets' option values are indexes of the choices). */
function choiceIndex(schema, value) {
  if (schema.type === 'boolean') return value === true ? 0 : 1;
  if (Array.isArray(schema.enum)) return schema.enum.findIndex((v) => v === value);
  const options = schema.oneOf ?? schema.anyOf ?? [];
  return options.findIndex((o) => o.const === value);
}

const isEmpty = (v) => v === undefined || v === null || v === '';

/**
 * Answers, in the current step, every empty and editable control the fixture has a value for, the way a person
 * does: typing into text boxes, picking options, ticking boxes. Prefilled and shared answers are left as they are.
 */
export async function answerStep(page, compiled, answers) {
  // One round trip for the ids the step renders, instead of probing every control of the form.
  const rendered = new Set(
    await page.locator('tk-form').evaluate((el) => [...el.shadowRoot.querySelectorAll('[id^="tk-field"]')].map((e) => e.id)),
  );
  for (const { pointer, schema } of controlsOf(compiled)) {
    const value = get(answers, pointer);
    if (isEmpty(value) || Array.isArray(value)) continue;
    const id = fieldId(pointer);
    if (!rendered.has(id)) continue;
    const control = page.locator(`tk-form #${id}`);
    if ((await control.count()) === 0 || !(await control.first().isVisible())) continue;
    if (!(await control.first().isEditable().catch(() => false))) continue;
    const tag = await control.first().evaluate((el) => `${el.tagName.toLowerCase()}:${el.getAttribute('type') ?? ''}`);
    const commune = page.locator(`tk-form #${id}-commune`);
    if (tag.startsWith('select') && (await commune.count())) {
      // Administrative unit: province, then the commune list it loads, then the street when there is one.
      if (await control.inputValue()) continue;
      await control.selectOption(value.provinceCode);
      await commune.locator(`option[value="${value.communeCode}"]`).waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
      await commune.selectOption(value.communeCode);
      const street = page.locator(`tk-form #${id}-street`);
      if (value.street && (await street.count())) {
        await street.click();
        await page.keyboard.type(value.street);
      }
    } else if (tag.startsWith('select')) {
      if (await control.inputValue()) continue;
      await control.selectOption(String(choiceIndex(schema, value)));
    } else if (tag === 'input:radio') {
      if (await page.locator(`tk-form input[name="${id}"]:checked`).count()) continue;
      const i = choiceIndex(schema, value);
      await page.locator(`tk-form #${i === 0 ? id : `${id}-${i}`}`).check();
    } else if (tag === 'input:checkbox') {
      if (value === true && !(await control.isChecked())) await control.check();
    } else if (await page.locator(`tk-form #${id}-month`).count()) {
      // Date: day, month and year boxes (a partial date has only some).
      if (await control.inputValue()) continue;
      const [year, month, day] = String(value).split('-');
      for (const [part, text] of [['', day], ['-month', month], ['-year', year]]) {
        const box = page.locator(`tk-form #${id}${part}`);
        if (text && (await box.count())) {
          await box.click();
          await page.keyboard.type(String(Number(text)));
        }
      }
    } else {
      if (await control.inputValue()) continue;
      await control.click();
      await page.keyboard.type(String(value));
    }
    await page.keyboard.press('Tab');
  }
}

/**
 * Consents to every data source a consent panel asks about and waits for it to go. `selector`: a form's own panel
 * (the default), or the page's (a bundle page asks once for every member: `#tk-host > tk-consent-panel`).
 */
export async function consentAll(page, selector = 'tk-form tk-consent-panel') {
  const panel = page.locator(selector);
  await panel.waitFor({ timeout: STEP_TIMEOUT });
  const accepts = panel.getByRole('button', { name: /^Đồng ý/ });
  const n = await accepts.count();
  for (let i = 0; i < n; i++) await accepts.nth(i).click();
  await panel.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  await panel.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
}

/** The wizard's current step heading ("Bước 2/5: …"), or '' on a single page. */
const stepHeading = (page) =>
  page.locator('tk-form').evaluate((el) => {
    const headings = [...el.shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')];
    return headings.map((h) => h.textContent.trim()).find((t) => /^Bước \d+\/\d+/.test(t)) ?? '';
  });

/**
 * Walks the wizard: answers each step and presses "Tiếp tục" until the review, then submits. A step the form
 * refuses is answered again once (a widget may render after the prefill settles); a second refusal fails with the
 * form's own error summary.
 */
export async function completeAndSubmit(page, compiled, answers) {
  const form = page.locator('tk-form');
  for (let step = 0, retried = false; step < 12; step++) {
    await page.waitForLoadState('networkidle');
    // "Gửi hồ sơ", or "Xác nhận và gửi hồ sơ" on a wizard's review step.
    const submit = form.getByRole('button', { name: /gửi hồ sơ$/i });
    if (await submit.isVisible()) {
      await submit.click();
      return;
    }
    const before = await stepHeading(page);
    await answerStep(page, compiled, answers);
    await form.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
    const summary = form.locator('.tk-error-summary');
    await expectChange(page, before, summary);
    if (await summary.isVisible().catch(() => false)) {
      if (retried) throw new Error(`${compiled.id}: the form refused the step: ${(await summary.innerText()).slice(0, 800)}`);
      retried = true;
    } else retried = false;
  }
  throw new Error(`${compiled.id}: the wizard did not reach the review step`);
}

/** Waits until the step heading changes, the review's submit button or the error summary shows. */
async function expectChange(page, before, summary) {
  const deadline = Date.now() + STEP_TIMEOUT;
  while (Date.now() < deadline) {
    if ((await stepHeading(page)) !== before) return;
    if (await summary.isVisible().catch(() => false)) return;
    if (await page.locator('tk-form').getByRole('button', { name: /gửi hồ sơ$/i }).isVisible()) return;
    await page.waitForTimeout(100);
  }
}

