import { describe, expect, it } from 'vitest';
import { startupMessage } from './startup-message';

describe('startupMessage', () => {
  it('names the kiosk, the console and the API docs on one line, at localhost when listening everywhere', () => {
    const line = startupMessage('0.0.0.0', 3000, 'people');
    expect(line).not.toContain('\n');
    expect(line).toContain('http://localhost:3000/kiosk/');
    expect(line).toContain('http://localhost:3000/console/');
    expect(line).toContain('http://localhost:3000/api/docs');
  });

  it('gives a service process its API docs only, at the address it listens on', () => {
    const line = startupMessage('127.0.0.1', 3101, 'api');
    expect(line).toContain('http://127.0.0.1:3101/api/docs');
    expect(line).not.toContain('kiosk');
  });
});
