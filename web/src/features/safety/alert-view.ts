import type { TFunction } from 'i18next';
import type { SafetyAlertDto } from '../../../../shared/contracts/safety.js';

type Signal = SafetyAlertDto['signals'][number];

/** Everyone the alert has reached so far (on call, escalated to), once each, in the order they were told. */
export function notifiedHandles(alert: Pick<SafetyAlertDto, 'events'>): string[] {
  return [...new Set(alert.events.flatMap((event) => event.notifiedHandles))];
}

/**
 * A rule family as staff read it ("act_in_progress" → "act in progress"). The families are the detector's
 * own reviewable names, in English, so they are shown as they are rather than translated.
 */
export function signalName(signal: Pick<Signal, 'category'>): string {
  return signal.category.replaceAll('_', ' ');
}

export interface SignalGroup {
  name: string;
  rules: string[];
  evidence: string[];
}

/** Each rule family once, with the rules that fired and the words that triggered them, so a long list of hits stays readable. */
export function groupedSignals(signals: readonly Signal[]): SignalGroup[] {
  const groups = new Map<string, { rules: Set<string>; evidence: Set<string> }>();
  for (const signal of signals) {
    const name = signalName(signal);
    const group = groups.get(name) ?? { rules: new Set<string>(), evidence: new Set<string>() };
    group.rules.add(signal.rule);
    if (signal.evidence) group.evidence.add(signal.evidence);
    groups.set(name, group);
  }
  return [...groups].map(([name, group]) => ({ name, rules: [...group.rules], evidence: [...group.evidence] }));
}

/**
 * Whom an alert is about, as staff read it: the member's handle; for words in a group meeting's note,
 * which name nobody in particular, "someone at a group meeting"; otherwise a member who has since gone.
 */
export function alertSubject(t: TFunction, alert: Pick<SafetyAlertDto, 'member' | 'message'>): string {
  if (alert.member) return alert.member.handle;
  return alert.message?.source === 'group_note' ? t('safety.dashboard.groupMeeting') : t('safety.dashboard.unknownMember');
}
