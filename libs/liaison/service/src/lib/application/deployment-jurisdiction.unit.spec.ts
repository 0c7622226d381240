import { DomainRejectionError } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { Jurisdictions } from './deployment-jurisdiction';
import { DivisionDirectory } from '@qinqing/shared/divisions';

describe('jurisdictions', () => {
  const divisions = new DivisionDirectory();

  it('are provinces, cities and counties the division dataset knows — not towns, not unknown codes', () => {
    const jurisdictions = new Jurisdictions('330200', divisions);
    expect(['330000', '330200', '330203', '370200'].map((c) => jurisdictions.isKnown(c))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['330299', '999999', 'qingdao', '330203001'].map((c) => jurisdictions.isKnown(c))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('refuse an unknown code with a 400 naming the field', () => {
    const jurisdictions = new Jurisdictions('330200', divisions);
    expect(jurisdictions.requireKnown('330212', 'jurisdiction')).toBe('330212');
    try {
      jurisdictions.requireKnown('999999', 'params.jurisdiction');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainRejectionError);
      expect((error as DomainRejectionError).error).toMatchObject({
        kind: 'validation',
        code: 'unknown-jurisdiction',
        field: 'params.jurisdiction',
      });
    }
  });

  it('refuse to start with a deployment jurisdiction the dataset does not know', () => {
    expect(() => new Jurisdictions('999999', divisions).onModuleInit()).toThrow(/LIAISON_JURISDICTION/u);
    expect(() => new Jurisdictions('330200', divisions).onModuleInit()).not.toThrow();
  });
});
