import { useId } from 'react';
import type { ShownProfileDto } from '../../../../../shared/contracts/profiles.js';
import { ProfileFacts } from './ProfileFacts.js';
import { SupporterFacts } from './SupporterFacts.js';

interface ProfileCardProps {
  profile: ShownProfileDto;
  /** The card's heading level, so it fits under the page's headings. */
  heading?: 'h2' | 'h3';
}

/** Someone's profile as a viewer may see it: the handle, then only the fields shown to that viewer. */
export function ProfileCard({ profile, heading: Heading = 'h2' }: ProfileCardProps) {
  const headingId = useId();
  return (
    <article className="card profile-card" aria-labelledby={headingId}>
      <Heading id={headingId}>{profile.handle}</Heading>
      {profile.supporter && <SupporterFacts supporter={profile.supporter} />}
      <ProfileFacts profile={profile} />
    </article>
  );
}
