import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('fills in the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, DATABASE_PATH: './data/thermometer.db', DEMO_DATA: true });
  });

  it('reads the variables it is given', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_PATH: '/tmp/x.db', DEMO_DATA: 'false' });
    expect(config).toMatchObject({ PORT: 8080, DATABASE_PATH: '/tmp/x.db', DEMO_DATA: false });
  });

  it('names every bad variable in one clear error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'drieduizend', DEMO_DATA: 'misschien' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT="drieduizend"');
    expect(message).toContain('DEMO_DATA="misschien"');
  });
});
