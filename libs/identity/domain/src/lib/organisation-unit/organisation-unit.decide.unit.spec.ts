import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, it } from 'vitest';
import type { OrganisationUnitEvent } from './organisation-unit.events';
import { organisationUnitDecider } from './organisation-unit.decide';

const given = deciderSpecification(organisationUnitDecider, { now: new Date('2026-03-02T02:00:00.000Z') });

const created: OrganisationUnitEvent = {
  type: 'OrganisationUnitCreated',
  data: {
    unitId: 'dept-market-regulation',
    kind: 'department',
    name: { zh: '市场监管局', en: 'Market Regulation Bureau' },
    createdBy: 'admin-1',
  },
};

const create = {
  type: 'CreateOrganisationUnit',
  unitId: 'dept-market-regulation',
  kind: 'department',
  name: { zh: ' 市场监管局 ', en: 'Market Regulation Bureau ' },
  createdBy: 'admin-1',
} as const;

describe('organisation unit', () => {
  it('is created with a trimmed bilingual name', () => {
    given([]).when(create).then([created]);
  });

  it('refuses a second unit with the same id', () => {
    given([created]).when(create).thenRejects('unit-exists', 'conflict');
  });

  it('refuses a malformed id, an unknown kind and a missing translation', () => {
    given([])
      .when({ ...create, unitId: '市场' })
      .thenRejects('invalid-unit-id', 'validation');
    given([])
      .when({ ...create, kind: 'ministry' as never })
      .thenRejects('invalid-unit-kind', 'validation');
    given([])
      .when({ ...create, name: { zh: '市场监管局', en: '' } })
      .thenRejects('invalid-unit-name', 'validation');
  });

  it('is renamed, and renaming to the same name changes nothing', () => {
    const name = { zh: '市场监督管理局', en: 'Administration for Market Regulation' };
    given([created])
      .when({ type: 'RenameOrganisationUnit', name, renamedBy: 'admin-1' })
      .then([
        {
          type: 'OrganisationUnitRenamed',
          data: { unitId: 'dept-market-regulation', name, renamedBy: 'admin-1' },
        },
      ]);
    given([created])
      .when({ type: 'RenameOrganisationUnit', name: created.data.name, renamedBy: 'admin-1' })
      .then([]);
  });

  it('cannot rename a unit that does not exist', () => {
    given([])
      .when({ type: 'RenameOrganisationUnit', name: { zh: '甲', en: 'A' }, renamedBy: 'admin-1' })
      .thenRejects('unit-not-found', 'not-found');
  });

  it('sets a hotline the public can dial, and refuses one that is not a number', () => {
    given([created])
      .when({ type: 'SetOrganisationUnitHotline', hotline: ' 0574-8718 0000 ', setBy: 'admin-1' })
      .then([
        {
          type: 'OrganisationUnitHotlineSet',
          data: { unitId: 'dept-market-regulation', hotline: '0574-8718 0000', setBy: 'admin-1' },
        },
      ]);
    given([created])
      .when({ type: 'SetOrganisationUnitHotline', hotline: 'call us', setBy: 'admin-1' })
      .thenRejects('invalid-hotline', 'validation');
    given([created]).when({ type: 'SetOrganisationUnitHotline', hotline: '', setBy: 'admin-1' }).then([]);
  });
});
