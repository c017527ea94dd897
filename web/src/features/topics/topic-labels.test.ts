import { describe, expect, it } from 'vitest';
import { topicLabel } from './topic-labels.js';

const topics = [
  { key: 'grief_loss', labels: { en: 'Grief and loss', es: 'Duelo y pérdida' }, builtIn: true },
  { key: 'long_covid', labels: { en: 'Long COVID', es: '' }, builtIn: false },
];

describe('topicLabel', () => {
  it('names a topic in the reader’s language', () => {
    expect(topicLabel(topics, 'grief_loss', 'es')).toBe('Duelo y pérdida');
    expect(topicLabel(topics, 'grief_loss', 'en')).toBe('Grief and loss');
  });

  it('falls back to English, then to the key', () => {
    expect(topicLabel(topics, 'long_covid', 'es')).toBe('Long COVID');
    expect(topicLabel(topics, 'grief_loss', 'fr')).toBe('Grief and loss');
    expect(topicLabel(topics, 'unknown_topic', 'en')).toBe('unknown_topic');
    expect(topicLabel(undefined, 'grief_loss', 'en')).toBe('grief_loss');
  });
});
