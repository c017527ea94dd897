/** Lived-experience topics every installation starts with; admins can add more (stored server-side). */
export const BUILT_IN_TOPICS = [
  'depression',
  'anxiety',
  'bipolar',
  'psychosis',
  'ptsd_trauma',
  'substance_use',
  'eating_disorders',
  'self_harm',
  'suicidal_thoughts',
  'grief_loss',
  'ocd',
  'postpartum',
  'personality_disorders',
  'hearing_voices',
  'adhd',
  'autism',
  'loneliness',
  'chronic_illness',
  'gambling',
  'caregiving',
] as const;

export type BuiltInTopic = (typeof BUILT_IN_TOPICS)[number];

export const TOPIC_KEY_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;
