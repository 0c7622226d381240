import { describe, expect, it } from 'vitest';
import { followerPollIntervalMs, loadEmbeddedConfig } from './embedded.config';

const configOf = (env: Record<string, string>) => loadEmbeddedConfig({ DATA_DIR: '/tmp/unused', ...env });

describe('followerPollIntervalMs', () => {
  it('polls PGlite only as a backstop: no other process can append to its log', () => {
    expect(followerPollIntervalMs(configOf({ EVENT_STORE: 'pglite' }))).toBe(5_000);
  });

  it('polls PostgreSQL twice a second: other processes may append to it', () => {
    const config = configOf({
      EVENT_STORE: 'postgres',
      DATABASE_URL: 'postgres://postgres@127.0.0.1/qinqing',
    });
    expect(followerPollIntervalMs(config)).toBe(500);
  });

  it('takes FOLLOWER_POLL_INTERVAL_MS when the deployment names it', () => {
    expect(
      followerPollIntervalMs(configOf({ EVENT_STORE: 'pglite', FOLLOWER_POLL_INTERVAL_MS: '250' })),
    ).toBe(250);
  });
});
