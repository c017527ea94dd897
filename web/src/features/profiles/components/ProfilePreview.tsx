import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState.js';
import type { PreviewAudience } from '../api.js';
import { useProfilePreview } from '../queries.js';
import { ProfileCard } from './ProfileCard.js';

const AUDIENCES: ReadonlyArray<{ as: PreviewAudience; button: 'asMembers' | 'asSupporter'; caption: 'showingMembers' | 'showingSupporter' }> = [
  { as: 'members', button: 'asMembers', caption: 'showingMembers' },
  { as: 'my_supporters', button: 'asSupporter', caption: 'showingSupporter' },
];

/** The saved profile as a member or as the person's supporter sees it, switched with two pressed/unpressed buttons. */
export function ProfilePreview() {
  const { t } = useTranslation();
  const headingId = useId();
  const [audience, setAudience] = useState<PreviewAudience>('members');
  const preview = useProfilePreview(audience);
  const current = AUDIENCES.find((option) => option.as === audience) ?? AUDIENCES[0]!;

  return (
    <section aria-labelledby={headingId} className="preview">
      <h2 id={headingId}>{t('profile.preview.heading')}</h2>
      <p>{t('profile.preview.intro')}</p>
      <div role="group" aria-label={t('profile.preview.choose')} className="actions toggle-group">
        {AUDIENCES.map((option) => (
          <button
            key={option.as}
            type="button"
            className="button-secondary"
            aria-pressed={audience === option.as}
            onClick={() => setAudience(option.as)}
          >
            {t(`profile.preview.${option.button}`)}
          </button>
        ))}
      </div>
      <p className="muted" aria-live="polite">
        {t(`profile.preview.${current.caption}`)}
      </p>
      <QueryState query={preview}>{(profile) => <ProfileCard profile={profile} heading="h3" />}</QueryState>
    </section>
  );
}
