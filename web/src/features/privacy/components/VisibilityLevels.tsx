import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VISIBILITIES } from '../../../../../shared/vocabularies/profile-values.js';

/** What "Only me", "My supporters and facilitators" and "Signed-in members" mean, in plain words. */
export function VisibilityLevels() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('privacy.levelsHeading')}</h2>
      <dl className="facts facts-wide">
        {VISIBILITIES.map((visibility) => (
          <Fragment key={visibility}>
            <dt>{t(`visibility.${visibility}`)}</dt>
            <dd>{t(`privacy.levels.${visibility}`)}</dd>
          </Fragment>
        ))}
      </dl>
      <p>{t('privacy.neverShown')}</p>
      <p>
        <Link to="/profile">{t('privacy.profileLink')}</Link>
      </p>
    </section>
  );
}
