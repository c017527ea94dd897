import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { alertSubject, groupedSignals, notifiedHandles, signalName } from './alert-view.js';

const event = (kind: 'opened' | 'escalated' | 'acknowledged', notified: string[]) => ({ kind, actorHandle: null, note: null, notifiedHandles: notified, at: '2030-01-01T00:00:00Z' });

describe('alert view', () => {
  it('lists everyone an alert reached, once each, in order', () => {
    const events = [event('opened', ['First Watch']), event('escalated', ['Second Watch']), event('escalated', ['Ada Admin', 'First Watch']), event('acknowledged', [])];
    expect(notifiedHandles({ events })).toEqual(['First Watch', 'Second Watch', 'Ada Admin']);
  });

  it('says whom an alert is about: the member, someone at a group meeting, or a member who has gone', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    const words = (source: 'group_note' | 'session_note') => ({ id: 'w', body: 'words', createdAt: '2030-01-01T00:00:00Z', source });
    expect(alertSubject(t, { member: { userId: 'm', handle: 'River Member' }, message: words('session_note') })).toBe('River Member');
    expect(alertSubject(t, { member: null, message: words('group_note') })).toBe('safety.dashboard.groupMeeting');
    expect(alertSubject(t, { member: null, message: words('session_note') })).toBe('safety.dashboard.unknownMember');
  });

  it('names rule families readably and groups their evidence', () => {
    expect(signalName({ category: 'act_in_progress' })).toBe('act in progress');
    const signals = [
      { rule: 'means.pills', category: 'means_ready', evidence: 'pills counted out' },
      { rule: 'time.tonight', category: 'time', evidence: 'tonight' },
      { rule: 'means.stock', category: 'means_ready', evidence: 'pills counted out' },
      { rule: 'combo', category: 'combination', evidence: '' },
    ];
    expect(groupedSignals(signals)).toEqual([
      { name: 'means ready', rules: ['means.pills', 'means.stock'], evidence: ['pills counted out'] },
      { name: 'time', rules: ['time.tonight'], evidence: ['tonight'] },
      { name: 'combination', rules: ['combo'], evidence: [] },
    ]);
  });
});
