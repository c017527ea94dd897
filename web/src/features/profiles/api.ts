import { z } from 'zod';
import {
  ownProfileDto,
  shownProfileDto,
  type OwnProfileDto,
  type ProfileInput,
  type ShownProfileDto,
} from '../../../../shared/contracts/profiles.js';
import { getJson, sendJson } from '../../lib/http.js';

const ownResponse = z.object({ profile: ownProfileDto });
const shownResponse = z.object({ profile: shownProfileDto });

/** Who a preview shows the profile to. */
export type PreviewAudience = 'members' | 'my_supporters';

export async function fetchOwnProfile(): Promise<OwnProfileDto> {
  return (await getJson('/api/me/profile', ownResponse)).profile;
}

/** Replaces the whole profile. */
export async function saveProfile(input: ProfileInput): Promise<OwnProfileDto> {
  return (await sendJson('PUT', '/api/me/profile', ownResponse, input)).profile;
}

/** The owner's profile as `as` would see it: hidden fields are absent. */
export async function fetchProfilePreview(as: PreviewAudience): Promise<ShownProfileDto> {
  return (await getJson('/api/me/profile/preview', shownResponse, { as })).profile;
}

/** Someone's profile as the signed-in person may see it (404 when it isn't visible to them). */
export async function fetchShownProfile(userId: string): Promise<ShownProfileDto> {
  return (await getJson(`/api/profiles/${encodeURIComponent(userId)}`, shownResponse)).profile;
}
