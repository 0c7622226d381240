import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { type OpenEnterprise, ENTERPRISE_TITLE_MAX, enterpriseDecider } from './enterprise.decide';
import type { EnterpriseOpened } from './enterprise.events';
import { enterpriseIdOfStream, enterpriseStreamId } from './enterprise.stream';

const now = new Date('2026-12-02T02:00:00.000Z');
const given = deciderSpecification(enterpriseDecider, { now });

const open: OpenEnterprise = {
  type: 'OpenEnterprise',
  enterpriseId: 'first',
  title: '  第一条 ',
  openedBy: 'staff-1',
};

const opened: EnterpriseOpened = {
  type: 'EnterpriseOpened',
  data: { enterpriseId: 'first', title: '第一条', openedBy: 'staff-1', openedAt: now.toISOString() },
};

describe('enterprise', () => {
  it('is opened with a trimmed title, at the time of the decision', () => {
    given([]).when(open).then([opened]);
  });

  it('is opened once', () => {
    given([opened]).when(open).thenRejects('enterprise-exists', 'conflict');
  });

  it('refuses a blank title, naming the field in both languages', () => {
    given([])
      .when({ ...open, title: ' \n ' })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ kind: 'validation', code: 'invalid-enterprise-title', field: 'title' });
        expect(error.message.zh).toContain('标题');
        expect(error.message.en).toContain('title');
      });
  });

  it(`takes a title of ${ENTERPRISE_TITLE_MAX} characters, CJK counted as people read them, and refuses a longer one`, () => {
    const longest = '亲'.repeat(ENTERPRISE_TITLE_MAX);
    given([])
      .when({ ...open, title: longest })
      .thenEvents((events) => expect(events[0]?.data.title).toBe(longest));
    given([])
      .when({ ...open, title: `${longest}清` })
      .thenRejects('invalid-enterprise-title', 'validation');
  });

  it('has one stream per enterprise, and knows its own streams from others', () => {
    expect(enterpriseIdOfStream(enterpriseStreamId('first'))).toBe('first');
    expect(enterpriseIdOfStream('appeals-request-first')).toBeNull();
  });
});
