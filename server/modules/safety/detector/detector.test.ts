// Behaviour of detectRisk, category by category, in both languages. The sentences are our own
// (never taken from the shared development set), and each would be misread by a keyword list.
import { describe, expect, it } from 'vitest';
import { detectRisk, RULES_VERSION } from './index.js';

const level = (text: string, lang = 'en') => detectRisk(text, lang).level;

describe('detectRisk: result shape', () => {
  it('records the rules version, the language and explains every signal with its evidence', () => {
    const assessment = detectRisk('i want to kill myself', 'en');
    expect(assessment.rulesVersion).toBe(RULES_VERSION);
    expect(RULES_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(assessment.lang).toBe('en');
    expect(assessment.signals.length).toBeGreaterThan(0);
    for (const signal of assessment.signals) {
      expect(signal.rule).toMatch(/^en\./);
      expect(signal.evidence.length).toBeGreaterThan(0);
      expect(['concern', 'urgent']).toContain(signal.level);
    }
    expect(assessment.signals.map((s) => s.evidence)).toContain('kill myself');
  });

  it('returns none with no signals for everyday talk and empty text', () => {
    expect(detectRisk('made pancakes for the kids this morning', 'en')).toMatchObject({ level: 'none', signals: [] });
    expect(detectRisk('', 'en').level).toBe('none');
  });

  it('guesses English or Spanish when the language is unknown, defaulting to English', () => {
    expect(detectRisk('no quiero seguir viviendo, estoy muy cansada', 'und').lang).toBe('es');
    expect(detectRisk('no quiero seguir viviendo, estoy muy cansada', 'und').level).toBe('concern');
    expect(detectRisk('hello there', 'fr').lang).toBe('en');
    expect(detectRisk('hola', 'es-MX').lang).toBe('es');
  });
});

describe('detectRisk: ideation and passive wishes are concern', () => {
  it.each([
    'honestly i want to die',
    'i keep thinking about killing myself',
    'been feeling really suicidal this week',
    'wish i could fall asleep and never wake up',
    'my parents would honestly be better off without me',
    'whats the point of any of this anymore',
    'i feel like a burden to everyone around me',
  ])('%s', (text) => expect(level(text)).toBe('concern'));

  it.each([
    'quiero morirme, ya no puedo mas',
    'ojala no despertara manana',
    'siento que soy una carga para mi familia',
    'no le veo sentido a seguir',
  ])('es: %s', (text) => expect(level(text, 'es')).toBe('concern'));
});

describe('detectRisk: negation, history and recovery lower the level', () => {
  it.each([
    "i'm not suicidal, just worn out",
    "i would never kill myself, i love my dog too much",
    'i used to cut, 18 months clean now',
    'four years ago i tried to end my life. today i run a recovery group',
    'celebrating one year clean from self harm today',
  ])('none: %s', (text) => expect(level(text)).toBe('none'));

  it.each(['no quiero morir, solo quiero dormir bien', 'hoy cumplo un ano sin autolesionarme', 'hace anos solia cortarme, ahora estoy mucho mejor'])(
    'none (es): %s',
    (text) => expect(level(text, 'es')).toBe('none'),
  );

  it('a relapse after a clean streak is current again', () => {
    expect(level('relapsed and cut last night after 8 months clean')).toBe('concern');
    expect(level('volvi a cortarme anoche despues de meses', 'es')).toBe('concern');
  });

  it('negation only reaches its own clause', () => {
    expect(level("i don't want to kill myself but i don't want to be alive either")).toBe('concern');
  });
});

describe('detectRisk: idioms, hyperbole and trap words are none', () => {
  it.each([
    'this commute is killing me',
    'dying to see the finale',
    "i'd rather die than watch that again",
    'that singer killed it tonight',
    'cut my hair short and love it',
    'hanging out at the lake later',
    'the bridge of my glasses broke',
    'my goodbye party at work was lovely',
    'we tied the knot last june!',
  ])('%s', (text) => expect(level(text)).toBe('none'));

  it.each(['me muero de risa con tu video', 'este trafico me esta matando', 'estoy muerta de cansancio', 'mi mama me va a matar cuando vea esto'])(
    'es: %s',
    (text) => expect(level(text, 'es')).toBe('none'),
  );

  it('"i want to die lol" is still concern: when unsure, concern', () => {
    expect(level('i want to die lol my code wont compile')).toBe('concern');
    expect(level('quiero morirme jaja que verguenza', 'es')).toBe('concern');
  });
});

describe('detectRisk: slang and misspellings', () => {
  it.each(['kms', 'thinking about sewerslide', 'might unalive myself ngl', 'feeling suicidle again'])('%s', (text) =>
    expect(level(text)).toBe('concern'),
  );
  it('slang with a time is urgent', () => expect(level('kms tonight, i mean it')).toBe('urgent'));
});

describe('detectRisk: urgent signals, including ones with no keyword', () => {
  it.each([
    ['plan with a time', 'going to kill myself on saturday when the house is empty'],
    ['stated intent', "i'm going to end my life"],
    ['means in hand', 'the pills are in my hand right now'],
    ['stockpiling', 'been stockpiling my sleeping tablets for a month'],
    ['overdose taken', 'swallowed a whole box of paracetamol an hour ago'],
    ['act in progress', 'cut way too deep and it wont stop bleeding'],
    ['at a height with a time', "i'm on the roof of the car park. it ends tonight"],
    ['goodbye', 'this is my last message here. thank you all'],
    ['giving things away with a farewell', "gave my dog to my neighbour, please look after him because i won't be around anymore"],
    ['preparation', 'wrote goodbye letters to my kids and left them in the drawer'],
    ['loose ends', 'tying up loose ends before the weekend'],
    ['command hallucination', 'the voices keep telling me to jump off the balcony'],
    ['harm to another person', "i'm going to stab my landlord when he comes round"],
    ['lethal research', 'how many sleeping pills would it take to not wake up'],
    ['third party in danger', 'my roommate just swallowed all of her meds and locked herself in'],
    ['third party goodbye, unreachable', 'my brother texted goodbye and now he is not answering'],
  ])('%s', (_, text) => expect(level(text)).toBe('urgent'));

  it.each([
    ['sobredosis tomada', 'me tome todas las pastillas de mi mama'],
    ['plan con hora', 'quiero matarme esta noche'],
    ['acumulacion', 'llevo semanas juntando pastillas'],
    ['despedida', 'este es mi ultimo mensaje, gracias por todo'],
    ['alucinacion de mando', 'la voz me dice que me corte'],
    ['dano a otros', 'voy a matar a mi vecino'],
    ['autolesion en curso', 'me estoy cortando ahora y no para de sangrar'],
  ])('es: %s', (_, text) => expect(level(text, 'es')).toBe('urgent'));

  it('a third person wishing to die is concern about someone else, not urgent', () => {
    expect(level('my friend says she wants to die, how can i help her?')).toBe('concern');
    expect(level('mi amiga dice que se quiere morir', 'es')).toBe('concern');
  });

  it('a disavowal keeps a combination from escalating, but not a direct act', () => {
    expect(level("i have a stash of old pills and i think about it, but i'm not going to do anything")).toBe('concern');
    expect(level("took 30 of my pills. i'm not going to do anything else")).toBe('urgent');
  });

  it('education and fiction frames do not raise keyword rules', () => {
    expect(level('what are warning signs of suicide? doing a training for work')).toBe('none');
    expect(level('the show had an overdose scene, hard to watch but im fine')).toBe('none');
    expect(level('for my class: is suicide more common in winter?')).toBe('none');
  });
});
