import { useTranslation } from 'react-i18next';
import { errorAt, errorWithin } from '../../../lib/field-paths.js';
import { TextListField } from '../../../ui/TextListField.js';
import { TopicCheckboxes } from '../../topics/components/TopicCheckboxes.js';
import type { ProfileSectionProps } from './section-props.js';
import { VisibilitySelect } from './VisibilitySelect.js';

/** Lived-experience topics, self-described communities and interests, each with who may see it. */
export function ExperienceFields({ form, update, errors, ids }: ProfileSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <TopicCheckboxes
        id={ids.topics}
        legend={t('profile.topics')}
        hint={t('profile.topicsHint')}
        selected={form.topics}
        onChange={(topics) => update({ topics })}
        error={errorWithin(errors, 'topics')}
      >
        <VisibilitySelect
          id={ids.visibility('topics')}
          label={t('profile.visibilityFor.topics')}
          value={form.visibility.topics}
          onChange={(topics) => update({ visibility: { ...form.visibility, topics } })}
          error={errors['visibility.topics']}
        />
      </TopicCheckboxes>
      <TextListField
        id={ids.identities}
        legend={t('profile.identities')}
        hint={t('profile.identitiesHint')}
        inputLabel={t('profile.identityToAdd')}
        addLabel={t('profile.addIdentity')}
        removeLabel={(item) => t('profile.removeIdentity', { item })}
        emptyText={t('profile.noIdentities')}
        items={form.identities}
        onChange={(identities) => update({ identities })}
        error={errors.identities}
        itemError={(index) => errorAt(errors, 'identities', index)}
        maxLength={40}
      >
        <VisibilitySelect
          id={ids.visibility('identities')}
          label={t('profile.visibilityFor.identities')}
          value={form.visibility.identities}
          onChange={(identities) => update({ visibility: { ...form.visibility, identities } })}
          error={errors['visibility.identities']}
        />
      </TextListField>
      <TextListField
        id={ids.interests}
        legend={t('profile.interests')}
        hint={t('profile.interestsHint')}
        inputLabel={t('profile.interestToAdd')}
        addLabel={t('profile.addInterest')}
        removeLabel={(item) => t('profile.removeInterest', { item })}
        emptyText={t('profile.noInterests')}
        items={form.interests}
        onChange={(interests) => update({ interests })}
        error={errors.interests}
        itemError={(index) => errorAt(errors, 'interests', index)}
        maxLength={40}
      >
        <VisibilitySelect
          id={ids.visibility('interests')}
          label={t('profile.visibilityFor.interests')}
          value={form.visibility.interests}
          onChange={(interests) => update({ visibility: { ...form.visibility, interests } })}
          error={errors['visibility.interests']}
        />
      </TextListField>
    </>
  );
}
