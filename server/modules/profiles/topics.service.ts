import type { TopicDto } from '../../../shared/contracts/profiles.js';
import { BUILT_IN_TOPIC_LABELS } from '../../../shared/vocabularies/topic-labels.js';
import { BUILT_IN_TOPICS } from '../../../shared/vocabularies/topics.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { fieldError, HttpProblem, problems } from '../../platform/errors.js';
import { topicsRepo } from './topics.repo.js';

export type TopicsService = ReturnType<typeof createTopicsService>;

export function createTopicsService({ db, clock }: PlatformContext) {
  async function list(executor: DbExecutor = db): Promise<TopicDto[]> {
    const builtIn = BUILT_IN_TOPICS.map((key) => ({ key, labels: BUILT_IN_TOPIC_LABELS[key], builtIn: true }));
    const custom = (await topicsRepo.listCustom(executor)).map((row) => ({
      key: row.key,
      labels: { en: row.label_en, es: row.label_es },
      builtIn: false,
    }));
    return [...builtIn, ...custom];
  }

  return {
    list,

    /** Names each unknown topic by its position in the field it came from. */
    async assertKnown(executor: DbExecutor, field: string, keys: string[]): Promise<void> {
      if (keys.length === 0) return;
      const known = new Set((await list(executor)).map((topic) => topic.key));
      const unknown = keys.flatMap((key, index) => (known.has(key) ? [] : [fieldError(`${field}.${index}`, 'topic_unknown', `Unknown topic "${key}".`)]));
      if (unknown.length) throw problems.invalidFields(unknown);
    },

    add: (actor: Actor, input: { key: string; labelEn: string; labelEs: string }, ip: string) =>
      db.transaction().execute(async (trx) => {
        if ((await list(trx)).some((topic) => topic.key === input.key)) {
          throw new HttpProblem(409, 'topic_exists', 'A topic with this key already exists.', [fieldError('key', 'topic_exists', 'A topic with this key already exists.')]);
        }
        const at = clock.now();
        await topicsRepo.insert(trx, { key: input.key, label_en: input.labelEn, label_es: input.labelEs, created_by: actor.userId, created_at: at.toISOString() });
        await recordAudit(trx, { action: 'topic.created', at, actorId: actor.userId, subjectType: 'topic', subjectId: input.key, ip });
        return { key: input.key, labels: { en: input.labelEn, es: input.labelEs }, builtIn: false };
      }),
  };
}
