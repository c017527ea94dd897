import type { OwnProfileDto, ShownProfileDto, ValidProfile } from '../../../shared/contracts/profiles.js';
import type { Audience } from '../../../shared/vocabularies/profile-values.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { problems } from '../../platform/errors.js';
import type { AccountsService } from '../accounts/index.js';
import type { BlocksService } from '../privacy/index.js';
import { audienceFor, isAuditedView, type SupportCircle } from './profiles.policy.js';
import { presentOwnProfile, presentShownProfile } from './profiles.presenter.js';
import { profilesRepo } from './profiles.repo.js';
import type { TopicsService } from './topics.service.js';

export interface ProfilesDeps {
  accounts: AccountsService;
  blocks: BlocksService;
  topics: TopicsService;
  circle: SupportCircle;
}

export type ProfilesService = ReturnType<typeof createProfilesService>;

export function createProfilesService({ db, clock }: PlatformContext, deps: ProfilesDeps) {
  async function load(executor: DbExecutor, userId: string) {
    const owner = await deps.accounts.identity(executor, userId);
    if (!owner) throw problems.notFound('profile');
    return {
      owner,
      profile: await profilesRepo.find(executor, userId),
      supporter: await profilesRepo.findSupporter(executor, userId),
    };
  }

  async function shownTo(userId: string, audience: Audience): Promise<ShownProfileDto> {
    const { owner, profile, supporter } = await load(db, userId);
    return presentShownProfile(owner, profile, supporter, audience);
  }

  return {
    async own(actor: Actor): Promise<OwnProfileDto> {
      const { owner, profile, supporter } = await load(db, actor.userId);
      return presentOwnProfile(owner, profile, supporter);
    },

    update: (actor: Actor, input: ValidProfile) =>
      db.transaction().execute(async (trx) => {
        await deps.topics.assertKnown(trx, 'topics', input.topics);
        await deps.accounts.changeHandle(trx, actor.userId, input.handle);
        const { handle: _handle, ...profile } = input;
        await profilesRepo.save(trx, actor.userId, profile, clock.now().toISOString());
        const loaded = await load(trx, actor.userId);
        return presentOwnProfile(loaded.owner, loaded.profile, loaded.supporter);
      }),

    /** "View as a member / as my supporter": the owner sees exactly what that audience would. */
    preview: (actor: Actor, audience: Exclude<Audience, 'self'>) => shownTo(actor.userId, audience),

    async view(viewer: Actor, ownerId: string, ip: string): Promise<ShownProfileDto> {
      // Someone who has been blocked learns nothing, not even that the profile exists.
      if (await deps.blocks.hasBlocked(ownerId, viewer.userId)) throw problems.notFound('profile');
      const shown = await shownTo(ownerId, await audienceFor(viewer, ownerId, deps.circle));
      if (isAuditedView(viewer, ownerId)) {
        await recordAudit(db, { action: 'profile.viewed', at: clock.now(), actorId: viewer.userId, subjectType: 'user', subjectId: ownerId, ip });
      }
      return shown;
    },
  };
}
