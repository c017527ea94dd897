import { describe, expect, it } from 'vitest';
import { findContactDetails } from './contact-details.js';

describe('contact details', () => {
  it.each([
    ['Call me on 555 201 7788 tonight', ['phone']],
    ['my number is +44 7700 900123', ['phone']],
    ['(212) 555-0147', ['phone']],
    ['write to me: sam.example@mail.example.com', ['email']],
    ['sam dot example at gmail dot com', ['email']],
    ['sam at gmail dot com', ['email']],
    ['add me on insta, it is quietriver', ['social']],
    ['find me @quiet.river', ['social']],
    ['https://instagram.com/quietriver', ['social']],
    ['mi whats es el mismo', ['social']],
    ['agrégame en telegram', ['social']],
  ])('finds contact details in %j', (text, kinds) => {
    expect(findContactDetails(text)).toEqual(kinds);
  });

  it.each([
    'Our next check-in is on 2026-12-03 at 18:30.',
    'I have been sober for 1,250 days',
    'If it gets bad tonight, call or text 988 or Samaritans on 116 123.',
    'I used to be on Instagram all day and it made me feel worse.',
    'Line by line, we wrote the plan together.',
    'I felt heard at group today.',
  ])('leaves ordinary support alone: %j', (text) => {
    expect(findContactDetails(text, { allowedNumbers: ['988', '116 123'] })).toEqual([]);
  });

  it('lets configured crisis line numbers through but not other long numbers', () => {
    expect(findContactDetails('Pieta is on 1800 247 247', { allowedNumbers: ['1800 247 247'] })).toEqual([]);
    expect(findContactDetails('Pieta is on 1800 247 247')).toEqual(['phone']);
  });
});
