import type { FastifyBaseLogger } from 'fastify';
import type { PlatformContext } from '../../platform/context.js';
import type { ModulePlugin } from '../../platform/http.js';
import { registerNotificationsPersonalData } from './notifications.personal-data.js';
import { notificationsRoutes } from './notifications.routes.js';
import { createNotificationsService } from './notifications.service.js';

export type { NotificationKind } from '../../../shared/contracts/notifications.js';
export type { Notifier, NotifyInput } from './notifications.service.js';

/**
 * The notification centre. Other modules receive `notifier` and call notify(trx, ...) inside their own
 * transactions; emails and the weekly digest run as durable jobs.
 */
export function notificationsModule(ctx: PlatformContext, deps: { log: Pick<FastifyBaseLogger, 'warn'> }) {
  const service = createNotificationsService(ctx, deps);
  registerNotificationsPersonalData(ctx.personalData);
  const routes: ModulePlugin = async (app) => {
    await app.register(notificationsRoutes(service));
    app.addHook('onClose', async () => service.close());
  };
  return { notifier: service.notifier, service, routes };
}
