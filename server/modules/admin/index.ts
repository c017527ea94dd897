import type { PlatformContext } from '../../platform/context.js';
import { adminRoutes } from './admin.routes.js';
import { createAdminService } from './admin.service.js';

export function adminModule(ctx: PlatformContext) {
  const service = createAdminService(ctx);
  return { service, routes: adminRoutes(service) };
}
