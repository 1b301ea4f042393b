// SPDX-License-Identifier: MIT
/**
 * The once-only prefill as a citizen meets it in `<tk-form>`: changing their mind after declining, trying a failed
 * source again, a portal that sets its providers again, a form moved on the page while the sources run, corrections,
 * hostile provider values, locale switches, and axe in every state.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import type { CitizenDataProvider, ProviderResponse } from '@tokhai/prefill';
import { button, cleanup, control, focused, mount, personForm, record, root, seriousViolations, settle, wizardForm } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';

afterEach(cleanup);

/** One page: the name locked from VNeID, the phone an editable suggestion from VNeID, the note from CSDLQG. */
const onePage: FormDefinition = {
  ...personForm,
  id: 'vn.test.prefill-citizen',
  prefill: [
    { target: '/fullName', source: 'vneid', claim: '/name', mode: 'locked' },
    { target: '/phone', source: 'vneid', claim: '/phone_number', mode: 'editable' },
    { target: '/note', source: 'population', claim: '/note', mode: 'editable' },
  ],
};

/** The wizard with step 1 (name, ĐDCN) locked from VNeID: a "known" step with "report incorrect data". */
const knownStep: FormDefinition = {
  ...wizardForm,
  id: 'vn.test.prefill-citizen-wizard',
  prefill: [
    { target: '/fullName', source: 'vneid', claim: '/name', mode: 'locked' },
    { target: '/idNumber', source: 'vneid', claim: '/vn_pid', mode: 'locked' },
  ],
};

type Fetch = CitizenDataProvider['fetch'];

/** A provider answering through `fetch`; counts calls. */
function provider(id: 'vneid' | 'population', fetch: Fetch): CitizenDataProvider & { calls: number } {
  const p = {
    id,
    label: id === 'vneid' ? { vi: 'VNeID', en: 'VNeID' } : { vi: 'CSDLQG về dân cư', en: 'Population database' },
    purpose: { vi: 'Điền sẵn thông tin người khai', en: 'Fill in the applicant details' },
    calls: 0,
    fetch: ((request) => {
      p.calls++;
      return fetch(request);
    }) as Fetch,
  };
  return p;
}

const answer = (claims: Record<string, unknown>, extra: Partial<ProviderResponse> = {}): Fetch => () =>
  Promise.resolve({ claims, fetchedAt: '2026-11-24T08:00:00.000Z', ...extra });

const VNEID_CLAIMS = { name: 'Nguyễn Văn An', phone_number: '0912345678', vn_pid: '001099012345' };

/** A compact JWS whose payload attests `claims` (decodable; not verified in the browser). */
function jws(iss: string, claims: Record<string, unknown>): string {
  const part = (o: object) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o))))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
  return `${part({ alg: 'ES256' })}.${part({ iss, iat: 1790000000, claims })}.c2ln`;
}

const panel = (el: TkForm) => root(el).querySelector('tk-consent-panel');
const choice = (el: TkForm, source: string, decision: 'granted' | 'declined') =>
  root(el).querySelector<HTMLButtonElement>(`tk-consent-panel fieldset[data-source="${source}"] button[data-choice="${decision}"]`)!;
const status = (el: TkForm) => root(el).querySelector('tk-prefill-status');
const statusLine = (el: TkForm, source: string) => status(el)?.querySelector<HTMLElement>(`.tk-prefill-status__list > li[data-source="${source}"]`) ?? null;

async function waitForPanel(el: TkForm): Promise<void> {
  await vi.waitFor(() => expect(root(el).querySelector('tk-consent-panel button')).not.toBeNull(), { timeout: 5000 });
  await settle(el);
}

async function waitForForm(el: TkForm): Promise<void> {
  await vi.waitFor(() => expect(root(el).querySelector('tk-consent-panel, .tk-loading')).toBeNull(), { timeout: 5000 });
  await settle(el);
}

/** Chooses on the panel with real clicks, then "Tiếp tục", and waits for the form. */
async function decide(el: TkForm, decisions: Record<string, 'granted' | 'declined'>): Promise<void> {
  for (const [source, decision] of Object.entries(decisions)) await userEvent.click(choice(el, source, decision));
  await userEvent.click(button(el, 'Tiếp tục'));
  await waitForForm(el);
}

describe('changing one\'s mind and trying again', () => {
  it('a citizen who declined a source can still fill in from it: only that source is asked again, and what they typed stays', async () => {
    const vneid = provider('vneid', answer(VNEID_CLAIMS));
    const population = provider('population', answer({ note: 'Ghi chú từ CSDLQG' }));
    const el = await mount({ form: onePage, providers: [vneid, population] });
    await waitForPanel(el);
    await decide(el, { vneid: 'declined', population: 'granted' });
    expect(vneid.calls).toBe(0);
    expect(el.data).toEqual({ note: 'Ghi chú từ CSDLQG' });

    // The status says what to type and offers the way back the panel promised ("you can change your choice").
    const line = statusLine(el, 'vneid')!;
    expect(line.textContent).toContain('Bạn đã không đồng ý lấy dữ liệu từ VNeID — vui lòng tự nhập');
    expect(line.textContent).toContain('Họ, chữ đệm và tên');
    expect(statusLine(el, 'population')).toBeNull();
    expect(await seriousViolations(el)).toEqual([]);

    // Meanwhile the citizen typed their phone number.
    await userEvent.type(control(el, 'Số điện thoại'), '0987654321');
    const again = line.querySelector<HTMLButtonElement>('button')!;
    expect(again.textContent.trim()).toBe('Đổi ý: điền sẵn từ VNeID');
    again.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(panel(el)).not.toBeNull());
    await settle(el);

    // Only VNeID is asked about, with nothing pre-selected, and focus is on the panel's title.
    expect([...root(el).querySelectorAll('tk-consent-panel fieldset')].map((f) => f.getAttribute('data-source'))).toEqual(['vneid']);
    expect(root(el).querySelectorAll('tk-consent-panel [aria-pressed="true"]')).toHaveLength(0);
    await vi.waitFor(() => expect(focused(el)?.getAttribute('role')).toBe('heading'));
    expect(await seriousViolations(el)).toEqual([]);
    await decide(el, { vneid: 'granted' });

    expect(vneid.calls).toBe(1);
    expect(population.calls).toBe(1);
    expect(el.data).toEqual({ fullName: 'Nguyễn Văn An', phone: '0987654321', note: 'Ghi chú từ CSDLQG' });
    expect(control(el, 'Họ, chữ đệm và tên').readOnly).toBe(true);
    expect(statusLine(el, 'vneid')).toBeNull();
    const consent = el.prefillRecord.consent;
    expect(consent.map((c) => [c.source, c.decision])).toEqual([
      ['population', 'granted'],
      ['vneid', 'granted'],
    ]);
    // The phone the citizen typed has no provenance: it is theirs, not VNeID's.
    expect(Object.keys(el.prefillRecord.provenance).sort()).toEqual(['/fullName', '/note']);
  });

  it('a source that failed for a passing reason can be tried again without a new consent; the record keeps each attestation once and points at the right one', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const vneidJws = jws('vneid', { '/name': 'Nguyễn Văn An', '/phone_number': '0912345678' });
    const populationJws = jws('population', { '/note': 'Ghi chú từ CSDLQG' });
    const vneid = provider('vneid', answer(VNEID_CLAIMS, { attestation: vneidJws }));
    let down = true;
    const population = provider('population', (request) =>
      down ? Promise.reject(new Error('CSDLQG đang bảo trì')) : answer({ note: 'Ghi chú từ CSDLQG' }, { attestation: populationJws })(request),
    );
    const el = await mount({ form: onePage, providers: [vneid, population] });
    await waitForPanel(el);
    await decide(el, { vneid: 'granted', population: 'granted' });
    expect(statusLine(el, 'population')!.textContent).toContain('Không lấy được dữ liệu từ CSDLQG về dân cư (nguồn dữ liệu không phản hồi)');
    expect(el.prefillRecord.attestations).toEqual([{ source: 'vneid', jws: vneidJws }]);

    down = false;
    await userEvent.click(statusLine(el, 'population')!.querySelector('button')!);
    await waitForForm(el);
    expect(panel(el)).toBeNull();
    expect(population.calls).toBe(2);
    expect(vneid.calls).toBe(1);
    expect(el.data).toMatchObject({ fullName: 'Nguyễn Văn An', note: 'Ghi chú từ CSDLQG' });
    expect(statusLine(el, 'population')).toBeNull();

    const { consent, attestations, provenance } = el.prefillRecord;
    expect(consent.map((c) => c.source)).toEqual(['vneid', 'population']);
    expect(attestations).toEqual([
      { source: 'vneid', jws: vneidJws },
      { source: 'population', jws: populationJws },
    ]);
    expect(attestations[provenance['/fullName'].attestation!].source).toBe('vneid');
    expect(attestations[provenance['/note'].attestation!].source).toBe('population');

    // The submission carries the same record.
    const submits = record(el, 'tk-submit');
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    expect(submits[0].detail.submission.attestations).toEqual(attestations);
    expect(submits[0].detail.submission.provenance['/note']).toMatchObject({ source: 'population', attestation: 1 });
  });

  it('does not offer "try again" for a fault that will not pass, nor tell the citizen a source failed when only its attestation was unreadable', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const vneid = provider('vneid', answer({ ...VNEID_CLAIMS, phone_number: 912345678 }, { attestation: 'not.a.jws' }));
    const el = await mount({ form: onePage, providers: [vneid] });
    await waitForPanel(el);
    await decide(el, { vneid: 'granted' });
    // The values were written: "could not get data (the data returned was not valid)" would be untrue.
    expect(el.data).toEqual({ fullName: 'Nguyễn Văn An' });
    const line = statusLine(el, 'vneid')!;
    expect(line.textContent).toContain('dữ liệu không khớp với ô cần điền');
    expect(line.textContent).not.toContain('dữ liệu trả về không hợp lệ');
    expect(line.querySelector('button')).toBeNull();
  });
});

describe('a portal and a page that change under the citizen', () => {
  it('keeps the consent panel, the choices made on it and focus when the portal sets its providers again', async () => {
    const make = () => [provider('vneid', answer(VNEID_CLAIMS)), provider('population', answer({ note: 'x' }))];
    const el = await mount({ form: onePage, providers: make() });
    await waitForPanel(el);
    const shown = panel(el);
    await userEvent.click(choice(el, 'vneid', 'granted'));
    const pressed = choice(el, 'vneid', 'granted');
    expect(focused(el)).toBe(pressed);
    // A framework re-render hands the form an equal, new array.
    el.providers = make();
    await settle(el);
    expect(root(el).querySelector('.tk-loading')).toBeNull();
    expect(panel(el)).toBe(shown);
    expect((shown as HTMLElement & { decisions: object }).decisions).toEqual({ vneid: 'granted' });
    expect(focused(el)).toBe(pressed);
  });

  it('finishes the prefill when the form is moved on the page while the sources run, instead of "loading" forever', async () => {
    const vneid = provider('vneid', (request) => (vneid.calls === 1 ? new Promise(() => {}) : answer(VNEID_CLAIMS)(request)));
    const el = await mount({ form: onePage, providers: [vneid] });
    await waitForPanel(el);
    await userEvent.click(choice(el, 'vneid', 'granted'));
    await userEvent.click(button(el, 'Tiếp tục'));
    await vi.waitFor(() => expect(root(el).querySelector('.tk-loading')).not.toBeNull());
    // The portal moves the form (into a dialog, another column…) while VNeID answers.
    const box = document.createElement('div');
    document.body.append(box);
    box.append(el);
    await waitForForm(el);
    expect(vneid.calls).toBe(2);
    expect(el.data).toEqual({ fullName: 'Nguyễn Văn An', phone: '0912345678' });
  });

  it('takes a citizen who is typing to the consent panel when it replaces the form, and keeps what they typed', async () => {
    const el = await mount({ form: onePage });
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Tự Nhập');
    // The portal learns who is signed in only now.
    el.providers = [provider('vneid', answer(VNEID_CLAIMS))];
    await waitForPanel(el);
    await vi.waitFor(() => expect(focused(el)?.textContent).toBe('Điền sẵn thông tin từ dữ liệu của cơ quan nhà nước'));
    await decide(el, { vneid: 'granted' });
    expect(el.data).toEqual({ fullName: 'Tự Nhập', phone: '0912345678' });
  });
});

describe('corrections, hostile values, locales and axe', () => {
  it('keeps one correction request per field: a second request for the same value replaces the first', async () => {
    const el = await mount({ form: knownStep, providers: [provider('vneid', answer(VNEID_CLAIMS))] });
    await waitForPanel(el);
    await decide(el, { vneid: 'granted' });
    const request = root(el).querySelector('tk-correction-request')!;
    const send = async (claimed: string, reason: string) => {
      request.querySelector('summary')!.focus();
      await userEvent.keyboard('{Enter}');
      await settle(el);
      expect(request.querySelector('details')!.open).toBe(true);
      expect(await seriousViolations(el)).toEqual([]);
      await userEvent.keyboard('{Tab}');
      await userEvent.keyboard(claimed);
      await userEvent.keyboard('{Tab}');
      await userEvent.keyboard(reason);
      await userEvent.keyboard('{Tab}{Enter}');
      await settle(el);
    };
    await send('Nguyễn Văn Ấn', 'Sai dấu');
    expect(await seriousViolations(el)).toEqual([]);
    await send('Nguyễn Văn Ân', 'Sai dấu, gõ nhầm lần trước');
    expect(el.prefillRecord.corrections).toEqual([
      { pointer: '/fullName', source: 'vneid', currentValue: 'Nguyễn Văn An', claimedValue: 'Nguyễn Văn Ân', reason: 'Sai dấu, gõ nhầm lần trước' },
    ]);
    expect(el.data).toMatchObject({ fullName: 'Nguyễn Văn An' });
  });

  it('renders provider values as text, and a wrong type or a 10 MB value leaves its field empty and usable', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = '<img src=x onerror="globalThis.__tkPwned=1">';
    const vneid = provider('vneid', answer({ name: hostile, phone_number: { nested: true } }));
    const population = provider('population', answer({ note: 'Nguyễn '.repeat(1_500_000) }));
    const el = await mount({ form: onePage, providers: [vneid, population] });
    await waitForPanel(el);
    await decide(el, { vneid: 'granted', population: 'granted' });
    expect(root(el).querySelector('img')).toBeNull();
    expect((globalThis as { __tkPwned?: number }).__tkPwned).toBeUndefined();
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe(hostile);
    expect(el.data).toEqual({ fullName: hostile });
    expect(statusLine(el, 'vneid')!.textContent).toContain('dữ liệu không khớp với ô cần điền');
    expect(statusLine(el, 'population')!.textContent).toContain('dữ liệu không khớp với ô cần điền');
    // Nothing half-applied: the fields of the refused values are empty and usable.
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    await userEvent.type(control(el, 'Ghi chú'), 'Tự ghi');
    expect(el.data).toEqual({ fullName: hostile, phone: '0912345678', note: 'Tự ghi' });
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('re-localizes badges and the status after prefill and keeps the data', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ form: onePage, providers: [provider('vneid', answer(VNEID_CLAIMS)), provider('population', () => Promise.reject(new Error('down')))] });
    await waitForPanel(el);
    await decide(el, { vneid: 'granted', population: 'granted' });
    const badges = () => [...root(el).querySelectorAll('tk-provenance-badge')].map((b) => b.textContent.replace(/\s+/g, ' ').trim());
    expect(badges()).toEqual(['Lấy từ VNeID · không sửa được', 'Lấy từ VNeID · bạn có thể sửa']);
    // Each badge is read with its field (aria-describedby), in the current locale.
    const described = () => {
      const ids = control(el, /Họ, chữ đệm và tên|Full name/).getAttribute('aria-describedby')!.split(' ');
      return ids.map((id) => root(el).getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim()).join(' | ');
    };
    expect(described()).toContain('Lấy từ VNeID · không sửa được');
    el.locale = 'en';
    await settle(el);
    expect(badges()).toEqual(['From VNeID · read-only', 'From VNeID · you can edit']);
    expect(described()).toContain('From VNeID · read-only');
    expect(statusLine(el, 'population')!.textContent).toContain('Could not get data from Population database (the source did not respond)');
    expect(statusLine(el, 'population')!.querySelector('button')!.textContent.trim()).toBe('Try Population database again');
    expect(status(el)!.textContent).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i);
    expect(el.data).toEqual({ fullName: 'Nguyễn Văn An', phone: '0912345678' });
    expect(await seriousViolations(el)).toEqual([]);
  });
});
