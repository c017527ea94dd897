// Reads the rule data files once, validating their shape so a typo in a clinician's edit fails loudly
// at start-up (and in the tests) instead of silently disabling a rule.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { DetectorLanguage, LanguageRulesData, VersionData } from './types.js';

const level = z.enum(['none', 'concern', 'urgent']);
const nonEmpty = z.string().min(1);

const languageRulesSchema = z.object({
  lang: z.enum(['en', 'es']),
  description: nonEmpty,
  spelling: z.array(z.object({ from: nonEmpty, to: nonEmpty, note: z.string().optional() })),
  lexicons: z.record(z.string().regex(/^[A-Z_]+$/), z.array(nonEmpty).min(1)),
  idioms: z.array(z.object({ id: nonEmpty, description: nonEmpty, patterns: z.array(nonEmpty).min(1), examples: z.array(nonEmpty).min(1) })),
  scopes: z.object({
    negation: z.array(nonEmpty).min(1),
    negationExceptions: z.array(nonEmpty),
    clauseBreaks: z.array(nonEmpty),
    history: z.array(nonEmpty).min(1),
    recency: z.array(nonEmpty).min(1),
    frames: z.array(nonEmpty),
    disavowal: z.array(nonEmpty),
    contrast: z.array(nonEmpty).optional(),
    turns: z.array(nonEmpty).optional(),
  }),
  rules: z
    .array(
      z.object({
        id: nonEmpty,
        category: nonEmpty,
        level,
        description: nonEmpty,
        patterns: z.array(nonEmpty).min(1),
        scopes: z.object({ negation: z.boolean().optional(), history: z.boolean().optional(), frame: z.boolean().optional() }).optional(),
        examples: z.array(nonEmpty).min(1),
        counterExamples: z.array(nonEmpty).optional(),
      }),
    )
    .min(1),
  combinations: z.array(
    z.object({
      id: nonEmpty,
      level,
      description: nonEmpty,
      allOf: z.array(z.array(nonEmpty).min(1)).min(2),
      cancelledByDisavowal: z.boolean(),
      examples: z.array(nonEmpty).min(1),
    }),
  ),
});

const versionSchema = z.object({ version: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/), notes: z.string() });

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./rules/${name}`, import.meta.url), 'utf8'));
}

export function loadLanguageRules(lang: DetectorLanguage): LanguageRulesData {
  const parsed = languageRulesSchema.parse(readJson(`${lang}.json`));
  if (parsed.lang !== lang) throw new Error(`rules/${lang}.json declares lang "${parsed.lang}"`);
  const ids = new Set<string>();
  for (const { id } of [...parsed.rules, ...parsed.combinations, ...parsed.idioms]) {
    if (ids.has(id)) throw new Error(`rules/${lang}.json: duplicate id "${id}"`);
    ids.add(id);
  }
  return parsed;
}

export function loadVersion(): VersionData {
  return versionSchema.parse(readJson('version.json'));
}
