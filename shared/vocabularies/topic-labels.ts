import type { BuiltInTopic } from './topics.js';

export const BUILT_IN_TOPIC_LABELS: Record<BuiltInTopic, { en: string; es: string }> = {
  depression: { en: 'Depression', es: 'Depresión' },
  anxiety: { en: 'Anxiety', es: 'Ansiedad' },
  bipolar: { en: 'Bipolar disorder', es: 'Trastorno bipolar' },
  psychosis: { en: 'Psychosis', es: 'Psicosis' },
  ptsd_trauma: { en: 'PTSD and trauma', es: 'TEPT y trauma' },
  substance_use: { en: 'Substance use', es: 'Consumo de sustancias' },
  eating_disorders: { en: 'Eating disorders', es: 'Trastornos de la conducta alimentaria' },
  self_harm: { en: 'Self-harm', es: 'Autolesiones' },
  suicidal_thoughts: { en: 'Suicidal thoughts', es: 'Pensamientos suicidas' },
  grief_loss: { en: 'Grief and loss', es: 'Duelo y pérdida' },
  ocd: { en: 'OCD', es: 'TOC' },
  postpartum: { en: 'Postpartum and perinatal', es: 'Posparto y perinatal' },
  personality_disorders: { en: 'Personality disorders', es: 'Trastornos de la personalidad' },
  hearing_voices: { en: 'Hearing voices', es: 'Escuchar voces' },
  adhd: { en: 'ADHD', es: 'TDAH' },
  autism: { en: 'Autism', es: 'Autismo' },
  loneliness: { en: 'Loneliness and isolation', es: 'Soledad y aislamiento' },
  chronic_illness: { en: 'Living with chronic illness', es: 'Vivir con una enfermedad crónica' },
  gambling: { en: 'Gambling', es: 'Juego' },
  caregiving: { en: 'Caring for someone', es: 'Cuidar de alguien' },
};
