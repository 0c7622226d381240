import { describe, expect, it } from 'vitest';
import { acknowledgedNotLogged, auditConsumer, auditRelay, readModelDifferences } from './delivery-audit';

describe('the soak audit', () => {
  const onTopics = new Map([
    [
      'appeals',
      new Map([
        ['a1', 1],
        ['a2', 2],
        ['a3', 1],
      ]),
    ],
    ['identity', new Map([['i1', 1]])],
  ]);

  const types = new Map([
    ['a1', 'cn.qinqing.appeals.request-submitted.v1'],
    ['a2', 'cn.qinqing.appeals.request-submitted.v1'],
    ['a3', 'cn.qinqing.appeals.request-resolved.v1'],
    ['i1', 'cn.qinqing.identity.unit-created.v1'],
  ]);
  const everyAppealsEvent = [{ topic: 'appeals', type: null }];

  it('finds a consumer’s lost events (on its topics, not in its inbox) and the ones from nowhere', () => {
    const audit = auditConsumer(
      'service-centre.request-stats',
      everyAppealsEvent,
      onTopics,
      types,
      new Set(['a1', 'a3', 'x9']),
    );
    expect(audit).toMatchObject({ expected: 3, missing: ['a2'], unexpected: ['x9'] });
  });

  it('finds nothing wrong when the inbox holds exactly the topics’ events', () => {
    const routes = [...everyAppealsEvent, { topic: 'identity', type: null }];
    const audit = auditConsumer('c', routes, onTopics, types, new Set(['a1', 'a2', 'a3', 'i1']));
    expect(audit).toMatchObject({
      topics: ['appeals', 'identity'],
      expected: 4,
      missing: [],
      unexpected: [],
    });
  });

  it('expects only the types a consumer’s handlers take: the others pass without an inbox row', () => {
    const submissions = [{ topic: 'appeals', type: 'cn.qinqing.appeals.request-submitted.v1' }];
    expect(auditConsumer('c', submissions, onTopics, types, new Set(['a1', 'a2']))).toMatchObject({
      expected: 2,
      missing: [],
      unexpected: [],
    });
    expect(auditConsumer('c', submissions, onTopics, types, new Set(['a1', 'a3']))).toMatchObject({
      missing: ['a2'],
      unexpected: ['a3'],
    });
  });

  it('finds public events of the log the relay never put on the topic, and counts the ones it resent', () => {
    const audit = auditRelay('appeals', new Set(['a1', 'a2', 'a4']), onTopics.get('appeals') ?? new Map());
    expect(audit).toMatchObject({ expected: 3, unpublished: ['a4'], resent: 1 });
  });

  it('finds acknowledged steps the log does not hold', () => {
    const acknowledged = new Map([
      ['r1', ['RequestSubmitted', 'RequestAccepted']],
      ['r2', ['RequestSubmitted']],
    ]);
    const logged = new Set(['r1 RequestSubmitted', 'r2 RequestSubmitted', 'r2 RequestAccepted']);
    expect(acknowledgedNotLogged(acknowledged, logged)).toEqual(['r1 RequestAccepted']);
  });

  it('finds read-model rows that differ from the fold of the log, and rows on one side only', () => {
    const folded = new Map([
      ['r1', 'accepted'],
      ['r2', 'resolved'],
      ['r3', 'new'],
    ]);
    const stored = new Map([
      ['r1', 'accepted'],
      ['r2', 'accepted'],
      ['r4', 'new'],
    ]);
    expect(readModelDifferences(folded, stored).sort()).toEqual(['r2', 'r3', 'r4']);
  });
});
