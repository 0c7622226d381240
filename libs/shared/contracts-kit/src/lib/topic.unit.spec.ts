import { describe, expect, it } from 'vitest';
import { deadLetterTopic, isPublicTopic, publicTopic } from './topic';

describe('public topic names', () => {
  it('are qinqing.<context>.events.v<major>', () => {
    expect(publicTopic('service-centre', 1)).toBe('qinqing.service-centre.events.v1');
    expect(isPublicTopic(publicTopic('service-centre', 12))).toBe(true);
  });

  it.each([
    'cn.qinqing.appeals.request.submitted.v1',
    'qinqing.appeals.events.v0',
    'qinqing.Appeals.events.v1',
    'qinqing.appeals.events.v1.dlq.service-centre.request-stats',
    'qinqing..events.v1',
  ])('%s is not one', (name) => {
    expect(isPublicTopic(name)).toBe(false);
  });

  it('name the dead letters of a consumer group after the topic and the group', () => {
    expect(deadLetterTopic('qinqing.appeals.events.v1', 'service-centre.request-stats')).toBe(
      'qinqing.appeals.events.v1.dlq.service-centre.request-stats',
    );
  });
});
