import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.databaseUrl).toBe('sqlite:./data/kindred.sqlite');
    expect(config.sessions).toEqual({ idleMinutesMember: 20_160, idleMinutesStaff: 30, absoluteDays: 30 });
  });

  it('names each bad variable in its error', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toContain('PORT');
      expect((error as Error).message).toContain('DATABASE_URL');
    }
  });

  it('derives the public URL from the port and accepts PostgreSQL URLs', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://kindred@db/kindred' });
    expect(config.publicUrl).toBe('http://localhost:8080');
    expect(config.databaseUrl).toBe('postgres://kindred@db/kindred');
  });
});
