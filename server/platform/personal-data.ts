import type { Db, Trx } from './db/connect.js';

/** The person whose data is exported or erased. */
export interface DataSubject {
  userId: string;
  email: string;
}

/**
 * One feature's share of a person's data. Every feature that stores anything about a person registers
 * a section, so "Download my data" and "Delete my account" always cover everything Kindred holds.
 */
export interface PersonalDataSection {
  key: string;
  export(db: Db, subject: DataSubject): Promise<unknown>;
  /** Runs inside the deletion transaction: erase, or strip identity from records that must be kept. */
  erase(trx: Trx, subject: DataSubject): Promise<void>;
  /** Set when the section keeps records without the person's identity; says why. */
  keptBecause?: string;
}

export class PersonalDataRegistry {
  private readonly registered: PersonalDataSection[] = [];

  register(section: PersonalDataSection): void {
    if (this.registered.some((existing) => existing.key === section.key)) {
      throw new Error(`Personal data section ${section.key} is registered twice`);
    }
    this.registered.push(section);
  }

  /** In registration order: the account itself comes first. */
  sections(): readonly PersonalDataSection[] {
    return this.registered;
  }
}
