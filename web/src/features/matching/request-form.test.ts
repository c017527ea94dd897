import { describe, expect, it } from 'vitest';
import { supportRequestInput, type SupportRequestDto } from '../../../../shared/contracts/matching.js';
import { fieldErrorsFromZod } from '../../lib/field-errors.js';
import { formToRequestInput, newRequestForm, relaxedForm, requestToForm, withTopics } from './request-form.js';

const request: SupportRequestDto = {
  id: 'r1',
  status: 'open',
  topics: ['anxiety', 'postpartum'],
  primaryTopic: 'postpartum',
  note: 'Evenings suit me best.',
  languages: ['es'],
  supporterIdentities: ['woman'],
  communities: ['parent'],
  meetingModes: ['in_person'],
  createdAt: '2026-11-22T10:00:00Z',
  offers: [],
};

describe('support request form', () => {
  it('starts from the profile’s languages and ways to meet, in the vocabulary’s order', () => {
    expect(newRequestForm({ languages: ['es', 'en'], meetingModes: ['video', 'text'] })).toMatchObject({
      languages: ['es', 'en'],
      meetingModes: ['text', 'video'],
      topics: [],
      primaryTopic: '',
    });
    expect(newRequestForm(null)).toMatchObject({ languages: [], meetingModes: [] });
  });

  it('sends what the member chose, with no most important topic and an empty note as null', () => {
    const form = { ...withTopics(newRequestForm({ languages: ['es'], meetingModes: ['text'] }), ['anxiety']), note: '   ' };
    const input = formToRequestInput(form);
    expect(input).toEqual({
      topics: ['anxiety'],
      primaryTopic: null,
      note: null,
      languages: ['es'],
      supporterIdentities: [],
      communities: [],
      meetingModes: ['text'],
    });
    expect(supportRequestInput.safeParse(input).success).toBe(true);
  });

  it('round-trips an earlier request into the same body', () => {
    const { id: _id, status: _status, createdAt: _createdAt, offers: _offers, ...fields } = request;
    expect(formToRequestInput(requestToForm(request))).toEqual(fields);
  });

  it('forgets the most important topic when it is unticked, and keeps it otherwise', () => {
    const form = requestToForm(request);
    expect(withTopics(form, ['anxiety']).primaryTopic).toBe('');
    expect(withTopics(form, ['postpartum', 'ocd']).primaryTopic).toBe('postpartum');
  });

  it('lets the shared schema name a most important topic that is not among the topics', () => {
    const parsed = supportRequestInput.safeParse(formToRequestInput({ ...requestToForm(request), primaryTopic: 'ocd' }));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldErrorsFromZod(parsed.error).primaryTopic?.code).toBe('primary_topic_not_listed');
  });

  it('asks again without the preference nobody could meet', () => {
    expect(relaxedForm(request, 'supporterIdentities')).toMatchObject({ supporterIdentities: [], meetingModes: ['in_person'], communities: ['parent'] });
    expect(relaxedForm(request, 'meetingModes')).toMatchObject({ meetingModes: ['text', 'voice', 'video', 'in_person'], supporterIdentities: ['woman'] });
    // A request needs a language: the member keeps theirs and adds another.
    expect(relaxedForm(request, 'languages')).toEqual(requestToForm(request));
    expect(relaxedForm(request, 'meetingModes')).toMatchObject({ note: 'Evenings suit me best.', primaryTopic: 'postpartum' });
  });
});
