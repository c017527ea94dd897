import type { FastifyInstance } from 'fastify';
import type { AlertsService } from './alerts.service.js';

/**
 * Checks for unacknowledged alerts every few seconds in every process; the database makes each step
 * happen once. A restart loses nothing: what is due is found on the next check.
 */
export function runEscalationChecks(app: FastifyInstance, alerts: AlertsService, everySeconds: number): void {
  let timer: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      alerts.escalateDue().catch((error: unknown) => app.log.error({ err: error }, 'safety escalation check failed'));
    }, everySeconds * 1000);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}
