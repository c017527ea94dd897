import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/** argon2id; the enum is `const` in the package typings, so its value is spelled out. */
const ARGON2ID = 2;
const MIN_STRENGTH_SCORE = 3;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  /** Spends the same work as a real check when an account does not exist, so timing reveals nothing. */
  verifyAgainstNothing(password: string): Promise<void>;
}

export function createPasswordHasher(memoryCostKib: number): PasswordHasher {
  const options = { algorithm: ARGON2ID, memoryCost: memoryCostKib, timeCost: 2, parallelism: 1 } as const;
  const decoy = hash('kindred-decoy-password', options as never);
  return {
    hash: (password) => hash(password, options as never),
    verify: (passwordHash, password) => verify(passwordHash, password),
    async verifyAgainstNothing(password) {
      await verify(await decoy, password);
    },
  };
}

const strengthChecker = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

export interface StrengthVerdict {
  acceptable: boolean;
  hint: string;
}

/** Rejects common and guessable passwords, including ones built from the person's own email or handle. */
export function judgePasswordStrength(password: string, personalWords: string[]): StrengthVerdict {
  const result = strengthChecker.check(password, personalWords);
  const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return {
    acceptable: result.score >= MIN_STRENGTH_SCORE,
    hint: hint || 'Add more words or characters that are hard to guess; a passphrase of several unrelated words works well.',
  };
}
