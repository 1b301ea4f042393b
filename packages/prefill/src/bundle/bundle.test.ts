// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { bundleViews, planBundlePrefill, runBundlePrefill, shareAnswers } from './bundle.js';
import { CHILD_FORM, CHILD_RESIDENCE_FORM, fakeProvider, INSURANCE_FORM, POPULATION_CLAIMS, SUBJECT, TEST_BUNDLE, VNEID_CLAIMS } from '../test/fixtures.js';

const forms = [CHILD_FORM, INSURANCE_FORM, CHILD_RESIDENCE_FORM];
const POPULATION = { ...POPULATION_CLAIMS, household: { headName: 'Nguyễn Văn Thử', headPid: SUBJECT, relationshipToHead: 'head', members: [] } };

describe('bundle prefill', () => {
  it('plans one consent request per source across every member form', () => {
    const requests = planBundlePrefill(TEST_BUNDLE, forms, [fakeProvider('vneid'), fakeProvider('population')]);
    expect(requests.map((r) => r.source)).toEqual(['vneid', 'population']);
    expect(requests[0].forms).toEqual(['test.birth', 'test.insurance']);
    expect(requests[0].claims).toEqual(['/name', '/vn_pid', '/phone_number']);
    expect(requests[0].fields.map((f) => `${f.formId}#${f.pointer}`)).toEqual([
      'test.birth#/mother/fullName',
      'test.birth#/mother/pid',
      'test.insurance#/guardian/fullName',
      'test.insurance#/guardian/phone',
    ]);
    expect(requests[1].forms).toEqual(['test.birth', 'test.child-residence']);
  });

  it('suppresses a member\'s bindings about a person who is someone else in the bundle', () => {
    const { suppressed, views } = bundleViews(TEST_BUNDLE, forms);
    // In the bundle the residence form's /person is the child (its name is the shared child name): the parent's
    // name, ĐDCN and phone must not land there.
    expect(suppressed.map((s) => `${s.formId}#${s.pointer}`)).toEqual(['test.child-residence#/person/fullName', 'test.child-residence#/person/pid', 'test.child-residence#/person/phone']);
    expect(suppressed.every((s) => s.shared === 'childName')).toBe(true);
    expect(views.find((v) => v.id === 'test.child-residence')!.bindings.map((b) => b.target)).toEqual(['/householdHead/fullName']);
    // Standalone, the same form keeps every binding.
    expect(bundleViews({ ...TEST_BUNDLE, shared: [] }, forms).suppressed).toEqual([]);
  });

  it('calls each source once and fills every member with the answers all members bind the same way', async () => {
    const vneid = fakeProvider('vneid', { claims: VNEID_CLAIMS });
    const population = fakeProvider('population', { claims: POPULATION });
    const r = await runBundlePrefill({ bundle: TEST_BUNDLE, forms, providers: [vneid, population], decisions: { vneid: 'granted', population: 'granted' }, subject: SUBJECT });
    expect(vneid.calls).toHaveLength(1);
    expect(population.calls).toHaveLength(1);
    expect(r.byForm['test.birth'].values).toEqual({ '/mother/fullName': 'Nguyễn Văn Thử', '/mother/pid': SUBJECT, '/residence': POPULATION_CLAIMS.permanentResidence });
    expect(r.byForm['test.insurance'].values).toEqual({ '/guardian/fullName': 'Nguyễn Văn Thử', '/guardian/phone': '0912345678' });
    expect(r.byForm['test.child-residence'].values).toEqual({ '/householdHead/fullName': 'Nguyễn Văn Thử' });
    expect(r.byForm['test.insurance'].provenance['/guardian/fullName']).toMatchObject({ source: 'vneid', mode: 'locked' });
    // One consent per source, carried by each member's submission.
    expect(r.consent.map((c) => c.source)).toEqual(['vneid', 'population']);
    expect(r.byForm['test.insurance'].consent.map((c) => c.source)).toEqual(['vneid', 'population']);
    expect(r.failures).toEqual([]);
    expect(r.suppressed).toHaveLength(3);
  });

  it('reports failures per member form', async () => {
    const r = await runBundlePrefill({ bundle: TEST_BUNDLE, forms, providers: [fakeProvider('vneid', { claims: VNEID_CLAIMS })], decisions: { vneid: 'declined' } });
    expect(r.failures.map((f) => `${f.formId}#${f.pointer}:${f.kind}`)).toEqual([
      'test.birth#/mother/fullName:declined',
      'test.birth#/mother/pid:declined',
      'test.insurance#/guardian/fullName:declined',
      'test.insurance#/guardian/phone:declined',
    ]);
  });
});

describe('shareAnswers', () => {
  it('copies a shared answer from the changed form to every other member, at each member\'s pointer', () => {
    const data = { 'test.birth': { child: { fullName: 'Nguyễn Minh Bé Thử' } }, 'test.insurance': { guardian: { phone: '0912345678' } }, 'test.child-residence': {} };
    const next = shareAnswers(TEST_BUNDLE, data, 'test.birth');
    expect(next['test.insurance']).toEqual({ guardian: { phone: '0912345678' }, child: { fullName: 'Nguyễn Minh Bé Thử' } });
    expect(next['test.child-residence']).toEqual({ person: { fullName: 'Nguyễn Minh Bé Thử' } });
    expect(next['test.birth']).toBe(data['test.birth']);
    expect(data['test.insurance']).toEqual({ guardian: { phone: '0912345678' } });
  });

  it('never overwrites a value locked by prefill in another member', () => {
    const locked = { 'test.birth': { '/mother/fullName': { source: 'vneid', fetchedAt: '2026-11-24T03:00:00Z', mode: 'locked' as const, value: 'Nguyễn Văn Thử' } } };
    const data = { 'test.birth': { mother: { fullName: 'Nguyễn Văn Thử' } }, 'test.insurance': { guardian: { fullName: 'Người khác' } } };
    const next = shareAnswers(TEST_BUNDLE, data, 'test.insurance', { provenanceByForm: locked });
    expect(next['test.birth']).toBe(data['test.birth']);
  });
});
