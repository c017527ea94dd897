import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createUser, signedInClient, type TestUser } from '../../test/factories.js';
import type { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';

const APPLICATION = { story: 'Five years into recovery from postpartum depression.', motivation: 'I want others to feel less alone.', supportTopics: ['postpartum', 'depression'] };
const SETTINGS = { story: 'Five years into recovery.', storyVisibility: 'members', supportTopics: ['postpartum'], capacity: 3, acceptingNew: true, paused: false };

describe(`becoming a peer supporter on ${testDialect()}`, () => {
  let t: TestApp;
  let applicant: TestUser;
  let applicantClient: TestClient;
  let admin: TestClient;
  beforeEach(async () => {
    t = await buildTestApp();
    applicant = await createUser(t.app, { handle: 'Applicant Ash' });
    applicantClient = await signedInClient(t.app, applicant);
    admin = await signedInClient(t.app, await createUser(t.app, { roles: ['admin'] }));
  });
  afterEach(() => t.close());

  async function applyAndApprove(): Promise<string> {
    const applied = await applicantClient.post('/api/me/supporter-application', APPLICATION);
    const id = applied.json().application.id;
    expect((await admin.post(`/api/admin/supporter-applications/${id}/approve`, { note: 'Welcome!' })).statusCode).toBe(200);
    return id;
  }

  it('applies, is approved into training, completes training and becomes active', async () => {
    const applied = await applicantClient.post('/api/me/supporter-application', APPLICATION);
    expect(applied.statusCode).toBe(201);
    expect(applied.json().application).toMatchObject({ status: 'pending', handle: 'Applicant Ash', supportTopics: ['postpartum', 'depression'] });
    expect((await applicantClient.post('/api/me/supporter-application', APPLICATION)).json().code).toBe('application_pending');

    const pending = (await admin.get('/api/admin/supporter-applications')).json().applications;
    expect(pending.map((a: { userId: string }) => a.userId)).toEqual([applicant.id]);

    const approved = await admin.post(`/api/admin/supporter-applications/${pending[0].id}/approve`, { note: 'Welcome!' });
    expect(approved.json().application).toMatchObject({ status: 'approved', decisionNote: 'Welcome!' });
    expect((await admin.post(`/api/admin/supporter-applications/${pending[0].id}/decline`, {})).json().code).toBe('application_decided');

    expect((await applicantClient.get('/api/me')).json().user.roles).toEqual(['member', 'supporter']);
    const own = (await applicantClient.get('/api/me/profile')).json().profile;
    expect(own.supporter).toMatchObject({ status: 'in_training', capacity: 5, storyVisibility: 'only_me', story: APPLICATION.story });

    const early = await applicantClient.put('/api/me/supporter-profile', { ...SETTINGS, paused: true });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('training_incomplete');
    expect((await admin.put(`/api/admin/supporters/${applicant.id}/status`, { status: 'active' })).json().code).toBe('training_incomplete');

    const trained = await admin.post(`/api/admin/supporters/${applicant.id}/training-complete`);
    expect(trained.json().supporter).toMatchObject({ status: 'active', handle: 'Applicant Ash' });
    expect(trained.json().supporter.trainingCompletedAt).toBeTruthy();
    expect((await applicantClient.post('/api/me/supporter-application', APPLICATION)).json().code).toBe('already_supporter');
  });

  it('lets a trained supporter stop accepting new people and pause at any time', async () => {
    await applyAndApprove();
    await admin.post(`/api/admin/supporters/${applicant.id}/training-complete`);
    const closed = await applicantClient.put('/api/me/supporter-profile', { ...SETTINGS, acceptingNew: false });
    expect(closed.json().profile.supporter).toMatchObject({ acceptingNew: false, status: 'active', capacity: 3 });
    const paused = await applicantClient.put('/api/me/supporter-profile', { ...SETTINGS, paused: true });
    expect(paused.json().profile.supporter.status).toBe('paused');
    const resumed = await applicantClient.put('/api/me/supporter-profile', SETTINGS);
    expect(resumed.json().profile.supporter.status).toBe('active');

    const supporters = (await admin.get('/api/admin/supporters')).json().supporters;
    expect(supporters).toEqual([expect.objectContaining({ userId: applicant.id, status: 'active', capacity: 3, acceptingNew: true })]);

    const viewer = await signedInClient(t.app, await createUser(t.app));
    const shown = (await viewer.get(`/api/profiles/${applicant.id}`)).json().profile;
    expect(shown.supporter).toEqual({ story: 'Five years into recovery.', supportTopics: ['postpartum'], acceptingNew: true, active: true });
  });

  it('names bad supporter settings and refuses people who are not supporters', async () => {
    expect((await applicantClient.put('/api/me/supporter-profile', SETTINGS)).json().code).toBe('not_a_supporter');
    await applyAndApprove();
    const tooMany = await applicantClient.put('/api/me/supporter-profile', { ...SETTINGS, capacity: 50 });
    expect(tooMany.json().errors).toContainEqual(expect.objectContaining({ field: 'capacity', code: 'capacity_range' }));
    const unknownTopic = await applicantClient.put('/api/me/supporter-profile', { ...SETTINGS, supportTopics: ['astrology'] });
    expect(unknownTopic.json().errors).toContainEqual(expect.objectContaining({ field: 'supportTopics.0', code: 'topic_unknown' }));
    const emptyApplication = await applicantClient.post('/api/me/supporter-application', { story: '', motivation: 'x', supportTopics: [] });
    expect(emptyApplication.statusCode).toBe(400);
  });

  it('declines an application kindly and lets the person apply again later', async () => {
    const id = (await applicantClient.post('/api/me/supporter-application', APPLICATION)).json().application.id;
    const declined = await admin.post(`/api/admin/supporter-applications/${id}/decline`, { note: 'Please apply again after the next training cohort opens.' });
    expect(declined.json().application.status).toBe('declined');
    expect((await applicantClient.get('/api/me/supporter-application')).json().application.decisionNote).toContain('next training cohort');
    expect((await applicantClient.get('/api/me')).json().user.roles).toEqual(['member']);
    expect((await applicantClient.post('/api/me/supporter-application', APPLICATION)).statusCode).toBe(201);
  });
});
