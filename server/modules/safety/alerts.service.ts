import type { SafetyAlertDto } from '../../../shared/contracts/safety.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import { addMinutes } from '../../platform/clock.js';
import type { PlatformContext } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { presentAlert } from './alerts.presenter.js';
import { alertsRepo, type AlertView } from './alerts.repo.js';
import { onCallRepo } from './on-call.repo.js';

export type AlertsService = ReturnType<typeof createAlertsService>;
export interface OpenedAlert {
  alert: SafetyAlertDto;
  userIds: string[];
}

export interface NewAlert {
  reason: SafetyAlertDto['reason'];
  /** Null when the words are about a group meeting rather than one member. */
  memberId: string | null;
  conversationId: string | null;
  messageId: string | null;
  assessmentId: string | null;
  note: string | null;
}

/**
 * Urgent alerts go to whoever is on call first; unacknowledged, they move down the rota and finally to
 * every admin. The database decides each step (a guarded update), so several processes never notify twice.
 */
export function createAlertsService({ db, clock, realtime, config }: PlatformContext) {
  const escalateAt = (from: Date) => addMinutes(from, config.safety.ackMinutes).toISOString();

  /** Who hears of an alert at a step, and whether a later step exists. */
  async function recipients(executor: DbExecutor, step: number): Promise<{ userIds: string[]; final: boolean }> {
    const onCall = await onCallRepo.onCallAt(executor, clock.now().toISOString());
    const admins = await onCallRepo.holdersOf(executor, 'admin');
    if (onCall.length === 0) {
      // Nobody on the rota: every supervisor at once, then every admin.
      return step === 0 ? { userIds: await onCallRepo.holdersOf(executor, 'supervisor'), final: false } : { userIds: admins, final: true };
    }
    return step < onCall.length ? { userIds: [onCall[step]!], final: false } : { userIds: admins, final: true };
  }

  async function load(executor: DbExecutor, rows: AlertView[]): Promise<SafetyAlertDto[]> {
    const events = await alertsRepo.eventsOf(executor, rows.map((row) => row.id));
    const notified = [...new Set(events.flatMap((event) => JSON.parse(event.notified) as string[]))];
    const handles = await alertsRepo.handlesOf(executor, notified);
    return rows.map((row) => presentAlert(row, events, handles));
  }

  async function one(executor: DbExecutor, id: string): Promise<SafetyAlertDto> {
    const row = await alertsRepo.find(executor, id);
    if (!row) throw problems.notFound('alert');
    return (await load(executor, [row]))[0]!;
  }

  function event(trx: DbExecutor, alertId: string, kind: string, actorId: string | null, note: string | null, notified: string[] = []) {
    return alertsRepo.insertEvent(trx, { id: newId(), alert_id: alertId, actor_id: actorId, kind, note, notified: JSON.stringify(notified), created_at: clock.now().toISOString() });
  }

  async function announce(alert: SafetyAlertDto, userIds: string[]): Promise<void> {
    for (const userId of userIds) realtime.toUser(userId, 'safety:alert', alert);
    realtime.toSafetyTeam('safety:alerts-changed');
  }

  /** Moves an alert one state on, records who did it, tells the team. */
  async function change(actor: Actor, id: string, from: { status: string }, changes: Parameters<typeof alertsRepo.transition>[3], kind: string, note: string | null, ip: string) {
    const alert = await db.transaction().execute(async (trx) => {
      if (!(await alertsRepo.find(trx, id))) throw problems.notFound('alert');
      if (!(await alertsRepo.transition(trx, id, from, changes))) throw problems.stateConflict('alert_moved_on', 'Someone else has already acted on this alert. It has been refreshed.');
      await event(trx, id, kind, actor.userId, note);
      await recordAudit(trx, { action: `safety_alert.${kind}`, at: clock.now(), actorId: actor.userId, subjectType: 'safety_alert', subjectId: id, ip });
      return one(trx, id);
    });
    realtime.toSafetyTeam('safety:alerts-changed');
    return alert;
  }

  async function openWithin(trx: DbExecutor, input: NewAlert): Promise<OpenedAlert> {
    const now = clock.now();
    const id = newId();
    const first = await recipients(trx, 0);
    await alertsRepo.insert(trx, {
      id, member_id: input.memberId, reason: input.reason, assessment_id: input.assessmentId, conversation_id: input.conversationId,
      message_id: input.messageId, status: 'open', escalate_at: first.final ? null : escalateAt(now), acknowledged_by: null,
      acknowledged_at: null, resolved_by: null, resolved_at: null, resolution_note: null, created_at: now.toISOString(),
    });
    await event(trx, id, 'opened', input.reason === 'talk_now' ? input.memberId : null, input.note, first.userIds);
    return { alert: await one(trx, id), userIds: first.userIds };
  }

  return {
    async open(input: NewAlert): Promise<SafetyAlertDto> {
      const opened = await db.transaction().execute((trx) => openWithin(trx, input));
      await announce(opened.alert, opened.userIds);
      return opened.alert;
    },

    /** Opens an alert inside the caller's transaction (so it commits with what raised it); announce it after. */
    openWithin,

    announceOpened: (opened: OpenedAlert) => announce(opened.alert, opened.userIds),

    /** Runs on a timer in every process; each due alert moves one step, once. */
    async escalateDue(): Promise<number> {
      const now = clock.now();
      let escalated = 0;
      for (const due of await alertsRepo.due(db, now.toISOString())) {
        const step = due.escalation_step + 1;
        const moved = await db.transaction().execute(async (trx) => {
          const next = await recipients(trx, step);
          const changes = { escalation_step: step, escalate_at: next.final ? null : escalateAt(now) };
          if (!(await alertsRepo.transition(trx, due.id, { status: 'open', escalation_step: due.escalation_step }, changes))) return null;
          await event(trx, due.id, 'escalated', null, null, next.userIds);
          return { alert: await one(trx, due.id), userIds: next.userIds };
        });
        if (!moved) continue;
        escalated += 1;
        await announce(moved.alert, moved.userIds);
      }
      return escalated;
    },

    /** Reading alerts is reading members' words: each read is audited. */
    async list(actor: Actor, status: 'active' | 'resolved', ip: string): Promise<SafetyAlertDto[]> {
      const alerts = await load(db, await alertsRepo.list(db, status));
      if (alerts.length > 0) {
        await recordAudit(db, { action: 'safety_alert.listed', at: clock.now(), actorId: actor.userId, subjectType: 'safety_alert', ip, details: { alertIds: alerts.map((a) => a.id) } });
      }
      return alerts;
    },

    acknowledge: (actor: Actor, id: string, ip: string) =>
      change(actor, id, { status: 'open' }, { status: 'acknowledged', acknowledged_by: actor.userId, acknowledged_at: clock.now().toISOString(), escalate_at: null }, 'acknowledged', null, ip),

    async addAction(actor: Actor, id: string, note: string, ip: string): Promise<SafetyAlertDto> {
      const alert = await db.transaction().execute(async (trx) => {
        const row = await alertsRepo.find(trx, id);
        if (!row) throw problems.notFound('alert');
        if (row.status === 'resolved') throw problems.stateConflict('alert_resolved', 'This alert is resolved.');
        await event(trx, id, 'action', actor.userId, note);
        await recordAudit(trx, { action: 'safety_alert.action', at: clock.now(), actorId: actor.userId, subjectType: 'safety_alert', subjectId: id, ip });
        return one(trx, id);
      });
      realtime.toSafetyTeam('safety:alerts-changed');
      return alert;
    },

    /** Resolving needs a note of what was done; an alert nobody acknowledged is acknowledged by resolving it. */
    async resolve(actor: Actor, id: string, note: string, ip: string): Promise<SafetyAlertDto> {
      const row = await alertsRepo.find(db, id);
      if (!row) throw problems.notFound('alert');
      if (row.status === 'resolved') throw problems.stateConflict('alert_resolved', 'This alert is already resolved.');
      const at = clock.now().toISOString();
      return change(actor, id, { status: row.status }, {
        status: 'resolved', resolved_by: actor.userId, resolved_at: at, resolution_note: note, escalate_at: null,
        ...(row.acknowledged_by ? {} : { acknowledged_by: actor.userId, acknowledged_at: at }),
      }, 'resolved', note, ip);
    },
  };
}
