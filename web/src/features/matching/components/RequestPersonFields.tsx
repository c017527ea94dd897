import { useTranslation } from 'react-i18next';
import { errorAt } from '../../../lib/field-paths.js';
import { TextListField } from '../../../ui/TextListField.js';
import type { RequestSectionProps } from './request-section-props.js';

/** Who the member would feel safest with, and the communities or cultures they'd like to share, in their own words. */
export function RequestPersonFields({ form, update, errors, ids }: RequestSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextListField
        id={ids.supporterIdentities}
        legend={t('support.form.identities')}
        hint={t('support.form.identitiesHint')}
        inputLabel={t('support.form.identityToAdd')}
        addLabel={t('support.form.addIdentity')}
        removeLabel={(item) => t('support.form.removeIdentity', { item })}
        emptyText={t('support.form.noIdentities')}
        items={form.supporterIdentities}
        onChange={(supporterIdentities) => update({ supporterIdentities })}
        error={errors.supporterIdentities}
        itemError={(index) => errorAt(errors, 'supporterIdentities', index)}
        maxLength={40}
      />
      <TextListField
        id={ids.communities}
        legend={t('support.form.communities')}
        hint={t('support.form.communitiesHint')}
        inputLabel={t('support.form.communityToAdd')}
        addLabel={t('support.form.addCommunity')}
        removeLabel={(item) => t('support.form.removeCommunity', { item })}
        emptyText={t('support.form.noCommunities')}
        items={form.communities}
        onChange={(communities) => update({ communities })}
        error={errors.communities}
        itemError={(index) => errorAt(errors, 'communities', index)}
        maxLength={40}
      />
    </>
  );
}
