import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { envBoolean, envPort } from './env-schemas';
import { ConfigurationError, loadConfig } from './load-config';

const schema = z.object({ PORT: envPort(3000), DEMO_DATA: envBoolean(true) });

describe('loadConfig', () => {
  it('applies defaults when variables are absent', () => {
    expect(loadConfig(schema, {})).toEqual({ PORT: 3000, DEMO_DATA: true });
  });

  it('coerces the strings an environment holds', () => {
    expect(loadConfig(schema, { PORT: '8080', DEMO_DATA: 'false' })).toEqual({
      PORT: 8080,
      DEMO_DATA: false,
    });
  });

  it('fails naming every bad variable', () => {
    const attempt = () => loadConfig(schema, { PORT: 'eighty', DEMO_DATA: 'maybe' });
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/DEMO_DATA: expected true or false/);
  });
});
