// Which rules could possibly match a message? Each rule's pattern requires one of a few literal strings
// (required-literals.ts); one pass of an Aho-Corasick automaton over the message finds every such string
// present, so most rules are skipped on most messages. Running all of a language's large compiled patterns on
// every message cost far more than the sum of their parts: together they no longer fit the CPU's caches.
import { requiredLiterals } from './required-literals.js';

export interface RuleGate {
  /** One flag per rule, in rule order: 1 when the rule could match the text. */
  candidates(text: string): Uint8Array;
  /** Rules that require no literal and so always run. */
  ungated: number[];
}

interface Automaton {
  next: Map<number, number>[];
  fail: number[];
  /** Rules any of whose literals ends at this state (its own and, through failure links, its suffixes'). */
  rules: number[][];
}

function buildAutomaton(literalsByRule: (readonly string[] | null)[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const ruleSets: Set<number>[] = [new Set()];
  literalsByRule.forEach((literals, rule) => {
    for (const literal of literals ?? []) {
      let state = 0;
      for (let i = 0; i < literal.length; i += 1) {
        const code = literal.charCodeAt(i);
        let child = next[state]!.get(code);
        if (child === undefined) {
          child = next.length;
          next.push(new Map());
          ruleSets.push(new Set());
          next[state]!.set(code, child);
        }
        state = child;
      }
      ruleSets[state]!.add(rule);
    }
  });
  const fail = new Array<number>(next.length).fill(0);
  const queue = [...next[0]!.values()];
  while (queue.length > 0) {
    const state = queue.shift()!;
    for (const [code, child] of next[state]!) {
      let fallback = fail[state]!;
      while (fallback !== 0 && !next[fallback]!.has(code)) fallback = fail[fallback]!;
      const target = next[fallback]!.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      for (const rule of ruleSets[fail[child]!]!) ruleSets[child]!.add(rule);
      queue.push(child);
    }
  }
  return { next, fail, rules: ruleSets.map((set) => [...set]) };
}

export function buildRuleGate(patternSources: string[]): RuleGate {
  const literalsByRule = patternSources.map((source) => requiredLiterals(source));
  const automaton = buildAutomaton(literalsByRule);
  const ungated = literalsByRule.flatMap((literals, rule) => (literals === null ? [rule] : []));
  const always = new Uint8Array(patternSources.length);
  for (const rule of ungated) always[rule] = 1;
  const { next, fail, rules } = automaton;
  return {
    ungated,
    candidates(text) {
      const flags = always.slice();
      let state = 0;
      for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        let child = next[state]!.get(code);
        while (child === undefined && state !== 0) {
          state = fail[state]!;
          child = next[state]!.get(code);
        }
        state = child ?? 0;
        for (const rule of rules[state]!) flags[rule] = 1;
      }
      return flags;
    },
  };
}
